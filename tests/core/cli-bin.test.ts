// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixturesDir, repoRoot } from './helpers.js';

/** The command as users run it (`npx quire …` runs bin/quire.mjs), building its bundle first if needed. */
function quire(args: string[], input?: string) {
	return spawnSync(process.execPath, [join(repoRoot, 'bin/quire.mjs'), ...args], { input, encoding: 'utf8', timeout: 60_000 });
}

describe('the quire command', () => {
	test('prints one JSON story for a file and a URL', () => {
		const run = quire(['extract', join(fixturesDir, 'story.txt'), '--url', 'https://example.org/fic/story.txt']);
		expect(run.status).toBe(0);
		const story = JSON.parse(run.stdout);
		expect(story.kind).toBe('story');
		expect(story.chapters[0].text.length).toBeGreaterThan(100);
	});

	test('a page whose stylesheets jsdom cannot parse prints its story and nothing on stderr', () => {
		const page = '<!doctype html><style>}}} a { color: red } {{{</style><title>News</title><p>Rain today.</p>';
		const run = quire(['extract', '-', '--url', 'https://example.org/news.html'], page);
		expect(run.status).toBe(0);
		expect(run.stderr).toBe('');
		expect(JSON.parse(run.stdout).kind).toBe('not-story');
	});

	test('--help and extract --help print usage and exit 0', () => {
		const general = quire(['--help']);
		expect(general.status).toBe(0);
		expect(general.stdout).toMatch(/^usage: quire COMMAND/);
		expect(general.stdout).toContain('extract');
		const extract = quire(['extract', '--help']);
		expect(extract.status).toBe(0);
		expect(extract.stdout).toMatch(/^usage: quire extract FILE --url URL/);
		expect(extract.stderr).toBe('');
	});

	test('reads standard input, and says in one line what is wrong', () => {
		const piped = quire(['extract', '-', '--url', 'https://example.org/news.html'], '<!doctype html><title>News</title><p>Rain today.</p>');
		expect(piped.status).toBe(0);
		expect(JSON.parse(piped.stdout).kind).toBe('not-story');
		const missing = quire(['extract', join(fixturesDir, 'story.txt')]);
		expect(missing.status).not.toBe(0);
		expect(missing.stderr.trim().split('\n')).toHaveLength(1);
	});
});
