/**
 * The ReaderHost the overlay runs against on a real page: preferences and
 * positions from browser storage, fonts from the extension, hidden tags from
 * the site, chapter navigation through the tab.
 */
import type { Story } from '../core/types.js';
import type { ReaderHost, HiddenKind } from '../reader/host.js';
import type { Prefs } from '../reader/prefs.js';
import { trackingReadChapters, type LibraryStore } from '../storage/library.js';
import type { PreferencesStore } from '../storage/preferences.js';
import { savedChapterOf, type PositionStore } from '../storage/positions.js';
import { trackPosition } from '../position/tracker.js';
import type { Message } from '../messages.js';
import { fetchHiddenTags } from './hidden-tags.js';
import { keepStory } from './keep-story.js';
import { scrollPageToText } from './page-restore.js';

export interface ReaderHostDeps {
	/** The page's story, read when first needed (the reader opens before anything here runs). */
	story: () => Story;
	siteName: string;
	prefs: Prefs;
	preferences: PreferencesStore;
	positions: PositionStore;
	library: LibraryStore;
	signal: AbortSignal;
}

/** Only the page's own origin, over http(s): a URL from the page never sends the reader (or its cookies) elsewhere. */
export function sameOriginUrl(candidate: string | null, base: string): string | null {
	if (!candidate) return null;
	try {
		const url = new URL(candidate, base);
		if (!/^https?:$/.test(url.protocol)) return null;
		return url.origin === new URL(base).origin ? url.href : null;
	} catch {
		return null;
	}
}

export function createReaderHost({ story, siteName, prefs: initialPrefs, preferences, positions, library, signal }: ReaderHostDeps): ReaderHost {
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
		assetUrl: (path) => chrome.runtime.getURL(path),
		savedPlace: (storyKey) => savedChapterOf(positions, storyKey),
		attachView(view) {
			trackPosition(view, trackingReadChapters(positions, library));
			void keepStory(story(), library);
		},
		async revealHidden(kind: HiddenKind) {
			const { hiddenWarningsUrl, hiddenTagsUrl, url: pageUrl } = story();
			const url = sameOriginUrl(kind === 'warnings' ? hiddenWarningsUrl : hiddenTagsUrl, pageUrl);
			if (!url) throw new Error('The archive offers no way to show them here.');
			return fetchHiddenTags(url);
		},
		goToUrl(url) {
			const target = sameOriginUrl(url, location.href);
			if (!target) return;
			const keepOpen: Message<'quire:keep-open'> = { type: 'quire:keep-open', storyKey: story().storyKey };
			void chrome.runtime.sendMessage(keepOpen).catch(() => undefined).finally(() => location.assign(target));
		},
		restorePage(at) {
			if (at) scrollPageToText(document, at.text);
		},
	};
}
