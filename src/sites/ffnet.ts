import { chapterTitle } from '../core/chapter-title.js';
import { hrefOf, isoDateFromUnix, parseCount, squash, textOf, textOrNull } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, PageKind, StoryStats } from '../core/types.js';

const sel = {
	text: '#storytext',
	profile: '#profile_top',
	/** The 2013 layout kept the header in a table cell instead of #profile_top. */
	oldProfile: '#gui_table1i td',
	authorLink: 'a[href^="/u/"]',
	title: 'b',
	summary: ':scope > div.xcontrast_txt, :scope > div[style*="margin-top"]',
	metaLine: 'span.xgray, div[style*="gray"]',
	crumbs: '#pre_story_links a',
	chapterOptions: 'select#chap_select option',
};

const STORY_PATH = /^\/s\/(\d+)(?:\/(\d+))?(?:\/([^/]*))?\/?$/;

const GENRES = new Set([
	'adventure', 'angst', 'crime', 'drama', 'family', 'fantasy', 'friendship', 'general', 'horror', 'humor',
	'hurt/comfort', 'mystery', 'parody', 'poetry', 'romance', 'sci-fi', 'spiritual', 'supernatural', 'suspense',
	'tragedy', 'western',
]);

function genresOf(item: string): string[] | null {
	const parts = item.replace(/hurt\/comfort/gi, 'Hurt\u0000Comfort').split('/').map((g) => g.replace('\u0000', '/').trim());
	return parts.every((g) => GENRES.has(g.toLowerCase())) ? parts : null;
}

/** "[Harry P., Hermione G.] Ron W., Luna L." → pairings and characters. */
function charactersOf(item: string): { characters: string[]; relationships: string[] } {
	const relationships: string[] = [];
	const characters: string[] = [];
	const rest = item.replace(/\[([^\]]*)\]/g, (_, pair: string) => {
		const names = pair.split(',').map((n) => n.trim()).filter(Boolean);
		relationships.push(names.join('/'));
		characters.push(...names);
		return ',';
	});
	characters.push(...rest.split(/,|\s+&\s+/).map((n) => n.trim()).filter(Boolean));
	return { characters: [...new Set(characters)], relationships };
}

/** "02-02-12" (the 2013 layout's text dates) → 2012-02-02. */
function oldDate(text: string): string | null {
	const m = /(\d{1,2})-(\d{1,2})-(\d{2,4})/.exec(text);
	if (!m) return null;
	const year = (m[3] ?? '').length === 2 ? `20${m[3]}` : (m[3] ?? '');
	return `${year}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

function headerRoot(doc: Document): Element | null {
	const profile = doc.querySelector(sel.profile);
	if (profile) return profile;
	return Array.from(doc.querySelectorAll(sel.oldProfile)).find((td) => td.querySelector(sel.authorLink) && td.querySelector(sel.title)) ?? null;
}

function detect(doc: Document): PageKind {
	return doc.querySelector(sel.text) && headerRoot(doc) ? 'story' : 'not-story';
}

interface MetaLine {
	rating: string | null;
	language: string | null;
	genres: string[];
	characters: string[];
	relationships: string[];
	stats: Partial<StoryStats> & { extra: Record<string, string> };
}

function readMetaLine(line: Element | null): MetaLine {
	const meta: MetaLine = { rating: null, language: null, genres: [], characters: [], relationships: [], stats: { extra: {} } };
	if (!line) return meta;
	const items = squash(line.textContent).split(/\s+-\s+/).map((i) => i.trim()).filter(Boolean);
	let position = 0;
	for (const item of items) {
		const keyed = /^([A-Za-z]+):\s*(.*)$/.exec(item);
		if (keyed) {
			const key = (keyed[1] ?? '').toLowerCase();
			const value = keyed[2] ?? '';
			if (key === 'rated') meta.rating = squash(line.querySelector('a')?.textContent) || value;
			else if (key === 'chapters') meta.stats.chapters = parseCount(value);
			else if (key === 'words') meta.stats.words = parseCount(value);
			else if (key === 'status') meta.stats.complete = /complete/i.test(value);
			else if (key === 'updated') meta.stats.updated = oldDate(value);
			else if (key === 'published') meta.stats.published = oldDate(value);
			else if (key !== 'id') meta.stats.extra[key] = value;
			continue;
		}
		position++;
		if (position === 1) meta.language = item;
		else if (meta.genres.length === 0 && meta.characters.length === 0 && genresOf(item)) meta.genres = genresOf(item) ?? [];
		else if (meta.characters.length === 0) Object.assign(meta, charactersOf(item));
	}
	// Current pages carry exact dates as unix seconds.
	for (const span of Array.from(line.querySelectorAll('span[data-xutime]'))) {
		const seconds = Number(span.getAttribute('data-xutime'));
		const label = span.previousSibling?.textContent ?? '';
		if (!Number.isFinite(seconds)) continue;
		if (/updated/i.test(label)) meta.stats.updated = isoDateFromUnix(seconds);
		else if (/published/i.test(label)) meta.stats.published = isoDateFromUnix(seconds);
	}
	return meta;
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const root = headerRoot(doc);
	const body = doc.querySelector(sel.text);
	const path = STORY_PATH.exec(url.pathname);
	const isFictionPress = url.hostname.endsWith('fictionpress.com');
	const id = path?.[1] ?? null;
	const storyId = id === null ? null : isFictionPress ? `fictionpress-${id}` : id;
	if (!root || !body) return { kind: 'not-story', storyId: null };
	const slug = path?.[3] ? `/${path[3]}` : '';
	const chapterUrl = (n: string): string | null => (id ? new URL(`/s/${id}/${n}${slug}`, url).href : null);

	const firstSelect = doc.querySelector('select#chap_select');
	const chapterList: ChapterRef[] = Array.from(firstSelect?.querySelectorAll('option') ?? [], (option, i) => {
		const value = option.getAttribute('value') ?? String(i + 1);
		return { index: Number(value) || i + 1, title: chapterTitle(textOf(option), i + 1, 'menu'), id: value, url: chapterUrl(value) };
	});
	const selected = firstSelect?.querySelector('option[selected]');
	const current = Number(selected?.getAttribute('value') ?? path?.[2] ?? '1') || 1;
	const currentRef = chapterList.find((c) => c.index === current);
	const meta = readMetaLine(root.querySelector(sel.metaLine));
	meta.stats.chapters ??= Math.max(1, chapterList.length);
	if (chapterList.length > (meta.stats.chapters ?? 0)) meta.stats.chapters = chapterList.length;

	const crumbs = Array.from(doc.querySelectorAll(sel.crumbs));
	const fandomLink = crumbs.at(-1);
	const section = crumbs.length >= 2 ? textOf(crumbs[0]) : null;
	// FFN keeps a fandom's book, film and anime sections apart ("Harry Potter (Books)"), as the site names them.
	let fandoms = fandomLink && section ? [`${textOf(fandomLink)} (${section})`] : [];
	if (crumbs.length === 1 && /crossover/i.test(textOf(fandomLink))) {
		fandoms = textOf(fandomLink).replace(/\s*crossover$/i, '').split(/\s+\+\s+/);
	}
	const author = root.querySelector(sel.authorLink);
	const authorName = textOf(author);
	return {
		kind: 'story',
		storyId,
		title: textOrNull(root.querySelector(sel.title)),
		authors: authorName ? [authorName] : [],
		authorLinks: authorName ? [{ text: authorName, url: hrefOf(author, url) }] : [],
		rating: meta.rating,
		fandoms,
		categories: [],
		characters: meta.characters,
		relationships: meta.relationships,
		tags: meta.genres,
		language: meta.language,
		stats: meta.stats,
		summary: textOrNull(root.querySelector(sel.summary)),
		chapterList,
		chapters: [{ index: current, title: chapterList.length > 0 ? (currentRef?.title ?? null) : null, id: String(current), url: chapterUrl(String(current)), body, summary: null, notes: null, endNotes: null, notesInText: true }],
		isEntireWork: chapterList.length <= 1,
		prevChapterUrl: chapterList.some((c) => c.index === current - 1) ? chapterUrl(String(current - 1)) : null,
		nextChapterUrl: chapterList.some((c) => c.index === current + 1) ? chapterUrl(String(current + 1)) : null,
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'ffnet',
	name: 'FanFiction.net and FictionPress',
	hosts: ['fanfiction.net', 'fictionpress.com', 'm.fanfiction.net', 'm.fictionpress.com', 'www.fanfiction.net', 'www.fictionpress.com'],
	examples: {
		story: [
			'https://www.fanfiction.net/s/7347955/1/Dreaming-of-Sunshine',
			'https://m.fanfiction.net/s/7347955/2/',
			'https://www.fanfiction.net/s/7347955',
			'https://www.fictionpress.com/s/2961893/1/Mother-of-Learning',
		],
		notStory: [
			'https://www.fanfiction.net/',
			'https://www.fanfiction.net/search/?keywords=potter&ready=1&type=story',
			'https://www.fanfiction.net/book/Harry-Potter/',
			'https://www.fanfiction.net/u/315314/Silver-Queen',
			'https://www.fanfiction.net/r/7347955/',
		],
	},
	matchUrl(url) {
		return STORY_PATH.test(url.pathname);
	},
	detect,
};
