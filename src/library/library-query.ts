/**
 * Search, filters and sorting for the library page: pure functions of the
 * library's items, so the rules are tested apart from the page.
 */
import type { RatingLevel } from '../core/types.js';
import type { ReadingStatus } from '../reader/reading-status.js';
import type { LibraryItem } from '../storage/library.js';

export const SORTS = ['last-read', 'title', 'words'] as const;
export type LibrarySort = (typeof SORTS)[number];

export const SORT_LABELS: Record<LibrarySort, string> = {
	'last-read': 'Last read',
	title: 'Title',
	words: 'Words',
};

export const RATING_ORDER: readonly RatingLevel[] = ['general', 'teen', 'mature', 'explicit', 'unknown'];

export const RATING_NAMES: Record<RatingLevel, string> = {
	general: 'General',
	teen: 'Teen',
	mature: 'Mature',
	explicit: 'Explicit',
	unknown: 'Not rated',
};

export interface LibraryQuery {
	/** Words to find in the title, authors, fandoms or tags (all of them, in any order). */
	text: string;
	status: ReadingStatus | 'all';
	site: string | 'all';
	rating: RatingLevel | 'all';
	sort: LibrarySort;
}

export const EMPTY_QUERY: LibraryQuery = { text: '', status: 'all', site: 'all', rating: 'all', sort: 'last-read' };

/** Lower case without accents, so "pokemon" finds "Pokémon". */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchableText(item: LibraryItem): string {
	return foldText([item.title, ...item.authors, ...item.fandoms, ...item.tags].join('\n'));
}

export function matchesText(item: LibraryItem, text: string): boolean {
	const words = foldText(text).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const haystack = searchableText(item);
	return words.every((word) => haystack.includes(word));
}

const byTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(sort: LibrarySort): (a: LibraryItem, b: LibraryItem) => number {
	switch (sort) {
		case 'title':
			return (a, b) => byTitle.compare(a.title, b.title) || b.lastRead - a.lastRead;
		case 'words':
			// Stories whose length is unknown go last.
			return (a, b) => (b.words ?? -1) - (a.words ?? -1) || byTitle.compare(a.title, b.title);
		case 'last-read':
			return (a, b) => b.lastRead - a.lastRead;
	}
}

export function queryLibrary(items: readonly LibraryItem[], query: LibraryQuery): LibraryItem[] {
	return items
		.filter((item) => (query.status === 'all' || item.status === query.status)
			&& (query.site === 'all' || item.site === query.site)
			&& (query.rating === 'all' || item.ratingLevel === query.rating)
			&& matchesText(item, query.text))
		.sort(compare(query.sort));
}

/** The sites and ratings the library holds, for the filters' choices. */
export function facets(items: readonly LibraryItem[]): { sites: string[]; ratings: RatingLevel[] } {
	const sites = [...new Set(items.map((item) => item.site))].sort();
	const present = new Set(items.map((item) => item.ratingLevel));
	return { sites, ratings: RATING_ORDER.filter((level) => present.has(level)) };
}

/** "3 of 10 chapters", "3 chapters" when the total is unknown. */
export function chaptersLabel(item: Pick<LibraryItem, 'chaptersRead' | 'chaptersAvailable'>): string {
	if (item.chaptersAvailable === null) return item.chaptersRead === 1 ? '1 chapter read' : `${item.chaptersRead} chapters read`;
	return `${Math.min(item.chaptersRead, item.chaptersAvailable)} of ${item.chaptersAvailable} ${item.chaptersAvailable === 1 ? 'chapter' : 'chapters'}`;
}

/** Bytes as people read them: "840 B", "12.5 kB", "3.2 MB". */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
	if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
	return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}
