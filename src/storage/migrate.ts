/**
 * Rewrites stored records of older schema versions in the current one, for
 * the background script's `runtime.onInstalled`. Reads migrate lazily anyway
 * (define-item's rule), so this only saves doing it on every read. Records
 * that cannot be read are left where they are: they may come from a newer
 * build, and deleting is never a migration's job.
 */

import { browserStorageAreas, type StorageAreas } from './areas.js';
import { decodeVersioned, encodeVersioned, isEnvelope } from './define-item.js';
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
