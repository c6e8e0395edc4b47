/**
 * The storage areas as the rest of src/storage sees them: a small subset of
 * `browser.storage.local` / `.sync`, so tests can pass fakes and Node never
 * loads the polyfill. This file is the only one that touches the browser API.
 */

export interface StorageChange {
	oldValue?: unknown;
	newValue?: unknown;
}

export type ChangeListener = (changes: Record<string, StorageChange>) => void;

export interface StorageAreaLike {
	get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
	set(items: Record<string, unknown>): Promise<void>;
	remove(keys: string | string[]): Promise<void>;
	onChanged: {
		addListener(listener: ChangeListener): void;
		removeListener(listener: ChangeListener): void;
	};
}

export type AreaName = 'local' | 'sync';

export interface StorageAreas {
	local: StorageAreaLike;
	/** Null where the browser has no sync area (or it is switched off). */
	sync: StorageAreaLike | null;
}

/** The limits of `storage.sync` (the same numbers in Chrome and Firefox). */
export interface SyncLimits {
	quotaBytes: number;
	quotaBytesPerItem: number;
	maxItems: number;
}

export const SYNC_LIMITS: SyncLimits = {
	quotaBytes: 102_400,
	quotaBytesPerItem: 8_192,
	maxItems: 512,
};

/** How Chrome counts an item against the sync quota: key length plus JSON length. */
export function itemBytes(key: string, value: unknown): number {
	return key.length + JSON.stringify(value).length;
}

export type StorageErrorKind = 'quota' | 'rate' | 'other';

/**
 * Chrome: "QUOTA_BYTES quota exceeded", "QUOTA_BYTES_PER_ITEM quota exceeded",
 * "MAX_ITEMS quota exceeded", "This request exceeds the
 * MAX_WRITE_OPERATIONS_PER_MINUTE quota." Firefox: "QuotaExceededError: …".
 */
export function classifyStorageError(error: unknown): StorageErrorKind {
	const message = error instanceof Error ? error.message : String(error);
	if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE_OPERATIONS/i.test(message)) return 'rate';
	if (/quota/i.test(message)) return 'quota';
	return 'other';
}

type PolyfillStorage = import('webextension-polyfill').Storage.Static;

let polyfillStorage: Promise<PolyfillStorage> | null = null;

/** Imported on first use, so modules that only build items never load the polyfill. */
function loadPolyfillStorage(): Promise<PolyfillStorage> {
	polyfillStorage ??= import('webextension-polyfill').then((module) => module.default.storage);
	return polyfillStorage;
}

/**
 * One area of the real browser storage. Change events come from the global
 * `storage.onChanged` filtered by area name, which every supported browser has
 * (the per-area `onChanged` is newer).
 */
function browserArea(name: AreaName): StorageAreaLike {
	const wrapped = new Map<ChangeListener, (changes: Record<string, StorageChange>, area: string) => void>();
	return {
		get: async (keys) => (await loadPolyfillStorage())[name].get(keys ?? null),
		set: async (items) => (await loadPolyfillStorage())[name].set(items),
		remove: async (keys) => (await loadPolyfillStorage())[name].remove(keys),
		onChanged: {
			addListener(listener) {
				const forArea = (changes: Record<string, StorageChange>, area: string): void => {
					if (area === name) listener(changes);
				};
				wrapped.set(listener, forArea);
				void loadPolyfillStorage().then((storage) => {
					// Removed before the polyfill finished loading: never attach.
					if (wrapped.get(listener) === forArea) storage.onChanged.addListener(forArea);
				});
			},
			removeListener(listener) {
				const forArea = wrapped.get(listener);
				if (!forArea) return;
				wrapped.delete(listener);
				void loadPolyfillStorage().then((storage) => storage.onChanged.removeListener(forArea));
			},
		},
	};
}

let defaultAreas: StorageAreas | null = null;

/** The browser's local and sync areas, created once. */
export function browserStorageAreas(): StorageAreas {
	defaultAreas ??= { local: browserArea('local'), sync: browserArea('sync') };
	return defaultAreas;
}

/** Subscribes `listener` to `area` until `signal` aborts. */
export function listenUntilAborted(area: StorageAreaLike, listener: ChangeListener, signal?: AbortSignal): void {
	if (signal?.aborted) return;
	area.onChanged.addListener(listener);
	signal?.addEventListener('abort', () => area.onChanged.removeListener(listener), { once: true });
}
