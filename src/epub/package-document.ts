import type { Story } from '../core/types.js';
import { sourceUrl, storyTitle, type ContentDocument } from './documents.js';
import type { BookImage } from './images.js';
import { NAV_HREF, NCX_HREF } from './navigation.js';
import { escapeXml, oneLine } from './xml-text.js';

/**
 * The package document (content.opf): the book's metadata, every file in
 * it (the manifest) and the reading order (the spine).
 */

export const STYLESHEET_HREF = 'style.css';

export interface PackageInput {
	story: Story;
	identifier: string;
	lang: string;
	modified: Date;
	/** The reading order: title page, chapters, end notes. */
	documents: readonly ContentDocument[];
	images: readonly BookImage[];
}

/** EPUB's required form for dcterms:modified: UTC to the second. */
export function modifiedStamp(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const W3CDTF_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Everything the story is tagged with, once each, in the order the archive shows it. */
function subjects(story: Story): string[] {
	const all = [story.rating ?? '', ...story.warnings, ...story.categories, ...story.fandoms, ...story.relationships, ...story.characters, ...story.tags];
	return [...new Set(all.map(oneLine).filter(Boolean))];
}

function metadata(input: PackageInput): string[] {
	const { story } = input;
	const lines = [
		`<dc:identifier id="book-id">${escapeXml(input.identifier)}</dc:identifier>`,
		`<dc:title>${escapeXml(storyTitle(story))}</dc:title>`,
		`<dc:language>${escapeXml(input.lang)}</dc:language>`,
	];
	story.authors.map(oneLine).filter(Boolean).forEach((author, i) => {
		lines.push(`<dc:creator id="creator-${i + 1}">${escapeXml(author)}</dc:creator>`);
		lines.push(`<meta refines="#creator-${i + 1}" property="role" scheme="marc:relators">aut</meta>`);
	});
	const summary = (story.summary ?? '').trim();
	if (summary) lines.push(`<dc:description>${escapeXml(summary)}</dc:description>`);
	for (const subject of subjects(story)) lines.push(`<dc:subject>${escapeXml(subject)}</dc:subject>`);
	const source = sourceUrl(story);
	if (source) lines.push(`<dc:source>${escapeXml(source)}</dc:source>`);
	// EPUB allows one dc:date, the publication date; when the story was last updated is on its title page.
	const date = [story.stats.published, story.stats.updated].find((d) => d && W3CDTF_DATE.test(d));
	if (date) lines.push(`<dc:date>${date}</dc:date>`);
	story.series.forEach((series, i) => {
		const title = oneLine(series.title);
		if (!title) return;
		lines.push(`<meta property="belongs-to-collection" id="series-${i + 1}">${escapeXml(title)}</meta>`);
		lines.push(`<meta refines="#series-${i + 1}" property="collection-type">series</meta>`);
		if (series.part !== null && Number.isInteger(series.part) && series.part > 0) {
			lines.push(`<meta refines="#series-${i + 1}" property="group-position">${series.part}</meta>`);
		}
	});
	lines.push(`<meta property="dcterms:modified">${modifiedStamp(input.modified)}</meta>`);
	return lines;
}

function manifest(input: PackageInput): string[] {
	return [
		`<item id="nav" href="${NAV_HREF}" media-type="application/xhtml+xml" properties="nav"/>`,
		`<item id="ncx" href="${NCX_HREF}" media-type="application/x-dtbncx+xml"/>`,
		`<item id="style" href="${STYLESHEET_HREF}" media-type="text/css"/>`,
		...input.documents.map((doc) => `<item id="${escapeXml(doc.id)}" href="${escapeXml(doc.href)}" media-type="application/xhtml+xml"/>`),
		...input.images.map((image, i) => `<item id="image-${i + 1}" href="${escapeXml(image.href)}" media-type="${image.mediaType}"/>`),
	];
}

export function packageDocument(input: PackageInput): string {
	const indent = (lines: string[]): string => lines.map((line) => `\t\t${line}`).join('\n');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(input.lang)}">`,
		'\t<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
		indent(metadata(input)),
		'\t</metadata>',
		'\t<manifest>',
		indent(manifest(input)),
		'\t</manifest>',
		'\t<spine toc="ncx">',
		indent(input.documents.map((doc) => `<itemref idref="${escapeXml(doc.id)}"/>`)),
		'\t</spine>',
		'</package>',
		'',
	].join('\n');
}

export const CONTAINER_XML = [
	'<?xml version="1.0" encoding="UTF-8"?>',
	'<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">',
	'\t<rootfiles>',
	'\t\t<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>',
	'\t</rootfiles>',
	'</container>',
	'',
].join('\n');
