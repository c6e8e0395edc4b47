import { squash } from './dom.js';
import { safeCall, safeGet, safeTagName } from './safe-dom.js';

/**
 * A page element's text as plain-text paragraphs, read from the live page
 * without cleaning it: light enough for a site's page check, and the input the
 * header-block parser takes. Loose lines separated by `<br>` stay one paragraph
 * until two `<br>` in a row, as the sanitiser will split them.
 */

/** Elements whose text never reads as part of the entry. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'BUTTON']);
const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CENTER|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;

/**
 * The element's text as paragraphs (lines joined by `\n`), split where the
 * sanitiser splits it: at block elements and at two `<br>` in a row. Elements
 * matching `skip` (the chrome the adapter drops) and hidden ones are left out.
 * Stops after `limit` paragraphs, so a page check can look at the top only.
 */
export function rawParagraphs(root: Element, skip?: string, limit = Infinity): string[] {
	const skipped = new Set(skip ? Array.from(safeCall<NodeListOf<Element>>(root, 'querySelectorAll', skip)) : []);
	const paragraphs: string[] = [];
	let lines: string[] = [''];
	let breaks = 0;
	const close = (): void => {
		const text = lines.map((l) => squash(l)).filter(Boolean).join('\n');
		if (text !== '') paragraphs.push(text);
		lines = [''];
		breaks = 0;
	};
	// Node properties through the prototypes' getters: a form's named inputs shadow its own (safe-dom.ts).
	const walk = (node: Node): void => {
		for (const child of Array.from(safeGet<NodeListOf<ChildNode>>(node, 'childNodes'))) {
			if (paragraphs.length >= limit) return;
			const type = safeGet<number>(child, 'nodeType');
			if (type === 3) {
				const text = safeGet<string | null>(child, 'nodeValue') ?? '';
				if (text.trim() === '') {
					lines[lines.length - 1] += ' ';
					continue;
				}
				breaks = 0;
				lines[lines.length - 1] += text;
			} else if (type === 1) {
				const el = child as Element;
				const tag = safeTagName(el);
				const style = safeCall<string | null>(el, 'getAttribute', 'style') ?? '';
				if (SILENT.has(tag) || skipped.has(el) || safeCall<boolean>(el, 'hasAttribute', 'hidden') || /display\s*:\s*none/i.test(style)) continue;
				if (tag === 'BR') {
					if (++breaks >= 2) close();
					else lines.push('');
				} else if (tag === 'IMG') {
					const alt = safeCall<string | null>(el, 'getAttribute', 'alt');
					if (alt) lines[lines.length - 1] += `[${alt}]`;
				} else if (BLOCK.test(tag)) {
					close();
					walk(el);
					close();
				} else walk(el);
			}
		}
	};
	walk(root);
	close();
	return paragraphs;
}
