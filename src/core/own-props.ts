/**
 * DOM clobbering: inside a `<form>`, a control named after a built-in
 * (`<input name="childNodes">`, `name="tagName"`, `name="id"`) replaces that
 * property of the form, and the walks over the live page would read the input
 * instead (and throw, or skip the form's text). What walks the page reads node
 * properties here, through the prototypes' own getters and methods, which
 * named properties cannot shadow.
 *
 * The same API as `src/core/safe-dom.ts` on the `generic` branch: when that
 * lands, this file folds into it (change the imports, delete this file).
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
