// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractGeneric, GENERIC_LIMITS } from '../../src/core/generic.js';
import { cloneVisible, hiddenTest } from '../../src/core/hidden.js';
import { neutraliseNames, safeCall, safeGet } from '../../src/core/safe-dom.js';
import { sanitizeToElement } from '../../src/core/sanitize.js';
import { extractStory } from '../../src/extract/extract.js';
import { clobberingDocument, clobberingNames } from './clobbering.js';
import { documentFrom, fixture, fixturesDir, plainTextDocument, repoRoot } from './helpers.js';

/**
 * Issue 11, "Hostile and broken pages": nothing a page contains may hang or
 * crash the tab. jsdom does not clobber, so clobbering.ts makes it do so as
 * browsers do (on the page and on every copy made of it). The environment is
 * node (esbuild, which builds the sweep's runner, does not run under jsdom);
 * pages are jsdom documents of their own.
 */

const PAGE_URL = 'http://www.example.net/~wren/fiction/lantern-ferry.html';
const NAMES = clobberingNames(readFileSync(join(repoRoot, 'node_modules/dompurify/dist/purify.es.mjs'), 'utf8'));
const HOWS = ['input name', 'input id', 'img name'] as const;

interface SweepLine {
	name: string;
	how: string;
	kind?: string;
	problem?: string | null;
	title?: string | null;
	authors?: string[];
	words?: number;
	threw?: string;
}

/** Runs the sweep runner in child processes: a page that loops forever is killed by the timeout, not the test run. */
async function sweep(names: readonly string[], timeoutMs: number): Promise<SweepLine[]> {
	const outDir = join(repoRoot, 'dist/test-sweep');
	mkdirSync(outDir, { recursive: true });
	const runner = join(outDir, 'clobber-sweep.mjs');
	await build({ entryPoints: [join(repoRoot, 'tests/core/clobber-sweep-runner.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: runner, logLevel: 'silent' });
	const half = Math.ceil(names.length / 2);
	const runs = [names.slice(0, half), names.slice(half)].map((part) => new Promise<SweepLine[]>((resolve) => {
		let out = '';
		const child = spawn(process.execPath, [runner, join(fixturesDir, 'lantern-ferry.html'), ...part], { stdio: ['ignore', 'pipe', 'inherit'], timeout: timeoutMs, killSignal: 'SIGKILL' });
		child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
		child.on('close', () => resolve(out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as SweepLine)));
	}));
	return (await Promise.all(runs)).flat();
}

describe('DOM clobbering: every name DOMPurify knows, planted in a generic story page', () => {
	const results = new Map<string, SweepLine>();
	beforeAll(async () => {
		for (const line of await sweep(NAMES, 240_000)) results.set(`${line.how}:${line.name}`, line);
	}, 300_000);

	test('the list comes from DOMPurify and holds the names that froze the tab', () => {
		expect(NAMES).toEqual(expect.arrayContaining(['parentNode', 'firstChild', 'nodeType', 'attributes', 'children', 'nodeName', 'childNodes', 'lastChild', 'nextSibling', 'previousSibling', 'ownerDocument', 'textContent', 'tagName', 'getAttribute', 'removeChild', 'hasChildNodes', 'querySelector']));
	});

	test.each(NAMES)('<form><input name=%s></form>: reading finishes and reads the story, or says why not', (name) => {
		for (const how of HOWS) {
			const line = results.get(`${how}:${name}`);
			expect(line, `${how} ${name} finished`).toBeDefined();
			expect(line?.threw, `${how} ${name}`).toBeUndefined();
			if (line?.kind === 'story') expect(line).toMatchObject({ title: 'The Lantern Ferry', authors: ['Wren Halloway'] });
			else expect(line?.problem, `${how} ${name} says why it read nothing`).toMatch(/^too-/);
		}
	});
});

describe('reading through clobbered properties', () => {
	const page = () => clobberingDocument(`<html><body>
		<img name="querySelectorAll"><img name="defaultView"><img name="importNode"><img name="createElement">
		<div id="text"><p>One <b>bold</b> line.</p>
		<form><input name="parentNode"><input name="childNodes"><input name="hasAttribute"><input id="nodeName"><p>Inside the form.</p></form>
		<p style="display:none">Hidden.</p><p>Two <img src="x.png" onerror="alert(1)" alt="pic"> lines.</p></div>
		</body></html>`, PAGE_URL);

	test('the simulation clobbers as a browser does', () => {
		const doc = page();
		const form = doc.querySelector('form') as HTMLFormElement;
		expect((form as unknown as Record<string, Element>).parentNode?.tagName).toBe('INPUT');
		expect((doc as unknown as Record<string, Element>).querySelectorAll?.tagName).toBe('IMG');
		expect((doc as unknown as Record<string, Element>).defaultView?.tagName).toBe('IMG');
	});

	test('prototype getters and methods see through the clobbering', () => {
		const doc = page();
		const form = doc.getElementById('text')?.children[1] as Element;
		expect(safeGet<Node>(form, 'parentNode')).toBe(doc.getElementById('text'));
		expect(safeGet<string>(form, 'nodeName')).toBe('FORM');
		expect(safeCall<NodeListOf<Element>>(doc, 'querySelectorAll', 'p')).toHaveLength(4);
	});

	test('a neutralised copy has no name that shadows, and keeps harmless ids', () => {
		const doc = page();
		const copy = safeCall<Document>(doc, 'cloneNode', true);
		neutraliseNames(copy, copy);
		const form = copy.querySelector('form') as unknown as Record<string, unknown>;
		expect(typeof form.parentNode).toBe('object');
		expect(form.parentNode).toBe(copy.getElementById('text'));
		expect(form.nodeName).toBe('FORM');
		expect(copy.querySelectorAll('[name]')).toHaveLength(0);
		expect(copy.getElementById('text')).not.toBeNull();
	});

	test('copying visible text and sanitising skip the clobbered form and use the real window, never the page\'s stand-ins', () => {
		const doc = page();
		const source = doc.getElementById('text') as Element;
		const copy = cloneVisible(source, hiddenTest(doc));
		expect(copy.textContent).toContain('One bold line.');
		expect(copy.textContent).not.toContain('Inside the form');
		expect(copy.textContent).not.toContain('Hidden.');
		const clean = sanitizeToElement(source, { baseUrl: PAGE_URL });
		expect(clean.innerHTML.replace(/>\s+</g, '><')).toBe('<p>One <b>bold</b> line.</p><p>Two <img src="http://www.example.net/~wren/fiction/x.png" alt="pic"> lines.</p>');
	});

	test('a page whose document properties are clobbered is still read by the generic path', () => {
		const html = fixture('lantern-ferry.html').replace('<hr width="60%">', '<img name="querySelector"><img name="cloneNode"><img name="body"><img name="title"><img name="contentType"><hr width="60%">');
		const story = extractStory(clobberingDocument(html, PAGE_URL), PAGE_URL);
		expect(story).toMatchObject({ kind: 'story', title: 'The Lantern Ferry', authors: ['Wren Halloway'], problem: null });
	});
});

describe('bounded work', () => {
	// jsdom builds big documents slowly, so the element bound is shown with smaller limits of the same kind.
	const small = { ...GENERIC_LIMITS, maxElements: 3_000, readabilityMaxElements: 1_000 };
	const header = '<p>Title: Big<br>Author: Someone<br>Rating: G<br>Warnings: none</p>';
	const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>"Row ${i}," said Pell, and the <i>lantern</i> swung while the river went on.</p>`).join('');

	test('a page with more elements than the reader reads is left alone, and says it is too big', () => {
		const doc = documentFrom(`<html><body>${header}${prose(1_600)}</body></html>`, PAGE_URL);
		const before = doc.body.innerHTML;
		const story = extractGeneric(doc, new URL(PAGE_URL), small);
		expect(story).toMatchObject({ kind: 'not-story', problem: 'too-big', chapters: [] });
		expect(doc.body.innerHTML).toBe(before);
	});

	test('a page too big for Readability but within bounds is read from the whole cleaned page', () => {
		const doc = documentFrom(`<html><body>${header}${prose(600)}</body></html>`, PAGE_URL);
		const story = extractGeneric(doc, new URL(PAGE_URL), small);
		expect(story).toMatchObject({ kind: 'story', title: 'Big', authors: ['Someone'], problem: null });
		expect(story.chapters[0]?.text.split('\n\n')).toHaveLength(600);
	});

	test('the limits are generous for real stories', () => {
		expect(GENERIC_LIMITS.maxElements).toBeGreaterThanOrEqual(50_000);
		expect(GENERIC_LIMITS.maxTextChars).toBeGreaterThanOrEqual(5_000_000);
	});

	test('a text file longer than the reader reads is too big', () => {
		const text = `Title: Long\nAuthor: Someone\nRating: G\n\n${'word '.repeat(Math.ceil(GENERIC_LIMITS.maxTextChars / 5) + 1)}`;
		const story = extractStory(plainTextDocument(text, 'http://www.example.net/long.txt'), 'http://www.example.net/long.txt');
		expect(story).toMatchObject({ kind: 'not-story', problem: 'too-big' });
	});

	test('a story that reads normally has no problem', () => {
		expect(extractStory(documentFrom(fixture('lantern-ferry.html'), PAGE_URL), PAGE_URL).problem).toBeNull();
	});
});

describe('invisible and separator characters in header lines are read like any other text', () => {
	const CHARACTERS: [string, string][] = [
		['U+2028 line separator', '\u2028'], ['U+2029 paragraph separator', '\u2029'],
		['U+200B zero-width space', '\u200B'], ['U+200C zero-width non-joiner', '\u200C'], ['U+200D zero-width joiner', '\u200D'], ['U+FEFF byte-order mark', '\uFEFF'],
		['U+202A left-to-right embedding', '\u202A'], ['U+202B right-to-left embedding', '\u202B'], ['U+202C pop directional formatting', '\u202C'],
		['U+202D left-to-right override', '\u202D'], ['U+202E right-to-left override', '\u202E'],
		['U+2066 left-to-right isolate', '\u2066'], ['U+2067 right-to-left isolate', '\u2067'], ['U+2068 first-strong isolate', '\u2068'], ['U+2069 pop directional isolate', '\u2069'],
		['NUL', '\u0000'],
	];
	const PROSE = Array.from({ length: 16 }, (_, i) => `"Row ${i + 1}," said Pell, and the lantern swung while the river went on under them, slow and brown and patient as ever.`).join('\n\n');

	test.each(CHARACTERS)('%s in keys and values of a .txt header', (_, ch) => {
		// The character at the end of one line, inside a key, inside a value and before a value.
		const header = `Title: The Lantern Ferry${ch}\nAuth${ch}or: Wren Halloway\nRating:${ch} PG-13\nWarnings: mild ${ch}peril\nSpoilers: none${ch} to speak of`;
		const url = 'http://www.example.net/~wren/ferry.txt';
		const story = extractStory(plainTextDocument(`${header}\n\n${PROSE}\n`, url), url);
		const spaced = ch === '\u2028' || ch === '\u2029';
		expect(story).toMatchObject({ kind: 'story', title: 'The Lantern Ferry', rating: 'PG-13', ratingLevel: 'teen', warnings: [spaced ? 'mild  peril' : 'mild peril'], spoilers: spaced ? 'none  to speak of' : 'none to speak of' });
		// A separator inside a key splits it, as it splits the word on screen; any other of these vanishes.
		expect(story.authors).toEqual(spaced ? [] : ['Wren Halloway']);
		expect(story.chapters[0]?.text).toMatch(/^"Row 1,"/);
	});

	test('a U+2029 in an HTML header line leaves the page a story', () => {
		const html = fixture('lantern-ferry.html').replace('Rating: PG<br>', 'Rating: PG\u2029<br>').replace('Spoilers: set after', 'Spoilers:\u2029set after');
		const story = extractStory(documentFrom(html, PAGE_URL), PAGE_URL);
		expect(story).toMatchObject({ kind: 'story', title: 'The Lantern Ferry', rating: 'PG', spoilers: 'set after "The Long Crossing"' });
	});

	test('joiners between letters of a joining script or an emoji sequence stay', () => {
		const url = 'http://www.example.net/~wren/ferry.txt';
		const story = extractStory(plainTextDocument(`Title: می\u200Cخواهم\nAuthor: Wren\nRating: PG\nPairing: 👩\u200D🚀/Pell\n\n${PROSE}\n`, url), url);
		expect(story.title).toBe('می\u200Cخواهم');
		expect(story.relationships).toEqual(['👩\u200D🚀/Pell']);
	});
});
