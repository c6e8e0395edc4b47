import { paragraphElements } from './paragraphs.js';

/** Scripts whose characters each count as a word, as AO3 counts them. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const CJK_GLOBAL = new RegExp(CJK.source, 'gu');
/** A word: letters or digits, with inner apostrophes, hyphens and dots ("don't", "well-known", "3.5"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
	const cjk = text.match(CJK_GLOBAL)?.length ?? 0;
	const rest = cjk > 0 ? text.replace(CJK_GLOBAL, ' ') : text;
	return cjk + (rest.match(WORD)?.length ?? 0);
}

/** How a scene break reads in plain text, so paragraphs keep a one-to-one mapping. */
export const SCENE_BREAK_TEXT = '* * *';

function inlineText(node: Node, preformatted: boolean): string {
	let out = '';
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === 3) {
			out += preformatted ? (child.nodeValue ?? '') : (child.nodeValue ?? '').replace(/[\t\n\r ]+/g, ' ');
		} else if (child.nodeType === 1) {
			const el = child as Element;
			const tag = el.tagName.toUpperCase();
			if (tag === 'BR') out += '\n';
			else if (tag === 'IMG') out += el.getAttribute('alt') ? `[${el.getAttribute('alt')}]` : '';
			else if (tag === 'TR') out += `${inlineText(el, preformatted).trim()}\n`;
			else if (tag === 'TD' || tag === 'TH') out += `${inlineText(el, preformatted).trim()}\t`;
			else if (tag === 'LI' || tag === 'P' || tag === 'DIV') out += `${inlineText(el, preformatted)}\n`;
			else out += inlineText(el, preformatted || tag === 'PRE');
		}
	}
	return out;
}

/** One paragraph element as plain text: inner line breaks kept, runs of spaces collapsed. */
export function paragraphText(el: Element): string {
	const tag = el.tagName.toUpperCase();
	if (tag === 'HR') return SCENE_BREAK_TEXT;
	if (tag === 'IMG') return el.getAttribute('alt') ? `[${el.getAttribute('alt')}]` : '[image]';
	const raw = inlineText(el, tag === 'PRE');
	const lines = raw.split('\n').map((line) => (tag === 'PRE' ? line.trimEnd() : line.replace(/[ \u00a0]+/g, ' ').trim()));
	const text = lines.join('\n').replace(/\n{2,}/g, '\n').trim();
	return text === '' && el.querySelector('img') ? '[image]' : text;
}

/** Plain text of sanitised HTML: the paragraphs of `paragraphElements`, one blank line apart. */
export function plainText(root: ParentNode): string {
	return paragraphElements(root).map(paragraphText).join('\n\n');
}

/** `plainText` and `countWordsIn` of the same root in one pass over its paragraphs. */
export function plainTextAndWords(root: ParentNode): { text: string; words: number } {
	const texts: string[] = [];
	let words = 0;
	for (const el of paragraphElements(root)) {
		const text = paragraphText(el);
		texts.push(text);
		if (el.tagName.toUpperCase() !== 'HR') words += countWords(text);
	}
	return { text: texts.join('\n\n'), words };
}

/** Word count of sanitised HTML, scene breaks not counted. */
export function countWordsIn(root: ParentNode): number {
	let words = 0;
	for (const el of paragraphElements(root)) {
		if (el.tagName.toUpperCase() !== 'HR') words += countWords(paragraphText(el));
	}
	return words;
}

/**
 * Lines authors use as scene breaks: `* * *`, `***`, `~~~`, `-----`, `o0o0o`,
 * `xXx`, `~*~`, `#`, `⁂`, a line of X's under a mail header.
 */
export function isSceneBreakText(text: string): boolean {
	const compact = text.replace(/[\s\u00a0]+/g, '');
	if (compact.length === 0 || compact.length > 60) return false;
	if (/^[*~#+=•·⁂≈\-–—_.°§¤<>|/\\]+$/.test(compact)) return compact.length >= 3 || /^[#⁂§]$/.test(compact);
	// Two flat tests, not one nested pattern: a nested repeat backtracks exponentially on "Ooooooh!".
	if (/^[*~\-=oO0]+$/.test(compact) && /[oO0]/.test(compact) && compact.length >= 3) return /0/.test(compact) || (/o/.test(compact) && /O/.test(compact));
	if (/^[xX]+$/.test(compact) && compact.length >= 3) return /x/.test(compact) && /X/.test(compact) ? true : /^X{5,}$/.test(compact);
	if (/^[~*\-=]+\s*[xXoO0]+\s*[~*\-=]+$/.test(compact)) return true;
	return false;
}
