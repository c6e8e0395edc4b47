import { describe, expect, test } from 'vitest';
import { chapterWords, isChapterRead, lazyChapters } from '../../src/core/lazy-chapter.js';
import type { Chapter } from '../../src/core/types.js';
import { fillChapters, fillOrder, readAllInSlices, type Slice } from '../../src/reader/chapter-fill.js';

/** Chapters that record the order they are read in. */
function chapters(count: number, log: number[]): Chapter[] {
	const make = lazyChapters();
	return Array.from({ length: count }, (_, i) => make({ index: i + 1, title: null, id: null, url: null }, () => {
		log.push(i);
		return { summaryHtml: null, notesHtml: null, endNotesHtml: null, html: `<p>Chapter ${i + 1}</p>`, measure: () => ({ text: `Chapter ${i + 1}`, words: 2 }) };
	}, { blocks: () => 1, mayHaveNotes: false }));
}

/** A slice the test runs by hand, one task at a time. */
function manualSlices() {
	const tasks: (() => void)[] = [];
	const slice: Slice = (task) => {
		tasks.push(task);
		return () => tasks.splice(tasks.indexOf(task), 1);
	};
	const runOne = () => tasks.shift()?.();
	return { slice, tasks, runOne };
}

describe('filling the reader a chapter at a time', () => {
	test('after the first chapter, on through the work, then back towards its start', () => {
		expect(fillOrder(6, 3)).toEqual([4, 5, 2, 1, 0]);
		expect(fillOrder(3, 0)).toEqual([1, 2]);
		expect(fillOrder(1, 0)).toEqual([]);
	});

	test('the first chapter is read at once and counted in the first slice; each later slice reads one more, and nothing runs in between', async () => {
		const log: number[] = [];
		const list = chapters(5, log);
		const { slice, tasks, runOne } = manualSlices();
		const fill = fillChapters(list, 2, slice);
		expect(log).toEqual([2]);
		expect(tasks).toHaveLength(1);
		expect(chapterWords(list[2]!)).not.toBe(2);
		runOne();
		expect(chapterWords(list[2]!)).toBe(2);
		expect(log).toEqual([2]);
		runOne();
		expect(log).toEqual([2, 3]);
		while (tasks.length > 0) runOne();
		expect(log).toEqual([2, 3, 4, 1, 0]);
		await fill.done;
		expect(list.every(isChapterRead)).toBe(true);
	});

	test('a chapter the reader comes near is read straight away, and its listeners hear of it', () => {
		const log: number[] = [];
		const list = chapters(5, log);
		const { slice, runOne } = manualSlices();
		const fill = fillChapters(list, 0, slice);
		const heard: string[] = [];
		fill.subscribe(4, () => heard.push('four'));
		fill.subscribe(1, () => heard.push('one'));
		fill.readNow(4);
		expect(log).toEqual([0, 4]);
		expect(heard).toEqual(['four']);
		expect(fill.isRead(4)).toBe(true);
		expect(fill.isRead(3)).toBe(false);
		runOne();
		runOne();
		expect(heard).toEqual(['four', 'one']);
	});

	test('a chapter read by someone else is still announced to the view when its turn comes', () => {
		const log: number[] = [];
		const list = chapters(3, log);
		const { slice, runOne } = manualSlices();
		const fill = fillChapters(list, 0, slice);
		let shown = false;
		fill.subscribe(1, () => {
			shown = true;
		});
		void list[1]!.html;
		expect(shown).toBe(false);
		runOne();
		runOne();
		expect(shown).toBe(true);
		expect(log).toEqual([0, 1]);
	});

	test('stopping leaves the rest unread and settles', async () => {
		const log: number[] = [];
		const list = chapters(4, log);
		const { slice, tasks } = manualSlices();
		const fill = fillChapters(list, 0, slice);
		fill.stop();
		expect(tasks).toHaveLength(0);
		await fill.done;
		expect(log).toEqual([0]);
	});

	test('everything still unread is read in slices for a saved copy, and with real timers too', async () => {
		const log: number[] = [];
		const list = chapters(4, log);
		void list[0]!.html;
		await readAllInSlices(list);
		expect(log).toEqual([0, 1, 2, 3]);
		await expect(readAllInSlices(list)).resolves.toBeUndefined();
	});
});
