import { expect } from 'vitest';
import type { Expected } from '../corpus-check.js';

/** Scribble Hub pages of the shared corpus (SOURCES.md section 4), with their true values. */
const CULTIVATION = 'The story of how a Cultivation Universe was Conquered by an Interstellar Weapons Platform';
const CULTIVATION_READ = 'https://www.scribblehub.com/read/188780-the-story-of-how-a-cultivation-universe-was-conquered-by-an-interstellar-weapons-platform/chapter';

export const expected: Record<string, Expected> = {
	'scribblehub/chapter-with-announcement-block-reserialized-188780.html': {
		url: `${CULTIVATION_READ}/720496/`, kind: 'story', title: CULTIVATION, authors: ['Osamaru'], rating: null, warnings: [], fandoms: [],
		chapterTitles: ['All my Chapters got Deleted!'], storyKey: 'scribblehub:188780',
		first: '[The story of how a Cultivation Universe was Conquered by an Interstellar Weapons Platform] EPILOGUE Alpha\'s manipulator claw',
		last: 'and then everything became nothing.',
		check: (s) => {
			const chapter = s.chapters[0];
			// Both announcement boxes are notes, never text.
			expect(chapter?.text).not.toMatch(/Announcement|April Fools|NEXT TIME, ON DRA/);
			expect(chapter?.notesHtml).toContain('April Fools! HAHAHAHHAHA!');
			expect(chapter?.notesHtml).not.toContain('Announcement');
			expect(chapter?.endNotesHtml).toContain('NEXT TIME, ON DRA');
			expect(chapter?.id).toBe('720496');
			expect(chapter?.words).toBeGreaterThan(2800);
			expect(s.prevChapterUrl).toBe(`${CULTIVATION_READ}/694405/`);
			expect(s.nextChapterUrl).toBe(`${CULTIVATION_READ}/722313/`);
			expect(s.authorLinks[0]?.url).toBe('https://www.scribblehub.com/profile/62/osamaru/');
		},
	},
	'scribblehub/edited-chapter-placeholder-text-authornotes.html': {
		url: 'https://www.scribblehub.com/read/123456-creepy-story-club/chapter/54321/', kind: 'story', title: 'Creepy Story Club', authors: ['Has2Win'], rating: null,
		chapterTitles: ['Chapter 1 – Impulsive choices are both the best and worst'], storyKey: 'scribblehub:123456',
		first: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Neque',
		check: (s) => {
			const chapter = s.chapters[0];
			// The author's-note box (avatar, name, note) is the chapter's note, not its first paragraphs.
			expect(chapter?.notesHtml).toContain('Ut enim ad minim veniam');
			expect(chapter?.notesHtml).not.toContain('Has2Win');
			expect(chapter?.text).not.toMatch(/Has2Win|Ut enim ad minim veniam/);
			expect(chapter?.endNotesHtml).toBeNull();
			expect(s.prevChapterUrl).toBeNull();
			expect(s.nextChapterUrl).toBe('https://www.scribblehub.com/read/123456-creepy-story-club/chapter/543076/');
		},
	},
	'scribblehub/edited-series-page-toc.html': {
		url: 'https://www.scribblehub.com/series/123456/creepy-story-club/', kind: 'index', title: 'Creepy Story Club', authors: ['EnroItzal'], rating: null, ratingLevel: 'unknown',
		warnings: ['Gore', 'Sexual Content', 'Strong Language'], stats: [259, null], listed: 15, firstListed: '4-59 Sacred Purge', storyKey: 'scribblehub:123456',
		check: (s) => {
			expect(s.chapters).toEqual([]);
			expect(s.chapterList.map((c) => c.index)).toEqual(Array.from({ length: 15 }, (_, i) => 245 + i));
			expect(s.chapterList.at(-1)).toEqual({ index: 259, title: '4-73 Abducted Augur', id: '732352', url: 'https://www.scribblehub.com/read/123456-creepy-story-club/chapter/732352/' });
			expect(s.tags.slice(0, 9)).toEqual(['Action', 'Adventure', 'Fantasy', 'Gender Bender', 'Harem', 'Isekai', 'LitRPG', 'Romance', 'Smut']);
			expect(s.tags).toContain('Weak to Strong');
			expect(s.tags).toHaveLength(29);
			expect(s.summary).toMatch(/^Argon Raze, the best swordsman of the continent\./);
			expect(s.stats.complete).toBe(false);
		},
	},
};
