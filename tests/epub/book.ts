import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Story } from '../../src/core/types.js';
import { buildEpub } from '../../src/epub/epub.js';
import { plainText } from '../../src/core/text.js';

/** An EPUB opened for tests: its entries in zip order, their text, and parsed XML. */
export interface OpenedBook {
	bytes: Uint8Array;
	/** Entry names in the order they are stored. */
	names: string[];
	files: Record<string, Uint8Array>;
	text(path: string): string;
	/** The entry parsed as XML; fails the test when it is not well-formed. */
	xml(path: string): Document;
	opf: Document;
	/** Content documents in spine order, as paths inside the zip. */
	spine: string[];
}

const window = new JSDOM('').window;

/** Parses XML strictly: a parse error fails the test with the parser's message. */
export function parseXml(text: string, what: string, type: DOMParserSupportedType = 'application/xml'): Document {
	const doc = new window.DOMParser().parseFromString(text, type);
	const error = doc.getElementsByTagName('parsererror')[0];
	expect(error?.textContent ?? null, `${what} is not well-formed XML`).toBeNull();
	return doc;
}

/** Entry names in the order of their local headers, read from the bytes (unzip libraries may sort). */
export function zipEntryNames(bytes: Uint8Array): string[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const names: string[] = [];
	let offset = 0;
	while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
		const compressedSize = view.getUint32(offset + 18, true);
		const nameLength = view.getUint16(offset + 26, true);
		const extraLength = view.getUint16(offset + 28, true);
		names.push(strFromU8(bytes.subarray(offset + 30, offset + 30 + nameLength)));
		offset += 30 + nameLength + extraLength + compressedSize;
	}
	return names;
}

export function openBook(bytes: Uint8Array): OpenedBook {
	const files = unzipSync(bytes);
	const text = (path: string): string => {
		const data = files[path];
		if (!data) throw new Error(`no ${path} in the book`);
		return strFromU8(data);
	};
	const xml = (path: string): Document => parseXml(text(path), path, path.endsWith('.xhtml') ? 'application/xhtml+xml' : 'application/xml');
	const container = xml('META-INF/container.xml');
	const opfPath = container.getElementsByTagName('rootfile')[0]?.getAttribute('full-path') ?? '';
	const opf = xml(opfPath);
	const base = opfPath.replace(/[^/]*$/, '');
	const hrefOf = new Map(Array.from(opf.getElementsByTagName('item'), (item) => [item.getAttribute('id'), item.getAttribute('href')]));
	const spine = Array.from(opf.getElementsByTagName('itemref'), (ref) => `${base}${hrefOf.get(ref.getAttribute('idref')) ?? ''}`);
	return { bytes, names: zipEntryNames(bytes), files, text, xml, opf, spine };
}

export function bookOf(story: Story, modified = new Date('2024-05-06T07:08:09.123Z')): OpenedBook {
	return openBook(buildEpub(story, { modified }));
}

/** DC elements of the package document by local name ("title", "subject"), as text. */
export function dc(book: OpenedBook, name: string): string[] {
	return Array.from(book.opf.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', name), (el) => el.textContent ?? '');
}

export function metaProperty(book: OpenedBook, property: string): string[] {
	return Array.from(book.opf.getElementsByTagName('meta')).filter((meta) => meta.getAttribute('property') === property).map((meta) => meta.textContent ?? '');
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The plain text of each chapter document's text (as the reader counts paragraphs), white space collapsed. */
export function chapterTexts(book: OpenedBook): string[] {
	return book.spine.filter((path) => /chapter-\d+\.xhtml$/.test(path)).map((path) => {
		const root = book.xml(path).getElementsByClassName('chapter-text')[0];
		if (!root) throw new Error(`${path} has no chapter text`);
		return collapse(plainText(root));
	});
}

/** Each chapter of the book holds exactly the chapter's text from the story. */
export function expectEveryChapterText(book: OpenedBook, story: Story): void {
	const texts = chapterTexts(book);
	expect(texts).toHaveLength(story.chapters.length);
	story.chapters.forEach((chapter, i) => {
		expect(texts[i], `chapter ${chapter.index}`).toBe(collapse(chapter.text));
	});
}
