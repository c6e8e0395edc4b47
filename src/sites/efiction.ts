import { chapterTitle } from '../core/chapter-title.js';
import { hrefOf, squash, textOf } from '../core/dom.js';
import { headerFromLabels, labelledValues } from '../core/label-values.js';
import { safeCall } from '../core/safe-dom.js';
import type { RawChapter, RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { ChapterRef, Gate, PageKind } from '../core/types.js';

/** eFiction 3.x default templates (viewstory, storyindex, printstory) and the skins that keep their ids. */
const sel = {
	pageTitle: '#pagetitle',
	titleLink: 'a[href*="viewstory.php"]',
	authorLinks: 'a[href*="viewuser.php"]',
	info: '.infobox .content, .listbox .content',
	label: 'span.label',
	chapterText: '#story',
	/** viewstory.php wraps the text in a span that carries the reader's text size. */
	sizedText: '#story > span[style*="font-size"]',
	printChapter: 'div.chapter',
	printHeading: 'div.chaptertitle',
	notes: 'div.notes',
	noteLabel: '.label',
	noteBody: '.noteinfo',
	jumpOptions: 'form[name="jump"] select[name="chapter"] option',
	indexLinks: 'b > a[href*="chapter="]',
	printIndexLinks: 'p > b + a[href^="#"]',
	error: '.errortext, .errormsg',
	markers: '#pagetitle, #story, div.chaptertitle, form[name="jump"]',
};

function isViewStory(url: URL): boolean {
	return /\/viewstory\.php$/i.test(url.pathname) && /^\d+$/.test(url.searchParams.get('sid') ?? '');
}

function detect(doc: Document, url: URL): PageKind {
	if (!isViewStory(url)) return 'not-story';
	if (doc.querySelector(sel.printChapter) || textOf(doc.querySelector(sel.chapterText)) !== '') return 'story';
	const error = doc.querySelector(sel.error);
	if (error) return gateOf(error, url) ? 'gate' : 'not-story';
	return doc.querySelector(sel.pageTitle) && doc.querySelector(sel.indexLinks) ? 'index' : 'not-story';
}

/** The rating interstitial (age consent, a warning to accept) or the members-only notice; other errors are not stories. */
function gateOf(error: Element, url: URL): Gate | null {
	const message = squash(Array.from(error.childNodes, (node) => node.textContent).join(' '));
	const link = Array.from(error.querySelectorAll('a')).find((a) => /[?&]warning=/.test(a.getAttribute('href') ?? ''));
	if (link) return { reason: /ageconsent=/.test(link.getAttribute('href') ?? '') ? 'age' : 'adult', message, continueUrl: hrefOf(link, url) };
	return /registered users only/i.test(message) ? { reason: 'login', message, continueUrl: null } : null;
}

function chapterListOf(doc: Document, url: URL, chapterUrl: (n: number) => string): ChapterRef[] {
	const entry = (n: number, shown: string): ChapterRef => ({ index: n, title: chapterTitle(shown, n, 'menu'), id: String(n), url: chapterUrl(n) });
	const options = Array.from(doc.querySelectorAll(sel.jumpOptions));
	if (options.length > 0) return options.map((o, i) => entry(Number(o.getAttribute('value')) || i + 1, textOf(o)));
	const sid = url.searchParams.get('sid');
	const links = Array.from(doc.querySelectorAll(sel.indexLinks)).filter((a) => /[?&]sid=(\d+)/.exec(a.getAttribute('href') ?? '')?.[1] === sid);
	if (links.length > 0) return links.map((a, i) => entry(Number(/chapter=(\d+)/.exec(a.getAttribute('href') ?? '')?.[1]) || i + 1, textOf(a)));
	return Array.from(doc.querySelectorAll(sel.printIndexLinks), (a, i) => entry(Number((a.getAttribute('href') ?? '').slice(1)) || i + 1, textOf(a)));
}

/** A `div.notes` block's text; a block labelled "Story Notes" belongs to the story, the others to a chapter. */
const noteText = (block: Element | null | undefined): Element | null => (block?.matches(sel.notes) ? block.querySelector(sel.noteBody) : null);
const isStoryNotes = (block: Element): boolean => /story/i.test(textOf(block.querySelector(sel.noteLabel)));

/** The printable view: per chapter a heading, its notes, `div.chapter` and its end notes, one after another. */
function printedChapters(doc: Document, list: ChapterRef[], authors: string[], url: URL, chapterUrl: (n: number) => string): RawChapter[] {
	const single = Number(url.searchParams.get('chapter')) || 1;
	return Array.from(doc.querySelectorAll(sel.printChapter), (body, i) => {
		const notesBlock = body.previousElementSibling?.matches(sel.notes) ? body.previousElementSibling : null;
		const heading = (notesBlock ?? body).previousElementSibling;
		const anchor = Number(heading?.matches(sel.printHeading) ? heading.querySelector('a[name]')?.getAttribute('name') : NaN);
		const index = anchor || (list.length > 0 ? i + 1 : single);
		const shown = authors.reduce((text, name) => (text.endsWith(` by ${name}`) ? text.slice(0, -` by ${name}`.length) : text), textOf(heading));
		const ref = list.find((c) => c.index === index);
		return { index, title: ref ? ref.title : chapterTitle(shown, index, 'heading'), id: String(index), url: chapterUrl(index), body, summary: null, notes: noteText(notesBlock), endNotes: noteText(body.nextElementSibling) };
	});
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc, url);
	if (kind === 'not-story') return { kind, storyId: null };
	const sid = url.searchParams.get('sid') ?? '';
	const storyId = `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/viewstory\.php$/i, '')}:${sid}`;
	const box = doc.querySelector(sel.pageTitle);
	const titleLink = box?.querySelector(sel.titleLink);
	const authorLinks = Array.from(box?.querySelectorAll(sel.authorLinks) ?? [], (a) => ({ text: textOf(a), url: hrefOf(a, url) }));
	const base: RawStory = { kind, storyId, title: (titleLink ? textOf(titleLink) : textOf(box)) || null, authors: authorLinks.map((a) => a.text), authorLinks };
	if (kind === 'gate') return { ...base, gate: gateOf(doc.querySelector(sel.error) ?? doc.body, url) };

	const info = doc.querySelector(sel.info);
	const head = headerFromLabels(info ? labelledValues(info, (el) => safeCall<boolean>(el, 'matches', sel.label)) : [], url);
	const chapterUrl = (n: number): string => new URL(`viewstory.php?sid=${sid}&chapter=${n}`, url).href;
	const chapterList = chapterListOf(doc, url, chapterUrl);
	const notes = Array.from(doc.querySelectorAll(sel.notes));
	const storyNotes = notes.find(isStoryNotes)?.querySelector(sel.noteBody) ?? null;
	const story: RawStory = { ...base, ...head, notes: storyNotes, chapterList };
	if (kind === 'index') return { ...story, stats: { ...head.stats, chapters: head.stats.chapters ?? chapterList.length } };

	const text = doc.querySelector(sel.chapterText);
	if (!text || url.searchParams.get('action') === 'printable') {
		const chapters = printedChapters(doc, chapterList, base.authors ?? [], url, chapterUrl);
		const total = head.stats.chapters ?? chapterList.length;
		return { ...story, chapters, isEntireWork: chapters.length >= total };
	}
	const selected = doc.querySelector(`${sel.jumpOptions}[selected]`)?.getAttribute('value');
	const current = Number(url.searchParams.get('chapter')) || Number(selected) || 1;
	const before = notes.find((n) => !isStoryNotes(n) && n.compareDocumentPosition(text) & 4 /* text follows */);
	const after = notes.find((n) => n.compareDocumentPosition(text) & 2 /* text precedes */);
	const ref = chapterList.find((c) => c.index === current);
	const has = (n: number): boolean => chapterList.some((c) => c.index === n);
	return {
		...story,
		stats: { ...head.stats, chapters: head.stats.chapters ?? Math.max(1, chapterList.length) },
		chapters: [{ index: current, title: ref?.title ?? null, id: String(current), url: chapterUrl(current), body: doc.querySelector(sel.sizedText) ?? text, summary: null, notes: noteText(before), endNotes: noteText(after) }],
		isEntireWork: chapterList.length <= 1,
		prevChapterUrl: has(current - 1) ? chapterUrl(current - 1) : null,
		nextChapterUrl: has(current + 1) ? chapterUrl(current + 1) : null,
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'efiction',
	name: 'eFiction archives',
	/** A few well-known archives; any other eFiction archive is recognised by its markup (claimsDocument). */
	hosts: ['ncisfiction.com', 'potionsandsnitches.org', 'thedelphicexpanse.com', 'www.ncisfiction.com', 'www.potionsandsnitches.org', 'www.thedelphicexpanse.com'],
	optional: true,
	examples: {
		story: [
			'https://www.potionsandsnitches.org/fanfiction/viewstory.php?sid=4321',
			'https://www.potionsandsnitches.org/fanfiction/viewstory.php?sid=4321&chapter=2',
			'https://www.thedelphicexpanse.com/archive/viewstory.php?sid=55&index=1',
			'https://ncisfiction.com/viewstory.php?action=printable&sid=900&textsize=0&chapter=all',
			'https://ncisfiction.com/viewstory.php?sid=900&ageconsent=ok&warning=5',
		],
		notStory: [
			'https://www.potionsandsnitches.org/fanfiction/',
			'https://www.potionsandsnitches.org/fanfiction/viewuser.php?uid=12',
			'https://www.potionsandsnitches.org/fanfiction/browse.php?type=categories&catid=3',
			'https://ncisfiction.com/reviews.php?type=ST&item=900',
			'https://www.thedelphicexpanse.com/archive/viewseries.php?seriesid=8',
		],
	},
	matchUrl: isViewStory,
	detect,
	claimsDocument(doc, url) {
		return isViewStory(url) && doc.querySelector(sel.markers) !== null;
	},
};
