import { chapterTitle } from '../core/chapter-title.js';
import { hrefOf, parseCount, squash, textOf, textOrNull } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind } from '../core/types.js';

const sel = {
	title: 'div.page-header h2',
	byline: 'div.page-header h3',
	well: 'div.well',
	summary: 'div.well blockquote',
	chapterLinks: 'a[href]',
	// Chapter page
	text: 'div.story, div.chapterDisplay',
	/** Site chrome inside the text: pagers, the chapter's header box, alerts, button groups. */
	chrome: 'ul.pager, div.well, div.alert, div.btn-group',
	pager: 'ul.pager a',
	gateLink: 'a[href*="bypass=1"]',
};

/** `/Story_Name/` or `/Story_Name/index/` (the story's index), `/Story_Name/Chapter_Name/` (a chapter). */
const PATH = /^\/([A-Za-z0-9_]+)\/(?:([A-Za-z0-9_]+)\/)?$/;
/** Each author's site keeps these pages beside the stories. */
const SITE_PAGES = new Set(['about', 'contact', 'recent', 'rss', 'opds', 'ws', 'resources', 'account', 'search', 'reviews']);

function parts(url: URL): { story: string; chapter: string | null } | null {
	const match = PATH.exec(url.pathname);
	if (!match?.[1] || SITE_PAGES.has(match[1].toLowerCase()) || match[2] === 'reviews') return null;
	return { story: match[1], chapter: match[2] && match[2] !== 'index' ? match[2] : null };
}

/** Links to this story's chapters (`/Story/Chapter/`), not to their reviews or downloads. */
function chapterLinks(doc: Document, story: string): Element[] {
	const own = new RegExp(`^/${story}/(?!index/)[A-Za-z0-9_]+/$`);
	return Array.from(doc.querySelectorAll(sel.chapterLinks)).filter((a) => own.test(a.getAttribute('href') ?? ''));
}

function detect(doc: Document, url: URL): PageKind {
	const path = parts(url);
	if (!path) return 'not-story';
	if (doc.querySelector(sel.text)) return 'story';
	if (path.chapter && doc.querySelector(sel.gateLink)) return 'gate';
	// A category listing (`/Harry_Potter/`) has the same shape of URL but links to other stories.
	if (!path.chapter && doc.querySelector(sel.well) && chapterLinks(doc, path.story).length > 0) return 'index';
	return 'not-story';
}

/** "Hope :: 2 - Paris" (index) or the URL's `2__Paris` (chapter page) → "Paris". */
function titleOfChapter(shown: string, index: number): string | null {
	const title = (shown.includes('::') ? shown.slice(shown.indexOf('::') + 2) : shown).replace(/^\s*\d+\s*-\s*/, '');
	return chapterTitle(title, index, 'heading');
}

/** The story's header box: "Status: Completed - Rating: Teens - Chapters: 12 - Word count: 202,926 - Genre: Action/Adventure, Fluff". */
function metaLine(doc: Document): Map<string, string> {
	const line = Array.from(doc.querySelectorAll(`${sel.well} p`), (p) => textOf(p)).find((t) => /^Status:/i.test(t)) ?? '';
	return new Map(line.split(/\s+-\s+(?=[A-Z][A-Za-z ]*:)/).map((pair) => {
		const at = pair.indexOf(':');
		return [pair.slice(0, at).trim().toLowerCase(), squash(pair.slice(at + 1))] as [string, string];
	}));
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	const path = parts(url);
	if (kind === 'not-story' || !path) return { kind: 'not-story', storyId: null };
	const authorSite = url.hostname.split('.')[0] ?? '';
	const author = squash(textOf(doc.querySelector(sel.byline)).replace(/^by\s+/i, '')) || authorSite.replace(/-/g, ' ');
	const base: RawStory = {
		kind,
		storyId: `${authorSite}/${path.story}`,
		title: textOrNull(doc.querySelector(sel.title)),
		authors: [author],
		authorLinks: [{ text: author, url: `${url.origin}/` }],
	};
	if (kind === 'gate') {
		return { ...base, gate: { reason: 'adult', message: textOf(doc.querySelector(sel.gateLink)?.parentElement), continueUrl: hrefOf(doc.querySelector(sel.gateLink), url) } };
	}
	if (kind === 'index') {
		const meta = metaLine(doc);
		const chapterList: ChapterRef[] = chapterLinks(doc, path.story).map((a, i) => ({ index: i + 1, title: titleOfChapter(textOf(a), i + 1), id: /\/([A-Za-z0-9_]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? null, url: hrefOf(a, url) }));
		return {
			...base,
			rating: meta.get('rating') || null,
			tags: (meta.get('genre') ?? '').split(/\s*,\s*/).filter(Boolean),
			summary: doc.querySelector(sel.summary),
			chapterList,
			stats: { chapters: parseCount(meta.get('chapters')) ?? chapterList.length, words: parseCount(meta.get('word count')), complete: meta.has('status') ? /^completed/i.test(meta.get('status') ?? '') : null },
		};
	}
	const body = doc.querySelector(sel.text);
	if (!body) return { kind: 'not-story', storyId: null };
	const chapter = path.chapter ?? '';
	const pager = Array.from(body.querySelectorAll(sel.pager));
	const neighbour = (side: 'previous' | 'next'): string | null => hrefOf(pager.find((a) => a.closest(`li.${side}`) ?? new RegExp(`^\\W*${side}\\b`, 'i').test(textOf(a))), url);
	const number = Number(/^(?:Chapter_)?(\d+)(?:__|$)/i.exec(chapter)?.[1]) || 1;
	return {
		...base,
		chapters: [{ index: number, title: titleOfChapter(chapter.replace(/__/g, ' - ').replace(/_/g, ' '), number), id: chapter, url: url.href, body, summary: null, notes: null, endNotes: null, exclude: Array.from(body.querySelectorAll(sel.chrome)) }],
		prevChapterUrl: neighbour('previous'),
		nextChapterUrl: neighbour('next'),
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'fanficauthors',
	name: 'FanficAuthors',
	// Every author has a site of their own: jeconais.fanficauthors.net, deluded-musings.fanficauthors.net…
	hosts: ['*.fanficauthors.net'],
	optional: true,
	examples: {
		story: ['https://jeconais.fanficauthors.net/Hope/index/', 'https://jeconais.fanficauthors.net/Hope/2__Paris/', 'https://deluded-musings.fanficauthors.net/A_Matter_of_Perspective/Mirror_Mirror/'],
		notStory: ['https://jeconais.fanficauthors.net/', 'https://jeconais.fanficauthors.net/recent/', 'https://jeconais.fanficauthors.net/Hope/2__Paris/reviews/', 'https://www.fanficauthors.net/'],
	},
	matchUrl(url) {
		return parts(url) !== null;
	},
	detect,
};
