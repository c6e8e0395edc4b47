/**
 * Rewrites stored records of older schema versions in the current one, for
 * the background script's `runtime.onInstalled`. Reads migrate lazily anyway
 * (define-item's rule), so this only saves doing it on every read. Records
 * that cannot be read are left where they are: they may come from a newer
 * build, and deleting is never a migration's job.
 */

import { browserStorageAreas, type StorageAreas } from './areas.js';
import { decodeVersioned, encodeVersioned, isEnvelope } from './define-item.js';
import { libraryEntryV1Of, libraryKey, librarySchema, storyKeyOfLibraryKey } from './library-entry.js';
import { positionSchema, storyKeyOf } from './position-record.js';

export interface MigrationReport {
	migrated: number;
	unreadable: number;
}

export async function migrateStorage(areas: StorageAreas = browserStorageAreas()): Promise<MigrationReport> {
	const report: MigrationReport = { migrated: 0, unreadable: 0 };
	const stored = await areas.local.get(null);
	const rewritten: Record<string, unknown> = {};
	for (const [key, raw] of Object.entries(stored)) {
		if (storyKeyOf(key) === null || (isEnvelope(raw) && raw.v === positionSchema.version)) continue;
		const record = decodeVersioned(positionSchema, raw, `local ${key}`);
		if (!record) {
			report.unreadable += 1;
			continue;
		}
		rewritten[key] = encodeVersioned(positionSchema, record);
		report.migrated += 1;
	}
	if (report.migrated > 0) await areas.local.set(rewritten);
	return report;
}

/**
 * Brings the shelf into the library once: every saved position without a
 * library entry gets one, read from its shelf entry (library version 1), and
 * stored library entries of older versions are rewritten in the current one.
 */
export async function migrateLibrary(areas: StorageAreas = browserStorageAreas()): Promise<MigrationReport> {
	const report: MigrationReport = { migrated: 0, unreadable: 0 };
	const stored = await areas.local.get(null);
	const rewritten: Record<string, unknown> = {};
	for (const [key, raw] of Object.entries(stored)) {
		const storyKey = storyKeyOfLibraryKey(key);
		if (storyKey === null || (isEnvelope(raw) && raw.v === librarySchema.version)) continue;
		const entry = decodeVersioned(librarySchema, raw, `local ${key}`);
		if (entry?.storyKey !== storyKey) {
			report.unreadable += 1;
			continue;
		}
		rewritten[key] = encodeVersioned(librarySchema, entry);
		report.migrated += 1;
	}
	for (const [key, raw] of Object.entries(stored)) {
		const storyKey = storyKeyOf(key);
		if (storyKey === null || libraryKey(storyKey) in stored) continue;
		const record = decodeVersioned(positionSchema, raw, `local ${key}`);
		if (!record || record.removed || record.storyKey !== storyKey) continue;
		const entry = decodeVersioned(librarySchema, { v: 1, data: libraryEntryV1Of(record) }, `shelf entry ${storyKey}`);
		if (!entry) continue;
		rewritten[libraryKey(storyKey)] = encodeVersioned(librarySchema, entry);
		report.migrated += 1;
	}
	if (report.migrated > 0) await areas.local.set(rewritten);
	return report;
}
