import { describe, expect, test, vi } from 'vitest';
import { chapterHasNotes, chapterWords, isChapterRead, lazyChapters, measureChapter, readChapter } from '../../src/core/lazy-chapter.js';
import type { Story } from '../../src/core/types.js';
import { documentFrom } from './helpers.js';
import { extractStory } from '../../src/extract/extract.js';
import { entireWork } from './synthetic-ao3.js';

import { ENTIRE_WORK_URL as URL_ } from './synthetic-ao3.js';

function read(count = 4): Story {
	return extractStory(documentFrom(entireWork(count), URL_), URL_);
}

describe('chapters read when first needed', () => {
	test('extraction reads the header and the chapter boundaries, and no chapter text', () => {
		const story = read();
		expect(story.kind).toBe('story');
		expect(story.title).toBe('Tides');
		expect(story.chapters.map((c) => c.title)).toEqual(['Part 1', 'Part 2', 'Part 3', 'Part 4']);
		expect(story.chapters.map(isChapterRead)).toEqual([false, false, false, false]);
	});

	test('asking for one chapter’s text reads that chapter only, once', () => {
		const story = read();
		const third = story.chapters[2]!;
		expect(third.words).toBe(30 * 9);
		expect(story.chapters.map(isChapterRead)).toEqual([false, false, true, false]);
		expect(third.html).toBe(third.html);
		expect(third.text.split('\n\n')).toHaveLength(30);
	});

	test('a lazy chapter reads the same as one read at once, and serialises whole', () => {
		const lazy = read();
		const eager = read();
		for (const chapter of eager.chapters) readChapter(chapter);
		const copy = JSON.parse(JSON.stringify(lazy)) as Story;
		expect(copy.chapters).toEqual(JSON.parse(JSON.stringify(eager.chapters)));
		expect(copy.chapters[1]!.notesHtml).toContain('A note on chapter two.');
		expect(structuredClone(lazy).chapters[3]!.words).toBe(40 * 9);
		expect({ ...lazy.chapters[0]! }.words).toBe(10 * 9);
	});

	test('before a chapter is counted its words are estimated from the story’s own words per paragraph; after, they are exact', () => {
		const story = read();
		readChapter(story.chapters[0]!);
		// Cleaned but not counted: words per block from the length of the cleaned HTML, roughly.
		expect(Math.abs(chapterWords(story.chapters[3]!) - 40 * 9)).toBeLessThan(40 * 9 * 0.5);
		measureChapter(story.chapters[0]!);
		// About nine words per block counted in chapter 1 (its ten paragraphs and a heading); chapter 4 has forty.
		expect(Math.abs(chapterWords(story.chapters[3]!) - 40 * 9)).toBeLessThan(40 * 9 * 0.1);
		expect(isChapterRead(story.chapters[3]!)).toBe(false);
		readChapter(story.chapters[3]!);
		expect(isChapterRead(story.chapters[3]!)).toBe(true);
		measureChapter(story.chapters[3]!);
		expect(chapterWords(story.chapters[3]!)).toBe(40 * 9);
	});

	test('whether a chapter has notes is known before it is read', () => {
		const story = read();
		expect(story.chapters.map(chapterHasNotes)).toEqual([false, true, false, false]);
		expect(story.chapters.map(isChapterRead)).toEqual([false, false, false, false]);
	});

	test('a chapter that cannot be read is empty, with the rest of the story intact', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const make = lazyChapters();
		const broken = make({ index: 1, title: null, id: null, url: null }, () => {
			throw new Error('the page changed');
		}, { blocks: () => 3, mayHaveNotes: false });
		expect(broken.html).toBe('');
		expect(broken.words).toBe(0);
		expect(isChapterRead(broken)).toBe(true);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});
});
