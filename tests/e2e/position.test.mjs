/**
 * Reading position end to end, on real corpus pages at their real URLs: the
 * same paragraph is back at the top after a reload, after layout changes, in
 * the entire-work view, and after a browser restart with the same profile.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Routes, demoRoutes, launchChromium, launchFirefox, skipUnless } from './browsers.mjs';
import { CORPUS_PAGES, corpusRoutes, skipUnlessCorpus } from './corpus.mjs';
import { dialogOpen, firstVisibleParagraph, scrollToParagraphAt, sleep } from './reader-page.mjs';

const corpusMissing = skipUnlessCorpus();
const CHAPTER = CORPUS_PAGES.ao3Chapter1SameWork.url;
const FULL_WORK = CORPUS_PAGES.ao3FullWork.url;
/** Longer than the tracker's save throttle. */
const SAVE_WAIT_MS = 1600;

describe('Reading position in Chromium', { skip: skipUnless('chromium') || corpusMissing }, () => {
	const profile = mkdtempSync(join(tmpdir(), 'quire-position-'));
	let chromium;
	let page;
	let target;
	before(async () => {
		chromium = await launchChromium({ routes: corpusRoutes(new Routes()), userDataDir: profile });
	});
	after(async () => {
		await chromium?.close();
		rmSync(profile, { recursive: true, force: true });
	});

	const openReader = async (url) => {
		page ??= await chromium.context.newPage();
		await page.goto(url);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog').waitFor();
	};
	const waitForParagraphAtTop = (text) => page.waitForFunction(
		([fn, expected]) => new Function(`return (${fn})()`)() === expected,
		[firstVisibleParagraph.toString(), text],
		{ timeout: 10_000 },
	);

	test('after a reload the same paragraph is at the top, and the reader says where it continued', async () => {
		await openReader(CHAPTER);
		// Tracking starts once the reading font has loaded (at most 1.5 s).
		await sleep(SAVE_WAIT_MS);
		target = await page.evaluate(scrollToParagraphAt, 0.6);
		await sleep(SAVE_WAIT_MS);
		assert.equal(await page.evaluate(firstVisibleParagraph), target);
		await page.reload();
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByText(/Continued from chapter 1/).waitFor();
		await waitForParagraphAtTop(target);
		await page.getByRole('button', { name: 'Back to start' }).waitFor();
	});

	test('changing size and width keeps the same paragraph at the top', async () => {
		await page.getByRole('button', { name: 'Reader settings' }).click();
		await page.getByRole('button', { name: 'Increase text size' }).click();
		await page.getByRole('button', { name: 'Increase text size' }).click();
		await page.getByRole('button', { name: 'Decrease text width' }).click();
		await page.getByRole('button', { name: 'Decrease text width' }).click();
		await page.getByRole('button', { name: 'Close settings' }).click();
		await waitForParagraphAtTop(target);
	});

	test('the entire-work view of the same story opens at the same paragraph', async () => {
		await page.getByRole('button', { name: 'Close reader' }).click();
		await openReader(FULL_WORK);
		await waitForParagraphAtTop(target);
	});

	test('after restarting the browser with the same profile, the place is still there', async () => {
		await sleep(SAVE_WAIT_MS);
		await chromium.close();
		chromium = await launchChromium({ routes: corpusRoutes(new Routes()), userDataDir: profile });
		page = undefined;
		await openReader(CHAPTER);
		await waitForParagraphAtTop(target);
	});

	test('the shelf in the popup lists the story, and one click reopens it at the saved place', async () => {
		const popup = await chromium.context.newPage();
		await popup.goto(chromium.extensionUrl('popup.html'));
		const entry = popup.getByRole('button', { name: /Harry Potter and Harry Potter/ });
		await entry.waitFor();
		assert.match(await entry.innerText(), /HarryPotterFanFicArchive_Archivist[\s\S]*chapter 1 of 4[\s\S]*\d+%/);
		const opened = chromium.context.waitForEvent('page');
		await entry.click();
		page = await opened;
		await page.waitForURL(CHAPTER);
		await page.getByRole('dialog').waitFor({ timeout: 10_000 });
		await waitForParagraphAtTop(target);
		await popup.close();
	});
});

describe('Reading position in Firefox', { skip: skipUnless('firefox') || corpusMissing }, () => {
	let firefox;
	let page;
	let target;
	before(async () => {
		firefox = await launchFirefox({ routes: corpusRoutes(new Routes()) });
		page = await firefox.newPage();
	});
	after(async () => firefox?.close());

	const openReader = async (url) => {
		await page.goto(url);
		await page.locator('quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).click();
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
	};
	const waitForParagraphAtTop = (text) => page.waitForFunction(
		(fn, expected) => new Function(`return (${fn})()`)() === expected,
		{ timeout: 10_000 },
		firstVisibleParagraph.toString(),
		text,
	);

	test('after a reload the same paragraph is at the top', async () => {
		await openReader(CHAPTER);
		// Tracking starts once the reading font has loaded (at most 1.5 s).
		await sleep(SAVE_WAIT_MS);
		target = await page.evaluate(scrollToParagraphAt, 0.6);
		await sleep(SAVE_WAIT_MS);
		await openReader(CHAPTER);
		await waitForParagraphAtTop(target);
	});

	test('the entire-work view opens at the same paragraph', async () => {
		await openReader(FULL_WORK);
		await waitForParagraphAtTop(target);
	});
});

describe('Reading position across chapter pages in Chromium', { skip: skipUnless('chromium') }, () => {
	const CHAPTER_1 = 'https://archiveofourown.org/works/90000001/chapters/90000011';
	const CHAPTER_3 = 'https://archiveofourown.org/works/90000001/chapters/90000013';
	let chromium;
	before(async () => {
		chromium = await launchChromium({ routes: demoRoutes(new Routes()) });
	});
	after(async () => chromium?.close());

	test('on a chapter behind the saved one, the reader offers to continue at the saved chapter', async () => {
		const page = await chromium.context.newPage();
		await page.goto(CHAPTER_3);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog').waitFor();
		// Tracking starts once the reading font has loaded; then closing saves the place at once.
		await sleep(SAVE_WAIT_MS);
		const target = await page.evaluate(scrollToParagraphAt, 0.5);
		await page.getByRole('button', { name: 'Close reader' }).click();
		await page.goto(CHAPTER_1);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('button', { name: 'Continue at chapter 3' }).click();
		await page.waitForURL(CHAPTER_3);
		await page.getByRole('dialog').waitFor({ timeout: 10_000 });
		await page.waitForFunction(
			([fn, expected]) => new Function(`return (${fn})()`)() === expected,
			[firstVisibleParagraph.toString(), target],
			{ timeout: 10_000 },
		);
		await page.close();
	});
});
