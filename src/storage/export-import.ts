/**
 * All reading data (positions, which carry the shelf state; the library with
 * its statuses; preferences; and, on request, the saved copies) as one JSON
 * document, and back. Import checks the whole file before it writes
 * anything, merges everything (newer positions and statuses win, copies merge
 * chapter by chapter) and reports what it did; a bad file changes nothing,
 * and nothing stored is ever replaced by something older.
 *
 * File versions: 1 held positions and preferences; 2 adds `library` and the
 * optional `copies`. Both are read.
 */

import type { Prefs } from '../reader/prefs.js';
import type { StorageAreas } from './areas.js';
import { decodeVersioned, isEnvelope } from './define-item.js';
import { createLibrary, type LibraryStore } from './library.js';
import { librarySchema, type LibraryEntry } from './library-entry.js';
import { positionSchema, type PositionRecord } from './position-record.js';
import { browserPreferences, prefsSchema, type PreferencesStore } from './preferences.js';
import { browserPositionStore, type PositionStore } from './positions.js';
import { browserCopyStore, type CopyImportReport, type CopyStore } from './saved-copies.js';
import { savedCopySchema, type SavedCopy } from './saved-copy.js';

export const EXPORT_FORMAT = 'quire-reading-data';
export const EXPORT_VERSION = 2;

export interface ReadingDataExport {
	format: typeof EXPORT_FORMAT;
	version: number;
	/** ISO date-time. */
	exportedAt: string;
	/** Schema versions of the records below, so a later build can migrate them. */
	schemas: { positions: number; preferences: number; library: number; copies?: number };
	preferences: Prefs;
	positions: PositionRecord[];
	library: LibraryEntry[];
	/** Present when the export was asked to carry the saved copies. */
	copies?: SavedCopy[];
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
	/** Stories added to the library and entries updated (status, progress); absent when the file has no library. */
	library?: { added: number; updated: number; skipped: number };
	/** Saved copies added and merged; absent when the file has none. */
	copies?: CopyImportReport;
}

export interface ReadingDataStores {
	positions?: PositionStore;
	preferences?: PreferencesStore;
	library?: LibraryStore;
	/** Opened only when copies are exported or imported. */
	copies?: CopyStore;
	/** The areas the library lives in, when no library is given (defaults to the browser's). */
	areas?: StorageAreas;
	now?: () => number;
}

export interface ExportOptions {
	/** Carry the saved copies too (the file may then be large). */
	includeCopies?: boolean;
}

function libraryOf(stores: ReadingDataStores, positions: PositionStore): LibraryStore {
	return stores.library ?? createLibrary({ ...(stores.areas ? { areas: stores.areas } : {}), positions });
}

export async function exportReadingData(stores: ReadingDataStores = {}, options: ExportOptions = {}): Promise<ReadingDataExport> {
	const positions = stores.positions ?? browserPositionStore();
	const preferences = stores.preferences ?? browserPreferences();
	const now = stores.now ?? Date.now;
	const data: ReadingDataExport = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: new Date(now()).toISOString(),
		schemas: { positions: positionSchema.version, preferences: prefsSchema.version, library: librarySchema.version },
		preferences: await preferences.get(),
		positions: await positions.all(),
		library: await libraryOf(stores, positions).all(),
	};
	if (options.includeCopies) {
		data.schemas.copies = savedCopySchema.version;
		data.copies = (await (stores.copies ?? browserCopyStore()).exportAll()).copies;
	}
	return data;
}

/** The export as text for a download (one record per line keeps big files diffable). */
export function serializeReadingData(data: ReadingDataExport): string {
	return JSON.stringify(data, null, '\t');
}

const failed = (error: string): ImportReport => ({ ok: false, error, added: 0, updated: 0, skipped: 0, preferences: 'absent' });

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every record through the same migrations and validation as stored ones. */
function decodeAll<T>(schema: typeof positionSchema | typeof librarySchema | typeof savedCopySchema, version: number, raws: unknown[], label: string): { valid: T[]; skipped: number } {
	const valid: T[] = [];
	let skipped = 0;
	raws.forEach((raw, i) => {
		const record = decodeVersioned<unknown>(schema, { v: version, data: raw }, `imported ${label} #${i + 1}`);
		if (record) valid.push(record as T);
		else skipped += 1;
	});
	return { valid, skipped };
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
	const versionOf = (name: string, current: number): number => (typeof schemas[name] === 'number' ? schemas[name] : current);
	if (!Array.isArray(document.positions)) return failed('The file holds no reading positions.');
	if (document.library !== undefined && !Array.isArray(document.library)) return failed('The file\'s library is not a list.');
	if (document.copies !== undefined && !Array.isArray(document.copies)) return failed('The file\'s saved copies are not a list.');

	const positionsIn = decodeAll<PositionRecord>(positionSchema, versionOf('positions', positionSchema.version), document.positions, 'position');
	const libraryIn = Array.isArray(document.library) ? decodeAll<LibraryEntry>(librarySchema, versionOf('library', librarySchema.version), document.library, 'library entry') : null;
	const copiesIn = Array.isArray(document.copies) ? decodeAll<SavedCopy>(savedCopySchema, versionOf('copies', savedCopySchema.version), document.copies, 'saved copy') : null;

	let prefs: Prefs | null = null;
	let prefsState: ImportReport['preferences'] = 'absent';
	if (document.preferences !== undefined) {
		const envelope = { v: versionOf('preferences', prefsSchema.version), data: document.preferences };
		prefs = isObject(document.preferences) && isEnvelope(envelope) ? decodeVersioned(prefsSchema, envelope, 'imported preferences') : null;
		prefsState = prefs ? 'imported' : 'invalid';
	}

	const report: ImportReport = { ok: true, added: 0, updated: 0, skipped: positionsIn.skipped, preferences: prefsState };
	try {
		const { added, updated } = await positions.merge(positionsIn.valid);
		report.added = added.length;
		report.updated = updated.length;
		report.skipped += positionsIn.valid.length - added.length - updated.length;
		if (prefs) await preferences.set(prefs);
		if (libraryIn) {
			const merged = await libraryOf(stores, positions).merge(libraryIn.valid);
			const changed = merged.added.length + merged.updated.length;
			report.library = { added: merged.added.length, updated: merged.updated.length, skipped: libraryIn.skipped + libraryIn.valid.length - changed };
		}
	} catch (error) {
		// Merging only ever writes newer records, so what was stored before is intact.
		return failed(`The browser refused to store it (${error instanceof Error ? error.message : String(error)}).`);
	}
	if (copiesIn) {
		// Copies go last and one by one: when the browser runs out of room, the rest of the import stands.
		const merged = await (stores.copies ?? browserCopyStore()).merge(copiesIn.valid);
		report.copies = { ...merged, skipped: merged.skipped + copiesIn.skipped };
	}
	return report;
}
