import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemBytes } from '../../src/storage/areas.js';
import { positionKey } from '../../src/storage/position-record.js';
import { encodeCompact } from '../../src/storage/position-sync-codec.js';
import { createPositionStore } from '../../src/storage/positions.js';
import { fakeAreas, QUOTA_ERROR, RATE_ERROR, settle } from './fake-storage.js';
import { positionRecord } from './records.js';

beforeEach(() => {
	vi.useFakeTimers();
	vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

const story = (n: number, updatedAt: number, finished = false) =>
	positionRecord({ storyKey: `ao3:${n}`, updatedAt, finished, chapterUrl: `https://archiveofourown.org/works/${n}/chapters/1` });

describe('sync mirror', () => {
	it('batches a burst of saves into one debounced sync write, in compact form', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas, sync: { debounceMs: 3_000 } });
		for (let i = 1; i <= 5; i++) await store.save(story(i, 1_000 + i));
		expect(areas.sync.writes).toBe(0);
		await vi.advanceTimersByTimeAsync(3_000);
		expect(areas.sync.writes).toBe(1);
		expect(areas.sync.peek(positionKey('ao3:3'))).toEqual(encodeCompact(story(3, 1_003)));
		store.dispose();
	});

	it('keeps writes at least minIntervalMs apart', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas, sync: { debounceMs: 1_000, minIntervalMs: 10_000 } });
		await store.save(story(1, 1_000));
		await vi.advanceTimersByTimeAsync(1_000);
		expect(areas.sync.writes).toBe(1);
		await store.save(story(1, 2_000));
		await vi.advanceTimersByTimeAsync(5_000);
		expect(areas.sync.writes).toBe(1);
		await vi.advanceTimersByTimeAsync(5_000);
		expect(areas.sync.writes).toBe(2);
		store.dispose();
	});

	it('drops removed, then finished, then the oldest stories from sync to stay in budget, and never from local', async () => {
		const one = itemBytes(positionKey('ao3:1'), encodeCompact(story(1, 1_000)));
		// Room for exactly four positions.
		const limits = { quotaBytes: one * 4 + 20, quotaBytesPerItem: 8_192, maxItems: 512 };
		const areas = fakeAreas({ syncLimits: limits });
		const store = createPositionStore({ areas, sync: { limits, reserveBytes: 0, reserveItems: 0, debounceMs: 10 } });
		const records = [
			story(1, 1_000), // oldest, in progress
			story(2, 2_000, true), // finished, older
			story(3, 3_000), // in progress
			story(4, 4_000, true), // finished, newer
		];
		for (const record of records) await store.save(record);
		await vi.advanceTimersByTimeAsync(20);
		expect([...areas.sync.data.keys()].sort()).toEqual(['pos:ao3:1', 'pos:ao3:2', 'pos:ao3:3', 'pos:ao3:4']);

		await store.save(story(5, 5_000));
		const first = await store.flushSync();
		expect(first?.dropped).toEqual(['ao3:2']);
		await store.save(story(6, 6_000));
		expect((await store.flushSync())?.dropped).toEqual(['ao3:4']);
		await store.save(story(7, 7_000));
		expect((await store.flushSync())?.dropped).toEqual(['ao3:1']);
		expect([...areas.sync.data.keys()].sort()).toEqual(['pos:ao3:3', 'pos:ao3:5', 'pos:ao3:6', 'pos:ao3:7']);
		// Local keeps every story.
		expect((await store.all()).map((r) => r.storyKey).sort()).toEqual(['ao3:1', 'ao3:2', 'ao3:3', 'ao3:4', 'ao3:5', 'ao3:6', 'ao3:7']);
		store.dispose();
	});

	it('counts the item limit as well as bytes', async () => {
		const limits = { quotaBytes: 100_000, quotaBytesPerItem: 8_192, maxItems: 3 };
		const areas = fakeAreas({ syncLimits: limits });
		areas.sync.seed({ prefs: { v: 1, data: {}, t: 1 } });
		const store = createPositionStore({ areas, sync: { limits, reserveBytes: 0, reserveItems: 0 } });
		for (let i = 1; i <= 4; i++) await store.save(story(i, i * 1_000));
		const result = await store.flushSync();
		expect(result?.dropped).toEqual(['ao3:1', 'ao3:2']);
		expect(areas.sync.data.size).toBe(3);
		expect(areas.sync.peek('prefs')).toBeDefined();
		store.dispose();
	});

	it('retries after a quota error with a backoff and loses nothing', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas, sync: { debounceMs: 100, retryMs: 5_000 } });
		areas.sync.failNextWrites(2, QUOTA_ERROR);
		await store.save(story(1, 1_000));
		const failed = await store.flushSync();
		expect(failed?.error).toBe('quota');
		expect((await store.load('ao3:1'))?.updatedAt).toBe(1_000);
		await vi.advanceTimersByTimeAsync(4_999);
		expect(areas.sync.peek('pos:ao3:1')).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		// Second failure: the wait doubles.
		await vi.advanceTimersByTimeAsync(9_999);
		expect(areas.sync.peek('pos:ao3:1')).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		expect(areas.sync.peek('pos:ao3:1')).toMatchObject({ k: 'ao3:1', u: 1_000 });
		store.dispose();
	});

	it('waits at least a minute after a write-rate error, and writes the newest position then', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas, sync: { debounceMs: 100, retryMs: 1_000, rateRetryMs: 60_000 } });
		areas.sync.failNextWrites(1, RATE_ERROR);
		await store.save(story(1, 1_000));
		expect((await store.flushSync())?.error).toBe('rate');
		await store.save(story(1, 2_000));
		await vi.advanceTimersByTimeAsync(59_000);
		expect(areas.sync.peek('pos:ao3:1')).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(areas.sync.peek('pos:ao3:1')).toMatchObject({ u: 2_000 });
		store.dispose();
	});

	it('does not overwrite a newer sync record from another device; pulls it into local instead', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas });
		await store.save(story(1, 1_000));
		areas.sync.seed({ 'pos:ao3:1': encodeCompact({ ...story(1, 9_000), paragraph: 77 }) });
		const result = await store.flushSync();
		expect(result?.pulled).toEqual(['ao3:1']);
		expect(areas.sync.peek('pos:ao3:1')).toMatchObject({ u: 9_000 });
		expect((await store.load('ao3:1'))?.paragraph).toBe(77);
		store.dispose();
	});

	it('keeps a record too large for one sync item in local only', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas });
		const huge = { ...story(1, 1_000), chapterUrl: `https://example.net/${'x'.repeat(9_000)}` };
		await store.save(huge);
		const result = await store.flushSync();
		expect(result?.written).toEqual([]);
		expect(result?.error).toBeUndefined();
		expect((await store.load('ao3:1'))?.chapterUrl).toBe(huge.chapterUrl);
		store.dispose();
	});

	it('queues nothing twice and leaves settled events alone', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas, sync: { debounceMs: 50 } });
		await store.save(story(1, 1_000));
		await vi.advanceTimersByTimeAsync(50);
		await settle();
		const writes = areas.sync.writes;
		// Loading a record that sync already has schedules nothing.
		await store.load('ao3:1');
		await vi.advanceTimersByTimeAsync(60_000);
		expect(areas.sync.writes).toBe(writes);
		store.dispose();
	});
});
