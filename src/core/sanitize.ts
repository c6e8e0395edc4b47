import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier, WindowLike } from 'dompurify';
import { cloneVisible, hiddenTest, inertDocumentFor, type HiddenTest } from './hidden.js';
import { isBlockElement, paragraphElements } from './paragraphs.js';
import { safeDefaultView } from './safe-dom.js';
import { spoilersAsDetails } from './spoilers.js';
import { isSceneBreakText } from './text.js';

/**
 * The one gate every piece of page HTML passes before it leaves the core:
 * hidden text dropped, DOMPurify under an allow-list, links made absolute,
 * loose text wrapped in paragraphs (so paragraph counting is stable) and
 * scene-break lines turned into `<hr>`.
 */

const ALLOWED_TAGS = [
	'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
	'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4',
	'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's',
	'samp', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot',
	'th', 'thead', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'open', 'lang', 'dir', 'start', 'reversed'];
/** Elements whose text is interface, not prose: drop them with everything inside. */
const DROPPED_WITH_CONTENT = ['button', 'select', 'option', 'textarea', 'input', 'form', 'nav', 'canvas', 'object', 'embed', 'audio', 'video', 'picture', 'source', 'map', 'area', 'dialog', 'menu'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
	ALLOWED_TAGS,
	ALLOWED_ATTR,
	ALLOW_DATA_ATTR: false,
	ALLOW_ARIA_ATTR: false,
	ALLOW_UNKNOWN_PROTOCOLS: false,
	ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|data:image\/(?:png|gif|jpe?g|webp|avif);|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
	ADD_FORBID_CONTENTS: DROPPED_WITH_CONTENT,
	FORBID_TAGS: ['style', 'link', 'meta', 'base', 'svg', 'math', 'iframe', 'frame', 'frameset', 'template'],
	KEEP_CONTENT: true,
	WHOLE_DOCUMENT: false,
	RETURN_DOM_FRAGMENT: true,
};

const purifiers = new WeakMap<object, Purifier>();

/**
 * DOMPurify for the page's window, built on an inert document of that window
 * rather than on the page's own: the page's document can shadow the
 * properties DOMPurify reads from it (`<img name=nodeType>`, `<img
 * name=importNode>`), and an unsupported DOMPurify hands its input back
 * unchanged, which must never happen.
 */
function purifierFor(pageDoc: Document): Purifier {
	const win = (safeDefaultView(pageDoc) ?? (globalThis as { window?: Window }).window) as (Window & typeof globalThis) | undefined;
	if (!win) throw new Error('sanitize: the document has no window to build DOMPurify from');
	let purifier = purifiers.get(win);
	if (!purifier) {
		const view = { document: inertDocumentFor(pageDoc), Element: win.Element, Node: win.Node, NodeFilter: win.NodeFilter, DOMParser: win.DOMParser, HTMLTemplateElement: win.HTMLTemplateElement };
		purifier = DOMPurify(view as unknown as WindowLike);
		if (!purifier.isSupported) throw new Error('sanitize: DOMPurify cannot run on this window');
		purifiers.set(win, purifier);
	}
	return purifier;
}

function safeUrl(raw: string, base: string, forImage: boolean): string | null {
	const value = raw.trim();
	// An empty address resolves to the page itself: for an image that is a request for the page, never a picture.
	if (value === '' && forImage) return null;
	if (forImage && /^data:image\/(?:png|gif|jpe?g|webp|avif);/i.test(value)) return value;
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return null;
	}
	if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
	if (!forImage && url.protocol === 'mailto:') return url.href;
	// Links inside a file opened from disk may point at the same file (footnotes).
	if (url.protocol === 'file:' && base.startsWith('file:') && url.href.split('#')[0] === base.split('#')[0]) return url.href;
	return null;
}

function fixUrls(root: Element, base: string): void {
	for (const a of Array.from(root.querySelectorAll('a'))) {
		const href = a.getAttribute('href');
		if (href === null) continue;
		const safe = safeUrl(href, base, false);
		if (safe) a.setAttribute('href', safe);
		else a.removeAttribute('href');
	}
	for (const img of Array.from(root.querySelectorAll('img'))) {
		const safe = safeUrl(img.getAttribute('src') ?? '', base, true);
		if (safe) img.setAttribute('src', safe);
		else {
			const alt = img.getAttribute('alt');
			if (alt) img.replaceWith(img.ownerDocument.createTextNode(alt));
			else img.remove();
		}
	}
}

const CONTAINERS = new Set(['DIV', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'DETAILS', 'FIGURE', 'LI', 'DD', 'TD', 'TH', 'CENTER']);

function isBr(node: Node): boolean {
	return node.nodeType === 1 && (node as Element).tagName === 'BR';
}
function isBlank(node: Node): boolean {
	return node.nodeType === 3 && (node.nodeValue ?? '').trim() === '';
}
function isBlockNode(node: Node): boolean {
	return node.nodeType === 1 && isBlockElement(node as Element);
}

/** Runs of inline nodes between blocks, split at two or more `<br>` in a row. */
function inlineRuns(nodes: Node[]): (Node[] | Element)[] {
	const out: (Node[] | Element)[] = [];
	let run: Node[] = [];
	let pendingBrs: Node[] = [];
	const flush = (): void => {
		if (run.length > 0) out.push(run);
		run = [];
	};
	for (const node of nodes) {
		if (isBlockNode(node)) {
			pendingBrs = [];
			flush();
			out.push(node as Element);
		} else if (isBr(node)) {
			pendingBrs.push(node);
		} else if (isBlank(node)) {
			if (pendingBrs.length > 0) pendingBrs.push(node);
			else run.push(node);
		} else {
			const brCount = pendingBrs.filter(isBr).length;
			if (brCount >= 2) flush();
			else run.push(...pendingBrs);
			pendingBrs = [];
			run.push(node);
		}
	}
	flush();
	return out;
}

function hasContent(nodes: Node[]): boolean {
	return nodes.some((n) => (n.nodeType === 3 ? (n.nodeValue ?? '').trim() !== '' : !isBr(n)));
}

function hasDoubleBr(el: Element): boolean {
	let brs = 0;
	for (const node of Array.from(el.childNodes)) {
		if (isBr(node)) {
			brs++;
			if (brs >= 2) return true;
		} else if (!isBlank(node)) brs = 0;
	}
	return false;
}

function wrapRuns(el: Element, splitParagraph: boolean): void {
	const doc = el.ownerDocument;
	const runs = inlineRuns(Array.from(el.childNodes));
	if (splitParagraph) {
		// A <p> holding several paragraphs separated by blank lines becomes several <p>.
		const parts = runs.filter((r): r is Node[] => Array.isArray(r) && hasContent(r));
		if (parts.length < 2) return;
		for (const part of parts) {
			const p = doc.createElement('p');
			p.append(...part);
			el.before(p);
		}
		el.remove();
		return;
	}
	el.replaceChildren();
	for (const run of runs) {
		if (!Array.isArray(run)) el.appendChild(run);
		else if (hasContent(run)) {
			const p = doc.createElement('p');
			p.append(...run);
			el.appendChild(p);
		}
	}
}

/** Make every piece of text sit in a paragraph-level element that `paragraphElements` counts. */
export function paragraphize(root: Element): void {
	const visit = (el: Element, isRoot: boolean): void => {
		const tag = el.tagName.toUpperCase();
		if (tag === 'P') {
			if (hasDoubleBr(el)) wrapRuns(el, true);
			return;
		}
		if (tag === 'TABLE' || tag === 'PRE' || /^H[1-6]$/.test(tag)) return;
		if (isRoot || CONTAINERS.has(tag)) {
			const children = Array.from(el.childNodes);
			const mixed = children.some(isBlockNode) && children.some((n) => !isBlockNode(n) && !isBlank(n) && !isBr(n));
			if (mixed || hasDoubleBr(el) || (isRoot && children.some((n) => !isBlockNode(n) && !isBlank(n) && !isBr(n)))) {
				wrapRuns(el, false);
			}
		}
		for (const child of Array.from(el.children)) visit(child, false);
	};
	visit(root, true);
}

function markSceneBreaks(root: Element): void {
	for (const el of paragraphElements(root)) {
		const tag = el.tagName.toUpperCase();
		if (tag !== 'P' && tag !== 'DIV' && tag !== 'CENTER' && tag !== 'SPAN') continue;
		if (el.querySelector('img')) continue;
		if (isSceneBreakText(el.textContent ?? '')) el.replaceWith(el.ownerDocument.createElement('hr'));
	}
}

/** A `<pre>` holding paragraphs is a wrapper, not preformatted text (Wattpad sets a whole part in one). */
function unwrapParagraphPre(root: Element): void {
	for (const pre of Array.from(root.querySelectorAll('pre'))) {
		if (pre.querySelector('p')) pre.replaceWith(...Array.from(pre.childNodes));
	}
}

function dropEmptyParagraphs(root: Element): void {
	for (const p of Array.from(root.querySelectorAll('p'))) {
		if ((p.textContent ?? '').trim() === '' && !p.querySelector('img, hr')) p.remove();
	}
}

export interface SanitizeOptions {
	/** The page URL: links and images are made absolute against it. */
	baseUrl: string;
	/** CSS selector for site chrome inside the element ("Chapter Text" landmarks…), removed first. */
	drop?: string | undefined;
	/** Reuse one hidden-text test across the page's elements. */
	isHidden?: HiddenTest | undefined;
}

/**
 * Clean one element of the page (never changed) into a detached container of
 * safe HTML. The container's children are the element's cleaned children.
 */
export function sanitizeToElement(source: Element, options: SanitizeOptions): Element {
	const isHidden = options.isHidden ?? hiddenTest(source.ownerDocument);
	const copy = cloneVisible(source, isHidden);
	spoilersAsDetails(copy);
	if (options.drop) {
		for (const el of Array.from(copy.querySelectorAll(options.drop))) el.remove();
	}
	const wrapper = copy.ownerDocument.createElement('div');
	wrapper.append(...Array.from(copy.childNodes));
	return sanitizeDetached(wrapper, source.ownerDocument, options.baseUrl);
}

/** DOMPurify's output, unwrapped from the wrapper it was given, then made readable: links, paragraphs, scene breaks. */
function finishPurified(fragment: DocumentFragment, baseUrl: string): Element {
	const container = fragment.ownerDocument.createElement('div');
	const top = fragment.firstElementChild;
	// DOMPurify returns the wrapper itself; keep only what was inside it.
	if (top && fragment.childElementCount === 1 && top.tagName === 'DIV') container.append(...Array.from(top.childNodes));
	else container.append(fragment);
	fixUrls(container, baseUrl);
	unwrapParagraphPre(container);
	paragraphize(container);
	dropEmptyParagraphs(container);
	markSceneBreaks(container);
	return container;
}

/** Sanitise an element that already lives outside the page (a private copy); returns a fresh container. */
export function sanitizeDetached(wrapper: Element, pageDoc: Document, baseUrl: string): Element {
	return finishPurified(purifierFor(pageDoc).sanitize(wrapper, CONFIG), baseUrl);
}

/** Clean HTML given as a string (e.g. built by the generic path) against the page's window. */
export function sanitizeHtml(html: string, pageDoc: Document, baseUrl: string): Element {
	return finishPurified(purifierFor(pageDoc).sanitize(`<div>${html}</div>`, CONFIG), baseUrl);
}
