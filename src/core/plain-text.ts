import { isSceneBreakText } from './text.js';
import { safeGet } from './safe-dom.js';

/**
 * `.txt` stories: a browser shows a text file as a document whose body is one
 * `<pre>`; its text becomes paragraphs here.
 */

/** A browser shows a `.txt` file as a document whose body is one `<pre>`. */
export function isPlainTextDocument(doc: Document): boolean {
	if (safeGet<string>(doc, 'contentType') === 'text/plain') return true;
	const body = doc.body;
	if (!body || body.children.length !== 1) return false;
	const only = body.firstElementChild;
	if (!only || only.tagName !== 'PRE') return false;
	return Array.from(body.childNodes).every((n) => n === only || (n.nodeType === 3 && (n.nodeValue ?? '').trim() === ''));
}

export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Plain text to paragraphs: blank lines separate paragraphs; hard-wrapped
 * prose lines are joined, short lines (verse, headers) keep their breaks.
 */
export function plainTextToHtml(text: string): string {
	const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/);
	const out: string[] = [];
	for (const block of blocks) {
		const lines = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
		if (lines.length === 0) continue;
		if (lines.length === 1 && isSceneBreakText(lines[0] ?? '')) {
			out.push('<hr>');
			continue;
		}
		const wrapped = lines.length > 1 && lines.slice(0, -1).every((l) => l.trim().length >= 45) && !lines.some((l) => /^\s*[\p{L}][\p{L}\s'’()/&.-]{0,40}\s*:\s/u.test(l));
		const inner = lines.map((l) => escapeHtml(l.trim())).join(wrapped ? ' ' : '<br>');
		out.push(`<p>${inner}</p>`);
	}
	return out.join('\n');
}
