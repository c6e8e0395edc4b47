import { useEffect } from 'preact/hooks';
import type { Story } from '../../core/types.js';
import type { ChapterFill } from '../chapter-fill.js';
import { findChapter } from '../../position/anchoring.js';
import type { ReaderNotice, ReaderView, RenderedChapter } from '../../position/view.js';
import { TEXT_CLASS } from '../components/chapter-view.js';
import { ensureFont } from '../fonts.js';
import type { ReaderHost, ReadingPoint } from '../host.js';
import type { LayoutEvents } from '../layout-events.js';
import type { FontFamily } from '../prefs.js';
import { readingPointAtTop } from '../reading-point.js';
import { PENDING_ATTRIBUTE } from './use-chapter-fill.js';
import { CHAPTER_ATTRIBUTE } from './use-scroll-position.js';

/** Filled in by the open overlay so the controller can ask where the reader got to before closing it. */
export interface ReaderSession {
	readingPoint: (() => ReadingPoint | null) | null;
	/**
	 * Ends the rendered view while it is still laid out, so position tracking
	 * measures the last place before the overlay goes away.
	 */
	endView: (() => void) | null;
	/**
	 * Position in `story.chapters` of the chapter to read and show first: the
	 * saved place's, looked up before the reader opens (0 when there is none).
	 */
	startAt?: number;
	/** The saved place's paragraph in that chapter, put at the top before the first paint. */
	startParagraph?: number;
}

/** Lets the tasks queued before now run: a chapter just read is then rendered. */
const afterRender = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Fonts get this long to load before the view goes to position tracking anyway. */
const FONT_WAIT_MS = 1500;

function renderedChapters(story: Story, scroller: HTMLElement): RenderedChapter[] {
	return Array.from(scroller.querySelectorAll<HTMLElement>(`[${CHAPTER_ATTRIBUTE}]`)).flatMap((section) => {
		const chapter = story.chapters[Number(section.getAttribute(CHAPTER_ATTRIBUTE))];
		const root = section.querySelector<HTMLElement>(`.${TEXT_CLASS}`);
		return chapter && root ? [{ index: chapter.index, id: chapter.id, root }] : [];
	});
}

interface ReaderViewOptions {
	story: Story;
	host: ReaderHost;
	layout: LayoutEvents;
	session: ReaderSession;
	scroller: { current: HTMLElement | null };
	fill: ChapterFill | null;
	/** The font to wait for before tracking starts (read once, at open). */
	fontFamily: FontFamily;
	notify(notice: ReaderNotice): void;
}

/** Hands the rendered text to position tracking, once the chosen font has had a moment to load. */
export function useReaderView({ story, host, layout, session, scroller: scrollerRef, fill, fontFamily, notify }: ReaderViewOptions): void {
	useEffect(() => {
		const scroller = scrollerRef.current;
		if (!scroller) return;
		const closed = new AbortController();
		const view: ReaderView = {
			story,
			scroller,
			chapters: () => renderedChapters(story, scroller),
			notify,
			onLayoutChange(listener) {
				const unsubscribe = layout.subscribe(listener);
				closed.signal.addEventListener('abort', unsubscribe);
				return unsubscribe;
			},
			goToUrl: (url) => host.goToUrl(url),
			async showChapter(anchor) {
				const chapter = findChapter(story.chapters, anchor);
				const position = chapter ? story.chapters.indexOf(chapter) : -1;
				if (!fill || position === -1 || !scroller.querySelector(`[${CHAPTER_ATTRIBUTE}="${position}"][${PENDING_ATTRIBUTE}]`)) return;
				fill.readNow(position);
				await afterRender();
			},
			signal: closed.signal,
		};
		session.readingPoint = () => readingPointAtTop(scroller, view.chapters());
		session.endView = () => closed.abort();
		if (story.kind === 'story' && story.chapters.length > 0) {
			const fontReady = Promise.race([ensureFont(fontFamily, host.assetUrl), new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS))]);
			void fontReady
				.then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
				.then(() => {
					if (!closed.signal.aborted) host.attachView(view);
				});
		}
		return () => {
			closed.abort();
			session.readingPoint = null;
			session.endView = null;
		};
		// The view lives as long as this open reader: the font is read here only for the first wait.
	}, [story, host, layout, session, fill]);
}
