/**
 * Reader preferences: one small object, declared once here. It lives in
 * `storage.sync` so it follows the reader to other devices, with a copy in
 * `storage.local` that carries on when sync fails or does not exist. Each copy
 * is stamped with the time it was saved, and the newer copy wins on read.
 */

import { defaultPrefs, prefsEqual, validatePrefs, type Prefs } from '../reader/prefs.js';
import { browserStorageAreas, classifyStorageError, listenUntilAborted, type StorageAreaLike, type StorageAreas } from './areas.js';
import { decodeVersioned, isEnvelope, type Schema } from './define-item.js';

export const PREFS_KEY = 'prefs';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const prefsSchema: Schema<Prefs> = {
	name: 'preferences',
	version: 2,
	// Numbered like positionSchema's: `n: (version n-1 value) => version n value`.
	migrations: {
		/**
		 * Version 2 adds `tapToPage` (on) and folds the "Spoilers:" line by default,
		 * as Quire always said it would. Version 1 stored every field whenever any
		 * was saved, with `hideSpoilers: false` as the default, so a stored false
		 * was the default nobody chose; it becomes true. The other folds keep
		 * their stored values (their defaults did not change).
		 */
		2: (old: unknown) => (isRecord(old) ? { ...old, hideSpoilers: true, tapToPage: true } : old),
	},
	validate: validatePrefs,
};

/** `{v, data}` plus `t`, the time it was saved, to pick the newer of the sync and local copies. */
interface PrefsEnvelope {
	v: number;
	data: Prefs;
	t: number;
}

export interface PreferencesStore {
	/** The current preferences, validated; the defaults when nothing (readable) is stored. Never throws. */
	get(): Promise<Prefs>;
	/** Saves the whole object (validated first); returns what was saved. */
	set(prefs: Prefs): Promise<Prefs>;
	/** Reads, applies `patch`, saves; returns the result. */
	update(patch: Partial<Prefs>): Promise<Prefs>;
	/** Calls back with the new preferences whenever another tab, the popup or the options page saves them. */
	watch(callback: (prefs: Prefs) => void, signal?: AbortSignal): void;
	dispose(): void;
}

export interface PreferencesOptions {
	areas?: StorageAreas;
	now?: () => number;
	/** First retry delay after a failed sync write; doubles up to 10 minutes. */
	retryMs?: number;
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export function createPreferences(options: PreferencesOptions = {}): PreferencesStore {
	const areas = options.areas ?? browserStorageAreas();
	const now = options.now ?? Date.now;
	const retryMs = options.retryMs ?? 5_000;
	let retryTimer: ReturnType<typeof setTimeout> | null = null;
	let failures = 0;
	let latest: PrefsEnvelope | null = null;

	const readCopy = async (area: StorageAreaLike | null, label: string): Promise<PrefsEnvelope | null> => {
		if (!area) return null;
		try {
			const raw = (await area.get(PREFS_KEY))[PREFS_KEY];
			const data = decodeVersioned(prefsSchema, raw, `${label} preferences`);
			if (!data || !isEnvelope(raw)) return null;
			const t = (raw as { t?: unknown }).t;
			return { v: prefsSchema.version, data, t: typeof t === 'number' ? t : 0 };
		} catch (error) {
			console.warn(`[quire] storage: ${label} preferences unavailable, using the other copy (${errorText(error)})`);
			return null;
		}
	};

	const writeSync = async (envelope: PrefsEnvelope): Promise<void> => {
		if (!areas.sync) return;
		try {
			await areas.sync.set({ [PREFS_KEY]: envelope });
			failures = 0;
		} catch (error) {
			failures += 1;
			const delay = Math.min(10 * 60_000, retryMs * 2 ** (failures - 1));
			console.warn(`[quire] storage: preferences saved locally only; sync failed (${classifyStorageError(error)}: ${errorText(error)}), retrying in ${Math.round(delay / 1000)} s`);
			if (retryTimer) clearTimeout(retryTimer);
			retryTimer = setTimeout(() => {
				retryTimer = null;
				// Only the newest preferences are worth retrying.
				if (latest) void writeSync(latest);
			}, delay);
		}
	};

	const store: PreferencesStore = {
		async get() {
			const [synced, local] = await Promise.all([readCopy(areas.sync, 'sync'), readCopy(areas.local, 'local')]);
			if (synced && local) return (local.t > synced.t ? local : synced).data;
			return (synced ?? local)?.data ?? validatePrefs(defaultPrefs);
		},
		async set(prefs) {
			const data = validatePrefs(prefs);
			const envelope: PrefsEnvelope = { v: prefsSchema.version, data, t: now() };
			latest = envelope;
			// Local first: it is the copy that is always there.
			await areas.local.set({ [PREFS_KEY]: envelope });
			await writeSync(envelope);
			return data;
		},
		async update(patch) {
			return store.set({ ...(await store.get()), ...patch });
		},
		watch(callback, signal) {
			let last: Prefs | null = null;
			const listener = (changes: Record<string, { newValue?: unknown }>): void => {
				const change = changes[PREFS_KEY];
				if (!change || change.newValue === undefined) return;
				const prefs = decodeVersioned(prefsSchema, change.newValue, 'changed preferences');
				// Local and sync both report the same save; tell the listener once.
				if (!prefs || (last && prefsEqual(last, prefs))) return;
				last = prefs;
				callback(prefs);
			};
			listenUntilAborted(areas.local, listener, signal);
			if (areas.sync) listenUntilAborted(areas.sync, listener, signal);
		},
		dispose() {
			if (retryTimer) clearTimeout(retryTimer);
			retryTimer = null;
		},
	};
	return store;
}

let defaultStore: PreferencesStore | null = null;

/** The preferences over the browser's own storage, created once per page. */
export function browserPreferences(): PreferencesStore {
	defaultStore ??= createPreferences();
	return defaultStore;
}
