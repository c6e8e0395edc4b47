import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrateStorage } from '../../src/storage/migrate.js';
import { fakeAreas } from './fake-storage.js';
import { positionRecord } from './records.js';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('migrateStorage', () => {
	it('rewrites version 1 positions in version 2 and leaves current, unreadable and other keys alone', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const areas = fakeAreas();
		const current = { v: 2, data: positionRecord({ storyKey: 'ao3:2' }) };
		const future = { v: 7, data: { whatever: true } };
		areas.local.seed({
			'pos:ao3:1': {
				v: 1,
				data: { storyKey: 'ao3:1', site: 'ao3', title: 'Old', author: 'a', chapter: 2, chapterId: '9', chapterUrl: null, chapters: 4, paragraph: 3, offset: 0, percent: 40, updated: '2024-02-02T00:00:00Z', finished: false },
			},
			'pos:ao3:2': current,
			'pos:ao3:3': future,
			prefs: { v: 1, data: {} },
		});
		expect(await migrateStorage(areas)).toEqual({ migrated: 1, unreadable: 1 });
		expect(areas.local.peek('pos:ao3:1')).toMatchObject({ v: 2, data: { storyKey: 'ao3:1', chapterIndex: 2, workFraction: 0.4, fingerprint: '' } });
		expect(areas.local.peek('pos:ao3:2')).toEqual(current);
		expect(areas.local.peek('pos:ao3:3')).toEqual(future);
		expect(areas.local.writes).toBe(1);
	});
});
