import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEpub, epubFileName } from '../../src/epub/epub.js';
import { bookIdentifier, sha1, uuidV5 } from '../../src/epub/identifier.js';
import { languageTag } from '../../src/epub/language.js';
import { extractFixture, repoRoot } from '../core/helpers.js';
import { bookOf, dc, expectEveryChapterText, metaProperty, openBook } from './book.js';
import { chapterOf, GIF_DATA_URL, PNG_DATA_URL, storyOf, WEBP_DATA_URL } from './stories.js';

function richStory() {
	return storyOf({
		url: 'https://archiveofourown.org/works/4242?view_full_work=true',
		storyKey: 'ao3:4242',
		title: 'Salt Roads',
		authors: ['saltwren', 'Moth Ink'],
		rating: 'Teen And Up Audiences',
		warnings: ['No Archive Warnings Apply'],
		categories: ['Gen'],
		fandoms: ['Coastal Tales'],
		relationships: ['Ada & Tomas'],
		characters: ['Ada', 'Tomas'],
		tags: ['Storms', 'Tea', 'Ada'],
		language: 'English',
		summary: 'Two keepers and a ledger.',
		summaryHtml: '<p>Two keepers and a <em>ledger</em>.</p>',
		notesHtml: '<p>Written for a friend.</p>',
		endNotesHtml: '<p>Thanks for reading.</p>',
		series: [{ title: 'Lamps', url: null, part: 2 }],
		stats: { words: 30, chapters: 3, chaptersExpected: 5, published: '2023-04-05', updated: '2023-06-07', complete: false, extra: {} },
		chapters: [
			chapterOf(1, '<p>The lamp went out.</p><hr><p>It came back.</p>', { title: 'Dark', summaryHtml: '<p>A short night.</p>', notesHtml: '<p>Note before.</p>', endNotesHtml: '<p>Note after.</p>' }),
			chapterOf(2, '<p>Morning came with gulls.</p>', { title: null }),
			chapterOf(3, '<p>The ledger balanced.</p>', { title: 'Ledger' }),
		],
	});
}

const MODIFIED = new Date('2024-05-06T07:08:09.123Z');

describe('the container', () => {
	test('mimetype comes first, stored uncompressed with no extra field', () => {
		const bytes = buildEpub(richStory(), { modified: MODIFIED });
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		expect(view.getUint16(8, true)).toBe(0); // compression method: stored
		expect(view.getUint16(26, true)).toBe('mimetype'.length);
		expect(view.getUint16(28, true)).toBe(0); // extra field length
		expect(new TextDecoder().decode(bytes.subarray(30, 38 + 20))).toBe('mimetypeapplication/epub+zip');
		expect(openBook(bytes).names[0]).toBe('mimetype');
	});

	test('container.xml points at the package document, and every file is in the manifest', () => {
		const book = bookOf(richStory());
		expect(book.xml('META-INF/container.xml').getElementsByTagName('rootfile')[0]?.getAttribute('full-path')).toBe('OEBPS/content.opf');
		const hrefs = Array.from(book.opf.getElementsByTagName('item'), (item) => `OEBPS/${item.getAttribute('href')}`).sort();
		const files = book.names.filter((name) => !['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf'].includes(name)).sort();
		expect(hrefs).toEqual(files);
	});

	test('the same story and time give the same bytes', () => {
		expect(buildEpub(richStory(), { modified: MODIFIED })).toEqual(buildEpub(richStory(), { modified: MODIFIED }));
	});

	test('a page with no story text is refused', () => {
		expect(() => buildEpub(storyOf({ kind: 'index', chapters: [] }))).toThrow(/no story text/);
	});
});

describe('the package document', () => {
	const book = bookOf(richStory(), MODIFIED);

	test('title, authors, language, summary, source and dates', () => {
		expect(dc(book, 'title')).toEqual(['Salt Roads']);
		expect(dc(book, 'creator')).toEqual(['saltwren', 'Moth Ink']);
		expect(metaProperty(book, 'role')).toEqual(['aut', 'aut']);
		expect(dc(book, 'language')).toEqual(['en']);
		expect(dc(book, 'description')).toEqual(['Two keepers and a ledger.']);
		expect(dc(book, 'source')).toEqual(['https://archiveofourown.org/works/4242?view_full_work=true']);
		expect(dc(book, 'date')).toEqual(['2023-04-05']);
		expect(metaProperty(book, 'dcterms:modified')).toEqual(['2024-05-06T07:08:09Z']);
	});

	test('rating, warnings, categories, fandoms, relationships, characters and tags are subjects, once each', () => {
		expect(dc(book, 'subject')).toEqual(['Teen And Up Audiences', 'No Archive Warnings Apply', 'Gen', 'Coastal Tales', 'Ada & Tomas', 'Ada', 'Tomas', 'Storms', 'Tea']);
	});

	test('the series is a collection with the story\'s place in it', () => {
		expect(metaProperty(book, 'belongs-to-collection')).toEqual(['Lamps']);
		expect(metaProperty(book, 'collection-type')).toEqual(['series']);
		expect(metaProperty(book, 'group-position')).toEqual(['2']);
	});

	test('the unique identifier is a name-based UUID of the story, the same for every view of it', () => {
		const [identifier] = dc(book, 'identifier');
		expect(identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(book.opf.documentElement.getAttribute('unique-identifier')).toBe('book-id');
		const chapterPage = storyOf({ storyKey: 'ao3:4242', url: 'https://archiveofourown.org/works/4242/chapters/1' });
		expect(bookIdentifier(chapterPage)).toBe(identifier);
		expect(bookIdentifier(storyOf({ storyKey: 'ao3:4243' }))).not.toBe(identifier);
		expect(bookIdentifier(storyOf({ storyKey: null, url: 'http://example.net/a.html#top' }))).toBe(bookIdentifier(storyOf({ storyKey: null, url: 'http://example.net/a.html' })));
	});

	test('the spine reads title page, chapters in order, end notes', () => {
		expect(book.spine).toEqual(['OEBPS/title.xhtml', 'OEBPS/chapter-1.xhtml', 'OEBPS/chapter-2.xhtml', 'OEBPS/chapter-3.xhtml', 'OEBPS/end-notes.xhtml']);
		expect(book.opf.getElementsByTagName('spine')[0]?.getAttribute('toc')).toBe('ncx');
	});

	test('a local file gives no source, rather than a path on the reader\'s disk', () => {
		const local = bookOf(storyOf({ url: 'file:///home/reader/Downloads/Salt.html', chapters: [chapterOf(1, '<p>Text.</p>')] }));
		expect(dc(local, 'source')).toEqual([]);
		expect(local.text('OEBPS/title.xhtml')).not.toContain('/home/reader');
	});
});

describe('navigation', () => {
	const book = bookOf(richStory());

	test('the table of contents lists the title page, each chapter and the end notes', () => {
		const nav = book.xml('OEBPS/nav.xhtml');
		const toc = Array.from(nav.getElementsByTagName('nav')).find((el) => el.getAttributeNS('http://www.idpf.org/2007/ops', 'type') === 'toc');
		const entries = Array.from(toc?.getElementsByTagName('a') ?? [], (a) => [a.getAttribute('href'), a.textContent]);
		expect(entries).toEqual([['title.xhtml', 'Title page'], ['chapter-1.xhtml', '1. Dark'], ['chapter-2.xhtml', 'Chapter 2'], ['chapter-3.xhtml', '3. Ledger'], ['end-notes.xhtml', 'End notes']]);
	});

	test('landmarks lead to the title page and the start of the story', () => {
		const nav = book.xml('OEBPS/nav.xhtml');
		const marks = Array.from(nav.getElementsByTagName('a')).filter((a) => a.hasAttributeNS('http://www.idpf.org/2007/ops', 'type'));
		expect(marks.map((a) => [a.getAttributeNS('http://www.idpf.org/2007/ops', 'type'), a.getAttribute('href')])).toEqual([['titlepage', 'title.xhtml'], ['bodymatter', 'chapter-1.xhtml']]);
	});

	test('the NCX carries the same identifier and entries, for older readers', () => {
		const ncx = book.xml('OEBPS/toc.ncx');
		const uid = Array.from(ncx.getElementsByTagName('meta')).find((meta) => meta.getAttribute('name') === 'dtb:uid')?.getAttribute('content');
		expect(uid).toBe(dc(book, 'identifier')[0]);
		expect(Array.from(ncx.getElementsByTagName('content'), (c) => c.getAttribute('src'))).toEqual(['title.xhtml', 'chapter-1.xhtml', 'chapter-2.xhtml', 'chapter-3.xhtml', 'end-notes.xhtml']);
	});
});

describe('the documents', () => {
	const book = bookOf(richStory());

	test('every document is well-formed XHTML in the book\'s language', () => {
		for (const path of [...book.spine, 'OEBPS/nav.xhtml']) {
			const doc = book.xml(path);
			expect(doc.documentElement.namespaceURI, path).toBe('http://www.w3.org/1999/xhtml');
			expect(doc.documentElement.getAttribute('xml:lang'), path).toBe('en');
		}
	});

	test('the title page shows the header', () => {
		const page = book.xml('OEBPS/title.xhtml');
		const rows = Object.fromEntries(Array.from(page.getElementsByTagName('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
		expect(page.getElementsByTagName('h1')[0]?.textContent).toBe('Salt Roads');
		expect(page.getElementsByClassName('byline')[0]?.textContent).toBe('by saltwren, Moth Ink');
		expect(rows).toMatchObject({
			'Rating': 'Teen And Up Audiences', 'Archive warnings': 'No Archive Warnings Apply', 'Fandom': 'Coastal Tales',
			'Relationships': 'Ada & Tomas', 'Characters': 'Ada, Tomas', 'Tags': 'Storms, Tea, Ada', 'Series': 'Part 2 of Lamps',
			'Published': '2023-04-05', 'Updated': '2023-06-07', 'Chapters': '3/5', 'Status': 'In progress',
		});
		// Every chapter posted is in the book, so it need not say which ones it holds.
		expect(rows).not.toHaveProperty('In this book');
		expect(page.getElementsByClassName('summary')[0]?.textContent).toBe('SummaryTwo keepers and a ledger.');
		expect(page.getElementsByClassName('notes')[0]?.textContent).toBe('NotesWritten for a friend.');
	});

	test('a chapter document holds its title, summary, notes, text and end notes, in that order', () => {
		const chapter = book.xml('OEBPS/chapter-1.xhtml');
		const section = chapter.getElementsByTagName('section')[0];
		expect(section?.getAttributeNS('http://www.idpf.org/2007/ops', 'type')).toBe('chapter');
		expect(Array.from(section?.children ?? [], (el) => el.getAttribute('class'))).toEqual(['chapter-title', 'chapter-summary', 'chapter-notes', 'chapter-text', 'chapter-end-notes']);
		expect(Array.from(section?.children ?? [], (el) => el.textContent)).toEqual(['1. Dark', 'SummaryA short night.', 'NotesNote before.', 'The lamp went out.It came back.', 'End notesNote after.']);
		expect(book.text('OEBPS/chapter-1.xhtml')).toContain('<hr />');
		expectEveryChapterText(book, richStory());
	});

	test('a one-shot with no chapter title is headed by the story\'s title', () => {
		const oneShot = bookOf(storyOf({ title: 'Only Once', chapters: [chapterOf(1, '<p>Once.</p>')] }));
		expect(oneShot.xml('OEBPS/chapter-1.xhtml').getElementsByTagName('h2')[0]?.textContent).toBe('Only Once');
	});

	test('a single chapter of a longer work says which chapter the book holds', () => {
		const story = extractFixture('ffnet-current.html', 'https://www.fanfiction.net/s/9000001/2/Paper-Boats');
		const page = bookOf(story).xml('OEBPS/title.xhtml');
		const inBook = Array.from(page.getElementsByTagName('dt')).find((dt) => dt.textContent === 'In this book');
		expect(inBook?.nextElementSibling?.textContent).toMatch(/^Chapter 2 of \d+$/);
	});

	test('an entire-work page of our own fixture holds every chapter', () => {
		const story = extractFixture('ao3-entire-work.html', 'https://archiveofourown.org/works/900003?view_full_work=true');
		const book = bookOf(story);
		expect(book.spine.filter((path) => path.includes('chapter-'))).toHaveLength(story.chapters.length);
		expectEveryChapterText(book, story);
	});
});

describe('pictures', () => {
	const story = storyOf({
		chapters: [chapterOf(1, `<p><img src="${PNG_DATA_URL}" alt="dot"> <img src="${PNG_DATA_URL}"> <img src="${GIF_DATA_URL}" alt="gif"></p><p><img src="${WEBP_DATA_URL}" alt="webp"> <img src="https://example.org/a.png" alt="remote"> <img src="https://example.org/b.png"> <img src="${PNG_DATA_URL.replace('image/png', 'image/jpeg')}" alt="mislabelled"></p>`)],
	});
	const book = bookOf(story);

	test('embedded PNG and GIF pictures become files of the book, once each, with the media type their bytes show', () => {
		const items = Array.from(book.opf.getElementsByTagName('item')).filter((item) => item.getAttribute('href')?.startsWith('images/'));
		expect(items.map((item) => [item.getAttribute('href'), item.getAttribute('media-type')])).toEqual([
			['images/image-1.png', 'image/png'], ['images/image-2.gif', 'image/gif'], ['images/image-3.png', 'image/png'],
		]);
		expect(Buffer.from(book.files['OEBPS/images/image-1.png']!).toString('base64')).toBe(PNG_DATA_URL.split(',')[1]);
		const images = Array.from(book.xml('OEBPS/chapter-1.xhtml').getElementsByTagName('img'), (img) => [img.getAttribute('src'), img.getAttribute('alt')]);
		expect(images).toEqual([['images/image-1.png', 'dot'], ['images/image-1.png', ''], ['images/image-2.gif', 'gif'], ['images/image-3.png', 'mislabelled']]);
	});

	test('pictures on the web and types EPUB readers may not show are left out, their alt text kept', () => {
		const second = book.xml('OEBPS/chapter-1.xhtml').getElementsByTagName('p')[1];
		expect(second?.textContent?.replace(/\s+/g, ' ').trim()).toBe('webp remote');
		expect(second?.getElementsByTagName('img')).toHaveLength(1);
		expect(book.text('OEBPS/chapter-1.xhtml')).not.toContain('example.org');
	});
});

describe('names and codes', () => {
	test('file names are the title and first author, safe on every file system', () => {
		expect(epubFileName(storyOf({ title: 'Salt Roads', authors: ['saltwren', 'Moth'] }))).toBe('Salt Roads - saltwren.epub');
		expect(epubFileName(storyOf({ title: 'What? A/B: "Yes" <no> | *', authors: [] }))).toBe('What A B Yes no.epub');
		expect(epubFileName(storyOf({ title: '谵言隐语', authors: ['ChiefAccelerator'] }))).toBe('谵言隐语 - ChiefAccelerator.epub');
		expect(epubFileName(storyOf({ title: '', authors: [] }))).toBe('Story.epub');
		expect(epubFileName(storyOf({ title: '...', authors: [] }))).toBe('Story.epub');
		expect(epubFileName(storyOf({ title: 'CON', authors: [] }))).toBe('CON_.epub');
		const long = epubFileName(storyOf({ title: 'Long '.repeat(100), authors: ['x'] }));
		expect(Array.from(long).length).toBeLessThanOrEqual(85);
		expect(long).toMatch(/^Long Long .*Long\.epub$/);
	});

	test('language names from the archives become BCP 47 tags; unknown ones are undetermined', () => {
		expect(languageTag('English')).toBe('en');
		expect(languageTag('中文-普通话 國語')).toBe('zh');
		expect(languageTag('Português brasileiro')).toBe('pt-BR');
		expect(languageTag('Русский')).toBe('ru');
		expect(languageTag('Spanish')).toBe('es');
		expect(languageTag('  german ')).toBe('de');
		expect(languageTag('pt_br')).toBe('pt-BR');
		expect(languageTag('zh-hant-tw')).toBe('zh-Hant-TW');
		expect(languageTag(null)).toBe('und');
		expect(languageTag('Klingon!')).toBe('und');
		expect(languageTag('Elvish')).toBe('und');
	});

	test('SHA-1 and version 5 UUIDs agree with Node\'s own hash', () => {
		for (const input of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), '谵言隐语 😀']) {
			const bytes = new TextEncoder().encode(input);
			expect(Buffer.from(sha1(bytes)).toString('hex'), `${input.length} characters`).toBe(createHash('sha1').update(bytes).digest('hex'));
		}
		// RFC 9562's own example: the DNS namespace and "www.example.com".
		expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
	});
});

describe('layering', () => {
	test('src/epub/ is pure: the core\'s types, the reader\'s chapter labels and fflate, no browser extension APIs or UI', () => {
		const dir = join(repoRoot, 'src/epub');
		let seen = 0;
		for (const file of readdirSync(dir)) {
			const source = readFileSync(join(dir, file), 'utf8');
			const imports = [...source.matchAll(/^import [^;]* from '([^']+)';$/gm)].map((m) => m[1]);
			seen += imports.length;
			for (const from of imports) expect(from, `${file} imports ${from}`).toMatch(/^(?:\.\/|\.\.\/core\/|\.\.\/reader\/navigation\.js$|fflate$)/);
			expect(source, file).not.toMatch(/\bchrome\.|\bbrowser\.|innerHTML/);
		}
		expect(seen).toBeGreaterThan(20);
	});
});
