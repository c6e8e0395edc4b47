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
	 * Elements inside `body` that the site shows among the text but that are not
	 * story (author's-note boxes, announcements, copyright preambles): left out of
	 * the chapter's text as if hidden. Hand them to `notes` when they are notes.
	 */
	exclude?: readonly Element[];
	/** CSS selector for site chrome inside `body` that is not text (a repeated chapter heading). */
	drop?: string;
	/**
	 * Paragraphs at the top of `body` that are not story text though they sit in it as loose lines
	 * no element holds (a journal entry's fic header): asked of the cleaned paragraphs' plain text
	 * from the first one down, removing each that answers true, until one answers false. Paragraphs
	 * further down are never asked: a story line may read like a header line.
	 */
	notText?: (paragraph: string) => boolean;
	/** The same from the last paragraph up (a crosspost note at the end of an entry). */
	notTextAtEnd?: (paragraph: string) => boolean;
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
	/**
	 * CSS selector for what sits inside the chapter bodies but is not the
	 * author's text (a forum's quotes of other posts, "Click to expand…"
	 * links, attribution lines); the core drops it from its cleaned copy.
	 */
	textChrome?: string | null;
	isEntireWork?: boolean;
	gate?: Gate | null;
	prevChapterUrl?: string | null;
	nextChapterUrl?: string | null;
}
