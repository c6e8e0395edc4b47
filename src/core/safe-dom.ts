/**
 * DOM clobbering: a page can shadow a form's own properties by naming a
 * control after them (`<form><input name=parentNode></form>` makes
 * `form.parentNode` the input), and a document's by naming an image, form or
 * embed after them (`<img name=querySelector>`). Code that walks such a page
 * through ordinary property reads can loop forever or throw.
 *
 * What reads the live page reads it through the prototypes' own getters and
 * methods, which named properties cannot shadow; and the copies the core
 * works on are neutralised first (`neutraliseNames`), so everything
 * downstream (Readability, the hidden-text test, the sanitiser) may use
 * ordinary property reads.
 */

type Getter = (this: unknown) => unknown;
type Method = (this: unknown, ...args: unknown[]) => unknown;

/** The getter or method `name` as the object's prototype chain defines it (never the object's own, clobbered, value). */
function fromPrototypes(obj: object, name: string): PropertyDescriptor | null {
	for (let proto = Object.getPrototypeOf(obj) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
		const descriptor = Object.getOwnPropertyDescriptor(proto, name);
		if (descriptor) return descriptor;
	}
	return null;
}

/** Reads `obj[name]` through the prototype's getter. */
export function safeGet<T>(obj: object, name: string): T {
	const getter = fromPrototypes(obj, name)?.get as Getter | undefined;
	if (!getter) throw new TypeError(`safeGet: no getter ${name}`);
	return getter.call(obj) as T;
}

/** Calls `obj[name](...args)` as the prototype defines it. */
export function safeCall<T>(obj: object, name: string, ...args: unknown[]): T {
	const method = fromPrototypes(obj, name)?.value as Method | undefined;
	if (typeof method !== 'function') throw new TypeError(`safeCall: no method ${name}`);
	return method.call(obj, ...args) as T;
}

/** The element's tag name in upper case, read so that a clobbered form cannot lie about it. */
export function safeTagName(el: Element): string {
	return safeGet<string>(el, 'tagName').toUpperCase();
}

/** The window of a live document (for DOMPurify), or null; never a clobbering element. */
export function safeDefaultView(doc: Document): Window | null {
	const view = safeGet<unknown>(doc, 'defaultView');
	return view && typeof view === 'object' && 'document' in view ? (view as Window) : null;
}

/** How many elements the document holds: a cheap size check before any real work. */
export function elementCount(doc: Document): number {
	return safeCall<HTMLCollection>(doc, 'getElementsByTagName', '*').length;
}

/**
 * Removes what lets markup clobber DOM properties from a private copy: every
 * `name` attribute, and every `id` that names a property of a document or a
 * form (DOMPurify's SANITIZE_DOM rule). Story text never needs either.
 */
export function neutraliseNames(root: ParentNode & Node, doc: Document): void {
	const formProbe = safeCall<HTMLFormElement>(doc, 'createElement', 'form');
	const marked = safeCall<NodeListOf<Element>>(root, 'querySelectorAll', '[name], [id]');
	for (let i = 0; i < marked.length; i++) {
		const el = marked[i];
		if (!el) continue;
		safeCall(el, 'removeAttribute', 'name');
		const id = safeCall<string | null>(el, 'getAttribute', 'id');
		if (id !== null && (id in doc || id in formProbe)) safeCall(el, 'removeAttribute', 'id');
	}
}

/**
 * A private copy of a live document that cannot clobber: cloned through the
 * prototype's `cloneNode` (the document's own may be shadowed), then
 * neutralised. The copy has no browsing context, so nothing in it loads or runs.
 */
export function safeDocumentCopy(doc: Document): Document {
	const copy = safeCall<Document>(doc, 'cloneNode', true);
	neutraliseNames(copy, copy);
	return copy;
}
