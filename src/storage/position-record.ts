/**
 * The saved reading position of one story, its schema version and its
 * migrations. Stored in `storage.local` as `pos:<storyKey>` → `{v, data}`.
 */

import type { Anchor } from '../position/anchor.js';
import type { Schema } from './define-item.js';

export interface PositionRecord extends Anchor {
	storyKey: string;
	site: string;
	title: string;
	author: string;
	/** The saved chapter's own URL, to reopen the right chapter. */
	chapterUrl: string | null;
	/** M in "chapter N of M", when known. */
	chapterCount: number | null;
	/** The entire-work view's URL, where the site has one. */
	workUrl: string | null;
	/** Epoch milliseconds; the newer record wins everywhere. */
	updatedAt: number;
	finished: boolean;
	/** Taken off the shelf: a tombstone that carries the removal to other devices. */
	removed: boolean;
}

export const POSITION_KEY_PREFIX = 'pos:';

export function positionKey(storyKey: string): string {
	return POSITION_KEY_PREFIX + storyKey;
}

export function storyKeyOf(storageKey: string): string | null {
	return storageKey.startsWith(POSITION_KEY_PREFIX) ? storageKey.slice(POSITION_KEY_PREFIX.length) : null;
}

/**
 * Version 1, the first draft: no fingerprint, no chapter fraction, a percent
 * through the work, an ISO date, and no shelf removal or entire-work URL.
 */
export interface PositionRecordV1 {
	storyKey: string;
	site: string;
	title: string;
	author: string;
	chapter: number;
	chapterId: string | null;
	chapterUrl: string | null;
	chapters: number | null;
	paragraph: number;
	offset: number;
	/** 0..100 through the work. */
	percent: number;
	/** ISO date-time. */
	updated: string;
	finished: boolean;
}

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

export function migratePositionV1toV2(old: PositionRecordV1): PositionRecord {
	const workFraction = clamp01((Number(old.percent) || 0) / 100);
	const chapters = old.chapters;
	// Without a chapter fraction, the best guess is the share of the work past this chapter's start.
	const chapterFraction = chapters ? clamp01(workFraction * chapters - (old.chapter - 1)) : workFraction;
	return {
		storyKey: old.storyKey,
		site: old.site,
		title: old.title,
		author: old.author,
		chapterIndex: old.chapter,
		chapterId: old.chapterId,
		chapterUrl: old.chapterUrl,
		chapterCount: chapters,
		paragraph: old.paragraph,
		offset: old.offset,
		fingerprint: '',
		chapterFraction,
		workFraction,
		updatedAt: Date.parse(old.updated),
		finished: old.finished,
		workUrl: null,
		removed: false,
	};
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isCount: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isIndex: Check = (v) => Number.isInteger(v) && (v as number) >= 1;
const isCountOrNull: Check = (v) => v === null || isCount(v);
const isFraction: Check = (v) => typeof v === 'number' && v >= 0 && v <= 1;
const isTime: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isBoolean: Check = (v) => typeof v === 'boolean';

const FIELDS: Record<keyof PositionRecord, Check> = {
	storyKey: (v) => isString(v) && (v as string).length > 0,
	site: isString,
	title: isString,
	author: isString,
	chapterIndex: isIndex,
	chapterId: isStringOrNull,
	chapterUrl: isStringOrNull,
	chapterCount: isCountOrNull,
	paragraph: isCount,
	offset: isCount,
	fingerprint: isString,
	chapterFraction: isFraction,
	workFraction: isFraction,
	updatedAt: isTime,
	finished: isBoolean,
	workUrl: isStringOrNull,
	removed: isBoolean,
};

/** Clocks drift by minutes, not days. */
export const MAX_CLOCK_SKEW_MS = 10 * 60_000;

/**
 * A clean copy of a valid record (unknown fields dropped), or null. A record
 * dated further ahead than clocks drift comes from a broken clock or a
 * hostile file; since the newer record wins, it would block every real save
 * for that story, so it counts as the oldest instead.
 */
export function validatePositionRecord(value: unknown, now = Date.now()): PositionRecord | null {
	if (typeof value !== 'object' || value === null) return null;
	const source = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const [field, check] of Object.entries(FIELDS)) {
		if (!check(source[field])) return null;
		out[field] = source[field];
	}
	if ((out.updatedAt as number) > now + MAX_CLOCK_SKEW_MS) out.updatedAt = 1;
	// Shelf entries are opened with one click and shown as text: keep them to pages and to a sane length.
	out.chapterUrl = readableUrl(out.chapterUrl as string | null);
	out.workUrl = readableUrl(out.workUrl as string | null);
	out.title = (out.title as string).slice(0, MAX_TEXT);
	out.author = (out.author as string).slice(0, MAX_TEXT);
	return out as unknown as PositionRecord;
}

export const MAX_TEXT = 500;

/** An http(s) or file address, or null: nothing else may be opened from the shelf. */
export function readableUrl(url: string | null): string | null {
	if (url === null || url.length > 16_384) return null;
	try {
		return /^(?:https?|file):$/.test(new URL(url).protocol) ? url : null;
	} catch {
		return null;
	}
}

export const positionSchema: Schema<PositionRecord> = {
	name: 'reading position',
	version: 2,
	migrations: {
		2: migratePositionV1toV2,
	},
	validate: validatePositionRecord,
};

/**
 * The record that takes a story off the shelf: a tombstone without title,
 * author or place, newer than the record, so the removal reaches other
 * devices; reading the story again starts a new record that replaces it.
 */
export function tombstoneOf(record: PositionRecord, now: number): PositionRecord {
	return {
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
		updatedAt: Math.max(now, record.updatedAt + 1),
	};
}

/** The newer of two records; on a tie the first one (the one we already hold). */
export function newerRecord(a: PositionRecord | null, b: PositionRecord | null): PositionRecord | null {
	if (!a) return b;
	if (!b) return a;
	return b.updatedAt > a.updatedAt ? b : a;
}
