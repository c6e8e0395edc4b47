import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { decodePage } from '../../src/cli/decode.js';
import { fixturesDir } from './helpers.js';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readStdin: async () => Buffer.from(stdin, 'utf8') });
	return { code, out, err };
}

const REQUIRED_KEYS = ['kind', 'site', 'title', 'authors', 'rating', 'ratingLevel', 'warnings', 'fandoms', 'relationships', 'characters', 'tags', 'summary', 'chapters'];

describe('quire extract', () => {
	test('prints one JSON object with the required keys', async () => {
		const { code, out, err } = await run(['extract', join(fixturesDir, 'ao3-chapter.html'), '--url', 'https://archiveofourown.org/works/900002/chapters/5002']);
		expect(err).toBe('');
		expect(code).toBe(0);
		const story = JSON.parse(out) as Record<string, unknown>;
		for (const key of REQUIRED_KEYS) expect(story).toHaveProperty(key);
		expect(story).toMatchObject({ kind: 'story', site: 'ao3', title: 'Salt and Sorrel', ratingLevel: 'mature' });
		expect(story.chapters).toEqual([expect.objectContaining({ title: null, text: expect.stringMatching(/^Maren counted the boats/) })]);
	});

	test('a .txt file is read as text/plain', async () => {
		const { code, out } = await run(['extract', join(fixturesDir, 'story.txt'), '--url=http://archive.example.org/clockmaker.txt']);
		expect(code).toBe(0);
		expect(JSON.parse(out)).toMatchObject({ kind: 'story', site: 'generic', title: "The Clockmaker's Cat", rating: 'PG-13' });
	});

	test('FILE "-" reads standard input', async () => {
		const { code, out } = await run(['extract', '-', '--url', 'https://www.fanfiction.net/s/9000002/1/'], await import('node:fs').then((fs) => fs.readFileSync(join(fixturesDir, 'ffnet-old.html'), 'utf8')));
		expect(code).toBe(0);
		expect(JSON.parse(out)).toMatchObject({ kind: 'story', site: 'ffnet', title: 'Hollow Hill' });
	});

	test('a page that is not a story is not an error', async () => {
		const { code, out } = await run(['extract', '-', '--url', 'https://news.example.com/a'], '<html><body><h1>Weather</h1><p>Rain today.</p></body></html>');
		expect(code).toBe(0);
		expect(JSON.parse(out).kind).toBe('not-story');
	});

	test('--help lists the commands, and "extract --help" explains extract; both on standard output, exit 0', async () => {
		for (const argv of [['--help'], ['-h'], ['help']]) {
			const { code, out, err } = await run(argv);
			expect(code, argv.join(' ')).toBe(0);
			expect(err).toBe('');
			expect(out).toMatch(/^usage: quire COMMAND/);
			expect(out).toMatch(/^ {2}extract +print the story on a saved page as one JSON object$/m);
		}
		for (const argv of [['extract', '--help'], ['extract', 'page.html', '-h'], ['help', 'extract']]) {
			const { code, out, err } = await run(argv);
			expect(code, argv.join(' ')).toBe(0);
			expect(err).toBe('');
			expect(out).toMatch(/^usage: quire extract FILE --url URL\n/);
			expect(out).toContain('--url URL');
		}
	});

	test('help for a command that does not exist is a usage error', async () => {
		const { code, out, err } = await run(['help', 'frobnicate']);
		expect(code).toBe(1);
		expect(out).toBe('');
		expect(err).toMatch(/^quire: unknown command "frobnicate"/);
	});

	test('missing --url, unreadable file and bad usage exit non-zero with one line', async () => {
		for (const argv of [['extract', join(fixturesDir, 'story.txt')], ['extract', '/no/such/file.html', '--url', 'https://example.com/'], [], ['frobnicate'], ['extract', 'x.html', '--url', 'not a url']]) {
			const { code, out, err } = await run(argv);
			expect(code, argv.join(' ')).toBe(1);
			expect(out).toBe('');
			expect(err.trim().split('\n')).toHaveLength(1);
		}
	});

	test('bytes are decoded by BOM, meta charset, UTF-8, else windows-1252', () => {
		expect(decodePage(Buffer.from([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9]))).toBe('café');
		expect(decodePage(Buffer.from('<meta charset="windows-1252"><p>caf\xe9</p>', 'latin1'))).toContain('café');
		expect(decodePage(Buffer.from('<p>caf\xe9 \x93quoted\x94</p>', 'latin1'))).toBe('<p>café “quoted”</p>');
		expect(decodePage(Buffer.from('<p>日本</p>', 'utf8'))).toBe('<p>日本</p>');
	});

	test('a windows-1252 file from disk keeps its curly quotes', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'quire-'));
		const file = join(dir, 'old.html');
		writeFileSync(file, Buffer.from('<html><body><p>Title: Old Page</p><p>Author: Someone</p><p>Rating: G</p><p>\x93Hello,\x94 she said, and the old archive page went on for quite a few more words than that, because old pages were never short and their authors loved a long sentence.</p></body></html>', 'latin1'));
		const { code, out } = await run(['extract', file, '--url', 'http://old.example.net/page.html']);
		expect(code).toBe(0);
		expect(JSON.parse(out).chapters[0].text).toMatch(/^“Hello,” she said/);
	});
});
