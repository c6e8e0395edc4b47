// Extraction benchmark (not a test): our extractStory vs @mozilla/readability in
// Chromium, on the corpus pages and on a synthetic 500,000-word AO3 entire-work
// page, plus the content script's URL test on a page that is not a story.
// Writes the "## Extraction" section of docs/performance.md and prints it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writePerformanceSection } from './perf-doc.mjs';
import { syntheticEntireWork } from './synthetic-work.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.QUIRE_CORPUS ? resolve(process.env.QUIRE_CORPUS) : resolve(root, '../shared/corpus');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 5;

if (!existsSync(chromiumPath)) {
	console.error(`bench: Chromium not found at ${chromiumPath}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
	process.exit(1);
}
if (!existsSync(corpus)) {
	console.error(`bench: corpus not found at ${corpus} (set QUIRE_CORPUS).`);
	process.exit(1);
}

const { chromium } = await import('playwright-core');

const entry = `
import { extractStory } from './src/extract/extract.ts';
import { findSite } from './src/sites/index.ts';
import { Readability } from '@mozilla/readability';
globalThis.QuireBench = { extractStory, findSite, Readability };
`;
const bundle = await esbuild.build({
	stdin: { contents: entry, resolveDir: root, loader: 'ts' },
	bundle: true,
	format: 'iife',
	platform: 'browser',
	target: 'chrome120',
	write: false,
	minify: true,
});
const script = bundle.outputFiles[0].text;

const URLS = {
	'ao3/chapter-index-navigate-43703871.html': 'https://archiveofourown.org/works/43703871/navigate',
	'ao3/download-export-entire-work-13ch-chinese.html': 'file:///home/reader/Zhan_Yan_Yin_Yu.html',
	'ao3/download-export-entire-work-2ch-collection.html': 'file:///home/reader/The_World_In_Its.html',
	'ao3/download-export-oneshot-general.html': 'file:///home/reader/A_Funeral_Shroud_for.html',
	'ao3/entire-work-view-4ch-explicit-fullwork.html': 'https://archiveofourown.org/works/41952030?view_full_work=true',
	'ao3/error-404-41237499.html': 'https://archiveofourown.org/works/41237499',
	'ao3/loggedin-oneshot-anon-endnotes-57038482.html': 'https://archiveofourown.org/works/57038482',
	'ao3/loggedin-oneshot-explicit-66534724.html': 'https://archiveofourown.org/works/66534724',
	'ao3/multichap-ch1-crossover-multiauthor-orphan-41289660.html': 'https://archiveofourown.org/works/41289660/chapters/103525452',
	'ao3/multichap-ch1-view-same-work-as-fullwork.html': 'https://archiveofourown.org/works/41952030/chapters/105298965',
	'ao3/multichap-ch2-nocategory-48582418.html': 'https://archiveofourown.org/works/48582418/chapters/122861680',
	'ao3/multichap-wip-ch1-anon-chatfic-37214506.html': 'https://archiveofourown.org/works/37214506/chapters/92848687',
	'ao3/multichap-wip-ch1-workskin-17793689.html': 'https://archiveofourown.org/works/17793689/chapters/41980418',
	'ao3/multichap-wip-ch2-workskin-17793689.html': 'https://archiveofourown.org/works/17793689/chapters/42035519',
	'ao3/old-2013-chapter-index-navigate-602342.html': 'https://archiveofourown.org/works/602342/navigate',
	'ao3/old-2013-chapter-view-teststory-602342.html': 'https://archiveofourown.org/works/602342/chapters/1085798',
	'ao3/oneshot-all-warnings-categories-3738184.html': 'https://archiveofourown.org/works/3738184',
	'ao3/oneshot-anon-homestuck-168768.html': 'https://archiveofourown.org/works/168768',
	'ao3/oneshot-crossover-pseud-endnotes-923647.html': 'https://archiveofourown.org/works/923647',
	'ao3/oneshot-notrated-nofreeform-323217.html': 'https://archiveofourown.org/works/323217',
	'ao3/readability-archive-of-our-own.html': 'https://archiveofourown.org/works/11808918/chapters/26640231',
	'ao3/restricted-login-required-15461226.html': 'https://archiveofourown.org/users/login?restricted=true&return_to=%2Fworks%2F15461226',
	'ffnet/multichap-ch1-of-66-potter-club.html': 'https://www.fanfiction.net/s/12013542/1/Potter-Club',
	'ffnet/multichap-ch1-prologue-dreaming-of-sunshine.html': 'https://www.fanfiction.net/s/7347955/1/Dreaming-of-Sunshine',
	'ffnet/negative-search-results-listing.html': 'https://www.fanfiction.net/search/?keywords=harry',
	'ffnet/old-2013-chapter1-of-3-edited-teststory.html': 'https://www.fanfiction.net/s/8873635/1/',
	'ffnet/old-2013-oneshot-no-genre-edited.html': 'https://www.fanfiction.net/s/7681144/1/',
	'ffnet/oneshot-calculation.html': 'https://www.fanfiction.net/s/7628565/1/Calculation',
	'mediaminer/story-index-page.html': 'https://www.mediaminer.org/fanfic/s/inuyasha-fan-fiction/a-miko-s-instincts/102126',
	'royalroad/fiction-index-page-with-content-warnings.html': 'https://www.royalroad.com/fiction/25137/worth-the-candle',
	'dreamwidth/test-fic-entry-rebecca2525-3506.html': 'http://rebecca2525.dreamwidth.org/3506.html?format=light',
	'dreamwidth/negative-journal-recent-entries-cesy.html': 'http://cesy.dreamwidth.org/?format=light',
	'livejournal/test-fic-entry-2016-rebecca2525-3562.html': 'http://rebecca2525.livejournal.com/3562.html?format=light',
	'royalroad/chapter-prologue-okeanos-returnal.html': 'https://www.royalroad.com/fiction/165189/okeanos-returnal/chapter/3334461/prologue-last-warm-night',
	'scribblehub/chapter-with-announcement-block-reserialized-188780.html': 'https://www.scribblehub.com/read/188780-the-story-of-how-a-cultivation-universe-was-conquered-by-an-interstellar-weapons-platform/chapter/720496/',
	'scribblehub/edited-series-page-toc.html': 'https://www.scribblehub.com/series/123456/creepy-story-club/',
	'xenforo/edited-spacebattles-reader-page1-2019.html': 'https://forums.spacebattles.com/threads/my-great-story.555/reader/',
	'xenforo/edited-spacebattles-threadmarks-index-2019.html': 'https://forums.spacebattles.com/threads/555/threadmarks?category_id=1',
	'wattpad/story-landing-page-2-parts.html': 'https://www.wattpad.com/story/271297863-koteczek-alcina-dimitrescu-short-oneshot',
};

const pages = Object.entries(URLS).map(([file, url]) => ({ name: file, url, html: readFileSync(join(corpus, file), 'utf8') }));
for (const dir of readdirSync(join(corpus, 'readability')).slice(0, 10)) {
	pages.push({ name: `readability/${dir}`, url: 'http://fakehost/test/page.html', html: readFileSync(join(corpus, 'readability', dir, 'source.html'), 'utf8') });
}
pages.push({ name: 'synthetic AO3 entire work, 500,000 words (50 chapters)', url: 'https://archiveofourown.org/works/1?view_full_work=true', html: syntheticEntireWork(50, 500_000) });

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
let urlTest;
try {
	const page = await browser.newPage();
	await page.setContent('<!DOCTYPE html><html><body></body></html>');
	await page.addScriptTag({ content: script });
	for (const item of pages) {
		const result = await page.evaluate(({ html, url, runs }) => {
			const { extractStory, Readability } = globalThis.QuireBench;
			const ours = [];
			const first = [];
			const theirs = [];
			let story;
			for (let i = 0; i < runs; i++) {
				const doc = new DOMParser().parseFromString(html, 'text/html');
				let t = performance.now();
				story = extractStory(doc, url);
				// Chapters are read when first asked for: the first is what opening the reader waits for.
				void story.chapters[0]?.html;
				first.push(performance.now() - t);
				for (const chapter of story.chapters) void chapter.html;
				ours.push(performance.now() - t);
				t = performance.now();
				new Readability(doc.cloneNode(true)).parse();
				theirs.push(performance.now() - t);
			}
			return { ours, first, theirs, kind: story.kind, words: story.chapters.reduce((n, c) => n + c.words, 0) };
		}, { html: item.html, url: item.url, runs: RUNS });
		rows.push({ name: item.name, kB: Math.round(item.html.length / 1024), kind: result.kind, words: result.words, ours: median(result.ours), first: median(result.first), theirs: median(result.theirs) });
		process.stderr.write('.');
	}
	urlTest = await page.evaluate(() => {
		const { findSite } = globalThis.QuireBench;
		const urls = ['https://www.bbc.co.uk/news/world-12345678', 'https://archiveofourown.org/tags/Homestuck/works', 'https://www.fanfiction.net/book/Harry-Potter/'];
		const iterations = 100_000;
		const medians = [];
		for (let run = 0; run < 5; run++) {
			const t = performance.now();
			let claimed = 0;
			for (let i = 0; i < iterations; i++) {
				const url = new URL(urls[i % urls.length]);
				const site = findSite(url);
				if (site && site.matchUrl(url)) claimed++;
			}
			medians.push(((performance.now() - t) / iterations) * 1000);
			if (claimed !== 0) throw new Error('a non-story URL was claimed');
		}
		return medians.sort((a, b) => a - b)[2];
	});
} finally {
	await browser.close();
}
process.stderr.write('\n');

const version = await browser.version?.() ?? '';
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const table = [
	'## Extraction',
	'',
	`Measured by \`npm run bench\` (scripts/bench.mjs) in headless Chromium${version ? ` ${version}` : ''}, ${new Date().toISOString().slice(0, 10)}; median of ${RUNS} runs per page, each on a freshly parsed document. "Readability" is \`new Readability(doc.cloneNode(true)).parse()\` (the clone is needed because parse() rewrites the document, and is included). Our whole-story time covers everything: site detection, hidden-text removal, DOMPurify, paragraph and word counts of every chapter (and Readability itself on generic pages). Chapters are read when first asked for (src/core/lazy-chapter.ts), so "to the first chapter" is what opening the reader waits for: the header, the chapter boundaries and the first chapter's text.`,
	'',
	'| page | size (kB) | kind | words | to the first chapter (ms) | whole story (ms) | Readability (ms) |',
	'| --- | ---: | --- | ---: | ---: | ---: | ---: |',
	...rows.map((r) => `| ${r.name} | ${r.kB} | ${r.kind} | ${r.words.toLocaleString('en')} | ${fmt(r.first)} | ${fmt(r.ours)} | ${fmt(r.theirs)} |`),
	'',
	`Content-script cost on a page that is not a story (\`findSite(url)\` + \`matchUrl(url)\`, no DOM access), median of 5 × 100,000 calls over three non-story URLs: **${urlTest.toFixed(3)} µs per page** (target: well under 1 ms).`,
	'',
];
const section = writePerformanceSection('Extraction', table.slice(2));
console.log(section);
