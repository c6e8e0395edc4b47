/**
 * While the reader is open, the page underneath is out of the way: its body
 * not rendered at all (`content-visibility: hidden`), so a long archive page
 * costs no style or layout work while the reader is in front of it; inert (not
 * read by screen readers, not focusable); its media and animations paused; and
 * on a phone laid out at the screen's width, so the reader is not shown shrunk.
 * Closing puts the page back where it was scrolled. `isolatePage` returns the
 * function that undoes exactly what it did: previous attribute and style
 * values come back as they were, and only what this code paused is resumed.
 */

import { scrollBackTo } from './page-scroll.js';

interface SavedStyle {
	element: HTMLElement;
	value: string;
	priority: string;
}

function saveOverflow(element: HTMLElement): SavedStyle {
	return {
		element,
		value: element.style.getPropertyValue('overflow'),
		priority: element.style.getPropertyPriority('overflow'),
	};
}

function restoreStyle({ element, value, priority }: SavedStyle): void {
	if (value === '') element.style.removeProperty('overflow');
	else element.style.setProperty('overflow', value, priority);
	if (element.getAttribute('style') === '') element.removeAttribute('style');
}

function makeInert(doc: Document, keep: Element): () => void {
	const saved: { element: Element; value: string | null }[] = [];
	for (const element of Array.from(doc.documentElement.children)) {
		if (element === keep) continue;
		saved.push({ element, value: element.getAttribute('inert') });
		element.setAttribute('inert', '');
	}
	return () => {
		for (const { element, value } of saved) {
			if (value === null) element.removeAttribute('inert');
			else element.setAttribute('inert', value);
		}
	};
}

function lockScroll(doc: Document): () => void {
	const saved = [doc.documentElement, doc.body].filter((el): el is HTMLElement => el instanceof HTMLElement).map(saveOverflow);
	for (const { element } of saved) element.style.setProperty('overflow', 'hidden', 'important');
	return () => saved.forEach(restoreStyle);
}

function pauseMedia(doc: Document): () => void {
	const paused: HTMLMediaElement[] = [];
	for (const media of Array.from(doc.querySelectorAll<HTMLMediaElement>('video, audio'))) {
		if (!media.paused) {
			media.pause();
			paused.push(media);
		}
	}
	return () => {
		for (const media of paused) media.play().catch(() => undefined);
	};
}

function pauseAnimations(doc: Document, keep: Element): () => void {
	if (typeof doc.getAnimations !== 'function') return () => undefined;
	const paused: Animation[] = [];
	for (const animation of doc.getAnimations()) {
		const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
		// Our own shadow tree belongs to `keep`; the reader's animations are not the page's work.
		const root = target?.getRootNode();
		if (target && (keep.contains(target) || (root instanceof ShadowRoot && root.host === keep))) continue;
		if (animation.playState === 'running') {
			animation.pause();
			paused.push(animation);
		}
	}
	return () => {
		for (const animation of paused) animation.play();
	};
}

/** The viewport a phone reader needs: the screen's width, at the reader's own scale. */
export const READER_VIEWPORT = 'width=device-width, initial-scale=1';

/**
 * Phones lay out a page without a mobile viewport (most old archives,
 * FanFiction.net's desktop pages) about 980 px wide and show it shrunk to the
 * screen, and the reader with it. While the reader is open the page gets a
 * device-width viewport; desktop browsers ignore it.
 */
function fitViewport(doc: Document): () => void {
	const existing = doc.querySelector<HTMLMetaElement>('meta[name="viewport" i]');
	if (existing) {
		const before = existing.getAttribute('content');
		existing.setAttribute('content', READER_VIEWPORT);
		return () => {
			if (before === null) existing.removeAttribute('content');
			else existing.setAttribute('content', before);
		};
	}
	const meta = doc.createElement('meta');
	meta.setAttribute('name', 'viewport');
	meta.setAttribute('content', READER_VIEWPORT);
	(doc.head ?? doc.documentElement).append(meta);
	return () => meta.remove();
}

const HIDING_PROPERTIES = ['content-visibility', 'contain-intrinsic-size'] as const;

/**
 * The page's body is skipped by rendering while the reader covers it (the
 * reader's own element sits outside the body), so the page costs no style or
 * layout work, and takes no room: the document has nothing to scroll and no
 * scrollbar shows beside the reader. Nothing here reads the page's layout:
 * a long page still being laid out when the reader opens is then never laid
 * out until it is shown again. The root's `overflow` is left alone, which
 * Firefox would answer by rebuilding every box of the page.
 */
function hideFromRendering(doc: Document): () => void {
	const body = doc.body;
	if (!(body instanceof HTMLElement)) return () => undefined;
	const saved = HIDING_PROPERTIES.map((name) => ({ name, value: body.style.getPropertyValue(name), priority: body.style.getPropertyPriority(name) }));
	body.style.setProperty('contain-intrinsic-size', '0px 0px', 'important');
	body.style.setProperty('content-visibility', 'hidden', 'important');
	return () => {
		for (const { name, value, priority } of saved) {
			if (value === '') body.style.removeProperty(name);
			else body.style.setProperty(name, value, priority);
		}
		if (body.getAttribute('style') === '') body.removeAttribute('style');
	};
}

/**
 * Quiets the page around `keep` (the reader's host element); `scroll` is where
 * the page was (watchPageScroll). Returns the undo function.
 */
export function isolatePage(doc: Document, keep: Element, scroll: { x: number; y: number }): () => void {
	// A page with no body to hide (a frameset) keeps the old lock: its root does not scroll.
	const hidden = doc.body instanceof HTMLElement;
	// Undone in reverse: the body is shown before the page is scrolled back.
	const undo = [hidden ? scrollBackTo(doc, { x: scroll.x, y: scroll.y }) : lockScroll(doc), hideFromRendering(doc), makeInert(doc, keep), pauseMedia(doc), pauseAnimations(doc, keep), fitViewport(doc)];
	return () => {
		for (const step of undo.reverse()) step();
	};
}
