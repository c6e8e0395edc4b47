import type { ChapterRef, Story } from '../core/types.js';

export { chapterLabel } from '../core/chapter-title.js';

/**
 * Where "previous/next chapter" and the table of contents lead: to a chapter
 * already on the page (scroll to it), or to the site's own URL for it
 * (single-chapter pages). Pure, so the rule is tested apart from the UI.
 */
export type ChapterTarget =
	| { kind: 'scroll'; chapterIndex: number }
	| { kind: 'url'; url: string; chapterIndex: number | null };

/** Chapters for the table of contents: the site's full list when it has one, else the chapters on the page. */
export function tableOfContents(story: Story): ChapterRef[] {
	return story.chapterList.length > 0 ? story.chapterList : story.chapters;
}

export function isOnPage(story: Story, chapterIndex: number): boolean {
	return story.chapters.some((chapter) => chapter.index === chapterIndex);
}

/** Where the table-of-contents entry for `ref` leads. */
export function targetForChapter(story: Story, ref: ChapterRef): ChapterTarget | null {
	if (isOnPage(story, ref.index)) return { kind: 'scroll', chapterIndex: ref.index };
	return ref.url ? { kind: 'url', url: ref.url, chapterIndex: ref.index } : null;
}

/**
 * The chapter before (-1) or after (+1) `currentIndex`: scroll within the
 * page when it holds that chapter, otherwise follow the site's URL for it
 * (the site's own prev/next link first, then its chapter list).
 */
export function adjacentChapter(story: Story, currentIndex: number, direction: -1 | 1): ChapterTarget | null {
	const wanted = currentIndex + direction;
	if (isOnPage(story, wanted)) return { kind: 'scroll', chapterIndex: wanted };
	const onPage = story.chapters.map((chapter) => chapter.index);
	const leavingPage = direction === 1
		? currentIndex >= Math.max(...onPage, currentIndex)
		: currentIndex <= Math.min(...onPage, currentIndex);
	const siteLink = direction === 1 ? story.nextChapterUrl : story.prevChapterUrl;
	if (leavingPage && siteLink) return { kind: 'url', url: siteLink, chapterIndex: wanted >= 1 ? wanted : null };
	const listed = story.chapterList.find((chapter) => chapter.index === wanted);
	if (listed?.url) return { kind: 'url', url: listed.url, chapterIndex: wanted };
	return null;
}
