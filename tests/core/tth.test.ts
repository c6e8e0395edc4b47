// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { site } from '../../src/sites/tth.js';
import { documentFrom, extractFixture, firstWords, fixture, lastWords } from './helpers.js';

const extractFixtureHtml = (html: string, url: string) => extractStory(documentFrom(html, url), url);

/**
 * Twisting the Hellmouth. No real TtH page could be had (see the corpus's
 * SOURCES.md); the fixtures are our own pages shaped like the markup FanFicFare's
 * adapter_tthfanficorg.py and python-ffdl's tth.py read (docs archive-sites.md §3.7).
 */

const chapter = (n: number) => `https://www.tthfanfic.org/Story-12345-${n}/Greywizard+The+Quiet+Gate.htm`;

describe('Twisting the Hellmouth', () => {
	test('a chapter page: header table, series, summary, chapter menu, text without its heading', () => {
		const s = extractFixture('tth-chapter.html', chapter(2));
		expect(s).toMatchObject({
			kind: 'story', site: 'tth', storyKey: 'tth:12345', title: 'The Quiet Gate', authors: ['Greywizard'],
			rating: 'FR13', ratingLevel: 'teen', categories: ['Stargate'], characters: ['Xander'], isEntireWork: false,
			summary: 'A quiet man with a sledgehammer keeps the oldest door in the world shut. Mostly.',
		});
		expect(s.authorLinks[0]?.url).toBe('https://www.tthfanfic.org/AuthorStories-3449/Greywizard.htm');
		expect(s.series).toEqual([{ title: 'Gatekeepers', url: 'https://www.tthfanfic.org/Series-2329/Gatekeepers.htm', part: 2 }]);
		expect(s.stats).toMatchObject({ chapters: 3, words: 5210, complete: true, published: '2009-03-12', updated: '2009-04-02', extra: { recs: '2', reviews: '14', hits: '3012' } });
		expect(s.chapterList.map((c) => [c.index, c.title, c.url])).toEqual([[1, 'Night Shift', chapter(1)], [2, 'The Second Key', chapter(2)], [3, 'Morning', chapter(3)]]);
		expect(s.prevChapterUrl).toBe(chapter(1));
		expect(s.nextChapterUrl).toBe(chapter(3));
		const [text] = s.chapters;
		expect(text).toMatchObject({ index: 2, title: 'The Second Key' });
		expect(firstWords(text?.text ?? '', 4)).toBe('The key was older');
		expect(lastWords(text?.text ?? '', 3)).toBe('sky turned grey.');
		expect(text?.text).not.toContain('The Second Key');
		expect(text?.text.split('\n\n')).toHaveLength(4);
		expect(text?.text).not.toMatch(/FR21|Contact|sledgehammer/);
	});

	test('the story info page is the index: the header and every chapter with its author', () => {
		const s = extractFixture('tth-storyinfo.html', 'https://www.tthfanfic.org/StoryInfo-12345-1');
		expect(s).toMatchObject({ kind: 'index', storyKey: 'tth:12345', title: 'The Quiet Gate', authors: ['Greywizard', 'Tallis'], rating: 'FR13', chapters: [] });
		expect(s.chapterList.map((c) => [c.index, c.title, c.url])).toEqual([[1, 'Night Shift', chapter(1)], [2, 'The Second Key', chapter(2)], [3, 'Morning', chapter(3)]]);
		expect(s.authorLinks[1]?.url).toBe('https://www.tthfanfic.org/AuthorStories-5120/Tallis.htm');
	});

	test('a story above the reader\'s filter level is a gate that says so', () => {
		const s = extractFixture('tth-filter-gate.html', 'https://www.tthfanfic.org/Story-12999');
		expect(s).toMatchObject({ kind: 'gate', storyKey: 'tth:12999', title: 'Ember', chapters: [] });
		expect(s.gate).toEqual({ reason: 'adult', message: 'NOTE: This story is rated FR21 which is above your chosen filter level.', continueUrl: null });
	});

	test('author pages and missing stories are not stories', () => {
		expect(extractFixture('tth-author.html', 'https://www.tthfanfic.org/AuthorStories-3449/Greywizard.htm')).toMatchObject({ kind: 'not-story', site: 'tth' });
		const missing = '<html><body><div id="content"><h2>Story Not Found</h2><p>The story you asked for is not here.</p></div></body></html>';
		const url = 'https://www.tthfanfic.org/Story-99999';
		expect(site.detect(documentFrom(missing, url), new URL(url))).toBe('not-story');
		expect(site.detect(documentFrom(fixture('tth-chapter.html'), chapter(2)), new URL(chapter(2)))).toBe('story');
	});

	test('a gate page of 200,000 characters of repeated "rated" notes with no full stop stays cheap to read', () => {
		const hostile = 'NOTE: This story is rated '.repeat(8_000);
		const html = fixture('tth-filter-gate.html').replace('level. You can set your filter level in the sidebar.', `level ${hostile}`);
		const s = extractFixtureHtml(html, 'https://www.tthfanfic.org/Story-12999');
		expect(s.kind).toBe('gate');
		expect(s.gate?.message).toBe('This story is rated above your chosen filter level.');
	}, 2_000);
});
