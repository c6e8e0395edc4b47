#!/usr/bin/env node
/**
 * Times captureAnchor/restoreAnchor (src/position/bench.ts) on a
 * 500,000-word page in real Chromium and Firefox, with real layout inside a
 * shadow root, and checks on the way that every captured place comes back
 * exactly, also after a font-size and width change.
 *
 *   node scripts/bench-position.mjs [--words 500000] [--browser chromium|firefox|both]
 *
 * Part of `npm run bench`: prints one JSON line per browser and writes the
 * "Reading position" section of docs/performance.md.
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserPath } from '../tests/e2e/browsers.mjs';
import { writePerformanceSection } from './perf-doc.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const words = Number(option('words', '500000'));
const which = option('browser', 'both');

/** Runs in the page: builds the story in a shadow root, times, verifies. */
const harness = `
import { benchAnchoring } from './src/position/bench.ts';
import { captureAnchor, restoreAnchor } from './src/position/anchoring.ts';

const VOCABULARY = 'the rain kept falling over a quiet harbour while she waited for news of ships that never came back and he said nothing at all until morning light crept through shutters onto old letters written long before anyone remembered why'.split(' ');

function paragraph(seed, count) {
	const out = [];
	let x = seed;
	for (let i = 0; i < count; i++) {
		x = (x * 1103515245 + 12345) % 2147483648;
		out.push(VOCABULARY[x % VOCABULARY.length]);
	}
	return out.join(' ') + '.';
}

window.runBench = (totalWords) => {
	const chapterCount = 50;
	const wordsPerParagraph = 40;
	const paragraphsPerChapter = Math.ceil(totalWords / chapterCount / wordsPerParagraph);
	const host = document.createElement('div');
	document.body.append(host);
	const shadow = host.attachShadow({ mode: 'open' });
	const style = document.createElement('style');
	style.textContent = '.scroller { position: fixed; inset: 0; overflow: auto; font: 19px/1.6 serif; } .text { max-width: 66ch; margin: 0 auto; } p { margin: 0 0 1em; }';
	const scroller = document.createElement('div');
	scroller.className = 'scroller';
	shadow.append(style, scroller);
	const rendered = [];
	const chapters = [];
	for (let c = 1; c <= chapterCount; c++) {
		const title = document.createElement('h2');
		title.textContent = 'Chapter ' + c;
		const text = document.createElement('div');
		text.className = 'text';
		const html = [];
		for (let p = 0; p < paragraphsPerChapter; p++) html.push('<p>' + paragraph(c * 100000 + p, wordsPerParagraph) + '</p>');
		text.innerHTML = html.join('');
		scroller.append(title, text);
		rendered.push({ index: c, id: String(c), root: text });
		chapters.push({ index: c, id: String(c), url: null, title: null, words: paragraphsPerChapter * wordsPerParagraph });
	}
	const story = { storyKey: 'bench:1', chapters, chapterList: [], stats: { chapters: chapterCount }, isEntireWork: true };
	const view = { story, scroller, chapters: () => rendered, notify() {}, onLayoutChange: () => () => {}, goToUrl() {}, signal: new AbortController().signal };
	scroller.scrollTop = 0;
	void scroller.offsetHeight;

	const timings = benchAnchoring(view, 15);

	// Round trips: capture at spread-out places, move away, restore, capture again; then the same across a layout change.
	const range = scroller.scrollHeight - scroller.clientHeight;
	const mismatches = [];
	let checked = 0;
	for (let i = 0; i < 20; i++) {
		scroller.scrollTop = Math.round(range * (i + 0.37) / 20);
		const anchor = captureAnchor(view);
		scroller.scrollTop = 0;
		restoreAnchor(view, anchor);
		const again = captureAnchor(view);
		style.textContent = style.textContent.replace(/19px|23px/, i % 2 ? '19px' : '23px').replace(/66ch|48ch/, i % 2 ? '66ch' : '48ch');
		restoreAnchor(view, anchor);
		const afterLayout = captureAnchor(view);
		for (const [label, got] of [['restore', again], ['layout', afterLayout]]) {
			checked++;
			if (got.chapterIndex !== anchor.chapterIndex || got.paragraph !== anchor.paragraph || got.offset > anchor.offset || got.offset < anchor.offset - 120) {
				mismatches.push({ label, want: [anchor.chapterIndex, anchor.paragraph, anchor.offset], got: [got.chapterIndex, got.paragraph, got.offset] });
			}
		}
	}
	const caretApi = typeof document.caretPositionFromPoint === 'function' ? 'caretPositionFromPoint' : typeof document.caretRangeFromPoint === 'function' ? 'caretRangeFromPoint' : 'none';
	return { ...timings, caretApi, roundTrips: checked, mismatches };
};
`;

const bundle = await build({
	stdin: { contents: harness, resolveDir: root, loader: 'ts' },
	bundle: true,
	write: false,
	format: 'iife',
	target: 'es2022',
});
const script = bundle.outputFiles[0].text;
const page = '<!doctype html><meta charset="utf-8"><title>bench</title><body style="margin:0"></body>';

async function inChromium() {
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: browserPath('chromium'), args: ['--no-sandbox'] });
	try {
		const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await tab.setContent(page);
		await tab.addScriptTag({ content: script });
		return { browser: `chromium ${browser.version()}`, ...(await tab.evaluate((n) => window.runBench(n), words)) };
	} finally {
		await browser.close();
	}
}

async function inFirefox() {
	const puppeteer = (await import('puppeteer-core')).default;
	const browser = await puppeteer.launch({ browser: 'firefox', executablePath: browserPath('firefox'), headless: true });
	try {
		const tab = await browser.newPage();
		await tab.setViewport({ width: 1280, height: 800 });
		await tab.setContent(page);
		await tab.addScriptTag({ content: script });
		return { browser: `firefox ${await browser.version()}`, ...(await tab.evaluate((n) => window.runBench(n), words)) };
	} finally {
		await browser.close();
	}
}

const round = (value) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value);
const results = [];
for (const [name, run] of [['chromium', inChromium], ['firefox', inFirefox]]) {
	if (which !== 'both' && which !== name) continue;
	if (!browserPath(name)) {
		console.error(`${name} is not installed: apt-get install ${name === 'firefox' ? 'firefox-esr' : 'chromium'}`);
		process.exit(1);
	}
	const result = await run();
	results.push(result);
	console.log(JSON.stringify(result, (_key, value) => round(value)));
}

const ms = (value) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const section = writePerformanceSection('Reading position', [
	`Measured by \`npm run bench\` (scripts/bench-position.mjs), ${new Date().toISOString().slice(0, 10)}: a ${words.toLocaleString('en')}-word entire work (${results[0]?.chapters ?? '?'} chapters, ${results[0]?.paragraphs?.toLocaleString('en') ?? '?'} paragraphs) laid out for real inside a shadow root. "Save" is capturing the first visible line (chapter, paragraph, character, fingerprint, fractions); "restore" puts it back at the top. Median of 15 places spread through the work (max in brackets; the first capture also pays for layout the browser had put off).`,
	'',
	'| browser | first capture (ms) | save: capture (ms) | restore, paragraph at its index (ms) | restore after an edit, fingerprint search (ms) | round trips exact |',
	'| --- | ---: | ---: | ---: | ---: | ---: |',
	...results.map((r) => `| ${r.browser} | ${ms(r.firstCaptureMs)} | ${ms(r.capture.medianMs)} (${ms(r.capture.maxMs)}) | ${ms(r.restoreExact.medianMs)} (${ms(r.restoreExact.maxMs)}) | ${ms(r.restoreSearch.medianMs)} (${ms(r.restoreSearch.maxMs)}) | ${r.roundTrips - r.mismatches.length}/${r.roundTrips} |`),
	'',
	'Writing the record to storage is asynchronous and throttled to once a second while scrolling (and done at once on close, on `pagehide` and when the tab is hidden), so it never blocks scrolling.',
]);
console.log(section);
