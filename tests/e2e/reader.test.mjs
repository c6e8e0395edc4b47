/**
 * The reader overlay end to end, in Chromium and Firefox, on archive pages
 * served at their real URLs: demo pages of our own, and real corpus pages for
 * the header's true values (SOURCES.md).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Routes, demoRoutes, launchChromium, launchFirefox, skipUnless } from './browsers.mjs';
import { CORPUS_PAGES, corpusRoutes, skipUnlessCorpus } from './corpus.mjs';
import { dialogOpen, firstVisibleParagraph, themeClasses, scrollToParagraphAt, sleep, textStyle } from './reader-page.mjs';

const DEMO_CHAPTER_1 = 'https://archiveofourown.org/works/90000001/chapters/90000011';
const DEMO_CHAPTER_2 = 'https://archiveofourown.org/works/90000001/chapters/90000012';
const HIDDEN_WARNINGS_WORK = 'https://archiveofourown.org/works/90000004';
const SHOW_HIDDEN_WARNINGS = 'https://archiveofourown.org/tags/show_hidden?creation_id=90000004&creation_type=Work&tag_type=warnings';
// What AO3 answers to its "Show warnings" link (written for this test, in the shape of tags/show_hidden.js.erb).
const SHOW_HIDDEN_RESPONSE = String.raw`$j("#work_90000004_category_warnings").replaceWith("<li class=\"warnings\"><strong><a class=\"tag\" href=\"/tags/Major%20Character%20Death/works\">Major Character Death<\/a><\/strong><\/li>");`;
const corpusMissing = skipUnlessCorpus();

function routes() {
	const table = demoRoutes(new Routes()).add(SHOW_HIDDEN_WARNINGS, { body: SHOW_HIDDEN_RESPONSE, contentType: 'text/javascript; charset=utf-8' });
	return corpusMissing ? table : corpusRoutes(table);
}

describe('Reader in Chromium', { skip: skipUnless('chromium') }, () => {
	let chromium;
	let page;
	let table;
	before(async () => {
		table = routes();
		chromium = await launchChromium({ routes: table });
	});
	after(async () => chromium?.close());

	const open = async (url) => {
		page = await chromium.context.newPage();
		await page.goto(url);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog').waitFor();
		return page;
	};

	test('opens from the launcher as a dialog named after the story, with the corpus page’s true header', { skip: corpusMissing }, async () => {
		await open(CORPUS_PAGES.ao3WipChapter1.url);
		const dialog = page.getByRole('dialog', { name: 'Nobody Expects the Dragon Age Inquisition' });
		await dialog.waitFor();
		const card = page.getByRole('banner', { name: 'About this story' }).or(page.locator('quire-reader .quire-card'));
		const text = await card.first().innerText();
		for (const expected of ['enigmalea', 'Mature', 'No Archive Warnings Apply', 'Dragon Age: Inquisition', 'Dragon Age (Video Games)', 'Dragon Age - All Media Types', '14/?']) {
			assert.ok(text.includes(expected), `header shows ${expected}`);
		}
		await page.close();
	});

	test('folds and unfolds warnings, changes theme and size, and closes with Esc, giving focus and the page back', async () => {
		await open(DEMO_CHAPTER_1);
		const pageScroll = await page.evaluate(() => scrollY);
		await page.getByRole('button', { name: 'Reader settings' }).hover();
		await page.mouse.wheel(0, 600);
		await sleep(300);
		assert.equal(await page.evaluate(() => scrollY), pageScroll, 'the page underneath does not scroll');
		assert.equal(await page.evaluate(() => getComputedStyle(document.body).contentVisibility), 'hidden', 'the page underneath is not rendered');
		assert.equal(await page.evaluate(() => document.body.inert || document.body.closest('[inert]') !== null || [...document.body.children].every((c) => c.inert)), true, 'the page underneath is inert');

		await page.getByRole('button', { name: 'Reader settings' }).click();
		await page.getByRole('checkbox', { name: 'Hide warnings by default' }).check();
		await page.getByRole('button', { name: 'Show warnings' }).waitFor();
		assert.equal(await page.getByRole('dialog').getByText('No Archive Warnings Apply', { exact: true }).isVisible(), false, 'warnings folded');
		await page.getByRole('button', { name: 'Show warnings' }).click();
		await page.getByRole('dialog').getByText('No Archive Warnings Apply', { exact: true }).waitFor();
		await page.getByRole('button', { name: 'Hide warnings' }).click();
		assert.equal(await page.getByRole('dialog').getByText('No Archive Warnings Apply', { exact: true }).isVisible(), false, 'folded again');
		await page.getByRole('checkbox', { name: 'Hide warnings by default' }).uncheck();
		await page.getByRole('button', { name: 'Close settings' }).click();

		const sizeBefore = parseFloat(await page.evaluate(textStyle, 'font-size'));
		await page.getByRole('region', { name: 'Story text' }).focus();
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await page.waitForFunction((before) => parseFloat(getComputedStyle(document.querySelector('quire-reader').shadowRoot.querySelector('.quire-text p')).fontSize) > before, sizeBefore);
		const themeBefore = await page.evaluate(themeClasses);
		await page.keyboard.press('t');
		await page.waitForFunction((before) => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-root').className !== before, themeBefore);
		// Keys went to the reader, not the page below.
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('quire-reader').shadowRoot.querySelector('[role="dialog"]'));
		const focused = await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.activeElement?.textContent?.trim() ?? null);
		assert.match(focused ?? '', /Open reader/, 'focus returns to the launcher');
		assert.equal(await page.evaluate(() => getComputedStyle(document.body).contentVisibility), 'visible', 'the page is rendered again');
		assert.equal(await page.evaluate(() => [...document.body.children].some((c) => c.inert)), false, 'page no longer inert');
		await page.close();
	});

	test('after reading deep into the chapter, closing leaves the page scrolled to that place', async () => {
		await open(DEMO_CHAPTER_1);
		const text = await page.evaluate(scrollToParagraphAt, 0.7);
		await page.getByRole('button', { name: 'Close reader' }).click();
		await page.waitForFunction(() => window.scrollY > 200);
		const visible = await page.evaluate((needle) => {
			const hit = [...document.querySelectorAll('#chapters p')].find((p) => p.textContent.replace(/\s+/g, ' ').trim() === needle);
			const rect = hit?.getBoundingClientRect();
			return rect ? rect.top >= -5 && rect.top < window.innerHeight / 2 : false;
		}, text);
		assert.ok(visible, 'the paragraph the reader reached is at the top of the page');
		await page.close();
	});

	test('the popup’s "Open reader" opens the reader in that tab, through the background', async () => {
		page = await chromium.context.newPage();
		await page.goto(DEMO_CHAPTER_1);
		await page.getByRole('button', { name: 'Open reader' }).waitFor();
		const popup = await chromium.context.newPage();
		await popup.goto(chromium.extensionUrl('popup.html'));
		const answer = await popup.evaluate(async (url) => {
			const [tab] = await chrome.tabs.query({ url });
			return chrome.runtime.sendMessage({ type: 'quire:open-in-tab', tabId: tab.id });
		}, DEMO_CHAPTER_1);
		assert.deepEqual(answer, { status: 'opened', title: 'The Weather in Glass' });
		await page.getByRole('dialog', { name: 'The Weather in Glass' }).waitFor();
		await popup.close();
		await page.close();
	});

	test('warnings the archive hid are fetched from it only when the reader asks', async () => {
		await open(HIDDEN_WARNINGS_WORK);
		const dialog = page.getByRole('dialog');
		await dialog.getByText('The archive hid the warnings for this work.').waitFor();
		await page.waitForTimeout(500);
		assert.equal(table.requested.filter((url) => url.includes('show_hidden')).length, 0, 'nothing fetched before the click');
		await dialog.getByRole('button', { name: 'Show warnings' }).click();
		await dialog.getByText('Major Character Death').waitFor();
		assert.equal(table.requested.filter((url) => url.includes('show_hidden')).length, 1, 'fetched once, on request');
		await page.close();
	});

	test('the options page edits the same preferences, live in an open reader', async () => {
		await open(DEMO_CHAPTER_1);
		const options = await chromium.context.newPage();
		await options.goto(chromium.extensionUrl('options.html'));
		await options.getByRole('radio', { name: 'Black', exact: true }).check();
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-root').className.includes('quire-theme-black'));
		await options.getByRole('radio', { name: 'System', exact: true }).check();
		await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-root').className.includes('quire-theme-system'));
		await options.close();
		await page.close();
	});

	test('with "open automatically" on for a site, its story pages open in the reader by themselves', async () => {
		const options = await chromium.context.newPage();
		await options.goto(chromium.extensionUrl('options.html'));
		const autoOpen = options.getByRole('checkbox', { name: 'Open the reader automatically on Archive of Our Own' });
		await autoOpen.check();
		page = await chromium.context.newPage();
		await page.goto(DEMO_CHAPTER_2);
		await page.getByRole('dialog', { name: 'The Weather in Glass' }).waitFor({ timeout: 10_000 });
		await autoOpen.uncheck();
		await page.goto(DEMO_CHAPTER_1);
		await page.getByRole('button', { name: 'Open reader' }).waitFor();
		assert.equal(await page.getByRole('dialog').count(), 0, 'not opened once the preference is off');
		await options.close();
		await page.close();
	});

	test('Next chapter follows the archive’s real chapter URL and the reader stays open there', async () => {
		await open(DEMO_CHAPTER_1);
		await page.getByRole('button', { name: 'Next chapter' }).first().click();
		await page.waitForURL(DEMO_CHAPTER_2);
		await page.getByRole('dialog', { name: 'The Weather in Glass' }).waitFor({ timeout: 10_000 });
		await page.getByRole('button', { name: 'Table of contents' }).click();
		await page.getByRole('link', { name: /Cloud Cover/ }).or(page.getByRole('button', { name: /Cloud Cover/ })).first().waitFor();
		await page.close();
	});
});

describe('Reader in Firefox', { skip: skipUnless('firefox') }, () => {
	let firefox;
	before(async () => {
		firefox = await launchFirefox({ routes: routes() });
	});
	after(async () => firefox?.close());

	test('opens from the launcher with the corpus page’s true header, changes theme, closes with Esc', { skip: corpusMissing }, async () => {
		const page = await firefox.newPage();
		await page.goto(CORPUS_PAGES.ao3OneShotCrossover.url);
		await page.locator('quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).click();
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
		const header = await page.evaluate(() => document.querySelector('quire-reader').shadowRoot.querySelector('[role="dialog"]').getAttribute('aria-label') + '\n' + document.querySelector('quire-reader').shadowRoot.querySelector('.quire-card').innerText);
		for (const expected of ['the heart and the small change', 'Alias (anafabula)', 'Teen And Up Audiences', 'No Archive Warnings Apply', 'Twin Peaks', 'Welcome to Night Vale']) {
			assert.ok(header.includes(expected), `header shows ${expected}`);
		}
		const themeBefore = await page.evaluate(themeClasses);
		await page.keyboard.press('t');
		await page.waitForFunction((before) => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-root').className !== before, {}, themeBefore);
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('quire-reader').shadowRoot.querySelector('[role="dialog"]'));
		await page.close();
	});

	test('Next chapter on a demo chapter page keeps the reader open on the next page', async () => {
		const page = await firefox.newPage();
		await page.goto(DEMO_CHAPTER_1);
		await page.locator('quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).click();
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
		assert.ok(await page.evaluate(firstVisibleParagraph));
		await Promise.all([
			page.waitForNavigation(),
			page.locator('quire-reader >>> ::-p-aria(Next chapter)').click(),
		]);
		assert.equal(page.url(), DEMO_CHAPTER_2);
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
		await sleep(100);
		await page.close();
	});
});
