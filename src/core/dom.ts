import { safeCall, safeGet } from './safe-dom.js';

/**
 * Small read-only DOM helpers for site adapters. Kept free of DOMPurify and
 * Readability so the content script can import the site registry cheaply.
 */

/** Whitespace collapsed to single spaces, ends trimmed (no-break spaces too). */
export function squash(text: string | null | undefined): string {
	return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Read through the prototype's getter (safe-dom.ts): a form's `<input name="textContent">` cannot stand in for its text. */
export function textOf(el: Element | null | undefined): string {
	return el ? squash(safeGet<string | null>(el, 'textContent')) : '';
}

/** Text of the element, or null when it is missing or empty. */
export function textOrNull(el: Element | null | undefined): string | null {
	const text = textOf(el);
	return text === '' ? null : text;
}

/** Text of the element without the children that match `skip` (a heading's prefix labels). */
export function textWithout(el: Element | null | undefined, skip: string): string {
	if (!el) return '';
	const children = Array.from(safeGet<NodeListOf<ChildNode>>(el, 'childNodes'));
	const skipped = (n: Node): boolean => safeGet<number>(n, 'nodeType') === 1 && safeCall<boolean>(n, 'matches', skip);
	return squash(children.map((n) => (skipped(n) ? ' ' : safeGet<string | null>(n, 'textContent'))).join(''));
}

export function textsOf(root: ParentNode | null | undefined, selector: string): string[] {
	if (!root) return [];
	return Array.from(root.querySelectorAll(selector), (el) => textOf(el)).filter((t) => t !== '');
}

/**
 * `href` resolved against the page URL; null for missing or unparseable links
 * and for anything but http(s): the reader renders these as live links, and a
 * page must never hand it a `javascript:` or `data:` one.
 */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | null {
	if (href == null || href.trim() === '') return null;
	try {
		const url = new URL(href.trim(), base);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

/** An absolute http(s) URL as it is, or null: the last check on every URL a story carries. */
export function webUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}

export function hrefOf(el: Element | null | undefined, base: URL | string): string | null {
	return absoluteUrl(el?.getAttribute('href'), base);
}

/** "12,345" → 12345; null when there is no number. */
export function parseCount(text: string | null | undefined): number | null {
	const match = /\d[\d,.\s]*/.exec(text ?? '');
	if (!match) return null;
	const digits = match[0].replace(/[^\d]/g, '');
	return digits === '' ? null : Number(digits);
}

/** Split a comma (or semicolon) separated list, dropping empty items. */
export function splitList(text: string, separators: RegExp = /[,;]/): string[] {
	return text.split(separators).map((part) => squash(part)).filter((part) => part !== '');
}

/** YYYY-MM-DD from unix seconds. */
export function isoDateFromUnix(seconds: number): string {
	return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The first JSON value (object or array) that starts at `start` in `source`, or null. */
export function jsonValueAt(source: string, start: number): unknown {
	const open = source[start];
	if (open !== '{' && open !== '[') return null;
	let depth = 0;
	let inString = false;
	for (let i = start; i < source.length; i++) {
		const ch = source[i];
		if (inString) {
			if (ch === '\\') i++;
			else if (ch === '"') inString = false;
		} else if (ch === '"') inString = true;
		else if (ch === '{' || ch === '[') depth++;
		else if (ch === '}' || ch === ']') {
			depth--;
			if (depth === 0) {
				try {
					return JSON.parse(source.slice(start, i + 1)) as unknown;
				} catch {
					return null;
				}
			}
		}
	}
	return null;
}
