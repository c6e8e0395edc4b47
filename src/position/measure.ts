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

/**
 * The text of one paragraph for measuring: its text nodes with their start
 * offsets in textContent, and one Range reused for every character measured
 * (a binary search measures a dozen or so).
 */
export class ParagraphText {
	readonly nodes: { node: Text; start: number }[] = [];
	readonly length: number;
	private range: Range | null = null;

	constructor(readonly element: Element) {
		const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		let start = 0;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			this.nodes.push({ node: node as Text, start });
			start += (node as Text).data.length;
		}
		this.length = start;
	}

	/** The text node and offset of a textContent offset (clamped into the text). */
	locate(offset: number): { node: Text; offset: number } | null {
		let low = 0;
		let high = this.nodes.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((this.nodes[mid]?.start ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		const entry = this.nodes[low];
		return entry ? { node: entry.node, offset: Math.max(0, Math.min(offset - entry.start, entry.node.data.length)) } : null;
	}

	/** Converts a (node, offset) inside the element to an offset in its textContent. */
	offsetOf(node: Node, offset: number): number | null {
		if (!this.element.contains(node)) return null;
		if (node.nodeType !== Node.TEXT_NODE) {
			// A caret between children: count the text before the child it points at.
			const range = this.element.ownerDocument.createRange();
			range.setStart(this.element, 0);
			range.setEnd(node, offset);
			return range.toString().length;
		}
		const entry = this.nodes.find((e) => e.node === node);
		return entry ? entry.start + offset : null;
	}

	/** The box of the character at `offset` (or of the element when there is no text to measure). */
	rectAt(offset: number): DOMRect {
		const at = this.locate(offset);
		if (!at || at.node.data.length === 0) return this.element.getBoundingClientRect();
		this.range ??= this.element.ownerDocument.createRange();
		const start = Math.min(at.offset, at.node.data.length - 1);
		this.range.setStart(at.node, start);
		this.range.setEnd(at.node, start + 1);
		const rect = this.range.getBoundingClientRect();
		// A collapsed space at a line break measures empty; the paragraph box is a safer answer than 0,0.
		return rect.height > 0 ? rect : this.element.getBoundingClientRect();
	}

	/** Lets the Range go: the DOM keeps every live range up to date on each mutation until it is collected. */
	dispose(): void {
		this.range = null;
	}
}

/** The box of the character at `offset` of `element`. */
export function characterRect(element: Element, offset: number): DOMRect {
	const text = new ParagraphText(element);
	try {
		return text.rectAt(offset);
	} finally {
		text.dispose();
	}
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
function firstOffsetBelow(text: ParagraphText, y: number): number {
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (text.rectAt(mid).bottom > y) high = mid;
		else low = mid + 1;
	}
	return Math.max(0, Math.min(low, text.length - 1));
}

/** Walks back from `offset` to the first character on the same line. */
function lineStart(text: ParagraphText, offset: number, lineTop: number): number {
	let start = offset;
	while (start > 0 && Math.abs(text.rectAt(start - 1).top - lineTop) < 1) start -= 1;
	return start;
}

/**
 * The textContent offset of the first visible character of `element`, given
 * the top edge `top` of the view: 0 when the paragraph starts in view,
 * otherwise the start of the first line that reaches into the view.
 */
export function firstVisibleOffset(element: Element, top: number): number {
	const box = element.getBoundingClientRect();
	if (box.top >= top - 0.5) return 0;
	const text = new ParagraphText(element);
	try {
		const y = top + 1;
		const caret = caretAt(element, box.left + 1, y);
		const offset = caret ? text.offsetOf(caret.node, caret.offset) : null;
		if (offset !== null) {
			const rect = text.rectAt(offset);
			// Trust the caret only when it landed in this paragraph, on the line at `y` (not under an overlay).
			if (rect.top <= y && rect.bottom > y - 1) return lineStart(text, offset, rect.top);
		}
		return firstOffsetBelow(text, top + 0.5);
	} finally {
		text.dispose();
	}
}

/** Scrolls `scroller` by `delta` pixels at once (no smooth scrolling, whatever the CSS says). */
export function scrollByInstant(scroller: HTMLElement, delta: number): void {
	const top = scroller.scrollTop + delta;
	if (typeof scroller.scrollTo === 'function') scroller.scrollTo({ top, behavior: 'instant' });
	else scroller.scrollTop = top;
}
