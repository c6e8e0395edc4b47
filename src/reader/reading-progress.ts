import { chapterWords } from '../core/lazy-chapter.js';
import type { Story } from '../core/types.js';

/**
 * How far through the chapter and the work the reader is, and how long the
 * rest takes at their own speed. Pure arithmetic on word counts, so a long
 * chapter counts for more of the work than a short one.
 */
export interface ReadingProgress {
	/** 0..1 through the current chapter. */
	chapter: number;
	/** 0..1 through the whole work. */
	work: number;
	/** Minutes left, rounded up; null when the word counts are unknown. */
	minutesLeftInChapter: number | null;
	minutesLeftInWork: number | null;
}

function clamp01(value: number): number {
	return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/**
 * @param chapterPosition index into `story.chapters` of the chapter being read
 * @param fraction 0..1 through that chapter
 */
export function readingProgress(story: Story, chapterPosition: number, fraction: number, wordsPerMinute: number): ReadingProgress {
	const chapter = story.chapters[chapterPosition];
	const through = clamp01(fraction);
	if (!chapter) return { chapter: 0, work: 0, minutesLeftInChapter: null, minutesLeftInWork: null };

	const wordsOnPage = story.chapters.reduce((sum, c) => sum + chapterWords(c), 0);
	const wordsBeforeOnPage = story.chapters.slice(0, chapterPosition).reduce((sum, c) => sum + chapterWords(c), 0);
	const postedChapters = story.stats.chapters ?? story.chapterList.length;
	const totalWords = story.isEntireWork ? wordsOnPage : (story.stats.words ?? wordsOnPage);

	// On a single-chapter page the chapters before this one are not here: estimate
	// their length from the work's average chapter.
	const chaptersBeforePage = story.isEntireWork ? 0 : Math.max(0, (story.chapters[0]?.index ?? 1) - 1);
	const averageChapter = postedChapters > 0 ? totalWords / postedChapters : 0;
	const wordsRead = chaptersBeforePage * averageChapter + wordsBeforeOnPage + through * chapterWords(chapter);

	const minutes = (words: number): number | null =>
		words > 0 || chapterWords(chapter) > 0 ? Math.ceil(Math.max(0, words) / wordsPerMinute) : null;
	return {
		chapter: through,
		work: totalWords > 0 ? clamp01(wordsRead / totalWords) : through,
		minutesLeftInChapter: minutes(chapterWords(chapter) * (1 - through)),
		minutesLeftInWork: totalWords > 0 ? minutes(totalWords - wordsRead) : null,
	};
}

/** "4 min", "1 h 5 min", "under 1 min". */
export function formatMinutes(minutes: number): string {
	if (minutes < 1) return 'under 1 min';
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
