import { JSDOM } from 'jsdom';

/**
 * DOM clobbering as browsers do it, for jsdom, which does not: a form's
 * controls named (or id'd) after a form property shadow it, on the page and
 * on every copy made of it (cloneNode, importNode); on the live document,
 * named images, forms, embeds, objects and iframes shadow the document's
 * properties. The shadowing follows the markup: rename or remove the control
 * and the property is the real one again, as in a browser.
 */

type Win = JSDOM['window'];

function realValue(target: object, key: string): unknown {
	for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
		const descriptor = Object.getOwnPropertyDescriptor(proto, key);
		if (descriptor) return descriptor.get ? descriptor.get.call(target) : descriptor.value;
	}
	return undefined;
}

function shadow(target: object, key: string, by: Element, stillApplies: () => boolean): void {
	if (key === '' || /^\d+$/.test(key)) return;
	Object.defineProperty(target, key, {
		configurable: true,
		enumerable: false,
		get: () => (stillApplies() ? by : realValue(target, key)),
		set: () => undefined,
	});
}

const LISTED = 'input, button, select, textarea, fieldset, output, object, img';

function attr(win: Win, el: Element, name: string): string | null {
	return win.Element.prototype.getAttribute.call(el, name);
}

function clobberForms(win: Win, root: Node): void {
	const forms: Element[] = [];
	if (root.nodeType === 1 && (root as Element).tagName === 'FORM') forms.push(root as Element);
	const owner = root.nodeType === 9 ? win.Document.prototype : root.nodeType === 11 ? win.DocumentFragment.prototype : root.nodeType === 1 ? win.Element.prototype : null;
	if (owner) forms.push(...Array.from(owner.querySelectorAll.call(root, 'form') as NodeListOf<Element>));
	for (const form of forms) {
		for (const control of Array.from(win.Element.prototype.querySelectorAll.call(form, LISTED) as NodeListOf<Element>)) {
			for (const which of ['name', 'id']) {
				const key = attr(win, control, which);
				if (key === null) continue;
				shadow(form, key, control, () => attr(win, control, which) === key && win.Node.prototype.contains.call(form, control));
			}
		}
	}
}

function clobberDocument(win: Win, doc: Document): void {
	for (const el of Array.from(win.Document.prototype.querySelectorAll.call(doc, 'img[name], form[name], embed[name], object[name], iframe[name]') as NodeListOf<Element>)) {
		const key = attr(win, el, 'name');
		if (key !== null) shadow(doc, key, el, () => attr(win, el, 'name') === key && win.Node.prototype.contains.call(doc, el));
	}
}

/** A page in jsdom with browser-like DOM clobbering, on the page and on every copy made of it. */
export function clobberingDocument(html: string, url: string): Document {
	const dom = new JSDOM(html, { url });
	const win = dom.window;
	const cloneNode = win.Node.prototype.cloneNode;
	win.Node.prototype.cloneNode = function (this: Node, deep?: boolean) {
		const copy = cloneNode.call(this, deep);
		clobberForms(win, copy);
		return copy;
	};
	const importNode = win.Document.prototype.importNode;
	win.Document.prototype.importNode = function <T extends Node>(this: Document, node: T, deep?: boolean): T {
		const copy = importNode.call(this, node, deep) as T;
		clobberForms(win, copy);
		return copy;
	};
	const doc = win.document;
	clobberForms(win, doc);
	clobberDocument(win, doc);
	return doc;
}

/**
 * Every property name DOMPurify guards against clobbering (the getters it
 * caches and the probes of its `_isClobbered`), read from its source
 * (`source`: dompurify/dist/purify.es.mjs), with the tree-walking names any
 * DOM code leans on.
 */
export function clobberingNames(source: string): string[] {
	const names = new Set<string>();
	for (const m of source.matchAll(/lookupGetter\((?:ElementPrototype|Node\.prototype), "(\w+)"\)/g)) names.add(m[1] ?? '');
	const probe = /const _isClobbered = function _isClobbered\(element\) \{([\s\S]*?)\n\t\};/.exec(source)?.[1] ?? '';
	for (const m of probe.matchAll(/element\.(\w+)/g)) names.add(m[1] ?? '');
	if (names.size < 15) throw new Error('DOMPurify source changed: could not read its clobbering names');
	for (const name of [
		'parentNode', 'parentElement', 'firstChild', 'lastChild', 'firstElementChild', 'lastElementChild', 'nextSibling',
		'previousSibling', 'nextElementSibling', 'previousElementSibling', 'children', 'childNodes', 'childElementCount',
		'nodeType', 'nodeName', 'tagName', 'localName', 'attributes', 'ownerDocument', 'textContent', 'innerHTML',
		'outerHTML', 'className', 'id', 'style', 'hidden', 'getAttribute', 'hasAttribute', 'setAttribute',
		'removeAttribute', 'removeChild', 'appendChild', 'insertBefore', 'replaceChild', 'cloneNode', 'contains',
		'hasChildNodes', 'querySelector', 'querySelectorAll', 'getElementsByTagName', 'matches', 'closest', 'remove',
		'append', 'replaceWith', 'normalize', 'namespaceURI', 'isConnected',
	]) names.add(name);
	names.delete('');
	return [...names].sort();
}
