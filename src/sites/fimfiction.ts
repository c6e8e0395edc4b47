import { hrefOf, isoDateFromUnix, parseCount, squash, textOf, textOrNull, textsOf } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind } from '../core/types.js';

const sel = {
	// Story page
	storyBox: 'div.story_content_box',
	storyName: 'a.story_name',
	author: 'div.info-container a[href^="/user/"], div.author a[href^="/user/"]',
	rating: 'a[class*="content-rating-"]',
	status: 'span[class*="completed-status-"]',
	description: 'span.description-text',
	chapterLinks: 'ul.chapters a.chapter-title',
	wordCount: 'div.chapters-footer div.word_count',
	published: 'span.approved-date span[data-time]',
	characters: 'ul.story-tags a.tag-character',
	genres: 'ul.story-tags a.tag-genre',
	series: 'ul.story-tags a.tag-series',
	warnings: 'ul.story-tags a.tag-warning',
	content: 'ul.story-tags a.tag-content',
	// Chapter page
	chapterBody: 'div#chapter-body',
	chapterTitle: 'h1.chapter-title, #chapter h1',
	authorsNote: 'div.authors-note',
	storyLinks: 'a[href^="/story/"]',
};

/** `/story/ID/slug` (the story page) or `/story/ID/N/slug/chapter-slug` (chapter N). */
const STORY_PATH = /^\/story\/(\d+)(?:\/(\d+))?(?:\/[^/]*){0,2}\/?$/;
const RATINGS: Readonly<Record<string, string>> = { E: 'Everyone', T: 'Teen', M: 'Mature' };

function detect(doc: Document, url: URL): PageKind {
	if (!STORY_PATH.test(url.pathname)) return 'not-story';
	if (doc.querySelector(sel.chapterBody)) return 'story';
	if (doc.querySelector(sel.storyBox) && doc.querySelector(sel.chapterLinks)) return 'index';
	return 'not-story';
}

/** The heading's own text: the site tucks the chapter's date and word count into a floated `<div>` inside it. */
function headingText(heading: Element | null): string | null {
	if (!heading) return null;
	const own = Array.from(heading.childNodes).filter((n) => n.nodeType === 3 || (n.nodeType === 1 && (n as Element).tagName !== 'DIV'));
	return squash(own.map((n) => n.textContent).join('')) || null;
}

function storyPage(doc: Document, url: URL, storyId: string | null): RawStory {
	const box = doc.querySelector(sel.storyBox);
	const chapterList: ChapterRef[] = Array.from(doc.querySelectorAll(sel.chapterLinks), (a, i) => ({ index: i + 1, title: textOrNull(a), id: String(i + 1), url: hrefOf(a, url) }));
	const ratingLetter = textOf(box?.querySelector(sel.rating));
	const status = textOf(box?.querySelector(sel.status));
	const published = Number(box?.querySelector(sel.published)?.getAttribute('data-time'));
	return {
		kind: 'index',
		storyId,
		title: textOrNull(box?.querySelector(sel.storyName)),
		rating: RATINGS[ratingLetter] ?? (ratingLetter || null),
		fandoms: textsOf(box, sel.series),
		characters: textsOf(box, sel.characters),
		warnings: textsOf(box, sel.warnings),
		tags: [...textsOf(box, sel.genres), ...textsOf(box, sel.content)],
		summary: box?.querySelector(sel.description) ?? null,
		chapterList,
		stats: { chapters: chapterList.length, complete: status === '' ? null : /^complete/i.test(status), words: parseCount(textOf(box?.querySelector(sel.wordCount))), published: published > 0 ? isoDateFromUnix(published) : null },
	};
}

function chapterPage(doc: Document, url: URL, storyId: string | null, chapterNumber: string | undefined): RawStory {
	const body = doc.querySelector(sel.chapterBody);
	if (!body) return { kind: 'not-story', storyId: null };
	const notes = Array.from(doc.querySelectorAll(sel.authorsNote));
	const storyLinks = Array.from(doc.querySelectorAll(sel.storyLinks)).filter((a) => !body.contains(a));
	const neighbour = (label: RegExp): string | null => hrefOf(storyLinks.find((a) => label.test(textOf(a))), url);
	const index = Number(chapterNumber) || 1;
	return {
		kind: 'story',
		storyId,
		title: textOrNull(doc.querySelector(sel.storyName)),
		chapters: [{
			index,
			title: headingText(doc.querySelector(sel.chapterTitle)),
			id: String(index),
			url: url.href,
			body,
			summary: null,
			notes: notes.find((n) => n.compareDocumentPosition(body) & 4) ?? null,
			endNotes: notes.find((n) => n.compareDocumentPosition(body) & 2) ?? null,
		}],
		prevChapterUrl: neighbour(/^\W*previous\b/i),
		nextChapterUrl: neighbour(/^\W*next\b/i),
	};
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	const path = STORY_PATH.exec(url.pathname);
	const storyId = path?.[1] ?? null;
	if (kind === 'not-story') return { kind, storyId: null };
	const raw = kind === 'story' ? chapterPage(doc, url, storyId, path?.[2]) : storyPage(doc, url, storyId);
	const author = doc.querySelector(sel.author);
	const authorName = textOf(author);
	return { ...raw, authors: authorName ? [authorName] : [], authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [] };
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'fimfiction',
	name: 'Fimfiction',
	hosts: ['fimfiction.net', 'www.fimfiction.net'],
	optional: true,
	examples: {
		story: ['https://www.fimfiction.net/story/1888/my-little-dashie', 'https://www.fimfiction.net/story/1888/1/my-little-dashie/my-little-dashie'],
		notStory: ['https://www.fimfiction.net/user/1234/Someone', 'https://www.fimfiction.net/stories?q=dashie', 'https://www.fimfiction.net/group/216280/contests', 'https://www.fimfiction.net/'],
	},
	matchUrl(url) {
		return STORY_PATH.test(url.pathname);
	},
	detect,
};
