/**
 * Taps on the story text (touch screens): the lower part of the screen pages
 * down, the upper part pages up (the "tap to turn pages" setting), and the
 * middle shows or hides the toolbar. Links, buttons, spoiler summaries and
 * text being selected keep their own meaning.
 */

export type TapAction = 'page-down' | 'page-up' | 'toggle-toolbar';

/** The share of the text area, at the top and at the bottom, that turns pages. */
export const PAGE_ZONE = 0.25;

const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"]';

export interface Tap {
	target: Element | null;
	/** The tap's height on screen (clientY). */
	y: number;
	/** The text area's top and height on screen. */
	area: { top: number; height: number };
	/** Some text is selected (a long press): a tap then only ends the selection. */
	selecting: boolean;
	tapToPage: boolean;
}

export function tapAction({ target, y, area, selecting, tapToPage }: Tap): TapAction | null {
	if (selecting || area.height <= 0 || target?.closest(INTERACTIVE)) return null;
	const at = (y - area.top) / area.height;
	if (tapToPage && at >= 1 - PAGE_ZONE) return 'page-down';
	if (tapToPage && at <= PAGE_ZONE) return 'page-up';
	return 'toggle-toolbar';
}

/** Only touch and pen taps: a mouse click on the text stays a click (to place a caret, to select). */
export function isTouchPointer(pointerType: string | null): boolean {
	return pointerType === 'touch' || pointerType === 'pen';
}
