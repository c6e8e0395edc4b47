import type { ReaderView } from '../position/view.js';
import type { Prefs } from './prefs.js';
import type { StoryLibrary } from './reading-status.js';

/**
 * Everything the reader needs from the outside world. The content script
 * implements it with storage and messages; tests and the dev playground use
 * `createMockHost` (mock-host.ts). The reader never touches `chrome.*`,
 * storage or site adapters directly.
 */

/** Where the reader had got to, handed back to the page when the reader closes. */
export interface ReadingPoint {
	/** 1-based chapter index, as in `Story.chapters[i].index`. */
	chapterIndex: number;
	/** 0-based index into `paragraphElements(chapter text root)`. */
	paragraphIndex: number;
	/** The paragraph's text (trimmed, at most 200 characters), to find it again in the page. */
	text: string;
}

/** What the site hid from this reader and the reader can ask for. */
export type HiddenKind = 'warnings' | 'tags';

/** Where a saved place is, as far as opening needs it: its chapter, and its paragraph in that chapter. */
export interface SavedPlace {
	chapterIndex: number;
	chapterId: string | null;
	paragraph: number;
}

export interface ReaderHost {
	/** The current preferences, read synchronously so they apply before first paint. Validated. */
	readonly prefs: Prefs;
	/** Persists a change; listeners in other tabs hear it through `onPrefsChanged`. */
	setPrefs(patch: Partial<Prefs>): Promise<void>;
	/**
	 * Preferences changed elsewhere (another tab, the options page, the popup).
	 * The callback receives the whole, validated object. Returns an unsubscribe function.
	 */
	onPrefsChanged(callback: (prefs: Prefs) => void): () => void;
	/** Absolute URL of a file shipped with the extension (`chrome.runtime.getURL`). */
	assetUrl(path: string): string;
	/**
	 * The chapter of the reader's saved place in this story, looked up as the
	 * reader opens so that chapter is read and shown first. Absent: the reader
	 * starts with the first chapter (and tracking still restores the place).
	 */
	savedPlace?(storyKey: string): Promise<SavedPlace | null>;
	/** Hands position tracking the view once the text is rendered; called on every open. */
	attachView(view: ReaderView): void;
	/**
	 * Fetches warnings or additional tags the site hid from this reader (AO3's
	 * "hide warnings" preference). Only called when the reader asks to see them;
	 * rejects when the site cannot be reached.
	 */
	revealHidden(kind: HiddenKind): Promise<string[]>;
	/**
	 * Navigates the tab to another chapter. Only called while the reader is
	 * open, so the host should open the reader again on the page it lands on.
	 */
	goToUrl(url: string): void;
	/** Called after the reader closed, to scroll the page to where the reader got to (null: nowhere known). */
	restorePage(at: ReadingPoint | null): void;
	/** Human name of the site ("Archive of Our Own"), for labels such as auto-open. */
	readonly siteName: string;
	/** The reader's library, for the story's status; absent where there is none (the status is then not shown). */
	readonly library?: StoryLibrary;
}
