import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../src/core/types.js';
import { COPIES_DB_VERSION, COPY_MESSAGES, createCopyStore, type CopyStore } from '../../src/storage/saved-copies.js';
import { mergeCopies, storyOfCopy, validateSavedCopy, type SavedCopy } from '../../src/storage/saved-copy.js';
import { baseStory, singleChapterStory } from '../reader/sample-stories.js';

let dbCount = 0;
const stores: CopyStore[] = [];
afterEach(() => {
	for (const store of stores.splice(0)) store.close();
	vi.restoreAllMocks();
});

function copyStore(clock = { now: 1_000 }) {
	const dbName = `copies-test-${++dbCount}`;
	const store = createCopyStore({ dbName, now: () => clock.now });
	stores.push(store);
	return { store, dbName, clock };
}

/** Chapter `index` of the sample story on its own page, with its text. */
function chapterPage(index: number, text: string, overrides: Partial<Story> = {}): Story {
	const base = singleChapterStory();
	return singleChapterStory({
		url: `https://archive.example/works/4242/chapters/${9000 + index}`,
		chapters: [{ ...base.chapters[0]!, index, id: String(9000 + index), title: `Chapter ${index}`, html: `<p>${text}</p>`, text, words: text.split(' ').length }],
		...overrides,
	});
}

/** Writes raw records, as a damaged profile or another build would have left them. */
async function seedRaw(dbName: string, storyKey: string, record: unknown) {
	const db = await openDB(dbName, COPIES_DB_VERSION, {
		upgrade(database) {
			database.createObjectStore('copies');
			database.createObjectStore('info');
		},
	});
	await db.put('copies', record, storyKey);
	await db.put('info', { storyKey, title: 'Seeded', bytes: 10, chapters: 1, savedAt: 1 }, storyKey);
	db.close();
}

const texts = (copy: SavedCopy) => copy.chapters.map((saved) => `${saved.chapter.index}:${saved.chapter.text}`);

describe('saved copies', () => {
	it('adds up chapter pages read one by one, the newest version of a chapter winning', async () => {
		const { store, clock } = copyStore();
		expect((await store.save(chapterPage(1, 'First draft of one'))).ok).toBe(true);
		clock.now = 2_000;
		await store.save(chapterPage(3, 'Three'));
		clock.now = 3_000;
		await store.save(chapterPage(1, 'Edited one', { title: 'A New Title' }));
		const read = await store.read('ao3:4242');
		if (!read.ok) throw new Error(read.message);
		expect(texts(read.copy)).toEqual(['1:Edited one', '3:Three']);
		expect(read.copy.header.title).toBe('A New Title');
		expect(read.copy).toMatchObject({ firstSavedAt: 1_000, savedAt: 3_000 });
		const story = storyOfCopy(read.copy);
		expect(story.chapters.map((chapter) => chapter.index)).toEqual([1, 3]);
		// Chapters it lacks are reached through the chapter list, not through the newest page's neighbours.
		expect(story).toMatchObject({ isEntireWork: false, prevChapterUrl: null, nextChapterUrl: null, kind: 'story' });
	});

	it('is the entire work once it holds every listed chapter', async () => {
		const { store } = copyStore();
		await store.save(baseStory({ url: 'https://archive.example/works/4242?view_full_work=true' }));
		await store.save(chapterPage(2, 'Later two', { chapterList: baseStory().chapterList, stats: baseStory().stats }));
		const read = await store.read('ao3:4242');
		if (!read.ok) throw new Error(read.message);
		const story = storyOfCopy(read.copy);
		expect(story.isEntireWork).toBe(true);
		expect(story.url).toBe('https://archive.example/works/4242?view_full_work=true');
		expect(story.chapters.map((chapter) => chapter.text.slice(0, 10))).toEqual(['The lamp w', 'Later two', 'The final ']);
	});

	it('drops an older chapter that the author renumbered (same id, new index)', () => {
		const chapter = baseStory().chapters[0]!;
		const older = validateSavedCopy({ storyKey: 'k', header: baseStory(), chapters: [{ chapter: { ...chapter, index: 3, id: 'c' }, savedAt: 1 }], workUrl: null, firstSavedAt: 1, savedAt: 1 })!;
		const newer = validateSavedCopy({ storyKey: 'k', header: baseStory(), chapters: [{ chapter: { ...chapter, index: 2, id: 'c' }, savedAt: 2 }], workUrl: null, firstSavedAt: 2, savedAt: 2 })!;
		expect(mergeCopies(newer, older).chapters.map((saved) => saved.chapter.index)).toEqual([2]);
	});

	it('accounts for the bytes of each copy and in all, and removes one or all', async () => {
		const { store } = copyStore();
		await store.save(baseStory());
		await store.save(chapterPage(1, 'Other story', { storyKey: 'ffnet:9', site: 'ffnet', title: 'Other' }));
		const list = await store.list();
		expect(list.map((info) => info.storyKey).sort()).toEqual(['ao3:4242', 'ffnet:9']);
		const big = list.find((info) => info.storyKey === 'ao3:4242')!;
		const read = await store.read('ao3:4242');
		if (!read.ok) throw new Error(read.message);
		expect(big.bytes).toBe(new TextEncoder().encode(JSON.stringify({ v: 1, data: read.copy })).length);
		expect(big).toMatchObject({ title: 'The Lighthouse Keeper’s Ledger', chapters: 3 });
		await store.remove('ao3:4242');
		expect((await store.list()).map((info) => info.storyKey)).toEqual(['ffnet:9']);
		expect((await store.read('ao3:4242')).ok).toBe(false);
		await store.removeAll();
		expect(await store.list()).toEqual([]);
	});

	it('refuses a page that is not a story', async () => {
		const { store } = copyStore();
		expect(await store.save(baseStory({ kind: 'gate', chapters: [] }))).toEqual({ ok: false, problem: 'invalid', message: COPY_MESSAGES.invalid });
	});
});

describe('when saving or reading goes wrong', () => {
	it('a quota error says so clearly and loses nothing: the earlier copy and the other copies stay', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { store, clock } = copyStore();
		await store.save(chapterPage(1, 'Kept one'));
		await store.save(chapterPage(1, 'Another story', { storyKey: 'ffnet:9' }));
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		clock.now = 2_000;
		const result = await store.save(chapterPage(2, 'Lost two'));
		expect(result).toEqual({ ok: false, problem: 'quota', message: COPY_MESSAGES.quota });
		expect(COPY_MESSAGES.quota).toMatch(/no room left/);
		put.mockRestore();
		const kept = await store.read('ao3:4242');
		const other = await store.read('ffnet:9');
		if (!kept.ok || !other.ok) throw new Error('a copy was lost');
		expect(texts(kept.copy)).toEqual(['1:Kept one']);
		expect(texts(other.copy)).toEqual(['1:Another story']);
		expect((await store.list()).find((info) => info.storyKey === 'ao3:4242')?.chapters).toBe(1);
	});

	it('a damaged copy gets a clear message, stays listed to be removed, and the others still open', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { store, dbName } = copyStore();
		await seedRaw(dbName, 'ao3:2', { v: 1, data: { storyKey: 'ao3:2', header: 'torn', chapters: 7 } });
		await store.save(baseStory());
		expect(await store.read('ao3:2')).toEqual({ ok: false, problem: 'damaged', message: COPY_MESSAGES.damaged });
		expect(await store.read('ao3:4242')).toMatchObject({ ok: true });
		expect((await store.list()).map((info) => info.storyKey).sort()).toEqual(['ao3:2', 'ao3:4242']);
		await seedRaw(dbName, 'ao3:3', 'not even a record');
		expect((await store.read('ao3:3')).ok).toBe(false);
		expect((await store.exportAll()).unreadable).toBe(2);
	});

	it('a copy from an older version says so; reading the story again saves a fresh one', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { store, dbName } = copyStore();
		await seedRaw(dbName, 'ao3:4242', { v: 0, data: { title: 'from a draft build' } });
		await store.save(chapterPage(1, 'Unrelated', { storyKey: 'ffnet:9' }));
		const old = await store.read('ao3:4242');
		expect(old).toEqual({ ok: false, problem: 'old-version', message: COPY_MESSAGES['old-version'] });
		expect(COPY_MESSAGES['old-version']).toMatch(/older version of Quire/);
		expect((await store.read('ffnet:9')).ok).toBe(true);
		expect((await store.save(chapterPage(2, 'Fresh'))).ok).toBe(true);
		const fresh = await store.read('ao3:4242');
		if (!fresh.ok) throw new Error(fresh.message);
		expect(texts(fresh.copy)).toEqual(['2:Fresh']);
	});

	it('a copy from a newer version is kept for that version, never overwritten', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { store, dbName } = copyStore();
		const future = { v: 9, data: { anything: true } };
		await seedRaw(dbName, 'ao3:4242', future);
		expect(await store.save(baseStory())).toEqual({ ok: false, problem: 'newer-version', message: COPY_MESSAGES['newer-version'] });
		store.close();
		const db = await openDB(dbName, COPIES_DB_VERSION);
		expect(await db.get('copies', 'ao3:4242')).toEqual(future);
		db.close();
	});

	it('copies survive closing and opening the database again (the upgrade step runs only for older databases)', async () => {
		const { store, dbName } = copyStore();
		await store.save(baseStory());
		store.close();
		const again = createCopyStore({ dbName });
		stores.push(again);
		expect((await again.read('ao3:4242')).ok).toBe(true);
	});
});

describe('importing copies', () => {
	it('merges chapter by chapter and never loses what is stored', async () => {
		const { store, clock } = copyStore();
		clock.now = 5_000;
		await store.save(chapterPage(1, 'Stored newer one'));
		const imported = validateSavedCopy({
			storyKey: 'ao3:4242',
			header: { ...singleChapterStory(), title: 'Imported title' },
			chapters: [
				{ chapter: { ...chapterPage(1, 'Imported older one').chapters[0]! }, savedAt: 1_000 },
				{ chapter: { ...chapterPage(2, 'Imported two').chapters[0]! }, savedAt: 1_000 },
			],
			workUrl: null,
			firstSavedAt: 1_000,
			savedAt: 1_000,
		})!;
		const other = { ...imported, storyKey: 'ffnet:1' };
		expect(await store.merge([imported, other, imported])).toEqual({ added: 1, updated: 1, skipped: 1, problem: null });
		const read = await store.read('ao3:4242');
		if (!read.ok) throw new Error(read.message);
		expect(texts(read.copy)).toEqual(['1:Stored newer one', '2:Imported two']);
		expect(read.copy.header.title).not.toBe('Imported title');
		expect(read.copy.firstSavedAt).toBe(1_000);
	});
});
