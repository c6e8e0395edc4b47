/**
 * A small in-memory stand-in for `browser.storage.local` / `.sync`: values
 * are copied through JSON as the browser does, change events arrive
 * asynchronously, sync-like limits can be switched on, and the next writes
 * can be made to fail with the browser's own quota and rate messages.
 */

import type { ChangeListener, StorageAreaLike, StorageAreas, StorageChange, SyncLimits } from '../../src/storage/areas.js';
import { itemBytes } from '../../src/storage/areas.js';

export const QUOTA_ERROR = 'QUOTA_BYTES quota exceeded';
export const RATE_ERROR = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';

export class FakeStorageArea implements StorageAreaLike {
	readonly data = new Map<string, string>();
	/** Successful set/remove calls. */
	writes = 0;
	private readonly listeners = new Set<ChangeListener>();
	private readonly failures: Error[] = [];
	private readFailure: Error | null = null;

	constructor(readonly limits: SyncLimits | null = null) {}

	/** The next `count` writes throw `message`. */
	failNextWrites(count: number, message: string): void {
		for (let i = 0; i < count; i++) this.failures.push(new Error(message));
	}

	/** Every read throws until called again with null. */
	failReads(message: string | null): void {
		this.readFailure = message === null ? null : new Error(message);
	}

	bytesInUse(): number {
		let total = 0;
		for (const [key, json] of this.data) total += key.length + json.length;
		return total;
	}

	/** Puts a raw value in place without events or limits, as an old build would have. */
	seed(items: Record<string, unknown>): void {
		for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
	}

	peek(key: string): unknown {
		const json = this.data.get(key);
		return json === undefined ? undefined : JSON.parse(json);
	}

	async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
		if (this.readFailure) throw this.readFailure;
		const wanted = keys === null || keys === undefined ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
		const out: Record<string, unknown> = {};
		for (const key of wanted) {
			const value = this.peek(key);
			if (value !== undefined) out[key] = value;
		}
		return out;
	}

	async set(items: Record<string, unknown>): Promise<void> {
		const failure = this.failures.shift();
		if (failure) throw failure;
		if (this.limits) this.checkLimits(items);
		const changes: Record<string, StorageChange> = {};
		for (const [key, value] of Object.entries(items)) {
			changes[key] = { oldValue: this.peek(key), newValue: JSON.parse(JSON.stringify(value)) };
			this.data.set(key, JSON.stringify(value));
		}
		this.writes += 1;
		this.emit(changes);
	}

	async remove(keys: string | string[]): Promise<void> {
		const failure = this.failures.shift();
		if (failure) throw failure;
		const changes: Record<string, StorageChange> = {};
		for (const key of typeof keys === 'string' ? [keys] : keys) {
			if (!this.data.has(key)) continue;
			changes[key] = { oldValue: this.peek(key) };
			this.data.delete(key);
		}
		this.writes += 1;
		if (Object.keys(changes).length > 0) this.emit(changes);
	}

	readonly onChanged = {
		addListener: (listener: ChangeListener) => void this.listeners.add(listener),
		removeListener: (listener: ChangeListener) => void this.listeners.delete(listener),
	};

	listenerCount(): number {
		return this.listeners.size;
	}

	private checkLimits(items: Record<string, unknown>): void {
		const limits = this.limits;
		if (!limits) return;
		let total = this.bytesInUse();
		let count = this.data.size;
		for (const [key, value] of Object.entries(items)) {
			const bytes = itemBytes(key, value);
			if (bytes > limits.quotaBytesPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
			const old = this.data.get(key);
			if (old === undefined) count += 1;
			else total -= key.length + old.length;
			total += bytes;
		}
		if (total > limits.quotaBytes) throw new Error(QUOTA_ERROR);
		if (count > limits.maxItems) throw new Error('MAX_ITEMS quota exceeded');
	}

	private emit(changes: Record<string, StorageChange>): void {
		// The browser reports changes after the write, asynchronously.
		queueMicrotask(() => {
			for (const listener of this.listeners) listener(changes);
		});
	}
}

export interface FakeAreas extends StorageAreas {
	local: FakeStorageArea;
	sync: FakeStorageArea;
}

export function fakeAreas(options: { syncLimits?: SyncLimits; local?: FakeStorageArea; sync?: FakeStorageArea } = {}): FakeAreas {
	return {
		local: options.local ?? new FakeStorageArea(),
		sync: options.sync ?? new FakeStorageArea(options.syncLimits ?? { quotaBytes: 102_400, quotaBytesPerItem: 8_192, maxItems: 512 }),
	};
}

/** Lets queued change events and the promise chains they start run. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 50; i++) await Promise.resolve();
}
