import type { Chapter, ChapterRef } from './types.js';

/**
 * Chapters read when first needed. Cleaning a chapter (copying it without
 * hidden text, sanitising it, measuring it) costs time in proportion to its
 * length, and an entire-work page can hold a million words. So extraction
 * reads the header and the chapter boundaries only; each chapter is cleaned
 * the first time one of its HTML fields is asked for, and its plain text and
 * word count are worked out from the cleaned copy the first time one of those
 * is: the reader paints a chapter from its HTML and counts its words a moment
 * later. The reader asks for the chapter it shows first, then the others a
 * slice at a time (src/reader/chapter-fill.ts).
 *
 * A lazy chapter is an ordinary `Chapter` to every consumer: its text fields
 * are enumerable getters, so spreading, `JSON.stringify`, structured cloning
 * (messages, IndexedDB) and deep equality all read it in full.
 */

/** What cleaning a chapter gives at once: its HTML fields, and how to measure its text when asked. */
export interface CleanedChapter extends Pick<Chapter, 'summaryHtml' | 'notesHtml' | 'endNotesHtml' | 'html'> {
	measure(): Pick<Chapter, 'text' | 'words'>;
}

const HTML_FIELDS = ['summaryHtml', 'notesHtml', 'endNotesHtml', 'html'] as const;
const MEASURED_FIELDS = ['text', 'words'] as const;

/** Words per block of raw text (paragraph, line) before any chapter of the story is cleaned. */
const DEFAULT_WORDS_PER_BLOCK = 50;
/** Characters of cleaned HTML per word of English prose, markup included: for estimates before a chapter is measured. */
const HTML_CHARACTERS_PER_WORD = 6;

/** What is known of a chapter without reading it. */
export interface ChapterOutline {
	/** How many blocks (child elements: paragraphs, line breaks) its raw text has; counted, not read. */
	blocks(): number;
	/** The page has notes for it, or its notes are in its text. */
	mayHaveNotes: boolean;
}

interface LazyState {
	cleaned: boolean;
	measured: boolean;
	/** Words the chapter about holds, until it is measured. */
	estimate(): number;
	/** Whether the page gave the chapter notes (or the text may hold some), until it is cleaned. */
	notes: boolean;
}

const lazy = new WeakMap<Chapter, LazyState>();

const empty = (): CleanedChapter => ({ summaryHtml: null, notesHtml: null, endNotesHtml: null, html: '', measure: () => ({ text: '', words: 0 }) });

/**
 * Makes the lazy chapters of one story from `clean` (cleaning one chapter) and
 * `outline` (what is known before). Estimates of chapters not measured yet
 * count their blocks at the story's own words per block, learnt from the
 * chapters measured (or at least cleaned) so far, so they are close from the
 * first paint. When
 * cleaning fails (a page changed or broke under us), that chapter is empty
 * rather than the whole story lost.
 */
export function lazyChapters(): (ref: ChapterRef, clean: () => CleanedChapter, outline: ChapterOutline) => Chapter {
	let measuredWords = 0;
	let measuredBlocks = 0;
	let cleanedCharacters = 0;
	let cleanedBlocks = 0;
	// Counted words where some chapter was measured; else the length of the HTML cleaned so far; else a guess.
	const wordsPerBlock = (): number => {
		if (measuredBlocks > 0) return measuredWords / measuredBlocks;
		if (cleanedBlocks > 0) return cleanedCharacters / HTML_CHARACTERS_PER_WORD / cleanedBlocks;
		return DEFAULT_WORDS_PER_BLOCK;
	};
	return (ref, clean, outline) => {
		let cleaned: CleanedChapter | null = null;
		let measured: Pick<Chapter, 'text' | 'words'> | null = null;
		let blocks: number | null = null;
		const countBlocks = (): number => (blocks ??= outline.blocks());
		const chapter = { ...ref } as Chapter;
		const state: LazyState = { cleaned: false, measured: false, estimate: () => Math.round(countBlocks() * wordsPerBlock()), notes: outline.mayHaveNotes };
		const cleanOnce = (): CleanedChapter => {
			if (cleaned) return cleaned;
			try {
				cleaned = clean();
			} catch (error) {
				console.warn(`[quire] could not read chapter ${ref.index}:`, error);
				cleaned = empty();
			}
			cleanedCharacters += cleaned.html.length;
			cleanedBlocks += countBlocks();
			state.cleaned = true;
			return cleaned;
		};
		const measureOnce = (): Pick<Chapter, 'text' | 'words'> => {
			if (measured) return measured;
			const source = cleanOnce();
			measured = source.measure();
			// The cleaned copy it was counted from can go.
			const counted = measured;
			source.measure = () => counted;
			measuredWords += measured.words;
			measuredBlocks += countBlocks();
			state.measured = true;
			return measured;
		};
		for (const field of HTML_FIELDS) {
			Object.defineProperty(chapter, field, { enumerable: true, configurable: true, get: () => cleanOnce()[field] });
		}
		for (const field of MEASURED_FIELDS) {
			Object.defineProperty(chapter, field, { enumerable: true, configurable: true, get: () => measureOnce()[field] });
		}
		lazy.set(chapter, state);
		return chapter;
	};
}

/** True once the chapter has been cleaned and can be shown (always, for chapters that were never lazy). */
export function isChapterRead(chapter: Chapter): boolean {
	return lazy.get(chapter)?.cleaned ?? true;
}

/** Cleans the chapter now, if it was not yet. */
export function readChapter(chapter: Chapter): void {
	if (!isChapterRead(chapter)) void chapter.html;
}

/** Cleans and measures the chapter now, if it was not yet. */
export function measureChapter(chapter: Chapter): void {
	if (lazy.get(chapter)?.measured === false) void chapter.words;
}

/**
 * The chapter's word count without measuring it: exact once it is measured,
 * an estimate before. For progress, time left and the space a chapter not yet
 * shown takes.
 */
export function chapterWords(chapter: Chapter): number {
	const state = lazy.get(chapter);
	return state && !state.measured ? state.estimate() : chapter.words;
}

/** Whether the chapter has notes or end notes; before it is cleaned, whether it may (without cleaning it). */
export function chapterHasNotes(chapter: Chapter): boolean {
	const state = lazy.get(chapter);
	return state && !state.cleaned ? state.notes : Boolean(chapter.notesHtml || chapter.endNotesHtml);
}
