/**
 * Run by the background when Quire is installed or updated: brings stored
 * preferences to the current version and pulls reading positions that other
 * devices synced into local storage. Every read migrates lazily as well, so
 * this only saves work later; a failure here loses nothing.
 */
import { browserPreferences } from './preferences.js';
import { browserPositionStore } from './positions.js';

export async function migrateStorage(): Promise<void> {
	try {
		const preferences = browserPreferences();
		await preferences.set(await preferences.get());
		await browserPositionStore().reconcile();
	} catch (error) {
		console.warn('[quire] storage: migration on update did not finish; records will migrate as they are read.', error);
	}
}
