/// <reference types="vite/client" />
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { PageKind, Story } from '../../src/core/types.js';
import { corpusDir, firstWords, lastWords } from './helpers.js';

/**
 * The true values of a corpus page (from the corpus's SOURCES.md), and the
 * check every corpus test applies. The original sites' pages are listed in
 * corpus.test.ts; each newer engine lists its pages in corpus-expected/<engine>.ts
 * (exporting `expected`), which corpus-sites.test.ts runs.
 */
export interface Expected {
	url: string;
	kind: PageKind;
	title?: string;
	authors?: string[];
	rating?: string | null;
	ratingLevel?: Story['ratingLevel'];
	warnings?: string[];
	fandoms?: string[];
	/** [posted, expected] from the stats; expected null for "?". */
	stats?: [number | null, number | null];
	chapterTitles?: (string | null)[];
	listed?: number;
	firstListed?: string | null;
	first?: string;
	last?: string;
	storyKey?: string;
	check?: (story: Story) => void;
}

/** Every page of the corpus outside readability/, as "folder/file.html". */
export function corpusPages(): string[] {
	return readdirSync(corpusDir)
		.filter((dir) => dir !== 'readability' && statSync(join(corpusDir, dir)).isDirectory())
		.flatMap((dir) => readdirSync(join(corpusDir, dir)).map((f) => `${dir}/${f}`));
}

const modules = import.meta.glob<{ expected: Record<string, Expected> }>('./corpus-expected/*.ts', { eager: true });

/** The expectations of every corpus-expected/*.ts file, merged. */
export function allCorpusExpectations(): Record<string, Expected> {
	return Object.assign({}, ...Object.values(modules).map((m) => m.expected));
}

export function checkStory(story: Story, e: Expected): void {
	expect(story.kind).toBe(e.kind);
	if (e.title !== undefined) expect(story.title).toBe(e.title);
	if (e.authors) expect(story.authors).toEqual(e.authors);
	if (e.rating !== undefined) expect(story.rating).toBe(e.rating);
	if (e.ratingLevel) expect(story.ratingLevel).toBe(e.ratingLevel);
	if (e.warnings) expect(story.warnings).toEqual(e.warnings);
	if (e.fandoms) expect(story.fandoms).toEqual(e.fandoms);
	if (e.stats) {
		expect(story.stats.chapters).toBe(e.stats[0]);
		expect(story.stats.chaptersExpected).toBe(e.stats[1]);
	}
	if (e.chapterTitles) expect(story.chapters.map((c) => c.title)).toEqual(e.chapterTitles);
	if (e.listed !== undefined) expect(story.chapterList).toHaveLength(e.listed);
	if (e.firstListed !== undefined) expect(story.chapterList[0]?.title).toBe(e.firstListed);
	if (e.first) expect(firstWords(story.chapters[0]?.text ?? '', e.first.split(' ').length)).toBe(e.first);
	if (e.last) expect(lastWords(story.chapters.at(-1)?.text ?? '', e.last.split(' ').length)).toBe(e.last);
	if (e.storyKey) expect(story.storyKey).toBe(e.storyKey);
	if (story.kind === 'story') {
		expect(story.chapters.length).toBeGreaterThan(0);
		for (const chapter of story.chapters) {
			expect(chapter.text.trim()).not.toBe('');
			expect(chapter.words).toBeGreaterThan(0);
			expect(chapter.html).not.toMatch(/<script|<style|<form|<iframe|\son\w+=|javascript:/i);
			expect(chapter.text).not.toMatch(/Chapter Text|Work Text:|Kudos|Previous Chapter/);
		}
		expect(story.storyKey).toMatch(/^[a-z0-9]+:\S+$/);
	}
	e.check?.(story);
}
