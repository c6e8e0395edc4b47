// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { findSite } from '../../src/sites/index.js';
import { documentFrom, extractFixture, firstWords, lastWords } from './helpers.js';

/**
 * Adult-FanFiction.org. No real page could be had (see the corpus's SOURCES.md);
 * the fixtures are our own pages shaped like the markup of the site's February
 * 2026 layout as FanFicFare's adapter_adultfanfictionorg.py and its issue #1305
 * describe it (docs archive-sites.md §3.15). The site has no separate chapter
 * index: a story's own address shows its first chapter with the chapter menu.
 */

const story = 'https://hp.adult-fanfiction.org/story.php?no=600012345';

describe('Adult-FanFiction.org', () => {
	test('every fandom zone is a subdomain of one site', () => {
		expect(findSite('https://anime2.adult-fanfiction.org/story.php?no=1')?.id).toBe('adultfanfiction');
		expect(findSite('https://members.adult-fanfiction.org/profile.php?id=5501')?.id).toBe('adultfanfiction');
		expect(findSite('https://adult-fanfiction.org.example.com/story.php?no=1')).toBeNull();
	});

	test('a chapter page: title, author, chapter menu (printed twice, read once), text, neighbours', () => {
		const s = extractFixture('aff-chapter.html', `${story}&chapter=2`);
		expect(s).toMatchObject({ kind: 'story', site: 'adultfanfiction', storyKey: 'adultfanfiction:hp:600012345', title: 'Under the Orchard', authors: ['marigold_ink'], isEntireWork: false });
		expect(s.authorLinks[0]?.url).toBe('https://members.adult-fanfiction.org/profile.php?id=5501');
		expect(s.chapterList.map((c) => [c.index, c.title, c.url])).toEqual([[1, 'Windfall', `${story}&chapter=1`], [2, 'The Cider Press', `${story}&chapter=2`], [3, 'Frost', `${story}&chapter=3`]]);
		expect(s.prevChapterUrl).toBe(`${story}&chapter=1`);
		expect(s.nextChapterUrl).toBe(`${story}&chapter=3`);
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 2, title: 'The Cider Press' });
		expect(firstWords(chapter?.text ?? '', 4)).toBe('The cider press had');
		expect(lastWords(chapter?.text ?? '', 3)).toBe('she might stay.');
		expect(chapter?.text).not.toMatch(/Under the Orchard|marigold_ink|Windfall|Frost/);
	});

	test('the story\'s own address is its first chapter, with the same key', () => {
		const s = extractFixture('aff-story-first.html', story);
		expect(s).toMatchObject({ kind: 'story', storyKey: 'adultfanfiction:hp:600012345', prevChapterUrl: null, nextChapterUrl: `${story}&chapter=2` });
		expect(s.chapters[0]).toMatchObject({ index: 1, title: 'Windfall', url: `${story}&chapter=1` });
	});

	test('member profiles, listings and missing stories are not stories', () => {
		expect(extractFixture('aff-profile.html', 'https://members.adult-fanfiction.org/profile.php?id=5501')).toMatchObject({ kind: 'not-story', site: 'adultfanfiction' });
		const missing = '<html><body><main class="main"><div class="container"><p>The dragons running the back end of the site can not seem to find the story you are looking for.</p></div></main></body></html>';
		expect(extractStory(documentFrom(missing, `${story}9`), `${story}9`).kind).toBe('not-story');
	});
});
