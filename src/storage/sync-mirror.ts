/**
 * Mirrors reading positions from `storage.local` into `storage.sync`, within
 * sync's limits: writes are batched and debounced, the projected size is
 * kept under a budget by dropping removed, then finished, then the oldest
 * stories from sync (never from local), and a quota or rate error puts the
 * batch back in the queue with a backoff. Local always holds every position,
 * so a failed sync write loses nothing.
 */

import { classifyStorageError, itemBytes, SYNC_LIMITS, type StorageAreaLike, type SyncLimits } from './areas.js';
import { newerRecord, positionKey, storyKeyOf, type PositionRecord } from './position-record.js';
import { decodeCompact, encodeCompact } from './position-sync-codec.js';

export interface SyncMirrorOptions {
	limits?: SyncLimits;
	/** Bytes and items left free for preferences and anything else in sync. */
	reserveBytes?: number;
	reserveItems?: number;
	/** Wait this long after a save before writing, so a burst becomes one write. */
	debounceMs?: number;
	/** Never write more often than this (Chrome allows 120 writes a minute, 1800 an hour). */
	minIntervalMs?: number;
	/** Backoff after a failed write: doubles from `retryMs` up to `maxRetryMs`; rate errors wait at least `rateRetryMs`. */
	retryMs?: number;
	maxRetryMs?: number;
	rateRetryMs?: number;
	now?: () => number;
}

export interface SyncMirrorDeps {
	sync: StorageAreaLike;
	/** Current local records for these stories. */
	readLocal: (storyKeys: string[]) => Promise<Map<string, PositionRecord>>;
	/** Stores records that sync holds newer than local. */
	writeLocal: (records: PositionRecord[]) => Promise<void>;
}

export interface FlushResult {
	written: string[];
	dropped: string[];
	pulled: string[];
	/** Set when the write failed and the batch was queued again. */
	error?: 'quota' | 'rate' | 'other';
}

export interface SyncMirror {
	/** Queue these stories for the next batch. */
	schedule(storyKeys: string[]): void;
	/** Write the queued batch now (also used by timers). */
	flush(): Promise<FlushResult>;
	/** Stories waiting to be written. */
	pending(): string[];
	dispose(): void;
}

interface Entry {
	key: string;
	value: unknown;
	bytes: number;
	record: PositionRecord | null;
}

/**
 * Which sync entries to drop so the rest fit: removed stories first, then
 * finished ones, then unfinished; oldest first within each group.
 */
export function chooseSyncDrops(entries: Entry[], otherBytes: number, otherItems: number, budgetBytes: number, budgetItems: number): Set<string> {
	const drops = new Set<string>();
	let bytes = otherBytes + entries.reduce((sum, e) => sum + e.bytes, 0);
	let items = otherItems + entries.length;
	const rank = (e: Entry): number => (e.record?.removed ? 0 : e.record?.finished ? 1 : 2);
	const order = [...entries].sort((a, b) => rank(a) - rank(b) || (a.record?.updatedAt ?? 0) - (b.record?.updatedAt ?? 0));
	for (const entry of order) {
		if (bytes <= budgetBytes && items <= budgetItems) break;
		drops.add(entry.key);
		bytes -= entry.bytes;
		items -= 1;
	}
	return drops;
}

export function createSyncMirror(deps: SyncMirrorDeps, options: SyncMirrorOptions = {}): SyncMirror {
	const limits = options.limits ?? SYNC_LIMITS;
	const reserveBytes = options.reserveBytes ?? 12_288;
	const reserveItems = options.reserveItems ?? 16;
	const debounceMs = options.debounceMs ?? 3_000;
	const minIntervalMs = options.minIntervalMs ?? 10_000;
	const retryMs = options.retryMs ?? 5_000;
	const maxRetryMs = options.maxRetryMs ?? 10 * 60_000;
	const rateRetryMs = options.rateRetryMs ?? 60_000;
	const now = options.now ?? Date.now;

	const queue = new Set<string>();
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastWriteAt = -Infinity;
	let failures = 0;
	/** Shrinks after a quota error we did not predict (another writer, different accounting). */
	let budgetScale = 1;
	let flushing: Promise<FlushResult> | null = null;
	let disposed = false;

	const arm = (delay: number): void => {
		if (disposed || timer) return;
		timer = setTimeout(() => {
			timer = null;
			void flush();
		}, Math.max(0, delay));
	};

	const schedule = (storyKeys: string[]): void => {
		for (const key of storyKeys) queue.add(key);
		if (queue.size > 0 && failures === 0) arm(Math.max(debounceMs, lastWriteAt + minIntervalMs - now()));
	};

	const flushOnce = async (): Promise<FlushResult> => {
		const batch = [...queue];
		queue.clear();
		const result: FlushResult = { written: [], dropped: [], pulled: [] };
		if (batch.length === 0) return result;
		try {
			const [local, all] = await Promise.all([deps.readLocal(batch), deps.sync.get(null)]);
			// The sync area as it would be after this batch.
			const projected = new Map<string, Entry>();
			let otherBytes = 0;
			let otherItems = 0;
			for (const [key, value] of Object.entries(all)) {
				if (storyKeyOf(key) === null) {
					otherBytes += itemBytes(key, value);
					otherItems += 1;
					continue;
				}
				projected.set(key, { key, value, bytes: itemBytes(key, value), record: decodeCompact(value, `sync ${key}`) });
			}
			const toWrite = new Map<string, unknown>();
			const pulled: PositionRecord[] = [];
			for (const storyKey of batch) {
				const mine = local.get(storyKey) ?? null;
				if (!mine) continue;
				const key = positionKey(storyKey);
				const theirs = projected.get(key)?.record ?? null;
				if (theirs && newerRecord(mine, theirs) === theirs && theirs.updatedAt > mine.updatedAt) {
					pulled.push(theirs);
					continue;
				}
				if (theirs && theirs.updatedAt === mine.updatedAt && theirs.finished === mine.finished && theirs.removed === mine.removed) continue;
				const value = encodeCompact(mine);
				const bytes = itemBytes(key, value);
				if (bytes > limits.quotaBytesPerItem) {
					console.warn(`[quire] storage: ${key} is ${bytes} bytes, too large for sync; kept in local only`);
					continue;
				}
				projected.set(key, { key, value, bytes, record: mine });
				toWrite.set(key, value);
			}
			const budgetBytes = Math.floor((limits.quotaBytes - reserveBytes) * budgetScale);
			const budgetItems = limits.maxItems - reserveItems;
			const drops = chooseSyncDrops([...projected.values()], otherBytes, otherItems, budgetBytes, budgetItems);
			for (const key of drops) toWrite.delete(key);

			if (pulled.length > 0) {
				await deps.writeLocal(pulled);
				result.pulled = pulled.map((r) => r.storyKey);
			}
			// Only entries already in sync need removing; free the space before writing.
			const existingDrops = [...drops].filter((key) => key in all);
			if (existingDrops.length > 0) await deps.sync.remove(existingDrops);
			result.dropped = [...drops].map((key) => storyKeyOf(key) ?? key);
			if (toWrite.size > 0) {
				lastWriteAt = now();
				await deps.sync.set(Object.fromEntries(toWrite));
				result.written = [...toWrite.keys()].map((key) => storyKeyOf(key) ?? key);
			}
			failures = 0;
			budgetScale = Math.min(1, budgetScale + 0.05);
			return result;
		} catch (error) {
			const kind = classifyStorageError(error);
			for (const key of batch) queue.add(key);
			failures += 1;
			if (kind === 'quota') budgetScale = Math.max(0.5, budgetScale * 0.9);
			const backoff = Math.min(maxRetryMs, retryMs * 2 ** (failures - 1));
			const delay = kind === 'rate' ? Math.max(rateRetryMs, backoff) : backoff;
			console.warn(`[quire] storage: sync write failed (${kind}); ${batch.length} position(s) kept in local, retrying in ${Math.round(delay / 1000)} s`);
			arm(delay);
			return { ...result, error: kind };
		}
	};

	const flush = async (): Promise<FlushResult> => {
		// One batch at a time; a flush asked for during another waits and then writes what is left.
		while (flushing) await flushing;
		if (timer) {
			clearTimeout(timer);
			timer = null;
		}
		flushing = flushOnce();
		try {
			return await flushing;
		} finally {
			flushing = null;
		}
	};

	return {
		schedule,
		flush,
		pending: () => [...queue],
		dispose() {
			disposed = true;
			if (timer) clearTimeout(timer);
			timer = null;
		},
	};
}
