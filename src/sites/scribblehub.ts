import { hrefOf, parseCount, textOf, textOrNull, textsOf } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind } from '../core/types.js';

const sel = {
	// Chapter page
	chapterText: 'div#chp_raw',
	chapterTitle: 'div.chapter-title',
	byline: 'div.chp_byauthor',
	seriesLink: 'a[href*="/series/"]',
	authorLink: 'a[href*="/profile/"]',
	prev: 'div.nav_chp_fi a.btn-prev',
	next: 'div.nav_chp_fi a.btn-next',
	/** Boxes the site draws inside the text: the author's note and announcements. */
	boxes: 'div.wi_authornotes, div.wi_news',
	authorNoteBody: 'div.wi_authornotes_body',
	announcementBody: ':scope > div.wi_news_body',
	textBlocks: 'p, h1, h2, h3, h4, h5, h6, blockquote, li',
	// Series page
	seriesTitle: 'div.fic_title',
	seriesAuthor: 'span.auth_name_fic',
	seriesAuthorLink: 'div[property="author"] a',
	description: 'div.wi_fic_desc',
	genres: 'a.fic_genre',
	tags: 'span.wi_fic_showtags a.stag',
	warnings: 'ul.ul_rate_expand a',
	stats: 'div.fic_stats span.st_item',
	status: 'span[title^="Last updated"]',
	toc: 'ol.toc_ol li.toc_w',
	tocLink: 'a.toc_a',
};

const SERIES_PATH = /^\/series\/(\d+)(?:\/[^/]*)?\/?$/;
const CHAPTER_PATH = /^\/read\/(\d+)(?:-[^/]*)?\/chapter\/(\d+)\/?$/;

/** Genres Scribble Hub itself marks as age-restricted (site ids, as FanFicFare reads them). */
const RATED_GENRES: Readonly<Record<string, string>> = { '20': 'Mature', '902': 'Adult' };

function detect(doc: Document, url: URL): PageKind {
	if (CHAPTER_PATH.test(url.pathname) && doc.querySelector(sel.chapterText)) return 'story';
	if (SERIES_PATH.test(url.pathname) && doc.querySelector(sel.seriesTitle)) return 'index';
	return 'not-story';
}

/** A site button's target, unless it is a disabled placeholder (`href="#"`). */
function buttonHref(el: Element | null, url: URL): string | null {
	const href = el?.getAttribute('href');
	return !href || href.startsWith('#') || el?.classList.contains('disabled') ? null : hrefOf(el, url);
}

/**
 * The author's-note and announcement boxes around the text: the body of the
 * first one before the story starts and of the last one after it become the
 * chapter's notes; all of them stay out of the text.
 */
function noteBoxes(body: Element): { boxes: Element[]; before: Element | null; after: Element | null } {
	const boxes = Array.from(body.querySelectorAll(sel.boxes));
	const firstText = Array.from(body.querySelectorAll(sel.textBlocks)).find((el) => !el.closest(sel.boxes) && textOf(el) !== '');
	const bodyOf = (box: Element): Element => box.querySelector(sel.authorNoteBody) ?? box.querySelector(sel.announcementBody) ?? box;
	const isBefore = (box: Element): boolean => !firstText || Boolean(box.compareDocumentPosition(firstText) & 4);
	const leading = boxes.filter(isBefore);
	const trailing = boxes.filter((box) => !isBefore(box));
	// The author's own note wins over a site announcement when both stand on one side.
	const pick = (side: Element[]): Element | null => side.find((box) => box.matches('div.wi_authornotes')) ?? side[0] ?? null;
	const before = pick(leading);
	const after = pick([...trailing].reverse());
	return { boxes, before: before && bodyOf(before), after: after && bodyOf(after) };
}

function chapterPage(doc: Document, url: URL): RawStory {
	const path = CHAPTER_PATH.exec(url.pathname);
	const body = doc.querySelector(sel.chapterText);
	if (!body) return { kind: 'not-story', storyId: null };
	const byline = doc.querySelector(sel.byline);
	const author = byline?.querySelector(sel.authorLink) ?? null;
	const authorName = textOf(author);
	const { boxes, before, after } = noteBoxes(body);
	return {
		kind: 'story',
		storyId: path?.[1] ?? null,
		title: textOrNull(byline?.querySelector(sel.seriesLink)),
		authors: authorName ? [authorName] : [],
		authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [],
		chapters: [{ index: 1, title: textOrNull(doc.querySelector(sel.chapterTitle)), id: path?.[2] ?? null, url: url.href, body, summary: null, notes: before, endNotes: after, exclude: boxes }],
		prevChapterUrl: buttonHref(doc.querySelector(sel.prev), url),
		nextChapterUrl: buttonHref(doc.querySelector(sel.next), url),
	};
}

function seriesPage(doc: Document, url: URL): RawStory {
	const author = doc.querySelector(sel.seriesAuthor);
	const authorName = textOf(author);
	const genres = Array.from(doc.querySelectorAll(sel.genres));
	// The table of contents lists the newest chapter first; `order` is the chapter's number.
	const chapterList: ChapterRef[] = Array.from(doc.querySelectorAll(sel.toc), (row, i) => {
		const link = row.querySelector(sel.tocLink);
		const href = hrefOf(link, url);
		return { index: Number(row.getAttribute('order')) || i + 1, title: textOrNull(link), id: /\/chapter\/(\d+)/.exec(href ?? '')?.[1] ?? null, url: href };
	}).sort((a, b) => a.index - b.index);
	const stat = (label: string): number | null => {
		const item = Array.from(doc.querySelectorAll(sel.stats)).find((s) => textOf(s.querySelector('.mb_stat')) === label);
		return item ? parseCount(textOf(item)) : null;
	};
	const status = textOf(doc.querySelector(sel.status)?.parentElement);
	const rating = genres.map((g) => RATED_GENRES[g.getAttribute('gid') ?? '']).find(Boolean) ?? null;
	return {
		kind: 'index',
		storyId: SERIES_PATH.exec(url.pathname)?.[1] ?? null,
		title: textOrNull(doc.querySelector(sel.seriesTitle)),
		authors: authorName ? [authorName] : [],
		authorLinks: authorName ? [{ text: authorName, url: hrefOf(doc.querySelector(sel.seriesAuthorLink), url) }] : [],
		rating,
		warnings: textsOf(doc, sel.warnings),
		tags: [...new Set([...genres.map((g) => textOf(g)), ...textsOf(doc, sel.tags)])].filter(Boolean),
		summary: doc.querySelector(sel.description),
		chapterList,
		stats: { chapters: stat('Chapters') ?? chapterList.length, complete: status === '' ? null : /^completed/i.test(status) },
	};
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	if (kind === 'story') return chapterPage(doc, url);
	if (kind === 'index') return seriesPage(doc, url);
	return { kind: 'not-story', storyId: null };
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'scribblehub',
	name: 'Scribble Hub',
	hosts: ['scribblehub.com', 'www.scribblehub.com'],
	examples: {
		story: ['https://www.scribblehub.com/read/188780-the-story-of-how-a-cultivation-universe-was-conquered-by-an-interstellar-weapons-platform/chapter/720496/', 'https://www.scribblehub.com/series/188780/the-story-of-how-a-cultivation-universe-was-conquered-by-an-interstellar-weapons-platform/'],
		notStory: ['https://www.scribblehub.com/profile/62/osamaru/', 'https://www.scribblehub.com/series-finder/', 'https://www.scribblehub.com/genre/action/', 'https://www.scribblehub.com/'],
	},
	matchUrl(url) {
		return SERIES_PATH.test(url.pathname) || CHAPTER_PATH.test(url.pathname);
	},
	detect,
};
