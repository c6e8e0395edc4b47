// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { documentFrom, extractFixture, firstWords, fixture, lastWords } from './helpers.js';

/**
 * The long-tail archives (fimfiction, Literotica, Quotev, fanficauthors.net)
 * and Wattpad's part pages. No real saved page of these could be had (see
 * ../shared/corpus/SOURCES.md, "Looked for but not found"), so every fixture
 * here is a page of our own making: our own text, in markup that follows
 * ../shared/docs/archive-sites.md part 3 (§3.2 Wattpad, §3.10 Quotev, §3.15
 * FimFiction and Literotica) and the selectors FanFicFare and WebToEpub use.
 * Where those sources do not show a piece of markup, the fixture's shape is our
 * guess and says so: fimfiction's Previous/Next Chapter buttons, fanficauthors'
 * chapter page around its documented `div.story`, Wattpad's story link and
 * author box on a part page.
 */

describe('fimfiction', () => {
	const STORY = 'https://www.fimfiction.net/story/424242';

	test('chapter page: story title, author, chapter title without the date box, author notes folded out of the text, neighbours', () => {
		const s = extractFixture('fimfiction-chapter.html', `${STORY}/2/the-lantern-keeper/the-oil-merchant`);
		expect(s).toMatchObject({ kind: 'story', site: 'fimfiction', storyKey: 'fimfiction:424242', title: 'The Lantern Keeper', authors: ['Thistledown'] });
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 2, id: '2', title: 'The Oil Merchant' });
		expect(firstWords(chapter?.text ?? '', 5)).toBe('The oil merchant came up');
		expect(lastWords(chapter?.text ?? '', 4)).toBe('had never done before.');
		expect(chapter?.html).toContain('<hr>');
		expect(chapter?.notesHtml).toBe('<p>Thanks to my prereader for catching every comma.</p>');
		expect(chapter?.endNotesHtml).toBe('<p>Next week: the last chapter.</p>');
		expect(chapter?.text).not.toMatch(/prereader|Next week|so sad|2,350 words|Previous Chapter/);
		expect(s.prevChapterUrl).toBe(`${STORY}/1/the-lantern-keeper/dusk`);
		expect(s.nextChapterUrl).toBe(`${STORY}/3/the-lantern-keeper/dawn`);
	});

	test('story page is the index: rating, tags by kind, description, chapters, status, words', () => {
		const s = extractFixture('fimfiction-story.html', `${STORY}/the-lantern-keeper`);
		expect(s).toMatchObject({ kind: 'index', storyKey: 'fimfiction:424242', title: 'The Lantern Keeper', authors: ['Thistledown'], rating: 'Teen', ratingLevel: 'teen' });
		expect(s.fandoms).toEqual(['MLP: FiM']);
		expect(s.characters).toEqual(['Fluttershy', 'OC']);
		expect(s.warnings).toEqual(['Death']);
		expect(s.tags).toEqual(['Slice of Life', 'Sad']);
		expect(s.summary).toBe('A pegasus keeps the last lantern lit in a town that forgot why.\n\nWritten for a winter contest.');
		expect(s.chapterList.map((c) => c.title)).toEqual(['Dusk', 'The Oil Merchant', 'Dawn']);
		expect(s.chapterList[1]?.url).toBe(`${STORY}/2/the-lantern-keeper/the-oil-merchant`);
		expect(s.stats).toMatchObject({ chapters: 3, complete: true, words: 6380, published: '2024-01-02' });
		expect(s.chapters).toEqual([]);
	});

	test('user pages and searches are not stories', () => {
		expect(extractFixture('fimfiction-story.html', 'https://www.fimfiction.net/user/9001/Thistledown').kind).toBe('not-story');
		expect(extractFixture('fimfiction-chapter.html', 'https://www.fimfiction.net/stories?q=lantern').kind).toBe('not-story');
	});
});

describe('Literotica', () => {
	const WORK = 'https://www.literotica.com/s/the-night-train';

	test('page 1 of 3: the pages are the chapters ("Page 1 of 3"), the next page is the next chapter, the copyright line is a note', () => {
		const s = extractFixture('literotica-story-page1.html', WORK);
		expect(s).toMatchObject({ kind: 'story', site: 'literotica', storyKey: 'literotica:the-night-train', title: 'The Night Train', authors: ['MarrowQuill'], rating: null });
		expect(s.tags).toEqual(['train', 'strangers', 'slow burn']);
		expect(s.summary).toBe('Two strangers share a sleeper compartment and a long conversation.');
		expect(s.series).toEqual([{ title: 'Night Trains', url: 'https://www.literotica.com/series/se/8800001', part: null }]);
		expect(s.stats.extra).toEqual({ pages: '3' });
		expect(s.chapterList.map((c) => [c.index, c.title, c.url])).toEqual([[1, 'Page 1 of 3', WORK], [2, 'Page 2 of 3', `${WORK}?page=2`], [3, 'Page 3 of 3', `${WORK}?page=3`]]);
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 1, id: '1', title: 'Page 1 of 3' });
		expect(firstWords(chapter?.text ?? '', 4)).toBe('The sleeper car smelled');
		expect(lastWords(chapter?.text ?? '', 5)).toBe('had ever done that before.');
		expect(chapter?.notesHtml).toBe('<p>Copyright © 2024 MarrowQuill. All rights reserved. Please do not repost this story elsewhere.</p>');
		expect(chapter?.text).not.toMatch(/Copyright|All rights reserved|lovely opening|Next/);
		expect(s.prevChapterUrl).toBeNull();
		expect(s.nextChapterUrl).toBe(`${WORK}?page=2`);
	});

	test('page 2 of the same work: same story key, its own page number, both neighbours', () => {
		const s = extractFixture('literotica-story-page1.html', `${WORK}?page=2`);
		expect(s.storyKey).toBe('literotica:the-night-train');
		expect(s.chapters[0]).toMatchObject({ index: 2, id: '2', title: 'Page 2 of 3', url: `${WORK}?page=2` });
		expect(s.prevChapterUrl).toBe(WORK);
		expect(s.nextChapterUrl).toBe(`${WORK}?page=3`);
	});

	test('page 4, one after the last linked page, is the last of 4', () => {
		const s = extractFixture('literotica-story-page1.html', `${WORK}?page=4`);
		expect(s.chapters[0]).toMatchObject({ index: 4, title: 'Page 4 of 4' });
		expect(s.chapterList).toHaveLength(4);
		expect(s.nextChapterUrl).toBeNull();
	});

	test('a page number the pagination does not bear out is no chapter list, however large (once 20 s and 500 MB)', () => {
		for (const page of [5, 100_000_000]) {
			const url = `${WORK}?page=${page}`;
			const s = extractFixture('literotica-story-page1.html', url);
			expect(s.chapters[0], url).toMatchObject({ index: page, title: null, url });
			expect(s.chapterList, url).toEqual([]);
			expect(s.stats.extra, url).toEqual({});
			expect([s.prevChapterUrl, s.nextChapterUrl], url).toEqual([null, null]);
		}
	}, 2_000);

	test('page links past 500 pages are not believed', () => {
		const html = fixture('literotica-story-page1.html').replace('the-night-train?page=3">3</a>', 'the-night-train?page=3">3</a><a class="_pagination__item_2k3l4_5" href="https://www.literotica.com/s/the-night-train?page=3000000">3000000</a>');
		const s = extractStory(documentFrom(html, WORK), WORK);
		expect(s.stats.extra).toEqual({ pages: '3' });
		expect(s.chapterList).toHaveLength(3);
	}, 2_000);

	test('a series page is an index of its parts; author pages and tag listings are not stories', () => {
		const s = extractFixture('literotica-series.html', 'https://www.literotica.com/series/se/8800001');
		expect(s).toMatchObject({ kind: 'index', storyKey: 'literotica:se-8800001', title: 'Night Trains', authors: ['MarrowQuill'] });
		expect(s.chapterList.map((c) => [c.title, c.url])).toEqual([['The Night Train', WORK], ['The Night Train Ch. 02', 'https://www.literotica.com/s/the-night-train-ch-02']]);
		expect(s.chapters).toEqual([]);
		expect(extractFixture('literotica-series.html', 'https://www.literotica.com/authors/MarrowQuill/works/stories').kind).toBe('not-story');
		expect(extractFixture('literotica-story-page1.html', 'https://tags.literotica.com/train').kind).toBe('not-story');
	});
});

describe('Quotev', () => {
	const STORY = 'https://www.quotev.com/story/9000042/The-Orchard-Letters';

	test('chapter page: title, authors, tags, summary, dates, chapter from the menu, neighbours; comments stay out', () => {
		const s = extractFixture('quotev-story.html', `${STORY}/2`);
		expect(s).toMatchObject({ kind: 'story', site: 'quotev', storyKey: 'quotev:9000042', title: 'The Orchard Letters', authors: ['PearTree', 'Windfall'], rating: null });
		expect(s.tags).toEqual(['letters', 'orchard', 'epistolary']);
		expect(s.summary).toBe('Two cousins write to each other across one hot summer.\nTold only in letters.');
		expect(s.stats).toMatchObject({ chapters: 3, published: '2024-01-01', updated: '2024-02-01', complete: true });
		// The menu's script-only entry ("Add a chapter") is no chapter.
		expect(s.chapterList.map((c) => c.title)).toEqual(['The First Letter', 'Pears', 'The Last Letter']);
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 2, id: '2', title: 'Pears' });
		expect(firstWords(chapter?.text ?? '', 2)).toBe('Dear Ines,');
		expect(lastWords(chapter?.text ?? '', 3)).toBe('Your cousin, Pell');
		expect(chapter?.text).not.toMatch(/more letters please|Favorite/);
		expect(s.prevChapterUrl).toBe(`${STORY}/1`);
		expect(s.nextChapterUrl).toBe(`${STORY}/3`);
	});

	test('the story URL without a number is its first chapter', () => {
		const s = extractFixture('quotev-story.html', STORY);
		expect(s.chapters[0]).toMatchObject({ index: 1, title: 'The First Letter' });
		expect(s.prevChapterUrl).toBeNull();
		expect(s.nextChapterUrl).toBe(`${STORY}/2`);
	});

	test('a profile listing stories is not a story, even at a story-shaped address', () => {
		expect(extractFixture('quotev-profile.html', 'https://www.quotev.com/PearTree').kind).toBe('not-story');
		expect(extractFixture('quotev-profile.html', STORY).kind).toBe('not-story');
	});
});

describe('fanficauthors.net', () => {
	const SITE = 'https://harbourmaster.fanficauthors.net';

	test('story index: title, author, rating, genres, summary, chapters, status, words', () => {
		const s = extractFixture('fanficauthors-index.html', `${SITE}/Tidewater/index/`);
		expect(s).toMatchObject({ kind: 'index', site: 'fanficauthors', storyKey: 'fanficauthors:harbourmaster/Tidewater', title: 'Tidewater', authors: ['Harbourmaster'], rating: 'Teens', ratingLevel: 'teen' });
		expect(s.authorLinks).toEqual([{ text: 'Harbourmaster', url: `${SITE}/` }]);
		expect(s.tags).toEqual(['Drama', 'Romance']);
		expect(s.summary).toBe("A lighthouse keeper's apprentice and the harbour she is meant to guard.");
		// Review links and downloads are not chapters; an untitled chapter ("Chapter 3") has no title.
		expect(s.chapterList.map((c) => [c.index, c.title, c.id])).toEqual([[1, 'The Lamp Room', '1__The_Lamp_Room'], [2, 'Fog', '2__Fog'], [3, null, '3__Chapter_3']]);
		expect(s.stats).toMatchObject({ chapters: 3, words: 21450, complete: false });
		expect(s.chapters).toEqual([]);
	});

	test('chapter page: the same story key, chapter title from its address, pagers and the header box out of the text', () => {
		const s = extractFixture('fanficauthors-chapter.html', `${SITE}/Tidewater/2__Fog/`);
		expect(s).toMatchObject({ kind: 'story', storyKey: 'fanficauthors:harbourmaster/Tidewater', title: 'Tidewater', authors: ['Harbourmaster'] });
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 2, id: '2__Fog', title: 'Fog' });
		expect(firstWords(chapter?.text ?? '', 4)).toBe('The fog came in');
		expect(lastWords(chapter?.text ?? '', 3)).toBe('again, further off.');
		expect(chapter?.text).not.toMatch(/Previous chapter|Next chapter|Index|leave a review|Reviews|Word count|Chapter 2 - Fog/);
		expect(s.prevChapterUrl).toBe(`${SITE}/Tidewater/1__The_Lamp_Room/`);
		expect(s.nextChapterUrl).toBe(`${SITE}/Tidewater/3__Chapter_3/`);
	});

	test("a category listing on the author's site has a story-shaped address but is not a story", () => {
		expect(extractFixture('fanficauthors-category.html', `${SITE}/Harry_Potter/`).kind).toBe('not-story');
		expect(extractFixture('fanficauthors-index.html', `${SITE}/recent/`).kind).toBe('not-story');
		expect(extractFixture('fanficauthors-index.html', `${SITE}/Tidewater/2__Fog/reviews/`).kind).toBe('not-story');
	});
});

describe('Wattpad part pages', () => {
	const PART = 'https://www.wattpad.com/1300000002-lighthouse-summer-two-the-keeper%27s-log';

	test("part page: the story's key, title and author, the part's title and place, paragraphs from Wattpad's <pre>", () => {
		const s = extractFixture('wattpad-part.html', PART);
		expect(s).toMatchObject({ kind: 'story', site: 'wattpad', storyKey: 'wattpad:300000001', title: 'Lighthouse Summer', authors: ['GullFeather'] });
		expect(s.chapterList.map((c) => [c.index, c.title, c.id])).toEqual([[1, 'One: Arrival', '1300000001'], [2, "Two: The Keeper's Log", '1300000002'], [3, 'Three: Storm', '1300000003']]);
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 2, id: '1300000002', title: "Two: The Keeper's Log" });
		// Wattpad sets a part's paragraphs inside one <pre>: they stay three paragraphs, not one block.
		expect(chapter?.text.split('\n\n')).toHaveLength(3);
		expect(firstWords(chapter?.text ?? '', 4)).toBe('The keeper wrote in');
		expect(lastWords(chapter?.text ?? '', 3)).toBe('and one wedding.');
		expect(chapter?.text).not.toMatch(/I love Juniper|Continue to next part|Another story/);
		expect(s.prevChapterUrl).toBe('https://www.wattpad.com/1300000001-lighthouse-summer-one-arrival');
		expect(s.nextChapterUrl).toBe('https://www.wattpad.com/1300000003-lighthouse-summer-three-storm');
	});

	// No real part page is in the corpus: the header's markup is the documented one (archive-sites.md §3.2, WebToEpub).
	test("the story key comes from the part's own header, not from a recommended story above it nor from a link off Wattpad", () => {
		const recommended = fixture('wattpad-part.html').replace('<div class="part-header">', '<aside class="promo"><a href="/story/999-someone-elses-story">Read this next</a></aside><div class="part-header">');
		expect(extractStory(documentFrom(recommended, PART), PART).storyKey).toBe('wattpad:300000001');
		const offsite = fixture('wattpad-part.html').replace('href="/story/300000001-lighthouse-summer"', 'href="https://wattpad.com.example/story/999-lighthouse-summer"');
		expect(extractStory(documentFrom(offsite, PART), PART).storyKey).toBeNull();
	});

	test('the story page of the same story is its index, under the same key; user pages are not stories', () => {
		const s = extractFixture('wattpad-story.html', 'https://www.wattpad.com/story/300000001-lighthouse-summer');
		expect(s).toMatchObject({ kind: 'index', storyKey: 'wattpad:300000001', title: 'Lighthouse Summer', authors: ['GullFeather'], summary: "Juniper spends one summer at her grandfather's lighthouse." });
		expect(s.tags).toEqual(['summer', 'lighthouse', 'family']);
		expect(s.stats).toMatchObject({ chapters: 3, complete: true });
		expect(s.chapterList.map((c) => c.id)).toEqual(['1300000001', '1300000002', '1300000003']);
		expect(extractFixture('wattpad-part.html', 'https://www.wattpad.com/user/GullFeather').kind).toBe('not-story');
	});
});
