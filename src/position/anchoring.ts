/**
 * Capturing and restoring the first visible line: the chapter, the paragraph
 * (paragraphElements of the chapter's root), the character that starts the
 * line, a fingerprint to find the paragraph again after edits, and fractions
 * as the last resort.
 */

import { chapterWords } from '../core/lazy-chapter.js';
import type { Story } from '../core/types.js';
import type { Anchor } from './anchor.js';
import { fingerprint, fingerprintSimilarity, FINGERPRINT_MATCH } from './fingerprint.js';
import { chapterParagraphs, characterRect, firstEndingBelow, firstVisibleOffset, scrollByInstant, viewTop } from './measure.js';
import type { ReaderView, RenderedChapter } from './view.js';

export type RestoreMethod = 'exact' | 'fingerprint' | 'fraction';

export interface RestoreResult {
	method: RestoreMethod;
}

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** M in "chapter N of M": the most chapters any part of the story knows of. */
export function chapterCountOf(story: Story): number {
	return Math.max(story.chapterList.length, story.stats.chapters ?? 0, story.chapters.length, 1);
}

/**
 * How far through the work a place in chapter `chapterIndex` is: by words
 * when the page holds every chapter, otherwise by chapters.
 */
export function workFractionOf(story: Story, chapterIndex: number, chapterFraction: number): number {
	const count = chapterCountOf(story);
	const total = story.chapters.reduce((sum, c) => sum + chapterWords(c), 0);
	if (story.chapters.length === count && total > 0) {
		let before = 0;
		for (const chapter of story.chapters) {
			if (chapter.index === chapterIndex) return clamp01((before + chapterFraction * chapterWords(chapter)) / total);
			before += chapterWords(chapter);
		}
	}
	return clamp01((chapterIndex - 1 + chapterFraction) / count);
}

/**
 * The chapter (rendered, or of the story) an anchor points at: by id where both have one, else by
 * index. A chapter whose id differs is another chapter at the same index (pages
 * that hold one chapter each and number it 1, or a forum page numbered by its
 * own order), never the saved one.
 */
export function findChapter<T extends Pick<RenderedChapter, 'index' | 'id'>>(chapters: readonly T[], anchor: Pick<Anchor, 'chapterIndex' | 'chapterId'>): T | null {
	if (anchor.chapterId !== null) {
		const byId = chapters.find((c) => c.id === anchor.chapterId);
		if (byId) return byId;
	}
	return chapters.find((c) => c.index === anchor.chapterIndex && (c.id === null || anchor.chapterId === null)) ?? null;
}

function chapterFraction(root: HTMLElement, top: number): number {
	const box = root.getBoundingClientRect();
	return box.height > 0 ? clamp01((top - box.top) / box.height) : 0;
}

/** The first line in view, or null when no chapter is rendered. */
export function captureAnchor(view: ReaderView): Anchor | null {
	const chapters = view.chapters();
	if (chapters.length === 0) return null;
	const top = viewTop(view.scroller);
	const roots = chapters.map((c) => c.root);
	const chapterAt = firstEndingBelow(roots, top);
	// Past the last chapter (its end notes, say): the end of the last chapter.
	const chapter = chapters[chapterAt === -1 ? chapters.length - 1 : chapterAt];
	if (!chapter) return null;
	const paragraphs = chapterParagraphs(chapter.root);
	let index = chapterAt === -1 ? paragraphs.length - 1 : firstEndingBelow(paragraphs, top);
	if (index === -1) index = Math.max(0, paragraphs.length - 1);
	const paragraph = paragraphs[index];
	const fraction = chapterAt === -1 ? 1 : chapterFraction(chapter.root, top);
	return {
		chapterIndex: chapter.index,
		chapterId: chapter.id,
		paragraph: paragraph ? index : 0,
		offset: paragraph && chapterAt !== -1 ? firstVisibleOffset(paragraph, top) : 0,
		fingerprint: paragraph ? fingerprint(paragraph.textContent ?? '') : '',
		chapterFraction: fraction,
		workFraction: workFractionOf(view.story, chapter.index, fraction),
	};
}

/**
 * The paragraph an anchor meant: the one at its index when the fingerprint
 * agrees; otherwise the paragraph most like the fingerprint, nearest the old
 * index on a tie; null when none is alike enough.
 */
export function findParagraph(paragraphs: readonly Element[], anchor: Pick<Anchor, 'paragraph' | 'fingerprint'>): { index: number; method: 'exact' | 'fingerprint' } | null {
	const atIndex = paragraphs[anchor.paragraph];
	// Records from before fingerprints existed can only trust the index.
	if (anchor.fingerprint === '') return atIndex ? { index: anchor.paragraph, method: 'exact' } : null;
	if (atIndex && fingerprint(atIndex.textContent ?? '') === anchor.fingerprint) return { index: anchor.paragraph, method: 'exact' };
	let best = -1;
	let bestScore = 0;
	paragraphs.forEach((paragraph, index) => {
		const score = fingerprintSimilarity(fingerprint(paragraph.textContent ?? ''), anchor.fingerprint);
		if (score < FINGERPRINT_MATCH) return;
		const nearer = Math.abs(index - anchor.paragraph) < Math.abs(best - anchor.paragraph);
		if (score > bestScore || (score === bestScore && nearer)) {
			best = index;
			bestScore = score;
		}
	});
	return best === -1 ? null : { index: best, method: 'fingerprint' };
}

/** Scrolls so the line holding character `offset` of `paragraph` is at the top of the view. */
export function scrollToCharacter(view: ReaderView, paragraph: Element, offset: number): void {
	const length = paragraph.textContent?.length ?? 0;
	const target = offset > 0 && length > 0 ? characterRect(paragraph, Math.min(offset, length - 1)).top : paragraph.getBoundingClientRect().top;
	scrollByInstant(view.scroller, target - viewTop(view.scroller));
}

/** Scrolls so the point `fraction` through the chapter is at the top of the view. */
export function scrollToChapterFraction(view: ReaderView, chapter: RenderedChapter, fraction: number): void {
	const box = chapter.root.getBoundingClientRect();
	scrollByInstant(view.scroller, box.top + clamp01(fraction) * box.height - viewTop(view.scroller));
}

/**
 * Puts an anchor's line back at the top of the view, instantly. Returns how
 * it found the place, or null when the anchor's chapter is not on this page.
 */
export function restoreAnchor(view: ReaderView, anchor: Anchor): RestoreResult | null {
	const chapter = findChapter(view.chapters(), anchor);
	if (!chapter) return null;
	const paragraphs = chapterParagraphs(chapter.root);
	const found = findParagraph(paragraphs, anchor);
	const paragraph = found ? paragraphs[found.index] : undefined;
	if (!found || !paragraph) {
		scrollToChapterFraction(view, chapter, anchor.chapterFraction);
		return { method: 'fraction' };
	}
	scrollToCharacter(view, paragraph, anchor.offset);
	return { method: found.method };
}

/** How far down the scroller's content an element starts, in pixels. */
function contentOffset(view: ReaderView, element: Element): number {
	return element.getBoundingClientRect().top - viewTop(view.scroller) + view.scroller.scrollTop;
}

function anchoredParagraph(view: ReaderView, anchor: Anchor): Element | null {
	const chapter = findChapter(view.chapters(), anchor);
	return chapter ? (chapterParagraphs(chapter.root)[anchor.paragraph] ?? null) : null;
}

/**
 * Where the view stands before the anchor's paragraph, when the top of the
 * view shows what comes before the text (the story's header card, chapter
 * notes): the scroll position as a share of the way down to the paragraph.
 * Null when the view top is inside the text. Layout changes keep that share,
 * so a reader looking at the header is not thrown into the text.
 */
export function leadBeforeAnchor(view: ReaderView, anchor: Anchor): number | null {
	const paragraph = anchoredParagraph(view, anchor);
	if (!paragraph || anchor.paragraph !== 0) return null;
	const start = contentOffset(view, paragraph);
	return start > view.scroller.scrollTop + 1 && start > 0 ? view.scroller.scrollTop / start : null;
}

/** Puts the view back at the same share of the way down to the anchor's paragraph. */
export function restoreLead(view: ReaderView, anchor: Anchor, lead: number): boolean {
	const paragraph = anchoredParagraph(view, anchor);
	if (!paragraph) return false;
	scrollByInstant(view.scroller, lead * contentOffset(view, paragraph) - view.scroller.scrollTop);
	return true;
}
