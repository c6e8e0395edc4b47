/**
 * The page's scroll offset while the reader covers it: followed from the page's
 * own scroll events (never read at open, which would lay out a page still
 * being laid out), and put back when the reader closes.
 */

/** Where the page is scrolled, kept up to date without ever asking for a layout of its own. */
export interface PageScroll {
	readonly x: number;
	readonly y: number;
	stop(): void;
}

/**
 * Follows the page's scroll offset: read once when the page is idle (its
 * layout done by then) and on each of its scroll events, so opening the reader
 * knows where to put the page back without reading it then.
 */
export function watchPageScroll(win: Window): PageScroll {
	const state = { x: 0, y: 0 };
	const read = (): void => {
		state.x = win.scrollX;
		state.y = win.scrollY;
	};
	const stop = new AbortController();
	win.addEventListener('scroll', read, { passive: true, signal: stop.signal });
	if (typeof win.requestIdleCallback === 'function') {
		const id = win.requestIdleCallback(read, { timeout: 2000 });
		stop.signal.addEventListener('abort', () => win.cancelIdleCallback(id));
	} else {
		const id = win.setTimeout(read, 0);
		stop.signal.addEventListener('abort', () => win.clearTimeout(id));
	}
	return {
		get x() {
			return state.x;
		},
		get y() {
			return state.y;
		},
		stop: () => stop.abort(),
	};
}

/** Puts the page back at `at` once its body is shown again (the page is laid out then anyway). */
export function scrollBackTo(doc: Document, at: { x: number; y: number }): () => void {
	return () => {
		const win = doc.defaultView;
		if (win && (at.x !== 0 || at.y !== 0 || win.scrollX !== 0 || win.scrollY !== 0)) win.scrollTo(at.x, at.y);
	};
}
