import type { Story } from '../core/types.js';

/**
 * The contract between the reader overlay (src/reader) and reading-position
 * tracking (src/position). The reader renders the story and describes what it
 * rendered through a ReaderView; position code measures and scrolls through it
 * and never reaches into the reader's components.
 */

/** One chapter as rendered by the reader. */
export interface RenderedChapter {
	/** 1-based chapter index, as in Story.chapters[i].index. */
	index: number;
	id: string | null;
	/**
	 * The element holding the chapter's sanitised text, whose paragraphs are
	 * `paragraphElements(root)` from src/core/paragraphs.ts: the same list,
	 * in the same order, as the core counted.
	 */
	root: HTMLElement;
}

export interface ReaderNotice {
	message: string;
	/** An optional action button, e.g. "Back to start" or "Continue at chapter 5". */
	actionLabel?: string;
	onAction?: () => void;
}

export interface ReaderView {
	story: Story;
	/** The element that scrolls the text (inside the shadow root). */
	scroller: HTMLElement;
	/** Chapters on screen, in order. */
	chapters(): RenderedChapter[];
	/** Show a short, polite notice (role=status) with an optional action. */
	notify(notice: ReaderNotice): void;
	/**
	 * Called just before and just after the reader changes layout (font, size,
	 * width, line height, theme, folding): position code captures the first
	 * visible line before and puts it back after. Returns an unsubscribe function.
	 */
	onLayoutChange(listener: (phase: 'before' | 'after') => void): () => void;
	/**
	 * Makes sure the chapter an anchor points at is rendered (the reader fills
	 * long works a chapter at a time); settles once it is. Absent when every
	 * chapter is always rendered.
	 */
	showChapter?(anchor: { chapterIndex: number; chapterId: string | null }): Promise<void>;
	/** Navigate the tab to another chapter's URL (single-chapter pages). */
	goToUrl(url: string): void;
	/** Aborted when the reader closes. */
	signal: AbortSignal;
}
