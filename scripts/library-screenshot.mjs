#!/usr/bin/env node
/**
 * A screenshot of the library for the README: docs/screenshots/library.png.
 * Run after `node build.mjs --test`. It reads our own demo stories in the
 * reader (at their real addresses, routed to demo/), sets a status or two,
 * and shows "new chapters" the way a reader meets them: the FanFiction.net
 * demo is first served as it looked with one chapter posted, then as it is.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Routes, demoRoutes, launchChromium, repoRoot } from '../tests/e2e/browsers.mjs';

const AO3 = 'https://archiveofourown.org/works/90000001/chapters/90000011';
const FFNET = 'https://www.fanfiction.net/s/90000002/1/The-Lantern-Keeper';
const AO3_ONESHOT = 'https://archiveofourown.org/works/90000004';
const out = join(repoRoot, 'docs/screenshots');
mkdirSync(out, { recursive: true });

/** The FanFiction.net demo's first chapter as it was when only that chapter was posted. */
function ffnetWithOneChapter() {
	return readFileSync(join(repoRoot, 'demo/ffnet/chapter-1.html'), 'utf8')
		.replace(/<option value=[23]>[^<]*<\/option>/g, '')
		.replace('Chapters: 3', 'Chapters: 1');
}

const routes = demoRoutes(new Routes());
const chromium = await launchChromium({ routes });
try {
	const page = await chromium.context.newPage();
	const read = async (url) => {
		await page.goto(url);
		await page.getByRole('button', { name: 'Open reader' }).click();
		await page.getByRole('dialog').waitFor();
		await page.getByRole('combobox', { name: 'In your library' }).waitFor();
		await page.waitForTimeout(800);
		await page.getByRole('button', { name: 'Close reader' }).click();
	};
	routes.add(FFNET, { body: ffnetWithOneChapter() });
	await read(FFNET);
	await read(AO3_ONESHOT);
	await read(AO3);
	demoRoutes(routes);
	await read(FFNET);

	await page.setViewportSize({ width: 1100, height: 900 });
	await page.goto(chromium.extensionUrl('library.html'));
	await page.getByRole('combobox', { name: 'Status of What the Logbook Kept' }).selectOption({ label: 'Finished' });
	await page.getByRole('combobox', { name: 'Status of The Weather in Glass' }).selectOption({ label: 'Plan to read' });
	await page.getByText('2 new chapters').waitFor();
	await page.waitForTimeout(700);
	const file = join(out, 'library.png');
	await page.screenshot({ path: file, fullPage: true });
	console.log(file);
} finally {
	await chromium.close();
}
