import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveCopy } from '../../src/background/save-copy.js';
import { copiesSettingItem } from '../../src/storage/copies-setting.js';
import { createCopyStore, type CopyStore } from '../../src/storage/saved-copies.js';
import { baseStory } from '../reader/sample-stories.js';
import { fakeAreas } from '../storage/fake-storage.js';

const stores: CopyStore[] = [];
afterEach(() => {
	for (const store of stores.splice(0)) store.close();
});

function setup(name: string) {
	const areas = fakeAreas();
	const copies = createCopyStore({ dbName: `save-copy-${name}` });
	stores.push(copies);
	return { areas, copies, setting: copiesSettingItem(areas) };
}

describe('the background keeping copies', () => {
	it('keeps a copy by default', async () => {
		const { copies, setting } = setup('on');
		expect(await saveCopy(baseStory(), setting, copies)).toEqual({ status: 'saved' });
		expect((await copies.list()).map((info) => info.storyKey)).toEqual(['ao3:4242']);
	});

	it('keeps none once the reader switched copies off, and says so', async () => {
		const { copies, setting, areas } = setup('off');
		await setting.set({ keep: false });
		expect(areas.local.peek('savedCopies')).toEqual({ v: 1, data: { keep: false } });
		expect(await saveCopy(baseStory(), setting, copies)).toEqual({ status: 'off' });
		expect(await copies.list()).toEqual([]);
	});

	it('passes on why a copy failed', async () => {
		const { setting } = setup('failed');
		const failing = { save: async () => ({ ok: false as const, problem: 'quota' as const, message: 'no room' }) };
		expect(await saveCopy(baseStory(), setting, failing)).toEqual({ status: 'failed', message: 'no room' });
	});

	it('reads an unreadable setting as on (the fallback), with one warning', async () => {
		const { setting, areas } = setup('corrupt');
		areas.local.seed({ savedCopies: { v: 1, data: { keep: 'maybe' } } });
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await setting.get()).toEqual({ keep: true });
		expect(warn).toHaveBeenCalledTimes(1);
		warn.mockRestore();
	});
});
