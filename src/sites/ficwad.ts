import { chapterTitle } from '../core/chapter-title.js';
import { absoluteUrl, hrefOf, squash, textOf } from '../core/dom.js';
import { headerFromLabels, type LabelledValue } from '../core/label-values.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind } from '../core/types.js';

const sel = {
	story: 'div#story',
	/** A chapter page's heading links back to its story: `Category > Story`. */
	storyLink: 'div#story h2 a[href^="/story/"]',
	blurb: 'div.storylist',
	blurbTitle: 'h4',
	author: 'span.author a[href^="/a/"]',
	summary: 'blockquote.summary',
	meta: 'div.meta',
	warnings: 'span.story-warnings a[title]',
	chapterLinks: 'div#chapters h4 a[href^="/story/"], ul.storylist > li h4 a[href^="/story/"]',
	chapterOptions: 'form[name="chapterlist"] option',
	text: 'div#storytext',
	blocked: 'div.blocked, li.blocked',
	headings: 'h4',
};

const STORY_PATH = /^\/story\/(\d+)\/?$/;

function detect(doc: Document, url: URL): PageKind {
	if (!STORY_PATH.test(url.pathname)) return 'not-story';
	if (doc.querySelector(sel.text)) return 'story';
	if (doc.querySelector(sel.blocked)) return 'gate';
	// A story id that does not exist shows the front page, with its "Featured Story".
	if (Array.from(doc.querySelectorAll(sel.headings)).some((h) => textOf(h) === 'Featured Story')) return 'not-story';
	return doc.querySelector(sel.story) && doc.querySelector(sel.chapterLinks) ? 'index' : 'not-story';
}

/** "Category: X - Rating: PG - Genres: A,B - … - 6,120 words - Complete" as labelled values. */
function metaValues(meta: Element | null): LabelledValue[] {
	if (!meta) return [];
	return squash(meta.textContent).split(/\s+-\s+/).flatMap((item): LabelledValue[] => {
		const pair = /^([A-Za-z ]+):\s*(.*)$/.exec(item);
		if (pair) return [{ key: pair[1] ?? '', text: pair[2] ?? '', links: [] }];
		if (/^[\d,.]+ words$/i.test(item)) return [{ key: 'words', text: item, links: [] }];
		if (/^(?:complete|in progress|incomplete|wip)$/i.test(item)) return [{ key: 'status', text: item, links: [] }];
		return [];
	});
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	const ownId = STORY_PATH.exec(url.pathname)?.[1] ?? null;
	if (kind === 'not-story' || !ownId) return { kind: 'not-story', storyId: null };
	const storyLink = Array.from(doc.querySelectorAll(sel.storyLink)).at(-1) ?? null;
	const storyId = STORY_PATH.exec(storyLink?.getAttribute('href') ?? '')?.[1] ?? ownId;
	const blurb = doc.querySelector(sel.blurb);
	const author = blurb?.querySelector(sel.author) ?? doc.querySelector(sel.author);
	const authorName = textOf(author);
	const meta = blurb?.querySelector(sel.meta) ?? null;
	const head = headerFromLabels(metaValues(meta), url);
	const base: RawStory = {
		kind,
		storyId,
		title: textOf(storyLink ?? blurb?.querySelector(sel.blurbTitle)) || null,
		authors: authorName ? [authorName] : [],
		authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [],
		rating: head.rating,
		categories: head.categories,
		characters: head.characters,
		tags: head.tags,
		warnings: Array.from(meta?.querySelectorAll(sel.warnings) ?? [], (a) => squash(a.getAttribute('title'))).filter(Boolean),
	};
	if (kind === 'gate') return { ...base, gate: { reason: 'login', message: textOf(doc.querySelector(sel.blocked)) || 'FicWad shows this story to members only.', continueUrl: null } };
	// On a chapter page the blurb is the chapter's; only the story's own page says what the story as a whole is.
	const whole: Partial<RawStory> = storyLink ? {} : { summary: blurb?.querySelector(sel.summary) ?? null, stats: head.stats };
	const links = Array.from(doc.querySelectorAll(sel.chapterLinks));
	const options = Array.from(doc.querySelectorAll(sel.chapterOptions));
	const chapterList: ChapterRef[] = (options.length > 0 ? options : links).map((el, i) => {
		const href = absoluteUrl(el.getAttribute('value') ?? el.getAttribute('href'), url);
		return { index: i + 1, title: chapterTitle(textOf(el), i + 1, 'menu'), id: STORY_PATH.exec(href ? new URL(href).pathname : '')?.[1] ?? null, url: href };
	});
	if (kind === 'index') return { ...base, ...whole, chapterList, stats: { ...head.stats, chapters: head.stats.chapters ?? chapterList.length } };
	const body = doc.querySelector(sel.text);
	if (!body) return { kind: 'not-story', storyId: null };
	const position = chapterList.findIndex((c) => c.id === ownId);
	const current = chapterList[position];
	return {
		...base,
		...whole,
		chapterList,
		chapters: [{ index: current?.index ?? 1, title: current?.title ?? null, id: ownId, url: current?.url ?? url.href, body, summary: storyLink ? (blurb?.querySelector(sel.summary) ?? null) : null, notes: null, endNotes: null }],
		isEntireWork: chapterList.length <= 1,
		prevChapterUrl: chapterList[position - 1]?.url ?? null,
		nextChapterUrl: position >= 0 ? (chapterList[position + 1]?.url ?? null) : null,
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'ficwad',
	name: 'FicWad',
	hosts: ['ficwad.com', 'www.ficwad.com'],
	optional: true,
	examples: {
		story: ['https://ficwad.com/story/501234', 'https://www.ficwad.com/story/501236'],
		notStory: ['https://ficwad.com/', 'https://ficwad.com/a/quillfeather', 'https://ficwad.com/category/47', 'https://ficwad.com/search?title=lamp'],
	},
	matchUrl(url) {
		return STORY_PATH.test(url.pathname);
	},
	detect,
};
