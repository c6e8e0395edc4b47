import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPrefs, type Prefs } from '../../src/reader/prefs.js';
import { createPreferences, PREFS_KEY } from '../../src/storage/preferences.js';
import { fakeAreas, FakeStorageArea, QUOTA_ERROR, settle } from './fake-storage.js';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

const clock = (start = 1_000) => {
	let t = start;
	return () => (t += 1);
};

describe('preferences', () => {
	it('returns the defaults when nothing is stored', async () => {
		const prefs = createPreferences({ areas: fakeAreas() });
		expect(await prefs.get()).toEqual(defaultPrefs);
	});

	it('saves one versioned object to sync, with a local copy, and reads it back', async () => {
		const areas = fakeAreas();
		const prefs = createPreferences({ areas, now: clock() });
		await prefs.update({ fontSize: 22, theme: 'sepia' });
		expect(areas.sync.peek(PREFS_KEY)).toMatchObject({ v: 2, data: { fontSize: 22, theme: 'sepia' } });
		expect(areas.local.peek(PREFS_KEY)).toMatchObject({ v: 2, data: { fontSize: 22, theme: 'sepia' } });
		expect(await prefs.get()).toEqual({ ...defaultPrefs, fontSize: 22, theme: 'sepia' });
	});

	it('migrates a literal version 1 record: tap to page on, the "Spoilers:" line folded, every other choice kept', async () => {
		const areas = fakeAreas();
		// What version 1 wrote after a reader changed the theme: every field, the folds at their old defaults.
		const v1 = {
			fontFamily: 'atkinson', fontSize: 21, lineHeight: 1.8, textWidth: 60, paragraphSpacing: 1, align: 'left', theme: 'dark',
			hideWarnings: true, hideTags: false, hideSpoilers: false, hideNotes: true, autoOpen: { ao3: true }, wordsPerMinute: 300,
		};
		areas.sync.seed({ [PREFS_KEY]: { v: 1, data: v1, t: 5 } });
		const prefs = createPreferences({ areas, now: clock() });
		expect(await prefs.get()).toEqual({ ...v1, hideSpoilers: true, tapToPage: true });
		// Written back in version 2 on the next save, and a reader's later choice then stands.
		await prefs.update({ hideSpoilers: false });
		expect(areas.sync.peek(PREFS_KEY)).toMatchObject({ v: 2, data: { hideSpoilers: false, tapToPage: true, hideWarnings: true } });
		expect((await prefs.get()).hideSpoilers).toBe(false);
	});

	it('new readers get the defaults the README promises: spoilers folded; warnings, tags and notes shown; tap to page on', async () => {
		expect(await createPreferences({ areas: fakeAreas() }).get()).toMatchObject({ hideWarnings: false, hideTags: false, hideSpoilers: true, hideNotes: false, tapToPage: true });
	});

	it('validates on read: bad fields take their defaults, unknown fields are dropped', async () => {
		const areas = fakeAreas();
		areas.sync.seed({ [PREFS_KEY]: { v: 1, data: { fontSize: 900, theme: 'sepia', surprise: true }, t: 5 } });
		const read = await createPreferences({ areas }).get();
		expect(read).toEqual({ ...defaultPrefs, theme: 'sepia' });
		expect(read).not.toHaveProperty('surprise');
	});

	it('skips a foreign value with a log line and uses the defaults', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		areas.sync.seed({ [PREFS_KEY]: 'dark mode please' });
		expect(await createPreferences({ areas }).get()).toEqual(defaultPrefs);
		expect(warn).toHaveBeenCalledTimes(1);
	});

	it('falls back to local when sync cannot be read, and says so', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		areas.local.seed({ [PREFS_KEY]: { v: 1, data: { ...defaultPrefs, fontSize: 25 }, t: 10 } });
		areas.sync.failReads('storage.sync is disabled');
		expect((await createPreferences({ areas }).get()).fontSize).toBe(25);
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/sync preferences unavailable/);
	});

	it('works with no sync area at all', async () => {
		const prefs = createPreferences({ areas: { local: new FakeStorageArea(), sync: null } });
		await prefs.update({ align: 'justify' });
		expect((await prefs.get()).align).toBe('justify');
	});

	it('keeps a change locally when the sync write fails, reads the newer local copy, and retries sync', async () => {
		vi.useFakeTimers();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		const prefs = createPreferences({ areas, now: clock(), retryMs: 1_000 });
		await prefs.update({ fontSize: 20 });
		areas.sync.failNextWrites(1, QUOTA_ERROR);
		await prefs.update({ fontSize: 30 });
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/saved locally only/);
		expect(areas.sync.peek(PREFS_KEY)).toMatchObject({ data: { fontSize: 20 } });
		expect((await prefs.get()).fontSize).toBe(30);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(areas.sync.peek(PREFS_KEY)).toMatchObject({ data: { fontSize: 30 } });
		prefs.dispose();
	});

	it('prefers the newer of the sync and local copies (another device saved later)', async () => {
		const areas = fakeAreas();
		areas.local.seed({ [PREFS_KEY]: { v: 1, data: { ...defaultPrefs, fontSize: 18 }, t: 100 } });
		areas.sync.seed({ [PREFS_KEY]: { v: 1, data: { ...defaultPrefs, fontSize: 26 }, t: 200 } });
		expect((await createPreferences({ areas }).get()).fontSize).toBe(26);
	});

	it('tells watchers about changes from other tabs once, until the signal aborts', async () => {
		const areas = fakeAreas();
		const writer = createPreferences({ areas, now: clock() });
		const reader = createPreferences({ areas });
		const seen: Prefs[] = [];
		const controller = new AbortController();
		reader.watch((p) => seen.push(p), controller.signal);
		await writer.update({ theme: 'dark' });
		await settle();
		expect(seen.map((p) => p.theme)).toEqual(['dark']);
		controller.abort();
		await writer.update({ theme: 'black' });
		await settle();
		expect(seen).toHaveLength(1);
	});
});
