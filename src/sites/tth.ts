import { chapterTitle } from '../core/chapter-title.js';
import { absoluteUrl, hrefOf, textOf } from '../core/dom.js';
import { headerFromLabels, tableValues } from '../core/label-values.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, Link, PageKind } from '../core/types.js';

const sel = {
	title: 'h2',
	summaryBox: 'div.storysummary',
	headerTable: 'table.verticaltable',
	authorLink: 'a[href^="/AuthorStories-"]',
	coAuthorLinks: 'a[href^="/Author-"]',
	seriesNote: 'p[style*="margin-top:0px"], p[style*="margin-top: 0px"]',
	chapterOptions: 'select#chapnav option, select[name="chapnav"] option',
	text: '#storyinnerbody',
	textHeading: ':scope > h3',
	/** Inside the text: the repeated chapter heading and an empty float clearer. */
	textChrome: ':scope > h3, :scope > div[style*="clear"]',
};

/** The header table's cells, in the order TtH prints them (FanFicFare and python-ffdl read them by position). */
const COLUMNS = ['Category', 'Author', 'Rating', 'Chapters', 'Words', 'Recs', 'Reviews', 'Hits', 'Published', 'Updated', 'Complete'];
const STORY_PATH = /^\/(?:T-\d+\/)?Story-(\d+)(?:-(\d+))?(?:\/.*)?$/;
const INFO_PATH = /^\/StoryInfo-(\d+)(?:-\d+)?(?:\/.*)?$/;

function storyIdOf(url: URL): string | null {
	const legacy = url.pathname === '/story.php' ? url.searchParams.get('no') : null;
	return STORY_PATH.exec(url.pathname)?.[1] ?? INFO_PATH.exec(url.pathname)?.[1] ?? (legacy && /^\d+$/.test(legacy) ? legacy : null);
}

function isAboveFilter(doc: Document): boolean {
	return /is rated \S+ which is above your chosen filter level/i.test(doc.body?.textContent ?? '');
}

function infoChapterLinks(doc: Document, id: string): Element[] {
	return Array.from(doc.querySelectorAll(`${sel.headerTable} a[href^="/Story-${id}-"], ${sel.headerTable} a[href^="/Story-${id}/"]`));
}

function detect(doc: Document, url: URL): PageKind {
	const id = storyIdOf(url);
	if (!id) return 'not-story';
	if (doc.querySelector(sel.text)) return 'story';
	if (INFO_PATH.test(url.pathname)) return infoChapterLinks(doc, id).length > 0 ? 'index' : 'not-story';
	return isAboveFilter(doc) ? 'gate' : 'not-story';
}

/** Categories as TtH files them: "Xander-Centered" and "Pairing: Dawn" name characters. */
function splitCategories(categories: readonly string[]): { categories: string[]; characters: string[] } {
	const characters = categories.flatMap((c) => /-Centered$/i.test(c) ? [c.replace(/-Centered$/i, '')] : /^Pairing:\s*/i.test(c) ? [c.replace(/^Pairing:\s*/i, '')] : []);
	return { categories: categories.filter((c) => !/-Centered$|^Pairing:/i.test(c)), characters };
}

function authorsOf(doc: Document, url: URL): Link[] {
	const links = [doc.querySelector(sel.authorLink), ...Array.from(doc.querySelectorAll(`${sel.headerTable} ${sel.coAuthorLinks}`))];
	const seen = new Set<string>();
	return links.flatMap((a) => {
		const text = textOf(a);
		if (!a || text === '' || seen.has(text)) return [];
		seen.add(text);
		return [{ text, url: hrefOf(a, url)?.replace('/Author-', '/AuthorStories-') ?? null }];
	});
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	const id = storyIdOf(url);
	if (kind === 'not-story' || !id) return { kind: 'not-story', storyId: null };
	const authorLinks = authorsOf(doc, url);
	const base: RawStory = { kind, storyId: id, title: textOf(doc.querySelector(sel.title)) || null, authors: authorLinks.map((a) => a.text), authorLinks };
	if (kind === 'gate') {
		const message = /NOTE: This story is rated[^.]{0,300}\./i.exec(doc.body?.textContent ?? '')?.[0] ?? 'This story is rated above your chosen filter level.';
		return { ...base, gate: { reason: 'adult', message, continueUrl: null } };
	}
	const box = doc.querySelector(sel.summaryBox);
	const table = box?.querySelector(sel.headerTable) ?? doc.querySelector(sel.headerTable);
	const head = headerFromLabels(table ? tableValues(table, COLUMNS) : [], url);
	const { categories, characters } = splitCategories(head.categories ?? []);
	const seriesNote = box?.querySelector(sel.seriesNote);
	const series = /No\.\s*(\d+) in the series "(.+)"/.exec(textOf(seriesNote));
	const summary = Array.from(box?.querySelectorAll(':scope > p') ?? []).filter((p) => p !== seriesNote).at(-1);
	const story: RawStory = {
		...base,
		...head,
		categories,
		characters,
		summary: summary ? textOf(summary) : null,
		series: series ? [{ title: series[2] ?? '', url: hrefOf(seriesNote?.querySelector('a'), url), part: Number(series[1]) }] : [],
	};
	if (kind === 'index') {
		const chapterList = infoChapterLinks(doc, id).map((a, i) => ({ index: i + 1, title: chapterTitle(textOf(a), i + 1, 'menu'), id: String(i + 1), url: hrefOf(a, url) }));
		return { ...story, chapterList, stats: { ...head.stats, chapters: head.stats.chapters ?? chapterList.length } };
	}
	const options = Array.from(doc.querySelectorAll(sel.chapterOptions));
	const chapterList: ChapterRef[] = options.map((option, i) => {
		const value = option.getAttribute('value');
		return { index: Number(/Story-\d+-(\d+)/.exec(value ?? '')?.[1]) || i + 1, title: chapterTitle(textOf(option), i + 1, 'menu'), id: String(i + 1), url: absoluteUrl(value, url) };
	});
	const selected = options.findIndex((option) => option.hasAttribute('selected'));
	const current = Number(STORY_PATH.exec(url.pathname)?.[2]) || (chapterList[selected]?.index ?? 1);
	const body = doc.querySelector(sel.text);
	if (!body) return { kind: 'not-story', storyId: null };
	const heading = body.querySelector(sel.textHeading);
	const urlOf = (n: number): string | null => chapterList.find((c) => c.index === n)?.url ?? null;
	return {
		...story,
		chapterList,
		chapters: [{ index: current, title: heading ? chapterTitle(textOf(heading), current, 'heading') : (chapterList[current - 1]?.title ?? null), id: String(current), url: urlOf(current) ?? url.href, body, summary: null, notes: null, endNotes: null, drop: sel.textChrome }],
		isEntireWork: chapterList.length <= 1,
		prevChapterUrl: urlOf(current - 1),
		nextChapterUrl: urlOf(current + 1),
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'tth',
	name: 'Twisting the Hellmouth',
	hosts: ['tthfanfic.org', 'www.tthfanfic.org'],
	optional: true,
	examples: {
		story: [
			'https://www.tthfanfic.org/Story-12345',
			'https://www.tthfanfic.org/Story-12345-2/Greywizard+The+Quiet+Gate.htm',
			'https://www.tthfanfic.org/T-99999999/Story-12345-1/Greywizard+The+Quiet+Gate.htm',
			'https://www.tthfanfic.org/story.php?no=12345',
			'https://www.tthfanfic.org/StoryInfo-12345-1',
		],
		notStory: [
			'https://www.tthfanfic.org/',
			'https://www.tthfanfic.org/AuthorStories-3449/Greywizard.htm',
			'https://www.tthfanfic.org/Series-2329',
			'https://www.tthfanfic.org/Category-1234/Stargate.htm',
		],
	},
	matchUrl(url) {
		return storyIdOf(url) !== null;
	},
	detect,
};
