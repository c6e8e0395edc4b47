import { useEffect, useState, type Dispatch, type StateUpdater } from 'preact/hooks';

/** Which chapter on the page the reader is in, and how far through it. */
export interface ScrollPosition {
	/** Index into `story.chapters`. */
	chapterPosition: number;
	/** 0..1 through that chapter. */
	fraction: number;
}

/** Chapter sections carry this attribute with their position in `story.chapters`. */
export const CHAPTER_ATTRIBUTE = 'data-quire-chapter';

export function measureScrollPosition(scroller: HTMLElement): ScrollPosition {
	const sections = Array.from(scroller.querySelectorAll<HTMLElement>(`[${CHAPTER_ATTRIBUTE}]`));
	const view = scroller.getBoundingClientRect();
	// The chapter holding the line a quarter of the way down the screen is the one being read.
	const readingLine = view.top + scroller.clientHeight / 4;
	let current = 0;
	sections.forEach((section, position) => {
		if (section.getBoundingClientRect().top <= readingLine) current = position;
	});
	const section = sections[current];
	if (!section) return { chapterPosition: 0, fraction: 0 };
	const rect = section.getBoundingClientRect();
	const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 && scroller.scrollHeight > scroller.clientHeight;
	const travel = rect.height - scroller.clientHeight;
	const fraction = atBottom && current === sections.length - 1
		? 1
		: travel > 0 ? (view.top - rect.top) / travel : rect.top < view.top ? 1 : 0;
	return { chapterPosition: current, fraction: Math.min(1, Math.max(0, fraction)) };
}

/**
 * Tracks the scroll position, measured at most once a frame. The setter lets
 * chapter jumps update it at once instead of waiting for the scroll to land.
 */
export function useScrollPosition(scroller: { current: HTMLElement | null }): [ScrollPosition, Dispatch<StateUpdater<ScrollPosition>>] {
	const [position, setPosition] = useState<ScrollPosition>({ chapterPosition: 0, fraction: 0 });
	useEffect(() => {
		const element = scroller.current;
		if (!element) return;
		let frame = 0;
		const onScroll = (): void => {
			if (frame) return;
			frame = requestAnimationFrame(() => {
				frame = 0;
				const next = measureScrollPosition(element);
				setPosition((previous) =>
					previous.chapterPosition === next.chapterPosition && Math.abs(previous.fraction - next.fraction) < 0.002 ? previous : next,
				);
			});
		};
		element.addEventListener('scroll', onScroll, { passive: true });
		return () => {
			element.removeEventListener('scroll', onScroll);
			if (frame) cancelAnimationFrame(frame);
		};
	}, [scroller]);
	return [position, setPosition];
}
