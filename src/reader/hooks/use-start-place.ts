import { useLayoutEffect } from 'preact/hooks';
import { paragraphElements } from '../../core/paragraphs.js';
import { scrollByInstant } from '../../position/measure.js';
import { TEXT_CLASS } from '../components/chapter-view.js';
import { CHAPTER_ATTRIBUTE } from './use-scroll-position.js';

/**
 * Puts the saved place's paragraph at the top before the reader's first
 * paint, so a long work opens where the reader stopped rather than at its
 * header. Position tracking then restores the place exactly (fingerprints,
 * the reading font) and says so; from here that is at most a small step.
 */
export function useStartPlace(scroller: { current: HTMLElement | null }, startAt: number, paragraph: number): void {
	useLayoutEffect(() => {
		const view = scroller.current;
		if (!view || (startAt === 0 && paragraph === 0)) return;
		const section = view.querySelector<HTMLElement>(`[${CHAPTER_ATTRIBUTE}="${startAt}"]`);
		const root = section?.querySelector<HTMLElement>(`.${TEXT_CLASS}`);
		const target = (root && paragraphElements(root)[paragraph]) ?? section;
		if (!target) return;
		// Instantly: the scroller's own smooth scrolling would still be under way at the first paint.
		scrollByInstant(view, target.getBoundingClientRect().top - view.getBoundingClientRect().top);
		// The place is read once, when the reader opens.
	}, []);
}
