import { Readability } from '@mozilla/readability';
import { findByLine, countHeaderBlocks, hasStoryKeyLine, mayHoldStoryHeader, parseHeaderBlock, type HeaderBlock } from './header-block.js';
import { removeHiddenFromCopy } from './hidden.js';
import { removeNavigation } from './navigation.js';
import { chapterLinks, readingLinks, textShape } from './page-shape.js';
import { paragraphElements } from './paragraphs.js';
import { escapeHtml, isPlainTextDocument, plainTextToHtml } from './plain-text.js';
import { ratingLevel } from './rating.js';
import { rawLines } from './raw-lines.js';
import { elementCount, safeDocumentCopy } from './safe-dom.js';
import { sanitizeDetached, sanitizeHtml } from './sanitize.js';
import { countWords, countWordsIn, isSceneBreakText, paragraphText } from './text.js';
import { chapterFromClean, notStory } from './finish.js';
import type { Story } from './types.js';
import { squash } from './dom.js';

/**
 * Pages no site adapter claims: old personal archives, journals, mailing-list
 * posts, `.txt` files. The story header block (or a `By X` line over prose
 * that reads as fiction) decides whether a page is a story at all, so news
 * and blog pages stay 'not-story'; Readability finds the main text.
 *
 * Every byte is read from one private copy of the page that cannot clobber
 * (see safe-dom.ts), never from the live document, and the work is bounded:
 * a page too big to read is left alone and says so.
 */

/** How much of a page the generic path reads at most; bigger pages are left alone and say so. */
export interface GenericLimits {
	/** Elements in the page (a 500,000-word story page has some 30,000). */
	maxElements: number;
	/** Characters of a plain-text file (about a million words). */
	maxTextChars: number;
	/** Above this, the whole cleaned page stands in for Readability's article, whose cost grows fastest. */
	readabilityMaxElements: number;
}

export const GENERIC_LIMITS: Readonly<GenericLimits> = { maxElements: 60_000, maxTextChars: 6_000_000, readabilityMaxElements: 20_000 };
/** Fewer words of prose than this are no story. */
const MIN_STORY_WORDS = 20;
/** How far down the page a title and byline apart from the header block are looked for. */
const MAX_BYLINE_PARAGRAPH = 12;

export function canonicalUrl(doc: Document, url: URL): string {
	const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
	if (href) {
		try {
			const canonical = new URL(href, url);
			// Another host's address would let a page claim (and overwrite) that story's saved place.
			if ((canonical.protocol === 'http:' || canonical.protocol === 'https:') && canonical.hostname === url.hostname) {
				canonical.hash = '';
				return canonical.href;
			}
		} catch {
			// fall through to the page URL
		}
	}
	const own = new URL(url.href);
	own.hash = '';
	return own.href;
}

/** Signs that a page is news or a blog article rather than fiction. */
function looksLikeArticle(doc: Document): boolean {
	if (doc.querySelector('meta[property="og:type"][content="article" i], meta[property="article:published_time"], [itemprop="datePublished"], time[datetime], article time')) return true;
	for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
		if (/"@type"\s*:\s*"(?:News|Blog|Tech|Scholarly)?Article"|"BlogPosting"|"NewsArticle"|"WebPage"/.test(script.textContent ?? '')) return true;
	}
	return false;
}

function dialogueParagraphs(paragraphs: readonly string[]): number {
	return paragraphs.filter((p) => /["“”«»„]/.test(p) && /[“"][^"”]{2,}[”"]/.test(p)).length;
}

/** A `By X` line anywhere with enough dialogue after it that Readability's text of the page may read as fiction. */
function bylineOverDialogue(paragraphs: readonly string[]): boolean {
	const by = findByLine(paragraphs, paragraphs.length);
	if (!by) return false;
	const after = paragraphs.slice(by.index + 1);
	return after.reduce((n, p) => n + countWords(p), 0) >= 300 && dialogueParagraphs(after) >= 3;
}

/** Prose that reads as fiction: enough text and a good share of dialogue. */
function readsAsFiction(paragraphs: readonly string[]): boolean {
	const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
	if (words < 300) return false;
	const dialogue = dialogueParagraphs(paragraphs);
	return dialogue >= 3 && dialogue / Math.max(1, paragraphs.length) >= 0.15;
}

interface Texts {
	container: Element;
	els: Element[];
	texts: string[];
}

/** The paragraphs of a cleaned container, after its site navigation lines are taken out. */
function textsOf(container: Element): Texts {
	removeNavigation(container);
	const els = paragraphElements(container);
	return { container, els, texts: els.map(paragraphText) };
}

/** Readability's article, cleaned, from the private copy (which it rewrites). */
function articleOf(copy: Document, pageDoc: Document, url: URL, maxElements: number): { texts: Texts; title: string | null } | null {
	let article: ReturnType<Readability<Node>['parse']> = null;
	try {
		article = new Readability<Node>(copy, { serializer: (node) => node, charThreshold: 300, maxElemsToParse: maxElements }).parse();
	} catch {
		return null;
	}
	const node = article?.content;
	if (!node || node.nodeType !== 1) return null;
	const wrapper = copy.createElement('div');
	wrapper.appendChild(node);
	return { texts: textsOf(sanitizeDetached(wrapper, pageDoc, url.href)), title: article?.title ? squash(article.title) : null };
}

/** The body cleaned, the copy left as it was for Readability (DOMPurify cleans a copy of what it is given). */
function sanitizeBody(body: HTMLElement, pageDoc: Document, page: string): Element {
	const wrapper = body.ownerDocument.createElement('div');
	wrapper.append(...Array.from(body.childNodes));
	body.append(wrapper);
	try {
		return sanitizeDetached(wrapper, pageDoc, page);
	} finally {
		body.append(...Array.from(wrapper.childNodes));
		wrapper.remove();
	}
}

/** Drops `<hr>`s before the first and after the last paragraph of text. */
function trimSceneBreaks(container: Element): void {
	const paragraphs = paragraphElements(container);
	for (const edge of [paragraphs, [...paragraphs].reverse()]) {
		for (const el of edge) {
			if (el.tagName !== 'HR') break;
			el.remove();
		}
	}
}

/** Plain header text as paragraphs of HTML (escaped here; the text holds no markup). */
function htmlOfLines(text: string | null): string | null {
	return text === null ? null : text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

export function extractGeneric(doc: Document, url: URL, limits: Readonly<GenericLimits> = GENERIC_LIMITS): Story {
	const page = url.href;
	if (elementCount(doc) > limits.maxElements) return notStory('generic', page, 'too-big');
	const copy = safeDocumentCopy(doc);
	if (!copy.body) return notStory('generic', page);
	// Read from the copy before Readability rewrites it (it drops scripts, JSON-LD included).
	const pageTitle = squash(copy.title) || null;
	const storyKey = `generic:${canonicalUrl(copy, url)}`;
	const articleSigns = looksLikeArticle(copy);
	const plain = isPlainTextDocument(copy);
	if (plain && (copy.body.textContent ?? '').length > limits.maxTextChars) return notStory('generic', page, 'too-big');
	removeHiddenFromCopy(copy);
	// Most pages opened here are no story, and cleaning the whole page costs the most: look at the raw lines first.
	if (!plain && !mayHoldStoryHeader(rawLines(copy.body))) return notStory('generic', page);

	// The whole visible page, cleaned: where the header block is looked for first (Readability often leaves it out).
	const wholeContainer = plain ? sanitizeHtml(plainTextToHtml(copy.body.textContent ?? ''), doc, page) : sanitizeBody(copy.body, doc, page);
	// Chapter links are read before navigation lines go: a chapter list can look like one.
	const chapters = plain ? [] : chapterLinks(wholeContainer, url);
	const readLinks = plain ? [] : readingLinks(wholeContainer, url);
	const whole = textsOf(wholeContainer);
	const blocks = countHeaderBlocks(whole.texts);
	if (blocks.blocks >= 2 || blocks.recKeys > 0) return notStory('generic', page);
	// A page with no header line, and no byline over what may be fiction, is no story: it is not worth Readability's pass.
	if (!hasStoryKeyLine(whole.texts) && !bylineOverDialogue(whole.texts)) return notStory('generic', page);

	const article = plain || elementCount(copy) > limits.readabilityMaxElements ? null : articleOf(copy, doc, url, limits.readabilityMaxElements);
	const main = article?.texts ?? whole;
	const { els, texts } = main;

	let header: HeaderBlock | null = parseHeaderBlock(texts);
	let headerTexts = texts;
	if (!header && main !== whole) {
		header = parseHeaderBlock(whole.texts);
		headerTexts = whole.texts;
	}
	if (header && header.recKeys > 0) return notStory('generic', page);

	let title: string | null = null;
	let authors: string[] = [];
	if (header) {
		const found = header;
		const headerSet = new Set(found.paragraphs.map((i) => headerTexts[i]));
		// Header lines belong to the header: drop them from the text wherever they sit.
		els.forEach((el, i) => {
			if (headerTexts === texts ? found.paragraphs.includes(i) : headerSet.has(texts[i])) el.remove();
		});
		// A title and byline set apart from the block (over a summary, say) name the story too.
		const by = found.title === null || found.authors.length === 0 ? findByLine(whole.texts, MAX_BYLINE_PARAGRAPH) : null;
		title = found.title ?? by?.title ?? null;
		authors = found.authors.length > 0 ? found.authors : by ? [by.author] : [];
	} else {
		const by = findByLine(texts);
		if (!by || articleSigns || !readsAsFiction(texts.slice(by.index + 1))) return notStory('generic', page);
		authors = [by.author];
		title = by.title;
		for (let i = 0; i <= by.index; i++) {
			const byline = i === by.index && by.bylineOnly;
			if (byline || i === by.titleIndex || isSceneBreakText(texts[i] ?? '')) els[i]?.remove();
		}
	}
	// Scene breaks left at the very top (the separator under the header) or the very end are not part of the story.
	trimSceneBreaks(main.container);

	const words = countWordsIn(main.container);
	const shape = textShape(main.container, chapters);
	// A page is a story only when it carries story text: not a chapter list under a summary, not a landing page
	// whose "Read the story" link leads to the text, not mostly links.
	const listsChapters = chapters.length >= 2 && shape.chapterParagraphs >= Math.max(2, shape.proseParagraphs) && shape.proseWords < 500;
	const landing = !listsChapters && header !== null && readLinks.length > 0 && shape.proseWords < 150;
	const index = listsChapters ? chapters : landing ? readLinks : null;
	if (!index && (words < MIN_STORY_WORDS || shape.proseWords < MIN_STORY_WORDS || shape.linkWords > shape.proseWords)) return notStory('generic', page);
	if (!index && !header && shape.chapterParagraphs > shape.proseParagraphs) return notStory('generic', page);
	title ??= article?.title ?? pageTitle;
	const story = notStory('generic', page);
	const summary = header?.summary ?? null;
	const described: Story = {
		...story,
		kind: index ? 'index' : 'story',
		storyKey,
		title,
		authors,
		authorLinks: authors.map((text) => ({ text, url: null })),
		rating: header?.rating ?? null,
		ratingLevel: ratingLevel(header?.rating),
		warnings: header?.warnings ?? [],
		categories: header?.categories ?? [],
		fandoms: header?.fandoms ?? [],
		relationships: header?.relationships ?? [],
		characters: header?.characters ?? [],
		tags: header?.tags ?? [],
		spoilers: header?.spoilers ?? null,
		series: header?.series ?? [],
		summary,
		summaryHtml: htmlOfLines(summary),
		notesHtml: htmlOfLines(header?.notes ?? null),
		extraFields: header?.extraFields ?? [],
	};
	if (index) {
		// The story's chapter index or landing page: its header and the way to its text, no text.
		return { ...described, stats: { ...story.stats, words: header?.words ?? null, chapters: listsChapters ? index.length : null }, chapterList: index };
	}
	const chapter = chapterFromClean(main.container, { index: 1, title: null, id: null, url: page }, { summaryHtml: null, notesHtml: null, endNotesHtml: null });
	return {
		...described,
		stats: { ...story.stats, words, chapters: 1 },
		chapters: [chapter],
		isEntireWork: true,
	};
}
