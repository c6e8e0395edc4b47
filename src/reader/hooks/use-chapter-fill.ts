import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Story } from '../../core/types.js';
import { fillChapters, type ChapterFill } from '../chapter-fill.js';

/** A chapter this many screens away is read before the reader gets there. */
const READ_AHEAD = '200% 0px';

/** Marks a chapter section whose text is not read yet; the reader reads it as it comes near. */
export const PENDING_ATTRIBUTE = 'data-quire-pending';

/**
 * The open reader's chapter fill: `story.chapters[startAt]` is read at once,
 * the others in the background, and any chapter coming within two screens of
 * the view is read straight away. Stops when the reader closes.
 */
export function useChapterFill(story: Story, startAt: number, scroller: { current: HTMLElement | null }): ChapterFill | null {
	const fill = useMemo(
		() => (story.kind === 'story' && story.chapters.length > 0 ? fillChapters(story.chapters, startAt) : null),
		// The first chapter is chosen once, when the reader opens.
		[story],
	);
	useEffect(() => () => fill?.stop(), [fill]);
	useEffect(() => {
		const root = scroller.current;
		if (!fill || !root || typeof IntersectionObserver !== 'function') return;
		const observer = new IntersectionObserver((entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				fill.readNow(Number(entry.target.getAttribute(PENDING_ATTRIBUTE)));
			}
		}, { root, rootMargin: READ_AHEAD });
		for (const section of Array.from(root.querySelectorAll(`[${PENDING_ATTRIBUTE}]`))) observer.observe(section);
		return () => observer.disconnect();
	}, [fill]);
	return fill;
}

/** Whether the chapter at `position` is read, re-rendering the caller when it becomes so. */
export function useChapterRead(fill: ChapterFill | null, position: number): boolean {
	const [read, setRead] = useState(() => fill?.isRead(position) ?? true);
	useEffect(() => {
		if (!fill || read) return;
		// Read between this component's render and now: show it.
		if (fill.isRead(position)) setRead(true);
		return fill.subscribe(position, () => setRead(true));
	}, [fill, position, read]);
	return read;
}
