#!/usr/bin/env node
/**
 * Opening benchmark (not a test): from a click on "Open reader" to the first
 * paragraph painted, with the built extension (test build: its shadow root is
 * open so the harness can see the text), in Chromium and Firefox, on synthetic
 * AO3 works of 10,000 words (one chapter page) to 1.5 million words (entire
 * works) and on the largest real corpus pages. Beside it, in the same browser
 * and on the same page:
 *
 * - "Readability overlay": what Reader View-style extensions do — Readability's
 *   parse of a copy of the page, then its article inserted in a full-screen
 *   overlay and laid out;
 * - "floor": the same chapters' HTML inserted in such an overlay and laid out,
 *   with no reading at all.
 *
 * Also: the longest main-thread block (frame gap) and long tasks over 50 ms
 * after the first paint while the reader scrolls through the whole work, and
 * (Chromium) the JS heap and DOM nodes of the page with and without the reader.
 *
 *   node scripts/bench-open.mjs [--browser chromium|firefox|both] [--runs 3] [--quick]
 *
 * Part of `npm run bench`: writes the "Opening" section of docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { Routes, browserPath, launchChromium, launchFirefox } from '../tests/e2e/browsers.mjs';
import { writePerformanceSection } from './perf-doc.mjs';
import { syntheticChapterPage, syntheticEntireWork } from './synthetic-work.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.QUIRE_CORPUS ? resolve(process.env.QUIRE_CORPUS) : resolve(root, '../shared/corpus');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const which = option('browser', 'both');
const RUNS = Number(option('runs', '3'));
const quick = args.includes('--quick');

const readabilityScript = (await esbuild.build({
	stdin: { contents: "import { Readability } from '@mozilla/readability'; globalThis.BenchReadability = Readability;", resolveDir: root, loader: 'js' },
	bundle: true,
	format: 'iife',
	write: false,
	minify: true,
})).outputFiles[0].text;

const synthetic = [
	{ name: 'AO3 chapter page, 10,000 words', words: 10_000, url: 'https://archiveofourown.org/works/99000010/chapters/1', html: () => syntheticChapterPage(10_000) },
	{ name: 'AO3 entire work, 50,000 words (10 chapters)', words: 50_000, url: 'https://archiveofourown.org/works/99000050?view_full_work=true', html: () => syntheticEntireWork(10, 50_000) },
	{ name: 'AO3 entire work, 500,000 words (50 chapters)', words: 500_000, url: 'https://archiveofourown.org/works/99000500?view_full_work=true', html: () => syntheticEntireWork(50, 500_000) },
	{ name: 'AO3 entire work, 1,500,000 words (200 chapters)', words: 1_500_000, url: 'https://archiveofourown.org/works/99001500?view_full_work=true', html: () => syntheticEntireWork(200, 1_500_000) },
];
const real = [
	{ name: 'corpus: AO3 entire work, 4 chapters', file: 'ao3/entire-work-view-4ch-explicit-fullwork.html', url: 'https://archiveofourown.org/works/41952030?view_full_work=true' },
	{ name: 'corpus: FanFiction.net one-shot, 17,633 words', file: 'ffnet/oneshot-calculation.html', url: 'https://www.fanfiction.net/s/7628565/1/Calculation' },
	{ name: 'corpus: AO3 one-shot, 11,418 words', file: 'ao3/loggedin-oneshot-anon-endnotes-57038482.html', url: 'https://archiveofourown.org/works/57038482' },
];
const pages = [
	...(quick ? synthetic.slice(0, 3) : synthetic).map((p) => ({ ...p, body: p.html() })),
	...(quick ? [] : real.map((p) => ({ ...p, body: readFileSync(join(corpus, p.file), 'utf8') }))),
];

/** In the page: opens the overlay one way and resolves when its first paragraph has been painted. */
const OPEN_IN_PAGE = `(async (how) => {
	const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
	const overlay = () => {
		const div = document.createElement('div');
		div.style.cssText = 'position:fixed;inset:0;overflow:auto;background:#fff;z-index:2147483647;padding:2em;font:18px/1.6 serif';
		return div;
	};
	let findParagraph;
	let start;
	if (how === 'quire') {
		const shadow = document.querySelector('quire-reader').shadowRoot;
		const launcher = shadow.querySelector('[data-quire-launcher]');
		findParagraph = () => shadow.querySelector('.quire-text p:not(:empty)');
		start = performance.now();
		launcher.click();
	} else if (how === 'readability') {
		const div = overlay();
		// Readability may rewrap the text; any text it shows counts.
		findParagraph = () => div.querySelector('p:not(:empty)') ?? (div.textContent.trim() ? div : null);
		start = performance.now();
		const article = new globalThis.BenchReadability(document.cloneNode(true)).parse();
		// Benchmark harness only: the page's own text, as a Reader View extension would insert it.
		div.innerHTML = article ? article.content : '<p>Readability found no article.</p>';
		document.documentElement.append(div);
	} else {
		const html = Array.from(document.querySelectorAll('#chapters .userstuff, #storytext')).map((el) => el.innerHTML).join('');
		const div = overlay();
		findParagraph = () => div.querySelector('p:not(:empty)');
		start = performance.now();
		div.innerHTML = html;
		document.documentElement.append(div);
	}
	for (;;) {
		const p = findParagraph();
		if (p && p.getBoundingClientRect().height > 0) break;
		await new Promise((resolve) => requestAnimationFrame(resolve));
		if (performance.now() - start > 60000) throw new Error(how + ': no paragraph after 60 s');
	}
	await painted();
	return performance.now() - start;
})`;

/** In the page, reader open: scrolls through the whole work, one screen per frame in 80 steps, recording main-thread blocks. */
const SCROLL_IN_PAGE = `(async () => {
	const shadow = document.querySelector('quire-reader').shadowRoot;
	const scroller = shadow.querySelector('.quire-scroller');
	const longTasks = [];
	let observer = null;
	if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
		observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
		observer.observe({ type: 'longtask' });
	}
	const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
	let last = performance.now();
	let worstGap = 0;
	const steps = 80;
	for (let i = 1; i <= steps; i++) {
		scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * (i / steps);
		await frame();
		const now = performance.now();
		worstGap = Math.max(worstGap, now - last);
		last = now;
	}
	await new Promise((resolve) => setTimeout(resolve, 100));
	observer?.disconnect();
	return { worstGap, longTasks: longTasks.filter((d) => d > 50).length, longestTask: Math.max(0, ...longTasks) };
})`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function chromiumMemory(context, page) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.detach();
	const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
	return { heapMB: get('JSHeapUsedSize') / 1048576, nodes: get('Nodes') };
}

async function runBrowser(name) {
	const routes = new Routes();
	for (const page of pages) routes.add(page.url, { body: page.body });
	const rows = [];
	const driver = name === 'chromium' ? await launchChromium({ routes }) : await launchFirefox({ routes });
	const newPage = () => (name === 'chromium' ? driver.context.newPage() : driver.newPage());
	const evaluate = (page, source, arg) => page.evaluate(`(${source})(${JSON.stringify(arg)})`);
	try {
		for (const item of pages) {
			const times = { quire: [], readability: [], floor: [] };
			let scroll = null;
			let memory = null;
			for (let run = 0; run < RUNS; run++) {
				for (const how of ['quire', 'readability', 'floor']) {
					const page = await newPage();
					await page.goto(item.url, { timeout: 120_000 });
					if (how === 'quire') {
						const ready = () => document.querySelector('quire-reader')?.shadowRoot?.querySelector('[data-quire-launcher]');
						if (name === 'chromium') await page.waitForFunction(ready, undefined, { timeout: 60_000 });
						else await page.waitForFunction(ready, { timeout: 60_000 });
					} else if (how === 'readability') {
						await page.addScriptTag({ content: readabilityScript });
					}
					const before = name === 'chromium' && how === 'quire' && run === 0 ? await chromiumMemory(driver.context, page) : null;
					times[how].push(await evaluate(page, OPEN_IN_PAGE, how));
					if (how === 'quire' && run === 0) {
						await new Promise((resolve) => setTimeout(resolve, 2000));
						scroll = await evaluate(page, SCROLL_IN_PAGE);
						if (before) memory = { before, after: await chromiumMemory(driver.context, page) };
					}
					await page.close();
				}
			}
			const row = { name: item.name, quire: median(times.quire), readability: median(times.readability), floor: median(times.floor), scroll, memory };
			rows.push(row);
			process.stderr.write(`${name}: ${item.name}: quire ${row.quire.toFixed(0)} ms, readability ${row.readability.toFixed(0)} ms, floor ${row.floor.toFixed(0)} ms\n`);
		}
		const version = name === 'chromium' ? execFileSync(browserPath('chromium'), ['--version']).toString().trim() : await driver.browser.version();
		return { name, version, rows };
	} finally {
		await driver.close();
	}
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en'));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function tables(result) {
	const lines = [
		`### ${result.name} ${result.version}`.trim(),
		'',
		'| page | Quire (ms) | Readability overlay (ms) | floor (ms) | Quire ÷ Readability | Quire ÷ floor | longest block while scrolling (ms) | long tasks > 50 ms while scrolling |' + (result.name === 'chromium' ? ' JS heap, page → with reader (MB) | DOM nodes, page → with reader |' : ''),
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |' + (result.name === 'chromium' ? ' ---: | ---: |' : ''),
	];
	for (const r of result.rows) {
		const scroll = r.scroll ? [fmt(r.scroll.worstGap), r.scroll.longTasks === 0 && r.scroll.longestTask === 0 && result.name !== 'chromium' ? 'n/a' : String(r.scroll.longTasks)] : ['—', '—'];
		const memory = r.memory ? [`${r.memory.before.heapMB.toFixed(1)} → ${r.memory.after.heapMB.toFixed(1)}`, `${r.memory.before.nodes.toLocaleString('en')} → ${r.memory.after.nodes.toLocaleString('en')}`] : [];
		lines.push(`| ${r.name} | ${fmt(r.quire)} | ${fmt(r.readability)} | ${fmt(r.floor)} | ${ratio(r.quire, r.readability)} | ${ratio(r.quire, r.floor)} | ${scroll.join(' | ')} |${memory.length ? ` ${memory.join(' | ')} |` : ''}`);
	}
	const by = (words) => result.rows.find((r) => r.name.includes(`${words.toLocaleString('en')} words`));
	const w50 = by(50_000);
	const w500 = by(500_000);
	const w1500 = by(1_500_000);
	const w10 = by(10_000);
	lines.push('');
	if (w500) lines.push(`- 500,000 words: Quire opens ${(w500.readability / w500.quire).toFixed(1)}× faster than the Readability overlay (target ≥ 10×).`);
	if (w50 && w1500) lines.push(`- 1,500,000 words open in ${(w1500.quire / w50.quire).toFixed(2)}× the time of 50,000 words (target ≤ 1.5×).`);
	if (w10) lines.push(`- A 10,000-word chapter page: first paint ${fmt(w10.quire)} ms (target < 50 ms in Chromium).`);
	lines.push('');
	return lines;
}

const browsers = which === 'both' ? ['chromium', 'firefox'] : [which];
const results = [];
for (const name of browsers) {
	if (!browserPath(name)) {
		console.error(`bench-open: ${name} not found; install it (apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'}).`);
		process.exit(1);
	}
	results.push(await runBrowser(name));
}

const section = writePerformanceSection('Opening', [
	`Measured by \`npm run bench\` (scripts/bench-open.mjs), ${new Date().toISOString().slice(0, 10)}, with the built extension (test build) on pages served at their real addresses; median of ${RUNS} runs, each in a fresh tab. "Quire" is a click on *Open reader* until the first paragraph of the story has been painted (the next frame after it is laid out). "Readability overlay" is Readability's parse of a copy of the page plus inserting its article in a full-screen overlay, until painted; "floor" is inserting the same chapters' HTML with no reading at all. Scrolling goes through the whole work in 80 steps, one per frame, after the reader has been open for 2 s. Firefox has no long-task observer, so there the longest block between frames stands for it; memory is read through Chromium's DevTools protocol only.`,
	'',
	...results.flatMap(tables),
]);
console.log(section);
