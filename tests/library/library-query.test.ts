import { describe, expect, it } from 'vitest';
import { chaptersLabel, EMPTY_QUERY, facets, foldText, formatBytes, matchesText, queryLibrary } from '../../src/library/library-query.js';
import type { LibraryItem } from '../../src/storage/library.js';

function item(overrides: Partial<LibraryItem>): LibraryItem {
	return {
		storyKey: 'ao3:1', site: 'ao3', title: 'Untitled', authors: [], fandoms: [], tags: [], rating: null, ratingLevel: 'unknown', words: null,
		chaptersRead: 1, chaptersAvailable: 1, chaptersKnown: 1, complete: null, status: 'reading', statusChangedAt: 1, lastRead: 1, addedAt: 1,
		url: null, copyProblem: null, newChapters: 0, percent: null, ...overrides,
	};
}

const items = [
	item({ storyKey: 'ao3:1', title: 'The Weather in Glass', authors: ['glasswing'], fandoms: ['Original Work'], tags: ['Slow Burn'], ratingLevel: 'teen', words: 9_000, lastRead: 300 }),
	item({ storyKey: 'ffnet:2', site: 'ffnet', title: 'Paper Boats', authors: ['Ink Well'], fandoms: ['Pokémon'], tags: ['Friendship'], ratingLevel: 'general', words: 40_000, lastRead: 100, status: 'finished' }),
	item({ storyKey: 'ao3:3', title: 'a lantern keeper', authors: ['Moth'], fandoms: ['Coastal Tales'], tags: ['Hurt/Comfort', 'Slow Burn'], ratingLevel: 'explicit', words: null, lastRead: 200, status: 'dropped' }),
];
const keys = (list: LibraryItem[]) => list.map((entry) => entry.storyKey);

describe('library search', () => {
	it('finds by title, author, fandom or tag, ignoring case and accents, every word anywhere', () => {
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, text: 'weather' }))).toEqual(['ao3:1']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, text: 'ink well' }))).toEqual(['ffnet:2']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, text: 'pokemon' }))).toEqual(['ffnet:2']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, text: 'slow burn' }))).toEqual(['ao3:1', 'ao3:3']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, text: 'slow moth' }))).toEqual(['ao3:3']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, text: 'nowhere' }))).toEqual([]);
		expect(matchesText(items[0]!, '   ')).toBe(true);
		expect(foldText('Pokémon Ÿ')).toBe('pokemon y');
	});
});

describe('library filters and sorting', () => {
	it('filters by status, site and rating, together', () => {
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, status: 'finished' }))).toEqual(['ffnet:2']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, site: 'ao3' }))).toEqual(['ao3:1', 'ao3:3']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, rating: 'explicit' }))).toEqual(['ao3:3']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, site: 'ao3', status: 'reading' }))).toEqual(['ao3:1']);
	});

	it('sorts by last read (newest first), title (A to Z, any case) or words (longest first, unknown last)', () => {
		expect(keys(queryLibrary(items, EMPTY_QUERY))).toEqual(['ao3:1', 'ao3:3', 'ffnet:2']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, sort: 'title' }))).toEqual(['ao3:3', 'ffnet:2', 'ao3:1']);
		expect(keys(queryLibrary(items, { ...EMPTY_QUERY, sort: 'words' }))).toEqual(['ffnet:2', 'ao3:1', 'ao3:3']);
	});

	it('offers only the sites and ratings the library holds, ratings in their order', () => {
		expect(facets(items)).toEqual({ sites: ['ao3', 'ffnet'], ratings: ['general', 'teen', 'explicit'] });
	});
});

describe('labels', () => {
	it('says chapters read of available, and sizes as people read them', () => {
		expect(chaptersLabel({ chaptersRead: 3, chaptersAvailable: 10 })).toBe('3 of 10 chapters');
		expect(chaptersLabel({ chaptersRead: 1, chaptersAvailable: 1 })).toBe('1 of 1 chapter');
		expect(chaptersLabel({ chaptersRead: 4, chaptersAvailable: null })).toBe('4 chapters read');
		expect(formatBytes(840)).toBe('840 B');
		expect(formatBytes(12_500)).toBe('12.5 kB');
		expect(formatBytes(3_200_000)).toBe('3.2 MB');
	});
});
