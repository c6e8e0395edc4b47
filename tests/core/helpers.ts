import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { quietCssConsole } from '../../src/cli/jsdom-console.js';
import type { Story } from '../../src/core/types.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = join(repoRoot, 'tests/fixtures');

/** The shared corpus of real saved pages: ../shared/corpus, or $QUIRE_CORPUS. */
export const corpusDir = process.env.QUIRE_CORPUS ? resolve(process.env.QUIRE_CORPUS) : resolve(repoRoot, '../shared/corpus');

/**
 * Whether corpus cases can run. Missing corpus: a failure on CI, a loud
 * warning elsewhere (the own fixtures still run).
 */
export function corpusAvailable(): boolean {
	if (existsSync(corpusDir)) return true;
	const message = `Quire corpus not found at ${corpusDir} (set QUIRE_CORPUS to its folder).`;
	if (process.env.CI === 'true') throw new Error(`${message} The corpus is required on CI.`);
	console.warn(`\n!!! ${message} Corpus test cases are NOT registered; only the project's own fixtures run. !!!\n`);
	return false;
}

export function documentFrom(html: string, url: string): Document {
	return new JSDOM(html, { url, virtualConsole: quietCssConsole() }).window.document;
}

export function extractFile(path: string, url: string): Story {
	return extractStory(documentFrom(readFileSync(path, 'utf8'), url), url);
}

export function fixture(name: string): string {
	return readFileSync(join(fixturesDir, name), 'utf8');
}

export function extractFixture(name: string, url: string): Story {
	return extractStory(documentFrom(fixture(name), url), url);
}

/** A browser's view of a text/plain file: one <pre> in the body. */
export function plainTextDocument(text: string, url: string): Document {
	const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url, virtualConsole: quietCssConsole() });
	const doc = dom.window.document;
	const pre = doc.createElement('pre');
	pre.textContent = text;
	doc.body.appendChild(pre);
	Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
	return doc;
}

export function firstWords(text: string, n: number): string {
	return text.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
}

export function lastWords(text: string, n: number): string {
	return text.split(/\s+/).filter(Boolean).slice(-n).join(' ');
}

/**
 * The general (non-fan-fiction) pages from Readability's test suite, in two
 * halves so two test files can read them in parallel: none may be a story.
 */
export function registerGeneralPageNegatives(half: 0 | 1): void {
	if (!corpusAvailable()) return;
	const pages = readdirSync(join(corpusDir, 'readability')).sort();
	const mine = pages.filter((_, i) => i % 2 === half);
	describe(`general pages are never stories (${half === 0 ? 'first' : 'second'} half of ${pages.length})`, () => {
		for (const page of mine) {
			test(page, () => {
				const story = extractFile(join(corpusDir, 'readability', page, 'source.html'), 'http://fakehost/test/page.html');
				expect(story.kind).not.toBe('story');
			});
		}
	});
}
