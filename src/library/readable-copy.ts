/**
 * A saved copy made ready to show or export: the story it holds, with every
 * piece of HTML sanitised again and every link checked again. The content
 * script sanitised it when it read the page, but since then it crossed a
 * message, a database and perhaps an imported file; this is an extension page,
 * so it trusts none of them. Each chapter is sanitised when first shown
 * (core/lazy-chapter.ts), so a long copy opens as fast as on the archive.
 */
import { webUrl } from '../core/dom.js';
import { lazyChapters } from '../core/lazy-chapter.js';
import { sanitizeHtml } from '../core/sanitize.js';
import type { Chapter, Story } from '../core/types.js';
import { storyOfCopy, type SavedCopy } from '../storage/saved-copy.js';

export function readableStory(copy: SavedCopy, doc: Document = document): Story {
	const story = storyOfCopy(copy);
	const clean = (html: string | null, base: string): string | null => (html === null ? null : sanitizeHtml(html, doc, base).innerHTML);
	const lazyChapter = lazyChapters();
	const chapter = (source: Chapter): Chapter => {
		const base = webUrl(source.url) ?? story.url;
		// Plain text and a count: never shown as HTML.
		const measured = { text: String(source.text), words: Number(source.words) || 0 };
		return lazyChapter(
			{ index: source.index, title: source.title, id: source.id, url: webUrl(source.url) },
			() => ({
				html: clean(source.html, base) ?? '',
				summaryHtml: clean(source.summaryHtml, base),
				notesHtml: clean(source.notesHtml, base),
				endNotesHtml: clean(source.endNotesHtml, base),
				measure: () => measured,
			}),
			{ blocks: () => measured.text.split('\n\n').length, mayHaveNotes: Boolean(source.notesHtml || source.endNotesHtml) },
		);
	};
	return {
		...story,
		authorLinks: story.authorLinks.map((link) => ({ ...link, url: webUrl(link.url) })),
		series: story.series.map((series) => ({ ...series, url: webUrl(series.url) })),
		chapterList: story.chapterList.map((ref) => ({ ...ref, url: webUrl(ref.url) })),
		hiddenWarningsUrl: null,
		hiddenTagsUrl: null,
		gate: null,
		summaryHtml: clean(story.summaryHtml, story.url),
		notesHtml: clean(story.notesHtml, story.url),
		endNotesHtml: clean(story.endNotesHtml, story.url),
		chapters: story.chapters.map(chapter),
	};
}
