#!/usr/bin/env node
/**
 * Screenshots of the reader on a phone, for the README: docs/screenshots/phone-reading.png
 * (the text, toolbar slid away) and phone-settings.png (the settings sheet), in Chromium's
 * mobile emulation at 390 × 844. Run after `node build.mjs --test` (the test build lets a
 * script look into the reader).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PHONE, Routes, demoRoutes, launchChromium, repoRoot } from '../tests/e2e/browsers.mjs';

const STORY_URL = 'https://archiveofourown.org/works/90000001/chapters/90000012';
const out = join(repoRoot, 'docs/screenshots');
mkdirSync(out, { recursive: true });

/** Opens the demo story's reader on a phone-sized page; returns the page. */
export async function openPhoneReader(chromium, url = STORY_URL) {
	const page = await chromium.context.newPage();
	await page.goto(url);
	await page.getByRole('button', { name: 'Open reader' }).tap();
	await page.getByRole('dialog').waitFor();
	// Fonts in, position tracking started.
	await page.waitForTimeout(1600);
	return page;
}

/** Scrolls the reader into the story text, past the header card, so the toolbar slides away. */
export async function readOn(page) {
	await page.evaluate(() => {
		const root = document.querySelector('quire-reader').shadowRoot;
		const title = root.querySelector('.quire-chapter-title');
		root.querySelector('.quire-scroller').scrollBy({ top: title.getBoundingClientRect().top - 24, behavior: 'instant' });
	});
	await page.waitForFunction(() => document.querySelector('quire-reader').shadowRoot.querySelector('.quire-overlay').dataset.toolbar === 'hidden');
	await page.waitForTimeout(400);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const chromium = await launchChromium({ routes: demoRoutes(new Routes()), device: PHONE });
	try {
		const page = await openPhoneReader(chromium);
		await readOn(page);
		const reading = join(out, 'phone-reading.png');
		await page.screenshot({ path: reading });
		console.log(reading);
		await page.touchscreen.tap(195, 420);
		await page.getByRole('button', { name: 'Reader settings' }).tap();
		await page.getByRole('region', { name: 'Reader settings' }).waitFor();
		await page.waitForTimeout(400);
		const settings = join(out, 'phone-settings.png');
		await page.screenshot({ path: settings });
		console.log(settings);
	} finally {
		await chromium.close();
	}
}
