/**
 * Whether Quire keeps a copy of each story the reader opens: on unless the
 * reader switches it off in the options. Local to this browser, like the
 * copies it governs (space is per device).
 */

import { browserStorageAreas, type StorageAreas } from './areas.js';
import { defineItem, type StorageItem } from './define-item.js';

export interface CopiesSetting {
	/** Keep a copy of each story opened in the reader. */
	keep: boolean;
}

export function copiesSettingItem(areas: StorageAreas = browserStorageAreas()): StorageItem<CopiesSetting> {
	return defineItem<CopiesSetting>({
		key: 'savedCopies',
		name: 'saved-copies setting',
		area: 'local',
		fallback: { keep: true },
		version: 1,
		// Numbered like positionSchema's: `n: (version n-1 value) => version n value`.
		migrations: {},
		validate: (value) => {
			const keep = (value as Partial<CopiesSetting> | null)?.keep;
			return typeof keep === 'boolean' ? { keep } : null;
		},
	}, areas);
}
