/**
 * A short message in the corner of a page where the reader cannot open
 * ("Quire found no story on this page"), for the shortcut and the menu, which
 * have no popup to answer in. Built from text nodes only, in its own shadow root.
 */
const NOTICE_TAG = 'quire-notice';
const SHOW_MS = 5000;

export function showPageNotice(doc: Document, message: string): void {
	doc.querySelector(NOTICE_TAG)?.remove();
	const host = doc.createElement(NOTICE_TAG);
	const shadow = host.attachShadow({ mode: 'closed' });
	const style = doc.createElement('style');
	style.textContent = `
		:host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
		p { margin: 0; padding: 12px 16px; max-width: 22rem; border-radius: 10px; background: #1f2328; color: #f6f8fa;
			font: 15px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }`;
	const text = doc.createElement('p');
	text.setAttribute('role', 'status');
	text.textContent = message;
	shadow.append(style, text);
	doc.documentElement.append(host);
	setTimeout(() => host.remove(), SHOW_MS);
}
