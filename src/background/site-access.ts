/**
 * Sites the reader let Quire open on by itself: the long-tail archives switched
 * on in the options page and any site chosen with "Always open Quire on this
 * site" in the popup. Each is an optional host permission; holding it means the
 * content script is registered for it. The permissions are the only record, so
 * revoking a site anywhere (our pages, the browser's own extension settings)
 * removes it here too.
 */
import browser from 'webextension-polyfill';

/** One registration holds every granted origin. */
export const GRANTED_SCRIPT_ID = 'quire-granted-sites';

/** Origins the manifest already covers, and patterns that are not single sites. */
function staticMatches(): Set<string> {
	const manifest = browser.runtime.getManifest();
	const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
	return new Set([...matches, ...(manifest.host_permissions ?? []), '<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);
}

/** Granted web origins the static content script does not cover, sorted. */
export function grantedOrigins(origins: readonly string[], covered: ReadonlySet<string>): string[] {
	return [...new Set(origins)].filter((origin) => /^(?:https?|\*):\/\/[^/]+\/\*$/.test(origin) && !covered.has(origin)).sort();
}

/** Registers the content script for exactly the granted origins (none: unregistered). */
export async function syncGrantedSites(): Promise<string[]> {
	const { origins = [] } = await browser.permissions.getAll();
	const matches = grantedOrigins(origins, staticMatches());
	const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
	if (matches.length === 0) {
		if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
		return matches;
	}
	const script = { id: GRANTED_SCRIPT_ID, matches, js: ['content.js'], runAt: 'document_idle' as const, persistAcrossSessions: true };
	if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
	else await browser.scripting.registerContentScripts([script]);
	return matches;
}

/** Pages already open on a newly granted site get the launcher now, not only after a reload. */
async function startInOpenTabs(origins: readonly string[]): Promise<void> {
	if (origins.length === 0) return;
	const tabs = await browser.tabs.query({ url: [...origins] });
	await Promise.all(tabs.map(async (tab) => {
		if (tab.id === undefined) return;
		// The content script guards against running twice in one page.
		await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] }).catch(() => undefined);
	}));
}

/** Keeps the registration in step with the permissions, whoever changes them. */
export function watchGrantedSites(): void {
	const warn = (error: unknown) => console.warn('[quire] could not update the sites Quire opens on:', error);
	const sync = () => void syncGrantedSites().catch(warn);
	browser.permissions.onAdded.addListener((added) => {
		void syncGrantedSites().then((granted) => startInOpenTabs((added.origins ?? []).filter((o) => granted.includes(o)))).catch(warn);
	});
	browser.permissions.onRemoved.addListener(sync);
	// Registrations are the browser's; an update or a restart gets them rebuilt from the permissions.
	browser.runtime.onInstalled.addListener(sync);
	browser.runtime.onStartup.addListener(sync);
}
