/**
 * Keeps the reader's place for one open reader view: restores the saved
 * position when the view attaches (and says so), saves as the reader scrolls
 * (throttled) and at once on close, pagehide and when the tab is hidden,
 * holds the first visible line across layout changes and when the window
 * changes width (a phone turned on its side), and follows newer positions
 * written by other tabs while this one sits idle.
 */

import type { Story } from '../core/types.js';
import type { PositionRecord } from '../storage/position-record.js';
import type { Anchor } from './anchor.js';
import { captureAnchor, chapterCountOf, findChapter, leadBeforeAnchor, restoreAnchor, restoreLead, type RestoreResult } from './anchoring.js';
import { scrollByInstant } from './measure.js';
import type { ReaderView } from './view.js';

/** The part of the position store the tracker uses (src/storage/positions.ts implements it). */
export interface TrackerStore {
	load(storyKey: string): Promise<PositionRecord | null>;
	save(record: PositionRecord): Promise<boolean>;
	/** Writes without reading first (see PositionStore.put). */
	put(record: PositionRecord): Promise<void>;
	watch(storyKey: string, callback: (record: PositionRecord) => void, signal?: AbortSignal): void;
}

export interface TrackOptions {
	/** Defaults to view.story. */
	story?: Story;
	now?: () => number;
	/** At most one save per this many milliseconds while scrolling. */
	saveThrottleMs?: number;
	/** The reader counts as idle (and follows other tabs) this long after its last scroll. */
	idleMs?: number;
	/** Where pagehide and visibilitychange are heard; defaults to the scroller's window. */
	window?: Window;
	/**
	 * For this long after restoring, the restored line is put back whenever the
	 * text changes size (web fonts arriving, lazily rendered chapters), until the
	 * reader scrolls.
	 */
	holdMs?: number;
	/** The view counts as at rest this long after its last scroll: its first line is noted then, for a resize. */
	settleMs?: number;
}

export interface PositionTracker {
	/** Settles when the saved position has been restored (or there was none). */
	ready: Promise<RestoreResult | null>;
	/** Saves the current place now if the reader moved since the last save. */
	saveNow(): Promise<void>;
}

export const NOTICE_CHANGED = 'The chapter changed since you last read it; we kept your place approximately';
export const ACTION_BACK_TO_START = 'Back to start';

export function continuedMessage(record: Pick<PositionRecord, 'chapterIndex' | 'chapterFraction' | 'chapterCount'>): string {
	const percent = Math.round(record.chapterFraction * 100);
	return record.chapterCount === 1 ? `Continued from ${percent}%` : `Continued from chapter ${record.chapterIndex}, ${percent}%`;
}

/** The URL that opens chapter `index` of the story, where one is known. */
export function chapterUrlOf(story: Story, index: number): string | null {
	const listed = story.chapterList.find((c) => c.index === index)?.url ?? story.chapters.find((c) => c.index === index)?.url;
	if (listed) return listed;
	// A one-chapter page is that chapter's URL.
	return !story.isEntireWork && story.chapters.length === 1 && story.chapters[0]?.index === index ? story.url : null;
}

function knownChapterCount(story: Story): number | null {
	if (story.chapterList.length > 0 || story.stats.chapters !== null || story.isEntireWork) return chapterCountOf(story);
	return null;
}

export function recordFor(story: Story, storyKey: string, anchor: Anchor, updatedAt: number, previous: PositionRecord | null): PositionRecord {
	return {
		...anchor,
		storyKey,
		site: story.site,
		title: story.title ?? previous?.title ?? '',
		author: story.authors.length > 0 ? story.authors.join(', ') : (previous?.author ?? ''),
		chapterUrl: chapterUrlOf(story, anchor.chapterIndex) ?? (previous?.chapterIndex === anchor.chapterIndex ? previous.chapterUrl : null),
		chapterCount: knownChapterCount(story) ?? previous?.chapterCount ?? null,
		workUrl: story.isEntireWork ? story.url : (previous?.workUrl ?? null),
		updatedAt,
		finished: previous?.finished ?? false,
		removed: false,
	};
}

const samePlace = (a: Anchor, b: Anchor): boolean =>
	a.chapterIndex === b.chapterIndex && a.paragraph === b.paragraph && a.offset === b.offset;

export function trackPosition(view: ReaderView, store: TrackerStore, options: TrackOptions = {}): PositionTracker {
	const story = options.story ?? view.story;
	const storyKey = story.storyKey;
	const now = options.now ?? Date.now;
	const throttleMs = options.saveThrottleMs ?? 1_000;
	const idleMs = options.idleMs ?? 2_000;
	const holdMs = options.holdMs ?? 3_000;
	const settleMs = options.settleMs ?? 150;
	const win = options.window ?? view.scroller.ownerDocument.defaultView;
	const { scroller, signal } = view;

	if (!storyKey || signal.aborted) return { ready: Promise.resolve(null), saveNow: async () => {} };

	/** The newest record we know of: ours or another tab's. */
	let latest: PositionRecord | null = null;
	let latestIsOurs = false;
	let lastSaved: Anchor | null = null;
	/** The reader scrolled since the last save; only then is there anything to save. */
	let dirty = false;
	let lastUserScrollAt = -Infinity;
	let saveTimer: ReturnType<typeof setTimeout> | null = null;
	let restored = false;
	/** scrollTop right after our own scroll, so its scroll event is not taken for the reader's. */
	let ownScrollTop: number | null = null;
	let layoutAnchor: Anchor | null = null;
	/** Set when the view top was above the text (header card, notes) as the layout changed. */
	let layoutLead: number | null = null;
	/**
	 * The first visible line (and lead) where the reader last left the view: set
	 * when a scroll comes to rest, on restoring and across layout changes. A
	 * resize is only heard after the text has reflowed, too late to measure;
	 * this is where the reader was before it. Putting the line back after a
	 * resize does not replace it, so turning a phone back and forth never
	 * drifts by a line.
	 */
	let atRest: { anchor: Anchor; lead: number | null } | null = null;
	let restTimer: ReturnType<typeof setTimeout> | null = null;
	let viewWidth = scroller.clientWidth;

	const scrolledByUs = (): void => {
		ownScrollTop = scroller.scrollTop;
	};

	const noteRestNow = (): void => {
		if (restTimer) clearTimeout(restTimer);
		restTimer = null;
		if (layoutAnchor || !restored) return;
		const anchor = captureAnchor(view);
		atRest = anchor ? { anchor, lead: leadBeforeAnchor(view, anchor) } : null;
	};

	function noteRest(): void {
		if (restTimer) clearTimeout(restTimer);
		restTimer = setTimeout(noteRestNow, settleMs);
	}

	/** The window changed width: the text reflowed, so put back the line the reader was at. */
	const onResize = (): void => {
		const width = scroller.clientWidth;
		if (width === viewWidth) return;
		viewWidth = width;
		if (!restored || layoutAnchor || !atRest) return;
		if (restTimer) clearTimeout(restTimer);
		restTimer = null;
		const { anchor, lead } = atRest;
		if (lead !== null ? restoreLead(view, anchor, lead) : restoreAnchor(view, anchor)) scrolledByUs();
	};

	/** `leaving`: the page is going away; send the write at once rather than read first. */
	const save = async (anchor: Anchor, readAt: number, leaving = false): Promise<void> => {
		lastSaved = anchor;
		// Stamped with when the reader was there: if another tab has read on since, theirs stays.
		if (latest && !latestIsOurs && latest.updatedAt >= readAt) return;
		// Our own records must keep getting newer, even within one millisecond.
		const updatedAt = latest && latestIsOurs ? Math.max(readAt, latest.updatedAt + 1) : readAt;
		const record = recordFor(story, storyKey, anchor, updatedAt, latest);
		latest = record;
		latestIsOurs = true;
		try {
			// `latest` already holds anything newer this tab has heard of, so a blind write is safe here.
			if (leaving) await store.put(record);
			else await store.save(record);
		} catch (error) {
			console.warn(`[quire] position: could not save (${error instanceof Error ? error.message : String(error)})`);
		}
	};

	const saveNow = async (leaving = false): Promise<void> => {
		if (saveTimer) clearTimeout(saveTimer);
		saveTimer = null;
		if (!dirty || !restored) return;
		const anchor = captureAnchor(view);
		if (!anchor) return;
		dirty = false;
		if (lastSaved && samePlace(anchor, lastSaved)) return;
		await save(anchor, Number.isFinite(lastUserScrollAt) ? lastUserScrollAt : now(), leaving);
	};

	const backToStart = (): void => {
		stopHolding();
		scrollByInstant(scroller, -scroller.scrollTop);
		scrolledByUs();
		noteRestNow();
		const anchor = captureAnchor(view);
		if (anchor) void save(anchor, Math.max(now(), (latest?.updatedAt ?? 0) + 1));
		dirty = false;
	};

	/** Stops holding the restored line in place (see holdMs). */
	let stopHolding = (): void => {};

	const holdPlace = (): void => {
		const Observer = win && 'ResizeObserver' in win ? (win as Window & typeof globalThis).ResizeObserver : undefined;
		const anchor = captureAnchor(view);
		if (!Observer || !anchor) return;
		const observer = new Observer(() => {
			if (layoutAnchor || dirty) return;
			if (restoreAnchor(view, anchor)) scrolledByUs();
		});
		for (const chapter of view.chapters()) observer.observe(chapter.root);
		const timer = setTimeout(() => stopHolding(), holdMs);
		stopHolding = () => {
			observer.disconnect();
			clearTimeout(timer);
			stopHolding = () => {};
		};
	};

	const onScroll = (): void => {
		if (layoutAnchor || !restored) return;
		if (ownScrollTop !== null && scroller.scrollTop === ownScrollTop) return;
		ownScrollTop = null;
		noteRest();
		stopHolding();
		dirty = true;
		lastUserScrollAt = now();
		saveTimer ??= setTimeout(() => void saveNow(), throttleMs);
	};

	/** `shown`: the record's chapter was just rendered for it (it is already `latest`). */
	const follow = (record: PositionRecord, shown = false): void => {
		if (!shown && latest && record.updatedAt <= latest.updatedAt) return;
		// Keep the newer record either way, so nothing older from this tab replaces it.
		latest = record;
		latestIsOurs = false;
		const active = dirty || now() - lastUserScrollAt < idleMs || layoutAnchor !== null;
		// Taken off the shelf elsewhere: nothing to go to; reading on here starts a new record.
		if (active || !restored || record.removed) return;
		if (!shown && view.showChapter && !findChapter(view.chapters(), record)) {
			void view.showChapter(record).then(() => {
				if (latest === record && !signal.aborted) follow(record, true);
			});
			return;
		}
		if (restoreAnchor(view, record)) {
			scrolledByUs();
			lastSaved = record;
			atRest = { anchor: record, lead: null };
		}
	};

	const attach = async (): Promise<RestoreResult | null> => {
		let saved: PositionRecord | null = null;
		try {
			saved = await store.load(storyKey);
		} catch (error) {
			console.warn(`[quire] position: could not load (${error instanceof Error ? error.message : String(error)})`);
		}
		if (saved && !saved.removed) await view.showChapter?.(saved);
		if (signal.aborted) return null;
		if (saved && (!latest || saved.updatedAt > latest.updatedAt)) {
			latest = saved;
			latestIsOurs = false;
		}
		const result = saved ? restoreSaved(saved) : null;
		restored = true;
		noteRestNow();
		// Nothing to restore, but the reader already scrolled while tracking was starting (fonts loading): keep that place.
		if (!saved && scroller.scrollTop > 0) {
			dirty = true;
			lastUserScrollAt = now();
			saveTimer ??= setTimeout(() => void saveNow(), throttleMs);
		}
		return result;
	};

	const restoreSaved = (saved: PositionRecord): RestoreResult | null => {
		const chapters = view.chapters();
		if (findChapter(chapters, saved)) {
			const result = restoreAnchor(view, saved);
			if (!result) return null;
			scrolledByUs();
			lastSaved = saved;
			holdPlace();
			const atStart = saved.paragraph === 0 && saved.offset === 0 && saved.chapterIndex === chapters[0]?.index;
			if (result.method === 'fraction') {
				view.notify({ message: NOTICE_CHANGED, actionLabel: ACTION_BACK_TO_START, onAction: backToStart });
			} else if (!atStart) {
				view.notify({ message: continuedMessage(saved), actionLabel: ACTION_BACK_TO_START, onAction: backToStart });
			}
			return result;
		}
		const pageChapter = chapters[0]?.index;
		const url = saved.chapterUrl ?? chapterUrlOf(story, saved.chapterIndex);
		if (!story.isEntireWork && pageChapter !== undefined && pageChapter < saved.chapterIndex && url) {
			view.notify({
				message: `You had read on to chapter ${saved.chapterIndex}`,
				actionLabel: `Continue at chapter ${saved.chapterIndex}`,
				onAction: () => view.goToUrl(url),
			});
		}
		return null;
	};

	scroller.addEventListener('scroll', onScroll, { passive: true, signal });
	const offLayout = view.onLayoutChange((phase) => {
		if (!restored) return;
		if (phase === 'before') {
			layoutAnchor = captureAnchor(view);
			layoutLead = layoutAnchor ? leadBeforeAnchor(view, layoutAnchor) : null;
			return;
		}
		const anchor = layoutAnchor;
		const lead = layoutLead;
		layoutAnchor = null;
		layoutLead = null;
		if (!anchor) return;
		if (lead !== null ? restoreLead(view, anchor, lead) : restoreAnchor(view, anchor)) scrolledByUs();
		atRest = { anchor, lead };
		viewWidth = scroller.clientWidth;
	});
	store.watch(storyKey, follow, signal);
	if (win) {
		win.addEventListener('resize', onResize, { signal });
		win.addEventListener('pagehide', () => void saveNow(true), { signal });
		win.document.addEventListener('visibilitychange', () => {
			if (win.document.visibilityState === 'hidden') void saveNow(true);
		}, { signal });
	}
	signal.addEventListener('abort', () => {
		offLayout();
		stopHolding();
		if (restTimer) clearTimeout(restTimer);
		// Listeners go with the signal; the last place is saved while the view is still there.
		void saveNow();
	}, { once: true });

	return { ready: attach(), saveNow: () => saveNow() };
}
