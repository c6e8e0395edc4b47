/**
 * Reading positions: one key per story in `storage.local` (`pos:<storyKey>`),
 * mirrored to `storage.sync` through the sync mirror. The newer record
 * (updatedAt) wins per story everywhere: on save, on read (local merged with
 * sync) and when sync or another tab reports a change.
 */

import { browserStorageAreas, listenUntilAborted, type StorageAreas, type StorageChange } from './areas.js';
import { decodeVersioned, encodeVersioned } from './define-item.js';
import { newerRecord, positionKey, positionSchema, storyKeyOf, type PositionRecord } from './position-record.js';
import { decodeCompact } from './position-sync-codec.js';
import { createSyncMirror, type FlushResult, type SyncMirror, type SyncMirrorOptions } from './sync-mirror.js';

export interface PositionStore {
	/** The saved position of a story, local merged with sync; null when none (or removed from the shelf). */
	load(storyKey: string): Promise<PositionRecord | null>;
	/**
	 * Saves a position unless local already holds a newer one for the story.
	 * Returns whether it was written. Local is written at once; sync follows in a batch.
	 */
	save(record: PositionRecord): Promise<boolean>;
	/**
	 * Writes a position to local at once, without reading first: for the moment
	 * a page goes away, when there is time to send one write but not to wait for
	 * a read. The caller must already know nothing newer is stored.
	 */
	put(record: PositionRecord): Promise<void>;
	/** Every readable record in local, tombstones included. */
	all(): Promise<PositionRecord[]>;
	/** Stores records that are newer than what local holds; returns which stories changed and how. */
	merge(records: PositionRecord[]): Promise<{ added: string[]; updated: string[] }>;
	/**
	 * Calls back with each newer record for this story that another tab or
	 * device writes, until `signal` aborts.
	 */
	watch(storyKey: string, callback: (record: PositionRecord) => void, signal?: AbortSignal): void;
	/** Copies newer sync records into local as they arrive, until `signal` aborts. */
	followSync(signal?: AbortSignal): void;
	/** Pulls every newer sync record into local and queues every newer local record for sync. */
	reconcile(): Promise<void>;
	/** Writes queued sync changes now. */
	flushSync(): Promise<FlushResult | null>;
	dispose(): void;
}

export interface PositionStoreOptions {
	areas?: StorageAreas;
	sync?: SyncMirrorOptions;
}

/** Keeps the full title and author from local when sync holds the shortened copy of the same text. */
function withLocalText(incoming: PositionRecord, local: PositionRecord | null): PositionRecord {
	if (!local || incoming.removed) return incoming;
	const longer = (short: string, full: string): string => (short !== '' && full.length > short.length && full.startsWith(short) ? full : short);
	return { ...incoming, title: longer(incoming.title, local.title), author: longer(incoming.author, local.author) };
}

export function createPositionStore(options: PositionStoreOptions = {}): PositionStore {
	const areas = options.areas ?? browserStorageAreas();
	const local = areas.local;

	const decodeLocal = (key: string, raw: unknown): PositionRecord | null => {
		const record = decodeVersioned(positionSchema, raw, `local ${key}`);
		if (record && positionKey(record.storyKey) !== key) {
			console.warn(`[quire] storage: skipped local ${key}: holds the record of ${record.storyKey}`);
			return null;
		}
		return record;
	};

	const readLocal = async (storyKeys: string[]): Promise<Map<string, PositionRecord>> => {
		const keys = storyKeys.map(positionKey);
		const stored = keys.length > 0 ? await local.get(keys) : {};
		const out = new Map<string, PositionRecord>();
		for (const key of keys) {
			const record = decodeLocal(key, stored[key]);
			if (record) out.set(record.storyKey, record);
		}
		return out;
	};

	const writeLocal = async (records: PositionRecord[]): Promise<void> => {
		if (records.length === 0) return;
		await local.set(Object.fromEntries(records.map((r) => [positionKey(r.storyKey), encodeVersioned(positionSchema, r)])));
	};

	/** Stores the records that are newer than local's; returns the ones stored, with what local had before. */
	const mergeIntoLocal = async (records: PositionRecord[], fromSync = false): Promise<{ record: PositionRecord; before: PositionRecord | null }[]> => {
		const current = await readLocal([...new Set(records.map((r) => r.storyKey))]);
		const winners = new Map<string, { record: PositionRecord; before: PositionRecord | null }>();
		for (const record of records) {
			const before = current.get(record.storyKey) ?? null;
			const best = winners.get(record.storyKey)?.record ?? before;
			if (best && best.updatedAt >= record.updatedAt) continue;
			winners.set(record.storyKey, { record: fromSync ? withLocalText(record, before) : record, before });
		}
		const stored = [...winners.values()];
		await writeLocal(stored.map((w) => w.record));
		return stored;
	};

	const mirror: SyncMirror | null = areas.sync
		? createSyncMirror({ sync: areas.sync, readLocal, writeLocal: async (records) => void (await mergeIntoLocal(records, true)) }, options.sync)
		: null;

	const readSync = async (storyKey: string): Promise<PositionRecord | null> => {
		if (!areas.sync) return null;
		const key = positionKey(storyKey);
		try {
			const stored = await areas.sync.get(key);
			return decodeCompact(stored[key], `sync ${key}`);
		} catch (error) {
			console.warn(`[quire] storage: sync unavailable, using local positions only (${error instanceof Error ? error.message : String(error)})`);
			return null;
		}
	};

	const store: PositionStore = {
		async load(storyKey) {
			try {
				const [mine, theirs] = await Promise.all([readLocal([storyKey]).then((m) => m.get(storyKey) ?? null), readSync(storyKey)]);
				let best = newerRecord(mine, theirs);
				if (best && best === theirs && best !== mine) {
					best = withLocalText(best, mine);
					await writeLocal([best]);
				} else if (mine && (!theirs || mine.updatedAt > theirs.updatedAt)) {
					// Local has something sync lacks (a failed, pending or pruned write): offer it again.
					mirror?.schedule([storyKey]);
				}
				return best && !best.removed ? best : null;
			} catch (error) {
				console.warn(`[quire] storage: could not read the position of ${storyKey} (${error instanceof Error ? error.message : String(error)})`);
				return null;
			}
		},

		async save(record) {
			const valid = positionSchema.validate(record);
			if (!valid) {
				console.warn(`[quire] storage: refused to save an invalid position for ${record.storyKey}`);
				return false;
			}
			const [stored] = await mergeIntoLocal([valid]);
			if (!stored) return false;
			mirror?.schedule([valid.storyKey]);
			return true;
		},

		async put(record) {
			const valid = positionSchema.validate(record);
			if (!valid) return;
			await writeLocal([valid]);
			mirror?.schedule([valid.storyKey]);
		},

		async all() {
			const stored = await local.get(null);
			const out: PositionRecord[] = [];
			for (const [key, raw] of Object.entries(stored)) {
				if (storyKeyOf(key) === null) continue;
				const record = decodeLocal(key, raw);
				if (record) out.push(record);
			}
			return out;
		},

		async merge(records) {
			const stored = await mergeIntoLocal(records);
			mirror?.schedule(stored.map((s) => s.record.storyKey));
			return {
				added: stored.filter((s) => !s.before).map((s) => s.record.storyKey),
				updated: stored.filter((s) => s.before).map((s) => s.record.storyKey),
			};
		},

		watch(storyKey, callback, signal) {
			const key = positionKey(storyKey);
			let latest = 0;
			const deliver = (record: PositionRecord | null): void => {
				if (!record || record.updatedAt <= latest || signal?.aborted) return;
				latest = record.updatedAt;
				callback(record);
			};
			listenUntilAborted(local, (changes: Record<string, StorageChange>) => {
				const change = changes[key];
				if (change?.newValue !== undefined) deliver(decodeLocal(key, change.newValue));
			}, signal);
			if (areas.sync) {
				listenUntilAborted(areas.sync, (changes: Record<string, StorageChange>) => {
					const change = changes[key];
					if (change?.newValue === undefined) return;
					const record = decodeCompact(change.newValue, `sync ${key}`);
					// Stored in local first; local's change event then reaches every tab, this one included.
					if (record) void mergeIntoLocal([record], true);
				}, signal);
			}
		},

		followSync(signal) {
			if (!areas.sync) return;
			listenUntilAborted(areas.sync, (changes: Record<string, StorageChange>) => {
				const incoming: PositionRecord[] = [];
				for (const [key, change] of Object.entries(changes)) {
					// A removal from sync is pruning, never a reason to forget a position locally.
					if (storyKeyOf(key) === null || change.newValue === undefined) continue;
					const record = decodeCompact(change.newValue, `sync ${key}`);
					if (record) incoming.push(record);
				}
				if (incoming.length > 0) void mergeIntoLocal(incoming, true);
			}, signal);
		},

		async reconcile() {
			if (!areas.sync || !mirror) return;
			const [mine, syncAll] = await Promise.all([store.all(), areas.sync.get(null)]);
			const theirs: PositionRecord[] = [];
			for (const [key, raw] of Object.entries(syncAll)) {
				if (storyKeyOf(key) === null) continue;
				const record = decodeCompact(raw, `sync ${key}`);
				if (record) theirs.push(record);
			}
			await mergeIntoLocal(theirs, true);
			const synced = new Map(theirs.map((r) => [r.storyKey, r]));
			const behind = mine.filter((r) => (synced.get(r.storyKey)?.updatedAt ?? 0) < r.updatedAt);
			mirror.schedule(behind.map((r) => r.storyKey));
		},

		flushSync: async () => (mirror ? mirror.flush() : null),
		dispose: () => mirror?.dispose(),
	};
	return store;
}

let defaultStore: PositionStore | null = null;

/** The store over the browser's own storage, created once per page. */
export function browserPositionStore(): PositionStore {
	defaultStore ??= createPositionStore();
	return defaultStore;
}

/** The chapter and paragraph of the reader's saved place in a story (none for a place taken off the shelf), for opening there. */
export async function savedChapterOf(positions: Pick<PositionStore, 'load'>, storyKey: string): Promise<{ chapterIndex: number; chapterId: string | null; paragraph: number } | null> {
	const record = await positions.load(storyKey).catch(() => null);
	return record && !record.removed ? { chapterIndex: record.chapterIndex, chapterId: record.chapterId, paragraph: record.paragraph } : null;
}
