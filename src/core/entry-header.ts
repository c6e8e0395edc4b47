import { absoluteUrl, squash } from './dom.js';
import { countHeaderBlocks, findByLine, parseHeaderBlock, type HeaderBlock } from './header-block.js';
import type { RawStory } from './raw.js';
import { rawParagraphs } from './raw-paragraphs.js';
import { countWords } from './text.js';
import type { ChapterRef, PageKind } from './types.js';

/**
 * The fic header at the top of a journal entry or a blog post (Dreamwidth,
 * LiveJournal, Tumblr). It is read from the page's own element, before the
 * core cleans it, by the same header-block parser as personal pages; the lines
 * it used are then kept out of the story text through `RawChapter.notText`.
 */

export interface EntryHeader {
	/** Story fields the header gives (title, authors, rating, fandoms…); empty when there is no header. */
	fields: Partial<RawStory>;
	/** A `Key: value` block, or a title line over a `By X` line, was found at the top. */
	found: boolean;
	/** Several headers (a masterlist, a post of many fics) or recommendation keys (a rec post). */
	manyStories: boolean;
	recommendation: boolean;
	/** Words outside the header and outside the paragraphs `notText` names. */
	proseWords: number;
	/** True for a cleaned paragraph made only of header lines: what `RawChapter.notText` needs. */
	isHeaderText(paragraph: string): boolean;
}

/**
 * The header's notes (Notes:, A/N:, Author's Note:) as the story's notes, one
 * paragraph a line, in a detached element the core cleans like any other: the
 * page itself is not touched.
 */
function notesElement(notes: string | null, doc: Document): Element | null {
	if (!notes) return null;
	const holder = doc.createElement('div');
	for (const line of notes.split('\n')) {
		const p = doc.createElement('p');
		p.textContent = line;
		holder.append(p);
	}
	return holder;
}

function fieldsOf(block: HeaderBlock, doc: Document): Partial<RawStory> {
	return {
		notes: notesElement(block.notes, doc),
		title: block.title,
		authors: block.authors,
		rating: block.rating,
		warnings: block.warnings,
		categories: block.categories,
		fandoms: block.fandoms,
		relationships: block.relationships,
		characters: block.characters,
		tags: block.tags,
		spoilers: block.spoilers,
		series: block.series,
		summary: block.summary,
		stats: { words: block.words },
		extraFields: block.extraFields,
	};
}

const lineKey = (line: string): string => squash(line).toLowerCase();

/** Read the header at the top of an entry's own element. */
export function readEntryHeader(entry: Element, options: { skip?: string; notText?: (paragraph: string) => boolean } = {}): EntryHeader {
	const paragraphs = rawParagraphs(entry, options.skip).filter((p) => !options.notText?.(p));
	const block = parseHeaderBlock(paragraphs);
	const counted = countHeaderBlocks(paragraphs);
	let used: number[] = block?.paragraphs ?? [];
	let fields: Partial<RawStory> = block ? fieldsOf(block, entry.ownerDocument) : {};
	if (!block) {
		// No key block: a title line over a `By X` line still names the story and its author.
		const by = findByLine(paragraphs, 4);
		if (by) {
			const above = by.index > 0 ? paragraphs[by.index - 1] : undefined;
			const title = above !== undefined && countWords(above) <= 15 ? above : null;
			used = title === null ? [by.index] : [by.index - 1, by.index];
			fields = { title, authors: [by.author] };
		}
	}
	const header = new Set(used);
	const lines = new Set(used.flatMap((i) => (paragraphs[i] ?? '').split('\n').map(lineKey)));
	return {
		fields,
		found: used.length > 0,
		manyStories: counted.blocks >= 2,
		recommendation: counted.recKeys > 0 || (block?.recKeys ?? 0) > 0,
		proseWords: paragraphs.reduce((n, p, i) => (header.has(i) ? n : n + countWords(p)), 0),
		isHeaderText(paragraph) {
			const own = paragraph.split('\n').map(lineKey).filter(Boolean);
			return own.length > 0 && own.every((line) => lines.has(line));
		},
	};
}

/** A post of fewer words than this beside a header and a link announces a story kept elsewhere. */
const LINK_POST_WORDS = 50;
const MIN_WORDS = 20;
/** Without a header, only a post the author calls a fic (subject, tags) and of some length is one. */
const MIN_WORDS_UNNAMED = 100;

/**
 * What an entry is, from its header, the links out of it and whether its
 * author calls it a fic: a story; the 'index' of a story kept elsewhere (a
 * header and a link with hardly a word more) or of several (a masterlist);
 * or 'not-story' (a rec post, a diary entry, a header with no text).
 */
export function entryKind(header: EntryHeader, links: readonly string[], calledFic: boolean): PageKind {
	if (header.recommendation) return 'not-story';
	if (header.manyStories) return links.length > 0 ? 'index' : 'not-story';
	if (header.found && header.proseWords < LINK_POST_WORDS && links.length > 0) return 'index';
	if (header.found) return header.proseWords >= MIN_WORDS ? 'story' : 'not-story';
	return calledFic && header.proseWords >= MIN_WORDS_UNNAMED ? 'story' : 'not-story';
}

/** Absolute http(s) links in the element, outside `exclude` (user links), not back to the page itself. */
export function linksOut(root: Element, url: URL, exclude?: string): string[] {
	const here = url.origin + url.pathname;
	return Array.from(root.querySelectorAll('a[href]'))
		.filter((a) => !exclude || !a.closest(exclude))
		.map((a) => absoluteUrl(a.getAttribute('href'), url))
		.filter((href): href is string => href !== null && !href.startsWith(here));
}

/** The chapter list of an entry that is an index: the one story it announces, or the several it lists. */
export function linkedStories(header: EntryHeader, links: readonly string[], title: string | null): ChapterRef[] {
	const listed = header.manyStories ? links : links.slice(0, 1);
	return listed.map((url, i) => ({ index: i + 1, title: header.manyStories ? null : title, id: null, url }));
}
