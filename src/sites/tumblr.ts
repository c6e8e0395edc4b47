import { absoluteUrl, parseCount, textOf, textsOf } from '../core/dom.js';
import { entryKind, linkedStories, linksOut, readEntryHeader } from '../core/entry-header.js';
import type { RawStory } from '../core/raw.js';
import { rawParagraphs } from '../core/raw-paragraphs.js';
import type { SiteAdapter } from '../core/site.js';
import type { PageKind } from '../core/types.js';

/**
 * Tumblr text posts. Blogs use their own themes, so there is no fixed markup:
 * the post is the first post-like element of a post permalink, its text the
 * theme's body wrapper when there is one (WebToEpub's TumblrParser.js looks
 * the same way), and everything around the words (notes, tags, reblog and
 * like buttons, "reblogged from") is chrome.
 */
const sel = {
	post: 'article.post, div.post, li.post, [data-post-id], article',
	body: '.post-content, .post-body, .body-text, .text-body, .post-text, .body, .text',
	title: '.title, .post-title, h1, h2, h3',
	tags: 'a[href*="/tagged/"]',
	notes: '.note-count, .notecount, .notes-count, a[href*="#notes"], footer',
	/** Legacy reblog markup: `<p><a class="tumblr_blog">name</a>:</p><blockquote>…` around the reblogged post. */
	rebloggedFrom: 'a.tumblr_blog',
	chrome: 'header, footer, nav, button, .post-meta, .post-footer, .post-info, .meta, .notes, ol.notes, .note-count, .notecount, .post-notes, #notes, .tags, .post-tags, .reblog-button, .reblog_button, .like-button, .share, .permalink, .reblogged-from, .source, #disqus_thread, .read_more, .read-more, a[href*="/tagged/"]',
};

/** `NAME.tumblr.com/post/ID(/slug)`, and on www.tumblr.com `/NAME/ID(/slug)` or `/blog/view/NAME/ID`. */
const BLOG_POST = /^\/post\/(\d+)(?:\/[^/]*)?\/?$/;
const WWW_POST = /^\/(?:blog\/view\/)?([a-z0-9-]+)\/(\d+)(?:\/[^/]*)?\/?$/i;
/** First path segments of www.tumblr.com that are the site's own pages, not blogs. */
const SITE_PAGES = new Set(['tagged', 'search', 'dashboard', 'explore', 'settings', 'likes', 'following', 'inbox', 'communities', 'blog']);
const FIC_TAG = /\b(?:fic|fics|ficlet|drabble|fanfic|fan ?fiction|one-?shot|my writing|ao3)\b/i;
const HEADER_KEY = /^(title|author|fandom|rating|pairing|relationships?|characters?|warnings?|summary|word ?count)\s*:/gim;

/** The blog and the post id of a post permalink, or null for any other page. */
function postOf(url: URL): { blog: string; id: string } | null {
	const host = url.hostname.toLowerCase();
	if (host === 'www.tumblr.com' || host === 'tumblr.com') {
		const match = WWW_POST.exec(url.pathname);
		return match?.[1] && match[2] && !SITE_PAGES.has(match[1].toLowerCase()) ? { blog: match[1].toLowerCase(), id: match[2] } : null;
	}
	const id = BLOG_POST.exec(url.pathname)?.[1];
	return id ? { blog: host.replace(/\.tumblr\.com$/, ''), id } : null;
}

/** The post's text: the theme's body wrapper, else the whole post (its chrome is dropped when cleaning). */
function bodyOf(post: Element): Element {
	return post.querySelector(sel.body) ?? post;
}

function looksLikeFic(post: Element): boolean {
	const top = rawParagraphs(bodyOf(post), sel.chrome, 12).join('\n');
	const keys = new Set(Array.from(top.matchAll(HEADER_KEY), (m) => (m[1] ?? '').toLowerCase()));
	return keys.size >= 2 || /^(?:written )?by \S/im.test(top) || textsOf(post, sel.tags).some((t) => FIC_TAG.test(t));
}

function detect(doc: Document, url: URL): PageKind {
	// Only a post's own page holds a story: the dashboard, tag pages and a blog's front page list many.
	const post = postOf(url) ? doc.querySelector(sel.post) : null;
	return post && looksLikeFic(post) ? 'story' : 'not-story';
}

/** The post's own title: a theme's title element above the body, or a heading opening the body. */
function titleOf(post: Element, body: Element): string | null {
	const heading = post.querySelector(sel.title);
	const title = textOf(heading);
	if (!heading || title === '') return null;
	return !body.contains(heading) || rawParagraphs(body, sel.chrome, 1)[0] === title ? title : null;
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const where = postOf(url);
	const post = doc.querySelector(sel.post);
	if (!where || !post || detect(doc, url) !== 'story') return { kind: 'not-story', storyId: null };
	const body = bodyOf(post);
	const reblogged = Array.from(body.querySelectorAll(sel.rebloggedFrom));
	// A reblog's attribution lines ("name:") are chrome; the innermost is the post's original author.
	const isAttribution = (p: string): boolean => reblogged.some((a) => p === `${textOf(a)}:`);
	const header = readEntryHeader(body, { skip: sel.chrome, notText: isAttribution });
	const postTitle = titleOf(post, body);
	const blogUrl = `https://${where.blog}.tumblr.com/`;
	const original = reblogged.at(-1);
	const poster = original ? textOf(original) : where.blog;
	const posterUrl = original ? absoluteUrl(original.getAttribute('href'), url) : blogUrl;
	const authors = header.fields.authors?.length ? header.fields.authors : [poster];
	const tags = textsOf(post, sel.tags).map((t) => t.replace(/^#\s*/, ''));
	// The digit run is bounded: the notes link may sit in the post's own text, and an unbounded run backtracks quadratically.
	const notes = parseCount(/(\d[\d,.]{0,14})\s+notes?/i.exec(textsOf(post, sel.notes).join(' '))?.[1]);
	const title = header.fields.title ?? postTitle ?? (textOf(doc.querySelector('title')) || null);
	const story: RawStory = {
		...header.fields,
		kind: 'story',
		storyId: `${where.blog}/${where.id}`,
		title,
		authors,
		authorLinks: authors.map((text) => ({ text, url: text === poster ? posterUrl : null })),
		tags: [...(header.fields.tags ?? []), ...tags],
		stats: { ...header.fields.stats, extra: notes === null ? {} : { notes: String(notes) } },
		isEntireWork: true,
	};
	const links = linksOut(body, url).filter((href) => !href.startsWith(blogUrl) || href.includes('/post/'));
	// detect said 'story': the post's top or its tags look like a fic.
	const kind = entryKind(header, links, true);
	if (kind === 'not-story') return { kind, storyId: null };
	if (kind === 'index') return { ...story, kind, chapterList: linkedStories(header, links, title) };
	// Asked of the post's top lines only (finish.ts): the same words further down are the author's.
	const notText = (p: string): boolean => header.isHeaderText(p) || isAttribution(p) || (postTitle !== null && p === postTitle);
	return { ...story, chapters: [{ index: 1, title: null, id: where.id, url: url.href, body, summary: null, notes: null, endNotes: null, notText }], textChrome: sel.chrome };
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'tumblr',
	name: 'Tumblr',
	hosts: ['*.tumblr.com'],
	optional: true,
	examples: {
		story: ['https://someauthor.tumblr.com/post/123456789012/the-long-way-home', 'https://www.tumblr.com/someauthor/123456789012/the-long-way-home', 'https://www.tumblr.com/blog/view/someauthor/123456789012'],
		notStory: ['https://www.tumblr.com/dashboard', 'https://www.tumblr.com/tagged/1989', 'https://someauthor.tumblr.com/tagged/my-fic', 'https://someauthor.tumblr.com/', 'https://www.tumblr.com/someauthor'],
	},
	matchUrl(url) {
		return postOf(url) !== null;
	},
	detect,
};
