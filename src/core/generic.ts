import { Readability } from '@mozilla/readability';
import { findByLine, countHeaderBlocks, parseHeaderBlock, type HeaderBlock } from './header-block.js';
import { hiddenTest, removeHiddenFromCopy } from './hidden.js';
import { paragraphElements } from './paragraphs.js';
import { ratingLevel } from './rating.js';
import { sanitizeDetached, sanitizeHtml } from './sanitize.js';
import { countWordsIn, isSceneBreakText, paragraphText } from './text.js';
import { chapterFromClean, notStory } from './finish.js';
import type { Story } from './types.js';
import { squash } from './dom.js';

/**
 * Pages no site adapter claims: old personal archives, journals, mailing-list
 * posts, `.txt` files. Readability finds the main text (on a private copy, as
 * it rewrites the document); the story header block decides whether it is a
 * story at all, so news and blog pages stay 'not-story'.
 */

/** A browser shows a `.txt` file as a document whose body is one `<pre>`. */
export function isPlainTextDocument(doc: Document): boolean {
	if (doc.contentType === 'text/plain') return true;
	const body = doc.body;
	if (!body || body.children.length !== 1) return false;
	const only = body.firstElementChild;
	if (!only || only.tagName !== 'PRE') return false;
	return Array.from(body.childNodes).every((n) => n === only || (n.nodeType === 3 && (n.nodeValue ?? '').trim() === ''));
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Plain text to paragraphs: blank lines separate paragraphs; hard-wrapped
 * prose lines are joined, short lines (verse, headers) keep their breaks.
 */
export function plainTextToHtml(text: string): string {
	const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/);
	const out: string[] = [];
	for (const block of blocks) {
		const lines = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
		if (lines.length === 0) continue;
		if (lines.length === 1 && isSceneBreakText(lines[0] ?? '')) {
			out.push('<hr>');
			continue;
		}
		const wrapped = lines.length > 1 && lines.slice(0, -1).every((l) => l.trim().length >= 45) && !lines.some((l) => /^\s*[\p{L}][\p{L}\s'’()/&.-]{0,40}\s*:\s/u.test(l));
		const inner = lines.map((l) => escapeHtml(l.trim())).join(wrapped ? ' ' : '<br>');
		out.push(`<p>${inner}</p>`);
	}
	return out.join('\n');
}

function canonicalUrl(doc: Document, url: URL): string {
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

/** Prose that reads as fiction: enough text and a good share of dialogue. */
function readsAsFiction(paragraphs: readonly string[]): boolean {
	const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
	if (words < 300) return false;
	const dialogue = paragraphs.filter((p) => /["“”«»„]/.test(p) && /[“"][^"”]{2,}[”"]/.test(p)).length;
	return dialogue >= 3 && dialogue / Math.max(1, paragraphs.length) >= 0.15;
}

interface MainText {
	container: Element;
	title: string | null;
}

function mainText(doc: Document, url: URL): MainText | null {
	if (isPlainTextDocument(doc)) {
		const text = doc.body?.textContent ?? '';
		return { container: sanitizeHtml(plainTextToHtml(text), doc, url.href), title: null };
	}
	const copy = doc.cloneNode(true) as Document;
	removeHiddenFromCopy(copy, hiddenTest(copy));
	let article: ReturnType<Readability<Node>['parse']> = null;
	try {
		article = new Readability<Node>(copy, { serializer: (node) => node, charThreshold: 300 }).parse();
	} catch {
		article = null;
	}
	const node = article?.content;
	if (node && node.nodeType === 1) {
		const wrapper = (node as Element).ownerDocument.createElement('div');
		wrapper.appendChild(node);
		return { container: sanitizeDetached(wrapper, doc, url.href), title: article?.title ? squash(article.title) : null };
	}
	const body = wholeBody(doc, url);
	return body ? { container: body, title: null } : null;
}

/** The visible body of the page, cleaned: where header blocks are looked for when Readability left them out. */
function wholeBody(doc: Document, url: URL): Element | null {
	if (!doc.body) return null;
	const copy = doc.cloneNode(true) as Document;
	removeHiddenFromCopy(copy, hiddenTest(copy));
	const body = copy.body;
	if (!body) return null;
	const wrapper = copy.createElement('div');
	wrapper.append(...Array.from(body.childNodes));
	return sanitizeDetached(wrapper, doc, url.href);
}

function textsOf(container: Element): { els: Element[]; texts: string[] } {
	const els = paragraphElements(container);
	return { els, texts: els.map(paragraphText) };
}

export function extractGeneric(doc: Document, url: URL): Story {
	const page = url.href;
	const main = mainText(doc, url);
	if (!main) return notStory('generic', page);
	const { els, texts } = textsOf(main.container);

	let header: HeaderBlock | null = parseHeaderBlock(texts);
	let headerTexts = texts;
	let usedBody = false;
	if (!header && !isPlainTextDocument(doc)) {
		const body = wholeBody(doc, url);
		if (body) {
			const whole = textsOf(body);
			header = parseHeaderBlock(whole.texts);
			headerTexts = whole.texts;
			usedBody = header !== null;
		}
	}
	const blocks = countHeaderBlocks(headerTexts);
	if (blocks.blocks >= 2 || blocks.recKeys > 0 || (header && header.recKeys > 0)) return notStory('generic', page);

	let title: string | null = null;
	let authors: string[] = [];
	if (header) {
		const headerSet = new Set(header.paragraphs.map((i) => headerTexts[i]));
		// Header lines belong to the header: drop them from the text wherever they sit.
		els.forEach((el, i) => {
			if (usedBody ? headerSet.has(texts[i]) : header?.paragraphs.includes(i)) el.remove();
		});
		title = header.title;
		authors = header.authors;
	} else {
		const by = findByLine(texts);
		if (!by || looksLikeArticle(doc) || !readsAsFiction(texts.slice(by.index + 1))) return notStory('generic', page);
		authors = [by.author];
		const above = texts[by.index - 1];
		title = above && above.split(/\s+/).length <= 15 ? above : null;
		for (let i = 0; i <= by.index; i++) {
			if (i === by.index || i === by.index - 1 || isSceneBreakText(texts[i] ?? '')) els[i]?.remove();
		}
	}
	// A scene break left at the very top (the separator under the header) is not part of the story.
	while (main.container.firstElementChild?.tagName === 'HR') main.container.firstElementChild.remove();

	const words = countWordsIn(main.container);
	if (words < 20) return notStory('generic', page);
	title ??= main.title ?? (squash(doc.title) || null);
	const chapter = chapterFromClean(main.container, { index: 1, title: null, id: null, url: page }, { summaryHtml: null, notesHtml: null, endNotesHtml: null });
	const story = notStory('generic', page);
	const summary = header?.summary ?? null;
	return {
		...story,
		kind: 'story',
		storyKey: `generic:${canonicalUrl(doc, url)}`,
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
		stats: { ...story.stats, words, chapters: 1 },
		summary,
		summaryHtml: summary === null ? null : summary.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
		extraFields: header?.extraFields ?? [],
		chapters: [chapter],
		isEntireWork: true,
	};
}

