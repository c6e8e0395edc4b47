/**
 * The "Continue reading" shelf: stories in progress, newest first, read from
 * the saved positions. Finishing and removing are ordinary position writes
 * (newer wins), so they reach other devices the same way positions do.
 */

import type { PositionRecord } from './position-record.js';
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
	finished: boolean;
	/** Opens the saved chapter (the reader then restores the place in it). */
	url: string | null;
}

export interface ListShelfOptions {
	/** Include stories marked finished (after the ones in progress). Off by default. */
	includeFinished?: boolean;
}

export function shelfEntry(record: PositionRecord): ShelfEntry {
	return {
		storyKey: record.storyKey,
		title: record.title,
		author: record.author,
		site: record.site,
		chapterIndex: record.chapterIndex,
		chapterCount: record.chapterCount,
		percent: Math.round(record.workFraction * 100),
		lastRead: record.updatedAt,
		finished: record.finished,
		url: record.chapterUrl ?? record.workUrl,
	};
}

export async function listShelf(options: ListShelfOptions = {}, store: PositionStore = browserPositionStore()): Promise<ShelfEntry[]> {
	const records = (await store.all()).filter((r) => !r.removed && (options.includeFinished || !r.finished));
	records.sort((a, b) => Number(a.finished) - Number(b.finished) || b.updatedAt - a.updatedAt);
	return records.map(shelfEntry);
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
	return rewrite(storyKey, store, now, (record) => ({
		...record,
		title: '',
		author: '',
		chapterIndex: 1,
		chapterId: null,
		chapterUrl: null,
		workUrl: null,
		paragraph: 0,
		offset: 0,
		fingerprint: '',
		chapterFraction: 0,
		workFraction: 0,
		removed: true,
	}));
}
