import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLibrary, trackingReadChapters } from '../../src/storage/library.js';
import { chaptersShown, mergeEntries, visitedEntry } from '../../src/storage/library-changes.js';
import { librarySchema, migrateLibraryV1toV2, newChapterCount, type LibraryEntry } from '../../src/storage/library-entry.js';
import { decodeVersioned } from '../../src/storage/define-item.js';
import { migrateLibrary } from '../../src/storage/migrate.js';
import { createPositionStore } from '../../src/storage/positions.js';
import { listShelf } from '../../src/storage/shelf.js';
import { baseStory, singleChapterStory } from '../reader/sample-stories.js';
import { fakeAreas, settle } from './fake-storage.js';
import { positionRecord } from './records.js';

const opened: { dispose(): void }[] = [];
afterEach(() => {
	for (const store of opened.splice(0)) store.dispose();
	vi.restoreAllMocks();
});

function setup(now = () => 5_000_000) {
	const areas = fakeAreas();
	const positions = createPositionStore({ areas });
	opened.push(positions);
	const library = createLibrary({ areas, positions, now });
	return { areas, positions, library };
}

/** Chapter `index` of a story whose pages list `listed` chapters. */
function chapterPage(index: number, listed: number) {
	const base = singleChapterStory();
	const refs = Array.from({ length: listed }, (_, i) => ({ index: i + 1, title: null, id: String(9001 + i), url: `https://archive.example/works/4242/chapters/${9001 + i}` }));
	return singleChapterStory({
		chapterList: refs,
		stats: { ...base.stats, chapters: listed },
		chapters: [{ ...base.chapters[0]!, index, id: String(9000 + index) }],
	});
}

describe('the shelf moves into the library', () => {
	// Literal records as the builds before the library stored them.
	const oldV1Position = {
		v: 1,
		data: { storyKey: 'ffnet:77', site: 'ffnet', title: 'An Old Road', author: 'inkwell, Second Pen', chapter: 3, chapterId: '3', chapterUrl: 'https://www.fanfiction.net/s/77/3/', chapters: 9, paragraph: 4, offset: 0, percent: 30, updated: '2024-02-02T00:00:00Z', finished: false },
	};
	const oldV2Position = {
		v: 2,
		data: {
			storyKey: 'ao3:1001', site: 'ao3', title: 'A Long Way Home', author: 'quietwriter', chapterIndex: 4, chapterId: '5004',
			chapterUrl: 'https://archiveofourown.org/works/1001/chapters/5004', chapterCount: 12, paragraph: 17, offset: 42,
			fingerprint: 'she had never|the door behind|27|1x3k9q', chapterFraction: 0.37, workFraction: 0.29, updatedAt: 1_700_000_000_000,
			finished: true, workUrl: null, removed: false,
		},
	};

	it('lists every old shelf entry with everything the shelf showed', async () => {
		const { areas, library } = setup();
		areas.local.seed({ 'pos:ffnet:77': oldV1Position, 'pos:ao3:1001': oldV2Position });
		const items = await library.list();
		// Newest read first: the version 1 record is from 2024, the version 2 one from 2023.
		expect(items.map((item) => item.storyKey)).toEqual(['ffnet:77', 'ao3:1001']);
		expect(items[1]).toMatchObject({
			title: 'A Long Way Home', authors: ['quietwriter'], site: 'ao3', status: 'finished', chaptersRead: 4, chaptersAvailable: 12,
			lastRead: 1_700_000_000_000, url: 'https://archiveofourown.org/works/1001/chapters/5004', percent: 29, newChapters: 0,
		});
		expect(items[0]).toMatchObject({
			title: 'An Old Road', authors: ['inkwell', 'Second Pen'], site: 'ffnet', status: 'reading', chaptersRead: 3, chaptersAvailable: 9,
			lastRead: Date.parse('2024-02-02T00:00:00Z'), url: 'https://www.fanfiction.net/s/77/3/', percent: 30,
		});
	});

	it('migrateLibrary stores them once, in the current version, and leaves tombstones and existing entries alone', async () => {
		const { areas, library } = setup();
		const existing = visitedEntry(baseStory({ storyKey: 'ao3:5' }), null, 1_000)!;
		areas.local.seed({
			'pos:ffnet:77': oldV1Position,
			'pos:ao3:1001': oldV2Position,
			'pos:ao3:9': { v: 2, data: { ...oldV2Position.data, storyKey: 'ao3:9', removed: true, title: '' } },
			'pos:ao3:5': { v: 2, data: { ...oldV2Position.data, storyKey: 'ao3:5' } },
			'lib:ao3:5': { v: 2, data: existing },
		});
		expect(await migrateLibrary(areas)).toEqual({ migrated: 2, unreadable: 0 });
		expect(areas.local.peek('lib:ao3:1001')).toMatchObject({ v: 2, data: { storyKey: 'ao3:1001', status: 'finished', chaptersRead: 4, chaptersAvailable: 12 } });
		expect(areas.local.peek('lib:ffnet:77')).toMatchObject({ v: 2, data: { status: 'reading', authors: ['inkwell', 'Second Pen'] } });
		expect(areas.local.peek('lib:ao3:9')).toBeUndefined();
		expect(areas.local.peek('lib:ao3:5')).toEqual({ v: 2, data: existing });
		expect(await migrateLibrary(areas)).toEqual({ migrated: 0, unreadable: 0 });
		expect((await library.list()).map((item) => item.storyKey).sort()).toEqual(['ao3:1001', 'ao3:5', 'ffnet:77']);
	});

	it('migration 2 turns a literal version 1 entry (a shelf entry) into a library entry', () => {
		const v1 = { storyKey: 'ao3:1', title: 'T', author: 'a, b', site: 'ao3', chapterIndex: 2, chapterCount: null, percent: 10, lastRead: 1_000, finished: false, url: null };
		expect(migrateLibraryV1toV2(v1)).toEqual({
			storyKey: 'ao3:1', site: 'ao3', title: 'T', authors: ['a', 'b'], fandoms: [], tags: [], rating: null, ratingLevel: 'unknown', words: null,
			chaptersRead: 2, chaptersAvailable: null, chaptersKnown: null, complete: null, status: 'reading', statusChangedAt: 1_000, lastRead: 1_000,
			addedAt: 1_000, url: null, copyProblem: null,
		});
		expect(decodeVersioned(librarySchema, { v: 1, data: v1 })?.storyKey).toBe('ao3:1');
	});

	it('skips an unreadable entry with one warning and lists the rest', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { areas, library } = setup();
		areas.local.seed({ 'lib:ao3:1': { v: 2, data: { storyKey: 'ao3:1', status: 'lost' } }, 'lib:ao3:2': { v: 2, data: visitedEntry(baseStory({ storyKey: 'ao3:2' }), null, 1_000) } });
		expect((await library.list()).map((item) => item.storyKey)).toEqual(['ao3:2']);
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('[quire] storage: skipped local lib:ao3:1'));
	});
});

describe('visits', () => {
	it('records title, authors, fandoms, site, rating, words, chapters and tags, as Reading', async () => {
		const { library } = setup(() => 42_000);
		const entry = await library.recordVisit(baseStory());
		expect(entry).toMatchObject({
			storyKey: 'ao3:4242', site: 'ao3', title: 'The Lighthouse Keeper’s Ledger', authors: ['saltwren', 'Moth Ink'],
			fandoms: ['Coastal Tales (Novel Series)'], rating: 'Teen And Up Audiences', ratingLevel: 'teen', words: 12345,
			chaptersRead: 1, chaptersAvailable: 3, chaptersKnown: 3, complete: false, status: 'reading', lastRead: 42_000, addedAt: 42_000,
		});
		expect(entry?.tags).toEqual(expect.arrayContaining(['Ada Brill & Tomas Vey', 'The Harbourmaster', 'Found Family']));
		expect(await library.status('ao3:4242')).toBe('reading');
	});

	it('counts chapters from the chapter list or from the "N/M" stats', () => {
		expect(chaptersShown(chapterPage(2, 5))).toBe(5);
		expect(chaptersShown(singleChapterStory({ chapterList: [], stats: { ...baseStory().stats, chapters: 8, chaptersExpected: 10 } }))).toBe(8);
		expect(chaptersShown(singleChapterStory({ chapterList: [], stats: { ...baseStory().stats, chapters: null } }))).toBe(2);
	});

	it('says "2 new chapters" when a page shows two more than were there, until the reader reaches them', async () => {
		const { library, positions } = setup();
		await library.recordVisit(chapterPage(3, 10));
		expect((await library.list())[0]?.newChapters).toBe(0);
		await library.recordVisit(chapterPage(3, 12));
		expect((await library.list())[0]).toMatchObject({ newChapters: 2, chaptersAvailable: 12, chaptersRead: 3 });
		// Reading on through old chapters changes nothing; reaching chapter 11 takes one off.
		await positions.save(positionRecord({ storyKey: 'ao3:4242', chapterIndex: 9, chapterCount: 12, updatedAt: 6_000_000 }));
		expect((await library.list())[0]?.newChapters).toBe(2);
		await library.recordVisit(chapterPage(11, 12));
		expect((await library.list())[0]?.newChapters).toBe(1);
		await library.reachedChapter('ao3:4242', 12);
		expect((await library.list())[0]?.newChapters).toBe(0);
	});

	it('counts new chapters for a story the reader had finished, and on the shelf too', async () => {
		const { library, positions } = setup();
		await library.recordVisit(chapterPage(5, 5));
		await positions.save(positionRecord({ storyKey: 'ao3:4242', chapterIndex: 5, chapterCount: 5, updatedAt: 6_000_000 }));
		await library.setStatus('ao3:4242', 'finished');
		await library.recordVisit(chapterPage(1, 7));
		expect((await library.list())[0]?.newChapters).toBe(2);
		const shelf = await listShelf({ includeFinished: true }, positions, library);
		expect(shelf[0]).toMatchObject({ storyKey: 'ao3:4242', newChapters: 2, status: 'finished', finished: true, chapterCount: 7 });
	});

	it('never counts as new what was there when the story came into the library', () => {
		expect(newChapterCount({ chaptersAvailable: 12, chaptersKnown: 12, chaptersRead: 1 })).toBe(0);
		expect(newChapterCount({ chaptersAvailable: null, chaptersKnown: null, chaptersRead: 1 })).toBe(0);
		const previous = visitedEntry(chapterPage(2, 4), null, 1_000)!;
		expect(visitedEntry(chapterPage(2, 3), previous, 2_000)).toMatchObject({ chaptersAvailable: 3, chaptersKnown: 3 });
	});

	it('keeps the reader\'s status across visits and ignores pages that are not stories', async () => {
		const { library } = setup();
		await library.recordVisit(baseStory());
		await library.setStatus('ao3:4242', 'plan');
		await library.recordVisit(baseStory());
		expect(await library.status('ao3:4242')).toBe('plan');
		expect(await library.recordVisit(baseStory({ kind: 'index', chapters: [], storyKey: 'ao3:1' }))).toBeNull();
	});
});

describe('statuses', () => {
	it('marks the place finished (for the shelf and other devices) with Finished, and unfinished with any other status', async () => {
		const { library, positions } = setup();
		await library.recordVisit(baseStory());
		await positions.save(positionRecord({ storyKey: 'ao3:4242', updatedAt: 1_000 }));
		await library.setStatus('ao3:4242', 'finished');
		expect((await positions.load('ao3:4242'))?.finished).toBe(true);
		expect(await listShelf({}, positions, library)).toEqual([]);
		await library.setStatus('ao3:4242', 'dropped');
		expect((await positions.load('ao3:4242'))?.finished).toBe(false);
		expect(await listShelf({}, positions, library)).toEqual([]);
		await library.setStatus('ao3:4242', 'reading');
		expect((await listShelf({}, positions, library)).map((entry) => entry.storyKey)).toEqual(['ao3:4242']);
	});

	it('tells listeners when the status changes, here or in another tab', async () => {
		const { library } = setup();
		await library.recordVisit(baseStory());
		const heard: unknown[] = [];
		const stop = library.onStatusChanged('ao3:4242', (status) => heard.push(status));
		await library.setStatus('ao3:4242', 'dropped');
		await settle();
		stop();
		await library.setStatus('ao3:4242', 'reading');
		await settle();
		expect(heard).toEqual(['dropped']);
	});

	it('removes a story from the library and from the shelf, for good', async () => {
		const { library, positions } = setup();
		await library.recordVisit(baseStory());
		await positions.save(positionRecord({ storyKey: 'ao3:4242', updatedAt: 1_000 }));
		await library.remove('ao3:4242');
		expect(await library.list()).toEqual([]);
		expect(await positions.load('ao3:4242')).toBeNull();
	});
});

describe('reading progress from the tracker', () => {
	it('counts a chapter as read when the saved place moves into it, once per chapter', async () => {
		const { library, positions } = setup();
		await library.recordVisit(chapterPage(1, 6));
		const spy = vi.spyOn(library, 'reachedChapter');
		const tracked = trackingReadChapters(positions, library);
		await tracked.save(positionRecord({ storyKey: 'ao3:4242', chapterIndex: 3, updatedAt: 1_000 }));
		await tracked.save(positionRecord({ storyKey: 'ao3:4242', chapterIndex: 3, updatedAt: 2_000 }));
		await tracked.put(positionRecord({ storyKey: 'ao3:4242', chapterIndex: 2, updatedAt: 3_000 }));
		await settle();
		expect(spy).toHaveBeenCalledTimes(1);
		expect((await library.get('ao3:4242'))?.chaptersRead).toBe(3);
	});
});

describe('merging imported entries', () => {
	const stored: LibraryEntry = { ...visitedEntry(baseStory(), null, 1_000)!, status: 'dropped', statusChangedAt: 5_000, chaptersRead: 3, lastRead: 5_000 };

	it('keeps a newer status and further progress that is stored, and takes newer ones from the file', () => {
		const older = { ...stored, status: 'reading' as const, statusChangedAt: 2_000, chaptersRead: 1, lastRead: 2_000, title: 'Old title' };
		expect(mergeEntries(stored, older)).toEqual(stored);
		const newer = { ...stored, status: 'finished' as const, statusChangedAt: 9_000, chaptersRead: 2, lastRead: 9_000, addedAt: 500 };
		expect(mergeEntries(stored, newer)).toMatchObject({ status: 'finished', chaptersRead: 3, lastRead: 9_000, addedAt: 500 });
	});

	it('adds new entries and reports which changed', async () => {
		const { library } = setup();
		await library.merge([stored]);
		const result = await library.merge([stored, { ...stored, storyKey: 'ao3:2' }, { ...stored, statusChangedAt: 8_000, status: 'finished' }]);
		expect(result).toEqual({ added: ['ao3:2'], updated: ['ao3:4242'] });
		expect(await library.status('ao3:4242')).toBe('finished');
	});
});
