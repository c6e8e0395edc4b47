import { hrefOf, isoDateFromUnix, textOf, textOrNull, textsOf } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind } from '../core/types.js';

const sel = {
	result: 'div.result',
	title: 'div#quizHeaderTitle h1, div.result h1',
	authors: 'div.quizAuthorList a',
	description: 'div#qdesct',
	tags: 'div#quizHeader div.quizBoxTags a',
	times: 'time[ts]',
	chapterLinks: 'div#rselect a',
	text: 'div#rescontent, div#quizResArea',
};

/** A story's first chapter (`/story/ID/slug`) or chapter N (`/story/ID/slug/N`). */
const STORY_PATH = /^\/story\/(\d+)(?:\/[^/]+)?(?:\/(\d+))?\/?$/;

function detect(doc: Document, url: URL): PageKind {
	return STORY_PATH.test(url.pathname) && doc.querySelector(sel.result) && doc.querySelector(sel.text) ? 'story' : 'not-story';
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const path = STORY_PATH.exec(url.pathname);
	const body = doc.querySelector(sel.text);
	if (detect(doc, url) === 'not-story' || !body) return { kind: 'not-story', storyId: null };
	const current = Number(path?.[2]) || 1;
	// The chapter menu also holds script-only entries (`javascript:` links): hrefOf drops those.
	const chapterList: ChapterRef[] = Array.from(doc.querySelectorAll(sel.chapterLinks), (a) => ({ title: textOrNull(a), url: hrefOf(a, url) }))
		.filter((c) => c.url !== null)
		.map((c, i) => ({ index: i + 1, title: c.title, id: String(i + 1), url: c.url }));
	const authorLinks = Array.from(doc.querySelectorAll(sel.authors), (a) => ({ text: textOf(a), url: hrefOf(a, url) })).filter((a) => a.text !== '');
	const [published, updated] = Array.from(doc.querySelectorAll(sel.times), (t) => Number(t.getAttribute('ts'))).filter((ts) => ts > 0).map(isoDateFromUnix);
	const meta = textOf(doc.querySelector(sel.times)?.parentElement?.parentElement);
	const chapter = chapterList[current - 1];
	return {
		kind: 'story',
		storyId: path?.[1] ?? null,
		title: textOrNull(doc.querySelector(sel.title)),
		authors: authorLinks.map((a) => a.text),
		authorLinks,
		tags: textsOf(doc, sel.tags),
		summary: doc.querySelector(sel.description),
		chapterList,
		stats: { chapters: chapterList.length || null, published: published ?? null, updated: updated ?? null, complete: meta === '' ? null : /·\s*Completed/i.test(meta) },
		chapters: [{ index: current, title: chapter?.title ?? null, id: String(current), url: url.href, body, summary: null, notes: null, endNotes: null }],
		prevChapterUrl: chapterList[current - 2]?.url ?? null,
		nextChapterUrl: chapterList[current]?.url ?? null,
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'quotev',
	name: 'Quotev',
	hosts: ['quotev.com', 'www.quotev.com'],
	optional: true,
	examples: {
		story: ['https://www.quotev.com/story/1234567/A-Story-Title', 'https://www.quotev.com/story/1234567/A-Story-Title/3'],
		notStory: ['https://www.quotev.com/quiz/7654321/Which-Character-Are-You', 'https://www.quotev.com/SomeWriter', 'https://www.quotev.com/fiction', 'https://www.quotev.com/'],
	},
	matchUrl(url) {
		return STORY_PATH.test(url.pathname);
	},
	detect,
};
