import { expect } from 'vitest';
import type { Story } from '../../../src/core/types.js';
import type { Expected } from '../corpus-check.js';

/**
 * Dreamwidth and LiveJournal pages of the shared corpus (SOURCES.md, section 4),
 * served at the URLs of its provenance tables. The rebecca2525 / ao3testing
 * entries are test posts with placeholder prose; their header lines, the
 * entry's mood/music/location, tags, crosspost note and comments must stay out
 * of the text. The rarelitfic/rarelitslash post announces a story that lives
 * on AO3: a header and a link, no prose, so it is the story's 'index'.
 */

function noChromeIn(s: Story): void {
	const text = s.chapters.map((c) => c.text).join('\n');
	expect(text).not.toMatch(/Title:|Fandom:|Pairing:|Rating:|Summary:|Note:|Current Mood|Location|Bach|Entry tags|Post a new comment|originally posted|Previous Entry|Flat/);
}

const announcement = (s: Story): void => {
	expect(s.chapters).toEqual([]);
	expect(s.chapterList).toEqual([{ index: 1, title: "Mrs Stanwood's Birthday Party", id: null, url: 'http://archiveofourown.org/works/127921' }]);
	expect(s.summary).toMatch(/^Mrs Stanwood, famous medical researcher and an old friend of Poirot/);
	// "Genre:" is a tag, as on AO3.
	expect(s.tags).toContain('Murder Mystery + Poirot/Hastings Romance');
	expect(s.categories).toEqual([]);
	expect(s.stats.words).toBe(28000);
	expect(s.stats.published).toBe('2010-10-23');
};

const importingTest = (s: Story): void => {
	noChromeIn(s);
	expect(s.relationships).toEqual(['Lewis/Hathaway']);
	expect(s.summary).toBe('Something I made for testing purposes.');
	// The header's Note line is the story's notes (folded), never text.
	expect(s.notesHtml).toContain('Yes, this is really only for testing. :)');
	expect(s.stats.published).toBe('2000-01-10');
	expect(s.chapters[0]?.words).toBe(8 * 3 + 9 * 3);
	expect(s.tags).toEqual(['testing']);
	expect(s.isEntireWork).toBe(true);
};

export const expected: Record<string, Expected> = {
	'dreamwidth/community-fic-post-rarelitfic-5572.html': {
		url: 'http://rarelitfic.dreamwidth.org/5572.html?format=light', kind: 'index', title: "Mrs Stanwood's Birthday Party", authors: ['Rebecca'], rating: 'General Audiences', ratingLevel: 'general', warnings: [], fandoms: ['Poirot - Agatha Christie'],
		storyKey: 'journal:rarelitfic.dreamwidth.org/5572',
		check: (s) => {
			announcement(s);
			expect(s.tags).toEqual(['Murder Mystery + Poirot/Hastings Romance', 'author: rebecca2525', 'fandom: poirot', 'language: english']);
		},
	},
	'dreamwidth/gate-discretion-advised-rarelitfic-5572.html': {
		url: 'http://rarelitfic.dreamwidth.org/5572.html?format=light', kind: 'gate', storyKey: 'journal:rarelitfic.dreamwidth.org/5572',
		check: (s) => {
			expect(s.gate).toEqual({
				reason: 'adult',
				message: "Discretion Advised. You're about to view content that rarelitfic has advised should be viewed with discretion. To continue, you must confirm you want to view this content.",
				// The "Yes, I want to view this content" button posts a form: there is no link to follow.
				continueUrl: null,
			});
			expect(s.chapters).toEqual([]);
		},
	},
	'dreamwidth/test-fic-entry-rebecca2525-3506.html': {
		url: 'http://rebecca2525.dreamwidth.org/3506.html?format=light', kind: 'story', title: 'Importing Test', authors: ['rebecca2525'], rating: 'PG', ratingLevel: 'general',
		// The header says "Warnings: None".
		warnings: [], fandoms: ['Lewis'], chapterTitles: [null], first: 'My first paragraph.', last: 'My second paragraph.', storyKey: 'journal:rebecca2525.dreamwidth.org/3506',
		check: (s) => {
			importingTest(s);
			expect(s.authorLinks).toEqual([{ text: 'rebecca2525', url: 'http://rebecca2525.dreamwidth.org/' }]);
		},
	},
	'dreamwidth/test-fic-entry-part2-rebecca2525-4024.html': {
		url: 'http://rebecca2525.dreamwidth.org/4024.html?format=light', kind: 'story', title: 'Importing Test Part 2', authors: ['rebecca2525'], rating: 'PG', warnings: [], fandoms: ['Lewis'],
		first: 'The long awaited second part.', last: 'And another paragraph.', storyKey: 'journal:rebecca2525.dreamwidth.org/4024',
		check: (s) => {
			noChromeIn(s);
			expect(s.summary).toBe('The plot thickens.');
			expect(s.notesHtml).toContain('MOAR TESTING! :)');
			expect(s.chapters[0]?.words).toBe(4 * 5 + 7 * 3);
			expect(s.stats.published).toBe('2000-01-22');
		},
	},
	'dreamwidth/test-fic-entry-ship-header-ao3testing-593.html': {
		url: 'http://ao3testing.dreamwidth.org/593.html?format=light', kind: 'story', title: 'Story', authors: ['ao3testing'], rating: null, warnings: [], fandoms: ['Testing'],
		first: 'This is my epic story.', last: '100 words is a lot.',
		check: (s) => {
			noChromeIn(s);
			expect(s.characters).toEqual(['Person A', 'Person B']);
			expect(s.relationships).toEqual(['PersonA/PersonB']);
			expect(s.chapters[0]?.text).not.toMatch(/Characters:|Ship:/);
		},
	},
	'dreamwidth/negative-profile-jennyst.html': { url: 'http://jennyst.dreamwidth.org/profile?format=light', kind: 'not-story' },
	'dreamwidth/negative-journal-recent-entries-cesy.html': { url: 'http://cesy.dreamwidth.org/?format=light', kind: 'not-story' },
	'dreamwidth/negative-nonfic-entry-with-poll-cesy-394320.html': { url: 'http://cesy.dreamwidth.org/394320.html?format=light', kind: 'not-story' },
	'livejournal/community-fic-post-2011-rarelitslash-271960.html': {
		url: 'http://rarelitslash.livejournal.com/271960.html?format=light', kind: 'index', title: "Mrs Stanwood's Birthday Party", authors: ['Rebecca'], rating: 'General Audiences', ratingLevel: 'general', warnings: [], fandoms: ['Poirot - Agatha Christie'],
		storyKey: 'journal:rarelitslash.livejournal.com/271960',
		check: announcement,
	},
	'livejournal/gate-adult-content-notice-2011-rarelitslash-271960.html': {
		url: 'http://rarelitslash.livejournal.com/271960.html?format=light', kind: 'gate', storyKey: 'journal:rarelitslash.livejournal.com/271960',
		check: (s) => {
			expect(s.gate).toEqual({
				reason: 'adult',
				message: 'Adult Content Notice. The content that you are about to view may contain material only suitable for adults. To continue, you must confirm that you are at least 18 years of age.',
				// "Yes, I am at least 18 years old." posts a form to /misc/adult_explicit.bml: no link to follow.
				continueUrl: null,
			});
		},
	},
	'livejournal/test-fic-entry-2016-rebecca2525-3562.html': {
		url: 'http://rebecca2525.livejournal.com/3562.html?format=light', kind: 'story', title: 'Importing Test', authors: ['rebecca2525'], rating: 'PG', warnings: [], fandoms: ['Lewis'],
		first: 'My first paragraph.', last: 'My second paragraph.', storyKey: 'journal:rebecca2525.livejournal.com/3562',
		check: (s) => {
			importingTest(s);
			expect(s.chapters[0]?.html).not.toContain('dreamwidth.org/3506');
		},
	},
	'livejournal/negative-profile-2016-rebecca2525.html': { url: 'http://rebecca2525.livejournal.com/profile?format=light', kind: 'not-story' },
};
