import { render } from 'preact';
import type { PageKind, Story } from '../core/types.js';
import { findChapter } from '../position/anchoring.js';
import { ReaderApp } from './components/reader-app.js';
import type { ReaderSession } from './components/overlay.js';
import type { ReaderHost } from './host.js';
import { isolatePage } from './page-isolation.js';
import { watchPageScroll } from './page-scroll.js';
import { readerCss } from './styles/reader.css.js';

export interface ReaderController {
	open(): void;
	close(): void;
	toggle(): void;
	/** Closes (restoring the page) and removes the reader from the page for good. */
	destroy(): void;
	isOpen(): boolean;
}

/**
 * A story read only when the reader first opens: until then the launcher needs
 * nothing but the page's kind, so a page nobody opens costs no extraction.
 */
export interface LazyStory {
	kind: PageKind;
	read(): Story;
}

export interface MountOptions {
	/** Open at once (auto-open preference, or the reader was open on the previous chapter). */
	openNow: boolean;
}

/** How long opening waits for the saved place before it shows the work from its start. */
const SAVED_PLACE_WAIT_MS = 300;

/** Position in `story.chapters` of the chapter a saved place is in (as position tracking finds it), or 0. */
export function startPosition(story: Story, place: { chapterIndex: number; chapterId: string | null }): number {
	const chapter = findChapter(story.chapters, place);
	return chapter ? story.chapters.indexOf(chapter) : 0;
}

/** The tag of the one element the reader adds to a page. */
export const HOST_TAG = 'quire-reader';

/** The element that really has focus, looking through open shadow roots. */
/** The focused element, looking into open shadow roots and into our own (closed) one. */
function deepActiveElement(doc: Document, own: { element: Element; shadow: ShadowRoot }): HTMLElement | null {
	let active: Element | null = doc.activeElement;
	for (;;) {
		const inner = active === own.element ? own.shadow.activeElement : active?.shadowRoot?.activeElement;
		if (!inner) break;
		active = inner;
	}
	return active instanceof HTMLElement && active !== doc.body ? active : null;
}

/**
 * Closed in the extension, so page scripts cannot reach into the reader (press
 * its buttons, change the reader's synced preferences, read its notices). The
 * test builds open it, because browser automation can only look into open roots.
 */
const SHADOW_MODE: ShadowRootMode = typeof __QUIRE_OPEN_SHADOW__ !== 'undefined' && __QUIRE_OPEN_SHADOW__ ? 'open' : 'closed';

/**
 * Adds the reader to the page: one `<quire-reader>` element under <html>
 * with a shadow root holding the styles, the launcher and (when open) the
 * overlay. Nothing is exposed on the element or the window; the returned
 * controller is the only handle.
 */
export function mountReader(source: Story | LazyStory, host: ReaderHost, options: MountOptions): ReaderController {
	let story: Story | null = 'read' in source ? null : source;
	const kind = story ? story.kind : source.kind;
	const readStory = (): Story => (story ??= (source as LazyStory).read());
	const doc = document;
	const element = doc.createElement(HOST_TAG);
	const shadow = element.attachShadow({ mode: SHADOW_MODE });
	const style = doc.createElement('style');
	style.textContent = readerCss;
	const container = doc.createElement('div');
	shadow.append(style, container);
	doc.documentElement.append(element);

	const session: ReaderSession = { readingPoint: null, endView: null };
	const pageScroll = doc.defaultView ? watchPageScroll(doc.defaultView) : null;
	let open = false;
	let destroyed = false;
	let restorePageState: (() => void) | null = null;
	let returnFocusTo: HTMLElement | null = null;

	const draw = (): void => {
		render(<ReaderApp kind={kind} story={open ? readStory() : null} host={host} open={open} session={session} onOpen={controller.open} onClose={controller.close} />, container);
	};

	/** Set while the saved place is looked up, between a request to open and the reader showing. */
	let opening: AbortController | null = null;

	/** The page goes out of the way at once, before anything waits: a long page is then not laid out meanwhile. */
	const isolate = (): void => {
		returnFocusTo = deepActiveElement(doc, { element, shadow });
		restorePageState = isolatePage(doc, element, pageScroll ?? { x: 0, y: 0 });
	};
	const show = (): void => {
		open = true;
		draw();
	};

	const controller: ReaderController = {
		open() {
			if (open || destroyed || opening) return;
			const current = readStory();
			const lookup = current.kind === 'story' && current.storyKey && current.chapters.length > 1 ? host.savedPlace?.(current.storyKey) : undefined;
			isolate();
			if (!lookup) {
				session.startAt = 0;
				session.startParagraph = 0;
				show();
				return;
			}
			// Which chapter to read first is worth a storage read: a long work then opens at the place, not at its start.
			const pending = (opening = new AbortController());
			void Promise.race([lookup.catch(() => null), new Promise<null>((resolve) => setTimeout(resolve, SAVED_PLACE_WAIT_MS, null))]).then((place) => {
				if (pending.signal.aborted || destroyed) return;
				opening = null;
				session.startAt = place ? startPosition(current, place) : 0;
				session.startParagraph = place?.paragraph ?? 0;
				show();
			});
		},
		close() {
			if (opening) {
				// Closed while the saved place was being looked up: give the page back as it was.
				opening.abort();
				opening = null;
				restorePageState?.();
				restorePageState = null;
				returnFocusTo = null;
				return;
			}
			if (!open) return;
			let at = null;
			try {
				at = session.readingPoint?.() ?? null;
				session.endView?.();
			} catch {
				// Measuring can fail on a half-torn-down page; closing must not.
			}
			open = false;
			if (!destroyed) draw();
			restorePageState?.();
			restorePageState = null;
			const target = returnFocusTo?.isConnected ? returnFocusTo : shadow.querySelector<HTMLElement>('[data-quire-launcher]');
			target?.focus({ preventScroll: true });
			returnFocusTo = null;
			host.restorePage(at);
		},
		toggle() {
			if (open) controller.close();
			else controller.open();
		},
		destroy() {
			if (destroyed) return;
			controller.close();
			destroyed = true;
			pageScroll?.stop();
			render(null, container);
			element.remove();
		},
		isOpen: () => open || opening !== null,
	};

	draw();
	if (options.openNow) controller.open();
	return controller;
}
