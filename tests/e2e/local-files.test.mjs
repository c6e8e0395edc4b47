/**
 * Stories opened from disk, in Chromium (Firefox does not run extensions'
 * content scripts on file:// pages): AO3's downloaded HTML from the corpus,
 * and our own demo story as an HTML page and as plain text, read by the
 * generic path with its header block.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, repoRoot, skipUnless } from './browsers.mjs';
import { corpusDir, skipUnlessCorpus } from './corpus.mjs';
import { dialogOpen, firstVisibleParagraph } from './reader-page.mjs';

const corpusMissing = skipUnlessCorpus();

describe('Local files in Chromium', { skip: skipUnless('chromium') }, () => {
	let chromium;
	before(async () => {
		chromium = await launchChromium();
	});
	after(async () => chromium?.close());

	async function openFile(path) {
		const page = await chromium.context.newPage();
		await page.goto(pathToFileURL(path).href);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.waitForFunction(dialogOpen);
		return page;
	}

	test('an AO3 download opened from disk reads as the work, with its header', { skip: corpusMissing }, async () => {
		const page = await openFile(join(corpusDir, 'ao3/download-export-entire-work-2ch-collection.html'));
		await page.getByRole('dialog', { name: 'The World In Its Circular Way' }).waitFor();
		const card = await page.locator('quire-reader .quire-card').innerText();
		for (const expected of ['natsinator', 'General Audiences', 'Creator Chose Not To Use Archive Warnings', 'Ginga Eiyuu Densetsu']) {
			assert.ok(card.includes(expected), `header shows ${expected}`);
		}
		assert.equal(await page.locator('quire-reader .quire-chapter').count(), 2);
		await page.close();
	});

	test('a plain-text story: header block on the card, never in the text, spoilers folded when asked', async () => {
		const page = await openFile(join(repoRoot, 'demo/archive/winter-harbour.txt'));
		await page.getByRole('dialog', { name: 'Winter Harbour' }).waitFor();
		const card = await page.locator('quire-reader .quire-card').innerText();
		for (const expected of ['Jess Corrigan', 'PG-13', 'Harbourlights', 'Nell/Corrie']) assert.ok(card.includes(expected), `header shows ${expected}`);
		assert.match(card, /by Jess Corrigan\s*\n/, 'no e-mail address in the byline');
		const text = await page.locator('quire-reader .quire-text').first().innerText();
		assert.doesNotMatch(text, /^\s*(Title|Rating|Warnings|Spoilers|Disclaimer):/m, 'header lines stay out of the text');
		assert.ok(await page.evaluate(firstVisibleParagraph));
		await page.getByRole('button', { name: 'Reader settings' }).click();
		await page.getByRole('checkbox', { name: /Hide spoilers/ }).check();
		await page.getByRole('button', { name: 'Close settings' }).click();
		await page.getByRole('button', { name: 'Show spoilers' }).click();
		await page.getByRole('dialog').getByText(/The Breakwater/).waitFor();
		await page.close();
	});
});
