/**
 * The background worker: loads the reader into tabs on demand and routes the
 * toolbar, shortcut and context-menu commands to it. It keeps no state in
 * memory (MV3 workers stop when idle); the "keep the reader open on the next
 * chapter" flag lives in storage.session, per tab.
 */
import browser from 'webextension-polyfill';
import { webUrl } from '../core/dom.js';
import { isMessage, type Message, type OpenAnswer } from '../messages.js';
import { copiesSettingItem } from '../storage/copies-setting.js';
import { migrateLibrary, migrateStorage } from '../storage/migrate.js';
import { browserPositionStore } from '../storage/positions.js';
import { browserCopyStore } from '../storage/saved-copies.js';
import { saveCopy } from './save-copy.js';
import { watchGrantedSites } from './site-access.js';

const READER_SCRIPT = 'reader.js';
const CONTEXT_MENU_ID = 'quire-open-reader';
const LIBRARY_MENU_ID = 'quire-open-library';
const LIBRARY_PAGE = 'library.html';
const keepOpenKey = (tabId: number) => `keep-open:${tabId}`;
/**
 * Firefox for Android has no keyboard shortcuts and no context menus: there
 * these APIs are missing, and the toolbar popup and the launcher do the work.
 */
const commands = (browser as Partial<typeof browser>).commands;
const contextMenus = (browser as Partial<typeof browser>).contextMenus;

async function isReaderLoaded(tabId: number, frameId = 0): Promise<boolean> {
	const [result] = await browser.scripting.executeScript({
		target: { tabId, frameIds: [frameId] },
		func: () => Boolean((globalThis as Record<symbol, unknown>)[Symbol.for('quire.reader')]),
	});
	return result?.result === true;
}

async function loadReader(tabId: number, frameId = 0): Promise<void> {
	if (await isReaderLoaded(tabId, frameId)) return;
	await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_SCRIPT] });
}

/** Opens (or toggles) the reader in a tab, loading it first; reports what happened. */
async function openInTab(tabId: number, toggle: boolean): Promise<OpenAnswer> {
	try {
		await loadReader(tabId);
		const message: Message<'quire:open'> = { type: 'quire:open', toggle };
		return (await browser.tabs.sendMessage(tabId, message)) as OpenAnswer;
	} catch (error) {
		// Browser pages, the web store and pages we may not touch land here.
		console.info('Quire: cannot open the reader on this tab:', error);
		return { status: 'unavailable' };
	}
}

/** The popup and the options page, not a content script in some tab. */
function fromOwnPage(sender: browser.Runtime.MessageSender): boolean {
	return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) => {
	const tabId = sender.tab?.id;
	if (isMessage(message, 'quire:load-reader') && tabId !== undefined) {
		await loadReader(tabId, sender.frameId ?? 0);
		const key = keepOpenKey(tabId);
		const stored = await browser.storage.session.get(key);
		if (stored[key]) {
			await browser.storage.session.remove(key);
			const storyKey = typeof stored[key] === 'string' ? stored[key] : null;
			const open: Message<'quire:open'> = { type: 'quire:open', toggle: false, storyKey };
			await browser.tabs.sendMessage(tabId, open, { frameId: sender.frameId ?? 0 });
		}
		return undefined;
	}
	if (isMessage(message, 'quire:save-copy') && tabId !== undefined && typeof message.story === 'object' && message.story !== null) {
		return saveCopy(message.story, copiesSettingItem(), browserCopyStore());
	}
	if (isMessage(message, 'quire:keep-open') && tabId !== undefined) {
		await browser.storage.session.set({ [keepOpenKey(tabId)]: message.storyKey ?? true });
		return undefined;
	}
	const shelfUrl = isMessage(message, 'quire:open-from-shelf') && fromOwnPage(sender) ? webUrl(message.url) : null;
	if (isMessage(message, 'quire:open-from-shelf') && shelfUrl) {
		const tab = await browser.tabs.create({ url: shelfUrl });
		if (tab.id !== undefined) await browser.storage.session.set({ [keepOpenKey(tab.id)]: String(message.storyKey) });
		return undefined;
	}
	if (isMessage(message, 'quire:open-in-tab') && fromOwnPage(sender) && typeof message.tabId === 'number') {
		return openInTab(message.tabId, false);
	}
	return undefined;
});

commands?.onCommand.addListener(async (command, tab) => {
	if (command !== 'toggle-reader') return;
	const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
	if (tabId !== undefined) await openInTab(tabId, true);
});

contextMenus?.onClicked.addListener(async (info, tab) => {
	if (info.menuItemId === CONTEXT_MENU_ID && tab?.id !== undefined) await openInTab(tab.id, false);
	if (info.menuItemId === LIBRARY_MENU_ID) await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
});

browser.tabs.onRemoved.addListener((tabId) => {
	void browser.storage.session.remove(keepOpenKey(tabId));
});

browser.runtime.onInstalled.addListener(async () => {
	if (contextMenus) {
		await contextMenus.removeAll();
		contextMenus.create({ id: CONTEXT_MENU_ID, title: 'Read in Quire', contexts: ['page', 'selection'] });
		// The toolbar button's own menu.
		contextMenus.create({ id: LIBRARY_MENU_ID, title: 'Your library', contexts: ['action'] });
	}
	await migrateStorage().catch((error) => console.warn('[quire] storage migration on update did not finish:', error));
	await migrateLibrary().catch((error) => console.warn('[quire] moving the shelf into the library did not finish:', error));
	await syncPositions();
});

browser.runtime.onStartup.addListener(syncPositions);

watchGrantedSites();

/** Sends positions a closing tab could not sync yet, and takes in those other devices synced. */
async function syncPositions(): Promise<void> {
	const positions = browserPositionStore();
	try {
		await positions.reconcile();
		await positions.flushSync();
	} catch (error) {
		console.warn('[quire] could not reconcile reading positions with sync; will retry on next start:', error);
	} finally {
		positions.dispose();
	}
}
