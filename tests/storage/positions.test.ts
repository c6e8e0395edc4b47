import { afterEach, describe, expect, it, vi } from 'vitest';
import { positionKey } from '../../src/storage/position-record.js';
import { encodeCompact } from '../../src/storage/position-sync-codec.js';
import { createPositionStore } from '../../src/storage/positions.js';
import { fakeAreas, FakeStorageArea, settle } from './fake-storage.js';
import { positionRecord } from './records.js';

const KEY = positionKey('ao3:1001');

afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('position store', () => {
	it('saves one key per story in local as {v: 2, data} and loads it back', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas });
		const record = positionRecord();
		expect(await store.save(record)).toBe(true);
		expect(areas.local.peek(KEY)).toEqual({ v: 2, data: record });
		expect(await store.load('ao3:1001')).toEqual(record);
		expect(await store.load('ao3:9999')).toBeNull();
		store.dispose();
	});

	it('keeps the newer record when an older one is saved', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas });
		await store.save(positionRecord({ paragraph: 30, updatedAt: 2_000 }));
		expect(await store.save(positionRecord({ paragraph: 5, updatedAt: 1_000 }))).toBe(false);
		expect((await store.load('ao3:1001'))?.paragraph).toBe(30);
		store.dispose();
	});

	it('a record dated far in the future (broken clock, hostile file) does not block real saves', async () => {
		const areas = fakeAreas();
		areas.local.seed({ [KEY]: { v: 2, data: positionRecord({ paragraph: 5, updatedAt: 8.64e15 }) } });
		areas.sync.seed({ [KEY]: encodeCompact(positionRecord({ paragraph: 6, updatedAt: 8.64e15 })) });
		const store = createPositionStore({ areas });
		expect(await store.save(positionRecord({ paragraph: 40, updatedAt: Date.now() }))).toBe(true);
		expect((await store.load('ao3:1001'))?.paragraph).toBe(40);
		store.dispose();
	});

	it('merges sync into local on read: the newer record wins and is copied to local', async () => {
		const areas = fakeAreas();
		areas.local.seed({ [KEY]: { v: 2, data: positionRecord({ paragraph: 3, updatedAt: 1_000, title: 'A Long Way Home, the full title' }) } });
		areas.sync.seed({ [KEY]: encodeCompact(positionRecord({ paragraph: 50, updatedAt: 5_000, title: 'A Long Way Home' })) });
		const store = createPositionStore({ areas });
		const loaded = await store.load('ao3:1001');
		expect(loaded?.paragraph).toBe(50);
		// The long local title survives the shortened sync copy.
		expect(loaded?.title).toBe('A Long Way Home, the full title');
		expect((areas.local.peek(KEY) as { data: { paragraph: number } }).data.paragraph).toBe(50);

		areas.sync.seed({ [KEY]: encodeCompact(positionRecord({ paragraph: 1, updatedAt: 100 })) });
		expect((await store.load('ao3:1001'))?.paragraph).toBe(50);
		store.dispose();
	});

	it('follows sync changes from another device into local, newer only, and never deletes on a sync removal', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas });
		await store.save(positionRecord({ paragraph: 10, updatedAt: 2_000 }));
		const controller = new AbortController();
		store.followSync(controller.signal);
		await areas.sync.set({ [KEY]: encodeCompact(positionRecord({ paragraph: 11, updatedAt: 1_000 })) });
		await settle();
		expect((await store.load('ao3:1001'))?.paragraph).toBe(10);
		await areas.sync.set({ [KEY]: encodeCompact(positionRecord({ paragraph: 80, updatedAt: 3_000 })) });
		await settle();
		expect((areas.local.peek(KEY) as { data: { paragraph: number } }).data.paragraph).toBe(80);
		await areas.sync.remove(KEY);
		await settle();
		expect(areas.local.peek(KEY)).toBeDefined();
		controller.abort();
		expect(areas.sync.listenerCount()).toBe(0);
		store.dispose();
	});

	it('two tabs: the newer write wins and the other tab hears it', async () => {
		const local = new FakeStorageArea();
		const sync = new FakeStorageArea();
		const tabA = createPositionStore({ areas: { local, sync } });
		const tabB = createPositionStore({ areas: { local, sync } });
		const heardByA: number[] = [];
		const controller = new AbortController();
		tabA.watch('ao3:1001', (record) => heardByA.push(record.paragraph), controller.signal);
		await tabA.save(positionRecord({ paragraph: 1, updatedAt: 1_000 }));
		await tabB.save(positionRecord({ paragraph: 2, updatedAt: 2_000 }));
		// Tab A's throttled save arrives late with an older time stamp: refused.
		expect(await tabA.save(positionRecord({ paragraph: 1, updatedAt: 1_500 }))).toBe(false);
		await settle();
		expect(heardByA).toEqual([1, 2]);
		expect((await tabA.load('ao3:1001'))?.paragraph).toBe(2);
		controller.abort();
		tabA.dispose();
		tabB.dispose();
	});

	it('watch also picks up a newer record arriving in sync, through local', async () => {
		const areas = fakeAreas();
		const store = createPositionStore({ areas });
		const heard: number[] = [];
		store.watch('ao3:1001', (record) => heard.push(record.paragraph));
		await areas.sync.set({ [KEY]: encodeCompact(positionRecord({ paragraph: 64, updatedAt: 9_000 })) });
		await settle();
		expect(heard).toEqual([64]);
		expect(areas.local.peek(KEY)).toBeDefined();
		store.dispose();
	});

	it('skips corrupt and foreign records with a log line, and lists the rest', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		areas.local.seed({
			[KEY]: { v: 2, data: positionRecord() },
			'pos:ao3:2': 'garbage',
			'pos:ao3:3': { v: 2, data: { storyKey: 'ao3:3' } },
			'pos:ao3:4': { v: 2, data: positionRecord({ storyKey: 'ao3:5' }) },
			prefs: { v: 1, data: {} },
		});
		const store = createPositionStore({ areas });
		expect((await store.all()).map((r) => r.storyKey)).toEqual(['ao3:1001']);
		expect(warn).toHaveBeenCalledTimes(3);
		expect(await store.load('ao3:2')).toBeNull();
		store.dispose();
	});

	it('never throws at the reader when storage fails to read', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		areas.local.failReads('IO error');
		const store = createPositionStore({ areas });
		expect(await store.load('ao3:1001')).toBeNull();
		store.dispose();
	});

	it('works without a sync area', async () => {
		const store = createPositionStore({ areas: { local: new FakeStorageArea(), sync: null } });
		await store.save(positionRecord());
		expect(await store.load('ao3:1001')).toEqual(positionRecord());
		expect(await store.flushSync()).toBeNull();
	});

	it('reconcile pulls newer sync records and pushes newer local ones', async () => {
		const areas = fakeAreas();
		areas.local.seed({
			'pos:ao3:1': { v: 2, data: positionRecord({ storyKey: 'ao3:1', updatedAt: 5_000 }) },
			'pos:ao3:2': { v: 2, data: positionRecord({ storyKey: 'ao3:2', updatedAt: 1_000 }) },
		});
		areas.sync.seed({
			'pos:ao3:1': encodeCompact(positionRecord({ storyKey: 'ao3:1', updatedAt: 4_000 })),
			'pos:ao3:2': encodeCompact(positionRecord({ storyKey: 'ao3:2', updatedAt: 2_000, paragraph: 99 })),
			'pos:ao3:3': encodeCompact(positionRecord({ storyKey: 'ao3:3', updatedAt: 3_000 })),
		});
		const store = createPositionStore({ areas });
		await store.reconcile();
		const byKey = new Map((await store.all()).map((r) => [r.storyKey, r]));
		expect(byKey.get('ao3:2')?.paragraph).toBe(99);
		expect(byKey.has('ao3:3')).toBe(true);
		await store.flushSync();
		expect(areas.sync.peek('pos:ao3:1')).toMatchObject({ u: 5_000 });
		store.dispose();
	});
});
