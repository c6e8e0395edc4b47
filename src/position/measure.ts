/**
 * Layout measurements for anchoring: which paragraph holds the first visible
 * line, which character starts it, and where a character sits on screen.
 * Everything is measured with getBoundingClientRect on elements and ranges,
 * so it works the same inside the reader's shadow root.
 */

import { paragraphElements } from '../core/paragraphs.js';

interface CachedParagraphs {
	childCount: number;
	list: Element[];
}

const paragraphCache = new WeakMap<HTMLElement, CachedParagraphs>();

/**
 * paragraphElements(root), remembered per root: capture runs on every scroll
 * pause, and a 500,000-word page has tens of thousands of paragraphs. The
 * list is rebuilt when the root's children change or its paragraphs left it.
 */
export function chapterParagraphs(root: HTMLElement): Element[] {
	const cached = paragraphCache.get(root);
	if (cached && cached.childCount === root.childElementCount) {
		const { list } = cached;
		const first = list[0];
		const last = list[list.length - 1];
		if (!first || (root.contains(first) && last && root.contains(last))) return list;
	}
	const list = paragraphElements(root);
	paragraphCache.set(root, { childCount: root.childElementCount, list });
	return list;
}

/** Top edge of the scroller's visible content, in viewport coordinates. */
export function viewTop(scroller: HTMLElement): number {
	return scroller.getBoundingClientRect().top + scroller.clientTop;
}

/** Index of the first element whose box ends below `y` (elements in document order), or -1 when all end above. */
export function firstEndingBelow(elements: readonly Element[], y: number): number {
	let low = 0;
	let high = elements.length - 1;
	let found = -1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const element = elements[mid];
		if (element && element.getBoundingClientRect().bottom > y) {
			found = mid;
			high = mid - 1;
		} else {
			low = mid + 1;
		}
	}
	return found;
}

/** The text nodes of an element in document order, with each one's start offset in its textContent. */
function textNodes(element: Element): { node: Text; start: number }[] {
	const out: { node: Text; start: number }[] = [];
	const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	let start = 0;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		out.push({ node: node as Text, start });
		start += (node as Text).data.length;
	}
	return out;
}

/** The text node and offset of a textContent offset (clamped into the text). */
export function locateOffset(element: Element, offset: number): { node: Text; offset: number } | null {
	const nodes = textNodes(element);
	for (let i = nodes.length - 1; i >= 0; i--) {
		const entry = nodes[i];
		if (entry && (offset >= entry.start || i === 0)) {
			return { node: entry.node, offset: Math.max(0, Math.min(offset - entry.start, entry.node.data.length)) };
		}
	}
	return null;
}

/** Converts a (node, offset) inside `element` to an offset in its textContent. */
export function offsetWithin(element: Element, node: Node, offset: number): number | null {
	if (!element.contains(node)) return null;
	if (node.nodeType !== Node.TEXT_NODE) {
		// A caret between children: count the text before the child it points at.
		const range = element.ownerDocument.createRange();
		range.setStart(element, 0);
		range.setEnd(node, offset);
		return range.toString().length;
	}
	for (const entry of textNodes(element)) {
		if (entry.node === node) return entry.start + offset;
	}
	return null;
}

/** The box of the character at `offset` (or of the paragraph when it has no text there). */
export function characterRect(element: Element, offset: number): DOMRect {
	const at = locateOffset(element, offset);
	if (!at || at.node.data.length === 0) return element.getBoundingClientRect();
	const range = element.ownerDocument.createRange();
	const start = Math.min(at.offset, at.node.data.length - 1);
	range.setStart(at.node, start);
	range.setEnd(at.node, start + 1);
	const rect = range.getBoundingClientRect();
	// A collapsed space at a line break measures empty; the paragraph box is a safer answer than 0,0.
	return rect.height > 0 ? rect : element.getBoundingClientRect();
}

interface CaretPositionLike {
	offsetNode: Node;
	offset: number;
}

type CaretDocument = Document & {
	caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPositionLike | null;
	caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret at a point, asking for nodes inside the paragraph's shadow root where the browser allows it. */
function caretAt(element: Element, x: number, y: number): { node: Node; offset: number } | null {
	const doc = element.ownerDocument as CaretDocument;
	const root = element.getRootNode();
	const shadowRoots = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? [root] : [];
	try {
		if (typeof doc.caretPositionFromPoint === 'function') {
			const caret = doc.caretPositionFromPoint(x, y, { shadowRoots });
			if (caret) return { node: caret.offsetNode, offset: caret.offset };
		}
		if (typeof doc.caretRangeFromPoint === 'function') {
			const range = doc.caretRangeFromPoint(x, y);
			if (range) return { node: range.startContainer, offset: range.startOffset };
		}
	} catch {
		// Older engines reject the options argument; the range walk below needs none of this.
	}
	return null;
}

/** First offset whose character box ends below `y`: the start of the first line that reaches below `y`. */
function firstOffsetBelow(element: Element, y: number): number {
	const length = element.textContent?.length ?? 0;
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (characterRect(element, mid).bottom > y) high = mid;
		else low = mid + 1;
	}
	return Math.max(0, Math.min(low, length - 1));
}

/**
 * The textContent offset of the first visible character of `element`, given
 * the top edge `top` of the view: 0 when the paragraph starts in view,
 * otherwise the start of the first line that reaches into the view.
 */
export function firstVisibleOffset(element: Element, top: number): number {
	const box = element.getBoundingClientRect();
	if (box.top >= top - 0.5) return 0;
	const y = top + 1;
	const caret = caretAt(element, box.left + 1, y);
	if (caret) {
		const offset = offsetWithin(element, caret.node, caret.offset);
		// Trust the caret only when it landed in this paragraph, on the line at `y` (not under an overlay).
		if (offset !== null) {
			const rect = characterRect(element, offset);
			if (rect.top <= y && rect.bottom > y - 1) return lineStart(element, offset, rect.top);
		}
	}
	return firstOffsetBelow(element, top + 0.5);
}

/** Walks back from `offset` to the first character on the same line. */
function lineStart(element: Element, offset: number, lineTop: number): number {
	let start = offset;
	while (start > 0 && Math.abs(characterRect(element, start - 1).top - lineTop) < 1) start -= 1;
	return start;
}

/** Scrolls `scroller` by `delta` pixels at once (no smooth scrolling, whatever the CSS says). */
export function scrollByInstant(scroller: HTMLElement, delta: number): void {
	const top = scroller.scrollTop + delta;
	if (typeof scroller.scrollTo === 'function') scroller.scrollTo({ top, behavior: 'instant' });
	else scroller.scrollTop = top;
}
