import { chapterTitle } from '../core/chapter-title.js';
import { hrefOf, textOf, textOrNull, textsOf } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { PageKind } from '../core/types.js';

const sel = {
	title: 'div.fic-header h1, div.fic-title h1',
	chapterStoryTitle: 'div.fic-header h2, div.fic-header a[href^="/fiction/"] h2',
	author: 'div.fic-header a[href^="/profile/"], div.fic-title a[href^="/profile/"]',
	authorMeta: 'meta[property="books:author"]',
	tags: 'a.fiction-tag',
	warningHeading: 'strong',
	summary: 'div.description div.hidden-content, div.description',
	chapterRows: 'table#chapters tr.chapter-row',
	chapterText: 'div.chapter-inner.chapter-content, div.chapter-inner',
	chapterHeading: 'div.fic-header h1, h1',
	notesBefore: 'div.author-note-portlet',
	/** Previous / Next Chapter buttons; a missing neighbour is a disabled `<button>`, not a link. */
	navLinks: 'div.nav-buttons a.btn[href*="/chapter/"]',
};

const FICTION_PATH = /^\/fiction\/(\d+)(?:\/[^/]*)?(?:\/chapter\/(\d+)(?:\/[^/]*)?)?\/?$/;

function detect(doc: Document, url: URL): PageKind {
	if (doc.querySelector(sel.chapterText)) return 'story';
	if (FICTION_PATH.exec(url.pathname)?.[2] === undefined && doc.querySelector(sel.chapterRows)) return 'index';
	return 'not-story';
}

function neighbour(doc: Document, url: URL, label: RegExp): string | null {
	return hrefOf(Array.from(doc.querySelectorAll(sel.navLinks)).find((a) => label.test(textOf(a))), url);
}

function contentWarnings(doc: Document): string[] {
	const heading = Array.from(doc.querySelectorAll(sel.warningHeading)).find((s) => textOf(s) === 'Warning');
	return textsOf(heading?.parentElement ?? null, 'ul li');
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const match = FICTION_PATH.exec(url.pathname);
	const kind = detect(doc, url);
	const author = doc.querySelector(sel.author);
	const authorName = textOf(author) || (doc.querySelector(sel.authorMeta)?.getAttribute('content') ?? '').trim();
	const chapterList = Array.from(doc.querySelectorAll(sel.chapterRows), (row, i) => {
		const link = row.querySelector('td a');
		const href = hrefOf(link, url);
		return { index: i + 1, title: chapterTitle(textOf(link), i + 1, 'menu'), id: /\/chapter\/(\d+)/.exec(href ?? '')?.[1] ?? null, url: href };
	});
	const base: RawStory = {
		kind,
		storyId: match?.[1] ?? null,
		authors: authorName ? [authorName] : [],
		authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [],
		warnings: contentWarnings(doc),
		tags: textsOf(doc, sel.tags),
		chapterList,
	};
	if (kind === 'index') {
		return { ...base, title: textOrNull(doc.querySelector(sel.title)), summary: doc.querySelector(sel.summary), stats: { chapters: chapterList.length } };
	}
	if (kind === 'story') {
		const body = doc.querySelector(sel.chapterText);
		if (!body) return { kind: 'not-story', storyId: null };
		const notes = Array.from(doc.querySelectorAll(sel.notesBefore));
		const before = notes.find((n) => n.compareDocumentPosition(body) & 4) ?? null;
		const after = notes.find((n) => n.compareDocumentPosition(body) & 2) ?? null;
		return {
			...base,
			title: textOrNull(doc.querySelector(sel.chapterStoryTitle)),
			chapters: [{ index: 1, title: textOrNull(doc.querySelector(sel.chapterHeading)), id: match?.[2] ?? null, url: url.href, body, summary: null, notes: before, endNotes: after }],
			prevChapterUrl: neighbour(doc, url, /^previous/i),
			nextChapterUrl: neighbour(doc, url, /^next/i),
		};
	}
	return { kind: 'not-story', storyId: null };
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'royalroad',
	name: 'Royal Road',
	hosts: ['royalroad.com', 'www.royalroad.com', 'www.royalroadl.com'],
	examples: {
		story: ['https://www.royalroad.com/fiction/25137/worth-the-candle', 'https://www.royalroad.com/fiction/25137/worth-the-candle/chapter/366577/chapter-1-taking-the-fall'],
		notStory: ['https://www.royalroad.com/fictions/search?tagsAdd=litrpg', 'https://www.royalroad.com/profile/119608', 'https://www.royalroad.com/home'],
	},
	matchUrl(url) {
		return FICTION_PATH.test(url.pathname);
	},
	detect,
};
