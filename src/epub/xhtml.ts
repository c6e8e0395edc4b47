import { xmlSafe } from './xml-text.js';

/**
 * XHTML documents of the book, built as XML DOM documents (so nothing a page
 * wrote can end up as markup) and written out with XMLSerializer: void
 * elements self-closed, `&nbsp;` and friends as characters, every `<`, `>`
 * and `&` of text escaped.
 */

export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
export const EPUB_NS = 'http://www.idpf.org/2007/ops';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * The DOM the book is built with: the browser's own (the default), or a
 * jsdom window in Node (the CLI passes the window of the page it parsed).
 */
export interface EpubDom {
	DOMParser: typeof DOMParser;
	XMLSerializer: typeof XMLSerializer;
	document: Document;
}

export function defaultDom(): EpubDom {
	const scope = globalThis as Partial<EpubDom>;
	if (!scope.DOMParser || !scope.XMLSerializer || !scope.document) {
		throw new Error('buildEpub needs a DOM: run it in a browser, or pass { dom: window } from jsdom');
	}
	return { DOMParser: scope.DOMParser, XMLSerializer: scope.XMLSerializer, document: scope.document };
}

/** One XHTML document being built: create elements in it and append to `body`. */
export class XhtmlDocument {
	readonly doc: XMLDocument;
	readonly body: Element;
	readonly #dom: EpubDom;

	constructor(dom: EpubDom, title: string, lang: string) {
		this.#dom = dom;
		const doctype = dom.document.implementation.createDocumentType('html', '', '');
		this.doc = dom.document.implementation.createDocument(XHTML_NS, 'html', doctype);
		const html = this.doc.documentElement;
		html.setAttributeNS(XMLNS_NS, 'xmlns:epub', EPUB_NS);
		html.setAttribute('lang', lang);
		html.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
		const head = this.element('head');
		head.append(
			this.element('meta', { charset: 'utf-8' }),
			this.element('title', {}, title),
			this.element('link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' }),
		);
		this.body = this.element('body');
		html.append(head, this.body);
	}

	/** An XHTML element with attributes (safe text only) and, optionally, text. */
	element(name: string, attributes: Record<string, string> = {}, text?: string): Element {
		const el = this.doc.createElementNS(XHTML_NS, name);
		for (const [key, value] of Object.entries(attributes)) {
			if (key === 'epub:type') el.setAttributeNS(EPUB_NS, key, xmlSafe(value));
			else el.setAttribute(key, xmlSafe(value));
		}
		if (text !== undefined) el.append(this.text(text));
		return el;
	}

	text(value: string): Text {
		return this.doc.createTextNode(xmlSafe(value));
	}

	/** The finished document as UTF-8 XHTML text, with its XML declaration. */
	serialize(): string {
		const xml = new this.#dom.XMLSerializer().serializeToString(this.doc);
		return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
	}
}
