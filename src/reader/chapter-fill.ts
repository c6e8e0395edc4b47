/**
 * Fills the reader with chapters a little at a time. The chapter the reader
 * sees first is read before the first paint; the others are read one per
 * task, in the browser's quiet moments, so input and scrolling never wait
 * behind a long work; a chapter the reader scrolls towards is read at once.
 * Reading (core/lazy-chapter.ts) happens once per chapter, whoever asks.
 */
import { isChapterRead, measureChapter, readChapter } from '../core/lazy-chapter.js';
import type { Chapter } from '../core/types.js';

/** Runs `task` in a later task when the page has a moment; returns a cancel function. */
export type Slice = (task: () => void) => () => void;

interface Scheduler {
	postTask(task: () => void, options: { priority: 'background' | 'user-visible'; signal: AbortSignal }): Promise<unknown>;
}

/**
 * `scheduler.postTask` at background priority where the browser has it,
 * else an idle callback (that still runs within 200 ms on a busy page), else
 * a plain timeout.
 */
export const idleSlice: Slice = (task) => {
	const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
	if (typeof scheduler?.postTask === 'function') {
		const cancel = new AbortController();
		scheduler.postTask(task, { priority: 'background', signal: cancel.signal }).catch(() => undefined);
		return () => cancel.abort();
	}
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(task, { timeout: 200 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, 0);
	return () => clearTimeout(id);
};

/** After the first chapter: on through the work (where reading goes next), then back towards its start. */
export function fillOrder(count: number, first: number): number[] {
	const order: number[] = [];
	for (let i = first + 1; i < count; i++) order.push(i);
	for (let i = first - 1; i >= 0; i--) order.push(i);
	return order;
}

export interface ChapterFill {
	/** Whether the chapter at this position in `story.chapters` has been read (and may be shown). */
	isRead(position: number): boolean;
	/** Reads that chapter now, if it is not yet: the reader is about to see it. */
	readNow(position: number): void;
	/** Calls `listener` once the chapter at `position` is read, to show it. Returns an unsubscribe function. */
	subscribe(position: number, listener: () => void): () => void;
	/** Settles once every chapter is read (or the fill was stopped). */
	done: Promise<void>;
	stop(): void;
}

/**
 * Reads `chapters[first]` now and the rest in slices, counting each one's
 * words in its slice (the first one's in the first). A chapter that throws is
 * left to lazyChapter's own fallback (an empty chapter), never stops the fill.
 */
export function fillChapters(chapters: readonly Chapter[], first: number, slice: Slice = idleSlice): ChapterFill {
	const listeners = new Map<number, Set<() => void>>();
	const start = Math.min(Math.max(0, first), Math.max(0, chapters.length - 1));
	// The first chapter is counted in the first slice, after it is painted; each other is read and counted in its own.
	const queue = [start, ...fillOrder(chapters.length, start)];
	let cancel: (() => void) | null = null;
	let stopped = false;
	let finish: () => void = () => undefined;
	const done = new Promise<void>((resolve) => {
		finish = resolve;
	});

	/** Reads the chapter (if no one has yet) and tells the listeners, who may not have shown it yet either way. */
	const read = (position: number): void => {
		const chapter = chapters[position];
		if (!chapter) return;
		readChapter(chapter);
		for (const listener of Array.from(listeners.get(position) ?? [])) listener();
	};

	const next = (): void => {
		cancel = null;
		if (stopped) return;
		const position = queue.shift();
		if (position === undefined) {
			finish();
			return;
		}
		read(position);
		const chapter = chapters[position];
		if (chapter) measureChapter(chapter);
		cancel = slice(next);
	};

	if (chapters[start]) readChapter(chapters[start]);
	cancel = slice(next);

	return {
		isRead: (position) => {
			const chapter = chapters[position];
			return chapter ? isChapterRead(chapter) : false;
		},
		readNow: read,
		subscribe(position, listener) {
			const forPosition = listeners.get(position) ?? new Set();
			listeners.set(position, forPosition);
			forPosition.add(listener);
			return () => forPosition.delete(listener);
		},
		done,
		stop() {
			stopped = true;
			cancel?.();
			cancel = null;
			finish();
		},
	};
}

/** Reads every chapter not yet read, one per slice (for what needs the whole story: a saved copy). */
export function readAllInSlices(chapters: readonly Chapter[], slice: Slice = idleSlice): Promise<void> {
	const first = chapters.findIndex((chapter) => !isChapterRead(chapter));
	return first === -1 ? Promise.resolve() : fillChapters(chapters, first, slice).done;
}
