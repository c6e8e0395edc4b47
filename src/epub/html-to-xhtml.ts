import type { ImageStore } from './images.js';
import type { EpubDom, XhtmlDocument } from './xhtml.js';
import { xmlSafe } from './xml-text.js';

/**
 * Sanitised story HTML, re-built element by element in an XHTML document as
 * EPUB 3 allows it. The page's HTML was cleaned for a browser, which forgives
 * what an e-reader's validator does not, so this is an allow-list too: only
 * known elements and attributes are copied, obsolete elements get their
 * modern names (`<big>`, `<tt>`, `<strike>`), spoilers' `<details>` become
 * plain divisions, list items and captions without their parent become
 * divisions, and an inline element wrapped around paragraphs (`<em><p>…`)
 * is pushed down into each paragraph, so the content models hold.
 */

/** Block elements whose content is phrasing only. */
const PHRASING_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
/** Block elements whose content is flow (blocks or text). */
const FLOW_BLOCKS = new Set(['div', 'blockquote', 'li', 'dd', 'dt', 'figure', 'figcaption', 'details', 'summary', 'td', 'th', 'caption']);
const STRUCTURES = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'col', 'hr']);
const INLINE = new Set([
	'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q',
	'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'tt', 'u', 'var',
]);
const VOID_INLINE = new Set(['br', 'wbr', 'img']);
/** Never story text, should one ever get past the sanitiser: dropped with their content. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'title', 'textarea', 'iframe', 'object', 'svg', 'math']);
const BLOCK_SELECTOR = [...PHRASING_BLOCKS, ...FLOW_BLOCKS, ...STRUCTURES].join(',');

/** Elements with another name (and a class to style them by) in the book. */
const RENAMED: Record<string, { name: string; className?: string }> = {
	big: { name: 'span', className: 'big' },
	tt: { name: 'span', className: 'tt' },
	strike: { name: 's' },
	details: { name: 'div', className: 'spoiler' },
	summary: { name: 'div', className: 'spoiler-label' },
};

const LANG = /^(?:[a-z]{2,8}(?:-[a-z\d]{1,8})*)?$/i;

interface Context {
	/** Inside an element whose content is phrasing only: blocks become spans. */
	phrasing: boolean;
	/** Inline elements that wrapped blocks, re-applied around each run of text inside those blocks. */
	wrappers: readonly Element[];
}

const FLOW: Context = { phrasing: false, wrappers: [] };
const PHRASING: Context = { phrasing: true, wrappers: [] };

function isBlank(node: Node): boolean {
	return node.nodeType !== 1 && (node.nodeType !== 3 || (node.nodeValue ?? '').trim() === '');
}

function integerIn(value: string | null, min: number, max: number): string | null {
	if (value === null || !/^\s*-?\d+\s*$/.test(value)) return null;
	const n = Number(value);
	return n >= min && n <= max ? String(n) : null;
}

function linkTarget(href: string | null): string | null {
	if (!href) return null;
	try {
		const url = new URL(href);
		return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
	} catch {
		return null;
	}
}

class Transcriber {
	readonly #out: XhtmlDocument;
	readonly #images: ImageStore;
	/** Runs opened for a set of `wrappers`: by the outermost copy, the innermost one (where text goes) and the set. */
	readonly #runs = new WeakMap<Node, { inner: Element; wrappers: readonly Element[] }>();

	constructor(out: XhtmlDocument, images: ImageStore) {
		this.#out = out;
		this.#images = images;
	}

	children(source: Node, into: Element, context: Context): void {
		for (const child of Array.from(source.childNodes)) this.node(child, into, context);
	}

	node(source: Node, into: Element, context: Context): void {
		if (source.nodeType === 3) {
			this.textNode(source.nodeValue ?? '', into, context);
			return;
		}
		if (source.nodeType !== 1) return;
		const el = source as Element;
		const tag = el.localName.toLowerCase();
		if (INLINE.has(tag) || VOID_INLINE.has(tag)) this.inline(el, tag, into, context);
		else if (PHRASING_BLOCKS.has(tag) || FLOW_BLOCKS.has(tag) || STRUCTURES.has(tag)) this.block(el, tag, into, context);
		else if (!DROPPED.has(tag)) this.children(el, into, context);
	}

	textNode(value: string, into: Element, context: Context): void {
		const text = xmlSafe(value);
		if (text === '') return;
		if (context.wrappers.length === 0) into.append(this.#out.text(text));
		else if (text.trim() === '' && !this.#openRun(into, context)) into.append(this.#out.text(text));
		else this.runIn(into, context).append(this.#out.text(text));
	}

	/** Where inline content goes under `wrappers`: the open run at the end of `into`, or a new one. */
	runIn(into: Element, context: Context): Element {
		if (context.wrappers.length === 0) return into;
		const open = this.#openRun(into, context);
		if (open) return open;
		let outer: Element | null = null;
		let inner: Element = into;
		for (const wrapper of context.wrappers) {
			const copy = wrapper.cloneNode(false) as Element;
			inner.append(copy);
			outer ??= copy;
			inner = copy;
		}
		if (outer) this.#runs.set(outer, { inner, wrappers: context.wrappers });
		return inner;
	}

	/** The run at the end of `into` made for these same wrappers, if there is one. */
	#openRun(into: Element, context: Context): Element | null {
		const run = into.lastChild ? this.#runs.get(into.lastChild) : undefined;
		return run && run.wrappers === context.wrappers ? run.inner : null;
	}

	inline(el: Element, tag: string, into: Element, context: Context): void {
		if (tag === 'br' || tag === 'wbr') {
			this.runIn(into, context).append(this.#out.element(tag));
			return;
		}
		if (tag === 'img') {
			this.image(el, into, context);
			return;
		}
		const made = this.inlineElement(el, tag, into);
		if (!context.phrasing && el.querySelector(BLOCK_SELECTOR)) {
			// <em><p>…</p><p>…</p></em>: the paragraphs stay paragraphs, each one in italics.
			this.children(el, into, { phrasing: false, wrappers: [...context.wrappers, made] });
			return;
		}
		this.runIn(into, context).append(made);
		this.children(el, made, PHRASING);
	}

	inlineElement(el: Element, tag: string, into: Element): Element {
		const renamed = RENAMED[tag];
		let name = renamed?.name ?? tag;
		// Ruby text outside ruby, and a direction override with no direction, are plain spans.
		if ((tag === 'rt' || tag === 'rp') && into.localName !== 'ruby') name = 'span';
		if (tag === 'bdo' && !/^(?:ltr|rtl)$/i.test(el.getAttribute('dir') ?? '')) name = 'span';
		const made = this.#out.element(name, this.attributes(el, renamed?.className));
		if (name === 'a') {
			const href = linkTarget(el.getAttribute('href'));
			if (href) made.setAttribute('href', href);
		}
		return made;
	}

	image(el: Element, into: Element, context: Context): void {
		const alt = xmlSafe(el.getAttribute('alt') ?? '').trim();
		const href = this.#images.add(el.getAttribute('src') ?? '');
		if (href) this.runIn(into, context).append(this.#out.element('img', { ...this.attributes(el), src: href, alt }));
		// A picture that is not in the book reads as its text alternative, if it has one.
		else if (alt) this.textNode(alt, into, context);
	}

	block(el: Element, tag: string, into: Element, context: Context): void {
		if (context.phrasing) {
			// A block where only text may go (a <div> inside a heading): its words stay, as a span.
			if (tag === 'hr' || tag === 'col' || tag === 'colgroup') return;
			const span = this.#out.element('span', this.attributes(el, tag));
			this.runIn(into, context).append(span);
			this.children(el, span, { phrasing: true, wrappers: [] });
			return;
		}
		const inner: Context = { phrasing: false, wrappers: context.wrappers };
		switch (tag) {
			case 'hr':
				into.append(this.#out.element('hr'));
				return;
			case 'ul':
			case 'ol':
				this.list(el, tag, into, inner);
				return;
			case 'dl':
				this.definitionList(el, into, inner);
				return;
			case 'table':
				this.table(el, into, inner);
				return;
			case 'figure':
				this.figure(el, into, inner);
				return;
		}
		const renamed = RENAMED[tag];
		// Parts that lost their parent (a list item outside a list, a cell outside a table) are divisions.
		const name = renamed?.name ?? (PHRASING_BLOCKS.has(tag) || tag === 'div' || tag === 'blockquote' ? tag : 'div');
		const className = renamed?.className ?? (name === tag ? undefined : tag);
		const made = this.#out.element(name, this.attributes(el, className));
		into.append(made);
		this.children(el, made, { phrasing: PHRASING_BLOCKS.has(name), wrappers: context.wrappers });
	}

	list(el: Element, tag: 'ul' | 'ol', into: Element, context: Context): void {
		const list = this.#out.element(tag, this.attributes(el));
		if (tag === 'ol') {
			const start = integerIn(el.getAttribute('start'), -1e9, 1e9);
			if (start !== null) list.setAttribute('start', start);
			if (el.hasAttribute('reversed')) list.setAttribute('reversed', 'reversed');
		}
		into.append(list);
		let loose: Element | null = null;
		for (const child of Array.from(el.childNodes)) {
			if (child.nodeType === 1 && (child as Element).localName === 'li') {
				loose = null;
				const item = this.#out.element('li', this.attributes(child as Element));
				list.append(item);
				this.children(child, item, context);
			} else if (!isBlank(child)) {
				// Anything else inside a list joins a list item of its own.
				if (!loose) list.append((loose = this.#out.element('li')));
				this.node(child, loose, context);
			}
		}
	}

	/** A list of terms; one that is not term(s)-then-definition(s) groups becomes divisions instead. */
	definitionList(el: Element, into: Element, context: Context): void {
		const items: { tag: 'dt' | 'dd'; nodes: Node[]; source: Element | null }[] = [];
		for (const child of Array.from(el.childNodes)) {
			const tag = child.nodeType === 1 ? (child as Element).localName : '';
			if (tag === 'dt' || tag === 'dd') items.push({ tag, nodes: Array.from(child.childNodes), source: child as Element });
			else if (!isBlank(child)) {
				const last = items[items.length - 1];
				if (last && last.source === null) last.nodes.push(child);
				else items.push({ tag: 'dd', nodes: [child], source: null });
			}
		}
		const pattern = items.map((item) => (item.tag === 'dt' ? 't' : 'd')).join('');
		const valid = /^(?:t+d+)+$/.test(pattern);
		const list = this.#out.element(valid ? 'dl' : 'div', valid ? this.attributes(el) : { class: 'dl' });
		into.append(list);
		for (const item of items) {
			const name = valid ? item.tag : item.tag === 'dt' ? 'p' : 'div';
			const made = this.#out.element(name, item.source ? this.attributes(item.source, valid ? undefined : item.tag) : {});
			list.append(made);
			const inner = item.tag === 'dt' ? { phrasing: true, wrappers: context.wrappers } : context;
			for (const node of item.nodes) this.node(node, made, inner);
		}
	}

	table(el: Element, into: Element, context: Context): void {
		const table = this.#out.element('table', this.attributes(el));
		into.append(table);
		let caption: Element | null = null;
		let head: Element | null = null;
		let foot: Element | null = null;
		const groups: Element[] = [];
		const bodies: Element[] = [];
		let looseRows: Element | null = null;
		for (const child of Array.from(el.children)) {
			const tag = child.localName;
			if (tag === 'caption' && !caption) {
				caption = this.#out.element('caption', this.attributes(child));
				this.children(child, caption, { phrasing: true, wrappers: context.wrappers });
			} else if (tag === 'colgroup') {
				const group = this.#out.element('colgroup');
				for (const col of Array.from(child.children)) if (col.localName === 'col') group.append(this.#out.element('col'));
				groups.push(group);
			} else if (tag === 'thead' && !head) {
				head = this.tableSection(child, 'thead', context);
			} else if (tag === 'tfoot' && !foot) {
				foot = this.tableSection(child, 'tfoot', context);
			} else if (tag === 'thead' || tag === 'tfoot' || tag === 'tbody') {
				looseRows = null;
				bodies.push(this.tableSection(child, 'tbody', context));
			} else if (tag === 'tr') {
				if (!looseRows) bodies.push((looseRows = this.#out.element('tbody')));
				looseRows.append(this.row(child, context));
			}
		}
		table.append(...[caption, ...groups, head, ...bodies, foot].filter((part): part is Element => part !== null));
	}

	tableSection(el: Element, name: string, context: Context): Element {
		const section = this.#out.element(name);
		for (const row of Array.from(el.children)) if (row.localName === 'tr') section.append(this.row(row, context));
		return section;
	}

	row(el: Element, context: Context): Element {
		const row = this.#out.element('tr');
		for (const cell of Array.from(el.children)) {
			if (cell.localName !== 'td' && cell.localName !== 'th') continue;
			const made = this.#out.element(cell.localName, this.attributes(cell));
			const colspan = integerIn(cell.getAttribute('colspan'), 1, 1000);
			const rowspan = integerIn(cell.getAttribute('rowspan'), 0, 65534);
			if (colspan !== null && colspan !== '1') made.setAttribute('colspan', colspan);
			if (rowspan !== null && rowspan !== '1') made.setAttribute('rowspan', rowspan);
			row.append(made);
			this.children(cell, made, context);
		}
		return row;
	}

	/** A figure keeps one caption, first or last; any other caption is a division. */
	figure(el: Element, into: Element, context: Context): void {
		const figure = this.#out.element('figure', this.attributes(el));
		into.append(figure);
		const content = Array.from(el.childNodes).filter((node) => !isBlank(node));
		const isCaption = (node: Node | undefined): boolean => node?.nodeType === 1 && (node as Element).localName === 'figcaption';
		const kept = isCaption(content[0]) ? content[0] : isCaption(content[content.length - 1]) ? content[content.length - 1] : null;
		for (const child of Array.from(el.childNodes)) {
			if (child === kept) {
				const caption = this.#out.element('figcaption', this.attributes(child as Element));
				figure.append(caption);
				this.children(child, caption, context);
			} else {
				this.node(child, figure, context);
			}
		}
	}

	/** The attributes EPUB allows, checked: title, lang, dir (and a class for renamed elements). */
	attributes(el: Element, className?: string): Record<string, string> {
		const out: Record<string, string> = {};
		if (className) out.class = className;
		const title = el.getAttribute('title');
		if (title) out.title = title;
		const lang = el.getAttribute('lang')?.trim();
		if (lang !== undefined && LANG.test(lang)) out.lang = lang;
		const dir = el.getAttribute('dir')?.trim().toLowerCase();
		if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') out.dir = dir;
		return out;
	}
}

/**
 * Appends the sanitised HTML `html` to `into` (a flow container of `out`),
 * adding its embedded pictures to `images`.
 */
export function appendHtml(dom: EpubDom, html: string, into: Element, out: XhtmlDocument, images: ImageStore): void {
	// A doctype keeps the parser out of quirks mode, where a <table> may sit inside a <p>.
	const parsed = new dom.DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
	new Transcriber(out, images).children(parsed.body, into, FLOW);
}
