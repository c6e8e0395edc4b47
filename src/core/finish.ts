import { takeNotesFromText } from './author-notes.js';
import type { RawChapter, RawStory } from './raw.js';
import { hiddenTest, type HiddenTest } from './hidden.js';
import { ratingLevel } from './rating.js';
import { sanitizeToElement } from './sanitize.js';
import { paragraphText, plainText, plainTextAndWords } from './text.js';
import { webUrl } from './dom.js';
import { lazyChapters } from './lazy-chapter.js';
import { paragraphElements } from './paragraphs.js';
import { safeGet } from './safe-dom.js';
import type { Chapter, ReadProblem, Story, StoryStats } from './types.js';

/** Turn what an adapter selected into the finished, sanitised Story. */

export function emptyStats(): StoryStats {
	return { words: null, chapters: null, chaptersExpected: null, published: null, updated: null, complete: null, extra: {} };
}

export function notStory(site: string, url: string, problem: ReadProblem | null = null): Story {
	return {
		kind: 'not-story', site, url, storyKey: null, title: null, authors: [], authorLinks: [], rating: null,
		ratingLevel: 'unknown', warnings: [], warningsHiddenBySite: false, hiddenWarningsUrl: null, categories: [],
		fandoms: [], relationships: [], characters: [], tags: [], tagsHiddenBySite: false, hiddenTagsUrl: null,
		spoilers: null, language: null, series: [], collections: [], stats: emptyStats(), summary: null,
		summaryHtml: null, notesHtml: null, endNotesHtml: null, extraFields: [], chapterList: [], chapters: [],
		isEntireWork: false, gate: null, prevChapterUrl: null, nextChapterUrl: null, problem,
	};
}

/** A chapter from an already sanitised container. */
export function chapterFromClean(container: Element, ref: Omit<RawChapter, 'body' | 'summary' | 'notes' | 'endNotes'>, extras: { summaryHtml: string | null; notesHtml: string | null; endNotesHtml: string | null }): Chapter {
	return {
		index: ref.index,
		title: ref.title,
		id: ref.id,
		url: webUrl(ref.url),
		...extras,
		html: container.innerHTML,
		...plainTextAndWords(container),
	};
}

interface Cleaner {
	(el: Element | null | undefined, drop?: string, exclude?: readonly Element[]): Element | null;
}

function cleanerFor(doc: Document, baseUrl: string): Cleaner {
	let isHidden: HiddenTest | null = null;
	return (el, drop, exclude) => {
		if (!el) return null;
		isHidden ??= hiddenTest(doc);
		const pageTest = el.ownerDocument === doc ? isHidden : hiddenTest(el.ownerDocument);
		const left = new Set(exclude);
		const test: HiddenTest = left.size === 0 ? pageTest : (node) => left.has(node) || pageTest(node);
		return sanitizeToElement(el, { baseUrl, drop, isHidden: test });
	};
}

function htmlOrNull(container: Element | null): string | null {
	if (!container) return null;
	return paragraphElements(container).length > 0 || container.querySelector('img') ? container.innerHTML : null;
}

type NotText = (paragraph: string) => boolean;

/**
 * Removes the paragraphs an adapter says are not story text: the run at the top
 * `notText` answers true for, and the run at the bottom `notTextAtEnd` does,
 * each stopping at the first paragraph that is text (never one in the middle:
 * a line that only looks like the header is the author's); then a scene break
 * left on top. Scene breaks neither end a run nor are asked.
 */
function dropNotText(body: Element, notText: NotText | undefined, notTextAtEnd: NotText | undefined): void {
	const paragraphs = paragraphElements(body);
	const isChrome = (el: Element, test: NotText | undefined): boolean => el.tagName === 'HR' || (test?.(paragraphText(el)) ?? false);
	let start = 0;
	while (start < paragraphs.length && isChrome(paragraphs[start] as Element, notText)) start++;
	let end = paragraphs.length;
	while (end > start && isChrome(paragraphs[end - 1] as Element, notTextAtEnd)) end--;
	for (const el of [...paragraphs.slice(0, start), ...paragraphs.slice(end)]) if (el.tagName !== 'HR') el.remove();
	while (body.firstElementChild?.tagName === 'HR') body.firstElementChild.remove();
}

/** Notes the site gave as notes, then those the author wrote into the text, in reading order. */
function joinedHtml(...parts: (string | null)[]): string | null {
	const present = parts.filter((part): part is string => part !== null);
	return present.length > 0 ? present.join('') : null;
}

/** The notes and summaries AO3 wraps in a heading ("Notes:") keep only their text. */
const NOTE_CHROME = 'h3.heading, h3.landmark, .landmark';

export function finishStory(raw: RawStory, site: string, url: string, doc: Document): Story {
	const clean = cleanerFor(doc, url);
	const story = notStory(site, url);
	const summaryEl = typeof raw.summary === 'string' ? null : clean(raw.summary, NOTE_CHROME);
	const summaryHtml = htmlOrNull(summaryEl);
	const summaryText = typeof raw.summary === 'string' ? raw.summary : summaryEl && summaryHtml ? plainText(summaryEl) : null;
	const textChrome = raw.textChrome ? `.landmark, ${raw.textChrome}` : '.landmark';
	// Each chapter is cleaned when first needed (core/lazy-chapter.ts): opening a long work reads one chapter, not all.
	const lazyChapter = lazyChapters();
	const chapters = (raw.chapters ?? []).map((ch) => lazyChapter(
		{ index: ch.index, title: ch.title, id: ch.id, url: webUrl(ch.url) },
		() => {
			const body = clean(ch.body, ch.drop ? `${textChrome}, ${ch.drop}` : textChrome, ch.exclude);
			if (!body) throw new Error('chapter without body');
			if (ch.notText || ch.notTextAtEnd) dropNotText(body, ch.notText, ch.notTextAtEnd);
			const inText = ch.notesInText ? takeNotesFromText(body) : null;
			return {
				summaryHtml: htmlOrNull(clean(ch.summary, NOTE_CHROME)),
				notesHtml: joinedHtml(htmlOrNull(clean(ch.notes, NOTE_CHROME)), htmlOrNull(inText?.notes ?? null)),
				endNotesHtml: joinedHtml(htmlOrNull(inText?.endNotes ?? null), htmlOrNull(clean(ch.endNotes, NOTE_CHROME))),
				html: body.innerHTML,
				// The text is counted from the cleaned copy when first asked for: after the chapter is painted.
				measure: () => plainTextAndWords(body),
			};
		},
		{ blocks: () => safeGet<number>(ch.body, 'childElementCount'), mayHaveNotes: Boolean(ch.notes || ch.endNotes || ch.notesInText) },
	));
	const stats = { ...emptyStats(), ...raw.stats };
	return {
		...story,
		kind: raw.kind,
		storyKey: raw.storyId ? `${site}:${raw.storyId}` : null,
		title: raw.title ?? null,
		authors: raw.authors ?? [],
		authorLinks: (raw.authorLinks ?? []).map((link) => ({ ...link, url: webUrl(link.url) })),
		rating: raw.rating ?? null,
		ratingLevel: ratingLevel(raw.rating),
		warnings: raw.warnings ?? [],
		warningsHiddenBySite: raw.warningsHiddenBySite ?? false,
		hiddenWarningsUrl: webUrl(raw.hiddenWarningsUrl),
		categories: raw.categories ?? [],
		fandoms: raw.fandoms ?? [],
		relationships: raw.relationships ?? [],
		characters: raw.characters ?? [],
		tags: raw.tags ?? [],
		tagsHiddenBySite: raw.tagsHiddenBySite ?? false,
		hiddenTagsUrl: webUrl(raw.hiddenTagsUrl),
		spoilers: raw.spoilers ?? null,
		language: raw.language ?? null,
		series: (raw.series ?? []).map((entry) => ({ ...entry, url: webUrl(entry.url) })),
		collections: raw.collections ?? [],
		stats,
		summary: summaryText && summaryText.trim() !== '' ? summaryText : null,
		summaryHtml,
		notesHtml: htmlOrNull(clean(raw.notes, NOTE_CHROME)),
		endNotesHtml: htmlOrNull(clean(raw.endNotes, NOTE_CHROME)),
		extraFields: raw.extraFields ?? [],
		chapterList: (raw.chapterList ?? []).map((ref) => ({ ...ref, url: webUrl(ref.url) })),
		chapters,
		isEntireWork: raw.isEntireWork ?? false,
		gate: raw.gate ? { ...raw.gate, continueUrl: webUrl(raw.gate.continueUrl) } : null,
		prevChapterUrl: webUrl(raw.prevChapterUrl),
		nextChapterUrl: webUrl(raw.nextChapterUrl),
	};
}

