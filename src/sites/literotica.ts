import { hrefOf, squash, textOf, textOrNull, textsOf } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind, SeriesMembership } from '../core/types.js';

/** The site's class names carry build hashes (`_article__content_1x2y3_7`): match their stable stems. */
const sel = {
	title: 'h1',
	author: 'a[class*="_author__title"], a.y_eU',
	tags: 'div[class*="_widget__tags_"] a[class*="_tag_item_"], #tabpanel-tags a',
	text: 'div[class*="_article__content_"], div.aa_ht, div[itemprop="articleBody"]',
	pageLinks: 'nav[class*="_pagination_"] a[href*="page="], a.l_bJ[href*="page="]',
	seriesLink: 'a[class*="_files__link_"], a.bn_av, a[href*="/series/se/"]',
	seriesParts: 'section li[class*="_item_"] > a[href*="/s/"], ul[class*="_list_"] a[href*="/s/"]',
	description: 'meta[name="description"]',
	blocks: 'p, div',
};

/** A story or poem (`/s/slug`, `/p/slug`, pages as `?page=N`), or a series (`/series/se/ID`). */
const WORK_PATH = /^\/(?:beta\/)?[sp]\/([a-z0-9_-]+)\/?$/i;
const SERIES_PATH = /^\/series\/se\/([a-z0-9_-]+)\/?$/i;
/** Far more pages than any Literotica work has: a page number beyond it is a crafted link, never a chapter list. */
const MAX_PAGES = 500;
/** An author's rights line at the top of the text: a note about the story, not the story. */
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved/i;

function detect(doc: Document, url: URL): PageKind {
	if (WORK_PATH.test(url.pathname) && doc.querySelector(sel.text)) return 'story';
	if (SERIES_PATH.test(url.pathname) && doc.querySelector(sel.seriesParts)) return 'index';
	return 'not-story';
}

function pageOf(href: string | null): number | null {
	if (!href) return null;
	const page = Number(new URL(href).searchParams.get('page'));
	return Number.isInteger(page) && page > 0 ? page : null;
}

/**
 * How many pages the work has, as its own pagination shows them: the highest
 * page it links, or this page when it is the one after that (the last page
 * does not link itself). A page number the pagination does not bear out (a
 * crafted `?page=100000000`) gives no count: 0, and so no chapter list.
 */
function pageCount(doc: Document, url: URL, current: number): number {
	// A loop, not Math.max(...links): a spread of page-made arrays throws past ~150k items.
	let linked = 0;
	for (const a of Array.from(doc.querySelectorAll(sel.pageLinks))) {
		const page = pageOf(hrefOf(a, url)) ?? 0;
		if (page <= MAX_PAGES && page > linked) linked = page;
	}
	return current <= linked + 1 ? Math.max(current, linked) : 0;
}

/** The leading block of the text when it is only a copyright line. */
function copyrightPreamble(text: Element): Element | null {
	const first = Array.from(text.querySelectorAll(sel.blocks)).find((el) => textOf(el) !== '' && !el.querySelector(sel.blocks));
	const line = textOf(first);
	return first && line.length < 500 && COPYRIGHT.test(line) ? first : null;
}

function seriesOf(doc: Document, url: URL): SeriesMembership[] {
	const link = doc.querySelector(sel.seriesLink);
	const href = hrefOf(link, url);
	return href && SERIES_PATH.test(new URL(href).pathname) ? [{ title: textOf(link) || 'Series', url: href, part: null }] : [];
}

/**
 * One work, one page of it: Literotica splits long works into pages
 * (`?page=2`). Each page is a "chapter" titled "Page N of M", the pages are the
 * chapter list, and the next page is the next chapter.
 */
function workPage(doc: Document, url: URL): RawStory {
	const text = doc.querySelector(sel.text);
	if (!text) return { kind: 'not-story', storyId: null };
	const base = `${url.origin}${url.pathname}`;
	const current = pageOf(url.href) ?? 1;
	const pages = pageCount(doc, url, current);
	const pageUrl = (n: number): string | null => (n < 1 || n > pages ? null : n === 1 ? base : `${base}?page=${n}`);
	const pageTitle = (n: number): string | null => (pages > 1 ? `Page ${n} of ${pages}` : null);
	const chapterList: ChapterRef[] = pages > 1 ? Array.from({ length: pages }, (_, i) => ({ index: i + 1, title: pageTitle(i + 1), id: String(i + 1), url: pageUrl(i + 1) })) : [];
	const preamble = copyrightPreamble(text);
	return {
		kind: 'story',
		storyId: WORK_PATH.exec(url.pathname)?.[1]?.toLowerCase() ?? null,
		title: textOrNull(doc.querySelector(sel.title)),
		tags: textsOf(doc, sel.tags),
		summary: squash(doc.querySelector(sel.description)?.getAttribute('content')) || null,
		series: seriesOf(doc, url),
		chapterList,
		stats: { extra: pages > 1 ? { pages: String(pages) } : {} },
		chapters: [{ index: current, title: pageTitle(current), id: String(current), url: pageUrl(current) ?? url.href, body: text, summary: null, notes: preamble, endNotes: null, exclude: preamble ? [preamble] : [] }],
		prevChapterUrl: pageUrl(current - 1),
		nextChapterUrl: pageUrl(current + 1),
	};
}

function seriesPage(doc: Document, url: URL): RawStory {
	const chapterList: ChapterRef[] = Array.from(doc.querySelectorAll(sel.seriesParts), (a, i) => ({ index: i + 1, title: textOrNull(a), id: null, url: hrefOf(a, url) }));
	return {
		kind: 'index',
		storyId: `se-${SERIES_PATH.exec(url.pathname)?.[1] ?? ''}`,
		title: textOrNull(doc.querySelector(sel.title)),
		summary: squash(doc.querySelector(sel.description)?.getAttribute('content')) || null,
		chapterList,
		stats: { chapters: chapterList.length },
	};
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	if (kind === 'not-story') return { kind, storyId: null };
	const raw = kind === 'story' ? workPage(doc, url) : seriesPage(doc, url);
	const author = doc.querySelector(sel.author);
	const authorName = textOf(author);
	return { ...raw, authors: authorName ? [authorName] : [], authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [] };
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'literotica',
	name: 'Literotica',
	// Stories live on www. and on the language subdomains (german., portuguese.…); tags. and search. only list them.
	hosts: ['*.literotica.com'],
	optional: true,
	examples: {
		story: ['https://www.literotica.com/s/a-story-title', 'https://www.literotica.com/s/a-story-title?page=2', 'https://german.literotica.com/s/eine-geschichte', 'https://www.literotica.com/series/se/9999999'],
		notStory: ['https://www.literotica.com/authors/SomeAuthor/works/stories', 'https://tags.literotica.com/romance', 'https://www.literotica.com/c/romance-stories', 'https://www.literotica.com/'],
	},
	matchUrl(url) {
		return WORK_PATH.test(url.pathname) || SERIES_PATH.test(url.pathname);
	},
	detect,
};
