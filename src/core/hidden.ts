/**
 * Text the page hides from its readers: inline `display:none` /
 * `visibility:hidden`, the `hidden` attribute, `aria-hidden`, and rules in the
 * page's own `<style>` sheets (Royal Road hides anti-copy sentences this way,
 * AO3 work skins hide spoiler text). The CSS is parsed here rather than read
 * from `sheet.cssRules`, so the same rules apply in jsdom, in a browser, and in
 * documents without a browsing context.
 */

import { neutraliseNames, safeCall, safeGet, safeTagName } from './safe-dom.js';
import { isInSpoiler } from './spoilers.js';

const HIDING_DECLARATION = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const TRANSPARENT_TEXT = /(?:^|;)\s*(?:color\s*:\s*transparent|font-size\s*:\s*0(?:px|em|rem|pt|%)?)\s*(?:!important\s*)?(?:;|$)/i;

function hidesByStyle(style: string): boolean {
	return HIDING_DECLARATION.test(style) || TRANSPARENT_TEXT.test(style);
}

/** Media queries whose rules apply to a screen. */
function appliesOnScreen(prelude: string): boolean {
	const media = prelude.replace(/^@media\s*/i, '').toLowerCase();
	if (/\bprint\b/.test(media) && !/\bscreen\b|\ball\b/.test(media)) return false;
	if (/^\s*not\s+(?:screen|all)\b/.test(media)) return false;
	if (/\bspeech\b/.test(media) && !/\bscreen\b/.test(media)) return false;
	return true;
}

/**
 * Real style sheets nest a few at-rules deep; each level rescans its block, so
 * deeper (hostile) nesting is not followed, keeping the cost linear.
 */
const MAX_AT_RULE_DEPTH = 8;

/** Selectors of rules that hide what they match, from one style sheet's text. */
export function hidingSelectorsIn(css: string): string[] {
	const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const selectors: string[] = [];
	const parse = (from: number, to: number, level: number): void => {
		let i = from;
		while (i < to) {
			const open = source.indexOf('{', i);
			if (open === -1 || open >= to) return;
			const prelude = source.slice(i, open).trim();
			// Find the matching close brace.
			let depth = 1;
			let j = open + 1;
			while (j < to && depth > 0) {
				const ch = source[j];
				if (ch === '{') depth++;
				else if (ch === '}') depth--;
				j++;
			}
			const body = source.slice(open + 1, j - 1);
			if (prelude.startsWith('@')) {
				if (level < MAX_AT_RULE_DEPTH && /^@(?:media|supports|layer|container|document)\b/i.test(prelude) && (!/^@media/i.test(prelude) || appliesOnScreen(prelude))) {
					parse(open + 1, j - 1, level + 1);
				}
			} else if (hidesByStyle(body)) {
				// A statement that ended with ';' before this rule (e.g. @import) stays in the prelude.
				const selector = prelude.slice(prelude.lastIndexOf(';') + 1).trim();
				if (selector !== '') selectors.push(selector);
			}
			i = j;
		}
	};
	parse(0, source.length, 0);
	return selectors;
}

/** Every hiding selector in the document's `<style>` elements, with pseudo-element rules dropped. */
export function pageHidingSelectors(doc: Document): string[] {
	const out: string[] = [];
	for (const style of Array.from(safeCall<NodeListOf<Element>>(doc, 'querySelectorAll', 'style'))) {
		for (const list of hidingSelectorsIn(style.textContent ?? '')) {
			for (const selector of list.split(',')) {
				const trimmed = selector.trim();
				// ::before/::after hide generated content only; :hover and friends are not the resting state.
				if (trimmed === '' || /::?(?:before|after|hover|focus|active|placeholder|selection|marker|first-line|first-letter|-webkit|-moz)/i.test(trimmed)) continue;
				out.push(trimmed);
			}
		}
	}
	return out;
}

/** Decides, per element, whether the page hides it. Built once per document. */
export interface HiddenTest {
	(el: Element): boolean;
}

export function hiddenTest(doc: Document): HiddenTest {
	const probe = safeCall<Element>(doc, 'createElement', 'div');
	const selectors = pageHidingSelectors(doc).filter((selector) => {
		try {
			probe.matches(selector);
			return true;
		} catch {
			return false;
		}
	});
	// One combined selector is much cheaper than trying each in turn.
	const combined = selectors.length > 0 ? selectors.join(', ') : null;
	return (el: Element): boolean => {
		// A folded spoiler is hidden until clicked, not hidden from readers; the reader folds it again.
		if (isInSpoiler(el)) return false;
		if (el.hasAttribute('hidden')) return true;
		if (el.getAttribute('aria-hidden') === 'true') return true;
		const style = el.getAttribute('style');
		if (style && hidesByStyle(style)) return true;
		if (combined !== null) {
			try {
				if (el.matches(combined)) return true;
			} catch {
				return false;
			}
		}
		return false;
	};
}

const inertDocuments = new WeakMap<Document, Document>();

/**
 * A document with no browsing context, for copies of page content: images in
 * it do not load and handlers in it never run.
 */
export function inertDocumentFor(doc: Document): Document {
	let inert = inertDocuments.get(doc);
	if (!inert) {
		inert = safeCall<Document>(safeGet<DOMImplementation>(doc, 'implementation'), 'createHTMLDocument', '');
		inertDocuments.set(doc, inert);
	}
	return inert;
}

/**
 * A deep copy of `source`, in an inert document, without the elements the page
 * hides. The live page is only read; selectors are matched against the original
 * elements so rules that depend on ancestors outside `source` still apply.
 *
 * The walk reads the page through prototype getters and leaves forms out (the
 * sanitiser drops them with their content anyway): a form can shadow its own
 * `childNodes`, `nodeType` or `hasAttribute` with a control's name.
 */
export function cloneVisible(source: Element, isHidden: HiddenTest = hiddenTest(safeGet<Document>(source, 'ownerDocument'))): Element {
	const target = inertDocumentFor(safeGet<Document>(source, 'ownerDocument'));
	const copy = target.importNode(source, false);
	const walk = (from: Node, to: Node): void => {
		const children = safeGet<NodeListOf<ChildNode>>(from, 'childNodes');
		for (let i = 0; i < children.length; i++) {
			const child = children[i];
			if (!child) continue;
			const type = safeGet<number>(child, 'nodeType');
			if (type === 1) {
				const el = child as Element;
				if (safeTagName(el) === 'FORM' || isHidden(el)) continue;
				const elCopy = target.importNode(el, false);
				to.appendChild(elCopy);
				walk(el, elCopy);
			} else if (type === 3 || type === 4) {
				to.appendChild(target.importNode(child, false));
			}
		}
	};
	if (safeTagName(source) !== 'FORM') walk(source, copy);
	neutraliseNames(copy, target);
	return copy;
}

/** Remove hidden elements from a document that is already a private copy (never the live page). */
export function removeHiddenFromCopy(copy: Document, isHidden: HiddenTest = hiddenTest(copy)): void {
	const body = copy.body;
	if (!body) return;
	const doomed: Element[] = [];
	const walk = (parent: Element): void => {
		for (const child of Array.from(parent.children)) {
			// A hidden element goes with everything inside it; no need to look further down.
			if (isHidden(child)) doomed.push(child);
			else walk(child);
		}
	};
	walk(body);
	for (const el of doomed) el.remove();
}
