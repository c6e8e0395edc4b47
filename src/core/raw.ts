import type { ChapterRef, Gate, HeaderField, Link, PageKind, SeriesMembership, StoryStats } from './types.js';

/**
 * What a site adapter hands to the core: the page's elements as found, not yet
 * cleaned. The core clones, strips hidden text, sanitises and measures them
 * once for every site. Element fields point into the live page and must only
 * be read.
 */
export interface RawChapter {
	index: number;
	title: string | null;
	id: string | null;
	url: string | null;
	body: Element;
	summary: Element | null;
	notes: Element | null;
	endNotes: Element | null;
	/**
	 * The site has no notes fields, so authors write their notes into the text:
	 * the core moves "A/N: …" and "Disclaimer: …" paragraphs at its top and
	 * bottom to the chapter's notes and end notes (core/author-notes.ts).
	 */
	notesInText?: boolean;
}

export interface RawStory {
	kind: PageKind;
	/** The site's own story id; the core makes `storyKey` from it. */
	storyId: string | null;
	title?: string | null;
	authors?: string[];
	authorLinks?: Link[];
	rating?: string | null;
	warnings?: string[];
	warningsHiddenBySite?: boolean;
	hiddenWarningsUrl?: string | null;
	categories?: string[];
	fandoms?: string[];
	relationships?: string[];
	characters?: string[];
	tags?: string[];
	tagsHiddenBySite?: boolean;
	hiddenTagsUrl?: string | null;
	spoilers?: string | null;
	language?: string | null;
	series?: SeriesMembership[];
	collections?: string[];
	stats?: Partial<StoryStats>;
	/** Summary as an element to clean, or as plain text when the site gives only text. */
	summary?: Element | string | null;
	notes?: Element | null;
	endNotes?: Element | null;
	extraFields?: HeaderField[];
	chapterList?: ChapterRef[];
	chapters?: RawChapter[];
	isEntireWork?: boolean;
	gate?: Gate | null;
	prevChapterUrl?: string | null;
	nextChapterUrl?: string | null;
}
