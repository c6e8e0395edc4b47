/**
 * Hostile and broken pages opened from disk in Chromium (issue 11): DOM
 * clobbering once froze the tab (`<form><input name=parentNode></form>` sent
 * the article finder into an endless walk). Each page here is our own story
 * (tests/fixtures/lantern-ferry.html) with something planted in it; the
 * launcher must appear, the reader open, and the page keep answering. A page
 * too big to read is left alone and the toolbar says why.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, repoRoot, skipUnless } from './browsers.mjs';
import { sleep } from './reader-page.mjs';

const STORY = readFileSync(join(repoRoot, 'tests/fixtures/lantern-ferry.html'), 'utf8');
/** Names DOMPurify guards against clobbering, and the ones that walk a tree. */
const FORM_NAMES = ['parentNode', 'firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'childNodes', 'children', 'nodeType', 'nodeName', 'tagName', 'attributes', 'ownerDocument', 'textContent', 'getAttribute', 'hasAttribute', 'removeChild', 'hasChildNodes', 'insertBefore', 'setAttribute', 'removeAttribute', 'namespaceURI', 'querySelector', 'querySelectorAll', 'cloneNode', 'contains', 'closest', 'matches'];
const DOCUMENT_NAMES = ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'createElement', 'cloneNode', 'importNode', 'implementation', 'defaultView', 'body', 'documentElement', 'title', 'contentType', 'nodeType'];

function planted(markup) {
	return STORY.replace('<hr width="60%">', `${markup}<hr width="60%">`).replace('<p>"She kept a spare,"', `${markup}<p>"She kept a spare,"`);
}

/**
 * The reader on the page, read through prototype methods only: these pages
 * clobber the document's and forms' own properties, which the test tools' usual
 * queries (and `document.querySelector`) go through.
 */
function readerState(click) {
	const host = Document.prototype.querySelector.call(document, 'quire-reader');
	const shadow = host ? Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot').get.call(host) : null;
	const find = (selector) => (shadow ? DocumentFragment.prototype.querySelector.call(shadow, selector) : null);
	const launcher = find('[data-quire-launcher]');
	if (click && launcher) launcher.click();
	return {
		launcher: Boolean(launcher),
		dialog: Boolean(find('[role="dialog"]')),
		card: find('.quire-card')?.innerText ?? '',
		text: find('.quire-text')?.innerText ?? '',
	};
}

const NO_ANSWER = Symbol('no answer');

/** `page.evaluate`, or NO_ANSWER when the page does not answer in time (a frozen tab never does). */
function evaluateWithin(page, ms, fn, arg) {
	return Promise.race([page.evaluate(fn, arg), sleep(ms).then(() => NO_ANSWER)]);
}

async function waitForState(page, test, what) {
	for (let i = 0; i < 150; i++) {
		const state = await evaluateWithin(page, 2_000, readerState, false);
		assert.notEqual(state, NO_ANSWER, `the page stopped answering while waiting for ${what}`);
		if (test(state)) return state;
		await sleep(100);
	}
	throw new Error(`timed out waiting for ${what}`);
}

/** Whether the page's own script still runs within a second. */
async function answers(page) {
	return (await evaluateWithin(page, 1_000, () => 1 + 1)) === 2;
}

describe('Hostile pages in Chromium', { skip: skipUnless('chromium') }, () => {
	let chromium;
	let dir;
	const file = (name, html) => {
		const path = join(dir, name);
		writeFileSync(path, html);
		return pathToFileURL(path).href;
	};

	before(async () => {
		dir = mkdtempSync(join(tmpdir(), 'quire-hostile-'));
		chromium = await launchChromium();
	});
	after(async () => {
		await chromium?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	async function readerOpensOn(url) {
		const page = await chromium.context.newPage();
		await page.goto(url);
		await waitForState(page, (state) => state.launcher, 'the launcher');
		assert.ok(await answers(page), 'the page answers with the launcher up');
		assert.notEqual(await evaluateWithin(page, 2_000, readerState, true), NO_ANSWER);
		const state = await waitForState(page, (s) => s.dialog && s.text !== '', 'the reader');
		assert.match(state.card, /The Lantern Ferry/);
		assert.match(state.card, /Wren Halloway/);
		assert.match(state.text, /^The ferry left at dusk/);
		assert.ok(await answers(page), 'the page answers with the reader open');
		return page;
	}

	test('<form><input name=parentNode></form> in a story page: the launcher appears, the reader opens, the page answers', async () => {
		const page = await readerOpensOn(file('parent-node.html', planted('<form action="/search"><input name="parentNode"></form>')));
		await page.close();
	});

	test('every tree-walking name at once, on form controls by name and by id', async () => {
		const controls = FORM_NAMES.map((name, i) => (i % 2 ? `<input name="${name}">` : `<input id="${name}">`)).join('');
		const page = await readerOpensOn(file('form-names.html', planted(`<form action="/search">${controls}<button name="submit">Go</button></form>`)));
		await page.close();
	});

	test("images named after the document's own properties", async () => {
		const images = DOCUMENT_NAMES.map((name) => `<img name="${name}" src="dot.gif" alt="">`).join('');
		const page = await readerOpensOn(file('document-names.html', planted(images)));
		await page.close();
	});

	test('a page too big to read: no launcher, the toolbar says it is too big, the page answers', async () => {
		const rows = Array.from({ length: 32_000 }, (_, i) => `<p>Row <i>${i}</i> of the ledger.</p>`).join('');
		const url = file('too-big.html', `<html><head><title>Ledger</title></head><body><p>Title: The Ledger<br>Author: Wren Halloway<br>Rating: G</p>${rows}</body></html>`);
		const page = await chromium.context.newPage();
		await page.goto(url);
		const popup = await chromium.context.newPage();
		await popup.goto(chromium.extensionUrl('popup.html'));
		const answer = await popup.evaluate(async () => {
			const own = await chrome.tabs.getCurrent();
			const tabs = await chrome.tabs.query({});
			const target = tabs.filter((tab) => tab.id !== own?.id).at(-1);
			return chrome.runtime.sendMessage({ type: 'quire:open-in-tab', tabId: target.id });
		});
		assert.deepEqual(answer, { status: 'no-story', title: null, problem: 'too-big' });
		assert.equal((await evaluateWithin(page, 2_000, readerState, false)).launcher, false);
		assert.ok(await answers(page));
		await popup.close();
		await page.close();
	});
});
