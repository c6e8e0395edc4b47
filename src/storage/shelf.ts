/**
 * The "Continue reading" shelf: stories in progress, newest first, read from
 * the saved positions and joined with the library (status, new chapters).
 * Finishing and removing are ordinary position writes (newer wins), so they
 * reach other devices the same way positions do.
 */

import type { ReadingStatus } from '../reader/reading-status.js';
import { libraryEntryV1Of, newChapterCount, type LibraryEntry } from './library-entry.js';
import { tombstoneOf, type PositionRecord } from './position-record.js';
import { browserPositionStore, type PositionStore } from './positions.js';

export interface ShelfEntry {
	storyKey: string;
	title: string;
	author: string;
	site: string;
	chapterIndex: number;
	/** M in "chapter N of M", when known. */
	chapterCount: number | null;
	/** 0..100 through the work, whole numbers. */
	percent: number;
	/** Epoch milliseconds. */
	lastRead: number;
	/** Finished or dropped: off the shelf unless asked for. */
	finished: boolean;
	/** Opens the saved chapter (the reader then restores the place in it). */
	url: string | null;
	/** The library's status, when the story is in the library. */
	status: ReadingStatus | null;
	/** Chapters posted since the reader last caught up (from pages the reader opened). */
	newChapters: number;
}

export interface ListShelfOptions {
	/** Include stories marked finished or dropped (after the ones in progress). Off by default. */
	includeFinished?: boolean;
}

/** What the shelf needs of the library (library.ts), so tests can pass a plain list. */
export interface ShelfLibrary {
	all(): Promise<LibraryEntry[]>;
}

export function shelfEntry(record: PositionRecord, entry: LibraryEntry | null = null): ShelfEntry {
	const chapterCount = entry?.chaptersAvailable ?? record.chapterCount;
	return {
		...libraryEntryV1Of(record),
		chapterCount,
		finished: entry ? entry.status === 'finished' || entry.status === 'dropped' : record.finished,
		status: entry?.status ?? null,
		newChapters: entry ? newChapterCount({ ...entry, chaptersRead: Math.max(entry.chaptersRead, record.chapterIndex) }) : 0,
	};
}

const noLibrary: ShelfLibrary = { all: async () => [] };

export async function listShelf(options: ListShelfOptions = {}, store: PositionStore = browserPositionStore(), library: ShelfLibrary = noLibrary): Promise<ShelfEntry[]> {
	const [records, entries] = await Promise.all([store.all(), library.all()]);
	const byKey = new Map(entries.map((entry) => [entry.storyKey, entry]));
	const shelf = records
		.filter((record) => !record.removed)
		.map((record) => shelfEntry(record, byKey.get(record.storyKey) ?? null))
		.filter((entry) => options.includeFinished || !entry.finished);
	shelf.sort((a, b) => Number(a.finished) - Number(b.finished) || b.lastRead - a.lastRead);
	return shelf;
}

async function rewrite(storyKey: string, store: PositionStore, now: number, change: (record: PositionRecord) => PositionRecord): Promise<boolean> {
	const record = (await store.all()).find((r) => r.storyKey === storyKey);
	if (!record) return false;
	// The change must be newer than the record for it to win on every device.
	return store.save({ ...change(record), updatedAt: Math.max(now, record.updatedAt + 1) });
}

export function markFinished(storyKey: string, finished: boolean, store: PositionStore = browserPositionStore(), now = Date.now()): Promise<boolean> {
	return rewrite(storyKey, store, now, (record) => ({ ...record, finished }));
}

/**
 * Takes a story off the shelf: the record becomes a tombstone without title,
 * author or place, so the removal reaches other devices; reading the story
 * again starts a new record that replaces it.
 */
export function removeFromShelf(storyKey: string, store: PositionStore = browserPositionStore(), now = Date.now()): Promise<boolean> {
	return rewrite(storyKey, store, now, (record) => tombstoneOf(record, now));
}
