import { webUrl } from './dom.js';
import { paragraphElements } from './paragraphs.js';
import { countWords, paragraphText } from './text.js';
import type { ChapterRef } from './types.js';

/**
 * Whether what is left of a page carries story text, or is a story's chapter
 * index, an author's listing or a landing page: mostly links, chapter lists,
 * little prose. Works on cleaned containers (links already absolute).
 */

/** Link texts of chapters: "Chapter 3 :: The Lake", "Part Two", "Prologue", "3. The Lake". */
export const CHAPTER_TEXT = /^(?:chapter|ch\.|chap\.|part|book|episode|prologue|epilogue|interlude)\b|^\d{1,3}\s*[.:)–—-]\s*\S/iu;
/** Links of a landing page to the story's text. */
const READ_TEXT = /^(?:read(?: (?:the |this )?(?:story|fic|fan ?fic(?:tion)?|fiction|it|now|online|chapter \d+|first chapter))?|start reading|begin reading|continue reading|read on)\b/iu;
/** Links that are about a chapter rather than to it. */
const NOT_A_CHAPTER = /\/(?:reviews?|comments?|download|print)\b|[?&](?:action|act)=(?:review|print)/i;

function linkTextOf(a: Element): string {
	return (a.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Links to the story's chapters in a cleaned container, in order, one per
 * address: the chapter list of an index page (or a chapter menu on a story page).
 */
export function chapterLinks(container: Element, page: URL, pattern: RegExp = CHAPTER_TEXT): ChapterRef[] {
	const out: ChapterRef[] = [];
	const seen = new Set<string>();
	for (const a of Array.from(container.querySelectorAll('a[href]'))) {
		const text = linkTextOf(a);
		const url = webUrl(a.getAttribute('href'));
		if (!url || !pattern.test(text) || NOT_A_CHAPTER.test(url)) continue;
		const target = new URL(url);
		target.hash = '';
		if (target.hostname !== page.hostname || target.href === page.href || seen.has(target.href)) continue;
		seen.add(target.href);
		out.push({ index: out.length + 1, title: text.replace(/\s*::\s*/g, ': '), id: null, url: target.href });
	}
	return out;
}

/** A landing page's "Read the story" links, as chapters. */
export function readingLinks(container: Element, page: URL): ChapterRef[] {
	return chapterLinks(container, page, READ_TEXT);
}

export interface TextShape {
	/** Words in paragraphs that are mostly text rather than links. */
	proseWords: number;
	proseParagraphs: number;
	/** Words in paragraphs made mostly of links. */
	linkWords: number;
	/** Paragraphs holding a link to a listed chapter. */
	chapterParagraphs: number;
}

export function textShape(container: Element, chapters: readonly ChapterRef[]): TextShape {
	const chapterUrls = new Set(chapters.map((c) => c.url));
	const shape: TextShape = { proseWords: 0, proseParagraphs: 0, linkWords: 0, chapterParagraphs: 0 };
	for (const el of paragraphElements(container)) {
		if (el.tagName === 'HR') continue;
		const words = countWords(paragraphText(el));
		const links = Array.from(el.querySelectorAll('a[href]'));
		const inLinks = links.reduce((n, a) => n + countWords(linkTextOf(a)), 0);
		if (links.some((a) => chapterUrls.has((webUrl(a.getAttribute('href')) ?? '').split('#')[0] ?? ''))) shape.chapterParagraphs++;
		else if (inLinks * 2 >= words) shape.linkWords += words;
		else {
			shape.proseWords += words;
			shape.proseParagraphs++;
		}
	}
	return shape;
}
