/**
 * jsdom has no layout, so this lays out a reader view by rule: every
 * paragraph is a block of lines of `charsPerLine` characters, `lineHeight`
 * pixels each, with `gap` pixels between paragraphs and a title block before
 * each chapter. Element and Range boxes are answered from that layout and the
 * scroller's scrollTop, so capture and restore run their real logic.
 * Changing charsPerLine or lineHeight is a font or width change.
 */

import type { Story } from '../../src/core/types.js';
import type { ReaderNotice, ReaderView, RenderedChapter } from '../../src/position/view.js';
import { makeChapter, makeStory } from './story.js';

export const VIEW_TOP = 100;

interface Box {
	top: number;
	height: number;
}

const boxes = new WeakMap<Element, () => Box | null>();

function rect(top: number, height: number, left = 0, width = 600): DOMRect {
	return { top, bottom: top + height, left, right: left + width, height, width, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}

let installed = false;

/** Answers getBoundingClientRect from the models built below. */
export function installLayoutStubs(): void {
	if (installed) return;
	installed = true;
	const original = Element.prototype.getBoundingClientRect;
	Element.prototype.getBoundingClientRect = function (this: Element): DOMRect {
		const box = boxes.get(this)?.();
		return box ? rect(box.top, box.height) : original.call(this);
	};
	Range.prototype.getBoundingClientRect = function (this: Range): DOMRect {
		let node: Node | null = this.startContainer;
		while (node && !boxes.has(node as Element)) node = node.parentNode;
		const paragraph = node as Element | null;
		const model = paragraph ? paragraphModels.get(paragraph) : undefined;
		if (!paragraph || !model) return rect(0, 0, 0, 0);
		const offset = textOffset(paragraph, this.startContainer, this.startOffset);
		return model.characterBox(paragraph, offset);
	};
}

const paragraphModels = new WeakMap<Element, LayoutModel>();

function textOffset(paragraph: Element, container: Node, offset: number): number {
	const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
	let start = 0;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node === container) return start + offset;
		start += (node as Text).data.length;
	}
	return start;
}

export interface ChapterSpec {
	index: number;
	id?: string | null;
	paragraphs: string[];
}

export interface LayoutOptions {
	charsPerLine?: number;
	lineHeight?: number;
	gap?: number;
	titleHeight?: number;
	viewportHeight?: number;
	story?: Partial<Story>;
	/** Put the chapters inside a shadow root, as the reader does. */
	shadow?: boolean;
}

export class LayoutModel {
	charsPerLine: number;
	lineHeight: number;
	readonly gap: number;
	readonly titleHeight: number;
	readonly viewportHeight: number;
	readonly scroller: HTMLElement;
	readonly rendered: RenderedChapter[] = [];
	readonly notices: ReaderNotice[] = [];
	readonly visited: string[] = [];
	readonly controller = new AbortController();
	readonly view: ReaderView;
	/** Every scrollTop the code set, in order. */
	readonly scrolls: number[] = [];
	private top = 0;
	private readonly layoutListeners = new Set<(phase: 'before' | 'after') => void>();
	private layout = new Map<Element, Box>();
	private contentHeight = 0;

	constructor(chapters: ChapterSpec[], options: LayoutOptions = {}) {
		installLayoutStubs();
		this.charsPerLine = options.charsPerLine ?? 50;
		this.lineHeight = options.lineHeight ?? 20;
		this.gap = options.gap ?? 10;
		this.titleHeight = options.titleHeight ?? 60;
		this.viewportHeight = options.viewportHeight ?? 600;
		const host = document.createElement('div');
		document.body.append(host);
		const container: ParentNode = options.shadow ? host.attachShadow({ mode: 'open' }) : host;
		this.scroller = document.createElement('div');
		container.append(this.scroller);
		for (const spec of chapters) {
			const title = document.createElement('h2');
			title.textContent = `Chapter ${spec.index}`;
			const root = document.createElement('div');
			root.innerHTML = spec.paragraphs.map((p) => `<p>${p}</p>`).join('');
			this.scroller.append(title, root);
			this.rendered.push({ index: spec.index, id: spec.id === undefined ? String(5000 + spec.index) : spec.id, root });
		}
		const model = this;
		Object.defineProperty(this.scroller, 'scrollTop', {
			get: () => model.top,
			set: (value: number) => model.scrollTo(value),
		});
		Object.defineProperty(this.scroller, 'scrollHeight', { get: () => model.contentHeight });
		Object.defineProperty(this.scroller, 'clientHeight', { get: () => model.viewportHeight });
		boxes.set(this.scroller, () => ({ top: VIEW_TOP, height: this.viewportHeight }));
		this.relayout();
		const story = makeStory(
			chapters.map((c) => makeChapter(c.index, c.paragraphs)),
			options.story,
		);
		this.view = {
			story,
			scroller: this.scroller,
			chapters: () => this.rendered,
			notify: (notice) => void this.notices.push(notice),
			onLayoutChange: (listener) => {
				this.layoutListeners.add(listener);
				return () => void this.layoutListeners.delete(listener);
			},
			goToUrl: (url) => void this.visited.push(url),
			signal: this.controller.signal,
		};
	}

	paragraphs(chapterPosition = 0): Element[] {
		return Array.from(this.rendered[chapterPosition]?.root.querySelectorAll('p') ?? []);
	}

	/** Recomputes every box from the current charsPerLine and lineHeight. */
	relayout(): void {
		const layout = new Map<Element, Box>();
		let y = 0;
		for (const chapter of this.rendered) {
			y += this.titleHeight;
			const start = y;
			for (const p of Array.from(chapter.root.querySelectorAll('p'))) {
				const lines = Math.max(1, Math.ceil((p.textContent ?? '').length / this.charsPerLine));
				layout.set(p, { top: y, height: lines * this.lineHeight });
				paragraphModels.set(p, this);
				boxes.set(p, () => this.box(p));
				y += lines * this.lineHeight + this.gap;
			}
			layout.set(chapter.root, { top: start, height: y - start });
			boxes.set(chapter.root, () => this.box(chapter.root));
		}
		this.contentHeight = y + this.viewportHeight / 2;
		this.layout = layout;
	}

	/** A layout change the way the reader makes one: before, change, after. */
	changeLayout(change: { charsPerLine?: number; lineHeight?: number }): void {
		for (const listener of this.layoutListeners) listener('before');
		const anchorTop = this.top;
		this.charsPerLine = change.charsPerLine ?? this.charsPerLine;
		this.lineHeight = change.lineHeight ?? this.lineHeight;
		this.relayout();
		// The browser keeps scrollTop while the content grows or shrinks underneath.
		this.top = Math.min(anchorTop, this.maxScroll());
		for (const listener of this.layoutListeners) listener('after');
	}

	maxScroll(): number {
		return Math.max(0, this.contentHeight - this.viewportHeight);
	}

	scrollTo(value: number): void {
		this.top = Math.max(0, Math.min(value, this.maxScroll()));
		this.scrolls.push(this.top);
		// Browsers fire scroll events after the scroll, not inside it.
		queueMicrotask(() => this.scroller.dispatchEvent(new Event('scroll')));
	}

	/** Scrolls so line `line` of paragraph `paragraph` of the chapter at `chapterPosition` is at the top. */
	scrollToLine(chapterPosition: number, paragraph: number, line = 0): void {
		const p = this.paragraphs(chapterPosition)[paragraph];
		const box = p ? this.layout.get(p) : undefined;
		if (!box) throw new Error('no such paragraph');
		this.scrollTo(box.top + line * this.lineHeight);
	}

	/** What is at the top of the view: chapter position, paragraph index and line within it. */
	firstVisible(): { chapter: number; paragraph: number; line: number } | null {
		for (const [c, chapter] of this.rendered.entries()) {
			const ps = Array.from(chapter.root.querySelectorAll('p'));
			for (const [i, p] of ps.entries()) {
				const box = this.layout.get(p);
				if (box && box.top + box.height > this.top) {
					return { chapter: c, paragraph: i, line: Math.max(0, Math.floor((this.top - box.top) / this.lineHeight)) };
				}
			}
		}
		return null;
	}

	private box(element: Element): Box | null {
		const box = this.layout.get(element);
		return box ? { top: VIEW_TOP + box.top - this.top, height: box.height } : null;
	}

	characterBox(paragraph: Element, offset: number): DOMRect {
		const box = this.box(paragraph);
		if (!box) return rect(0, 0, 0, 0);
		const line = Math.floor(offset / this.charsPerLine);
		const column = offset % this.charsPerLine;
		return rect(box.top + line * this.lineHeight, this.lineHeight, column * 10, 10);
	}
}
