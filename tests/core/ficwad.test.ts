// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { site } from '../../src/sites/ficwad.js';
import { documentFrom, extractFixture, firstWords, fixture, lastWords } from './helpers.js';

/**
 * FicWad. No real FicWad page could be had (see the corpus's SOURCES.md); the
 * fixtures are our own pages shaped like the markup FanFicFare's
 * adapter_ficwadcom.py and WebToEpub's FicwadParser.js read (docs
 * archive-sites.md §3.8). On FicWad a story and each of its chapters all live
 * at /story/ID: the story's own page lists the chapters.
 */

const story = (id: number) => `https://ficwad.com/story/${id}`;

describe('FicWad', () => {
	test('a multi-chapter story\'s page is its index: header, summary, warnings, chapters', () => {
		const s = extractFixture('ficwad-index.html', story(501234));
		expect(s).toMatchObject({
			kind: 'index', site: 'ficwad', storyKey: 'ficwad:501234', title: 'Lamplight', authors: ['quillfeather'],
			rating: 'PG-13', ratingLevel: 'teen', categories: ['Original Fiction'], tags: ['Drama', 'Fantasy'], characters: ['Wren', 'Old Tamsin'],
			warnings: ['Violence', 'Medium Spoilers'], summary: 'Three nights on Cinder Street, and the lamps that will not stay dark.', chapters: [],
		});
		expect(s.authorLinks).toEqual([{ text: 'quillfeather', url: 'https://ficwad.com/a/quillfeather' }]);
		expect(s.stats).toMatchObject({ chapters: 3, words: 6120, complete: true, published: '2021-03-04', updated: '2021-04-05' });
		expect(s.chapterList.map((c) => [c.index, c.title, c.url])).toEqual([[1, 'The First Night', story(501235)], [2, 'The Second Night', story(501236)], [3, 'The Third Night', story(501237)]]);
	});

	test('a chapter page belongs to its story: same key, chapter from the menu, neighbours, text', () => {
		const s = extractFixture('ficwad-chapter.html', story(501236));
		expect(s).toMatchObject({ kind: 'story', storyKey: 'ficwad:501234', title: 'Lamplight', authors: ['quillfeather'], rating: 'PG-13', warnings: ['Violence'], isEntireWork: false, summary: null });
		expect(s.stats.words).toBeNull();
		expect(s.prevChapterUrl).toBe(story(501235));
		expect(s.nextChapterUrl).toBe(story(501237));
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 2, title: 'The Second Night', id: '501236', url: story(501236), summaryHtml: '<p>In which a lamp is lit by someone who is not the lamplighter.</p>' });
		expect(firstWords(chapter?.text ?? '', 4)).toBe('Wren found the lamp');
		expect(lastWords(chapter?.text ?? '', 4)).toBe('the only one awake.');
		expect(chapter?.text).not.toMatch(/Original Fiction|PG-13|quillfeather|The First Night|fresh-picked/);
	});

	test('a one-chapter story is the whole work', () => {
		const s = extractFixture('ficwad-oneshot.html', story(498001));
		expect(s).toMatchObject({ kind: 'story', storyKey: 'ficwad:498001', title: 'Kettle Weather', rating: 'G', ratingLevel: 'general', characters: [], tags: ['Humor'], isEntireWork: true, chapterList: [] });
		expect(s.stats).toMatchObject({ words: 3480, complete: true });
		expect(s.chapters[0]?.text).toBe('The visitor arrived with the rain and would not give her name.\n\nThe kettle, which had never boiled for anyone without being asked, began to sing.');
	});

	test('an author profile is not a story, though it lists stories with summaries', () => {
		const url = 'https://ficwad.com/a/quillfeather';
		expect(extractFixture('ficwad-profile.html', url)).toMatchObject({ kind: 'not-story', site: 'ficwad', storyKey: null });
		expect(site.matchUrl(new URL(url))).toBe(false);
		// Even served at a story address, a page with no story header and no text is not read as one.
		expect(site.detect(documentFrom(fixture('ficwad-profile.html'), story(1)), new URL(story(1)))).toBe('not-story');
	});

	test('members-only stories are a login gate; a story id that does not exist shows the front page', () => {
		const blocked = fixture('ficwad-index.html').replace('<div id="chapters">', '<div class="blocked">You must be logged in to read this story.</div><div id="chapters">');
		const gated = extractStory(documentFrom(blocked, story(501234)), story(501234));
		expect(gated).toMatchObject({ kind: 'gate', title: 'Lamplight' });
		expect(gated.gate).toEqual({ reason: 'login', message: 'You must be logged in to read this story.', continueUrl: null });
		const front = '<html><body><div id="contents"><h4>Featured Story</h4><div id="story"><ul class="storylist"><li><h4><a href="/story/1">A story</a></h4></li></ul></div></div></body></html>';
		expect(extractStory(documentFrom(front, story(999)), story(999)).kind).toBe('not-story');
	});
});
