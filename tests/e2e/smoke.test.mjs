/**
 * Smoke test in both browsers: the built extension loads, its content script
 * recognises a story at a real archive URL and stays quiet elsewhere, and the
 * popup and options pages open.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Routes, demoRoutes, launchChromium, launchFirefox, skipUnless } from './browsers.mjs';

const STORY_URL = 'https://archiveofourown.org/works/90000001/chapters/90000011';
const LISTING_URL = 'https://archiveofourown.org/tags/Fluff/works';
const UNRELATED_URL = 'https://news.example.org/today';
const UNRELATED_PAGE = '<!doctype html><title>News</title><h1>Today</h1><p>Nothing to read here but the weather.</p>';

function routes() {
	return demoRoutes(new Routes())
		.add(LISTING_URL, { body: '<!doctype html><title>Works tagged Fluff</title><div id="main" class="works-index"><ol class="work index group"></ol></div>' })
		.add(UNRELATED_URL, { body: UNRELATED_PAGE });
}

/** Waits long enough for a content script and the reader it would load to have shown up. */
const QUIET_MS = 1500;

describe('Chromium smoke', { skip: skipUnless('chromium') }, () => {
	let chromium;
	before(async () => {
		chromium = await launchChromium({ routes: routes() });
	});
	after(async () => chromium?.close());

	test('the extension loads with its service worker', async () => {
		assert.match(chromium.extensionId, /^[a-p]{32}$/);
		const worker = await chromium.worker();
		const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
		assert.equal(manifest.manifest_version, 3);
		assert.ok(manifest.host_permissions.includes('https://archiveofourown.org/*'));
		assert.ok(!manifest.host_permissions.includes('<all_urls>'));
		// The browser, not the manifest, decides whether the suggested key is free; the command itself must be there.
		const commands = await worker.evaluate(() => chrome.commands.getAll());
		assert.ok(commands.some((command) => command.name === 'toggle-reader'));
		assert.equal(manifest.commands['toggle-reader'].suggested_key.default, 'Alt+Shift+R');
	});

	test('recognises a story at its real archive URL and shows the launcher', async () => {
		const page = await chromium.context.newPage();
		await page.goto(STORY_URL);
		await page.getByRole('button', { name: 'Open reader' }).waitFor({ timeout: 10_000 });
		await page.close();
	});

	test('stays quiet on an archive listing and on an unrelated site', async () => {
		const page = await chromium.context.newPage();
		for (const url of [LISTING_URL, UNRELATED_URL]) {
			await page.goto(url);
			await page.waitForTimeout(QUIET_MS);
			assert.equal(await page.locator('quire-reader').count(), 0, `no reader on ${url}`);
		}
		await page.close();
	});

	test('the popup and the options page open', async () => {
		const page = await chromium.context.newPage();
		await page.goto(chromium.extensionUrl('popup.html'));
		await page.getByRole('button', { name: 'Open reader' }).waitFor();
		await page.goto(chromium.extensionUrl('options.html'));
		await page.getByRole('heading', { name: 'Quire settings' }).waitFor();
		await page.close();
	});
});

describe('Chromium, the build as shipped', { skip: skipUnless('chromium') }, () => {
	test('the page cannot reach into the reader: its shadow root is closed', async () => {
		const chromium = await launchChromium({ routes: routes(), build: 'chrome' });
		try {
			const page = await chromium.context.newPage();
			await page.goto(STORY_URL);
			await page.waitForFunction(() => document.querySelector('quire-reader') !== null, null, { timeout: 10_000 });
			assert.equal(await page.evaluate(() => document.querySelector('quire-reader').shadowRoot), null);
		} finally {
			await chromium.close();
		}
	});
});

describe('Firefox smoke', { skip: skipUnless('firefox') }, () => {
	let firefox;
	before(async () => {
		firefox = await launchFirefox({ routes: routes() });
	});
	after(async () => firefox?.close());

	test('recognises a story at its real archive URL and shows the launcher', async () => {
		const page = await firefox.newPage();
		await page.goto(STORY_URL);
		await page.locator('quire-reader >>> button[aria-label="Open reader"], quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).wait();
		await page.close();
	});

	test('stays quiet on an archive listing and on an unrelated site', async () => {
		const page = await firefox.newPage();
		for (const url of [LISTING_URL, UNRELATED_URL]) {
			await page.goto(url);
			await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
			assert.equal(await page.$('quire-reader'), null, `no reader on ${url}`);
		}
		await page.close();
	});

	test('the popup and the options page open', async () => {
		const page = await firefox.newPage();
		await page.goto(STORY_URL);
		for (const [path, text] of [['popup.html', 'Open reader'], ['options.html', 'Quire settings']]) {
			await page.evaluate((url) => {
				location.href = url;
			}, firefox.extensionUrl(path));
			await page.waitForFunction((expected) => document.body?.innerText.includes(expected), { timeout: 10_000 }, text);
		}
		await page.close();
	});
});
