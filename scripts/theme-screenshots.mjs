#!/usr/bin/env node
/**
 * Screenshots of the reader in every theme, for the README:
 * docs/screenshots/theme-<name>.png. Run after `node build.mjs --test` (the test build lets a script look into the reader).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Routes, demoRoutes, launchChromium, repoRoot } from '../tests/e2e/browsers.mjs';

const STORY_URL = 'https://archiveofourown.org/works/90000001/chapters/90000012';
const out = join(repoRoot, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const chromium = await launchChromium({ routes: demoRoutes(new Routes()) });
const page = await chromium.context.newPage();
await page.setViewportSize({ width: 1100, height: 760 });
await page.goto(STORY_URL);
await page.getByRole('button', { name: 'Open reader' }).click();
await page.getByRole('dialog').waitFor();
for (const theme of ['Light', 'Sepia', 'Dark', 'Black']) {
	await page.getByRole('button', { name: 'Reader settings' }).click();
	await page.getByRole('radio', { name: theme, exact: true }).check();
	await page.getByRole('button', { name: 'Close settings' }).click();
	await page.waitForTimeout(300);
	const file = join(out, `theme-${theme.toLowerCase()}.png`);
	await page.screenshot({ path: file });
	console.log(file);
}
await chromium.close();
