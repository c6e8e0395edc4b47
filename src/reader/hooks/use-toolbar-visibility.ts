import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Scrolls shorter than this are jitter, not a direction. */
const THRESHOLD_PX = 12;
/** Near the top of the story the toolbar always stays. */
const KEEP_NEAR_TOP_PX = 80;

export interface ToolbarVisibility {
	hidden: boolean;
	show(): void;
	hide(): void;
	toggle(): void;
	/** Ignores scrolling for a moment (paging by a tap should not bring the toolbar back). */
	quiet(ms: number): void;
}

/**
 * The compact layout's toolbar: it slides away as the reader scrolls on
 * through the text and comes back on a scroll up or a tap. The toolbar lies
 * over the text rather than beside it, so neither moves the text.
 */
export function useToolbarVisibility(scroller: { current: HTMLElement | null }, enabled: boolean): ToolbarVisibility {
	const [hidden, setHidden] = useState(false);
	const quietUntil = useRef(0);

	useEffect(() => {
		if (!enabled) setHidden(false);
	}, [enabled]);

	useEffect(() => {
		const element = scroller.current;
		if (!element || !enabled) return;
		let last = element.scrollTop;
		const onScroll = (): void => {
			const top = element.scrollTop;
			const delta = top - last;
			if (Math.abs(delta) < THRESHOLD_PX) return;
			last = top;
			if (Date.now() < quietUntil.current) return;
			if (top <= KEEP_NEAR_TOP_PX || delta < 0) setHidden(false);
			else setHidden(true);
		};
		element.addEventListener('scroll', onScroll, { passive: true });
		return () => element.removeEventListener('scroll', onScroll);
	}, [scroller, enabled]);

	const show = useCallback(() => setHidden(false), []);
	const hide = useCallback(() => setHidden(true), []);
	const toggle = useCallback(() => setHidden((now) => !now), []);
	const quiet = useCallback((ms: number) => {
		quietUntil.current = Date.now() + ms;
	}, []);
	return { hidden: enabled && hidden, show, hide, toggle, quiet };
}
