import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeVersioned } from '../../src/storage/define-item.js';
import { positionSchema, validatePositionRecord } from '../../src/storage/position-record.js';
import { decodeCompact, encodeCompact } from '../../src/storage/position-sync-codec.js';
import { positionRecord } from './records.js';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('position record migrations', () => {
	it('migrates a literal version 1 record (first draft: percent, ISO date, no fingerprint) to version 2', () => {
		const stored = {
			v: 1,
			data: {
				storyKey: 'ao3:1001',
				site: 'ao3',
				title: 'A Long Way Home',
				author: 'quietwriter',
				chapter: 3,
				chapterId: '5003',
				chapterUrl: 'https://archiveofourown.org/works/1001/chapters/5003',
				chapters: 4,
				paragraph: 12,
				offset: 80,
				percent: 62.5,
				updated: '2024-05-01T12:00:00.000Z',
				finished: false,
			},
		};
		expect(decodeVersioned(positionSchema, stored)).toEqual({
			storyKey: 'ao3:1001',
			site: 'ao3',
			title: 'A Long Way Home',
			author: 'quietwriter',
			chapterIndex: 3,
			chapterId: '5003',
			chapterUrl: 'https://archiveofourown.org/works/1001/chapters/5003',
			chapterCount: 4,
			paragraph: 12,
			offset: 80,
			fingerprint: '',
			chapterFraction: 0.5,
			workFraction: 0.625,
			updatedAt: Date.parse('2024-05-01T12:00:00.000Z'),
			finished: false,
			workUrl: null,
			removed: false,
		});
	});

	it('migrates a version 1 record of a one-shot (no chapter count) using the work percent for the chapter', () => {
		const record = decodeVersioned(positionSchema, {
			v: 1,
			data: { storyKey: 'generic:https://example.net/story.html', site: 'generic', title: 'T', author: '', chapter: 1, chapterId: null, chapterUrl: null, chapters: null, paragraph: 0, offset: 0, percent: 10, updated: '2023-01-01T00:00:00Z', finished: true },
		});
		expect(record).toMatchObject({ chapterFraction: 0.1, workFraction: 0.1, chapterCount: null, finished: true });
	});

	it('skips a version 1 record whose date does not parse', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const record = decodeVersioned(positionSchema, { v: 1, data: { storyKey: 'ao3:1', site: 'ao3', title: '', author: '', chapter: 1, chapterId: null, chapterUrl: null, chapters: 1, paragraph: 0, offset: 0, percent: 0, updated: 'yesterday', finished: false } });
		expect(record).toBeNull();
		expect(warn).toHaveBeenCalledTimes(1);
	});
});

describe('validatePositionRecord', () => {
	it('accepts a valid record and drops unknown fields', () => {
		expect(validatePositionRecord({ ...positionRecord(), extra: 'junk' })).toEqual(positionRecord());
	});

	it.each([
		['a negative paragraph', { paragraph: -1 }],
		['chapter 0', { chapterIndex: 0 }],
		['a fraction above 1', { workFraction: 1.2 }],
		['an empty story key', { storyKey: '' }],
		['a string date', { updatedAt: '2024-01-01' }],
	])('rejects %s', (_name, change) => {
		expect(validatePositionRecord({ ...positionRecord(), ...change })).toBeNull();
	});
});

describe('compact sync form', () => {
	it('round-trips and is much smaller than the full record', () => {
		const record = positionRecord({ chapterFraction: 0.123456, workFraction: 0.5 });
		const compact = encodeCompact(record);
		expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(record).length * 0.8);
		expect(compact).not.toHaveProperty('x');
		expect(decodeCompact(compact, 'test')).toEqual({ ...record, chapterFraction: 0.1235 });
	});

	it('cuts very long titles', () => {
		const record = positionRecord({ title: 'T'.repeat(500) });
		expect(decodeCompact(encodeCompact(record), 'test')?.title).toHaveLength(120);
	});

	it('skips foreign values with a log line', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(decodeCompact('hello', 'sync pos:x')).toBeNull();
		expect(decodeCompact({ v: 3, k: 'ao3:1' }, 'sync pos:x')).toBeNull();
		expect(decodeCompact({ v: 2, k: 'ao3:1', p: 'twelve' }, 'sync pos:x')).toBeNull();
		expect(warn).toHaveBeenCalledTimes(3);
	});
});
