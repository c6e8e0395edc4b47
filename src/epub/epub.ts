import type { Story } from '../core/types.js';
import { chapterDocument, endNotesDocument, titlePage, type BookContext, type ContentDocument } from './documents.js';
import { bookIdentifier } from './identifier.js';
import { ImageStore } from './images.js';
import { languageTag } from './language.js';
import { NAV_HREF, NCX_HREF, navigationDocument, ncxDocument } from './navigation.js';
import { CONTAINER_XML, STYLESHEET_HREF, packageDocument } from './package-document.js';
import { STYLESHEET } from './stylesheet.js';
import { defaultDom, type EpubDom } from './xhtml.js';
import { xmlSafe } from './xml-text.js';
import { packEpub, type BookFile } from './zip.js';

/**
 * EPUB 3 export of a story as Quire read it: the chapters on the page (all of
 * them for an entire-work view or a download), with the header as a title
 * page. Pure: no browser APIs beyond the DOM, so the reader, the library and
 * the command line share it.
 */

export type { EpubDom } from './xhtml.js';

export interface EpubOptions {
	/** When the book was made (dcterms:modified and the zip's file times); now by default. */
	modified?: Date;
	/** The DOM to build with: the global one in a browser; a jsdom window in Node. */
	dom?: EpubDom;
}

const CONTENT_DIR = 'OEBPS';

/** The book as the bytes of an .epub file. Throws when the story holds no chapter text. */
export function buildEpub(story: Story, options: EpubOptions = {}): Uint8Array {
	if (story.kind !== 'story' || story.chapters.length === 0) throw new Error('buildEpub: the page holds no story text');
	const modified = options.modified ?? new Date();
	const ctx: BookContext = { dom: options.dom ?? defaultDom(), story, lang: languageTag(story.language), images: new ImageStore() };
	const identifier = bookIdentifier(story);
	const endNotes = endNotesDocument(ctx);
	const documents: ContentDocument[] = [
		titlePage(ctx),
		...story.chapters.map((chapter, i) => chapterDocument(ctx, chapter, i)),
		...(endNotes ? [endNotes] : []),
	];
	const inContent = (path: string, data: Uint8Array | string): BookFile => ({ path: `${CONTENT_DIR}/${path}`, data });
	return packEpub([
		{ path: 'META-INF/container.xml', data: CONTAINER_XML },
		inContent('content.opf', packageDocument({ story, identifier, lang: ctx.lang, modified, documents, images: ctx.images.images })),
		inContent(NAV_HREF, navigationDocument(ctx, documents)),
		inContent(NCX_HREF, ncxDocument(ctx, identifier, documents)),
		inContent(STYLESHEET_HREF, STYLESHEET),
		...documents.map((doc) => inContent(doc.href, doc.xhtml)),
		...ctx.images.images.map((image) => inContent(image.href, image.data)),
	], modified);
}

/** Longest file name we suggest, in characters, before ".epub" (file systems allow 255 bytes). */
const MAX_NAME = 80;

/** A file name for the story's EPUB: "Title - Author.epub", safe on every file system. */
export function epubFileName(story: Story): string {
	const title = story.title?.trim() || 'Story';
	const author = story.authors[0]?.trim();
	const raw = author ? `${title} - ${author}` : title;
	const safe = xmlSafe(raw)
		.normalize('NFC')
		.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[.\s]+|[.\s]+$/g, '');
	const cut = Array.from(safe).slice(0, MAX_NAME).join('').trim().replace(/[.\s]+$/g, '') || 'Story';
	// Names Windows keeps for devices, whatever the extension.
	return /^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(cut) ? `${cut}_.epub` : `${cut}.epub`;
}
