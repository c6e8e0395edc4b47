#!/usr/bin/env node
// Rasterises icons/quire.svg (and icons/quire-16.svg for the smallest size)
// into the PNGs the browser stores need: icons/icon-{16,32,48,96,128}.png.
//
//   node scripts/make-icons.mjs                      # write the PNGs
//   node scripts/make-icons.mjs --preview out.png    # also write a preview sheet
//
// Uses playwright-core with the system Chromium (override with CHROMIUM_PATH).
// The PNGs are committed; CI and the build only copy them.

import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = join(root, 'icons');
const SIZES = [16, 32, 48, 96, 128];
/** Sizes at or below this use the simplified, pixel-aligned drawing. */
const SMALL_MAX = 16;

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function sourceFor(size) {
	const small = join(iconsDir, 'quire-16.svg');
	return size <= SMALL_MAX && existsSync(small) ? small : join(iconsDir, 'quire.svg');
}

async function dataUrl(file) {
	const svg = await readFile(file);
	return `data:image/svg+xml;base64,${svg.toString('base64')}`;
}

async function renderAt(page, file, size) {
	const src = await dataUrl(file);
	await page.setViewportSize({ width: Math.max(size, 16), height: Math.max(size, 16) });
	await page.setContent(
		`<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}` +
			`img{display:block;width:${size}px;height:${size}px}</style></head>` +
			`<body><img alt="" src="${src}"></body></html>`,
	);
	await page.waitForFunction(() => {
		const img = document.querySelector('img');
		return img && img.complete && img.naturalWidth > 0;
	});
	return page.screenshot({
		omitBackground: true,
		clip: { x: 0, y: 0, width: size, height: size },
	});
}

async function preview(page, out) {
	const small = await dataUrl(sourceFor(16));
	const big = await dataUrl(join(iconsDir, 'quire.svg'));
	const cell = (bg, fg) => `
		<div style="background:${bg};color:${fg};padding:16px;display:flex;gap:18px;align-items:center;font:12px sans-serif">
			<img src="${small}" width="16" height="16">
			<img src="${big}" width="32" height="32">
			<img src="${big}" width="48" height="48">
			<span>toolbar ${bg}</span>
		</div>`;
	const zoom = (src, size) => `
		<img src="${src}" width="${size}" height="${size}" style="image-rendering:pixelated;width:${size * 6}px;height:${size * 6}px">`;
	await page.setViewportSize({ width: 520, height: 420 });
	await page.setContent(`<!doctype html><html><body style="margin:0;background:#888">
		${cell('#ffffff', '#333')}${cell('#f1f3f4', '#333')}${cell('#202124', '#ddd')}${cell('#35363a', '#ddd')}
		<div style="display:flex;gap:12px;padding:12px;background:#fff">${zoom(small, 16)}${zoom(big, 32)}</div>
	</body></html>`);
	await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
	await page.screenshot({ path: out, fullPage: true });
}

const previewIdx = process.argv.indexOf('--preview');
const previewOut = previewIdx >= 0 ? process.argv[previewIdx + 1] : null;

const browser = await chromium.launch({ executablePath, headless: true });
try {
	const context = await browser.newContext({ deviceScaleFactor: 1 });
	const page = await context.newPage();
	for (const size of SIZES) {
		const png = await renderAt(page, sourceFor(size), size);
		const out = join(iconsDir, `icon-${size}.png`);
		await writeFile(out, png);
		console.log(`wrote ${out} (${png.length} bytes)`);
	}
	if (previewOut) {
		await preview(page, previewOut);
		console.log(`wrote preview ${previewOut}`);
	}
} finally {
	await browser.close();
}
