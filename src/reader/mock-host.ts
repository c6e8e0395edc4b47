import type { ReaderView } from '../position/view.js';
import type { HiddenKind, ReaderHost, ReadingPoint, SavedPlace } from './host.js';
import { defaultPrefs, validatePrefs, type Prefs } from './prefs.js';
import type { ReadingStatus, StoryLibrary } from './reading-status.js';

/**
 * An in-memory ReaderHost for component tests and a dev playground. It
 * records what the reader asked of it, so tests can assert on the calls.
 */
export interface MockHost extends ReaderHost {
	prefs: Prefs;
	readonly calls: {
		setPrefs: Partial<Prefs>[];
		goToUrl: string[];
		revealHidden: HiddenKind[];
		restorePage: (ReadingPoint | null)[];
	};
	/** Every view handed over by `attachView`, most recent last. */
	readonly views: ReaderView[];
	/** Simulates a change made elsewhere (another tab, the options page). */
	changePrefsElsewhere(patch: Partial<Prefs>): void;
}

export interface MockHostOptions {
	prefs?: Partial<Prefs>;
	siteName?: string;
	hidden?: Partial<Record<HiddenKind, string[]>>;
	/** Gives the host a library holding these statuses, by story key (no library without it). */
	statuses?: Record<string, ReadingStatus>;
	/** The saved place's chapter, by story key, as `savedPlace` answers it (no `savedPlace` without it). */
	savedPlaces?: Record<string, SavedPlace>;
}

/** An in-memory library: statuses by story key, with change listeners. */
export function createMockLibrary(statuses: Record<string, ReadingStatus> = {}): StoryLibrary & { statuses: Record<string, ReadingStatus> } {
	const listeners = new Set<{ storyKey: string; callback: (status: ReadingStatus | null) => void }>();
	return {
		statuses,
		status: async (storyKey) => statuses[storyKey] ?? null,
		async setStatus(storyKey, status) {
			statuses[storyKey] = status;
			for (const listener of listeners) if (listener.storyKey === storyKey) listener.callback(status);
		},
		onStatusChanged(storyKey, callback) {
			const listener = { storyKey, callback };
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

export function createMockHost(options: MockHostOptions = {}): MockHost {
	const listeners = new Set<(prefs: Prefs) => void>();
	const host: MockHost = {
		prefs: validatePrefs({ ...defaultPrefs, ...options.prefs }),
		siteName: options.siteName ?? 'Test Archive',
		calls: { setPrefs: [], goToUrl: [], revealHidden: [], restorePage: [] },
		views: [],
		async setPrefs(patch) {
			host.calls.setPrefs.push(patch);
			host.prefs = validatePrefs({ ...host.prefs, ...patch });
		},
		onPrefsChanged(callback) {
			listeners.add(callback);
			return () => listeners.delete(callback);
		},
		assetUrl: (path) => `chrome-extension://quire-test/${path}`,
		attachView(view) {
			host.views.push(view);
		},
		async revealHidden(kind) {
			host.calls.revealHidden.push(kind);
			return options.hidden?.[kind] ?? [];
		},
		goToUrl(url) {
			host.calls.goToUrl.push(url);
		},
		restorePage(at) {
			host.calls.restorePage.push(at);
		},
		...(options.statuses ? { library: createMockLibrary(options.statuses) } : {}),
		...(options.savedPlaces ? { savedPlace: async (storyKey: string) => options.savedPlaces?.[storyKey] ?? null } : {}),
		changePrefsElsewhere(patch) {
			host.prefs = validatePrefs({ ...host.prefs, ...patch });
			for (const listener of listeners) listener(host.prefs);
		},
	};
	return host;
}
