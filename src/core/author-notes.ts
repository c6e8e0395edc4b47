/**
 * Authors' notes written into the chapter text. FanFiction.net has no field
 * for notes, so authors open and close chapters with "A/N: …" and
 * "Disclaimer: …" paragraphs; the reader shows those as the chapter's notes
 * (folded with the others when the reader folds notes) instead of as story.
 *
 * Runs on the core's private, sanitised copy of the chapter, never the page.
 * Conservative by design: a paragraph is a note only when it starts with one
 * of the usual markers, a block of them must sit at the very top or bottom,
 * and the text keeps at least one paragraph of its own. Nothing is dropped
 * but the separators (`* * *`, `…`, `<hr>`) between the notes and the text.
 */

import { paragraphElements } from './paragraphs.js';

export interface NotesInText {
	/** The notes found at the top, in a new container, or null. */
	notes: Element | null;
	/** The notes found at the bottom, in a new container, or null. */
	endNotes: Element | null;
}

/** "A/N", "A.N.", "AN:", "Author's Note(s)", "Authors' Notes", "Author Note", "Disclaimer". */
const NOTE_MARKER = /^(?:a\s?\/\s?n\b|a\.n\.|an\s*:|authors?['’]?s?\s+notes?\b|disclaimer\b)/i;
/**
 * The author's own preface fields, which often share the opening notes
 * ("Title: … / Summary: … / A/N: …"). They count only next to a real marker.
 */
const PREFACE_FIELD = /^(?:title|summary|rating|rated|pairings?|warnings?|genres?|characters?|fandoms?|spoilers?|word\s?count|beta(?:'?d|\s+reader)?(?:\s+by)?|dedicat(?:ion|ed\s+to))\s*:/i;
/** Decoration authors put before a marker: "(A/N", "**A/N**", "~A/N~", "[Disclaimer". */
const LEADING_DECORATION = /^[\s*_~=+\-–—([{<"'“‘.:|]+/;
/** A scene-break paragraph: only punctuation, or the fandom's "o0o0o" and "xXxXx" rules. */
const SEPARATOR_TEXT = /^(?:[^\p{L}\p{N}]+|[oO0]{3,}|[xX]{3,}|(?:[xX][oO0])+[xX]?|(?:[oO0][xX])+[oO0]?)$/u;
/** After an opening marker, paragraphs up to a separator this close still belong to the note. */
const CONTINUATION_LIMIT = 3;
/** Closing notes start within this many paragraphs of the end, after a separator… */
const END_WINDOW = 8;
/** …or, with no separator before them, this close to the end. */
const END_WINDOW_UNMARKED = 4;
/** Elements that can be a note on their own (not a list item or a table cell). */
const NOTE_TAGS = new Set(['P', 'DIV', 'CENTER', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function textOf(el: Element): string {
	return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isSeparator(el: Element): boolean {
	if (el.tagName === 'HR') return true;
	if (el.querySelector('img')) return false;
	const text = textOf(el).replace(/\s/g, '');
	return text === '' || (text.length <= 40 && SEPARATOR_TEXT.test(text));
}

function startsWith(el: Element, pattern: RegExp): boolean {
	return NOTE_TAGS.has(el.tagName) && pattern.test(textOf(el).replace(LEADING_DECORATION, ''));
}

const isMarker = (el: Element): boolean => startsWith(el, NOTE_MARKER);
const isPrefaceField = (el: Element): boolean => startsWith(el, PREFACE_FIELD);

/** How many paragraphs from the top are notes (0: none). */
function openingNotes(paragraphs: readonly Element[]): number {
	let end = 0;
	let marked = false;
	let i = 0;
	while (i < paragraphs.length) {
		const paragraph = paragraphs[i]!;
		if (isSeparator(paragraph)) {
			i += 1;
			continue;
		}
		if (isPrefaceField(paragraph)) {
			end = i += 1;
			continue;
		}
		if (!isMarker(paragraph)) break;
		marked = true;
		i += 1;
		// "A/N: …" may run on for a paragraph or two, up to the separator that ends it.
		for (let j = i; j < Math.min(paragraphs.length, i + CONTINUATION_LIMIT); j++) {
			const next = paragraphs[j]!;
			if (isMarker(next)) break;
			if (isSeparator(next)) {
				i = j;
				break;
			}
		}
		end = i;
	}
	return marked ? end : 0;
}

/** Index of the first paragraph of the closing notes (paragraphs.length: none). */
function closingNotes(paragraphs: readonly Element[], from: number): number {
	let last = paragraphs.length;
	while (last > from && isSeparator(paragraphs[last - 1]!)) last -= 1;
	for (let i = Math.max(from, last - END_WINDOW); i < last; i++) {
		const afterSeparator = i > from && isSeparator(paragraphs[i - 1]!);
		if (isMarker(paragraphs[i]!) && (afterSeparator || paragraphs.length - i <= END_WINDOW_UNMARKED)) return i;
	}
	return paragraphs.length;
}

function moveInto(doc: Document, paragraphs: readonly Element[]): Element {
	const container = doc.createElement('div');
	for (const paragraph of paragraphs) {
		if (!isSeparator(paragraph)) container.append(paragraph);
		else paragraph.remove();
	}
	return container;
}

/**
 * Moves the authors' notes at the top and bottom of `body` (a sanitised
 * private copy) into containers of their own, and the separators between
 * them and the text out of the text. Leaves `body` untouched when the text
 * would be left with no paragraph.
 */
export function takeNotesFromText(body: Element): NotesInText {
	const paragraphs = paragraphElements(body);
	const top = openingNotes(paragraphs);
	const bottom = closingNotes(paragraphs, top);
	if (top === 0 && bottom === paragraphs.length) return { notes: null, endNotes: null };
	// The separators between notes and text go with the notes (and are dropped there).
	let textStart = top;
	if (top > 0) while (textStart < bottom && isSeparator(paragraphs[textStart]!)) textStart += 1;
	let textEnd = bottom;
	if (bottom < paragraphs.length) while (textEnd > textStart && isSeparator(paragraphs[textEnd - 1]!)) textEnd -= 1;
	if (!paragraphs.slice(textStart, textEnd).some((paragraph) => !isSeparator(paragraph))) return { notes: null, endNotes: null };
	const doc = body.ownerDocument;
	return {
		notes: top > 0 ? moveInto(doc, paragraphs.slice(0, textStart)) : null,
		endNotes: bottom < paragraphs.length ? moveInto(doc, paragraphs.slice(textEnd)) : null,
	};
}
