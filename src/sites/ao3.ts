import { chapterTitle } from '../core/chapter-title.js';
import { hrefOf, parseCount, splitList, squash, textOf, textOrNull, textsOf } from '../core/dom.js';
import type { RawChapter, RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, Gate, PageKind, SeriesMembership, StoryStats } from '../core/types.js';

const sel = {
	main: '#main',
	/** Newer pages (and some saved copies) have no div.work wrapper; the text sits in #chapters. */
	workText: '#main #chapters',
	meta: 'dl.work.meta',
	tags: (kind: string) => `dd.${kind}.tags a.tag`,
	hiddenWarnings: 'dd.warning.tags li[id$="_category_warnings"] a, li.warnings a[href*="tag_type=warnings"]',
	hiddenFreeforms: 'dd.freeform.tags li[id$="_category_freeforms"] a, li.freeforms a[href*="tag_type=freeforms"]',
	language: 'dd.language',
	series: 'dd.series span.series',
	collections: 'dd.collections a',
	stats: 'dl.stats',
	preface: '#workskin > div.preface, div.work > div.preface, #workskin div.preface.group:not(.chapter):not(.afterword)',
	title: 'h2.title',
	byline: 'h3.byline',
	authorLinks: 'a[rel="author"]',
	summary: 'div.summary blockquote.userstuff',
	notes: 'div.notes blockquote.userstuff',
	workEndNotes: '#work_endnotes blockquote.userstuff',
	chapters: '#chapters',
	chapterDivs: '#chapters > div.chapter[id^="chapter-"]',
	chapterHeading: 'div.chapter.preface h3.title',
	chapterBody: 'div.userstuff.module, div.userstuff[role="article"]',
	chapterSummary: 'div.chapter.preface div.summary blockquote.userstuff',
	/** Beginning notes only: the end notes block is `div.end.notes`, in a preface group of its own. */
	chapterNotes: 'div.chapter.preface div.notes:not(.end) blockquote.userstuff',
	chapterEndNotes: 'div.end.notes blockquote.userstuff',
	singleBody: '#chapters > div.userstuff',
	chapterSelect: 'select#selected_id option',
	previous: 'li.chapter.previous a',
	next: 'li.chapter.next a',
	navigateHeading: '#main.works-navigate h2.heading',
	navigateList: '#main.works-navigate ol.chapter.index li a, #main ol.chapter.index li a',
	adultNotice: '#main p.caution',
	blurb: '#main li.work.blurb, #main li.blurb',
	signin: '#main.sessions-new #signin, #main #signin',
	unrevealed: '#main p.notice',
	download: { preface: '#preface', chapters: '#chapters', origin: '#preface p.message a[href*="/works/"]', tags: '#preface dl.tags', title: '#preface h1', byline: '#preface .byline', endNotes: '#afterword #endnotes blockquote.userstuff' },
};

const WORK_PATH = /^\/(?:collections\/[^/]+\/)?works\/(\d+)(?:\/chapters\/(\d+)|\/navigate)?\/?$/;

function workIdFrom(url: URL, doc: Document): string | null {
	const own = /\/works\/(\d+)/.exec(url.pathname);
	if (own?.[1]) return own[1];
	const returnTo = url.searchParams.get('return_to') ?? doc.querySelector('#main form[action*="return_to"]')?.getAttribute('action') ?? '';
	const fromReturn = /works(?:\/|%2F)(\d+)/i.exec(returnTo);
	if (fromReturn?.[1]) return fromReturn[1];
	const link = doc.querySelector('#main a[href*="/works/"], #preface p.message a[href*="/works/"]')?.getAttribute('href') ?? '';
	return /\/works\/(\d+)/.exec(link)?.[1] ?? null;
}

function isDownload(doc: Document): boolean {
	return doc.querySelector(sel.download.preface) !== null && doc.querySelector(sel.download.chapters) !== null && doc.querySelector(sel.download.origin) !== null;
}

function adultNotice(doc: Document): Element | null {
	const caution = doc.querySelector(sel.adultNotice);
	if (caution) return caution;
	const heading = Array.from(doc.querySelectorAll('#main h2')).find((h) => /adult content warning/i.test(h.textContent ?? ''));
	return heading ? (heading.parentElement?.querySelector('p') ?? heading) : null;
}

function isLoginWall(doc: Document): boolean {
	const signin = doc.querySelector(sel.signin);
	return signin !== null && /only available to registered users/i.test(signin.textContent ?? '');
}

function detect(doc: Document, url: URL): PageKind {
	if (doc.querySelector(sel.workText) && doc.querySelector(sel.meta)) return 'story';
	if (url.protocol === 'file:' || !WORK_PATH.test(url.pathname)) {
		if (isDownload(doc)) return 'story';
	}
	if (doc.querySelector('#main.works-navigate ol.chapter.index')) return 'index';
	if (isLoginWall(doc)) return 'gate';
	if (!doc.querySelector(sel.workText) && adultNotice(doc) && doc.querySelector(sel.blurb)) return 'gate';
	if (!doc.querySelector(sel.workText) && /ongoing challenge and will be revealed/i.test(textOf(doc.querySelector(sel.unrevealed)))) return 'gate';
	return 'not-story';
}

/** Tag texts of one header group; AO3 shows the warning default under a longer display name. */
function tagTexts(root: ParentNode, kind: string): string[] {
	return textsOf(root, sel.tags(kind));
}

function statsFromPairs(pairs: [string, string][]): Partial<StoryStats> {
	const stats: Partial<StoryStats> & { extra: Record<string, string> } = { extra: {} };
	for (const [label, value] of pairs) {
		const key = label.toLowerCase().replace(/:$/, '').trim();
		if (key === 'published') stats.published = isoDate(value);
		else if (key === 'updated' || key === 'completed') {
			stats.updated = isoDate(value);
			if (key === 'completed') stats.complete = true;
		} else if (key === 'words') stats.words = parseCount(value);
		else if (key === 'chapters') {
			const [posted, expected] = value.split('/').map((v) => v.trim());
			stats.chapters = parseCount(posted);
			stats.chaptersExpected = expected === undefined || expected === '?' ? null : parseCount(expected);
			stats.complete = stats.chaptersExpected !== null && stats.chapters === stats.chaptersExpected;
		} else if (key !== '' && value !== '') stats.extra[key] = value;
	}
	return stats;
}

function isoDate(text: string): string | null {
	return /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? null;
}

function statsFromDl(dl: Element | null): Partial<StoryStats> {
	if (!dl) return {};
	const pairs: [string, string][] = [];
	for (const dt of Array.from(dl.querySelectorAll(':scope > dt'))) {
		const dd = dt.nextElementSibling;
		if (dd?.tagName === 'DD') pairs.push([textOf(dt), textOf(dd)]);
	}
	return statsFromPairs(pairs);
}

function seriesOf(root: ParentNode, base: URL): SeriesMembership[] {
	return Array.from(root.querySelectorAll(sel.series), (span) => {
		const link = span.querySelector('span.position a, a[href*="/series/"]');
		const part = /part\s+(\d+)/i.exec(textOf(span.querySelector('span.position') ?? span));
		return { title: textOf(link), url: hrefOf(link, base), part: part?.[1] ? Number(part[1]) : null };
	}).filter((s) => s.title !== '');
}

function chapterListFromSelect(doc: Document, workId: string | null, base: URL): ChapterRef[] {
	return Array.from(doc.querySelectorAll(sel.chapterSelect), (option, i) => {
		const id = option.getAttribute('value');
		return {
			index: i + 1,
			title: chapterTitle(textOf(option), i + 1, 'menu'),
			id,
			url: workId && id ? new URL(`/works/${workId}/chapters/${id}`, base).href : null,
		};
	});
}

function withoutFragment(href: string | null): string | null {
	return href ? href.replace(/#.*$/, '') : null;
}

function authorsOf(byline: Element | null, base: URL): { authors: string[]; authorLinks: { text: string; url: string | null }[] } {
	if (!byline) return { authors: [], authorLinks: [] };
	const links = Array.from(byline.querySelectorAll(sel.authorLinks));
	if (links.length === 0) {
		const text = textOf(byline).replace(/^by\s+/i, '');
		return text ? { authors: [text], authorLinks: [{ text, url: null }] } : { authors: [], authorLinks: [] };
	}
	const authorLinks = links.map((a) => ({ text: textOf(a), url: hrefOf(a, base) }));
	return { authors: authorLinks.map((l) => l.text), authorLinks };
}

function hiddenLink(root: ParentNode, selector: string, base: URL): string | null {
	const link = root.querySelector(selector);
	return link && /show/i.test(textOf(link)) ? hrefOf(link, base) : null;
}

function readChapters(doc: Document, workId: string | null, base: URL): RawChapter[] {
	const divs = Array.from(doc.querySelectorAll(sel.chapterDivs)).filter((d) => /^chapter-\d+$/.test(d.id));
	if (divs.length > 0) {
		return divs.map((div) => {
			const heading = div.querySelector(sel.chapterHeading);
			const link = heading?.querySelector('a[href*="/chapters/"]') ?? null;
			const index = Number(div.id.slice('chapter-'.length));
			const shown = textOf(heading);
			const id = /\/chapters\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
			const body = div.querySelector(sel.chapterBody);
			if (!body) throw new Error(`AO3 chapter ${index} has no text`);
			return {
				index,
				title: chapterTitle(shown, index, 'heading'),
				id,
				url: id && workId ? new URL(`/works/${workId}/chapters/${id}`, base).href : null,
				body,
				summary: div.querySelector(sel.chapterSummary),
				notes: div.querySelector(sel.chapterNotes),
				endNotes: div.querySelector(sel.chapterEndNotes),
			};
		});
	}
	const single = doc.querySelector(sel.singleBody);
	if (!single) return [];
	return [{ index: 1, title: null, id: null, url: workId ? new URL(`/works/${workId}`, base).href : null, body: single, summary: null, notes: null, endNotes: null }];
}

function extractWork(doc: Document, url: URL, workId: string | null): RawStory {
	const meta = doc.querySelector(sel.meta) ?? doc.createElement('dl');
	const preface = doc.querySelector(sel.preface);
	const { authors, authorLinks } = authorsOf(preface?.querySelector(sel.byline) ?? null, url);
	const hiddenWarningsUrl = hiddenLink(meta, sel.hiddenWarnings, url);
	const hiddenTagsUrl = hiddenLink(meta, sel.hiddenFreeforms, url);
	const chapters = readChapters(doc, workId, url);
	let chapterList = chapterListFromSelect(doc, workId, url);
	if (chapterList.length === 0) chapterList = chapters.map(({ index, title, id, url: u }) => ({ index, title, id, url: u }));
	const stats = statsFromDl(meta.querySelector(sel.stats));
	const fullView = doc.querySelector('#main.works-show') !== null || url.searchParams.get('view_full_work') === 'true';
	return {
		kind: chapters.length > 0 ? 'story' : 'not-story',
		storyId: workId,
		title: textOrNull(preface?.querySelector(sel.title)),
		authors,
		authorLinks,
		rating: tagTexts(meta, 'rating').join(', ') || null,
		warnings: hiddenWarningsUrl ? [] : tagTexts(meta, 'warning'),
		warningsHiddenBySite: hiddenWarningsUrl !== null,
		hiddenWarningsUrl,
		categories: tagTexts(meta, 'category'),
		fandoms: tagTexts(meta, 'fandom'),
		relationships: tagTexts(meta, 'relationship'),
		characters: tagTexts(meta, 'character'),
		tags: hiddenTagsUrl ? [] : tagTexts(meta, 'freeform'),
		tagsHiddenBySite: hiddenTagsUrl !== null,
		hiddenTagsUrl,
		language: textOrNull(meta.querySelector(sel.language)),
		series: seriesOf(meta, url),
		collections: textsOf(meta, sel.collections),
		stats,
		summary: preface?.querySelector(sel.summary) ?? null,
		notes: preface?.querySelector(sel.notes) ?? null,
		endNotes: doc.querySelector(sel.workEndNotes),
		chapters,
		chapterList,
		isEntireWork: fullView || (stats.chapters != null && chapters.length >= stats.chapters),
		prevChapterUrl: withoutFragment(hrefOf(doc.querySelector(sel.previous), url)),
		nextChapterUrl: withoutFragment(hrefOf(doc.querySelector(sel.next), url)),
	};
}

function extractNavigate(doc: Document, url: URL, workId: string | null): RawStory {
	const heading = doc.querySelector(sel.navigateHeading);
	const { authors, authorLinks } = authorsOf(heading, url);
	const chapterList = Array.from(doc.querySelectorAll(sel.navigateList), (a, i) => {
		const href = hrefOf(a, url);
		return { index: i + 1, title: chapterTitle(textOf(a), i + 1, 'menu'), id: /\/chapters\/(\d+)/.exec(href ?? '')?.[1] ?? null, url: href };
	});
	return {
		kind: 'index',
		storyId: workId,
		title: textOrNull(heading?.querySelector('a[href*="/works/"]')),
		authors,
		authorLinks,
		chapterList,
		stats: { chapters: chapterList.length },
	};
}

function extractAdultGate(doc: Document, url: URL, workId: string | null): RawStory {
	const blurb = doc.querySelector(sel.blurb) ?? doc.createElement('li');
	const notice = adultNotice(doc);
	const continueLink = Array.from(doc.querySelectorAll('#main ul.actions a')).find((a) => /view_adult=true/.test(a.getAttribute('href') ?? '') || /continue|proceed/i.test(textOf(a)));
	const gate: Gate = { reason: 'adult', message: textOf(notice), continueUrl: hrefOf(continueLink, url) };
	const { authors, authorLinks } = authorsOf(blurb.querySelector('h4.heading'), url);
	const hiddenWarningsUrl = hiddenLink(blurb, sel.hiddenWarnings, url);
	const hiddenTagsUrl = hiddenLink(blurb, sel.hiddenFreeforms, url);
	const statsPairs: [string, string][] = Array.from(blurb.querySelectorAll('dl.stats dt'), (dt) => [textOf(dt), textOf(dt.nextElementSibling)]);
	const rating = blurb.querySelector('ul.required-tags span.rating')?.getAttribute('title') ?? null;
	return {
		kind: 'gate',
		storyId: workId,
		gate,
		title: textOrNull(blurb.querySelector('h4.heading a[href*="/works/"]')),
		authors: authors.filter((a) => !/\/works\//.test(a)),
		authorLinks,
		rating,
		fandoms: textsOf(blurb, 'h5.fandoms a.tag'),
		warnings: hiddenWarningsUrl ? [] : textsOf(blurb, 'ul.tags li.warnings a.tag'),
		warningsHiddenBySite: hiddenWarningsUrl !== null,
		hiddenWarningsUrl,
		relationships: textsOf(blurb, 'ul.tags li.relationships a.tag'),
		characters: textsOf(blurb, 'ul.tags li.characters a.tag'),
		tags: hiddenTagsUrl ? [] : textsOf(blurb, 'ul.tags li.freeforms a.tag'),
		tagsHiddenBySite: hiddenTagsUrl !== null,
		hiddenTagsUrl,
		categories: splitList(blurb.querySelector('ul.required-tags span.category')?.getAttribute('title') ?? ''),
		language: textOrNull(blurb.querySelector('dl.stats dd.language')),
		summary: blurb.querySelector('blockquote.userstuff.summary, blockquote.summary'),
		stats: statsFromPairs(statsPairs),
		series: Array.from(blurb.querySelectorAll('ul.series li'), (li) => {
			const a = li.querySelector('a');
			return { title: textOf(a), url: hrefOf(a, url), part: parseCount(textOf(li.querySelector('strong'))) };
		}),
	};
}

/** AO3's "Download → HTML" file: `#preface` with a `dl.tags`, then `#chapters`. */
function extractDownload(doc: Document, url: URL): RawStory {
	const origin = doc.querySelector(sel.download.origin);
	const workId = /\/works\/(\d+)/.exec(origin?.getAttribute('href') ?? '')?.[1] ?? null;
	const fields = new Map<string, Element>();
	for (const dt of Array.from(doc.querySelectorAll(`${sel.download.tags} > dt`))) {
		const dd = dt.nextElementSibling;
		if (dd?.tagName === 'DD') fields.set(textOf(dt).toLowerCase().replace(/:$/, '').replace(/s$/, ''), dd);
	}
	const values = (key: string): string[] => {
		const dd = fields.get(key);
		if (!dd) return [];
		const links = textsOf(dd, 'a');
		return links.length > 0 ? links : splitList(textOf(dd), /,/);
	};
	const statsText = textOf(fields.get('stat'));
	const pairs: [string, string][] = Array.from(statsText.matchAll(/(Published|Updated|Completed|Words|Chapters|Comments|Kudos|Bookmarks|Hits):\s*(\S+)/g), (m) => [m[1] ?? '', m[2] ?? '']);
	const seriesDd = fields.get('serie');
	const series: SeriesMembership[] = seriesDd
		? [{ title: textOf(seriesDd.querySelector('a')), url: hrefOf(seriesDd.querySelector('a'), url), part: parseCount(/part\s+(\d+)/i.exec(textOf(seriesDd))?.[1]) }]
		: [];
	const preface = doc.querySelector(sel.download.preface);
	const labelled = (root: Element | null, label: RegExp): Element | null => {
		if (!root) return null;
		const p = Array.from(root.querySelectorAll(':scope > p, :scope > div.meta > p')).find((el) => label.test(textOf(el)));
		const next = p?.nextElementSibling;
		return next?.matches('blockquote.userstuff') ? next : null;
	};
	const prefaceMeta = preface?.querySelector('div.meta') ?? null;
	const byline = doc.querySelector(sel.download.byline);
	const { authors, authorLinks } = authorsOf(byline, url);

	const chapters: RawChapter[] = [];
	const container = doc.querySelector(sel.download.chapters);
	let current: Partial<RawChapter> & { index: number } = { index: 0 };
	const push = (): void => {
		if (current.body) chapters.push({ title: null, id: null, url: null, summary: null, notes: null, endNotes: null, ...current, body: current.body });
	};
	for (const child of Array.from(container?.children ?? [])) {
		if (child.matches('div.meta.group')) {
			push();
			const index = current.index + 1;
			current = { index, title: chapterTitle(textOf(child.querySelector('h2.heading')), index, 'heading'), summary: labelled(child, /^chapter summary$/i), notes: labelled(child, /^chapter notes$/i) };
		} else if (child.matches('div.userstuff')) {
			if (current.body) {
				push();
				current = { index: current.index + 1 };
			}
			if (current.index === 0) current.index = 1;
			current.body = child;
		} else if (child.matches('div.meta[id^="endnotes"]')) {
			current.endNotes = child.querySelector('blockquote.userstuff');
		}
	}
	push();
	const stats = statsFromPairs(pairs);
	return {
		kind: chapters.length > 0 ? 'story' : 'not-story',
		storyId: workId,
		title: textOrNull(doc.querySelector(sel.download.title)),
		authors,
		authorLinks,
		rating: values('rating').join(', ') || null,
		warnings: [...values('archive warning'), ...values('archive warnings')],
		categories: values('category'),
		fandoms: values('fandom'),
		relationships: values('relationship'),
		characters: values('character'),
		tags: values('additional tag'),
		language: textOrNull(fields.get('language')),
		series,
		collections: values('collection'),
		stats,
		summary: labelled(prefaceMeta, /^summary$/i),
		notes: labelled(prefaceMeta, /^notes$/i),
		endNotes: doc.querySelector(sel.download.endNotes),
		chapters,
		chapterList: chapters.map(({ index, title, id, url: u }) => ({ index, title, id, url: u })),
		isEntireWork: true,
	};
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const workId = workIdFrom(url, doc);
	const kind = detect(doc, url);
	if (kind === 'story') return doc.querySelector(sel.workText) ? extractWork(doc, url, workId) : extractDownload(doc, url);
	if (kind === 'index') return extractNavigate(doc, url, workId);
	if (kind === 'gate') {
		if (isLoginWall(doc)) {
			return { kind: 'gate', storyId: workId, gate: { reason: 'login', message: squash(doc.querySelector(sel.signin)?.querySelector('p')?.textContent), continueUrl: null } };
		}
		if (adultNotice(doc)) return extractAdultGate(doc, url, workId);
		return { kind: 'gate', storyId: workId, gate: { reason: 'unrevealed', message: textOf(doc.querySelector(sel.unrevealed)), continueUrl: null } };
	}
	return { kind: 'not-story', storyId: null };
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'ao3',
	name: 'Archive of Our Own',
	hosts: [
		'ao3.org',
		'archiveofourown.com',
		'archiveofourown.gay',
		'archiveofourown.net',
		'archiveofourown.org',
		'download.archiveofourown.org',
		'www.archiveofourown.org',
	],
	examples: {
		story: [
			'https://archiveofourown.org/works/168768',
			'https://archiveofourown.org/works/17793689/chapters/41980418',
			'https://archiveofourown.org/works/41952030?view_full_work=true',
			'https://archiveofourown.org/collections/anonfills/works/168768',
			'https://archiveofourown.org/works/43703871/navigate',
			'https://www.archiveofourown.org/works/1',
			'https://archiveofourown.org/users/login?restricted=true&return_to=%2Fworks%2F15461226',
		],
		notStory: [
			'https://archiveofourown.org/',
			'https://archiveofourown.org/tags/Homestuck/works',
			'https://archiveofourown.org/series/1285256',
			'https://archiveofourown.org/users/astolat/pseuds/astolat',
			'https://archiveofourown.org/works/search?work_search%5Bquery%5D=dragon',
		],
	},
	matchUrl(url) {
		if (WORK_PATH.test(url.pathname) || /^\/chapters\/\d+\/?$/.test(url.pathname)) return true;
		return url.pathname === '/users/login' && url.searchParams.get('restricted') === 'true';
	},
	detect,
	claimsDocument: isDownload,
};
