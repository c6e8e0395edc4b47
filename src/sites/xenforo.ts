import { hrefOf, parseCount, squash, textOf, textOrNull, textWithout } from '../core/dom.js';
import { firstPositionOnPage, numberRows } from '../core/paging.js';
import type { RawChapter, RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { PageKind } from '../core/types.js';

const sel = {
	title: 'h1.p-title-value',
	/** Thread prefixes ("Complete", "NSFW") inside the title heading. */
	titlePrefix: '.labelLink, .label, .label-append',
	starter: '.p-description a.username',
	post: 'article.message[data-content^="post-"]',
	threadmarked: 'article.message.hasThreadmark, article.message .threadmarkLabel',
	threadmarkLabel: '.threadmarkLabel',
	text: 'article.message-body .bbWrapper',
	/** The 2019 reader page has no .bbWrapper: the text sits in the article itself. */
	bareText: 'article.message-body',
	prevThreadmark: 'a.threadmark-control--previous',
	nextThreadmark: 'a.threadmark-control--next',
	currentPage: 'ul.pageNav-main li.pageNav-page--current',
	pageLinks: 'ul.pageNav-main li.pageNav-page a',
	nextPage: 'a.pageNav-jump--next, link[rel="next"]',
	prevPage: 'a.pageNav-jump--prev, link[rel="prev"]',
	recentThreadmark: 'a.recent-threadmark',
	listStatistics: '.block-formSectionHeader',
	listSummary: '.threadmarkListingHeader-extraInfoChild',
	/** "Status" (SpaceBattles, Sufficient Velocity) or "Index progress" (Questionable Questing), then its value. */
	listStatus: '.threadmarkListingHeader dt',
	row: 'div.structItem--threadmark',
	rowLink: 'a[data-tp-primary="on"]',
	canonical: 'link[rel="canonical"]',
	threadBlock: '[data-lb-id^="thread-"]',
	/** Inside a post but not the author's words: quotes of other posts, attribution lines, "Click to expand…". */
	textChrome: 'blockquote.bbCodeBlock--quote[data-source], .bbCodeBlock-title, .bbCodeBlock-expandLink, .bbCodeBlock-shrinkLink, .js-selectToQuoteEnd',
};

/** Reader mode shows ten threadmarks a page on SpaceBattles, Sufficient Velocity, QQ and AlternateHistory. */
const READER_PAGE_SIZE = 10;
/** AlternateHistory's forum lives under /forum. */
const THREAD_PATH = /^(\/forum)?\/threads\/(?:[^/]*\.)?(\d+)\/(?:page-(\d+)|(?:(\d+)\/)?(reader)\/?(?:page-(\d+))?|(threadmarks)|post-(\d+))?\/?$/;
const POST_PATH = /^(\/forum)?\/posts\/(\d+)\/?$/;
/** What a page's `<h1>` adds to the thread title. Bounded (the title is squashed, so one space) to stay linear on long headings. */
const TITLE_CHROME = /(?:\s[-–|]\s(?:threadmarks|reader mode|page \d{1,6})){1,3}$/i;
/** Category ids are numbers; anything else from the URL must not reach a selector. */
const CATEGORY_ID = /^\d{1,9}$/;

/** Which view of a thread the URL shows; `category` '1' is the main threadmarks, others Sidestory, Apocrypha… */
function placeOf(url: URL) {
	const post = POST_PATH.exec(url.pathname);
	if (post) return { view: 'post' as const, threadId: null, postId: post[2] ?? null, page: 1, category: '1', prefix: post[1] ?? '' };
	const m = THREAD_PATH.exec(url.pathname);
	if (!m) return null;
	const postId = m[8] ?? /^#post-(\d+)$/.exec(url.hash)?.[1] ?? null;
	const view = m[5] ? 'reader' : m[7] ? 'threadmarks' : postId ? 'post' : 'thread';
	const page = Number(m[3] ?? m[6] ?? url.searchParams.get('page') ?? 1) || 1;
	const asked = m[4] ?? url.searchParams.get('threadmark_category') ?? url.searchParams.get('category_id');
	const category = asked && CATEGORY_ID.test(asked) ? asked : '1';
	return { view, threadId: m[2] ?? null, postId, page, category, prefix: m[1] ?? '' };
}

function detect(doc: Document, url: URL): PageKind {
	const place = placeOf(url);
	if (!place) return 'not-story';
	if (place.view === 'threadmarks') return doc.querySelector(sel.row) ? 'index' : 'not-story';
	return doc.querySelector(sel.threadmarked) ? 'story' : 'not-story';
}

const postIdOf = (post: Element): string | null => /^post-(\d+)$/.exec(post.getAttribute('data-content') ?? '')?.[1] ?? null;
const postIdIn = (href: string | null): string | null => /(?:#post-|\/post-|\/posts\/)(\d+)/.exec(href ?? '')?.[1] ?? null;
const countIn = (text: string, pattern: RegExp): number | null => parseCount(pattern.exec(text)?.[1]);

function threadIdOnPage(doc: Document, url: URL): string | null {
	const canonical = hrefOf(doc.querySelector(sel.canonical), url);
	return (canonical ? placeOf(new URL(canonical))?.threadId : null) ?? /^thread-(\d+)$/.exec(doc.querySelector(sel.threadBlock)?.getAttribute('data-lb-id') ?? '')?.[1] ?? null;
}

function pageOf(doc: Document, fromUrl: number): { page: number; lastPage: number } {
	const page = Number(textOf(doc.querySelector(sel.currentPage))) || fromUrl;
	// A loop, not Math.max(...links): a spread of page-made arrays throws past ~150k items.
	const lastPage = Array.from(doc.querySelectorAll(sel.pageLinks)).reduce((last, a) => Math.max(last, Number(textOf(a)) || 0), page);
	return { page, lastPage };
}

/** The threadmark menu of a category: how many threadmarks it has, and the newest ones' places (newest first). */
function categoryMenu(doc: Document, category: string): { total: number | null; recent: Map<string, number> } {
	const trigger = doc.querySelector(`a.menuTrigger[data-categoryId="${category}"]`);
	const menu = trigger?.parentElement ?? (category === '1' ? doc.querySelector(sel.recentThreadmark)?.parentElement : null);
	const total = countIn(textOf(menu), /view all (\d[\d,]{0,12}) threadmarks/i);
	const recent = new Map<string, number>();
	Array.from(menu?.querySelectorAll(sel.recentThreadmark) ?? []).forEach((a, i) => {
		const id = postIdIn(a.getAttribute('href'));
		if (id && total !== null) recent.set(id, total - i);
	});
	return { total, recent };
}

function threadmarkList(doc: Document, url: URL): Pick<RawStory, 'chapterList' | 'summary' | 'stats'> {
	const total = countIn(textOf(doc.querySelector(sel.listStatistics)), /(\d[\d,]{0,12}) threadmarks/i);
	const links = Array.from(doc.querySelectorAll(sel.row), (row) => row.querySelector(sel.rowLink));
	const { page, lastPage } = pageOf(doc, placeOf(url)?.page ?? 1);
	const first = firstPositionOnPage({ page, lastPage, onPage: links.filter(Boolean).length, total, usualPageSize: links.length });
	const chapterList = numberRows(links, first, page === lastPage ? total : null).map(({ row: link, position }) => {
		const href = hrefOf(link, url);
		return { index: position, title: textOrNull(link), id: postIdIn(href), url: href };
	});
	const status = textOf(Array.from(doc.querySelectorAll(sel.listStatus)).find((dt) => /^(?:status|index progress)$/i.test(textOf(dt)))?.nextElementSibling);
	return { chapterList, summary: doc.querySelector(sel.listSummary), stats: { chapters: total ?? chapterList.length, complete: status ? /^complete/i.test(status) : null } };
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const place = placeOf(url);
	if (!place) return { kind: 'not-story', storyId: null };
	const threadId = place.threadId ?? threadIdOnPage(doc, url);
	const threadmarked = Array.from(doc.querySelectorAll(sel.post)).filter((p) => p.matches(sel.threadmarked) || p.querySelector(sel.threadmarkLabel));
	const starter = doc.querySelector(sel.starter);
	const author = textOf(starter) || squash(doc.querySelector(sel.row)?.getAttribute('data-content-author') ?? threadmarked[0]?.getAttribute('data-author'));
	const base: RawStory = {
		kind: 'story',
		storyId: threadId ? `${url.hostname.replace(/^(?:www|forums?)\./, '')}:${threadId}` : null,
		title: textWithout(doc.querySelector(sel.title), sel.titlePrefix).replace(TITLE_CHROME, '') || null,
		authors: author ? [author] : [],
		authorLinks: author ? [{ text: author, url: hrefOf(starter, url) }] : [],
		textChrome: sel.textChrome,
	};
	if (place.view === 'threadmarks') return { ...base, kind: 'index', ...threadmarkList(doc, url) };
	const target = place.view === 'post' ? threadmarked.find((p) => postIdOf(p) === place.postId) : undefined;
	const posts = target ? [target] : threadmarked;
	const { page, lastPage } = pageOf(doc, place.page);
	const { total, recent } = categoryMenu(doc, place.category);
	const reader = place.view === 'reader';
	const first = firstPositionOnPage({ page, lastPage, onPage: posts.length, total, usualPageSize: READER_PAGE_SIZE });
	// Outside reader mode a post's place in the story is known only from the menu of newest threadmarks; else the page order stands.
	const known = !reader && posts.every((p) => recent.has(postIdOf(p) ?? ''));
	const permalink = (id: string | null): string | null => (id ? new URL(`${place.prefix}/posts/${id}/`, url).href : null);
	// The next threadmark may be further down this same page: its `#post-` link would not load a page, its permalink does.
	const along = (link: Element | null | undefined): string | null => permalink(postIdIn(hrefOf(link, url))) ?? hrefOf(link, url);
	const chapters = posts.flatMap((post, i): RawChapter[] => {
		const body = post.querySelector(sel.text) ?? post.querySelector(sel.bareText);
		const id = postIdOf(post);
		const index = reader ? first + i : known ? (recent.get(id ?? '') ?? i + 1) : i + 1;
		const chapterUrl = reader ? `${url.origin}${url.pathname}${url.search}` : permalink(id);
		return body ? [{ index, title: textOrNull(post.querySelector(sel.threadmarkLabel)), id, url: chapterUrl, body, summary: null, notes: null, endNotes: null }] : [];
	});
	if (chapters.length === 0) return { kind: 'not-story', storyId: null };
	return {
		...base,
		chapters,
		stats: { chapters: total },
		extraFields: lastPage > 1 && !target ? [{ key: 'Page', value: `${page} of ${lastPage}` }] : [],
		isEntireWork: reader && lastPage === 1,
		prevChapterUrl: reader ? hrefOf(doc.querySelector(sel.prevPage), url) : along(posts[0]?.querySelector(sel.prevThreadmark)),
		nextChapterUrl: reader ? hrefOf(doc.querySelector(sel.nextPage), url) : along(posts.at(-1)?.querySelector(sel.nextThreadmark)),
	};
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'xenforo',
	name: 'XenForo forums (SpaceBattles, Sufficient Velocity, Questionable Questing, AlternateHistory)',
	hosts: ['forum.questionablequesting.com', 'forums.spacebattles.com', 'forums.sufficientvelocity.com', 'questionablequesting.com', 'www.alternatehistory.com'],
	examples: {
		story: [
			'https://forums.sufficientvelocity.com/threads/some-quest.12345/reader/', 'https://forums.spacebattles.com/threads/my-great-story.555/reader/page-2',
			'https://forums.spacebattles.com/threads/my-great-story.555/19/reader/', 'https://forums.spacebattles.com/threads/my-great-story.555/threadmarks',
			'https://forum.questionablequesting.com/threads/a-quest.777/page-3', 'https://questionablequesting.com/threads/a-quest.777/post-9001',
			'https://www.alternatehistory.com/forum/threads/what-if.4242/', 'https://forums.sufficientvelocity.com/posts/1002/',
		],
		notStory: [
			'https://forums.sufficientvelocity.com/', 'https://forums.spacebattles.com/forums/creative-writing.18/', 'https://forums.spacebattles.com/search/12345/?q=worm',
			'https://forums.sufficientvelocity.com/members/someone.42/', 'https://forums.spacebattles.com/threads/my-great-story.555/reply', 'https://www.alternatehistory.com/forum/whats-new/posts/',
		],
	},
	matchUrl(url) {
		return placeOf(url) !== null;
	},
	detect,
};
