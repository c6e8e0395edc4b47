/**
 * The story model: what extraction produces and everything else consumes.
 * Plain, JSON-serialisable data only, so it can cross message boundaries,
 * be printed by the CLI and be stored.
 */

/** What a page is, from a reader's point of view. */
export type PageKind =
	/** Story text is on the page: a one-shot, one chapter, or an entire work. */
	| 'story'
	/** A story's overview or chapter index, with no story text. */
	| 'index'
	/** An adult-content interstitial, login wall or age check standing in front of a story. */
	| 'gate'
	/** Anything else: listings, search, tag and series pages, errors, home pages, articles. */
	| 'not-story';

/**
 * Why a page was left unread (its kind is then 'not-story'): more than the
 * reader reads within its bounds, or markup too broken or hostile to read
 * safely. The page itself is never changed.
 */
export type ReadProblem = 'too-big' | 'too-strange';

/** A rating normalised across archives, for badges and filters. */
export type RatingLevel = 'general' | 'teen' | 'mature' | 'explicit' | 'unknown';

export interface Link {
	text: string;
	/** Absolute URL, or null when the page shows plain text. */
	url: string | null;
}

export interface SeriesMembership {
	title: string;
	url: string | null;
	/** 1-based position of this story in the series, when known. */
	part: number | null;
}

export interface StoryStats {
	words: number | null;
	/** Chapters posted so far. */
	chapters: number | null;
	/** Chapters the author expects in all; null when unknown ("?"). */
	chaptersExpected: number | null;
	/** ISO date (YYYY-MM-DD) when known. */
	published: string | null;
	updated: string | null;
	complete: boolean | null;
	/** Any other counters the site shows (kudos, hits, reviews, favs, follows…), by lower-case name. */
	extra: Record<string, string>;
}

/** A chapter as listed by the site's chapter menu or index (no text). */
export interface ChapterRef {
	/** 1-based position in the story. */
	index: number;
	title: string | null;
	/** Site-specific chapter id, where the site has one (AO3 chapter id, FFN chapter number). */
	id: string | null;
	url: string | null;
}

/** A chapter whose text is on the page. All `*Html` fields are sanitised HTML. */
export interface Chapter extends ChapterRef {
	summaryHtml: string | null;
	notesHtml: string | null;
	endNotesHtml: string | null;
	/** The chapter text, sanitised. */
	html: string;
	/** The chapter text as plain text: paragraphs separated by one blank line. */
	text: string;
	words: number;
}

/** A `Key: value` line from a story header that has no dedicated field (Disclaimer, Beta, Archive…). */
export interface HeaderField {
	key: string;
	value: string;
}

export type GateReason = 'adult' | 'login' | 'age' | 'unrevealed';

export interface Gate {
	reason: GateReason;
	/** The site's own message, as plain text. */
	message: string;
	/** Where the site's "continue" / "yes, show me" link goes, when there is one. */
	continueUrl: string | null;
}

export interface Story {
	kind: PageKind;
	/** Site adapter id ("ao3", "ffnet", …) or "generic". */
	site: string;
	/** The page's URL as given. */
	url: string;
	/**
	 * Identity of the story, stable across its views (chapter page, entire work, index):
	 * "<site>:<story id>", or "generic:<canonical URL>".
	 */
	storyKey: string | null;
	title: string | null;
	authors: string[];
	authorLinks: Link[];
	/** The rating as the site shows it ("Teen And Up Audiences", "Fiction T", "NC-17"), or null. */
	rating: string | null;
	ratingLevel: RatingLevel;
	warnings: string[];
	/** True when the site hid the warnings from this reader (AO3 "Show warnings" preference). */
	warningsHiddenBySite: boolean;
	/** URL that reveals warnings hidden by the site, when it offers one. */
	hiddenWarningsUrl: string | null;
	categories: string[];
	fandoms: string[];
	relationships: string[];
	characters: string[];
	/** Additional / freeform tags, genres. */
	tags: string[];
	/** True when the site hid additional tags from this reader. */
	tagsHiddenBySite: boolean;
	hiddenTagsUrl: string | null;
	/** Spoiler note from a plain header block ("Spoilers: season 3"), as plain text. */
	spoilers: string | null;
	language: string | null;
	series: SeriesMembership[];
	collections: string[];
	stats: StoryStats;
	/** Work summary as plain text, and as sanitised HTML. */
	summary: string | null;
	summaryHtml: string | null;
	/** Work (beginning) notes and end notes, sanitised HTML. */
	notesHtml: string | null;
	endNotesHtml: string | null;
	/** Other header lines kept as they were written (Disclaimer, Beta, Distribution, Feedback…). */
	extraFields: HeaderField[];
	/** Every chapter the site lists, text or not. Empty when the site shows no list. */
	chapterList: ChapterRef[];
	/** Chapters whose text is on this page, in order. */
	chapters: Chapter[];
	/** True when the page holds the whole work (one-shot, entire-work view, download file). */
	isEntireWork: boolean;
	/** Set when kind is 'gate'. */
	gate: Gate | null;
	/** Canonical URLs of this story's neighbours, for single-chapter pages. */
	prevChapterUrl: string | null;
	nextChapterUrl: string | null;
	/** Set when the page was not read at all, and why; absent or null otherwise. */
	problem?: ReadProblem | null;
}
