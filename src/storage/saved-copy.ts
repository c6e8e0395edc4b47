/**
 * A saved copy of one story: the header of the newest page the reader opened
 * and every chapter any visit showed (the newest version of each), so chapter
 * pages read one by one add up to the whole work. Its schema version and
 * validation live here; saved-copies.ts keeps copies in IndexedDB.
 *
 * The HTML in a copy was sanitised by the content script that read the page;
 * pages that show a copy sanitise it again (the copy crossed a message and a
 * database, and an imported file is anyone's).
 */

import type { Chapter, ChapterRef, Story } from '../core/types.js';
import type { Schema } from './define-item.js';

export interface SavedChapter {
	chapter: Chapter;
	/** Epoch milliseconds: when this version of the chapter was saved. */
	savedAt: number;
}

export type StoryHeader = Omit<Story, 'chapters'>;

export interface SavedCopy {
	storyKey: string;
	/** The newest visit's story without its chapters. */
	header: StoryHeader;
	/** In chapter order, one per chapter index. */
	chapters: SavedChapter[];
	/** The entire-work view's address, once one was saved. */
	workUrl: string | null;
	firstSavedAt: number;
	savedAt: number;
}

/** What a visit to one page adds: its header and the chapters it showed. */
export function copyOfVisit(story: Story, now: number): SavedCopy | null {
	if (story.kind !== 'story' || !story.storyKey || story.chapters.length === 0) return null;
	const { chapters, ...header } = story;
	return validateSavedCopy({
		storyKey: story.storyKey,
		header,
		chapters: chapters.map((chapter) => ({ chapter, savedAt: now })),
		workUrl: story.isEntireWork ? story.url : null,
		firstSavedAt: now,
		savedAt: now,
	});
}

/**
 * One copy from two. `primary` wins ties: its header when it is as new, its
 * chapter when both saved one at the same time. A chapter replaces an older
 * one at the same index, and an older one with the same id (renumbered when
 * the author added or deleted a chapter).
 */
export function mergeCopies(primary: SavedCopy, secondary: SavedCopy): SavedCopy {
	const newer = secondary.savedAt > primary.savedAt ? secondary : primary;
	// Newest first; the sort is stable, so on a tie primary's chapters come first.
	const candidates = [...primary.chapters, ...secondary.chapters].sort((a, b) => b.savedAt - a.savedAt);
	const indices = new Set<number>();
	const ids = new Set<string>();
	const chapters: SavedChapter[] = [];
	for (const saved of candidates) {
		const { index, id } = saved.chapter;
		if (indices.has(index) || (id !== null && ids.has(id))) continue;
		indices.add(index);
		if (id !== null) ids.add(id);
		chapters.push(saved);
	}
	chapters.sort((a, b) => a.chapter.index - b.chapter.index);
	return {
		storyKey: primary.storyKey,
		header: newer.header,
		chapters,
		workUrl: newer.workUrl ?? (newer === primary ? secondary.workUrl : primary.workUrl),
		firstSavedAt: Math.min(primary.firstSavedAt, secondary.firstSavedAt),
		savedAt: Math.max(primary.savedAt, secondary.savedAt),
	};
}

/** Chapters the copy's newest page said the story has. */
export function listedChapterCount(copy: SavedCopy): number {
	return Math.max(copy.header.chapterList.length, copy.header.stats.chapters ?? 0);
}

/**
 * The copy as a story for the reader: every saved chapter on one page. It
 * counts as the entire work when it holds every listed chapter; chapters it
 * lacks are reached through the site's chapter list, as on a chapter page.
 */
export function storyOfCopy(copy: SavedCopy): Story {
	const chapters = copy.chapters.map((saved) => saved.chapter);
	const listed = listedChapterCount(copy);
	const whole = chapters.length >= listed && chapters.every((chapter, i) => chapter.index === i + 1);
	return {
		...copy.header,
		kind: 'story',
		storyKey: copy.storyKey,
		url: whole ? (copy.workUrl ?? copy.header.url) : copy.header.url,
		isEntireWork: whole,
		chapters,
		// The newest page's neighbours are not this page's: the chapter list leads on.
		prevChapterUrl: null,
		nextChapterUrl: null,
	};
}

/* Validation: every field checked, unknown fields dropped, as for positions. */

type Clean<T> = (value: unknown) => T | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Clean<string> = (v) => (typeof v === 'string' ? v : undefined);
const strOrNull: Clean<string | null> = (v) => (v === null || typeof v === 'string' ? v : undefined);
const bool: Clean<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
const boolOrNull: Clean<boolean | null> = (v) => (v === null || typeof v === 'boolean' ? v : undefined);
const count: Clean<number> = (v) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : undefined);
const countOrNull: Clean<number | null> = (v) => (v === null ? null : count(v));
const time: Clean<number> = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
const oneOf = <T extends string>(choices: readonly T[]): Clean<T> => (v) => (choices.includes(v as T) ? (v as T) : undefined);

function listOf<T>(clean: Clean<T>): Clean<T[]> {
	return (v) => {
		if (!Array.isArray(v)) return undefined;
		const out: T[] = [];
		for (const item of v) {
			const cleaned = clean(item);
			if (cleaned === undefined) return undefined;
			out.push(cleaned);
		}
		return out;
	};
}

/** An object with exactly these fields, each valid; anything else is dropped. */
function shape<T>(fields: { [K in keyof T]: Clean<T[K]> }): Clean<T> {
	return (v) => {
		if (!isObject(v)) return undefined;
		const out: Record<string, unknown> = {};
		for (const [name, clean] of Object.entries(fields) as [string, Clean<unknown>][]) {
			const cleaned = clean(v[name]);
			if (cleaned === undefined) return undefined;
			out[name] = cleaned;
		}
		return out as T;
	};
}

const orNull = <T>(clean: Clean<T>): Clean<T | null> => (v) => (v === null ? null : clean(v));
const strings = listOf(str);
const textRecord: Clean<Record<string, string>> = (v) => {
	if (!isObject(v)) return undefined;
	return Object.values(v).every((value) => typeof value === 'string') ? { ...(v as Record<string, string>) } : undefined;
};

const chapterRefFields = { index: (v: unknown) => (Number.isInteger(v) && (v as number) >= 1 ? (v as number) : undefined), title: strOrNull, id: strOrNull, url: strOrNull };
const chapterRef = shape<ChapterRef>(chapterRefFields);
const chapter = shape<Chapter>({
	...chapterRefFields,
	summaryHtml: strOrNull,
	notesHtml: strOrNull,
	endNotesHtml: strOrNull,
	html: str,
	text: str,
	words: count,
});

const header = shape<StoryHeader>({
	kind: oneOf(['story', 'index', 'gate', 'not-story'] as const),
	site: str,
	url: str,
	storyKey: strOrNull,
	title: strOrNull,
	authors: strings,
	authorLinks: listOf(shape({ text: str, url: strOrNull })),
	rating: strOrNull,
	ratingLevel: oneOf(['general', 'teen', 'mature', 'explicit', 'unknown'] as const),
	warnings: strings,
	warningsHiddenBySite: bool,
	hiddenWarningsUrl: strOrNull,
	categories: strings,
	fandoms: strings,
	relationships: strings,
	characters: strings,
	tags: strings,
	tagsHiddenBySite: bool,
	hiddenTagsUrl: strOrNull,
	spoilers: strOrNull,
	language: strOrNull,
	series: listOf(shape({ title: str, url: strOrNull, part: countOrNull })),
	collections: strings,
	stats: shape({
		words: countOrNull,
		chapters: countOrNull,
		chaptersExpected: countOrNull,
		published: strOrNull,
		updated: strOrNull,
		complete: boolOrNull,
		extra: textRecord,
	}),
	summary: strOrNull,
	summaryHtml: strOrNull,
	notesHtml: strOrNull,
	endNotesHtml: strOrNull,
	extraFields: listOf(shape({ key: str, value: str })),
	chapterList: listOf(chapterRef),
	isEntireWork: bool,
	gate: orNull(shape({ reason: oneOf(['adult', 'login', 'age', 'unrevealed'] as const), message: str, continueUrl: strOrNull })),
	prevChapterUrl: strOrNull,
	nextChapterUrl: strOrNull,
});

const copy = shape<SavedCopy>({
	storyKey: (v) => (typeof v === 'string' && v.length > 0 ? v : undefined),
	header,
	chapters: listOf(shape<SavedChapter>({ chapter, savedAt: time })),
	workUrl: strOrNull,
	firstSavedAt: time,
	savedAt: time,
});

/** A clean copy of a valid saved copy, or null. Chapters come back in order, one per index. */
export function validateSavedCopy(value: unknown): SavedCopy | null {
	const cleaned = copy(value);
	if (!cleaned || cleaned.chapters.length === 0) return null;
	const indices = cleaned.chapters.map((saved) => saved.chapter.index);
	if (new Set(indices).size !== indices.length) return null;
	cleaned.chapters.sort((a, b) => a.chapter.index - b.chapter.index);
	return cleaned;
}

export const savedCopySchema: Schema<SavedCopy> = {
	name: 'saved copy',
	version: 1,
	// Numbered like positionSchema's: `n: (version n-1 copy) => version n copy`.
	migrations: {},
	validate: validateSavedCopy,
};
