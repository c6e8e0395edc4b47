/**
 * Text that is safe inside any XML document: characters XML 1.0 forbids
 * (control characters, unpaired surrogates, U+FFFE/U+FFFF) and the ones the
 * HTML validator inside epubcheck rejects (C1 controls, noncharacters) are
 * dropped, and markup characters are escaped where a string is written by hand.
 */

/** Everything outside this set goes: tab, line feed, carriage return, and the printable ranges. */
const NOT_XML_TEXT = /[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd\u{10000}-\u{10fffd}]/gu;

/** The string with every character XML or EPUB's HTML validator refuses removed (unpaired surrogates included). */
export function xmlSafe(text: string): string {
	return text.replace(NOT_XML_TEXT, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value for XML written as a string (the package document, the NCX). */
export function escapeXml(text: string): string {
	return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Runs of white space as one space, trimmed: for metadata that came from page text. */
export function oneLine(text: string): string {
	return xmlSafe(text).replace(/\s+/g, ' ').trim();
}
