import { paragraphElements } from '../core/paragraphs.js';
import type { RenderedChapter } from '../position/view.js';
import type { ReadingPoint } from './host.js';

const MAX_TEXT = 200;

/**
 * The paragraph at the top of the reader's viewport: the first paragraph
 * whose bottom edge is below the scroller's top edge.
 */
export function readingPointAtTop(scroller: HTMLElement, chapters: RenderedChapter[]): ReadingPoint | null {
	const top = scroller.getBoundingClientRect().top;
	for (const chapter of chapters) {
		const paragraphs = paragraphElements(chapter.root);
		for (let i = 0; i < paragraphs.length; i++) {
			const paragraph = paragraphs[i]!;
			if (paragraph.getBoundingClientRect().bottom > top + 1) {
				return {
					chapterIndex: chapter.index,
					paragraphIndex: i,
					text: (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT),
				};
			}
		}
	}
	return null;
}
