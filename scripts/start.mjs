#!/usr/bin/env node
/**
 * `npm start`: build Quire, serve the demo stories, and open Chromium with
 * Quire loaded. The demo pages are shown at their real archive URLs (the
 * browser's requests are routed to local files, nothing goes to the network),
 * so Quire behaves exactly as it does on the archives.
 *
 * With a display: a Chromium window opens on the demo's landing page.
 * Without one (or with --headless): screenshots go to dist/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PHONE, browserPath, demoRoutes, launchChromium, repoRoot } from '../tests/e2e/browsers.mjs';
import { openPhoneReader, readOn } from './phone-screenshots.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const screenshots = join(repoRoot, 'dist/screenshots');

function fail(message) {
	console.error(`\nnpm start: ${message}\n`);
	process.exit(1);
}

/** More of the reader than the top of a page: folding from the header card, the settings, the table of contents. */
async function readerViews(page) {
	const shot = async (name) => {
		await page.waitForTimeout(300);
		await page.screenshot({ path: join(screenshots, name) });
		return name;
	};
	await page.goto(demo[0].url);
	await page.getByRole('button', { name: 'Open reader' }).click();
	await page.getByRole('dialog').waitFor();
	const saved = [];
	const folds = ['Always fold warnings', 'Always fold notes'].map((name) => page.getByRole('checkbox', { name }));
	for (const fold of folds) await fold.check();
	await page.getByRole('button', { name: 'Show warnings' }).waitFor();
	// Tall enough for the whole header card, from the folded warnings to the "Always fold" choices.
	const size = page.viewportSize();
	await page.setViewportSize({ width: size.width, height: 1250 });
	await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-scroller').scrollTo({ top: 0, behavior: 'instant' }));
	saved.push(await shot('reader-folding.png'));
	await page.setViewportSize(size);
	for (const fold of folds) await fold.uncheck();
	await page.getByRole('button', { name: 'Reader settings' }).click();
	saved.push(await shot('reader-settings.png'));
	await page.getByRole('button', { name: 'Close settings' }).click();
	await page.getByRole('button', { name: 'Table of contents' }).click();
	saved.push(await shot('reader-contents.png'));
	await page.getByRole('button', { name: 'Close table of contents' }).click();
	return saved;
}

/** The reader on a phone-sized screen (Chromium's mobile emulation), reading and with the settings sheet. */
async function phoneView() {
	const phone = await launchChromium({ routes, device: PHONE });
	try {
		const page = await openPhoneReader(phone, demo[1].url);
		await readOn(page);
		await page.screenshot({ path: join(screenshots, 'phone-reader.png') });
		await page.touchscreen.tap(195, 420);
		await page.getByRole('button', { name: 'Reader settings' }).tap();
		await page.getByRole('region', { name: 'Reader settings' }).waitFor();
		await page.waitForTimeout(300);
		await page.screenshot({ path: join(screenshots, 'phone-settings.png') });
		return ['phone-reader.png', 'phone-settings.png'];
	} finally {
		await phone.close();
	}
}

if (!browserPath('chromium')) {
	fail('Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or point QUIRE_CHROMIUM at a Chromium or Chrome binary, then run `npm start` again.');
}

// The screenshots need the test build, whose reader a script can look into; a person gets the real one.
const built = spawnSync(process.execPath, [join(repoRoot, 'build.mjs'), '--test'], { stdio: 'inherit' });
if (built.status !== 0) fail('the build failed (see above).');

const demo = JSON.parse(readFileSync(join(repoRoot, 'demo/index.json'), 'utf8'));
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The landing page, served locally; its links go to the routed archive URLs. */
const landing = `<!doctype html><meta charset="utf-8"><title>Quire demo</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}a{color:#1a5fb4}li{margin:.4rem 0}small{color:#555}</style>
<h1>Quire demo</h1>
<p>Quire is loaded in this browser. Open a story below: a small <b>Open reader</b> button appears in the corner of story pages
(or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd>). The personal-archive pages are on a site Quire does not know, as most old archives are:
there, click Quire's toolbar button and <b>Open reader</b>. These pages are our own demo stories, shown at archive addresses; nothing is fetched from the internet.</p>
<ul>${demo.map((page) => `<li><a href="${escapeHtml(page.url)}">${escapeHtml(page.title)}</a> <small>${escapeHtml(page.kind)} · ${escapeHtml(new URL(page.url).hostname)}</small></li>`).join('')}</ul>`;

const server = createServer((request, response) => {
	const path = new URL(request.url ?? '/', 'http://localhost').pathname;
	const page = demo.find((entry) => `/demo/${entry.file}` === path);
	if (path === '/') {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(landing);
	} else if (page) {
		response.writeHead(200, { 'content-type': page.contentType }).end(readFileSync(join(repoRoot, 'demo', page.file)));
	} else {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
	}
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const home = `http://127.0.0.1:${server.address().port}/`;
const routes = demoRoutes();

const chromium = await launchChromium({ routes, headless, build: headless ? 'chrome-test' : 'chrome' });
console.log(`\nDemo server: ${home}`);
console.log('Load Quire by hand elsewhere: chrome://extensions → Developer mode → "Load unpacked" → dist/chrome;');
console.log('Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → dist/firefox/manifest.json.\n');

if (!headless) {
	const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
	await page.goto(home);
	console.log('Chromium is open with Quire. Close the browser window (or press Ctrl+C) to stop.');
	chromium.context.on('close', () => process.exit(0));
	process.on('SIGINT', async () => {
		await chromium.close();
		process.exit(0);
	});
} else {
	mkdirSync(screenshots, { recursive: true });
	const page = await chromium.context.newPage();
	const saved = [];
	for (const entry of demo) {
		const name = entry.file.replace(/[/.]/g, '-').replace(/-html?$/, '');
		// Pages on hosts Quire does not know open through the toolbar button (activeTab), which a
		// script cannot press; opened from disk instead, they show the same generic reader.
		const known = await chromium.worker().then((worker) => worker.evaluate((url) => chrome.runtime.getManifest().host_permissions.includes(`${new URL(url).origin}/*`), entry.url));
		await page.goto(known ? entry.url : pathToFileURL(join(repoRoot, 'demo', entry.file)).href);
		const launcher = page.getByRole('button', { name: 'Open reader' });
		const recognised = await launcher.waitFor({ timeout: 5000 }).then(() => true, () => false);
		await page.screenshot({ path: join(screenshots, `${name}-page.png`) });
		saved.push(`${name}-page.png${recognised ? ' (Quire recognised the page)' : ' (no launcher: not a story page)'}`);
		if (recognised) {
			await launcher.click();
			await page.getByRole('dialog').waitFor({ timeout: 5000 });
			await page.waitForTimeout(300);
			await page.screenshot({ path: join(screenshots, `${name}-reader.png`) });
			saved.push(`${name}-reader.png`);
		}
	}
	saved.push(...(await readerViews(page)));
	await chromium.close();
	saved.push(...(await phoneView()));
	server.close();
	console.log(`Headless (no display): screenshots of the demo are in ${screenshots}/`);
	for (const file of saved) console.log(`  ${file}`);
}
