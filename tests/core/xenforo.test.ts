// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { firstPositionOnPage, numberRows } from '../../src/core/paging.js';
import type { Story } from '../../src/core/types.js';
import { findSite } from '../../src/sites/index.js';
import { site } from '../../src/sites/xenforo.js';
import { documentFrom, extractFixture, fixture } from './helpers.js';

/**
 * The XenForo forums engine on our own pages: markup shaped like XenForo 2 as
 * archive-sites.md §3.3 documents it (SpaceBattles, Sufficient Velocity,
 * Questionable Questing and AlternateHistory all run it), text written for
 * these tests. The real (edited) SpaceBattles pages are checked in
 * corpus-expected/xenforo.ts.
 */
const SV = 'https://forums.sufficientvelocity.com/threads/some-quest.12345/';
const QQ = 'https://forum.questionablequesting.com/threads/a-quest.777/';
const READER = `${SV}reader/page-2`;
const THREAD_PAGE = `${SV}page-11`;

/** Words that are on the pages but never the author's story text. */
const NOT_STORY_TEXT = [
	'Gullwing said:', 'Read the old ledger before the lamp is lit', 'Click to expand', // a quote of another post
	'Also writing', 'Quest Discord', // the signature
	'41 others', 'Reactions', 'Like', 'Reply', // reactions and actions
	'Keeper of the Light', 'Joined', 'Messages', 'Thread starter', 'View content', 'Threadmarks', 'Recent threadmarks', // post and page chrome
];

function allText(story: Story): string {
	return story.chapters.map((c) => c.text).join('\n\n');
}

function withoutPageNav(html: string): string {
	return html.replace(/<nav class="pageNavWrapper[\s\S]*?<\/nav>/g, '');
}

describe('XenForo reader mode (Sufficient Velocity)', () => {
	const story = extractFixture('xenforo-sv-reader.html', READER);

	test('is the story: the thread title without its prefix, the thread starter as author, one chapter per threadmarked post', () => {
		expect(story).toMatchObject({ kind: 'story', site: 'xenforo', storyKey: 'xenforo:sufficientvelocity.com:12345', title: 'The Lighthouse Ledger', authors: ['Tidewright'] });
		expect(story.authorLinks).toEqual([{ text: 'Tidewright', url: 'https://forums.sufficientvelocity.com/members/tidewright.4411/' }]);
		expect(story.chapters.map((c) => c.title)).toEqual(['Turn 11: The Salt Ledger', 'Turn 12: Fog Bells', 'Interlude: Ballast']);
		expect(story.chapters.map((c) => c.id)).toEqual(['2001', '2002', '2003']);
	});

	test('the last reader page counts back from the threadmark total: 13 threadmarks, so these are 11 to 13', () => {
		expect(story.stats.chapters).toBe(13);
		expect(story.chapters.map((c) => c.index)).toEqual([11, 12, 13]);
		expect(story.extraFields).toEqual([{ key: 'Page', value: '2 of 2' }]);
		expect(story.prevChapterUrl).toBe(`${SV}reader/`);
		expect(story.nextChapterUrl).toBeNull();
		expect(story.isEntireWork).toBe(false);
		expect(story.chapters[0]?.url).toBe(READER);
	});

	test('quotes of other posts, signatures, reactions and post chrome never reach the text', () => {
		const text = allText(story);
		for (const chrome of NOT_STORY_TEXT) expect(text, chrome).not.toContain(chrome);
		expect(story.chapters.map((c) => c.html).join('')).not.toMatch(/<script|<button|<form|\son\w+=/i);
	});

	test('the author’s own quote stays, without its "Click to expand" link', () => {
		const [turn11] = story.chapters;
		expect(turn11?.html).toMatch(/<blockquote>[\s\S]*Ship without lights passed at the third bell\.[\s\S]*<\/blockquote>/);
		expect(turn11?.text.startsWith('The ledger arrived on the supply boat')).toBe(true);
	});

	test('a spoiler the site folds becomes a folded <details> that keeps its words', () => {
		const html = story.chapters[0]?.html ?? '';
		expect(html).toMatch(/<details><summary>Spoiler: Vote options<\/summary>[\s\S]*Signal with the lamp shutter instead[\s\S]*<\/details>/);
		expect(html).not.toMatch(/<details open/);
		expect(story.chapters[0]?.text).toMatch(/Vote closes in 48 hours\.$/);
	});

	test('paragraphs separated by blank lines become paragraphs; words are counted per post', () => {
		const turn12 = story.chapters[1];
		expect(turn12?.text.split('\n\n')).toHaveLength(14);
		expect(turn12?.html).toContain('<i>Bell at four. Fog. No sight of the vessel. Heard nothing that was not the sea.</i>');
		expect(turn12?.words).toBeGreaterThan(300);
		expect(story.chapters[2]?.text).toMatch(/^Ebb Callow had kept the light for nineteen years/);
	});

	test('a reader mode that fits on one page is the entire work, numbered from 1', () => {
		const doc = documentFrom(withoutPageNav(fixture('xenforo-sv-reader.html')), `${SV}reader/`);
		const one = extractStory(doc, `${SV}reader/`);
		expect(one.chapters.map((c) => c.index)).toEqual([1, 2, 3]);
		expect(one.isEntireWork).toBe(true);
		expect(one.extraFields).toEqual([]);
	});
});

describe('XenForo thread page', () => {
	const story = extractFixture('xenforo-sv-thread-page.html', THREAD_PAGE);

	test('only the threadmarked posts are story; the readers’ posts around them are comments', () => {
		expect(story.kind).toBe('story');
		expect(story.chapters.map((c) => c.title)).toEqual(['Turn 12: Fog Bells', 'Interlude: Ballast']);
		const text = allText(story);
		for (const comment of ['If the ship answers a lamp', 'I have chills', 'so much worse than a ghost', 'Vote tallies', 'votes early']) expect(text).not.toContain(comment);
		for (const chrome of NOT_STORY_TEXT) expect(text, chrome).not.toContain(chrome);
	});

	test('shares the story key and post ids with reader mode, and takes the posts’ places from the menu of newest threadmarks', () => {
		const reader = extractFixture('xenforo-sv-reader.html', READER);
		expect(story.storyKey).toBe(reader.storyKey);
		expect(story.chapters.map((c) => [c.index, c.id])).toEqual([[12, '2002'], [13, '2003']]);
		expect(story.chapters.map((c) => c.text)).toEqual(reader.chapters.slice(1).map((c) => c.text));
		expect(story.chapters.map((c) => c.url)).toEqual(['https://forums.sufficientvelocity.com/posts/2002/', 'https://forums.sufficientvelocity.com/posts/2003/']);
	});

	test('previous and next lead along the threadmarks, not the thread’s pages, by the posts’ permalinks', () => {
		// A `#post-` link into the same page would not load it; the permalink is redirected to the post's page.
		expect(story.prevChapterUrl).toBe('https://forums.sufficientvelocity.com/posts/2001/');
		expect(story.nextChapterUrl).toBeNull();
		expect(story.extraFields).toEqual([{ key: 'Page', value: '11 of 11' }]);
	});

	test('a thread page with no threadmarked post is not a story, though the thread has threadmarks', () => {
		const comments = fixture('xenforo-sv-thread-page.html').replace(/hasThreadmark/g, '').replace(/class="threadmarkLabel"/g, 'class="label"');
		const url = `${SV}page-10`;
		expect(site.detect(documentFrom(comments, url), new URL(url))).toBe('not-story');
		expect(extractStory(documentFrom(comments, url), url).kind).toBe('not-story');
	});

	test('where the newest-threadmarks menu does not place every post, the page order is all there is', () => {
		const story = extractFixture('xenforo-qq-post-page.html', `${QQ}page-2`);
		expect(story.chapters.map((c) => [c.index, c.id, c.title])).toEqual([[1, '9001', 'Chapter 4: The Reed Gate'], [2, '9003', 'Omake: The Heron Complains']]);
		expect(story.extraFields).toEqual([{ key: 'Page', value: '2 of 3' }]);
	});

	test('AlternateHistory’s forum under /forum keeps its prefix in post links', () => {
		const url = 'https://www.alternatehistory.com/forum/threads/some-quest.12345/page-11';
		const story = extractFixture('xenforo-sv-thread-page.html', url);
		expect(story.storyKey).toBe('xenforo:alternatehistory.com:12345');
		expect(story.chapters[0]?.url).toBe('https://www.alternatehistory.com/forum/posts/2002/');
	});
});

describe('XenForo single threadmarked post (Questionable Questing)', () => {
	const KEY = 'xenforo:questionablequesting.com:777';

	test.each([
		[`${QQ}page-2#post-9001`],
		[`${QQ}post-9001`],
		['https://forum.questionablequesting.com/posts/9001/'],
		['https://questionablequesting.com/threads/a-quest.777/page-2#post-9001'],
	])('%s is that post alone, in the thread’s story', (url) => {
		const story = extractFixture('xenforo-qq-post-page.html', url);
		expect(story).toMatchObject({ kind: 'story', storyKey: KEY, title: 'Brine and Bramble (Original Quest)', authors: ['Marsh Hen'] });
		expect(story.chapters.map((c) => [c.index, c.id, c.title])).toEqual([[1, '9001', 'Chapter 4: The Reed Gate']]);
		// Links stay on the host the page came from.
		const origin = new URL(url).origin;
		expect(story.chapters[0]?.url).toBe(`${origin}/posts/9001/`);
		expect(story.prevChapterUrl).toBe(`${origin}/posts/8870/`);
		expect(story.nextChapterUrl).toBe(`${origin}/posts/9100/`);
		expect(story.extraFields).toEqual([]);
	});

	test('its text ends with the folded vote; the reply quoting it is not there', () => {
		const [chapter] = extractFixture('xenforo-qq-post-page.html', `${QQ}page-2#post-9001`).chapters;
		expect(chapter?.text).toMatch(/^The reed gate stood where the map said it would/);
		expect(chapter?.html).toMatch(/<details><summary>Spoiler: What do you say to the witch\?<\/summary>[\s\S]*Ask her name first\.[\s\S]*<\/details>$/);
		expect(chapter?.text).not.toMatch(/Names are power|Bramblejack|Marsh Hen writes slowly|17 others/);
	});

	test('the next threadmark further down the same page is reached by its permalink, so the page loads anew', () => {
		const turn12 = extractFixture('xenforo-sv-thread-page.html', `${THREAD_PAGE}#post-2002`);
		expect(turn12.chapters.map((c) => [c.index, c.id])).toEqual([[12, '2002']]);
		expect(turn12.nextChapterUrl).toBe('https://forums.sufficientvelocity.com/posts/2003/');
	});

	test('pointing at an ordinary post reads the page’s threadmarked posts instead, never the comment', () => {
		const story = extractFixture('xenforo-qq-post-page.html', `${QQ}page-2#post-9002`);
		expect(story.chapters.map((c) => c.id)).toEqual(['9001', '9003']);
		expect(allText(story)).not.toContain('Names are power');
	});
});

describe('XenForo threadmarks list', () => {
	const story = extractFixture('xenforo-sv-threadmarks.html', `${SV}threadmarks`);

	test('is the story’s index: title, author, summary, status and every listed threadmark', () => {
		expect(story).toMatchObject({ kind: 'index', storyKey: 'xenforo:sufficientvelocity.com:12345', title: 'The Lighthouse Ledger', authors: ['Tidewright'], chapters: [] });
		expect(story.summary).toBe('A lighthouse keeper, a borrowed ledger and a ship that will not answer the horn. Votes every Saturday.');
		expect(story.stats).toMatchObject({ chapters: 13, complete: false });
	});

	test('rows after a collapsed range count back from the total, so they match reader mode’s numbers', () => {
		expect(story.chapterList.map((c) => [c.index, c.title, c.id])).toEqual([
			[1, 'Turn 1: Arrival', '1801'], [2, 'Turn 2: The Hundred and Twelve Steps', '1822'], [3, 'Turn 3: Supply Boat', '1860'], [4, 'Turn 4: Inspection', '1877'],
			[11, 'Turn 11: The Salt Ledger', '2001'], [12, 'Turn 12: Fog Bells', '2002'], [13, 'Interlude: Ballast', '2003'],
		]);
		expect(story.chapterList[4]?.url).toBe(`${SV}page-10#post-2001`);
	});
});

describe('XenForo pages that are not stories, and the URL test', () => {
	test('the forum index is not a story', () => {
		const url = 'https://forums.sufficientvelocity.com/';
		const doc = documentFrom(fixture('xenforo-sv-forum-index.html'), url);
		expect(site.matchUrl(new URL(url))).toBe(false);
		expect(site.detect(doc, new URL(url))).toBe('not-story');
		expect(extractStory(doc, url).kind).toBe('not-story');
	});

	test('every XenForo host reaches this engine; listings, search, members and reply forms are no story URL', () => {
		for (const host of ['forums.spacebattles.com', 'forums.sufficientvelocity.com', 'forum.questionablequesting.com', 'questionablequesting.com', 'www.alternatehistory.com']) {
			expect(findSite(`https://${host}/threads/x.1/`)?.id).toBe('xenforo');
		}
		for (const url of ['https://forums.spacebattles.com/forums/worm.115/', 'https://forums.spacebattles.com/threads/x.1/unread', 'https://forums.spacebattles.com/threads/x.1/reader/extra', 'https://forums.sufficientvelocity.com/search/1/?q=x&t=post', 'https://forums.sufficientvelocity.com/members/x.2/#about']) {
			expect(site.matchUrl(new URL(url)), url).toBe(false);
		}
		for (const url of [`${SV}reader/`, `${SV}reader/page-3`, `${SV}reader/?page=3`, `${SV}4/reader/page-2`, `${SV}threadmarks?threadmark_category=4`, `${SV}page-2#post-5`]) {
			expect(site.matchUrl(new URL(url)), url).toBe(true);
		}
	});
});

describe('hostile pages stay cheap to read and cannot break the selectors', () => {
	// Unbounded digit runs and repeated title suffixes once took 20+ s; bounded, they take milliseconds.
	test('a threadmarks header holding 100,000 digits', () => {
		const html = fixture('xenforo-sv-threadmarks.html').replace('Statistics (13 threadmarks, 27k words)', `Statistics (${'1'.repeat(100_000)} 13 threadmarks, 27k words)`);
		expect(extractStory(documentFrom(html, `${SV}threadmarks`), `${SV}threadmarks`)).toMatchObject({ kind: 'index', stats: { chapters: 13 } });
	}, 2_000);

	test('a title of 15,000 repeated page suffixes', () => {
		const html = fixture('xenforo-sv-threadmarks.html').replace('The Lighthouse Ledger - Threadmarks</h1>', `The Lighthouse Ledger${' - page 1'.repeat(15_000)}x - Threadmarks</h1>`);
		expect(extractStory(documentFrom(html, `${SV}threadmarks`), `${SV}threadmarks`).title?.endsWith('page 1x')).toBe(true);
	}, 2_000);

	test('the site\'s title chrome still leaves the title', () => {
		const html = fixture('xenforo-sv-threadmarks.html').replace('The Lighthouse Ledger - Threadmarks</h1>', 'The Lighthouse Ledger | Page 2 - Threadmarks</h1>');
		expect(extractStory(documentFrom(html, `${SV}threadmarks`), `${SV}threadmarks`).title).toBe('The Lighthouse Ledger');
	});

	test('a threadmark category from the URL that is no number reads as the main threadmarks', () => {
		for (const category of ['"]', '16"], a[href', '1 x']) {
			const url = `${READER}?threadmark_category=${encodeURIComponent(category)}`;
			const story = extractStory(documentFrom(fixture('xenforo-sv-reader.html'), url), url);
			expect(story, category).toMatchObject({ kind: 'story', stats: { chapters: 13 } });
		}
		const side = `${READER}?threadmark_category=16`;
		expect(extractStory(documentFrom(fixture('xenforo-sv-reader.html'), side), side).stats.chapters).toBe(2);
	});
});

describe('positions in a paged list', () => {
	test('every page but the last is full; the last counts back from the total; else the usual page size', () => {
		expect(firstPositionOnPage({ page: 1, lastPage: 9, onPage: 3, total: 81, usualPageSize: 10 })).toBe(1);
		expect(firstPositionOnPage({ page: 3, lastPage: 9, onPage: 10, total: 81, usualPageSize: 10 })).toBe(21);
		expect(firstPositionOnPage({ page: 9, lastPage: 9, onPage: 1, total: 81, usualPageSize: 10 })).toBe(81);
		expect(firstPositionOnPage({ page: 9, lastPage: 9, onPage: 4, total: null, usualPageSize: 10 })).toBe(81);
	});

	test('rows after a collapsed range end the list when the total is known', () => {
		const rows = ['a', 'b', null, 'y', 'z'];
		expect(numberRows(rows, 1, 20).map((r) => [r.row, r.position])).toEqual([['a', 1], ['b', 2], ['y', 19], ['z', 20]]);
		expect(numberRows(rows, 1, null).map((r) => r.position)).toEqual([1, 2, 3, 4]);
	});
});
