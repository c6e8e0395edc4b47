/**
 * A storage item declared once: key, area, fallback, version, numbered pure
 * migrations and a validator. Values are stored as `{v: version, data}`;
 * older versions are migrated before anyone reads them, and anything that
 * cannot be read (corrupt, foreign, from a newer version) is skipped with one
 * log line and the fallback is returned. Nothing here throws at the UI.
 */

import { listenUntilAborted, type AreaName, type StorageAreas, type StorageChange } from './areas.js';

/** `migrations[n]` turns a version n-1 value into a version n value. */
export type Migrations = Record<number, (old: any) => unknown>;

export interface Schema<T> {
	/** Used in log lines. */
	name: string;
	version: number;
	migrations: Migrations;
	/** Returns the value cleaned up (unknown fields dropped), or null when it is not a valid T. */
	validate: (value: unknown) => T | null;
}

export interface Envelope {
	v: number;
	data: unknown;
}

export function isEnvelope(raw: unknown): raw is Envelope {
	return typeof raw === 'object' && raw !== null && Number.isInteger((raw as Envelope).v) && 'data' in raw;
}

/** The one log line for a value we skip. */
export function warnSkipped(name: string, reason: string): void {
	console.warn(`[quire] storage: skipped ${name}: ${reason}`);
}

/**
 * Reads a stored envelope: migrates it to the current version and validates
 * it. Returns null (after one log line) for anything unreadable; `undefined`
 * raw values (nothing stored) return null silently.
 */
export function decodeVersioned<T>(schema: Schema<T>, raw: unknown, label = schema.name): T | null {
	if (raw === undefined) return null;
	if (!isEnvelope(raw)) {
		warnSkipped(label, 'not a versioned record');
		return null;
	}
	if (raw.v > schema.version) {
		warnSkipped(label, `version ${raw.v} is newer than this build understands (${schema.version})`);
		return null;
	}
	if (raw.v < 1) {
		warnSkipped(label, `unknown version ${raw.v}`);
		return null;
	}
	let data = raw.data;
	try {
		for (let next = raw.v + 1; next <= schema.version; next++) {
			const migrate = schema.migrations[next];
			if (!migrate) throw new Error(`no migration to version ${next}`);
			data = migrate(data);
		}
	} catch (error) {
		warnSkipped(label, `migration from version ${raw.v} failed (${error instanceof Error ? error.message : String(error)})`);
		return null;
	}
	const valid = schema.validate(data);
	if (valid === null) warnSkipped(label, 'did not validate');
	return valid;
}

export function encodeVersioned<T>(schema: Schema<T>, value: T): Envelope {
	return { v: schema.version, data: value };
}

export interface ItemDefinition<T> extends Schema<T> {
	key: string;
	area: AreaName;
	fallback: T;
}

export interface StorageItem<T> {
	readonly key: string;
	readonly area: AreaName;
	readonly fallback: T;
	get(): Promise<T>;
	set(value: T): Promise<void>;
	remove(): Promise<void>;
	/** Rewrites an older stored value in the current version (for onInstalled). */
	migrate(): Promise<void>;
	/** Called with the new value (or the fallback when removed or unreadable) until `signal` aborts. */
	onChanged(callback: (value: T) => void, signal?: AbortSignal): void;
}

export function defineItem<T>(definition: Omit<ItemDefinition<T>, 'name'> & { name?: string }, areas: StorageAreas): StorageItem<T> {
	const schema: ItemDefinition<T> = { name: definition.key, ...definition };
	const area = () => {
		const chosen = schema.area === 'sync' ? areas.sync : areas.local;
		if (!chosen) throw new Error(`storage area ${schema.area} is unavailable`);
		return chosen;
	};
	const read = (raw: unknown): T => decodeVersioned(schema, raw) ?? schema.fallback;

	return {
		key: schema.key,
		area: schema.area,
		fallback: schema.fallback,
		async get() {
			try {
				const stored = await area().get(schema.key);
				return read(stored[schema.key]);
			} catch (error) {
				warnSkipped(schema.name, `could not read (${error instanceof Error ? error.message : String(error)})`);
				return schema.fallback;
			}
		},
		async set(value) {
			await area().set({ [schema.key]: encodeVersioned(schema, value) });
		},
		async remove() {
			await area().remove(schema.key);
		},
		async migrate() {
			const stored = await area().get(schema.key);
			const raw = stored[schema.key];
			if (!isEnvelope(raw) || raw.v >= schema.version) return;
			const value = decodeVersioned(schema, raw);
			if (value !== null) await area().set({ [schema.key]: encodeVersioned(schema, value) });
		},
		onChanged(callback, signal) {
			const chosen = schema.area === 'sync' ? areas.sync : areas.local;
			if (!chosen) return;
			listenUntilAborted(chosen, (changes: Record<string, StorageChange>) => {
				const change = changes[schema.key];
				if (change) callback(read(change.newValue));
			}, signal);
		},
	};
}
