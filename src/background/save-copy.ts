/** Keeping a copy of the chapters a reader tab shows, unless the reader switched copies off. */
import type { Message, Response } from '../messages.js';
import type { StorageItem } from '../storage/define-item.js';
import type { CopiesSetting } from '../storage/copies-setting.js';
import type { CopyStore } from '../storage/saved-copies.js';

export async function saveCopy(story: Message<'quire:save-copy'>['story'], setting: Pick<StorageItem<CopiesSetting>, 'get'>, copies: Pick<CopyStore, 'save'>): Promise<Response<'quire:save-copy'>> {
	if (!(await setting.get()).keep) return { status: 'off' };
	const result = await copies.save(story);
	return result.ok ? { status: 'saved' } : { status: 'failed', message: result.message };
}
