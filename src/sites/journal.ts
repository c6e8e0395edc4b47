import { absoluteUrl, squash, textOf, textsOf } from '../core/dom.js';
import { entryKind, linkedStories, linksOut, readEntryHeader } from '../core/entry-header.js';
import type { RawStory } from '../core/raw.js';
import { safeCall, safeGet } from '../core/safe-dom.js';
import { rawParagraphs } from '../core/raw-paragraphs.js';
import type { SiteAdapter } from '../core/site.js';
import type { Gate, PageKind } from '../core/types.js';

const sel = {
	/** The entry text: Dreamwidth and LJ-code styles, LiveJournal's classic and 2017 templates. */
	entry: 'div.entry-content, article.b-singlepost-body, div.aentry-post__text',
	/** `?format=light` of the older LJ code (LiveJournal 2011, InsaneJournal): an indented div. */
	lightEntry: 'div[style*="margin-left: 30px"]',
	/** Its mood table and its subject line (the subject is read on its own). */
	lightChrome: ':scope > table:first-child, :scope > p > font:first-child',
	lightSubject: ':scope > p > font:first-child',
	subject: 'h3.entry-title, h1.b-singlepost-title, .aentry-post__title',
	poster: '.entry-poster .ljuser, .b-singlepost-author-user .ljuser, .aentry-head .ljuser',
	anyUser: '.ljuser, .i-ljuser',
	tags: 'div.tag a[rel="tag"], .b-singlepost-tags-items a, .aentry-post__tags a',
	date: 'span.datetime, time.b-singlepost-author-date, .aentry-head__date, font[size="-1"]',
	/** Cut links and share buttons inside the text (an entry page shows the cut already expanded). */
	chrome: '.cuttag_container, .ljcut-link, .ljcut-decor, .lj-like, .entry-content-asset',
	comments: '#comments, #Comments',
	gate: 'form input[name="adult_check"], form button[name="adult_check"]',
	/** Dreamwidth's "Discretion Advised" panel; LiveJournal's "Adult Content Notice" table. */
	gateNotices: ['.panel.callout', '#content-wrapper > table'],
	wrapperId: '[id^="entry-wrapper-"]',
};

const ENTRY_PATH = /^\/(?:(?:users\/|~|community\/)?([\w-]+)\/)?(\d+)\.html$/;
const SLUG_PATH = /^\/\d{4}\/\d{2}\/\d{2}\/[\w-]+\.html$/;
/** Hosts that carry the journal's name in the path rather than in the host. */
const SHARED_HOSTS = new Set(['www', 'community', 'users', 'asylums', 'm']);
const HEADER_KEY = /^(title|author|fandom|rating|pairing|relationships?|characters?|warnings?|summary|genre|spoilers|word ?count|disclaimer|ship)\s*:/gim;
const FIC_WORD = /\b(?:fic|fics|ficlet|drabble|fanfic|fan ?fiction|one-?shot)\b/i;

/** The crosspost note a mirrored entry ends with, and the "( Read more… )" of a cut: never story text. */
function isEntryChrome(text: string): boolean {
	return /^(?:This entry (?:was originally|is also) posted (?:at|on)|Mirrored from|Cross-?posted (?:from|to))\b/i.test(text) || /^\(\s*(?:Read more|more)\b[^)]{0,40}\)$/i.test(text);
}

function entriesOf(doc: Document): Element[] {
	const found = Array.from(doc.querySelectorAll(sel.entry)).filter((e) => !e.closest(sel.comments));
	if (found.length > 0) return found;
	const light = Array.from(doc.querySelectorAll(sel.lightEntry)).find((e) => !e.closest(sel.comments));
	return light ? [light] : [];
}

const isLight = (entry: Element): boolean => !entry.matches(sel.entry);

function subjectOf(doc: Document, entry: Element): string {
	return textOf(isLight(entry) ? entry.querySelector(sel.lightSubject) : doc.querySelector(sel.subject));
}

/** Signs the light page check can see: header keys at the top, a `By X` line, or "fic" in the subject or tags. */
function looksLikeFic(doc: Document, entry: Element): boolean {
	const top = rawParagraphs(entry, undefined, 12).join('\n');
	const keys = new Set(Array.from(top.matchAll(HEADER_KEY), (m) => (m[1] ?? '').toLowerCase()));
	return keys.size >= 2 || /^(?:written )?by \S/im.test(top) || FIC_WORD.test(subjectOf(doc, entry)) || textsOf(doc, sel.tags).some((t) => FIC_WORD.test(t));
}

function detect(doc: Document): PageKind {
	if (doc.querySelector(sel.gate)) return 'gate';
	const entries = entriesOf(doc);
	// No entry is a profile or an error; many are a journal's recent entries or a tag listing.
	if (entries.length !== 1 || !entries[0]) return 'not-story';
	return looksLikeFic(doc, entries[0]) ? 'story' : 'not-story';
}

/** "rebecca2525.dreamwidth.org/3506": the journal (with LiveJournal's `_` as `-`) and the entry number. */
function entryId(doc: Document, url: URL): string | null {
	const labels = url.hostname.toLowerCase().split('.');
	const domain = labels.slice(-2).join('.');
	const sub = labels.slice(0, -2).join('.');
	const path = ENTRY_PATH.exec(url.pathname);
	const journal = (sub === '' || SHARED_HOSTS.has(sub) ? path?.[1] : sub)?.replace(/_/g, '-');
	// Attributes and parents through the prototypes (safe-dom.ts): a `<form id="entry-wrapper-5"><input name="id">` shadows `.id`.
	const wrapper = doc.querySelector(sel.wrapperId);
	const own = wrapper ? safeCall<string | null>(wrapper, 'getAttribute', 'id')?.replace('entry-wrapper-', '') : undefined;
	const item = path?.[2] ?? (own && /^\d+$/.test(own) ? own : null);
	return journal && item ? `${journal}.${domain}/${item}` : null;
}

/** The gate's own words. Its continue button posts a form, so there is no link to follow: continueUrl is null. */
function gateOf(doc: Document): Gate {
	const form = doc.querySelector(sel.gate)?.closest('form') ?? null;
	const notice = sel.gateNotices.map((s) => doc.querySelector(s)).find((n) => n !== null) ?? (form ? safeGet<Element | null>(form, 'parentElement') : null);
	const headings = textsOf(notice, 'h1, h2');
	const heading = headings.find((h) => !/^\d+$/.test(h)) ?? '';
	const body = headings.reduce((text, h) => text.replace(h, ' '), textOf(notice));
	return { reason: 'adult', message: [heading, squash(body)].filter(Boolean).join('. '), continueUrl: null };
}

function posterOf(doc: Document, url: URL): { name: string; url: string | null } | null {
	const user = doc.querySelector(sel.poster) ?? Array.from(doc.querySelectorAll(sel.anyUser)).find((u) => !u.closest(sel.comments));
	if (!user) return null;
	const name = user.getAttribute('lj:user') ?? user.getAttribute('data-ljuser') ?? textOf(user);
	return name ? { name, url: absoluteUrl(user.querySelector('a:last-of-type')?.getAttribute('href'), url) } : null;
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc);
	const storyId = entryId(doc, url);
	if (kind === 'gate') return { kind, storyId, gate: gateOf(doc) };
	const entry = entriesOf(doc)[0];
	if (kind !== 'story' || !entry) return { kind: 'not-story', storyId: null };
	const drop = isLight(entry) ? `${sel.chrome}, ${sel.lightChrome}` : sel.chrome;
	const header = readEntryHeader(entry, { skip: drop, notText: isEntryChrome });
	const subject = subjectOf(doc, entry);
	const poster = posterOf(doc, url);
	const authors = header.fields.authors?.length ? header.fields.authors : poster ? [poster.name] : [];
	const title = header.fields.title ?? (subject.replace(/^(?:\s*\[[^\]]*\])+\s*/, '').replace(/^(?:fic|ficlet|drabble)\s*[:–-]\s*/i, '') || subject || null);
	const published = /\d{4}-\d{2}-\d{2}/.exec(textOf(doc.querySelector(sel.date)))?.[0] ?? null;
	const story: RawStory = {
		...header.fields,
		kind: 'story',
		storyId,
		title,
		authors,
		authorLinks: authors.map((text) => ({ text, url: text.toLowerCase() === poster?.name.toLowerCase() ? poster.url : null })),
		tags: [...(header.fields.tags ?? []), ...textsOf(doc, sel.tags)],
		stats: { ...header.fields.stats, published },
		isEntireWork: true,
	};
	const links = linksOut(entry, url, sel.anyUser);
	// detect said 'story': the entry's top, subject or tags look like a fic.
	const found = entryKind(header, links, true);
	if (found === 'not-story') return { kind: found, storyId: null };
	// A post of several fics, or a header and a link with hardly a word more: the story is elsewhere.
	if (found === 'index') return { ...story, kind: found, chapterList: linkedStories(header, links, title) };
	// The header's lines at the top, a crosspost note at the bottom: never lines in the middle, which are the author's.
	const notText = (p: string): boolean => header.isHeaderText(p) || isEntryChrome(p);
	return { ...story, chapters: [{ index: 1, title: null, id: storyId, url: url.href, body: entry, summary: null, notes: null, endNotes: null, notText, notTextAtEnd: isEntryChrome }], textChrome: drop };
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'journal',
	name: 'Dreamwidth, LiveJournal and InsaneJournal',
	hosts: ['*.dreamwidth.org', '*.insanejournal.com', '*.livejournal.com'],
	optional: true,
	examples: {
		story: ['https://rebecca2525.dreamwidth.org/3506.html', 'https://someone.dreamwidth.org/2020/01/02/a-story.html', 'https://rebecca2525.livejournal.com/3562.html?format=light', 'https://community.livejournal.com/sga_flashfic/234853.html', 'https://asylums.insanejournal.com/some_comm/1234.html', 'https://someone.insanejournal.com/5678.html'],
		notStory: ['https://cesy.dreamwidth.org/', 'https://jennyst.dreamwidth.org/profile', 'https://rarelitfic.dreamwidth.org/tag/fandom:+poirot', 'https://www.livejournal.com/', 'https://rebecca2525.livejournal.com/profile'],
	},
	matchUrl(url) {
		return ENTRY_PATH.test(url.pathname) || SLUG_PATH.test(url.pathname);
	},
	detect,
};
