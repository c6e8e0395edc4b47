import type { Chapter, ChapterRef } from './types.js';

/**
 * Chapters read when first needed. Cleaning a chapter (copying it without
 * hidden text, sanitising it, measuring it) costs time in proportion to its
 * length, and an entire-work page can hold a million words. So extraction
 * reads the header and the chapter boundaries only; each chapter's text is
 * read the first time any of its text fields is asked for, once, and kept.
 * The reader asks for the chapter it shows first, then the others a slice at
 * a time (src/reader/chapter-fill.ts).
 *
 * A lazy chapter is an ordinary `Chapter` to every consumer: its text fields
 * are enumerable getters, so spreading, `JSON.stringify`, structured cloning
 * (messages, IndexedDB) and deep equality all read it in full.
 */

/** The fields that cost a chapter's reading; everything else in a Chapter is known at once. */
export type ChapterText = Pick<Chapter, 'summaryHtml' | 'notesHtml' | 'endNotesHtml' | 'html' | 'text' | 'words'>;

const TEXT_FIELDS: readonly (keyof ChapterText)[] = ['summaryHtml', 'notesHtml', 'endNotesHtml', 'html', 'text', 'words'];

/** Words per block of raw text (paragraph, line) before any chapter of the story is read. */
const DEFAULT_WORDS_PER_BLOCK = 50;

interface Pending {
	/** Words the chapter about holds, before it is read. */
	estimate(): number;
	/** Whether the page gave the chapter notes (or the text may hold some), before it is read. */
	notes: boolean;
}

/** What is known of a chapter without reading it. */
export interface ChapterOutline {
	/** How many blocks (child elements: paragraphs, line breaks) its raw text has; counted, not read. */
	blocks(): number;
	/** The page has notes for it, or its notes are in its text. */
	mayHaveNotes: boolean;
}

const unread = new WeakMap<Chapter, Pending>();

/**
 * Makes the lazy chapters of one story. A chapter whose text fields come from
 * `read` the first time one is asked for; `outline` says what is known before.
 * Estimates of unread chapters count their blocks at the story's own words per
 * block, learnt from the chapters read so far (one chapter is read at once), so
 * they are close from the first paint. When reading fails (a page changed or
 * broke under us), that chapter is empty rather than the whole story lost.
 */
export function lazyChapters(): (ref: ChapterRef, read: () => ChapterText, outline: ChapterOutline) => Chapter {
	let readWords = 0;
	let readBlocks = 0;
	const wordsPerBlock = (): number => (readBlocks > 0 ? readWords / readBlocks : DEFAULT_WORDS_PER_BLOCK);
	return (ref, read, outline) => {
		let text: ChapterText | null = null;
		let blocks: number | null = null;
		const countBlocks = (): number => (blocks ??= outline.blocks());
		const chapter = { ...ref } as Chapter;
		const load = (): ChapterText => {
			if (text) return text;
			try {
				text = read();
			} catch (error) {
				console.warn(`[quire] could not read chapter ${ref.index}:`, error);
				text = { summaryHtml: null, notesHtml: null, endNotesHtml: null, html: '', text: '', words: 0 };
			}
			readWords += text.words;
			readBlocks += countBlocks();
			unread.delete(chapter);
			return text;
		};
		for (const field of TEXT_FIELDS) {
			Object.defineProperty(chapter, field, { enumerable: true, configurable: true, get: () => load()[field] });
		}
		unread.set(chapter, { estimate: () => Math.round(countBlocks() * wordsPerBlock()), notes: outline.mayHaveNotes });
		return chapter;
	};
}

/** True once the chapter's text has been read (always, for chapters that were never lazy). */
export function isChapterRead(chapter: Chapter): boolean {
	return !unread.has(chapter);
}

/** Reads the chapter's text now, if it was not yet. */
export function readChapter(chapter: Chapter): void {
	if (unread.has(chapter)) void chapter.html;
}

/**
 * The chapter's word count without reading it: exact once it is read, an
 * estimate from its raw length before. For progress, time left and the
 * space a chapter not yet shown takes.
 */
export function chapterWords(chapter: Chapter): number {
	return unread.get(chapter)?.estimate() ?? chapter.words;
}

/** Whether the chapter has notes or end notes; before it is read, whether it may (without reading it). */
export function chapterHasNotes(chapter: Chapter): boolean {
	const pending = unread.get(chapter);
	return pending ? pending.notes : Boolean(chapter.notesHtml || chapter.endNotesHtml);
}
