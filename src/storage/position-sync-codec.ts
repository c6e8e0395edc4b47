/**
 * The compact form of a position record for `storage.sync`, where every
 * byte counts against 100 KB: short field names, nulls and false left out,
 * fractions rounded, long titles cut. The full record stays in local.
 */

import { warnSkipped } from './define-item.js';
import { positionSchema, validatePositionRecord, type PositionRecord } from './position-record.js';

const TITLE_MAX = 120;
const AUTHOR_MAX = 80;

/** Short name per field; `v` is the schema version. */
const SHORT: Record<keyof PositionRecord, string> = {
	storyKey: 'k',
	site: 's',
	title: 't',
	author: 'a',
	chapterIndex: 'c',
	chapterId: 'ci',
	chapterUrl: 'cu',
	chapterCount: 'n',
	paragraph: 'p',
	offset: 'o',
	fingerprint: 'f',
	chapterFraction: 'cf',
	workFraction: 'wf',
	updatedAt: 'u',
	finished: 'x',
	workUrl: 'w',
	removed: 'r',
};

/** What a field reads as when the compact form leaves it out. */
const OMITTED: Partial<Record<keyof PositionRecord, unknown>> = {
	title: '',
	author: '',
	chapterId: null,
	chapterUrl: null,
	chapterCount: null,
	paragraph: 0,
	offset: 0,
	fingerprint: '',
	chapterFraction: 0,
	workFraction: 0,
	finished: false,
	workUrl: null,
	removed: false,
};

const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;

export type CompactPosition = Record<string, unknown> & { v: number };

export function encodeCompact(record: PositionRecord): CompactPosition {
	const out: CompactPosition = { v: positionSchema.version };
	for (const [field, short] of Object.entries(SHORT) as [keyof PositionRecord, string][]) {
		let value: unknown = record[field];
		if (field === 'title') value = record.title.slice(0, TITLE_MAX);
		if (field === 'author') value = record.author.slice(0, AUTHOR_MAX);
		if (field === 'chapterFraction' || field === 'workFraction') value = round4(value as number);
		if (field in OMITTED && value === OMITTED[field]) continue;
		out[short] = value;
	}
	return out;
}

/** The full record from its compact form, or null (with a log line) when unreadable. */
export function decodeCompact(raw: unknown, label: string): PositionRecord | null {
	if (raw === undefined) return null;
	if (typeof raw !== 'object' || raw === null || typeof (raw as CompactPosition).v !== 'number') {
		warnSkipped(label, 'not a compact position record');
		return null;
	}
	const compact = raw as CompactPosition;
	if (compact.v !== positionSchema.version) {
		// Sync only ever held version 2; anything else is from a newer build on another device.
		warnSkipped(label, `compact version ${compact.v} is not ${positionSchema.version}`);
		return null;
	}
	const full: Record<string, unknown> = {};
	for (const [field, short] of Object.entries(SHORT) as [keyof PositionRecord, string][]) {
		full[field] = short in compact ? compact[short] : OMITTED[field];
	}
	const record = validatePositionRecord(full);
	if (!record) warnSkipped(label, 'compact record did not validate');
	return record;
}
