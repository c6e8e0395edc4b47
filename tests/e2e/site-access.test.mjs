/**
 * Optional sites, end to end in a headed Chromium on a virtual display: the
 * reader switches a long-tail archive on in the options page and says yes in
 * the browser's own permission prompt (by keyboard); that archive's pages get
 * the launcher, the page already open included. Switching it off takes it
 * away. The popup's "Always open Quire on this site" does the same for any
 * other site.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Routes, demoRoutes, launchChromium, skipUnless } from './browsers.mjs';
import { corpusDir, skipUnlessCorpus } from './corpus.mjs';
import { skipUnlessDisplayTools, startDisplay } from './display.mjs';

const MEDIAMINER_URL = 'https://www.mediaminer.org/fanfic/s/inuyasha-fan-fiction/a-miko-s-instincts/102126';
const MEDIAMINER_ORIGINS = ['https://www.mediaminer.org/*', 'https://mediaminer.org/*'];
const PERSONAL_URL = 'http://www.example-fanfic-archive.net/stories/winter-harbour.html';
const QUIET_MS = 1500;

const skip = skipUnless('chromium') || skipUnlessCorpus() || skipUnlessDisplayTools();

describe('Chromium: sites the reader switches on and off', { skip }, () => {
	let display;
	let chromium;
	before(async () => {
		display = await startDisplay();
		const routes = demoRoutes(new Routes()).addFile(MEDIAMINER_URL, join(corpusDir, 'mediaminer/story-index-page.html'));
		chromium = await launchChromium({ routes, headless: false, display: display.display, debugPort: true });
	});
	after(async () => {
		await chromium?.close();
		await display?.stop();
	});

	const hasLauncher = (page) => page.locator('quire-reader').count().then((n) => n > 0);
	const granted = async (origins) => (await chromium.worker()).evaluate((o) => chrome.permissions.contains({ origins: o }), origins);
	const registered = async () => (await chromium.worker()).evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches));

	test('a long-tail archive is off until the reader switches it on, then its open page gets the launcher', async () => {
		const page = await chromium.context.newPage();
		await page.goto(MEDIAMINER_URL);
		await page.waitForTimeout(QUIET_MS);
		assert.equal(await hasLauncher(page), false, 'no launcher before the site is switched on');
		assert.equal(await granted(MEDIAMINER_ORIGINS), false);

		const options = await chromium.context.newPage();
		await options.goto(chromium.extensionUrl('options.html'));
		const toggle = options.getByRole('list', { name: 'Archives' }).getByRole('checkbox', { name: /MediaMiner/ });
		assert.equal(await toggle.isChecked(), false);
		await toggle.click();
		// The browser's own prompt: Tab to its Allow button and press it, as a person with a keyboard would.
		await options.waitForTimeout(1000);
		display.keys('Tab', 'Return');
		await options.getByRole('status').filter({ hasText: 'now offers its reader on MediaMiner' }).waitFor({ timeout: 10_000 });
		assert.equal(await granted(MEDIAMINER_ORIGINS), true);
		assert.ok((await registered()).includes('https://www.mediaminer.org/*'), 'the content script is registered for the archive');
		assert.equal(await toggle.isChecked(), true);

		await page.bringToFront();
		await page.waitForFunction(() => document.querySelector('quire-reader') !== null, null, { timeout: 10_000 });
		await page.reload();
		await page.waitForFunction(() => document.querySelector('quire-reader') !== null, null, { timeout: 10_000 });

		await options.bringToFront();
		await toggle.click();
		await options.getByRole('status').filter({ hasText: 'no longer opens on MediaMiner' }).waitFor({ timeout: 10_000 });
		assert.equal(await granted(MEDIAMINER_ORIGINS), false);
		assert.ok(!(await registered()).includes('https://www.mediaminer.org/*'), 'the registration is gone');
		await page.reload();
		await page.waitForTimeout(QUIET_MS);
		assert.equal(await hasLauncher(page), false, 'no launcher once the site is switched off');
		await options.close();
		await page.close();
	});

	test('"Always open Quire on this site" in the popup adds a personal archive; the options page removes it', async () => {
		const page = await chromium.context.newPage();
		await page.goto(PERSONAL_URL);
		await page.waitForTimeout(QUIET_MS);
		assert.equal(await hasLauncher(page), false);

		// The real popup, opened by the browser for the tab in front.
		await page.bringToFront();
		// The toolbar menu's shortcut, pressed as a person would: the browser lets the popup see this tab.
		display.keys('alt+shift+q');
		// Playwright does not list an extension's real popup: reach it as another DevTools client does.
		const { default: puppeteer } = await import('puppeteer-core');
		const devtools = await puppeteer.connect({ browserURL: chromium.devtoolsUrl(), defaultViewport: null });
		try {
			const target = await devtools.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
			const popup = await target.asPage();
			const ask = await popup.waitForSelector('::-p-text(Always open Quire on)', { timeout: 10_000 });
			assert.equal(await ask.evaluate((b) => b.textContent), 'Always open Quire on www.example-fanfic-archive.net');
			await ask.click();
			await page.waitForTimeout(1500);
		} finally {
			await devtools.disconnect();
		}
		display.keys('Tab', 'Return');
		const origin = ['*://www.example-fanfic-archive.net/*'];
		for (let i = 0; i < 50 && !(await granted(origin)); i++) await page.waitForTimeout(200);
		assert.equal(await granted(origin), true);

		await page.reload();
		await page.getByRole('button', { name: 'Open reader' }).waitFor({ timeout: 10_000 });

		const options = await chromium.context.newPage();
		await options.goto(chromium.extensionUrl('options.html'));
		const others = options.getByRole('list', { name: 'Other sites' });
		await others.getByText('www.example-fanfic-archive.net').waitFor();
		await others.getByRole('button', { name: 'Remove' }).click();
		await options.getByText('None yet.').waitFor({ timeout: 10_000 });
		assert.equal(await granted(origin), false);
		await page.reload();
		await page.waitForTimeout(QUIET_MS);
		assert.equal(await hasLauncher(page), false);
		await options.close();
		await page.close();
	});
});
