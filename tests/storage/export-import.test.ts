import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPrefs } from '../../src/reader/prefs.js';
import { EXPORT_FORMAT, exportReadingData, importReadingData, serializeReadingData } from '../../src/storage/export-import.js';
import { createPositionStore } from '../../src/storage/positions.js';
import { createPreferences } from '../../src/storage/preferences.js';
import { fakeAreas } from './fake-storage.js';
import { positionRecord } from './records.js';

const opened: { dispose(): void }[] = [];
afterEach(() => {
	for (const store of opened.splice(0)) store.dispose();
	vi.restoreAllMocks();
});

function stores() {
	const areas = fakeAreas();
	const positions = createPositionStore({ areas });
	const preferences = createPreferences({ areas });
	opened.push(positions, preferences);
	return { areas, positions, preferences, now: () => Date.UTC(2026, 0, 2) };
}

describe('export and import', () => {
	it('when the browser refuses the write, says so and leaves what was stored as it was', async () => {
		const to = stores();
		await to.positions.save(positionRecord({ storyKey: 'ao3:1', paragraph: 3, updatedAt: 1_000 }));
		to.areas.local.failNextWrites(1, 'QUOTA_BYTES quota exceeded');
		const file = { format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', schemas: { positions: 2, preferences: 1 }, positions: [positionRecord({ storyKey: 'ao3:1', paragraph: 9, updatedAt: 5_000 })] };
		const report = await importReadingData(JSON.stringify(file), to);
		expect(report.ok).toBe(false);
		expect(report.error).toMatch(/refused to store it/);
		expect((await to.positions.load('ao3:1'))?.paragraph).toBe(3);
	});

	it('keeps hostile addresses and endless titles out of the shelf', async () => {
		const to = stores();
		const hostile = positionRecord({ storyKey: 'ao3:7', chapterUrl: 'javascript:alert(1)', workUrl: 'data:text/html,x', title: 't'.repeat(100_000) });
		const file = { format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', schemas: { positions: 2, preferences: 1 }, positions: [hostile] };
		expect((await importReadingData(JSON.stringify(file), to)).added).toBe(1);
		const stored = await to.positions.load('ao3:7');
		expect(stored).toMatchObject({ chapterUrl: null, workUrl: null });
		expect(stored?.title.length).toBe(500);
	});

	it('round-trips positions, shelf state and preferences into an empty profile', async () => {
		const from = stores();
		await from.positions.save(positionRecord({ storyKey: 'ao3:1', finished: true }));
		await from.positions.save(positionRecord({ storyKey: 'ao3:2', paragraph: 99 }));
		await from.preferences.update({ theme: 'dark', fontSize: 24 });
		const exported = await exportReadingData(from);
		expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: 2, exportedAt: '2026-01-02T00:00:00.000Z', schemas: { positions: 2, preferences: 2, library: 2 } });
		expect(exported.copies).toBeUndefined();

		const to = stores();
		const report = await importReadingData(serializeReadingData(exported), to);
		// The two shelf entries come in as positions; the library derives the same entries from them, so nothing more to add.
		expect(report).toEqual({ ok: true, added: 2, updated: 0, skipped: 0, preferences: 'imported', library: { added: 0, updated: 0, skipped: 2 } });
		expect(await to.positions.all()).toEqual(await from.positions.all());
		expect(await to.preferences.get()).toEqual({ ...defaultPrefs, theme: 'dark', fontSize: 24 });
	});

	it('merges: newer records win, older and invalid ones are skipped and counted', async () => {
		const target = stores();
		await target.positions.save(positionRecord({ storyKey: 'ao3:1', paragraph: 10, updatedAt: 5_000 }));
		await target.positions.save(positionRecord({ storyKey: 'ao3:2', paragraph: 10, updatedAt: 5_000 }));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const file = {
			format: EXPORT_FORMAT,
			version: 1,
			exportedAt: '2026-01-01T00:00:00.000Z',
			schemas: { positions: 2, preferences: 1 },
			preferences: { ...defaultPrefs, theme: 'sepia' },
			positions: [
				positionRecord({ storyKey: 'ao3:1', paragraph: 20, updatedAt: 9_000 }),
				positionRecord({ storyKey: 'ao3:2', paragraph: 1, updatedAt: 1_000 }),
				positionRecord({ storyKey: 'ao3:3' }),
				{ storyKey: 'ao3:4', paragraph: 'lots' },
				null,
			],
		};
		expect(await importReadingData(file, target)).toEqual({ ok: true, added: 1, updated: 1, skipped: 3, preferences: 'imported' });
		const byKey = new Map((await target.positions.all()).map((r) => [r.storyKey, r.paragraph]));
		expect(byKey).toEqual(new Map([['ao3:1', 20], ['ao3:2', 10], ['ao3:3', 17]]));
	});

	it('migrates records exported by an older schema', async () => {
		const target = stores();
		const file = {
			format: EXPORT_FORMAT,
			version: 1,
			schemas: { positions: 1 },
			positions: [{ storyKey: 'ao3:7', site: 'ao3', title: 'Old', author: 'a', chapter: 2, chapterId: null, chapterUrl: null, chapters: 2, paragraph: 4, offset: 0, percent: 75, updated: '2025-03-01T00:00:00Z', finished: false }],
		};
		expect(await importReadingData(file, target)).toMatchObject({ ok: true, added: 1, preferences: 'absent' });
		expect(await target.positions.load('ao3:7')).toMatchObject({ chapterIndex: 2, chapterFraction: 0.5, workFraction: 0.75 });
	});

	it('migrates preferences exported by version 1 (spoilers folded, tap to page on)', async () => {
		const target = stores();
		const file = { format: EXPORT_FORMAT, version: 1, schemas: { positions: 2, preferences: 1 }, positions: [], preferences: { theme: 'sepia', hideSpoilers: false, hideNotes: true } };
		expect(await importReadingData(file, target)).toMatchObject({ ok: true, preferences: 'imported' });
		expect(await target.preferences.get()).toEqual({ ...defaultPrefs, theme: 'sepia', hideNotes: true, hideSpoilers: true, tapToPage: true });
	});

	it.each([
		['text that is not JSON', '{"format": "quire-rea'],
		['another program’s JSON', JSON.stringify({ bookmarks: [] })],
		['a file from a newer Quire', JSON.stringify({ format: EXPORT_FORMAT, version: 99, positions: [] })],
		['a file with no positions list', JSON.stringify({ format: EXPORT_FORMAT, version: 1, positions: 'none' })],
	])('rejects %s and changes nothing', async (_name, text) => {
		const target = stores();
		await target.positions.save(positionRecord());
		await target.preferences.update({ theme: 'black' });
		const before = new Map(target.areas.local.data);
		const report = await importReadingData(text, target);
		expect(report.ok).toBe(false);
		expect(report.error).toMatch(/\w/);
		expect(new Map(target.areas.local.data)).toEqual(before);
	});

	it('reports invalid preferences without touching the current ones', async () => {
		const target = stores();
		await target.preferences.update({ theme: 'black' });
		const report = await importReadingData({ format: EXPORT_FORMAT, version: 1, positions: [], preferences: 'dark' }, target);
		expect(report).toMatchObject({ ok: true, preferences: 'invalid' });
		expect((await target.preferences.get()).theme).toBe('black');
	});
});
