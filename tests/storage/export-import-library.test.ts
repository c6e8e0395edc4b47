import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMAT, exportReadingData, importReadingData, serializeReadingData } from '../../src/storage/export-import.js';
import { createLibrary } from '../../src/storage/library.js';
import { createPositionStore } from '../../src/storage/positions.js';
import { createPreferences } from '../../src/storage/preferences.js';
import { COPY_MESSAGES, createCopyStore, type CopyStore } from '../../src/storage/saved-copies.js';
import { baseStory, singleChapterStory } from '../reader/sample-stories.js';
import { fakeAreas } from './fake-storage.js';

const opened: { dispose(): void }[] = [];
const copyStores: CopyStore[] = [];
let dbCount = 0;
afterEach(() => {
	for (const store of opened.splice(0)) store.dispose();
	for (const store of copyStores.splice(0)) store.close();
	vi.restoreAllMocks();
});

function profile(clock = { now: 10_000 }) {
	const areas = fakeAreas();
	const positions = createPositionStore({ areas });
	const preferences = createPreferences({ areas });
	opened.push(positions, preferences);
	const library = createLibrary({ areas, positions, now: () => clock.now });
	const copies = createCopyStore({ dbName: `import-test-${++dbCount}`, now: () => clock.now });
	copyStores.push(copies);
	return { areas, positions, preferences, library, copies, clock, now: () => Date.UTC(2026, 0, 2) };
}

function chapterTwo(text: string) {
	const story = singleChapterStory();
	return singleChapterStory({ chapters: [{ ...story.chapters[0]!, text, html: `<p>${text}</p>` }] });
}

describe('export and import of the library', () => {
	it('carries statuses into another profile', async () => {
		const from = profile();
		await from.library.recordVisit(baseStory());
		await from.library.setStatus('ao3:4242', 'plan');
		const exported = await exportReadingData(from);
		expect(exported.library.map((entry) => [entry.storyKey, entry.status])).toEqual([['ao3:4242', 'plan']]);

		const to = profile();
		const report = await importReadingData(serializeReadingData(exported), to);
		expect(report.library).toEqual({ added: 1, updated: 0, skipped: 0 });
		expect(await to.library.status('ao3:4242')).toBe('plan');
		expect((await to.library.get('ao3:4242'))?.title).toBe('The Lighthouse Keeper’s Ledger');
	});

	it('never loses what is there: a newer status stays, stories only here stay, new ones are added', async () => {
		const from = profile({ now: 1_000 });
		await from.library.recordVisit(baseStory());
		await from.library.recordVisit(baseStory({ storyKey: 'ffnet:1', site: 'ffnet', title: 'Only in the file' }));
		const file = serializeReadingData(await exportReadingData(from));

		const to = profile({ now: 50_000 });
		await to.library.recordVisit(baseStory());
		await to.library.setStatus('ao3:4242', 'dropped');
		await to.library.recordVisit(baseStory({ storyKey: 'ao3:9', title: 'Only here' }));
		const report = await importReadingData(file, to);
		expect(report.library).toMatchObject({ added: 1 });
		expect(await to.library.status('ao3:4242')).toBe('dropped');
		expect((await to.library.list()).map((item) => item.title).sort()).toEqual(['Only here', 'Only in the file', 'The Lighthouse Keeper’s Ledger']);
	});

	it('carries saved copies only when asked, and merges them chapter by chapter into the copies there', async () => {
		const from = profile({ now: 1_000 });
		await from.library.recordVisit(baseStory());
		await from.copies.save(baseStory());
		expect((await exportReadingData(from)).copies).toBeUndefined();
		const exported = await exportReadingData(from, { includeCopies: true });
		expect(exported.schemas.copies).toBe(1);
		expect(exported.copies?.map((copy) => copy.storyKey)).toEqual(['ao3:4242']);

		const to = profile({ now: 9_000 });
		await to.copies.save(chapterTwo('A newer chapter two, kept'));
		const report = await importReadingData(serializeReadingData(exported), to);
		expect(report.copies).toEqual({ added: 0, updated: 1, skipped: 0, problem: null });
		const read = await to.copies.read('ao3:4242');
		if (!read.ok) throw new Error(read.message);
		expect(read.copy.chapters.map((saved) => saved.chapter.text.slice(0, 12))).toEqual(['The lamp was', 'A newer chap', 'The final en']);
	});

	it('skips a damaged copy in the file and imports the rest', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const from = profile();
		await from.copies.save(baseStory());
		const exported = await exportReadingData(from, { includeCopies: true });
		const file = { ...exported, copies: [...exported.copies!, { storyKey: 'ao3:666', header: '<script>', chapters: [] }] };
		const to = profile();
		const report = await importReadingData(JSON.stringify(file), to);
		expect(report.copies).toEqual({ added: 1, updated: 0, skipped: 1, problem: null });
	});

	it('when the browser runs out of room for copies, says so, and keeps the positions, library and copies it stored', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const from = profile();
		await from.library.recordVisit(baseStory());
		await from.copies.save(baseStory());
		await from.copies.save(baseStory({ storyKey: 'ao3:2' }));
		const file = serializeReadingData(await exportReadingData(from, { includeCopies: true }));
		const to = profile();
		let puts = 0;
		const original = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			// The first copy's two records go in; then the disk is full.
			if (++puts > 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
			return original.apply(this, args);
		});
		const report = await importReadingData(file, to);
		expect(report.ok).toBe(true);
		expect(report.library).toMatchObject({ added: 1 });
		expect(report.copies).toEqual({ added: 1, updated: 0, skipped: 1, problem: COPY_MESSAGES.quota });
		vi.restoreAllMocks();
		expect((await to.copies.list()).length).toBe(1);
	});

	it('still reads files of version 1 (no library, no copies)', async () => {
		const to = profile();
		const report = await importReadingData({ format: EXPORT_FORMAT, version: 1, schemas: { positions: 2, preferences: 1 }, positions: [] }, to);
		expect(report).toEqual({ ok: true, added: 0, updated: 0, skipped: 0, preferences: 'absent' });
	});
});
