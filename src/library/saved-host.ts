/**
 * The ReaderHost for the saved-copy page (saved.html): the same preferences,
 * positions and library as on the archive, fonts from the extension, and no
 * network unless the reader asks for a chapter the copy lacks (that opens
 * the archive in a new tab, as the shelf does).
 */
import browser from 'webextension-polyfill';
import { webUrl } from '../core/dom.js';
import type { Story } from '../core/types.js';
import type { Message } from '../messages.js';
import { trackPosition } from '../position/tracker.js';
import type { ReaderHost } from '../reader/host.js';
import type { Prefs } from '../reader/prefs.js';
import { trackingReadChapters, type LibraryStore } from '../storage/library.js';
import type { PreferencesStore } from '../storage/preferences.js';
import { savedChapterOf, type PositionStore } from '../storage/positions.js';

export interface SavedCopyHostDeps {
	story: Story;
	siteName: string;
	prefs: Prefs;
	preferences: PreferencesStore;
	positions: PositionStore;
	library: LibraryStore;
	signal: AbortSignal;
	/** Opens a page of the archive in a new tab, with the reader open there. */
	openOnArchive?: (url: string, storyKey: string) => void;
}

export const HIDDEN_IN_COPY = 'A saved copy cannot show what the archive hid; open the story on the archive to see it.';

function openFromShelf(url: string, storyKey: string): void {
	const message: Message<'quire:open-from-shelf'> = { type: 'quire:open-from-shelf', url, storyKey };
	void browser.runtime.sendMessage(message);
}

export function createSavedCopyHost({ story, siteName, prefs: initialPrefs, preferences, positions, library, signal, openOnArchive = openFromShelf }: SavedCopyHostDeps): ReaderHost {
	let prefs = initialPrefs;
	preferences.watch((next) => {
		prefs = next;
	}, signal);

	return {
		get prefs() {
			return prefs;
		},
		siteName,
		library,
		async setPrefs(patch) {
			prefs = await preferences.update(patch);
		},
		onPrefsChanged(callback) {
			const stop = new AbortController();
			signal.addEventListener('abort', () => stop.abort(), { once: true });
			preferences.watch(callback, stop.signal);
			return () => stop.abort();
		},
		assetUrl: (path) => browser.runtime.getURL(path),
		savedPlace: (storyKey) => savedChapterOf(positions, storyKey),
		attachView(view) {
			trackPosition(view, trackingReadChapters(positions, library));
		},
		async revealHidden() {
			throw new Error(HIDDEN_IN_COPY);
		},
		goToUrl(url) {
			const target = webUrl(url);
			if (target && story.storyKey) openOnArchive(target, story.storyKey);
		},
		restorePage() {
			// The page under the reader only says which copy this is; there is nothing to scroll to.
		},
	};
}
