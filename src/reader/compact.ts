/**
 * The compact layout: phones (any width, on their side too) and narrow
 * windows. One media query for the stylesheet's touch sizes and for the
 * overlay's behaviour (a toolbar that slides away, panels as bottom sheets),
 * so the two never disagree.
 */
export const COMPACT_QUERY = '(max-width: 40rem), (pointer: coarse)';

/** True when the compact layout applies; false where there is no matchMedia (jsdom). */
export function matchesCompact(win: Window | null = typeof window === 'undefined' ? null : window): boolean {
	return typeof win?.matchMedia === 'function' && win.matchMedia(COMPACT_QUERY).matches;
}
