/**
 * Every message the extension's parts send each other, in one typed map.
 * Pages cannot send these: runtime messages only come from our own contexts,
 * and every handler still checks the shape before acting.
 */
import type { Story } from './core/types.js';

import type { ReadProblem } from './core/types.js';

export type OpenStatus = 'opened' | 'closed' | 'no-story' | 'unavailable';

/** What happened when asked to open the reader; `problem` says why a page was left unread. */
export interface OpenAnswer {
	status: OpenStatus;
	title?: string | null;
	problem?: ReadProblem | null;
}

/** What the reader tells a reader when a page was left unread (the popup and the page notice say the same). */
export const PROBLEM_TEXT: Readonly<Record<ReadProblem, string>> = {
	'too-big': 'This page is too big for Quire to read, so it left it alone. The page itself is unchanged.',
	'too-strange': 'Quire could not make sense of this page, so it left it alone. The page itself is unchanged.',
};

export interface MessageMap {
	/** content script → background: this page looks worth reading, load the reader. */
	'quire:load-reader': { request: { reason: 'site' | 'local-file' | 'granted-site' }; response: void };
	/** background/popup → tab: open (or toggle) the reader on this page. */
	'quire:open': {
		/** `storyKey`: open only if this page holds that story (the tab moved on to something else otherwise). */
		request: { toggle: boolean; storyKey?: string | null };
		response: OpenAnswer;
	};
	/** reader → background: the reader is moving to another chapter of the same story; reopen it there. */
	'quire:keep-open': { request: { storyKey: string | null }; response: void };
	/** popup → background: open the reader in that tab, injecting it if needed. */
	'quire:open-in-tab': { request: { tabId: number }; response: OpenAnswer };
	/** popup/options → background: open a story from the shelf in a new tab, with the reader open at the saved place. */
	'quire:open-from-shelf': { request: { url: string; storyKey: string }; response: void };
	/** reader → background: keep a copy of the chapters on screen (the background owns the copies' database). */
	'quire:save-copy': {
		request: { story: Story };
		/** `off`: the reader switched copies off; `failed`: `message` says why, for the library. */
		response: { status: 'saved' | 'off' | 'failed'; message?: string };
	};
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

export function isMessage<T extends MessageType>(value: unknown, type: T): value is Message<T> {
	return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
