import { hrefOf, jsonValueAt, textOf, textOrNull } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind } from '../core/types.js';

const sel = {
	title: 'h1[data-testid="title"]',
	author: 'a[href*="/user/"][aria-label^="by "], div[data-testid="story-meta"] a[href*="/user/"]',
	tags: 'div[data-testid="tags"] a',
	ldJson: 'script[type="application/ld+json"]',
	// Part (chapter) page
	partTextContainer: 'div[data-page-number]',
	partTitle: 'h1.h2, h1',
	partStoryTitle: 'div.story-info span.sr-only, div.story-info .title',
	partAuthor: 'div.story-info a[href*="/user/"], div.author-info a[href*="/user/"]',
	partToc: 'ul.table-of-contents a',
	/** The story's own link in the part's header (its cover and title), or in the header holding the ToC: never a recommendation elsewhere on the page. */
	partStoryLink: 'div.story-info a[href*="/story/"], .toc-header a[href*="/story/"]',
};

const STORY_PATH = /^\/story\/(\d+)(?:-[^/]*)?\/?$/;
const PART_PATH = /^\/(\d+)(?:-[^/]*)?(?:\/page\/\d+)?\/?$/;

interface Part {
	id?: number;
	title?: string;
	url?: string;
}

function detect(doc: Document, url: URL): PageKind {
	if (PART_PATH.test(url.pathname) && doc.querySelector(sel.partTextContainer)) return 'story';
	if (STORY_PATH.test(url.pathname) && doc.querySelector(sel.title)) return 'index';
	return 'not-story';
}

/** The story object Wattpad embeds in its page data, found by the story's own URL. */
function storyData(doc: Document, storyId: string): { parts: Part[]; tags: string[]; mature: boolean | null; completed: boolean | null } {
	const marker = `"url":"https://www.wattpad.com/story/${storyId}`;
	for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
		const source = script.textContent ?? '';
		for (let at = source.indexOf(marker); at !== -1; at = source.indexOf(marker, at + 1)) {
			const partsAt = source.indexOf('"parts":[', at);
			if (partsAt === -1 || partsAt - at > 3000) continue;
			const parts = jsonValueAt(source, partsAt + '"parts":'.length);
			const before = source.slice(Math.max(0, at - 4000), at);
			const flag = (name: string): boolean | null => {
				const all = [...before.matchAll(new RegExp(`"${name}":(true|false)`, 'g'))];
				const last = all.at(-1)?.[1];
				return last === undefined ? null : last === 'true';
			};
			const tagsAt = before.lastIndexOf('"tags":[');
			const tags = tagsAt === -1 ? [] : jsonValueAt(before, tagsAt + '"tags":'.length);
			return {
				parts: Array.isArray(parts) ? (parts as Part[]) : [],
				tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
				mature: flag('mature'),
				completed: flag('completed'),
			};
		}
	}
	return { parts: [], tags: [], mature: null, completed: null };
}

function ldJson(doc: Document): { author?: { name?: string; url?: string }; headline?: string; description?: string } {
	for (const script of Array.from(doc.querySelectorAll(sel.ldJson))) {
		try {
			const data = JSON.parse(script.textContent ?? '') as unknown;
			if (data && typeof data === 'object') return data as ReturnType<typeof ldJson>;
		} catch {
			// not the block we want
		}
	}
	return {};
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	const storyId = STORY_PATH.exec(url.pathname)?.[1] ?? null;
	if (kind === 'index' && storyId) {
		const ld = ldJson(doc);
		const data = storyData(doc, storyId);
		const chapterList: ChapterRef[] = data.parts.map((part, i) => ({ index: i + 1, title: part.title ?? null, id: part.id === undefined ? null : String(part.id), url: part.url ?? null }));
		const author = ld.author?.name ?? textOf(doc.querySelector(sel.author));
		const tags = data.tags.length > 0 ? data.tags : Array.from(doc.querySelectorAll(sel.tags), (a) => textOf(a)).filter(Boolean);
		return {
			kind,
			storyId,
			title: textOrNull(doc.querySelector(sel.title)) ?? ld.headline ?? null,
			authors: author ? [author] : [],
			authorLinks: author ? [{ text: author, url: ld.author?.url ?? null }] : [],
			rating: data.mature ? 'Mature' : null,
			tags,
			summary: ld.description ?? null,
			chapterList,
			stats: { chapters: chapterList.length, complete: data.completed },
		};
	}
	if (kind === 'story') return partPage(doc, url);
	return { kind: 'not-story', storyId: null };
}

/** The story id of a Wattpad story link; null for any other link, or one off Wattpad. */
function storyIdOf(href: string | null): string | null {
	if (!href) return null;
	const link = new URL(href);
	const onWattpad = link.hostname === 'wattpad.com' || link.hostname.endsWith('.wattpad.com');
	return onWattpad ? STORY_PATH.exec(link.pathname)?.[1] ?? null : null;
}

/**
 * A part page: the text of one part, with the story's title, author and table
 * of contents in its header. The story's own link in that header gives the
 * story id, so a part and its story page share one story key.
 */
function partPage(doc: Document, url: URL): RawStory {
	const body = doc.querySelector(sel.partTextContainer);
	if (!body) return { kind: 'not-story', storyId: null };
	const partId = PART_PATH.exec(url.pathname)?.[1] ?? null;
	const storyId = Array.from(doc.querySelectorAll(sel.partStoryLink), (a) => storyIdOf(hrefOf(a, url))).find((id) => id !== null) ?? null;
	const chapterList: ChapterRef[] = Array.from(doc.querySelectorAll(sel.partToc), (a, i) => {
		const href = hrefOf(a, url);
		return { index: i + 1, title: textOrNull(a), id: href ? PART_PATH.exec(new URL(href).pathname)?.[1] ?? null : null, url: href };
	});
	const at = chapterList.findIndex((c) => c.id !== null && c.id === partId);
	const author = doc.querySelector(sel.partAuthor);
	const authorName = textOf(author).replace(/^by\s+/i, '');
	return {
		kind: 'story',
		storyId,
		title: textOrNull(doc.querySelector(sel.partStoryTitle)),
		authors: authorName ? [authorName] : [],
		authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [],
		chapterList,
		stats: { chapters: chapterList.length || null },
		chapters: [{ index: at + 1 || 1, title: textOrNull(doc.querySelector(sel.partTitle)), id: partId, url: url.href, body, summary: null, notes: null, endNotes: null }],
		prevChapterUrl: at > 0 ? chapterList[at - 1]?.url ?? null : null,
		nextChapterUrl: at >= 0 ? chapterList[at + 1]?.url ?? null : null,
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'wattpad',
	name: 'Wattpad',
	hosts: ['m.wattpad.com', 'wattpad.com', 'www.wattpad.com'],
	examples: {
		story: ['https://www.wattpad.com/story/271297863-koteczek-alcina-dimitrescu-short-oneshot', 'https://www.wattpad.com/1076282103-koteczek-alcina-dimitrescu-short-oneshot-requests'],
		notStory: ['https://www.wattpad.com/stories/alcina', 'https://www.wattpad.com/user/DoYouSpeakFrench', 'https://www.wattpad.com/home'],
	},
	matchUrl(url) {
		return STORY_PATH.test(url.pathname) || PART_PATH.test(url.pathname);
	},
	detect,
};
