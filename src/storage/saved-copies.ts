/**
 * Saved copies in IndexedDB (through `idb`), in the extension's own origin:
 * the background keeps them (content scripts would reach the archive's
 * database instead), the library and saved-copy pages read them.
 *
 * Database `quire-copies`, version 1 (upgraded in `upgrade` below):
 * - `copies`: storyKey → `{v, data: SavedCopy}` (saved-copy.ts: schema, migrations);
 * - `info`: storyKey → `CopyInfo`, the size and date of each copy, so the
 *   library can show sizes without loading every story.
 * Both are written in one transaction. A copy that cannot be read (damaged, or
 * in a format this build does not read) is reported with a clear message and
 * never deleted behind the reader's back; a failed write changes nothing.
 */

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Story } from '../core/types.js';
import { decodeVersioned, encodeVersioned, isEnvelope, warnSkipped } from './define-item.js';
import { copyOfVisit, mergeCopies, savedCopySchema, type SavedCopy } from './saved-copy.js';

export const COPIES_DB_NAME = 'quire-copies';
export const COPIES_DB_VERSION = 1;

export interface CopyInfo {
	storyKey: string;
	title: string;
	/** Bytes the stored record takes (its JSON, UTF-8). */
	bytes: number;
	chapters: number;
	savedAt: number;
}

interface CopiesDb extends DBSchema {
	copies: { key: string; value: unknown };
	info: { key: string; value: CopyInfo };
}

export type CopyProblem = 'missing' | 'damaged' | 'old-version' | 'newer-version' | 'quota' | 'invalid' | 'unavailable';

export type CopyReadResult = { ok: true; copy: SavedCopy } | { ok: false; problem: CopyProblem; message: string };
export type CopySaveResult = { ok: true; info: CopyInfo } | { ok: false; problem: CopyProblem; message: string };

export interface CopyImportReport {
	added: number;
	updated: number;
	skipped: number;
	/** Set when the browser refused to store more (copies stored before stay). */
	problem: string | null;
}

export const COPY_MESSAGES: Record<CopyProblem, string> = {
	missing: 'There is no saved copy of this story. Open it on the archive with Quire and a copy is kept.',
	damaged: 'This saved copy is damaged and cannot be opened. Open the story on the archive to save a fresh copy, or remove this one. Your other copies are unaffected.',
	'old-version': 'This copy was saved by an older version of Quire in a format this version cannot read. Open the story on the archive to save it afresh; your other copies are unaffected.',
	'newer-version': 'This copy was saved by a newer version of Quire. Update Quire to read it; it is kept as it is.',
	quota: 'Quire could not keep a copy: the browser has no room left for saved copies. Remove copies you no longer need in the library, or switch copies off. Nothing else was lost.',
	invalid: 'Quire could not keep a copy: the story it was given was not readable.',
	unavailable: 'Saved copies are unavailable in this browser profile (its database cannot be opened, as in some private windows).',
};

export interface CopyStore {
	/** Adds the chapters this page showed to the story's copy (the newest version of each chapter wins). */
	save(story: Story): Promise<CopySaveResult>;
	read(storyKey: string): Promise<CopyReadResult>;
	/** Size and date of every copy, readable or not, newest first. */
	list(): Promise<CopyInfo[]>;
	remove(storyKey: string): Promise<void>;
	removeAll(): Promise<void>;
	/** Every readable copy, for export; `unreadable` counts the others. */
	exportAll(): Promise<{ copies: SavedCopy[]; unreadable: number }>;
	/** Stores imported copies, merged chapter by chapter with what is stored. */
	merge(copies: SavedCopy[]): Promise<CopyImportReport>;
	close(): void;
}

export interface CopyStoreOptions {
	/** Tests use a fresh name each. */
	dbName?: string;
	now?: () => number;
}

function errorText(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function isQuotaError(error: unknown): boolean {
	const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
	return name === 'QuotaExceededError' || /quota/i.test(errorText(error));
}

const failure = (problem: CopyProblem): { ok: false; problem: CopyProblem; message: string } => ({ ok: false, problem, message: COPY_MESSAGES[problem] });

/** Reads a stored record, telling why when it cannot. */
export function readCopyRecord(raw: unknown, storyKey: string): CopyReadResult {
	if (raw === undefined) return failure('missing');
	const label = `saved copy ${storyKey}`;
	if (!isEnvelope(raw)) {
		warnSkipped(label, 'not a versioned record');
		return failure('damaged');
	}
	if (raw.v > savedCopySchema.version) {
		warnSkipped(label, `version ${raw.v} is newer than this build understands (${savedCopySchema.version})`);
		return failure('newer-version');
	}
	const copy = decodeVersioned(savedCopySchema, raw, label);
	if (!copy || copy.storyKey !== storyKey) return failure(raw.v < savedCopySchema.version ? 'old-version' : 'damaged');
	return { ok: true, copy };
}

function recordBytes(record: unknown): number {
	return new TextEncoder().encode(JSON.stringify(record)).length;
}

function infoOf(copy: SavedCopy, bytes: number): CopyInfo {
	return { storyKey: copy.storyKey, title: copy.header.title ?? '', bytes, chapters: copy.chapters.length, savedAt: copy.savedAt };
}

function validInfo(value: unknown): value is CopyInfo {
	const info = value as CopyInfo;
	return typeof info === 'object' && info !== null && typeof info.storyKey === 'string' && typeof info.title === 'string'
		&& Number.isInteger(info.bytes) && Number.isInteger(info.chapters) && typeof info.savedAt === 'number';
}

export function createCopyStore(options: CopyStoreOptions = {}): CopyStore {
	const name = options.dbName ?? COPIES_DB_NAME;
	const now = options.now ?? Date.now;
	let connection: Promise<IDBPDatabase<CopiesDb>> | null = null;

	const open = (): Promise<IDBPDatabase<CopiesDb>> => {
		connection ??= openDB<CopiesDb>(name, COPIES_DB_VERSION, {
			upgrade(db, oldVersion) {
				// One step per database version, so any older database is brought up to date.
				if (oldVersion < 1) {
					db.createObjectStore('copies');
					db.createObjectStore('info');
				}
			},
			blocking(_current, _blocked, event) {
				// A newer build (another page) wants to upgrade: let it.
				(event.target as IDBDatabase).close();
				connection = null;
			},
			terminated() {
				connection = null;
			},
		}).catch((error: unknown) => {
			connection = null;
			throw error;
		});
		return connection;
	};

	/** Stores `incoming` merged into what is stored; `preferStored`: the stored copy wins ties (imports). */
	const put = async (incoming: SavedCopy, preferStored: boolean): Promise<CopySaveResult & { outcome?: 'added' | 'updated' | 'unchanged' }> => {
		let db: IDBPDatabase<CopiesDb>;
		try {
			db = await open();
		} catch (error) {
			console.warn(`[quire] storage: saved copies unavailable (${errorText(error)})`);
			return failure('unavailable');
		}
		try {
			const tx = db.transaction(['copies', 'info'], 'readwrite');
			const stored = readCopyRecord(await tx.objectStore('copies').get(incoming.storyKey), incoming.storyKey);
			// A newer build's copy is kept for that build; a damaged or unreadably old one is replaced.
			if (!stored.ok && stored.problem === 'newer-version') return stored;
			const merged = stored.ok ? (preferStored ? mergeCopies(stored.copy, incoming) : mergeCopies(incoming, stored.copy)) : incoming;
			const record = encodeVersioned(savedCopySchema, merged);
			const info = infoOf(merged, recordBytes(record));
			if (stored.ok && JSON.stringify(merged) === JSON.stringify(stored.copy)) return { ok: true, info, outcome: 'unchanged' };
			await Promise.all([tx.objectStore('copies').put(record, merged.storyKey), tx.objectStore('info').put(info, merged.storyKey), tx.done]);
			return { ok: true, info, outcome: stored.ok ? 'updated' : 'added' };
		} catch (error) {
			console.warn(`[quire] storage: could not save the copy of ${incoming.storyKey} (${errorText(error)})`);
			return failure(isQuotaError(error) ? 'quota' : 'unavailable');
		}
	};

	return {
		async save(story) {
			const incoming = copyOfVisit(story, now());
			if (!incoming) return failure('invalid');
			const { outcome: _outcome, ...result } = await put(incoming, false);
			return result;
		},

		async read(storyKey) {
			try {
				const db = await open();
				return readCopyRecord(await db.get('copies', storyKey), storyKey);
			} catch (error) {
				console.warn(`[quire] storage: could not read the copy of ${storyKey} (${errorText(error)})`);
				return failure('unavailable');
			}
		},

		async list() {
			const db = await open();
			const infos = (await db.getAll('info')).filter((info) => {
				if (validInfo(info)) return true;
				warnSkipped('saved copy size', 'did not validate');
				return false;
			});
			return infos.sort((a, b) => b.savedAt - a.savedAt);
		},

		async remove(storyKey) {
			const db = await open();
			const tx = db.transaction(['copies', 'info'], 'readwrite');
			await Promise.all([tx.objectStore('copies').delete(storyKey), tx.objectStore('info').delete(storyKey), tx.done]);
		},

		async removeAll() {
			const db = await open();
			const tx = db.transaction(['copies', 'info'], 'readwrite');
			await Promise.all([tx.objectStore('copies').clear(), tx.objectStore('info').clear(), tx.done]);
		},

		async exportAll() {
			const db = await open();
			const copies: SavedCopy[] = [];
			let unreadable = 0;
			let cursor = await db.transaction('copies').store.openCursor();
			while (cursor) {
				const read = readCopyRecord(cursor.value, String(cursor.key));
				if (read.ok) copies.push(read.copy);
				else unreadable += 1;
				cursor = await cursor.continue();
			}
			return { copies, unreadable };
		},

		async merge(copies) {
			const report: CopyImportReport = { added: 0, updated: 0, skipped: 0, problem: null };
			for (const copy of copies) {
				const result = await put(copy, true);
				if (result.ok) {
					if (result.outcome === 'added') report.added += 1;
					else if (result.outcome === 'updated') report.updated += 1;
					else report.skipped += 1;
				} else if (result.problem === 'quota' || result.problem === 'unavailable') {
					report.problem = result.message;
					report.skipped += copies.length - report.added - report.updated - report.skipped;
					break;
				} else {
					report.skipped += 1;
				}
			}
			return report;
		},

		close() {
			void connection?.then((db) => db.close()).catch(() => undefined);
			connection = null;
		},
	};
}

let defaultStore: CopyStore | null = null;

/** The copies of this browser profile, opened once per page. */
export function browserCopyStore(): CopyStore {
	defaultStore ??= createCopyStore();
	return defaultStore;
}
