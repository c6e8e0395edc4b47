// @vitest-environment jsdom
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusAvailable, corpusDir, extractFile } from './helpers.js';
import { allCorpusExpectations, checkStory, corpusPages, type Expected } from './corpus-check.js';

/**
 * Every page of the shared corpus, with the true values from its SOURCES.md.
 * The URL is the address the page was saved from (or, for AO3 downloads, a
 * file:// path as when the file is opened from disk).
 */
const NO_WARNINGS = 'No Archive Warnings Apply';
const CHOSE_NOT = 'Creator Chose Not To Use Archive Warnings';
const LOGH = 'Ginga Eiyuu Densetsu | Legend of the Galactic Heroes';
const DRAGON_AGE = ['Dragon Age: Inquisition', 'Dragon Age (Video Games)', 'Dragon Age - All Media Types'];

const EXPECTED: Record<string, Expected> = {
	'ao3/oneshot-anon-homestuck-168768.html': {
		url: 'https://archiveofourown.org/works/168768', kind: 'story', title: 'Fill', authors: ['Anonymous'], rating: 'Teen And Up Audiences', ratingLevel: 'teen', warnings: [CHOSE_NOT], fandoms: ['Homestuck'], stats: [1, 1], chapterTitles: [null],
		check: (s) => { expect(s.collections).toEqual(['Anonymous Fills']); expect(s.summary).not.toBeNull(); expect(s.notesHtml).toBeNull(); expect(s.authorLinks[0]?.url).toBeNull(); },
	},
	'ao3/oneshot-notrated-nofreeform-323217.html': {
		url: 'https://archiveofourown.org/works/323217', kind: 'story', title: 'Field Test no.7: Phone Calls & Boundaries', authors: ['x_art'], rating: 'Not Rated', ratingLevel: 'unknown', warnings: [CHOSE_NOT], fandoms: ['The Mentalist'], stats: [1, 1], chapterTitles: [null], first: 'He answered on the third ring,', last: 'from the room. fin.',
		check: (s) => { expect(s.tags).toEqual([]); expect(s.summary).toBe('Jane has had enough.'); expect(s.notesHtml).not.toBeNull(); expect(s.series).toEqual([{ title: 'The Mentalist Field Tests', url: 'https://archiveofourown.org/series/14544', part: 1 }]); },
	},
	'ao3/oneshot-crossover-pseud-endnotes-923647.html': {
		url: 'https://archiveofourown.org/works/923647', kind: 'story', title: 'the heart and the small change', authors: ['Alias (anafabula)'], rating: 'Teen And Up Audiences', warnings: [NO_WARNINGS], fandoms: ['Twin Peaks', 'Welcome to Night Vale'], stats: [1, 1],
		check: (s) => { expect(s.summary).not.toBeNull(); expect(s.notesHtml).not.toBeNull(); expect(s.endNotesHtml).not.toBeNull(); expect(s.series.length).toBeGreaterThan(0); },
	},
	'ao3/oneshot-all-warnings-categories-3738184.html': {
		url: 'https://archiveofourown.org/works/3738184', kind: 'story', title: 'everything', authors: ['orphan_account'], rating: 'Not Rated', fandoms: ['All - Fandom'], stats: [1, 1],
		warnings: [CHOSE_NOT, 'Graphic Depictions Of Violence', 'Major Character Death', NO_WARNINGS, 'Rape/Non-Con', 'Underage Sex'],
		check: (s) => { expect(s.categories).toEqual(['F/F', 'F/M', 'Gen', 'M/M', 'Multi', 'Other']); expect(s.chapters[0]?.words).toBeLessThanOrEqual(3); expect(s.notesHtml).not.toBeNull(); expect(s.endNotesHtml).not.toBeNull(); },
	},
	'ao3/multichap-wip-ch1-workskin-17793689.html': {
		url: 'https://archiveofourown.org/works/17793689/chapters/41980418', kind: 'story', title: 'Nobody Expects the Dragon Age Inquisition', authors: ['enigmalea'], rating: 'Mature', ratingLevel: 'mature', warnings: [NO_WARNINGS], fandoms: DRAGON_AGE, stats: [14, null], chapterTitles: ['The Guild'], listed: 14, firstListed: 'The Guild', first: 'Fenina Lavellan sighed heavily',
		check: (s) => {
			expect(s.stats.complete).toBe(false);
			expect(s.isEntireWork).toBe(false);
			expect(s.chapters[0]?.summaryHtml).toContain('MMO guild');
			expect(s.chapters[0]?.notesHtml).not.toBeNull();
			expect(s.chapters[0]?.endNotesHtml).not.toBeNull();
			expect(s.chapters[0]?.text).not.toContain('Chapter Text');
			expect(s.nextChapterUrl).toBe('https://archiveofourown.org/works/17793689/chapters/42035519');
			expect(s.prevChapterUrl).toBeNull();
			expect(s.series[0]).toMatchObject({ title: 'Thedas Unveiled', part: 1 });
			expect(s.language).toBe('English');
			expect(s.stats.published).toBe('2019-02-15');
			expect(s.stats.updated).toBe('2019-12-28');
			expect(s.stats.words).toBe(70561);
		},
	},
	'ao3/multichap-wip-ch2-workskin-17793689.html': {
		url: 'https://archiveofourown.org/works/17793689/chapters/42035519', kind: 'story', title: 'Nobody Expects the Dragon Age Inquisition', authors: ['enigmalea'], rating: 'Mature', warnings: [NO_WARNINGS], fandoms: DRAGON_AGE, stats: [14, null], chapterTitles: ['The College of Enchanters: New Haven'], listed: 14,
		storyKey: 'ao3:17793689',
		check: (s) => { expect(s.chapters[0]?.index).toBe(2); expect(s.chapters[0]?.summaryHtml).not.toBeNull(); expect(s.prevChapterUrl).toBe('https://archiveofourown.org/works/17793689/chapters/41980418'); },
	},
	'ao3/multichap-wip-ch1-anon-chatfic-37214506.html': {
		url: 'https://archiveofourown.org/works/37214506/chapters/92848687', kind: 'story', title: 'AvengersGC', authors: ['Anonymous'], rating: 'Teen And Up Audiences', warnings: [NO_WARNINGS], fandoms: ['Marvel Cinematic Universe'], stats: [20, null], chapterTitles: [null], listed: 20,
	},
	'ao3/multichap-ch1-crossover-multiauthor-orphan-41289660.html': {
		url: 'https://archiveofourown.org/works/41289660/chapters/103525452', kind: 'story', title: 'A Whole New world', authors: ['Fairyzilla (orphan_account)', 'orphan_account'], rating: 'Teen And Up Audiences', warnings: [CHOSE_NOT], fandoms: ['Fairy Tail', 'Harry Potter - J. K. Rowling'], stats: [6, 6], chapterTitles: ['Letters and Secrets!'], listed: 6,
		check: (s) => { expect(s.categories).toHaveLength(4); expect(s.stats.complete).toBe(true); expect(s.isEntireWork).toBe(false); },
	},
	'ao3/multichap-ch2-nocategory-48582418.html': {
		url: 'https://archiveofourown.org/works/48582418/chapters/122861680', kind: 'story', title: '5 times Gotham (and everyone else except Bruce and Alfred) were Confused.', authors: ['rejected_bisexual'], rating: 'Not Rated', warnings: [CHOSE_NOT], fandoms: ['Batman - All Media Types'], stats: [6, 6], chapterTitles: ['2. Tim'], listed: 6,
		// Its beginning notes only point to the end notes ("See the end of the chapter for notes"): they are end notes only.
		check: (s) => { expect(s.categories).toEqual([]); expect(s.chapters[0]?.summaryHtml).not.toBeNull(); expect(s.chapters[0]?.notesHtml).toBeNull(); expect(s.chapters[0]?.endNotesHtml).not.toBeNull(); },
	},
	'ao3/restricted-login-required-15461226.html': {
		url: 'https://archiveofourown.org/users/login?restricted=true&return_to=%2Fworks%2F15461226', kind: 'gate', storyKey: 'ao3:15461226',
		check: (s) => { expect(s.gate?.reason).toBe('login'); expect(s.gate?.message).toMatch(/^This work is only available to registered users/); expect(s.chapters).toEqual([]); },
	},
	'ao3/error-404-41237499.html': { url: 'https://archiveofourown.org/works/41237499', kind: 'not-story' },
	'ao3/chapter-index-navigate-43703871.html': {
		url: 'https://archiveofourown.org/works/43703871/navigate', kind: 'index', title: 'Let The River Run', authors: ['astolat'], listed: 9, firstListed: 'Coming Through The Fog', storyKey: 'ao3:43703871',
		check: (s) => { expect(s.chapters).toEqual([]); expect(s.chapterList.at(-1)?.title).toBe('Epilogue (Silver Cities Rise)'); },
	},
	'ao3/loggedin-oneshot-anon-endnotes-57038482.html': {
		url: 'https://archiveofourown.org/works/57038482', kind: 'story', title: 'Lleno de zafiros', authors: ['Anonymous'], rating: 'General Audiences', ratingLevel: 'general', warnings: [NO_WARNINGS], fandoms: ['Arcane: League of Legends (Cartoon 2021)'], stats: [1, 1],
		check: (s) => { expect(s.summary).not.toBeNull(); expect(s.notesHtml).not.toBeNull(); expect(s.endNotesHtml).not.toBeNull(); },
	},
	'ao3/loggedin-oneshot-explicit-66534724.html': {
		url: 'https://archiveofourown.org/works/66534724', kind: 'story', title: 'The right tool for everything', authors: ['scrhn'], rating: 'Explicit', ratingLevel: 'explicit', warnings: [CHOSE_NOT], fandoms: ['Arcane: League of Legends (Cartoon 2021)', 'League of Legends'], stats: [1, 1],
	},
	'ao3/old-2013-chapter-view-teststory-602342.html': {
		url: 'https://archiveofourown.org/works/602342/chapters/1085798', kind: 'story', title: 'Teststory', authors: ['Cochrane'], rating: 'Teen And Up Audiences', warnings: [NO_WARNINGS], fandoms: ['Fairy Tail'], stats: [1, 1], chapterTitles: [null],
		check: (s) => {
			expect(s.summary).toBe('A story!');
			expect(s.endNotesHtml).toContain('My notes.');
			expect(s.chapters[0]?.text).toBe('Some Text\n\n* * *\n\nMore text');
			expect(s.chapters[0]?.html).toContain('<hr>');
			expect(s.isEntireWork).toBe(true);
		},
	},
	'ao3/old-2013-chapter-index-navigate-602342.html': { url: 'https://archiveofourown.org/works/602342/navigate', kind: 'index', title: 'Teststory', authors: ['Cochrane'], listed: 1, firstListed: null },
	'ao3/readability-archive-of-our-own.html': {
		url: 'https://archiveofourown.org/works/11808918/chapters/26640231', kind: 'story', title: 'Conversations with a Cryptid', authors: ['AMournfulHowlInTheNight'], rating: 'General Audiences', warnings: [NO_WARNINGS], fandoms: ['僕のヒーローアカデミア | Boku no Hero Academia | My Hero Academia'], stats: [14, 14], listed: 14,
		check: (s) => { expect(s.collections.length).toBeGreaterThan(5); expect(s.series[0]?.part).toBe(1); },
	},
	'ao3/download-export-oneshot-general.html': {
		url: 'file:///home/reader/Downloads/A_Funeral_Shroud_for.html', kind: 'story', title: 'A Funeral Shroud for Laertes - A Preface to the Third Edition of A Wheel Inside a Wheel', authors: ['natsinator'], rating: 'General Audiences', warnings: [NO_WARNINGS], fandoms: [LOGH], stats: [1, 1], chapterTitles: [null], storyKey: 'ao3:35152225',
		check: (s) => { expect(s.summary).toBeNull(); expect(s.isEntireWork).toBe(true); },
	},
	'ao3/download-export-entire-work-2ch-collection.html': {
		url: 'file:///home/reader/Downloads/The_World_In_Its.html', kind: 'story', title: 'The World In Its Circular Way', authors: ['natsinator'], rating: 'General Audiences', warnings: [CHOSE_NOT], fandoms: [LOGH], stats: [2, 2],
		chapterTitles: ['Funeral Rites for Hector, Tamer of Horses', 'Some of Our Promises Were Binding Up Here Where Our Dreams Take Form'], first: 'October 481 I.C., Odin',
		check: (s) => { expect(s.collections).toEqual(['New Constellations 2023 - A LOGH Rarepair Exchange']); expect(s.summary).toMatch(/^What is a first meeting/); expect(s.series[0]).toMatchObject({ title: 'A Wheel Inside a Wheel', part: 10 }); expect(s.endNotesHtml).not.toBeNull(); },
	},
	'ao3/download-export-entire-work-13ch-chinese.html': {
		url: 'file:///home/reader/Downloads/Zhan_Yan_Yin_Yu.html', kind: 'story', title: '谵言隐语', authors: ['ChiefAccelerator'], rating: 'Teen And Up Audiences', warnings: [NO_WARNINGS], fandoms: [LOGH], stats: [13, 13],
		check: (s) => {
			expect(s.chapters).toHaveLength(13);
			expect(s.chapters[0]?.title).toBe('以错误的视角审读文本');
			expect(s.chapters.every((c) => c.endNotesHtml !== null)).toBe(true);
			// Chinese characters count one word each, as on AO3: the site says 103,861 for the work.
			const words = s.chapters.reduce((n, c) => n + c.words, 0);
			expect(words).toBeGreaterThan(103_861 * 0.9);
			expect(words).toBeLessThan(103_861 * 1.1);
		},
	},
	'ao3/entire-work-view-4ch-explicit-fullwork.html': {
		url: 'https://archiveofourown.org/works/41952030?view_full_work=true', kind: 'story', title: 'Harry Potter and Harry Potter', authors: ['HarryPotterFanFicArchive_Archivist'], rating: 'Explicit', warnings: [CHOSE_NOT], fandoms: ['Harry Potter - J. K. Rowling'], stats: [4, 4],
		chapterTitles: ['Chapter 0: The Door and the Steed', 'Chapter 1: Trap and DoubleTrap', 'Chapter 2: Duel and Shootout', 'Chapter 3: Secrets and Deceptions'], storyKey: 'ao3:41952030',
		check: (s) => { expect(s.isEntireWork).toBe(true); expect(s.relationships).toEqual([]); },
	},
	'ao3/multichap-ch1-view-same-work-as-fullwork.html': {
		url: 'https://archiveofourown.org/works/41952030/chapters/105298965', kind: 'story', title: 'Harry Potter and Harry Potter', authors: ['HarryPotterFanFicArchive_Archivist'], rating: 'Explicit', warnings: [CHOSE_NOT], fandoms: ['Harry Potter - J. K. Rowling'], stats: [4, 4],
		chapterTitles: ['Chapter 0: The Door and the Steed'], listed: 4, firstListed: 'Chapter 0: The Door and the Steed', storyKey: 'ao3:41952030',
	},
	'ffnet/old-2013-chapter1-of-3-edited-teststory.html': {
		url: 'https://www.fanfiction.net/s/8873635/1/The-Demon-Maid-s-Undergarments', kind: 'story', title: 'The Test Story', authors: ['Testperson'], rating: 'Fiction T', ratingLevel: 'teen', warnings: [], fandoms: ['Beelzebub/べるぜバブ (Anime/Manga)'], listed: 3, chapterTitles: [null],
		check: (s) => { expect(s.tags).toEqual(['Humor', 'Romance']); expect(s.characters).toEqual(['Oga T.', 'Hildagarde/Hilda']); expect(s.stats.words).toBe(20); expect(s.categories).toEqual([]); },
	},
	'ffnet/old-2013-oneshot-no-genre-edited.html': {
		url: 'https://www.fanfiction.net/s/7681144/1/', kind: 'story', title: 'Test story without Genre', authors: ['Author'], rating: 'Fiction K+', ratingLevel: 'general', fandoms: ['Beelzebub/べるぜバブ (Anime/Manga)'], listed: 0, first: 'Disclaimer: This story is somewhat shortened.',
		check: (s) => { expect(s.tags).toEqual([]); expect(s.stats.complete).toBe(true); expect(s.stats.words).toBe(1276); expect(s.isEntireWork).toBe(true); },
	},
	'ffnet/multichap-ch1-of-66-potter-club.html': {
		url: 'https://www.fanfiction.net/s/12013542/1/Potter-Club', kind: 'story', title: 'Potter Club', authors: ['Razamataz22'], rating: 'Fiction T', fandoms: ['Harry Potter (Books)'], listed: 66, storyKey: 'ffnet:12013542',
		check: (s) => { expect(s.tags).toEqual(['Adventure']); expect(s.characters).toEqual(['Harry P.', 'Hermione G.', 'Susan B.']); expect(s.stats.words).toBe(219452); expect(s.summary).toMatch(/^Seven years is a long time\./); expect(s.nextChapterUrl).toBe('https://www.fanfiction.net/s/12013542/2/Potter-Club'); },
	},
	'ffnet/multichap-ch1-prologue-dreaming-of-sunshine.html': {
		url: 'https://www.fanfiction.net/s/7347955/1/Dreaming-of-Sunshine', kind: 'story', title: 'Dreaming of Sunshine', authors: ['Silver Queen'], rating: 'Fiction T', fandoms: ['Naruto (Anime/Manga)'], listed: 151, chapterTitles: ['Prologue'], firstListed: 'Prologue',
		check: (s) => { expect(s.characters).toEqual(['Naruto U.', 'Shikamaru N.', 'OC']); expect(s.stats.words).toBe(716431); expect(s.stats.published).toBe('2011-09-03'); expect(s.stats.updated).toBe('2019-03-28'); },
	},
	'ffnet/oneshot-calculation.html': {
		url: 'https://www.fanfiction.net/s/7628565/1/Calculation', kind: 'story', title: 'Calculation', authors: ['fringeperson'], rating: 'Fiction K', ratingLevel: 'general', fandoms: ['Harry Potter (Books)'], listed: 0, chapterTitles: [null], first: 'There were two things Harry Potter', last: '~The End~',
		check: (s) => { expect(s.characters).toEqual(['Harry P.']); expect(s.stats.words).toBe(18141); expect(s.stats.complete).toBe(true); expect(s.tags).toEqual([]); },
	},
	'ffnet/negative-search-results-listing.html': { url: 'https://www.fanfiction.net/search/?keywords=harry&ready=1&type=story', kind: 'not-story' },
	'royalroad/fiction-index-page-with-content-warnings.html': {
		url: 'https://www.royalroad.com/fiction/25137/worth-the-candle', kind: 'index', title: 'Worth the Candle', authors: ['Alexander Wales'], rating: null, warnings: ['Graphic Violence', 'Profanity', 'Sensitive Content', 'Sexual Content'], listed: 111,
		check: (s) => { expect(s.tags).toEqual(['LitRPG', 'Portal Fantasy / Isekai', 'Male Lead', 'Drama', 'Action', 'Adventure', 'Fantasy', 'GameLit', 'High Fantasy', 'Magic']); expect(s.summary).toMatch(/^A teenager struggling after the death of his best friend/); },
	},
	'wattpad/story-landing-page-2-parts.html': {
		url: 'https://www.wattpad.com/story/271297863-koteczek-alcina-dimitrescu-short-oneshot', kind: 'index', title: 'KOTECZEK // Alcina Dimitrescu [short oneshot]', authors: ['A Pensive Tree'], listed: 2, firstListed: 'Requests',
		check: (s) => { expect(s.ratingLevel).not.toBe('explicit'); expect(s.ratingLevel).not.toBe('mature'); expect(s.tags).toEqual(['alcina', 'alcinadimitrescu', 'dimitrescu', 'ladydimitrescu', 'requests', 'residentevil', 'residentevilvillage', 'vampire']); expect(s.stats.complete).toBe(true); },
	},
	'mediaminer/story-index-page.html': {
		url: 'https://www.mediaminer.org/fanfic/s/inuyasha-fan-fiction/a-miko-s-instincts/102126', kind: 'index', title: "A Miko's Instincts", authors: ['Majicman55'], rating: 'T - Teen: Not suitable for readers under 13', ratingLevel: 'teen', fandoms: ['InuYasha'], listed: 28,
		check: (s) => { expect(s.tags).toEqual(['Romance', 'Comedy']); expect(s.stats.complete).toBe(true); expect(s.summary).toMatch(/^InuYasha has the watch when he notices Kagome is having a dream/); expect(s.chapterList.at(-1)?.title).toBe('Epilogue'); },
	},
};

if (corpusAvailable()) {
	describe('corpus pages', () => {
		test('every corpus page (every folder but readability/) has expected values, here or in corpus-expected/', () => {
			const known = { ...allCorpusExpectations(), ...EXPECTED };
			expect(corpusPages().filter((f) => !(f in known))).toEqual([]);
		});

		for (const [file, expected] of Object.entries(EXPECTED)) {
			test(file, () => checkStory(extractFile(join(corpusDir, file), expected.url), expected));
		}

		test('chapter view and entire-work view of the same work share a story key and the first chapter', () => {
			const full = extractFile(join(corpusDir, 'ao3/entire-work-view-4ch-explicit-fullwork.html'), 'https://archiveofourown.org/works/41952030?view_full_work=true');
			const one = extractFile(join(corpusDir, 'ao3/multichap-ch1-view-same-work-as-fullwork.html'), 'https://archiveofourown.org/works/41952030/chapters/105298965');
			expect(one.storyKey).toBe(full.storyKey);
			expect(one.chapters[0]?.text).toBe(full.chapters[0]?.text);
			expect(full.chapters.map((c) => c.index)).toEqual([1, 2, 3, 4]);
		});

	});
}
