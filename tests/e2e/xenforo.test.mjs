/**
 * A XenForo forum end to end: our own Sufficient Velocity reader-mode page and
 * thread page (XenForo 2 markup, text written for the tests) served at their
 * real URLs. The reader shows the threadmarked posts as chapters, never the
 * comments, signatures or reactions around them, and keeps the place across a
 * reload and from reader mode to the thread page holding the same post.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Routes, launchChromium, launchFirefox, repoRoot, skipUnless } from './browsers.mjs';
import { dialogOpen, firstVisibleParagraph, scrollToParagraphAt, sleep } from './reader-page.mjs';

const THREAD = 'https://forums.sufficientvelocity.com/threads/some-quest.12345/';
const READER = `${THREAD}reader/page-2`;
const THREAD_PAGE = `${THREAD}page-11`;
const TITLES = ['Turn 11: The Salt Ledger', 'Turn 12: Fog Bells', 'Interlude: Ballast'];
const NEVER_IN_TEXT = ['Gullwing said:', 'Read the old ledger before the lamp is lit', 'Click to expand', 'Also writing', '41 others', 'Keeper of the Light'];
/** Longer than the tracker's save throttle. */
const SAVE_WAIT_MS = 1600;

function routes() {
	return new Routes()
		.addFile(READER, join(repoRoot, 'tests/fixtures/xenforo-sv-reader.html'))
		.addFile(THREAD_PAGE, join(repoRoot, 'tests/fixtures/xenforo-sv-thread-page.html'));
}

/** In the page: the reader's chapter headings, its story text, and its spoiler blocks. */
function readerContents() {
	const root = document.querySelector('quire-reader').shadowRoot;
	return {
		headings: [...root.querySelectorAll('.quire-chapter-title')].map((h) => h.textContent.trim()),
		text: [...root.querySelectorAll('.quire-text')].map((t) => t.textContent).join('\n'),
		card: root.querySelector('.quire-card')?.textContent ?? '',
		spoilers: [...root.querySelectorAll('.quire-text details')].map((d) => ({ summary: d.querySelector('summary')?.textContent.trim(), open: d.open })),
	};
}

function assertReaderContents(contents) {
	assert.ok(contents.card.includes('The Lighthouse Ledger'), 'the thread title is the story title');
	assert.ok(contents.card.includes('Tidewright'), 'the thread starter is the author');
	assert.equal(contents.headings.length, 3);
	TITLES.forEach((title, i) => assert.ok(contents.headings[i]?.includes(title), `chapter ${i + 1} is the threadmark "${title}" (got ${contents.headings[i]})`));
	for (const chrome of NEVER_IN_TEXT) assert.ok(!contents.text.includes(chrome), `"${chrome}" is not story text`);
	assert.ok(contents.text.includes('Ship without lights passed at the third bell.'), 'the author’s own quote stays');
	assert.deepEqual(contents.spoilers, [{ summary: 'Spoiler: Vote options', open: false }]);
}

describe('XenForo reader mode in Chromium', { skip: skipUnless('chromium') }, () => {
	let chromium;
	let page;
	let target;
	before(async () => {
		chromium = await launchChromium({ routes: routes() });
	});
	after(async () => chromium?.close());

	const openReader = async (url) => {
		page ??= await chromium.context.newPage();
		await page.goto(url);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog', { name: 'The Lighthouse Ledger' }).waitFor();
	};
	const waitForParagraphAtTop = (text) => page.waitForFunction(
		([fn, expected]) => new Function(`return (${fn})()`)() === expected,
		[firstVisibleParagraph.toString(), text],
		{ timeout: 10_000 },
	);

	test('opens on the reader page with the thread’s title and starter, one chapter per threadmark, and no comment chrome', async () => {
		await openReader(READER);
		assertReaderContents(await page.evaluate(readerContents));
	});

	test('after a reload the same paragraph is at the top, and the reader says which threadmark it continued from', async () => {
		// Tracking starts once the reading font has loaded (at most 1.5 s).
		await sleep(SAVE_WAIT_MS);
		target = await page.evaluate(scrollToParagraphAt, 0.6);
		await sleep(SAVE_WAIT_MS);
		assert.equal(await page.evaluate(firstVisibleParagraph), target);
		await page.reload();
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByText(/Continued from chapter 12/).waitFor();
		await waitForParagraphAtTop(target);
	});

	test('the thread page holding the same threadmarked post opens at the same paragraph', async () => {
		await page.getByRole('button', { name: 'Close reader' }).click();
		await openReader(THREAD_PAGE);
		const contents = await page.evaluate(readerContents);
		assert.equal(contents.headings.length, 2);
		for (const comment of ['If the ship answers a lamp', 'I have chills', 'so much worse than a ghost']) assert.ok(!contents.text.includes(comment), `the comment "${comment}" is not story text`);
		await waitForParagraphAtTop(target);
	});
});

describe('XenForo reader mode in Firefox', { skip: skipUnless('firefox') }, () => {
	let firefox;
	let page;
	before(async () => {
		firefox = await launchFirefox({ routes: routes() });
		page = await firefox.newPage();
	});
	after(async () => firefox?.close());

	const openReader = async (url) => {
		await page.goto(url);
		await page.locator('quire-reader >>> ::-p-aria(Open reader)').setTimeout(10_000).click();
		await page.waitForFunction(dialogOpen, { timeout: 10_000 });
	};

	test('shows the threadmarks as chapters without comment chrome, and keeps the place after a reload', async () => {
		await openReader(READER);
		assertReaderContents(await page.evaluate(readerContents));
		await sleep(SAVE_WAIT_MS);
		const target = await page.evaluate(scrollToParagraphAt, 0.6);
		await sleep(SAVE_WAIT_MS);
		await openReader(READER);
		await page.waitForFunction(
			(fn, expected) => new Function(`return (${fn})()`)() === expected,
			{ timeout: 10_000 },
			firstVisibleParagraph.toString(),
			target,
		);
	});
});
