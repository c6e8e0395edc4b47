import type { BookContext, ContentDocument } from './documents.js';
import { TITLE_PAGE_HREF, storyTitle } from './documents.js';
import { XhtmlDocument } from './xhtml.js';
import { escapeXml } from './xml-text.js';

/**
 * How a reader finds its way in the book: the EPUB 3 navigation document
 * (table of contents and landmarks), and the same table as an NCX, which
 * EPUB 3 allows and older e-readers (Adobe's engine, early Kobo and Nook
 * firmware) still need for their chapter menus.
 */

export const NAV_HREF = 'nav.xhtml';
export const NCX_HREF = 'toc.ncx';

export function navigationDocument(ctx: BookContext, documents: readonly ContentDocument[]): string {
	const out = new XhtmlDocument(ctx.dom, storyTitle(ctx.story), ctx.lang);
	const toc = out.element('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc' });
	toc.append(out.element('h1', {}, 'Contents'));
	const list = out.element('ol');
	for (const doc of documents) {
		const item = out.element('li');
		item.append(out.element('a', { href: doc.href }, doc.label));
		list.append(item);
	}
	toc.append(list);

	// No "toc" landmark: it would point at this document, which is not in the reading order.
	const landmarks = out.element('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: 'hidden' });
	landmarks.append(out.element('h2', {}, 'Landmarks'));
	const marks = out.element('ol');
	const firstText = documents.find((doc) => doc.href !== TITLE_PAGE_HREF);
	const entries: [string, string, string][] = [
		['titlepage', TITLE_PAGE_HREF, 'Title page'],
		...(firstText ? [['bodymatter', firstText.href, 'Start of the story'] as [string, string, string]] : []),
	];
	for (const [type, href, label] of entries) {
		const item = out.element('li');
		item.append(out.element('a', { 'epub:type': type, href }, label));
		marks.append(item);
	}
	landmarks.append(marks);
	out.body.append(toc, landmarks);
	return out.serialize();
}

export function ncxDocument(ctx: BookContext, identifier: string, documents: readonly ContentDocument[]): string {
	const points = documents.map((doc, i) => [
		`\t\t<navPoint id="navpoint-${i + 1}" playOrder="${i + 1}">`,
		`\t\t\t<navLabel><text>${escapeXml(doc.label)}</text></navLabel>`,
		`\t\t\t<content src="${escapeXml(doc.href)}"/>`,
		'\t\t</navPoint>',
	].join('\n'));
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${escapeXml(ctx.lang)}">`,
		'\t<head>',
		`\t\t<meta name="dtb:uid" content="${escapeXml(identifier)}"/>`,
		'\t\t<meta name="dtb:depth" content="1"/>',
		'\t\t<meta name="dtb:totalPageCount" content="0"/>',
		'\t\t<meta name="dtb:maxPageNumber" content="0"/>',
		'\t</head>',
		`\t<docTitle><text>${escapeXml(storyTitle(ctx.story))}</text></docTitle>`,
		'\t<navMap>',
		...points,
		'\t</navMap>',
		'</ncx>',
		'',
	].join('\n');
}
