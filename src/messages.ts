/**
 * Every message the extension's parts send each other, in one typed map.
 * Pages cannot send these: runtime messages only come from our own contexts,
 * and every handler still checks the shape before acting.
 */

export type OpenStatus = 'opened' | 'closed' | 'no-story' | 'unavailable';

export interface MessageMap {
	/** content script → background: this page looks worth reading, load the reader. */
	'quire:load-reader': { request: { reason: 'site' | 'local-file' | 'granted-site' }; response: void };
	/** background/popup → tab: open (or toggle) the reader on this page. */
	'quire:open': {
		/** `storyKey`: open only if this page holds that story (the tab moved on to something else otherwise). */
		request: { toggle: boolean; storyKey?: string | null };
		response: { status: OpenStatus; title?: string | null };
	};
	/** reader → background: the reader is moving to another chapter of the same story; reopen it there. */
	'quire:keep-open': { request: { storyKey: string | null }; response: void };
	/** popup → background: open the reader in that tab, injecting it if needed. */
	'quire:open-in-tab': { request: { tabId: number }; response: { status: OpenStatus; title?: string | null } };
	/** popup/options → background: open a story from the shelf in a new tab, with the reader open at the saved place. */
	'quire:open-from-shelf': { request: { url: string; storyKey: string }; response: void };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

export function isMessage<T extends MessageType>(value: unknown, type: T): value is Message<T> {
	return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
