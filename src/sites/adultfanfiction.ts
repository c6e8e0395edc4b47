import { chapterTitle } from '../core/chapter-title.js';
import { hrefOf, textOf } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind } from '../core/types.js';

/** The 2026 layout (FanFicFare's adapter after the site change of February 2026, and its issue #1305). */
const sel = {
	title: 'main h1',
	anyTitle: 'h1',
	author: 'a[href*="profile.php?id="]',
	/** The page prints the chapter menu twice (above and below the text); the first one is the list. */
	chapterSelect: 'select.chapter-select',
	card: 'div.chapter-content-card',
	cardHeading: ':scope > h1, :scope > h2, :scope > h3, :scope > h4',
	text: 'div.chapter-body',
};

/** Each fandom zone is a subdomain (hp., anime., tv. …); stories live at /story.php?no=ID[&chapter=N]. */
function storyNumber(url: URL): string | null {
	const no = url.searchParams.get('no') ?? '';
	return url.pathname === '/story.php' && /^\d+$/.test(no) ? no : null;
}

function detect(doc: Document, url: URL): PageKind {
	return storyNumber(url) !== null && doc.querySelector(sel.text) ? 'story' : 'not-story';
}

/** "3. The Orchard" or "Chapter 3: The Orchard" → "The Orchard"; "Chapter 3" → null. */
function shownTitle(shown: string, index: number): string | null {
	return chapterTitle(chapterTitle(shown, index, 'menu'), index, 'heading');
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const no = storyNumber(url);
	const body = doc.querySelector(sel.text);
	if (!no || !body) return { kind: 'not-story', storyId: null };
	const zone = url.hostname.split('.')[0] ?? '';
	const chapterUrl = (n: string): string => new URL(`/story.php?no=${no}&chapter=${n}`, url).href;
	const options = Array.from(doc.querySelector(sel.chapterSelect)?.querySelectorAll('option') ?? []);
	const chapterList: ChapterRef[] = options.map((option, i) => {
		const value = option.getAttribute('value') ?? String(i + 1);
		return { index: Number(value) || i + 1, title: shownTitle(textOf(option), i + 1), id: value, url: chapterUrl(value) };
	});
	const selected = options.find((option) => option.hasAttribute('selected'))?.getAttribute('value');
	const current = Number(url.searchParams.get('chapter')) || Number(selected) || 1;
	const heading = body.closest(sel.card)?.querySelector(sel.cardHeading) ?? null;
	const author = doc.querySelector(sel.author);
	const authorName = textOf(author);
	const has = (n: number): boolean => chapterList.some((c) => c.index === n);
	return {
		kind: 'story',
		storyId: `${zone}:${no}`,
		// Some titles carry a stray backslash from the site's escaping (FanFicFare strips it too).
		title: textOf(doc.querySelector(sel.title) ?? doc.querySelector(sel.anyTitle)).replace(/\\/g, '') || null,
		authors: authorName ? [authorName] : [],
		authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [],
		chapterList,
		stats: { chapters: Math.max(1, chapterList.length) },
		chapters: [{
			index: current,
			title: chapterList.find((c) => c.index === current)?.title ?? (heading ? shownTitle(textOf(heading), current) : null),
			id: String(current),
			url: chapterUrl(String(current)),
			body,
			summary: null,
			notes: null,
			endNotes: null,
		}],
		isEntireWork: chapterList.length <= 1,
		prevChapterUrl: has(current - 1) ? chapterUrl(String(current - 1)) : null,
		nextChapterUrl: has(current + 1) ? chapterUrl(String(current + 1)) : null,
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'adultfanfiction',
	name: 'Adult-FanFiction.org',
	hosts: ['*.adult-fanfiction.org'],
	optional: true,
	examples: {
		story: [
			'https://hp.adult-fanfiction.org/story.php?no=600012345',
			'https://hp.adult-fanfiction.org/story.php?no=600012345&chapter=2',
			'https://anime2.adult-fanfiction.org/story.php?no=600054321',
		],
		notStory: [
			'https://www.adult-fanfiction.org/',
			'https://members.adult-fanfiction.org/profile.php?id=5501',
			'https://members.adult-fanfiction.org/load-user-stories.php?subdomain=hp&uid=5501',
			'https://hp.adult-fanfiction.org/search.php?title=orchard',
		],
	},
	matchUrl(url) {
		return storyNumber(url) !== null;
	},
	detect,
};
