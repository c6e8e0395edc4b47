import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Story } from '../../src/core/types.js';
import { buildEpub } from '../../src/epub/epub.js';
import { corpusAvailable, corpusDir, extractFile, fixturesDir } from '../core/helpers.js';
import { expectEveryChapterText, openBook } from './book.js';
import { hostileStory, storyOf, structuresStory } from './stories.js';

/**
 * Every book we make must pass epubcheck (the W3C's EPUB validator) with no
 * errors: the corpus's AO3 entire-work page and AO3 download, a
 * FanFiction.net chapter, our personal-archive fixture, and two books of
 * our own made to break things. epubcheck checks one book per run, so the
 * runs go in parallel.
 */

const JAR_CANDIDATES = [process.env.QUIRE_EPUBCHECK, '/usr/share/java/epubcheck.jar'].filter((path): path is string => Boolean(path));

function findEpubcheck(): string | null {
	const jar = JAR_CANDIDATES.find((path) => existsSync(path)) ?? null;
	const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
	if (jar && java.status === 0) return jar;
	const message = `epubcheck is not available (${jar ? 'no `java` on PATH' : `no jar at ${JAR_CANDIDATES.join(' or ')}`}). Install it: apt-get install epubcheck, or set QUIRE_EPUBCHECK to epubcheck.jar.`;
	if (process.env.CI === 'true') throw new Error(`CI needs epubcheck: ${message}`);
	console.warn(`\n!!! ${message} The epubcheck tests are NOT registered. !!!\n`);
	return null;
}

interface Case {
	name: string;
	story: () => Story;
	/** Compare every chapter document's text to the story's. */
	wholeText: boolean;
}

const cases: Case[] = [
	{ name: 'personal archive fixture', story: () => extractFile(join(fixturesDir, 'personal-archive.html'), 'http://www.example.net/~juniper/straylight.html'), wholeText: true },
	{
		// One book for both made-up stories: every epubcheck run costs a Java start-up.
		name: 'hostile text, odd markup and pictures',
		story: () => {
			const hostile = hostileStory();
			const odd = structuresStory().chapters.map((chapter) => ({ ...chapter, index: hostile.chapters.length + chapter.index }));
			return storyOf({ ...hostile, chapters: [...hostile.chapters, ...odd] });
		},
		wholeText: false,
	},
];
if (corpusAvailable()) {
	cases.push(
		{ name: 'AO3 entire work (4 chapters)', story: () => extractFile(join(corpusDir, 'ao3/entire-work-view-4ch-explicit-fullwork.html'), 'https://archiveofourown.org/works/41952030?view_full_work=true'), wholeText: true },
		{ name: 'AO3 download (13 chapters, Chinese)', story: () => extractFile(join(corpusDir, 'ao3/download-export-entire-work-13ch-chinese.html'), 'file:///home/reader/Downloads/Zhan_Yan_Yin_Yu.html'), wholeText: true },
		{ name: 'FanFiction.net chapter 1 of 66', story: () => extractFile(join(corpusDir, 'ffnet/multichap-ch1-of-66-potter-club.html'), 'https://www.fanfiction.net/s/12013542/1/Potter-Club'), wholeText: true },
	);
}

interface Message {
	ID: string;
	severity: string;
	message: string;
	locations: { path: string; line: number; column: number }[];
}

const run = promisify(execFile);
/** Two at a time: each run is a Java start-up, and the machine may have two cores. */
const PARALLEL = 2;
/**
 * A short run needs no optimising compiler or parallel collector: these flags
 * cut epubcheck's CPU time by more than half (13 s to 5 s a book, measured).
 */
const JAVA_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

async function epubcheckAll(jar: string, files: string[]): Promise<Message[][]> {
	const results: Message[][] = new Array(files.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < files.length) {
			const i = next++;
			const file = files[i]!;
			const report = `${file}.json`;
			// epubcheck exits 1 when it finds errors; the report says which.
			await run('java', [...JAVA_FLAGS, '-jar', jar, '--json', report, file], { timeout: 120_000 }).catch(() => undefined);
			if (!existsSync(report)) throw new Error(`epubcheck wrote no report for ${file}`);
			results[i] = (JSON.parse(readFileSync(report, 'utf8')) as { messages: Message[] }).messages;
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, worker));
	return results;
}

const jar = findEpubcheck();

describe('books of real and hostile pages', () => {
	const dir = mkdtempSync(join(tmpdir(), 'quire-epubcheck-'));
	const books = cases.map((c) => {
		const story = c.story();
		return { ...c, story, bytes: buildEpub(story) };
	});
	let reports: Message[][] = [];

	beforeAll(async () => {
		if (!jar) return;
		const files = books.map((book, i) => {
			const file = join(dir, `book-${i + 1}.epub`);
			writeFileSync(file, book.bytes);
			return file;
		});
		reports = await epubcheckAll(jar, files);
	}, 600_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	books.forEach((book, i) => {
		describe(book.name, () => {
			if (jar) {
				test('passes epubcheck with no errors', () => {
					const problems = (reports[i] ?? []).filter((m) => m.severity === 'ERROR' || m.severity === 'FATAL');
					expect(problems.map((m) => `${m.ID} ${m.locations[0]?.path ?? ''}:${m.locations[0]?.line ?? ''} ${m.message}`)).toEqual([]);
				});
			}
			if (book.wholeText) {
				test('holds every chapter\'s text', () => {
					expect(book.story.chapters.length).toBeGreaterThan(0);
					expectEveryChapterText(openBook(book.bytes), book.story);
				});
			}
		});
	});
});
