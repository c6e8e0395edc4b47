/**
 * The library end to end, in both browsers: a story opened in the reader at
 * its real URL is kept; with every request failing (the network off) the
 * library lists it with its status, and "Read the saved copy" shows its text
 * at the saved place. Status changes, search and filters are used on the way.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Routes, demoRoutes, launchChromium, launchFirefox, repoRoot, skipUnless } from './browsers.mjs';
import { dialogOpen, firstVisibleParagraph, scrollToParagraphAt, sleep } from './reader-page.mjs';

const STORY_URL = 'https://archiveofourown.org/works/90000001/chapters/90000011';
const TITLE = 'The Weather in Glass';
/** Longer than the tracker's save throttle. */
const SAVE_WAIT_MS = 1600;

describe('Library in Chromium', { skip: skipUnless('chromium') }, () => {
	let chromium;
	let routes;
	let target;
	before(async () => {
		routes = demoRoutes(new Routes());
		chromium = await launchChromium({ routes });
	});
	after(async () => chromium?.close());

	// An expression, not a function that builds one: the saved copy is an extension page, whose
	// content security policy forbids `new Function` (the protocol's own evaluation is exempt).
	const waitForParagraphAtTop = (page, text) => page.waitForFunction(
		`(${firstVisibleParagraph})() === ${JSON.stringify(text)}`,
		null,
		// Generous: the machine may be busy, and the place is put back once the reading font has loaded.
		{ timeout: 20_000 },
	);

	test('a story read on its archive page is kept with a copy', async () => {
		const page = await chromium.context.newPage();
		await page.goto(STORY_URL);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog').waitFor();
		// The header card shows the story's status once it is in the library.
		assert.equal(await page.getByRole('combobox', { name: 'In your library' }).inputValue(), 'reading');
		await sleep(SAVE_WAIT_MS);
		target = await page.evaluate(scrollToParagraphAt, 0.5);
		await sleep(SAVE_WAIT_MS);
		await page.getByRole('button', { name: 'Close reader' }).click();
		await page.close();
	});

	test('with the network off, the library lists it; status, search and filters work', async () => {
		routes.failAll();
		const page = await chromium.context.newPage();
		await page.goto(chromium.extensionUrl('library.html'));
		const story = page.getByRole('article', { name: TITLE });
		await story.waitFor();
		assert.match(await story.innerText(), /by quietlantern · Glasswing Observatory \(Web Serial\) · Archive of Our Own/);
		assert.match(await story.innerText(), /1 of 3 chapters · last read just now/);
		const status = page.getByRole('combobox', { name: `Status of ${TITLE}` });
		assert.equal(await status.inputValue(), 'reading');
		await story.getByRole('link', { name: 'Read the saved copy' }).waitFor();

		await status.selectOption({ label: 'Plan to read' });
		await page.reload();
		assert.equal(await page.getByRole('combobox', { name: `Status of ${TITLE}` }).inputValue(), 'plan');

		const search = page.getByRole('searchbox', { name: 'Search by title, author, fandom or tag' });
		await search.fill('nothing like it');
		await page.getByText('0 stories of 1').waitFor();
		await search.fill('glasswing');
		await story.waitFor();
		await search.fill('');
		await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Finished' });
		await page.getByText('0 stories of 1').waitFor();
		await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Plan to read' });
		await story.waitFor();
		await page.close();
	});

	test('"Read the saved copy" opens the reader offline at the saved place', async () => {
		const before = routes.requested.length;
		const page = await chromium.context.newPage();
		await page.goto(chromium.extensionUrl('library.html'));
		await page.getByRole('link', { name: 'Read the saved copy' }).click();
		await page.waitForURL(/saved\.html\?key=ao3%3A90000001$/);
		await page.getByRole('dialog', { name: TITLE }).waitFor();
		await waitForParagraphAtTop(page, target);
		await page.getByText(/Continued from chapter 1/).waitFor();
		// Every request since the network went off failed; the copy needed none of them.
		assert.ok(routes.requested.slice(before).every((url) => !url.includes('archiveofourown.org/works/90000001/chapters/90000011')));
		// Reading on in the copy moves the saved place, as on the archive.
		const further = await page.evaluate(scrollToParagraphAt, 0.8);
		assert.notEqual(further, target);
		await sleep(SAVE_WAIT_MS);
		await page.reload();
		await page.getByRole('dialog', { name: TITLE }).waitFor();
		await waitForParagraphAtTop(page, further);
		target = further;
		await page.close();
	});

	test('a damaged copy gets a clear message, and the library keeps everything else', async () => {
		const page = await chromium.context.newPage();
		await page.goto(chromium.extensionUrl('library.html'));
		await page.getByRole('article', { name: TITLE }).waitFor();
		// Tear the stored copy, as a disk error or a hand edit would.
		await page.evaluate(() => new Promise((resolve, reject) => {
			const request = indexedDB.open('quire-copies');
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const tx = request.result.transaction('copies', 'readwrite');
				tx.objectStore('copies').put({ v: 1, data: { torn: true } }, 'ao3:90000001');
				tx.oncomplete = () => resolve(request.result.close());
				tx.onerror = () => reject(tx.error);
			};
		}));
		await page.getByRole('link', { name: 'Read the saved copy' }).click();
		await page.getByRole('alert').filter({ hasText: 'This saved copy is damaged and cannot be opened.' }).waitFor();
		await page.getByRole('link', { name: 'Back to your library' }).click();
		const story = page.getByRole('article', { name: TITLE });
		await story.waitFor();
		assert.equal(await page.getByRole('combobox', { name: `Status of ${TITLE}` }).inputValue(), 'plan');
		await page.close();
	});

	test('the toolbar button\'s menu and the popup lead to the library', async () => {
		const worker = await chromium.worker();
		// Menus cannot be listed; updating one that does not exist fails, so this proves the toolbar item is there.
		const menu = await worker.evaluate(() => new Promise((resolve) => {
			chrome.contextMenus.update('quire-open-library', { contexts: ['action'] }, () => resolve(chrome.runtime.lastError?.message ?? 'ok'));
		}));
		assert.equal(menu, 'ok');
		const popup = await chromium.context.newPage();
		await popup.goto(chromium.extensionUrl('popup.html'));
		const opened = chromium.context.waitForEvent('page');
		await popup.getByRole('link', { name: 'Your library' }).click();
		const library = await opened;
		await library.getByRole('heading', { name: 'Your library' }).waitFor();
		await library.close();
	});
});

describe('New chapters in Chromium', { skip: skipUnless('chromium') }, () => {
	const FFNET = 'https://www.fanfiction.net/s/90000002/1/The-Lantern-Keeper';
	let chromium;
	let routes;
	before(async () => {
		routes = new Routes();
		chromium = await launchChromium({ routes });
	});
	after(async () => chromium?.close());

	test('a page showing more chapters than before makes the library and the shelf say so, with no request of its own', async () => {
		// The FanFiction.net demo as it was when one chapter was posted, then as it is with three.
		const oneChapter = readFileSync(join(repoRoot, 'demo/ffnet/chapter-1.html'), 'utf8')
			.replace(/<option value=[23]>[^<]*<\/option>/g, '')
			.replace('Chapters: 3', 'Chapters: 1');
		routes.add(FFNET, { body: oneChapter });
		const page = await chromium.context.newPage();
		const openReader = async () => {
			await page.goto(FFNET);
			await page.getByRole('button', { name: 'Open reader' }).click();
			await page.getByRole('combobox', { name: 'In your library' }).waitFor();
			await sleep(SAVE_WAIT_MS);
			await page.evaluate(scrollToParagraphAt, 0.3);
			await sleep(SAVE_WAIT_MS);
			await page.getByRole('button', { name: 'Close reader' }).click();
		};
		await openReader();
		demoRoutes(routes);
		await openReader();
		const library = await chromium.context.newPage();
		await library.goto(chromium.extensionUrl('library.html'));
		const story = library.getByRole('article', { name: 'The Lantern Keeper' });
		await story.getByText('2 new chapters').waitFor();
		assert.match(await story.innerText(), /1 of 3 chapters/);
		const popup = await chromium.context.newPage();
		await popup.goto(chromium.extensionUrl('popup.html'));
		await popup.getByRole('button', { name: /The Lantern Keeper[\s\S]*2 new chapters/ }).waitFor();
		// Only the page the reader opened, twice: nothing was loaded in the background to count chapters.
		assert.deepEqual([...new Set(routes.requested.filter((url) => url.includes('fanfiction.net/s/')))], [FFNET]);
		assert.equal(routes.requested.filter((url) => url === FFNET).length, 2);
	});
});

describe('Library in Firefox', { skip: skipUnless('firefox') }, () => {
	let firefox;
	let routes;
	let page;
	let target;
	before(async () => {
		routes = demoRoutes(new Routes());
		firefox = await launchFirefox({ routes });
		page = await firefox.newPage();
	});
	after(async () => firefox?.close());

	const waitForText = (text) => page.waitForFunction((expected) => document.body?.innerText.includes(expected), { timeout: 10_000 }, text);
	/**
	 * Polls `fn` in the page until it returns true, across a navigation between
	 * extension pages (which the driver's own waits do not follow in Firefox).
	 */
	const waitAcrossNavigation = async (fn, ...args) => {
		const deadline = Date.now() + 10_000;
		for (;;) {
			if (await page.evaluate(fn, ...args).catch(() => false)) return;
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn.name || 'a condition'}`);
			await sleep(200);
		}
	};

	test('a story read on its archive page is kept with a copy', async () => {
		await page.goto(STORY_URL);
		await page.locator('quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).click();
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
		await sleep(SAVE_WAIT_MS);
		target = await page.evaluate(scrollToParagraphAt, 0.5);
		await sleep(SAVE_WAIT_MS);
		await page.locator('quire-reader >>> ::-p-aria(Close reader)').click();
		await page.waitForFunction(() => !document.querySelector('quire-reader')?.shadowRoot?.querySelector('[role="dialog"]'));
	});

	test('with the network off, the library lists it with its status; a status change and a search stick', async () => {
		routes.failAll();
		await page.evaluate((url) => {
			location.href = url;
		}, firefox.extensionUrl('library.html'));
		await waitForText(TITLE);
		const statusSelect = `select[aria-label="Status of ${TITLE}"]`;
		await page.waitForSelector(statusSelect);
		assert.equal(await page.$eval(statusSelect, (select) => select.value), 'reading');
		await page.select(statusSelect, 'finished');
		await page.waitForFunction((selector) => document.querySelector(selector)?.value === 'finished', {}, statusSelect);
		await page.type('input[type="search"]', 'quietlantern');
		await waitForText('1 story');
		await page.select('.library-filters select', 'dropped');
		await waitForText('0 stories of 1');
		await page.select('.library-filters select', 'finished');
		await waitForText('1 story');
	});

	test('"Read the saved copy" opens the reader offline at the saved place', async () => {
		// The driver may not reload an extension page itself; the page may.
		await page.evaluate(() => location.reload());
		await page.waitForSelector('a.library-read');
		assert.equal(await page.$eval(`select[aria-label="Status of ${TITLE}"]`, (select) => select.value), 'finished');
		await page.click('a.library-read');
		await waitAcrossNavigation(() => /saved\.html\?key=ao3%3A90000001$/.test(location.href));
		await waitAcrossNavigation(dialogOpen);
		await waitAcrossNavigation((fn, expected) => new Function(`return (${fn})()`)() === expected, firstVisibleParagraph.toString(), target);
	});
});
