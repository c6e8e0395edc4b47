// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { paragraphElements } from '../../src/core/paragraphs.js';
import { documentFrom, extractFixture, fixture, plainTextDocument } from './helpers.js';

/** The project's own small pages, shaped like the real ones, so tests run without the corpus. */

describe('AO3 fixtures', () => {
	test('one-shot work page: header, skin-hidden text, scene break, notes', () => {
		const s = extractFixture('ao3-work-oneshot.html', 'https://archiveofourown.org/works/900001');
		expect(s).toMatchObject({ kind: 'story', site: 'ao3', storyKey: 'ao3:900001', title: "The Lamplighter's Apprentice", authors: ['quillfeather'], rating: 'General Audiences', ratingLevel: 'general', warnings: ['No Archive Warnings Apply'], categories: ['Gen'], fandoms: ['Original Work'], characters: ['Wren', 'Old Tamsin'], tags: ['Found Family', 'Winter'], language: 'English', collections: ['Winter Swap 2024'], isEntireWork: true });
		expect(s.series).toEqual([{ title: 'Streetlight Tales', url: 'https://archiveofourown.org/series/4242', part: 2 }]);
		expect(s.stats).toMatchObject({ words: 180, chapters: 1, chaptersExpected: 1, complete: true, published: '2024-01-05', extra: { kudos: '1,204' } });
		expect(s.summary).toBe('Wren learns that every lamp on Cinder Street has a name.');
		expect(s.notesHtml).toBe('<p>Written for the winter swap.</p>');
		expect(s.endNotesHtml).toBe('<p>Thank you for reading!</p>');
		const [chapter] = s.chapters;
		expect(chapter?.title).toBeNull();
		expect(chapter?.text).not.toContain('hidden by the work skin');
		expect(chapter?.text).toContain('Only printers miss this line.');
		expect(chapter?.text).not.toMatch(/Work Text|Kudos|Top/);
		expect(chapter?.html).toContain('<hr>');
		expect(chapter?.html).toContain('<em>Bartholomew</em>');
		expect(chapter?.text.split('\n\n')).toHaveLength(6);
	});

	test('chapter page: chapter list, prev/next, untitled chapter, loose text wrapped in paragraphs', () => {
		const s = extractFixture('ao3-chapter.html', 'https://archiveofourown.org/works/900002/chapters/5002');
		expect(s.title).toBe('Salt and Sorrel');
		expect(s.authors).toEqual(['moth (moth_and_ink)', 'fennel']);
		expect(s.warnings).toEqual(['Graphic Depictions Of Violence', 'Major Character Death']);
		expect(s.relationships).toEqual(['Isolde/Maren']);
		expect(s.ratingLevel).toBe('mature');
		expect(s.stats).toMatchObject({ chapters: 3, chaptersExpected: null, complete: false, updated: '2023-04-12' });
		expect(s.chapterList.map((c) => [c.index, c.title, c.id])).toEqual([[1, 'Prologue', '5001'], [2, null, '5002'], [3, 'The Lighthouse', '5003']]);
		expect(s.chapterList[2]?.url).toBe('https://archiveofourown.org/works/900002/chapters/5003');
		expect(s.prevChapterUrl).toBe('https://archiveofourown.org/works/900002/chapters/5001');
		expect(s.nextChapterUrl).toBe('https://archiveofourown.org/works/900002/chapters/5003');
		expect(s.isEntireWork).toBe(false);
		const chapter = s.chapters[0];
		expect(chapter).toMatchObject({ index: 2, title: null, id: '5002', summaryHtml: '<p>The tide comes in early.</p>', notesHtml: '<p>Content note for a storm.</p>', endNotesHtml: '<p>More soon.</p>' });
		expect(chapter?.text).toBe('Maren counted the boats twice before she believed it.\n\nOne was missing.\n\n"Isolde," she called, and the wind took the name and threw it back at her.\n\nShe ran for the harbour with her boots unlaced.');
		const root = documentFrom(`<div>${chapter?.html ?? ''}</div>`, 'https://example.org/').body.firstElementChild;
		expect(root && paragraphElements(root)).toHaveLength(4);
	});

	test('entire work: both chapters, one story key with the chapter view', () => {
		const s = extractFixture('ao3-entire-work.html', 'https://archiveofourown.org/works/900003?view_full_work=true');
		expect(s.storyKey).toBe('ao3:900003');
		expect(s.authors).toEqual(['Anonymous']);
		expect(s.chapters.map((c) => c.title)).toEqual(['The First Letter', null]);
		expect(s.chapters.map((c) => c.url)).toEqual(['https://archiveofourown.org/works/900003/chapters/6001', 'https://archiveofourown.org/works/900003/chapters/6002']);
		expect(s.isEntireWork).toBe(true);
		expect(s.stats.complete).toBe(true);
		expect(s.chapters[1]?.text).toBe('Dear Bea, bring the ruined pie. I will bring the cream.\n\nAda.');
	});

	test('adult interstitial is a gate that reads the blurb and never claims text', () => {
		const s = extractFixture('ao3-adult-gate.html', 'https://archiveofourown.org/works/900004');
		expect(s.kind).toBe('gate');
		expect(s.gate).toEqual({ reason: 'adult', message: 'This work could have adult content. If you continue, you have agreed that you are willing to see such content.', continueUrl: 'https://archiveofourown.org/works/900004?view_adult=true' });
		expect(s).toMatchObject({ title: 'Night Market', authors: ['lanternfish'], rating: 'Explicit', ratingLevel: 'explicit', fandoms: ['Original Work'], warnings: ['No Archive Warnings Apply'], relationships: ['Suri/Lena'], characters: ['Suri'], tags: ['Lanterns'], categories: ['F/F'], summary: 'Two stallholders, one umbrella.', chapters: [] });
		expect(s.stats.words).toBe(4000);
	});

	test('warnings and additional tags hidden by the reader preference are reported as hidden, not as none', () => {
		const s = extractFixture('ao3-hidden-warnings.html', 'https://archiveofourown.org/works/900005');
		expect(s.kind).toBe('story');
		expect(s.warnings).toEqual([]);
		expect(s.warningsHiddenBySite).toBe(true);
		expect(s.hiddenWarningsUrl).toBe('https://archiveofourown.org/tags/show_hidden?creation_id=900005&creation_type=Work&tag_type=warnings');
		expect(s.tagsHiddenBySite).toBe(true);
		expect(s.hiddenTagsUrl).toContain('tag_type=freeforms');
	});

	test('a downloaded HTML file opened from disk is claimed by AO3', () => {
		const s = extractFixture('ao3-download.html', 'file:///home/reader/Kettle_Weather.html');
		expect(s).toMatchObject({ kind: 'story', site: 'ao3', storyKey: 'ao3:900006', title: 'Kettle Weather', authors: ['tinpot'], rating: 'General Audiences', language: 'English', summary: 'Rain, tea, a visitor.', isEntireWork: true });
		expect(s.stats).toMatchObject({ chapters: 2, chaptersExpected: 2, complete: true, published: '2021-02-02', updated: '2021-02-03' });
		expect(s.chapters.map((c) => [c.index, c.title])).toEqual([[1, null], [2, 'The Knock']]);
		expect(s.chapters[1]).toMatchObject({ notesHtml: '<p>Short one.</p>', endNotesHtml: '<p>The end!</p>' });
	});
});

describe('FanFiction.net fixtures', () => {
	test('current layout: header line, pairings, chapter menu, dates', () => {
		const s = extractFixture('ffnet-current.html', 'https://www.fanfiction.net/s/9000001/2/Paper-Boats');
		expect(s).toMatchObject({ kind: 'story', site: 'ffnet', storyKey: 'ffnet:9000001', title: 'Paper Boats', authors: ['river reed'], rating: 'Fiction K+', ratingLevel: 'general', fandoms: ['Paper Worlds (Books)'], language: 'English', tags: ['Friendship', 'Hurt/Comfort'], relationships: ['Pip/Otto'], characters: ['Pip', 'Otto', 'Mrs. Ames'], summary: 'Two children race paper boats down a flooded street.' });
		expect(s.stats).toMatchObject({ chapters: 3, words: 1234, complete: true, published: '2020-09-13', updated: '2023-11-14' });
		expect(s.chapterList.map((c) => c.title)).toEqual(['Launch', 'Downstream', null]);
		expect(s.chapters[0]).toMatchObject({ index: 2, title: 'Downstream' });
		expect(s.chapters[0]?.html).toContain('<hr>');
		expect(s.prevChapterUrl).toBe('https://www.fanfiction.net/s/9000001/1/Paper-Boats');
		expect(s.nextChapterUrl).toBe('https://www.fanfiction.net/s/9000001/3/Paper-Boats');
	});

	test('2013 layout: table header, text dates, <hr> scene break', () => {
		const s = extractFixture('ffnet-old.html', 'https://www.fanfiction.net/s/9000002/1/Hollow-Hill');
		expect(s).toMatchObject({ kind: 'story', title: 'Hollow Hill', authors: ['Moss Gatherer'], rating: 'Fiction M', ratingLevel: 'mature', fandoms: ['Hollow Tales (Anime/Manga)'], tags: ['Horror'], summary: 'A hill that hums at night.' });
		expect(s.stats).toMatchObject({ chapters: 2, words: 600, published: '2012-01-02', updated: '2012-03-04' });
		expect(s.chapters[0]?.title).toBe('The Humming');
		expect(s.chapters[0]?.text.split('\n\n')).toEqual(['Nobody in the village climbed Hollow Hill after dark, which was exactly why Edda did.', '* * *', 'She came down at dawn with grass in her hair and a tune she could not stop humming.']);
	});

	test('a FictionPress story gets its own key space', () => {
		const html = fixture('ffnet-current.html');
		const s = extractStory(documentFrom(html, 'https://www.fictionpress.com/s/9000001/2/Paper-Boats'), 'https://www.fictionpress.com/s/9000001/2/Paper-Boats');
		expect(s.storyKey).toBe('ffnet:fictionpress-9000001');
	});
});

describe('generic pages', () => {
	test('a page with a title, a "By" line and prose reads as a story, the byline kept out of the text', () => {
		const prose = Array.from({ length: 30 }, (_, i) => `<p>"Count them again," she said at the ${i + 1}th lamp, and the kettle sang while the rain kept on at the window. He laughed and said nothing.</p>`).join('');
		const url = 'http://fic.example.net/kettle.html';
		const story = extractStory(documentFrom(`<html><head><title>The Kettle</title></head><body><h1>The Kettle</h1><p>By Ada Finch</p>${prose}</body></html>`, url), url);
		expect(story).toMatchObject({ kind: 'story', site: 'generic', title: 'The Kettle', authors: ['Ada Finch'] });
		expect(story.chapters[0]?.text).toMatch(/^"Count them again,"/);
		expect(story.chapters[0]?.text).not.toContain('By Ada Finch');
	});

	test('a story key comes from the canonical link only when it names the same host', () => {
		const html = fixture('personal-archive.html');
		const withLink = (href: string) => html.replace('<head>', `<head><link rel="canonical" href="${href}">`);
		const url = 'http://www.example.net/~juniper/straylight.html?from=rss';
		expect(extractStory(documentFrom(withLink('http://www.example.net/~juniper/straylight.html'), url), url).storyKey).toBe('generic:http://www.example.net/~juniper/straylight.html');
		expect(extractStory(documentFrom(withLink('https://archiveofourown.org/works/1'), url), url).storyKey).not.toContain('archiveofourown');
	});

	test('old personal archive: header block read, header lines kept out of the text', () => {
		const s = extractFixture('personal-archive.html', 'http://www.example.net/~juniper/straylight.html');
		expect(s.kind).toBe('story');
		expect(s.site).toBe('generic');
		expect(s.storyKey).toBe('generic:http://www.example.net/~juniper/straylight.html');
		expect(s).toMatchObject({ title: 'Stray Light', authors: ['Juniper Vale'], fandoms: ['Starfall Station'], rating: 'R, just to be safe', ratingLevel: 'mature', relationships: ['Okafor/Lindqvist'], categories: ['S', 'R'] });
		expect(s.warnings).toEqual(['character injury', 'language', 'through season two']);
		expect(s.series).toEqual([{ title: 'Beacon Cycle', url: null, part: 2 }]);
		expect(s.summary).toBe('A power failure on the night shift.\nIt is very dark and nobody panics. Much.');
		expect(s.extraFields.map((f) => f.key)).toEqual(expect.arrayContaining(['E-Mail', 'Archive', 'Disclaimer']));
		const text = s.chapters[0]?.text ?? '';
		expect(text.startsWith('The lights went out at 0300')).toBe(true);
		expect(text).not.toMatch(/TITLE|Author:|Rating:|Disclaimer|By Juniper/);
		expect(text).not.toContain('hidden by the page');
		expect(text).toContain('* * *');
		expect(s.chapters[0]?.html).not.toContain('javascript:');
	});

	test('a .txt file shown as text/plain: mail header, header block, hard-wrapped paragraphs, scene break', () => {
		const url = 'http://archive.example.org/fic/clockmaker.txt';
		const s = extractStory(plainTextDocument(fixture('story.txt'), url), url);
		expect(s).toMatchObject({ kind: 'story', title: "The Clockmaker's Cat", authors: ['Hazel Brook'], rating: 'PG-13', ratingLevel: 'teen', categories: ['Gen', 'Humour'], summary: 'A cat decides a clock shop is hers.' });
		const paragraphs = (s.chapters[0]?.text ?? '').split('\n\n');
		expect(paragraphs[0]).toBe('The cat arrived on a Tuesday, which the clockmaker later said was typical, since nothing good had ever arrived on a Tuesday before and the cat was determined to be an exception.');
		expect(paragraphs).toContain('* * *');
		expect(paragraphs.at(-1)).toMatch(/^The cat stayed\./);
		expect(s.chapters[0]?.text).not.toMatch(/Subject:|XXXX|Disclaimer/);
	});

	test('a recommendation post listing several header blocks is not a story', () => {
		expect(extractFixture('rec-post.html', 'https://reccer.example.com/2024/01/friday-recs.html').kind).toBe('not-story');
	});

	test('text hidden by style sheet, inline style, hidden and aria-hidden never reaches the reader', () => {
		const s = extractFixture('hidden-tricks.html', 'https://orchard.example.com/glass-orchard.html');
		expect(s.kind).toBe('story');
		expect(s.title).toBe('The Glass Orchard');
		const text = s.chapters[0]?.text ?? '';
		expect(text).not.toMatch(/trap|Stolen from/i);
		expect(text).toContain('Mira picked one up');
		expect(text).toContain('Screens still show this sentence.');
		expect(text.split('\n\n')).toHaveLength(4);
	});

	test('a page that is not HTML at all, or empty, is not a story and does not throw', () => {
		expect(extractStory(documentFrom('', 'https://example.com/'), 'https://example.com/').kind).toBe('not-story');
		expect(extractStory(documentFrom('<p>hi</p>', 'https://example.com/'), 'not a url').kind).toBe('not-story');
		expect(extractStory(documentFrom('<div id="main" class="works-show"><div id="chapters"></div><dl class="work meta"></dl></div>', 'https://archiveofourown.org/works/1'), 'https://archiveofourown.org/works/1').kind).toBe('not-story');
	});
});
