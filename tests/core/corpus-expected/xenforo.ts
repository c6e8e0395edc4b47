import { expect } from 'vitest';
import type { Expected } from '../corpus-check.js';

/**
 * The two XenForo pages of the corpus (SOURCES.md, "XenForo / SpaceBattles"):
 * real 2019 SpaceBattles markup, EDITED by their collector, so their words are
 * placeholders ("post 1 content", "User 1") and the reader page has no
 * `.bbWrapper`. The og:url of each file is its URL here.
 */
export const expected: Record<string, Expected> = {
	'xenforo/edited-spacebattles-reader-page1-2019.html': {
		url: 'https://forums.spacebattles.com/threads/my-great-story.555/reader/',
		kind: 'story',
		title: 'My Great Story',
		authors: ['User 1'],
		stats: [81, null],
		chapterTitles: ['threadmark description 771', '1 Threadmark 1', '2 Threadmark 2'],
		listed: 0,
		first: 'post 1 content',
		last: 'post 3 content',
		storyKey: 'xenforo:spacebattles.com:555',
		check: (s) => {
			expect(s.chapters.map((c) => c.text)).toEqual(['post 1 content', 'post 2 content', 'post 3 content']);
			// Page 1 of 9, not the last page: its own three posts are the page size, so they are threadmarks 1 to 3.
			expect(s.chapters.map((c) => [c.index, c.id])).toEqual([[1, '250'], [2, '501'], [3, '502']]);
			expect(s.extraFields).toEqual([{ key: 'Page', value: '1 of 9' }]);
			expect(s.nextChapterUrl).toBe('https://forums.spacebattles.com/threads/my-great-story.555/reader/page-2');
			expect(s.prevChapterUrl).toBeNull();
			expect(s.isEntireWork).toBe(false);
			expect(s.authorLinks[0]?.url).toBe('https://forums.spacebattles.com/members/user1.111/');
		},
	},
	'xenforo/edited-spacebattles-threadmarks-index-2019.html': {
		url: 'https://forums.spacebattles.com/threads/555/threadmarks?category_id=1',
		kind: 'index',
		title: 'My Great Story',
		authors: ['User 1'],
		stats: [81, null],
		listed: 11,
		firstListed: 'My Great Story',
		storyKey: 'xenforo:spacebattles.com:555',
		check: (s) => {
			expect(s.chapterList.slice(1, 5).map((c) => c.title)).toEqual(['1 Trouble', '2 Hearsay', "3 Winter's End", '4 Lies']);
			expect(s.chapterList.map((c) => c.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
			expect(s.chapterList[1]).toMatchObject({ id: '882', url: 'https://forums.spacebattles.com/threads/my-great-story.555/#post-882' });
			expect(s.chapterList.at(-1)?.title).toBe('20. Onwards');
			expect(s.chapters).toEqual([]);
		},
	},
};
