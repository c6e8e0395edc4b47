/**
 * "Download EPUB" from the open reader, end to end: the demo's entire-work
 * page at its real AO3 address, the button in the reader's settings, and the
 * file the browser saves — a zip whose package document names the story and
 * lists every chapter.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Routes, demoRoutes, launchChromium, launchFirefox, skipUnless } from './browsers.mjs';
import { dialogOpen, sleep } from './reader-page.mjs';

const ENTIRE_WORK = 'https://archiveofourown.org/works/90000001?view_full_work=true';
const TITLE = 'The Weather in Glass';
const FILE_NAME = 'The Weather in Glass - quietlantern.epub';

/** The book's package document, and the chapter documents its spine lists. */
function readBook(bytes) {
	assert.equal(strFromU8(bytes.subarray(30, 38)), 'mimetype', 'mimetype is the first entry');
	const files = unzipSync(bytes);
	assert.equal(strFromU8(files.mimetype), 'application/epub+zip');
	const opf = strFromU8(files['OEBPS/content.opf']);
	const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1]);
	return { opf, spine, files };
}

function checkBook(bytes) {
	const { opf, spine, files } = readBook(bytes);
	assert.match(opf, new RegExp(`<dc:title>${TITLE}</dc:title>`));
	assert.match(opf, /<dc:creator id="creator-1">quietlantern<\/dc:creator>/);
	assert.deepEqual(spine, ['title-page', 'chapter-1', 'chapter-2', 'chapter-3']);
	assert.match(strFromU8(files['OEBPS/chapter-3.xhtml']), /<h2 id="chapter-title" class="chapter-title">/);
}

describe('Download EPUB in Chromium', { skip: skipUnless('chromium') }, () => {
	let chromium;
	before(async () => {
		chromium = await launchChromium({ routes: demoRoutes(new Routes()) });
	});
	after(async () => chromium?.close());

	test('the reader\'s settings offer the story as an EPUB, from the keyboard too', async () => {
		const page = await chromium.context.newPage();
		await page.goto(ENTIRE_WORK);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog', { name: TITLE }).waitFor();
		await page.getByRole('button', { name: 'Reader settings' }).click();
		const button = page.getByRole('button', { name: 'Download EPUB' });
		await page.getByText('An e-book of all 3 chapters.').waitFor();

		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		assert.equal(download.suggestedFilename(), FILE_NAME);
		checkBook(readFileSync(await download.path()));
		await page.getByText(`Downloading “${FILE_NAME}”.`).waitFor();

		await button.focus();
		const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		checkBook(readFileSync(await again.path()));
		assert.equal(await page.evaluate(() => document.querySelectorAll('a[download]').length), 0, 'nothing was left in the page');
		await page.close();
	});
});

/** A tab in a browser context that saves downloads to `folder`, its requests answered from `routes`. */
async function firefoxPageSavingTo(firefox, routes, folder) {
	const context = await firefox.browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: folder } });
	const page = await context.newPage();
	await page.setRequestInterception(true);
	page.on('request', (request) => {
		if (!/^https?:\/\//.test(request.url())) return void request.continue();
		const { status, contentType, body } = routes.resolve(request.url());
		void request.respond({ status, contentType, body });
	});
	return page;
}

describe('Download EPUB in Firefox', { skip: skipUnless('firefox') }, () => {
	let firefox;
	let downloads;
	before(async () => {
		downloads = mkdtempSync(join(tmpdir(), 'quire-downloads-'));
		firefox = await launchFirefox();
	});
	after(async () => {
		await firefox?.close();
		rmSync(downloads, { recursive: true, force: true });
	});

	test('the content script\'s download reaches the downloads folder', async () => {
		const page = await firefoxPageSavingTo(firefox, demoRoutes(new Routes()), downloads);
		await page.goto(ENTIRE_WORK);
		await page.locator('quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).click();
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
		await page.locator('quire-reader >>> ::-p-aria(Reader settings)').click();
		await page.locator('quire-reader >>> ::-p-aria(Download EPUB)').click();
		const saved = join(downloads, FILE_NAME);
		for (let waited = 0; !(existsSync(saved) && readFileSync(saved).length > 0) && waited < 15_000; waited += 100) await sleep(100);
		assert.deepEqual(readdirSync(downloads).filter((name) => !name.endsWith('.part')), [FILE_NAME]);
		await sleep(300);
		checkBook(readFileSync(saved));
		await page.close();
	});
});
