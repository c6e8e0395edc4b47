/**
 * What happens to a library entry, as pure functions: a visit (the reader
 * opened a page of the story) and a merge (an import meets what is stored).
 */

import type { Story } from '../core/types.js';
import { librarySchema, type LibraryEntry } from './library-entry.js';

const unique = (items: string[]): string[] => [...new Set(items.map((item) => item.trim()).filter(Boolean))];
const orPrevious = (items: string[], previous: string[] | undefined): string[] => (items.length > 0 ? unique(items) : (previous ?? []));

/** Chapters the page says the story has: its chapter list, its "N/M" stats, or the chapters it holds. */
export function chaptersShown(story: Story): number | null {
	const lastOnPage = Math.max(0, ...story.chapters.map((chapter) => chapter.index));
	const count = Math.max(story.chapterList.length, story.stats.chapters ?? 0, lastOnPage);
	return count > 0 ? count : null;
}

/** The entry after the reader opened `story` (null for pages that are not a story). */
export function visitedEntry(story: Story, previous: LibraryEntry | null, now: number): LibraryEntry | null {
	if (story.kind !== 'story' || !story.storyKey || story.chapters.length === 0) return null;
	const shown = chaptersShown(story);
	const available = shown ?? previous?.chaptersAvailable ?? null;
	// The first count the library sees is not news; after that, only chapters beyond the old count are.
	const known = previous ? (previous.chaptersKnown ?? previous.chaptersAvailable ?? available) : available;
	const pageWords = story.chapters.reduce((sum, chapter) => sum + chapter.words, 0);
	const firstOnPage = story.chapters[0]?.index ?? 1;
	const entry: LibraryEntry = {
		storyKey: story.storyKey,
		site: story.site,
		title: story.title ?? previous?.title ?? '',
		authors: orPrevious(story.authors, previous?.authors),
		fandoms: orPrevious(story.fandoms, previous?.fandoms),
		tags: orPrevious([...story.relationships, ...story.characters, ...story.tags], previous?.tags),
		rating: story.rating ?? previous?.rating ?? null,
		ratingLevel: story.ratingLevel !== 'unknown' ? story.ratingLevel : (previous?.ratingLevel ?? 'unknown'),
		words: story.stats.words ?? (story.isEntireWork ? pageWords : (previous?.words ?? null)),
		chaptersRead: Math.max(previous?.chaptersRead ?? 0, firstOnPage),
		chaptersAvailable: available,
		chaptersKnown: known === null || available === null ? known : Math.min(known, available),
		complete: story.stats.complete ?? previous?.complete ?? null,
		status: previous?.status ?? 'reading',
		statusChangedAt: previous?.statusChangedAt ?? now,
		lastRead: Math.max(now, previous?.lastRead ?? 0),
		addedAt: previous?.addedAt ?? now,
		url: story.url,
		copyProblem: previous?.copyProblem ?? null,
	};
	return librarySchema.validate(entry);
}

/**
 * One entry from two (an import and what is stored) that loses nothing: the
 * newer status wins, the further progress wins, the newer visit's details
 * win, the earlier "added" date stays.
 */
export function mergeEntries(stored: LibraryEntry, incoming: LibraryEntry): LibraryEntry {
	const newer = incoming.lastRead > stored.lastRead ? incoming : stored;
	const status = incoming.statusChangedAt > stored.statusChangedAt ? incoming : stored;
	const known = [stored.chaptersKnown, incoming.chaptersKnown].filter((n): n is number => n !== null);
	return {
		...newer,
		status: status.status,
		statusChangedAt: status.statusChangedAt,
		chaptersRead: Math.max(stored.chaptersRead, incoming.chaptersRead),
		chaptersKnown: known.length > 0 ? Math.min(...known) : null,
		lastRead: Math.max(stored.lastRead, incoming.lastRead),
		addedAt: Math.min(stored.addedAt, incoming.addedAt),
		copyProblem: stored.copyProblem,
	};
}
