import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { dc, expectEveryChapterText, openBook } from '../epub/book.js';
import { extractFixture, fixturesDir, repoRoot } from './helpers.js';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readStdin: async () => Buffer.from(stdin, 'utf8') });
	return { code, out, err };
}

const ENTIRE_WORK_URL = 'https://archiveofourown.org/works/900003?view_full_work=true';

describe('quire epub', () => {
	test('writes an EPUB of every chapter on the page to --out', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'quire-epub-'));
		const out = join(dir, 'book.epub');
		const { code, out: said, err } = await run(['epub', join(fixturesDir, 'ao3-entire-work.html'), '--url', ENTIRE_WORK_URL, '--out', out]);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(said).toBe(`wrote ${out} (2 chapters, ${Math.ceil(readFileSync(out).length / 1024)} kB)\n`);
		const book = openBook(readFileSync(out));
		const story = extractFixture('ao3-entire-work.html', ENTIRE_WORK_URL);
		expect(dc(book, 'title')).toEqual([story.title]);
		expect(dc(book, 'source')).toEqual([ENTIRE_WORK_URL]);
		expectEveryChapterText(book, story);
	});

	test('reads standard input and --url=/--out= forms', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'quire-epub-'));
		const out = join(dir, 'hill.epub');
		const { code } = await run(['epub', '-', '--url=https://www.fanfiction.net/s/9000002/1/', `--out=${out}`], readFileSync(join(fixturesDir, 'ffnet-old.html'), 'utf8'));
		expect(code).toBe(0);
		expect(dc(openBook(readFileSync(out)), 'title')).toEqual(['Hollow Hill']);
	});

	test('a page that is not a story, an adult-content gate, or bad usage: one line, exit 1, no file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'quire-epub-'));
		const out = join(dir, 'nothing.epub');
		const cases: [string[], string, RegExp][] = [
			[['epub', '-', '--url', 'https://news.example.com/a', '--out', out], '<html><body><h1>Weather</h1><p>Rain today.</p></body></html>', /^quire: no story on this page$/],
			[['epub', join(fixturesDir, 'ao3-adult-gate.html'), '--url', 'https://archiveofourown.org/works/900004', '--out', out], '', /^quire: the archive shows a content check here instead of the story/],
			[['epub', join(fixturesDir, 'story.txt'), '--out', out], '', /^quire: missing --url/],
			[['epub', '--url', 'https://example.org/'], '', /^quire: missing FILE/],
			[['epub', 'a.html', '--url', 'https://example.org/', '--out'], '', /^quire: --out needs a file name/],
			[['epub', 'a.html', '--url', 'https://example.org/', '--frob'], '', /^quire: unknown option "--frob"/],
			[['epub', '/no/such/page.html', '--url', 'https://example.org/', '--out', out], '', /^quire: cannot read \/no\/such\/page\.html/],
		];
		for (const [argv, stdin, message] of cases) {
			const { code, out: said, err } = await run(argv, stdin);
			expect(code, argv.join(' ')).toBe(1);
			expect(said).toBe('');
			expect(err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
			expect(err.trim(), argv.join(' ')).toMatch(message);
		}
		expect(existsSync(out)).toBe(false);
	});

	test('without --out the command writes "Title - Author.epub" in the current directory', () => {
		const dir = mkdtempSync(join(tmpdir(), 'quire-epub-'));
		const result = spawnSync(process.execPath, [join(repoRoot, 'bin/quire.mjs'), 'epub', join(fixturesDir, 'personal-archive.html'), '--url', 'http://www.example.net/~juniper/straylight.html'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readdirSync(dir)).toEqual(['Stray Light - Juniper Vale.epub']);
		expect(dc(openBook(readFileSync(join(dir, 'Stray Light - Juniper Vale.epub'))), 'creator')).toEqual(['Juniper Vale']);
	});
});
