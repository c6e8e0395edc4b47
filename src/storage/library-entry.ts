/**
 * One story in the reader's library, its schema version and its migrations.
 * Stored in `storage.local` as `lib:<storyKey>` → `{v, data}`.
 *
 * Version 1 is the "Continue reading" shelf entry of earlier builds: never
 * stored on its own, but derived from each saved position (`shelfEntry` in
 * shelf.ts). Reading a story's shelf entry as a version 1 library entry is
 * how the shelf moves into the library without losing anything.
 */

import type { RatingLevel } from '../core/types.js';
import { isReadingStatus, type ReadingStatus } from '../reader/reading-status.js';
import type { Schema } from './define-item.js';
import { MAX_CLOCK_SKEW_MS, MAX_TEXT, readableUrl, type PositionRecord } from './position-record.js';

export interface LibraryEntry {
	storyKey: string;
	/** Site adapter id ("ao3", "ffnet", …) or "generic". */
	site: string;
	title: string;
	authors: string[];
	fandoms: string[];
	/** Relationships, characters and additional tags, for search. */
	tags: string[];
	/** The rating as the site shows it, or null. */
	rating: string | null;
	ratingLevel: RatingLevel;
	words: number | null;
	/** The furthest chapter the reader has reached (0: none yet). */
	chaptersRead: number;
	/** Chapters posted, as the newest page Quire opened showed them; null when no page said. */
	chaptersAvailable: number | null;
	/**
	 * How many chapters the story had when it first came into the library, or
	 * when the reader last caught up: chapters beyond both this and the ones
	 * read are new.
	 */
	chaptersKnown: number | null;
	/** The site says the work is complete (true), in progress (false), or nothing (null). */
	complete: boolean | null;
	status: ReadingStatus;
	/** Epoch milliseconds. */
	statusChangedAt: number;
	lastRead: number;
	addedAt: number;
	/** The page the story was last read on, to open it again. */
	url: string | null;
	/** Why the last saved copy could not be kept (shown in the library), or null. */
	copyProblem: string | null;
}

export const LIBRARY_KEY_PREFIX = 'lib:';

export function libraryKey(storyKey: string): string {
	return LIBRARY_KEY_PREFIX + storyKey;
}

export function storyKeyOfLibraryKey(storageKey: string): string | null {
	return storageKey.startsWith(LIBRARY_KEY_PREFIX) ? storageKey.slice(LIBRARY_KEY_PREFIX.length) : null;
}

/** Version 1: the shelf entry (shelf.ts `ShelfEntry`) of the builds before the library. */
export interface LibraryEntryV1 {
	storyKey: string;
	title: string;
	/** Authors joined with ", ". */
	author: string;
	site: string;
	chapterIndex: number;
	chapterCount: number | null;
	percent: number;
	lastRead: number;
	finished: boolean;
	url: string | null;
}

/** A saved position as the shelf showed it: a version 1 library entry. */
export function libraryEntryV1Of(record: PositionRecord): LibraryEntryV1 {
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

export function migrateLibraryV1toV2(old: LibraryEntryV1): LibraryEntry {
	const lastRead = Number(old.lastRead);
	const chapterCount = old.chapterCount ?? null;
	return {
		storyKey: old.storyKey,
		site: old.site,
		title: old.title,
		// The shelf kept authors as one string, joined with ", ".
		authors: old.author ? old.author.split(', ').filter(Boolean) : [],
		fandoms: [],
		tags: [],
		rating: null,
		ratingLevel: 'unknown',
		words: null,
		chaptersRead: old.chapterIndex,
		chaptersAvailable: chapterCount,
		chaptersKnown: chapterCount,
		complete: null,
		status: old.finished ? 'finished' : 'reading',
		statusChangedAt: lastRead,
		lastRead,
		addedAt: lastRead,
		url: old.url,
		copyProblem: null,
	};
}

const RATING_LEVELS: readonly RatingLevel[] = ['general', 'teen', 'mature', 'explicit', 'unknown'];
const MAX_NAMES = 50;
const MAX_TAGS = 300;
const MAX_PROBLEM = 1_000;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isStrings: Check = (v) => Array.isArray(v) && v.every((item) => typeof item === 'string');
const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isCountOrNull: Check = (v) => v === null || isCount(v);
const isTime: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v > 0;

const FIELDS: Record<keyof LibraryEntry, Check> = {
	storyKey: (v) => isString(v) && (v as string).length > 0 && (v as string).length <= 16_384,
	site: isString,
	title: isString,
	authors: isStrings,
	fandoms: isStrings,
	tags: isStrings,
	rating: isStringOrNull,
	ratingLevel: (v) => RATING_LEVELS.includes(v as RatingLevel),
	words: isCountOrNull,
	chaptersRead: isCount,
	chaptersAvailable: isCountOrNull,
	chaptersKnown: isCountOrNull,
	complete: (v) => v === null || typeof v === 'boolean',
	status: isReadingStatus,
	statusChangedAt: isTime,
	lastRead: isTime,
	addedAt: isTime,
	url: isStringOrNull,
	copyProblem: isStringOrNull,
};

const shortList = (items: string[], max: number): string[] => items.slice(0, max).map((item) => item.slice(0, MAX_TEXT));
/** A date from a broken clock or a hostile file counts as the oldest, as positions do. */
const saneTime = (time: number, now: number): number => (time > now + MAX_CLOCK_SKEW_MS ? 1 : time);

/** A clean copy of a valid entry (unknown fields dropped, lists and texts kept to sane sizes), or null. */
export function validateLibraryEntry(value: unknown, now = Date.now()): LibraryEntry | null {
	if (typeof value !== 'object' || value === null) return null;
	const source = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const [field, check] of Object.entries(FIELDS)) {
		if (!check(source[field])) return null;
		out[field] = source[field];
	}
	const entry = out as unknown as LibraryEntry;
	return {
		...entry,
		title: entry.title.slice(0, MAX_TEXT),
		site: entry.site.slice(0, 40),
		rating: entry.rating?.slice(0, MAX_TEXT) ?? null,
		authors: shortList(entry.authors, MAX_NAMES),
		fandoms: shortList(entry.fandoms, MAX_NAMES),
		tags: shortList(entry.tags, MAX_TAGS),
		url: readableUrl(entry.url),
		copyProblem: entry.copyProblem?.slice(0, MAX_PROBLEM) ?? null,
		statusChangedAt: saneTime(entry.statusChangedAt, now),
		lastRead: saneTime(entry.lastRead, now),
		addedAt: saneTime(entry.addedAt, now),
	};
}

export const librarySchema: Schema<LibraryEntry> = {
	name: 'library entry',
	version: 2,
	migrations: {
		2: migrateLibraryV1toV2,
	},
	validate: validateLibraryEntry,
};

/** Chapters posted since the reader last caught up that they have not reached yet. */
export function newChapterCount(entry: Pick<LibraryEntry, 'chaptersAvailable' | 'chaptersKnown' | 'chaptersRead'>): number {
	if (entry.chaptersAvailable === null) return 0;
	return Math.max(0, entry.chaptersAvailable - Math.max(entry.chaptersRead, entry.chaptersKnown ?? entry.chaptersAvailable));
}
