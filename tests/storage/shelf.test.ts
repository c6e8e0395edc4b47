import { afterEach, describe, expect, it } from 'vitest';
import { createPositionStore } from '../../src/storage/positions.js';
import { listShelf, markFinished, removeFromShelf } from '../../src/storage/shelf.js';
import { fakeAreas } from './fake-storage.js';
import { positionRecord } from './records.js';

const stores: { dispose(): void }[] = [];
afterEach(() => {
	for (const store of stores.splice(0)) store.dispose();
});

async function shelfWith(...records: ReturnType<typeof positionRecord>[]) {
	const areas = fakeAreas();
	const store = createPositionStore({ areas });
	stores.push(store);
	for (const record of records) await store.save(record);
	return { store, areas };
}

describe('shelf', () => {
	it('lists stories in progress, newest first, with chapter N of M, percent, last read and the chapter URL', async () => {
		const { store } = await shelfWith(
			positionRecord({ storyKey: 'ao3:1', title: 'Older', updatedAt: 1_000 }),
			positionRecord({ storyKey: 'ffnet:2', site: 'ffnet', title: 'Newest', author: 'penname', chapterIndex: 5, chapterCount: 9, workFraction: 0.514, updatedAt: 3_000, chapterUrl: 'https://www.fanfiction.net/s/2/5/' }),
			positionRecord({ storyKey: 'ao3:3', title: 'Middle', updatedAt: 2_000 }),
		);
		const shelf = await listShelf({}, store);
		expect(shelf.map((e) => e.title)).toEqual(['Newest', 'Middle', 'Older']);
		expect(shelf[0]).toEqual({
			storyKey: 'ffnet:2',
			title: 'Newest',
			author: 'penname',
			site: 'ffnet',
			chapterIndex: 5,
			chapterCount: 9,
			percent: 51,
			lastRead: 3_000,
			finished: false,
			url: 'https://www.fanfiction.net/s/2/5/',
			status: null,
			newChapters: 0,
		});
	});

	it('opens the entire work when no chapter URL is known', async () => {
		const { store } = await shelfWith(positionRecord({ chapterUrl: null, workUrl: 'https://archiveofourown.org/works/1001?view_full_work=true' }));
		expect((await listShelf({}, store))[0]?.url).toBe('https://archiveofourown.org/works/1001?view_full_work=true');
	});

	it('marks a story finished (off the list unless asked for) and back, newer than the position', async () => {
		const { store } = await shelfWith(positionRecord({ storyKey: 'ao3:1', updatedAt: 5_000 }), positionRecord({ storyKey: 'ao3:2', updatedAt: 1_000 }));
		expect(await markFinished('ao3:1', true, store, 100)).toBe(true);
		expect((await listShelf({}, store)).map((e) => e.storyKey)).toEqual(['ao3:2']);
		const all = await listShelf({ includeFinished: true }, store);
		expect(all.map((e) => [e.storyKey, e.finished])).toEqual([['ao3:2', false], ['ao3:1', true]]);
		expect((await store.load('ao3:1'))?.updatedAt).toBeGreaterThan(5_000);
		await markFinished('ao3:1', false, store, 100);
		expect((await listShelf({}, store)).map((e) => e.storyKey)).toEqual(['ao3:1', 'ao3:2']);
		expect(await markFinished('ao3:404', true, store)).toBe(false);
	});

	it('removes a story: a tombstone that hides it and forgets the place, until it is read again', async () => {
		const { store, areas } = await shelfWith(positionRecord({ storyKey: 'ao3:1', updatedAt: 1_000 }));
		await removeFromShelf('ao3:1', store, 2_000);
		expect(await listShelf({ includeFinished: true }, store)).toEqual([]);
		expect(await store.load('ao3:1')).toBeNull();
		const tombstone = (areas.local.peek('pos:ao3:1') as { data: Record<string, unknown> }).data;
		expect(tombstone).toMatchObject({ removed: true, title: '', paragraph: 0, updatedAt: 2_000 });
		await store.save(positionRecord({ storyKey: 'ao3:1', updatedAt: 3_000, title: 'Back again' }));
		expect((await listShelf({}, store)).map((e) => e.title)).toEqual(['Back again']);
	});
});
