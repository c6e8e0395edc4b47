import { expect } from 'vitest';
import type { Expected } from '../corpus-check.js';

/** The newer Royal Road pages of the shared corpus (SOURCES.md section 4): two chapter pages and a fiction page. */
export const expected: Record<string, Expected> = {
	'royalroad/chapter-prologue-okeanos-returnal.html': {
		url: 'https://www.royalroad.com/fiction/165189/okeanos-returnal/chapter/3334461/prologue-last-warm-night', kind: 'story', title: 'Okeanos Returnal', authors: ['qualiap'], rating: null, warnings: [], fandoms: [],
		chapterTitles: ['Prologue : Last Warm Night'], storyKey: 'royalroad:165189', first: 'February 27, 2028 — 23:47 Dakong District, Marun', last: 'End Prologue',
		check: (s) => {
			const chapter = s.chapters[0];
			// Hidden by a page <style> rule (display: none): an anti-copy sentence, never text.
			expect(chapter?.text).not.toMatch(/Unauthorized duplication|Report sightings/);
			expect(chapter?.html).toContain('December 22, 2032 — 01:33');
			expect(chapter?.words).toBeGreaterThan(5500);
			expect(chapter?.words).toBeLessThan(6000);
			expect(chapter?.notesHtml).toBeNull();
			expect(s.prevChapterUrl).toBeNull();
			expect(s.nextChapterUrl).toBeNull();
		},
	},
	'royalroad/fiction-index-1ch-okeanos-returnal.html': {
		url: 'https://www.royalroad.com/fiction/165189/okeanos-returnal', kind: 'index', title: 'Okeanos Returnal', authors: ['qualiap'], rating: null,
		warnings: ['AI-Assisted Content', 'Graphic Violence', 'Sensitive Content'], listed: 1, firstListed: 'Prologue : Last Warm Night', storyKey: 'royalroad:165189',
		check: (s) => {
			expect(s.chapters).toEqual([]);
			expect(s.chapterList[0]?.url).toBe('https://www.royalroad.com/fiction/165189/okeanos-returnal/chapter/3334461/prologue-last-warm-night');
			expect(s.tags).toEqual(['Urban Fantasy', 'Female Lead', 'Sci-fi', 'Action', 'Apocalypse', 'Artificial Intelligence', 'Cyberpunk', 'Dystopia', 'Hard Sci-fi', 'Low Fantasy', 'Mecha', 'Romance Subplot', 'Supernatural']);
			expect(s.summary).toMatch(/^Five years before the asteroid that erased Elszia, an engineer named Lorenz Phis saw the pattern in the sky/);
		},
	},
	'royalroad/chapter-episode-05-hollow-frequency.html': {
		url: 'https://www.royalroad.com/fiction/164116/hollow-frequency/chapter/3327274/episode-05-the-girl-in-the-drain', kind: 'story', title: 'Hollow Frequency', authors: ['Rico Liemanto'], rating: null, warnings: [],
		chapterTitles: ['Episode 05 — The Girl in the Drain'], storyKey: 'royalroad:164116',
		first: 'Focus: Mira Voss — The Grey Belt — Friday, 11:00 PM to 4:30 AM',
		last: 'Next: Episode 06 — Mother Tongue(Focus: Theo Barkan)',
		check: (s) => {
			const chapter = s.chapters[0];
			expect(chapter?.text).not.toMatch(/Unauthorized content usage|report the violation/);
			expect(chapter?.text).toContain('End of Episode 05 — The Girl in the Drain');
			expect(chapter?.words).toBeGreaterThan(2100);
			expect(chapter?.words).toBeLessThan(2500);
			expect(s.prevChapterUrl).toBe('https://www.royalroad.com/fiction/164116/hollow-frequency/chapter/3319533/episode-04-what-the-river-kept');
			expect(s.nextChapterUrl).toBeNull();
		},
	},
};
