// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractFixture, firstWords, lastWords } from './helpers.js';

/**
 * Scribble Hub on pages of our own making, shaped like the site's markup (the
 * real saved pages are checked in corpus-expected/scribblehub.ts). The boxes the
 * site draws inside the chapter text — the author's note and announcements —
 * are notes, never story text.
 */
const READ = 'https://www.scribblehub.com/read/900100-the-salt-road/chapter';

describe('Scribble Hub', () => {
	test('chapter page: title, author, chapter title, neighbours; note boxes become notes', () => {
		const s = extractFixture('scribblehub-chapter.html', `${READ}/900102/`);
		expect(s).toMatchObject({ kind: 'story', site: 'scribblehub', storyKey: 'scribblehub:900100', title: 'The Salt Road', authors: ['Tern'], rating: null });
		expect(s.authorLinks).toEqual([{ text: 'Tern', url: 'https://www.scribblehub.com/profile/4242/tern/' }]);
		expect(s.prevChapterUrl).toBe(`${READ}/900101/`);
		expect(s.nextChapterUrl).toBe(`${READ}/900103/`);
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ title: 'Chapter 2 – The Ferry at Low Tide', id: '900102' });
		expect(firstWords(chapter?.text ?? '', 5)).toBe('The ferry waited at the');
		expect(lastWords(chapter?.text ?? '', 4)).toBe('"Nobody crosses only once."');
		expect(chapter?.text).not.toMatch(/Thank you for the kind comments|Announcement|a day late|Tern|Lovely ferry/);
		expect(chapter?.notesHtml).toBe('<p>Thank you for the kind comments on the first chapter. This one is shorter.</p>');
		expect(chapter?.endNotesHtml).toBe('<p>The next chapter will be a day late: the writer is moving house.</p>');
		expect(chapter?.words).toBe(51);
	});

	test('series page is the index: TOC oldest first, genres and tags, content warnings, status', () => {
		const s = extractFixture('scribblehub-series.html', 'https://www.scribblehub.com/series/900100/the-salt-road/');
		expect(s).toMatchObject({ kind: 'index', storyKey: 'scribblehub:900100', title: 'The Salt Road', authors: ['Tern'], warnings: ['Strong Language'] });
		expect(s.tags).toEqual(['Adventure', 'Mature', 'Slice of Life', 'Sea', 'Travel']);
		// The site's own "Mature" genre is the only age rating it has.
		expect(s.rating).toBe('Mature');
		expect(s.ratingLevel).toBe('mature');
		expect(s.summary).toBe("A salt trader's daughter walks the coast road to find her father's missing ship.");
		expect(s.chapterList.map((c) => [c.index, c.title, c.id])).toEqual([[1, 'Chapter 1 – Salt', '900101'], [2, 'Chapter 2 – The Ferry at Low Tide', '900102'], [3, 'Chapter 3 – Gulls', '900103']]);
		expect(s.stats).toMatchObject({ chapters: 3, complete: true });
		expect(s.chapters).toEqual([]);
	});

	test('profile, search and tag pages are not stories, whatever they hold', () => {
		for (const url of ['https://www.scribblehub.com/profile/4242/tern/', 'https://www.scribblehub.com/series-finder/?sf=1', 'https://www.scribblehub.com/tag/sea/']) {
			expect(extractFixture('scribblehub-series.html', url).kind).toBe('not-story');
		}
	});
});
