/**
 * A Dreamwidth entry (our own fixture) served at a real entry URL. Journals are
 * an optional host: no content script runs there until the reader grants the
 * site, so the reader comes the way it does for any page Quire has no
 * permission for: the toolbar button. In Chromium the test presses it through
 * the DevTools protocol (`Extensions.triggerAction` on the tab, which grants
 * activeTab and opens the popup, exactly as a click does), then sends the
 * popup's own "Open reader" message from an extension page. A reload ends the
 * activeTab grant, so the reader is opened the same way again after it.
 *
 * Firefox has no such protocol command, so there the reader grants the site
 * instead, as the options page's switch does: a real click on an extension page
 * calls `permissions.request` for Dreamwidth (with Firefox's test preference
 * that answers optional-permission requests without a prompt). The background
 * then registers the content script for it and starts it in the open tab, so the
 * entry gets the launcher, before and after the reload.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Routes, launchChromium, launchFirefox, repoRoot, skipUnless } from './browsers.mjs';
import { dialogOpen, firstVisibleParagraph, scrollToParagraphAt, sleep } from './reader-page.mjs';

const ENTRY = 'https://someone.dreamwidth.org/1234.html';
const START = 'https://start.example/';
const TITLE = "The Lamplighter's Ledger";
/** Longer than the tracker's save throttle. */
const SAVE_WAIT_MS = 1600;

describe('Dreamwidth entry in Chromium (optional host, opened from the toolbar)', { skip: skipUnless('chromium') }, () => {
	let chromium;
	let page;
	before(async () => {
		const routes = new Routes().addFile(ENTRY, join(repoRoot, 'tests/fixtures/dreamwidth-entry.html'));
		chromium = await launchChromium({ routes });
		page = await chromium.context.newPage();
		// A small window, so the short story scrolls.
		await page.setViewportSize({ width: 520, height: 420 });
	});
	after(async () => chromium?.close());

	/** Presses Quire's toolbar button on the entry's tab, then the popup's "Open reader". */
	async function openFromToolbar() {
		const cdp = await chromium.context.browser().newBrowserCDPSession();
		const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
		const tab = targetInfos.find((t) => t.url === ENTRY);
		assert.ok(tab, 'the entry has a tab');
		await cdp.send('Extensions.triggerAction', { id: chromium.extensionId, targetId: tab.targetId });
		await cdp.detach();
		const extensionPage = await chromium.context.newPage();
		await extensionPage.goto(chromium.extensionUrl('popup.html'));
		const answer = await extensionPage.evaluate(async (url) => {
			// The tab's address is visible to Quire only through the activeTab grant the toolbar gave it.
			const [found] = await chrome.tabs.query({ url });
			return found ? chrome.runtime.sendMessage({ type: 'quire:open-in-tab', tabId: found.id }) : { status: 'tab not visible' };
		}, ENTRY);
		await extensionPage.close();
		assert.deepEqual(answer, { status: 'opened', title: TITLE });
		await page.waitForFunction(dialogOpen);
	}

	const waitForParagraphAtTop = (text) => page.waitForFunction(
		([fn, expected]) => new Function(`return (${fn})()`)() === expected,
		[firstVisibleParagraph.toString(), text],
		{ timeout: 10_000 },
	);

	test('without a grant the journal gets no content script, and Quire cannot see the tab', async () => {
		const manifest = await (await chromium.worker()).evaluate(() => chrome.runtime.getManifest());
		assert.ok(manifest.optional_host_permissions.includes('https://*.dreamwidth.org/*'));
		assert.ok(!manifest.host_permissions.some((h) => h.includes('dreamwidth')));
		assert.ok(!manifest.content_scripts.some((c) => c.matches.some((m) => m.includes('dreamwidth'))));
		await page.goto(ENTRY);
		await sleep(500);
		assert.equal(await page.evaluate(() => document.querySelector('quire-reader')), null, 'no launcher on an optional host');
		const extensionPage = await chromium.context.newPage();
		await extensionPage.goto(chromium.extensionUrl('popup.html'));
		assert.equal(await extensionPage.evaluate((url) => chrome.tabs.query({ url }).then((t) => t.length), ENTRY), 0);
		await extensionPage.close();
	});

	test('the toolbar opens the reader on the entry: its fic header on the card, the story alone in the text', async () => {
		await openFromToolbar();
		await page.getByRole('dialog', { name: TITLE }).waitFor();
		const card = await page.locator('quire-reader .quire-card').innerText();
		for (const expected of ['someone', 'Teen', 'Harbour Lights (TV)', 'Maren Holt', 'Every night the harbour lamps are lit by hand']) {
			assert.ok(card.includes(expected), `header shows ${expected}`);
		}
		const text = await page.locator('quire-reader .quire-text').first().innerText();
		assert.match(text, /^\s*The ledger lived on a hook by the door of the lamp house/);
		assert.match(text, /how long the last lamp had taken\.\s*$/);
		for (const unwanted of ['Title:', 'Fandom:', 'Read more', 'accomplished', 'foghorns', 'not crying', 'pretend not to be pleased', 'Previous Entry', 'Recent Entries']) {
			assert.ok(!text.includes(unwanted), `no "${unwanted}" in the text`);
		}
	});

	test('after a reload, opened again from the toolbar, the same paragraph is at the top', async () => {
		// Tracking starts once the reading font has loaded (at most 1.5 s).
		await sleep(SAVE_WAIT_MS);
		const target = await page.evaluate(scrollToParagraphAt, 0.6);
		assert.doesNotMatch(target, /^The ledger lived/, 'a paragraph well into the story');
		await sleep(SAVE_WAIT_MS);
		assert.equal(await page.evaluate(firstVisibleParagraph), target);
		await page.reload();
		await openFromToolbar();
		await page.getByText(/Continued from \d+%/).waitFor();
		await waitForParagraphAtTop(target);
	});
});

describe('Dreamwidth entry in Firefox (optional host, granted)', { skip: skipUnless('firefox') }, () => {
	let firefox;
	let page;
	before(async () => {
		const routes = new Routes()
			.addFile(ENTRY, join(repoRoot, 'tests/fixtures/dreamwidth-entry.html'))
			.add(START, { body: '<!DOCTYPE html><title>start</title><p>A page to leave from.</p>' });
		firefox = await launchFirefox({ routes, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
		page = await firefox.newPage();
		await page.setViewport({ width: 520, height: 420 });
	});
	after(async () => firefox?.close());

	/** An extension page (the popup) in its own tab: the test build lets a web page navigate to it. */
	async function extensionPage() {
		const tab = await firefox.newPage();
		await tab.goto(START);
		await tab.evaluate((url) => {
			location.href = url;
		}, firefox.extensionUrl('popup.html'));
		await tab.waitForFunction(() => document.body?.innerText.includes('Open reader'), { timeout: 10_000 });
		return tab;
	}

	/** The launcher on the entry, once the granted content script has recognised it. */
	async function openReader() {
		await page.locator('quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).click();
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
		const title = await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.querySelector('[role="dialog"]').getAttribute('aria-label'));
		assert.equal(title, TITLE);
	}

	const waitForParagraphAtTop = (text) => page.waitForFunction(
		(fn, expected) => new Function(`return (${fn})()`)() === expected,
		{ timeout: 10_000 },
		firstVisibleParagraph.toString(),
		text,
	);

	test('granting Dreamwidth (a click, as on the options page) gives the open entry the launcher, and the reader reads it', async () => {
		await page.goto(ENTRY);
		await sleep(500);
		assert.equal(await page.$('quire-reader'), null, 'no launcher on an optional host before the grant');
		const popup = await extensionPage();
		await popup.evaluate(() => {
			const button = document.createElement('button');
			button.id = 'grant-dreamwidth';
			button.textContent = 'Allow Dreamwidth';
			button.addEventListener('click', () => {
				browser.permissions.request({ origins: ['https://*.dreamwidth.org/*'] }).then((granted) => {
					button.dataset.granted = String(granted);
				});
			});
			document.body.prepend(button);
		});
		await popup.click('#grant-dreamwidth');
		await popup.waitForFunction(() => document.getElementById('grant-dreamwidth').dataset.granted === 'true', { timeout: 10_000 });
		await popup.close();
		await openReader();
		const card = await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-card').innerText);
		for (const expected of ['someone', 'Teen', 'Harbour Lights (TV)', 'Maren Holt']) assert.ok(card.includes(expected), `header shows ${expected}`);
		const text = await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-text').textContent);
		assert.match(text, /^\s*The ledger lived on a hook/);
		for (const unwanted of ['Title:', 'Read more', 'accomplished', 'not crying', 'Previous Entry']) assert.ok(!text.includes(unwanted), `no "${unwanted}" in the text`);
	});

	test('after a reload the launcher is back, and the same paragraph is at the top', async () => {
		// Tracking starts once the reading font has loaded (at most 1.5 s).
		await sleep(SAVE_WAIT_MS);
		const target = await page.evaluate(scrollToParagraphAt, 0.6);
		assert.doesNotMatch(target, /^The ledger lived/, 'a paragraph well into the story');
		await sleep(SAVE_WAIT_MS);
		await page.reload();
		await openReader();
		await waitForParagraphAtTop(target);
	});
});
