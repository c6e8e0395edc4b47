/**
 * Scribble Hub end to end in Chromium, on the real saved chapter page from
 * ../shared/corpus served at its real URL (SOURCES.md section 4): the reader
 * opens on it with the story's title and the chapter's, the announcement boxes
 * the author put around the chapter stay out of its text, and the reading
 * position survives a reload.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Routes, launchChromium, skipUnless } from './browsers.mjs';
import { corpusDir, skipUnlessCorpus } from './corpus.mjs';
import { firstVisibleParagraph, scrollToParagraphAt, sleep } from './reader-page.mjs';

const corpusMissing = skipUnlessCorpus();
const CHAPTER = {
	file: 'scribblehub/chapter-with-announcement-block-reserialized-188780.html',
	url: 'https://www.scribblehub.com/read/188780-the-story-of-how-a-cultivation-universe-was-conquered-by-an-interstellar-weapons-platform/chapter/720496/',
};
const TITLE = 'The story of how a Cultivation Universe was Conquered by an Interstellar Weapons Platform';
/** Longer than the tracker's save throttle. */
const SAVE_WAIT_MS = 1600;

/** The chapter's text, its title and its notes as the reader shows them (the test build leaves the shadow root open). */
function readerChapter() {
	const root = document.querySelector('quire-reader')?.shadowRoot;
	const chapter = root?.querySelector('.quire-chapter');
	if (!chapter) return null;
	return {
		title: chapter.querySelector('.quire-chapter-title')?.textContent ?? null,
		text: chapter.querySelector('.quire-text')?.textContent ?? '',
		asides: [...chapter.querySelectorAll('.quire-chapter-aside')].map((aside) => aside.getAttribute('aria-label')),
	};
}

describe('Scribble Hub chapter in Chromium', { skip: skipUnless('chromium') || corpusMissing }, () => {
	let chromium;
	let page;
	before(async () => {
		chromium = await launchChromium({ routes: new Routes().addFile(CHAPTER.url, join(corpusDir, CHAPTER.file)) });
		page = await chromium.context.newPage();
	});
	after(async () => chromium?.close());

	const openReader = async () => {
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog', { name: TITLE }).waitFor();
	};

	test('the reader opens with the story title and the chapter title; announcements are notes, not text', async () => {
		await page.goto(CHAPTER.url);
		await openReader();
		const chapter = await page.evaluate(readerChapter);
		assert.ok(chapter, 'the reader shows the chapter');
		assert.match(chapter.title ?? '', /All my Chapters got Deleted!/);
		assert.match(chapter.text, /EPILOGUE/);
		assert.match(chapter.text, /Alpha's manipulator claw spun the bolt into place/);
		for (const boxed of ['Announcement', 'April Fools', 'NEXT TIME, ON DRA', 'Look forward to Monday']) {
			assert.ok(!chapter.text.includes(boxed), `"${boxed}" is not in the chapter text`);
		}
		assert.deepEqual(chapter.asides, ['Chapter notes', 'Chapter end notes']);
	});

	test('after a reload the same paragraph is at the top', async () => {
		// Tracking starts once the reading font has loaded (at most 1.5 s).
		await sleep(SAVE_WAIT_MS);
		const target = await page.evaluate(scrollToParagraphAt, 0.6);
		await sleep(SAVE_WAIT_MS);
		assert.equal(await page.evaluate(firstVisibleParagraph), target);
		await page.reload();
		await openReader();
		await page.getByText(/Continued from chapter 1/).waitFor();
		await page.waitForFunction(
			([fn, expected]) => new Function(`return (${fn})()`)() === expected,
			[firstVisibleParagraph.toString(), target],
			{ timeout: 10_000 },
		);
	});
});
