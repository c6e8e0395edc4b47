/**
 * All reading data (positions, which carry the shelf state, and preferences)
 * as one JSON document, and back. Import checks the whole file before it
 * writes anything, merges positions (newer wins) and reports what it did; a
 * bad file changes nothing.
 */

import type { Prefs } from '../reader/prefs.js';
import { decodeVersioned, isEnvelope } from './define-item.js';
import { positionSchema, type PositionRecord } from './position-record.js';
import { browserPreferences, prefsSchema, type PreferencesStore } from './preferences.js';
import { browserPositionStore, type PositionStore } from './positions.js';

export const EXPORT_FORMAT = 'quire-reading-data';
export const EXPORT_VERSION = 1;

export interface ReadingDataExport {
	format: typeof EXPORT_FORMAT;
	version: number;
	/** ISO date-time. */
	exportedAt: string;
	/** Schema versions of the records below, so a later build can migrate them. */
	schemas: { positions: number; preferences: number };
	preferences: Prefs;
	positions: PositionRecord[];
}

export interface ImportReport {
	ok: boolean;
	/** Why nothing was imported, when `ok` is false. */
	error?: string;
	added: number;
	updated: number;
	/** Records that were invalid, or older than (or as new as) what is stored. */
	skipped: number;
	preferences: 'imported' | 'absent' | 'invalid';
}

export interface ReadingDataStores {
	positions?: PositionStore;
	preferences?: PreferencesStore;
	now?: () => number;
}

export async function exportReadingData(stores: ReadingDataStores = {}): Promise<ReadingDataExport> {
	const positions = stores.positions ?? browserPositionStore();
	const preferences = stores.preferences ?? browserPreferences();
	const now = stores.now ?? Date.now;
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: new Date(now()).toISOString(),
		schemas: { positions: positionSchema.version, preferences: prefsSchema.version },
		preferences: await preferences.get(),
		positions: await positions.all(),
	};
}

/** The export as text for a download (one record per line keeps big files diffable). */
export function serializeReadingData(data: ReadingDataExport): string {
	return JSON.stringify(data, null, '\t');
}

const failed = (error: string): ImportReport => ({ ok: false, error, added: 0, updated: 0, skipped: 0, preferences: 'absent' });

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts the file's text or an already parsed value. */
export async function importReadingData(input: string | unknown, stores: ReadingDataStores = {}): Promise<ImportReport> {
	const positions = stores.positions ?? browserPositionStore();
	const preferences = stores.preferences ?? browserPreferences();

	let document: unknown = input;
	if (typeof input === 'string') {
		try {
			document = JSON.parse(input);
		} catch {
			return failed('The file is not JSON.');
		}
	}
	if (!isObject(document) || document.format !== EXPORT_FORMAT) return failed('The file is not a Quire reading-data export.');
	if (typeof document.version !== 'number' || document.version > EXPORT_VERSION) {
		return failed('The file comes from a newer version of Quire; update Quire to import it.');
	}
	const schemas = isObject(document.schemas) ? document.schemas : {};
	const positionsVersion = typeof schemas.positions === 'number' ? schemas.positions : positionSchema.version;
	const preferencesVersion = typeof schemas.preferences === 'number' ? schemas.preferences : prefsSchema.version;
	if (!Array.isArray(document.positions)) return failed('The file holds no reading positions.');

	// Every record goes through the same migrations and validation as stored ones.
	const valid: PositionRecord[] = [];
	let skipped = 0;
	document.positions.forEach((raw: unknown, i: number) => {
		const record = decodeVersioned(positionSchema, { v: positionsVersion, data: raw }, `imported position #${i + 1}`);
		if (record) valid.push(record);
		else skipped += 1;
	});

	let prefs: Prefs | null = null;
	let prefsState: ImportReport['preferences'] = 'absent';
	if (document.preferences !== undefined) {
		const envelope = { v: preferencesVersion, data: document.preferences };
		prefs = isObject(document.preferences) && isEnvelope(envelope) ? decodeVersioned(prefsSchema, envelope, 'imported preferences') : null;
		prefsState = prefs ? 'imported' : 'invalid';
	}

	let added: string[];
	let updated: string[];
	try {
		({ added, updated } = await positions.merge(valid));
		if (prefs) await preferences.set(prefs);
	} catch (error) {
		// Merging only ever writes newer records, so what was stored before is intact.
		return failed(`The browser refused to store it (${error instanceof Error ? error.message : String(error)}).`);
	}
	skipped += valid.length - added.length - updated.length;
	return { ok: true, added: added.length, updated: updated.length, skipped, preferences: prefsState };
}
