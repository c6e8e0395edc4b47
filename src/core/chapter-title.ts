import type { ChapterRef } from './types.js';

/**
 * Chapter titles as the site shows them reduced to the title alone ("Prologue");
 * null when the chapter is untitled ("Chapter 3"). Menus number their entries
 * ("3. The Veil"), headings prefix them ("Chapter 3: The Veil"); only that one
 * prefix is removed, so a title the author wrote as "Chapter 0: The Door" stays.
 */
export function chapterTitle(shown: string | null | undefined, index: number, from: 'menu' | 'heading'): string | null {
	let title = (shown ?? '').replace(/\s+/g, ' ').trim();
	if (from === 'menu') title = title.replace(/^\d+\.\s*/, '');
	else title = title.replace(/^chapter\s+\d+\s*(?::|-|–|—|\.)\s*/i, '');
	if (title.toLowerCase() === `chapter ${index}`) return null;
	return title === '' ? null : title;
}

/** How a chapter is named to readers (reader, EPUB): its title numbered, or "Chapter N" when it has none. */
export function chapterLabel(chapter: Pick<ChapterRef, 'index' | 'title'>): string {
	const title = chapter.title?.trim();
	if (!title) return `Chapter ${chapter.index}`;
	// Sites often title chapters "Chapter 3" or "3. The Lake" already.
	return /^(chapter|part)\b/i.test(title) || title.startsWith(`${chapter.index}`) ? title : `${chapter.index}. ${title}`;
}
