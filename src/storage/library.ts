/**
 * The library: every story the reader has opened in Quire, one key per story
 * in `storage.local` (`lib:<storyKey>`), with its status, what the pages
 * showed of it and how far the reader got. Stories that only have a saved
 * position (read before the library existed, or synced from another device)
 * are listed from their position as version 1 entries, so nothing on the old
 * shelf is missing here; `migrateLibrary` stores them once on update.
 *
 * New chapters are counted from pages the reader opens, never by loading
 * archive pages in the background.
 */

import type { Story } from '../core/types.js';
import type { ReadingStatus, StoryLibrary } from '../reader/reading-status.js';
import { browserStorageAreas, listenUntilAborted, type StorageAreas, type StorageChange } from './areas.js';
import { decodeVersioned, encodeVersioned } from './define-item.js';
import { mergeEntries, visitedEntry } from './library-changes.js';
import { libraryEntryV1Of, libraryKey, librarySchema, newChapterCount, storyKeyOfLibraryKey, type LibraryEntry } from './library-entry.js';
import { storyKeyOf, tombstoneOf, type PositionRecord } from './position-record.js';
import { browserPositionStore, type PositionStore } from './positions.js';

/** A library entry as the library page shows it: joined with the saved position. */
export interface LibraryItem extends LibraryEntry {
	newChapters: number;
	/** 0..100 through the work at the saved place; null without one. */
	percent: number | null;
}

export interface LibraryStore extends StoryLibrary {
	/** Every story, newest read first, joined with its saved position. */
	list(): Promise<LibraryItem[]>;
	/** Every entry as stored (or derived from a position), for export. */
	all(): Promise<LibraryEntry[]>;
	get(storyKey: string): Promise<LibraryEntry | null>;
	/** Records that the reader opened this page of the story; returns the entry as stored. */
	recordVisit(story: Story): Promise<LibraryEntry | null>;
	/** The reader's place reached `chapterIndex`: counts it as read if it is further than before. */
	reachedChapter(storyKey: string, chapterIndex: number): Promise<void>;
	/** Notes why the last copy could not be saved (null: it was). */
	setCopyProblem(storyKey: string, problem: string | null): Promise<void>;
	/** Takes the story out of the library and off the shelf (its place becomes a tombstone, as on the shelf). */
	remove(storyKey: string): Promise<void>;
	/** Stores imported entries without losing anything stored (see `mergeEntries`); returns which changed. */
	merge(entries: LibraryEntry[]): Promise<{ added: string[]; updated: string[] }>;
	/** Calls back after any change to the library or to positions, until `signal` aborts. */
	watch(callback: () => void, signal?: AbortSignal): void;
}

export interface LibraryOptions {
	areas?: StorageAreas;
	positions?: PositionStore;
	now?: () => number;
}

function sameEntry(a: LibraryEntry, b: LibraryEntry): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** A position that has no library entry, read as the shelf entry it was. */
function entryFromPosition(record: PositionRecord): LibraryEntry | null {
	return decodeVersioned(librarySchema, { v: 1, data: libraryEntryV1Of(record) }, `shelf entry ${record.storyKey}`);
}

export function createLibrary(options: LibraryOptions = {}): LibraryStore {
	const areas = options.areas ?? browserStorageAreas();
	const positions = options.positions ?? browserPositionStore();
	const now = options.now ?? Date.now;
	const local = areas.local;

	const readStored = async (storyKey: string): Promise<LibraryEntry | null> => {
		const key = libraryKey(storyKey);
		const entry = decodeVersioned(librarySchema, (await local.get(key))[key], `local ${key}`);
		return entry?.storyKey === storyKey ? entry : null;
	};

	const write = async (entries: LibraryEntry[]): Promise<void> => {
		if (entries.length === 0) return;
		await local.set(Object.fromEntries(entries.map((entry) => [libraryKey(entry.storyKey), encodeVersioned(librarySchema, entry)])));
	};

	/** Stored entries, plus entries derived from positions that have none; and the positions, by story. */
	const everything = async (): Promise<{ entries: Map<string, LibraryEntry>; places: Map<string, PositionRecord> }> => {
		const [stored, records] = await Promise.all([local.get(null), positions.all()]);
		const entries = new Map<string, LibraryEntry>();
		for (const [key, raw] of Object.entries(stored)) {
			const storyKey = storyKeyOfLibraryKey(key);
			if (storyKey === null) continue;
			const entry = decodeVersioned(librarySchema, raw, `local ${key}`);
			if (entry?.storyKey === storyKey) entries.set(storyKey, entry);
		}
		const places = new Map<string, PositionRecord>();
		for (const record of records) {
			if (record.removed) continue;
			places.set(record.storyKey, record);
			if (!entries.has(record.storyKey)) {
				const derived = entryFromPosition(record);
				if (derived) entries.set(record.storyKey, derived);
			}
		}
		return { entries, places };
	};

	const get = async (storyKey: string): Promise<LibraryEntry | null> => {
		const stored = await readStored(storyKey);
		if (stored) return stored;
		const place = await positions.load(storyKey);
		return place ? entryFromPosition(place) : null;
	};

	/** Keeps the place's "finished" flag (which syncs to other devices and drives the shelf) in step with the status. */
	const markPlace = async (storyKey: string, finished: boolean, at: number): Promise<void> => {
		const place = await positions.load(storyKey);
		if (!place || place.finished === finished) return;
		await positions.save({ ...place, finished, updatedAt: Math.max(at, place.updatedAt + 1) });
	};

	const update = async (storyKey: string, change: (entry: LibraryEntry) => LibraryEntry): Promise<LibraryEntry | null> => {
		const entry = await get(storyKey);
		if (!entry) return null;
		const next = librarySchema.validate(change(entry));
		if (next && !sameEntry(next, entry)) await write([next]);
		return next;
	};

	const library: LibraryStore = {
		async list() {
			const { entries, places } = await everything();
			const items: LibraryItem[] = [...entries.values()].map((entry) => {
				const place = places.get(entry.storyKey);
				const joined: LibraryEntry = place
					? { ...entry, chaptersRead: Math.max(entry.chaptersRead, place.chapterIndex), lastRead: Math.max(entry.lastRead, place.updatedAt) }
					: entry;
				return { ...joined, newChapters: newChapterCount(joined), percent: place ? Math.round(place.workFraction * 100) : null };
			});
			return items.sort((a, b) => b.lastRead - a.lastRead);
		},

		async all() {
			return [...(await everything()).entries.values()];
		},

		get,

		async recordVisit(story) {
			if (!story.storyKey) return null;
			const entry = visitedEntry(story, await get(story.storyKey), now());
			if (entry) await write([entry]);
			return entry;
		},

		async reachedChapter(storyKey, chapterIndex) {
			await update(storyKey, (entry) => (chapterIndex > entry.chaptersRead ? { ...entry, chaptersRead: chapterIndex } : entry));
		},

		async setCopyProblem(storyKey, problem) {
			await update(storyKey, (entry) => ({ ...entry, copyProblem: problem }));
		},

		async status(storyKey) {
			return (await get(storyKey))?.status ?? null;
		},

		async setStatus(storyKey, status) {
			const at = now();
			const entry = await update(storyKey, (current) => ({
				...current,
				status,
				statusChangedAt: Math.max(at, current.statusChangedAt + 1),
				// Finished means caught up: nothing is new until the next chapter is posted.
				...(status === 'finished' && current.chaptersAvailable !== null
					? { chaptersRead: Math.max(current.chaptersRead, current.chaptersAvailable) }
					: {}),
			}));
			if (entry) await markPlace(storyKey, status === 'finished', at);
		},

		onStatusChanged(storyKey, callback) {
			const stop = new AbortController();
			const key = libraryKey(storyKey);
			listenUntilAborted(local, (changes: Record<string, StorageChange>) => {
				const change = changes[key];
				if (!change) return;
				callback(decodeVersioned(librarySchema, change.newValue, `changed ${key}`)?.status ?? null);
			}, stop.signal);
			return () => stop.abort();
		},

		async remove(storyKey) {
			await local.remove(libraryKey(storyKey));
			const place = (await positions.all()).find((record) => record.storyKey === storyKey && !record.removed);
			if (place) await positions.save(tombstoneOf(place, now()));
		},

		async merge(incoming) {
			const { entries } = await everything();
			const added: string[] = [];
			const updated: string[] = [];
			const changed: LibraryEntry[] = [];
			for (const entry of incoming) {
				const stored = entries.get(entry.storyKey);
				const next = stored ? mergeEntries(stored, entry) : entry;
				if (stored && sameEntry(stored, next)) continue;
				entries.set(entry.storyKey, next);
				changed.push(next);
				(stored ? updated : added).push(entry.storyKey);
			}
			await write(changed);
			return { added, updated };
		},

		watch(callback, signal) {
			listenUntilAborted(local, (changes: Record<string, StorageChange>) => {
				if (Object.keys(changes).some((key) => storyKeyOfLibraryKey(key) !== null || storyKeyOf(key) !== null)) callback();
			}, signal);
		},
	};
	return library;
}

/**
 * A position store for the tracker that also counts chapters as read when the
 * reader's place moves into them (one library write per new chapter).
 */
export function trackingReadChapters(positions: PositionStore, library: Pick<LibraryStore, 'reachedChapter'>): Pick<PositionStore, 'load' | 'save' | 'put' | 'watch'> {
	let furthest = 0;
	const reached = (record: PositionRecord): void => {
		if (record.chapterIndex <= furthest) return;
		furthest = record.chapterIndex;
		void library.reachedChapter(record.storyKey, record.chapterIndex).catch((error: unknown) => {
			console.warn(`[quire] storage: could not note the chapter reached (${error instanceof Error ? error.message : String(error)})`);
		});
	};
	return {
		load: (storyKey) => positions.load(storyKey),
		async save(record) {
			const saved = await positions.save(record);
			if (saved) reached(record);
			return saved;
		},
		async put(record) {
			await positions.put(record);
			reached(record);
		},
		watch: (storyKey, callback, signal) => positions.watch(storyKey, callback, signal),
	};
}

let defaultLibrary: LibraryStore | null = null;

/** The library over the browser's own storage, created once per page. */
export function browserLibrary(): LibraryStore {
	defaultLibrary ??= createLibrary();
	return defaultLibrary;
}
