import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPACT_QUERY } from '../../src/reader/compact.js';
import { ratingParts } from '../../src/reader/components/rating-badge.js';
import { READER_VIEWPORT } from '../../src/reader/page-isolation.js';
import { PAGE_ZONE, tapAction } from '../../src/reader/text-taps.js';
import { baseStory } from './sample-stories.js';
import { cleanupMounts, settle, setup } from './helpers.js';

/** The reader on a phone: touch taps, the sliding toolbar, bottom sheets, and the header card's fold choices. */

afterEach(cleanupMounts);

/** jsdom lays nothing out: the text area is given a phone's height on screen. */
const AREA = { top: 0, height: 800 };

function phoneScreen(): void {
	window.matchMedia = ((query: string) => ({
		matches: query === COMPACT_QUERY,
		media: query,
		addEventListener() {},
		removeEventListener() {},
	})) as unknown as typeof window.matchMedia;
}

function scrollerOf(shadow: ShadowRoot): HTMLElement {
	const scroller = shadow.querySelector<HTMLElement>('.quire-scroller');
	if (!scroller) throw new Error('no scroller');
	vi.spyOn(scroller, 'getBoundingClientRect').mockReturnValue({ ...AREA, bottom: AREA.height, left: 0, right: 390, width: 390, x: 0, y: 0, toJSON: () => ({}) } as DOMRect);
	Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: AREA.height });
	return scroller;
}

function tap(target: Element, y: number, pointerType = 'touch'): void {
	fireEvent.pointerDown(target, { pointerType, clientY: y });
	fireEvent.click(target, { clientY: y });
}

function overlayOf(shadow: ShadowRoot): HTMLElement {
	return shadow.querySelector<HTMLElement>('.quire-overlay')!;
}

describe('tapAction', () => {
	const at = (share: number, more: Partial<Parameters<typeof tapAction>[0]> = {}) =>
		tapAction({ target: null, y: AREA.top + share * AREA.height, area: AREA, selecting: false, tapToPage: true, ...more });

	it('pages down in the lower part, up in the upper part, and shows or hides the toolbar in the middle', () => {
		expect(at(0.95)).toBe('page-down');
		expect(at(1 - PAGE_ZONE)).toBe('page-down');
		expect(at(0.05)).toBe('page-up');
		expect(at(0.5)).toBe('toggle-toolbar');
	});

	it('with the setting off, every tap only shows or hides the toolbar', () => {
		expect(at(0.95, { tapToPage: false })).toBe('toggle-toolbar');
		expect(at(0.05, { tapToPage: false })).toBe('toggle-toolbar');
	});

	it('leaves links, buttons, spoiler summaries and a text selection alone', () => {
		document.body.innerHTML = '<p><a href="#x">link <b id="in-link">bold</b></a><details><summary id="summary">Spoiler</summary></details><button id="button">b</button></p>';
		for (const id of ['in-link', 'summary', 'button']) expect(at(0.95, { target: document.getElementById(id) })).toBeNull();
		expect(at(0.95, { selecting: true })).toBeNull();
	});
});

describe('the reader on a phone', () => {
	beforeEach(phoneScreen);
	afterEach(() => {
		delete (window as Partial<Window>).matchMedia;
		delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
	});

	it('a tap on the lower or upper part of the text turns the page; a tap in the middle shows or hides the toolbar', async () => {
		const scrollTo = vi.fn();
		HTMLElement.prototype.scrollTo = scrollTo as unknown as HTMLElement['scrollTo'];
		const { open, shadow } = setup(baseStory());
		open();
		await settle();
		const scroller = scrollerOf(shadow);
		const text = shadow.querySelector('.quire-text p')!;
		expect(overlayOf(shadow).classList.contains('quire-compact')).toBe(true);
		tap(text, 780);
		expect(scrollTo).toHaveBeenLastCalledWith({ top: 720, behavior: 'smooth' });
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar).toBe('hidden'));
		scroller.scrollTop = 1000;
		tap(text, 20);
		expect(scrollTo).toHaveBeenLastCalledWith({ top: 280, behavior: 'smooth' });
		const calls = scrollTo.mock.calls.length;
		tap(text, 400);
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar).toBe('shown'));
		tap(text, 400);
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar).toBe('hidden'));
		expect(scrollTo.mock.calls.length).toBe(calls);
	});

	it('a mouse click on the text stays a click: no page turn, no toolbar change', async () => {
		const scrollTo = vi.fn();
		HTMLElement.prototype.scrollTo = scrollTo as unknown as HTMLElement['scrollTo'];
		const { open, shadow } = setup(baseStory());
		open();
		await settle();
		scrollerOf(shadow);
		tap(shadow.querySelector('.quire-text p')!, 780, 'mouse');
		tap(shadow.querySelector('.quire-text p')!, 400, 'mouse');
		await settle();
		expect(scrollTo).not.toHaveBeenCalled();
		expect(overlayOf(shadow).dataset.toolbar).toBe('shown');
	});

	it('with "Tap near the top or bottom" off, a tap at the bottom only shows the toolbar', async () => {
		const scrollTo = vi.fn();
		HTMLElement.prototype.scrollTo = scrollTo as unknown as HTMLElement['scrollTo'];
		const { open, shadow } = setup(baseStory(), { prefs: { tapToPage: false } });
		open();
		await settle();
		scrollerOf(shadow);
		tap(shadow.querySelector('.quire-text p')!, 780);
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar).toBe('hidden'));
		expect(scrollTo).not.toHaveBeenCalled();
	});

	it('the toolbar slides away on a scroll down and comes back on a scroll up or when it gets keyboard focus', async () => {
		const { open, shadow, ui } = setup(baseStory());
		open();
		await settle();
		const scroller = scrollerOf(shadow);
		scroller.scrollTop = 600;
		fireEvent.scroll(scroller);
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar).toBe('hidden'));
		scroller.scrollTop = 500;
		fireEvent.scroll(scroller);
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar, 'after a scroll up').toBe('shown'));
		scroller.scrollTop = 900;
		fireEvent.scroll(scroller);
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar).toBe('hidden'));
		ui.getByRole('button', { name: 'Table of contents' }).focus();
		await waitFor(() => expect(overlayOf(shadow).dataset.toolbar, 'on keyboard focus').toBe('shown'));
	});

	it('settings open as a bottom sheet that a tap outside closes, giving focus back to its button', async () => {
		const { open, shadow, ui } = setup(baseStory());
		open();
		const button = ui.getByRole('button', { name: 'Reader settings' });
		fireEvent.click(button);
		expect(ui.getByRole('region', { name: 'Reader settings' })).toBeTruthy();
		const backdrop = shadow.querySelector('[data-quire-backdrop]')!;
		fireEvent.click(backdrop);
		expect(ui.queryByRole('region', { name: 'Reader settings' })).toBeNull();
		expect(shadow.activeElement).toBe(button);
	});

	it('a swipe down from the top of the table of contents closes it; a short or sideways one does not', () => {
		const { open, ui } = setup(baseStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Table of contents' }));
		const sheet = ui.getByRole('region', { name: 'Table of contents' });
		const swipe = (from: [number, number], to: [number, number]) => {
			fireEvent.touchStart(sheet, { touches: [{ clientX: from[0], clientY: from[1] }], changedTouches: [{ clientX: from[0], clientY: from[1] }] });
			fireEvent.touchMove(sheet, { touches: [{ clientX: to[0], clientY: to[1] }], changedTouches: [{ clientX: to[0], clientY: to[1] }] });
			fireEvent.touchEnd(sheet, { touches: [], changedTouches: [{ clientX: to[0], clientY: to[1] }] });
		};
		swipe([200, 500], [200, 530]);
		swipe([100, 500], [300, 580]);
		expect(ui.queryByRole('region', { name: 'Table of contents' })).toBe(sheet);
		expect(sheet.style.transform).toBe('');
		swipe([200, 500], [210, 640]);
		expect(ui.queryByRole('region', { name: 'Table of contents' })).toBeNull();
	});

	it('gives the page a device-width viewport while open and puts the page\'s own back on close', () => {
		document.head.innerHTML = '<meta name="viewport" content="width=980">';
		const { open, close } = setup(baseStory());
		open();
		expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe(READER_VIEWPORT);
		close();
		expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=980');
		document.head.innerHTML = '';
		open();
		expect(document.querySelectorAll('meta[name="viewport"]')).toHaveLength(1);
		close();
		expect(document.querySelector('meta[name="viewport"]')).toBeNull();
	});
});

describe('on a wide screen', () => {
	it('keeps the side panels without a backdrop, and the toolbar in place', async () => {
		const { open, shadow, ui } = setup(baseStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Reader settings' }));
		expect(shadow.querySelector('[data-quire-backdrop]')).toBeNull();
		const scroller = scrollerOf(shadow);
		scroller.scrollTop = 900;
		fireEvent.scroll(scroller);
		await settle();
		expect(overlayOf(shadow).classList.contains('quire-compact')).toBe(false);
		expect(overlayOf(shadow).dataset.toolbar).toBe('shown');
	});
});

describe('"Always fold …" in the header card', () => {
	it('offers a fold for each of warnings, tags, spoilers and notes the story has, with the reader\'s current choices', () => {
		const { open, ui } = setup(baseStory({ spoilers: 'The lighthouse falls' }));
		open();
		const boxes = ['warnings', 'tags', 'spoilers', 'notes'].map((noun) => ui.getByRole('checkbox', { name: `Always fold ${noun}` }) as HTMLInputElement);
		expect(boxes.map((box) => box.checked)).toEqual([false, false, true, false]);
	});

	it('offers only what the story has', () => {
		const { open, ui } = setup(baseStory({ warnings: [], spoilers: null }));
		open();
		expect(ui.queryByRole('checkbox', { name: 'Always fold warnings' })).toBeNull();
		expect(ui.queryByRole('checkbox', { name: 'Always fold spoilers' })).toBeNull();
		expect(ui.getByRole('checkbox', { name: 'Always fold tags' })).toBeTruthy();
	});

	it('folds warnings at once and saves the choice; unticking shows them again', async () => {
		const { open, ui, host, shadow } = setup(baseStory());
		open();
		fireEvent.click(ui.getByRole('checkbox', { name: 'Always fold warnings' }));
		expect(host.calls.setPrefs).toContainEqual({ hideWarnings: true });
		const show = await waitFor(() => ui.getByRole('button', { name: 'Show warnings' }));
		expect(shadow.getElementById(show.getAttribute('aria-controls')!)?.hidden).toBe(true);
		fireEvent.click(ui.getByRole('checkbox', { name: 'Always fold warnings' }));
		expect(host.calls.setPrefs).toContainEqual({ hideWarnings: false });
		await waitFor(() => expect(ui.queryByRole('button', { name: 'Show warnings' })).toBeNull());
	});

	it('the same choice in the settings panel and the card stay in step', async () => {
		const { open, ui } = setup(baseStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Reader settings' }));
		fireEvent.click(ui.getByRole('checkbox', { name: "Hide author's notes by default" }));
		await waitFor(() => expect((ui.getByRole('checkbox', { name: 'Always fold notes' }) as HTMLInputElement).checked).toBe(true));
	});
});

describe('rating badge', () => {
	it('keeps a rating that fits a badge as it is', () => {
		expect(ratingParts('Teen And Up Audiences', 'teen')).toEqual({ badge: 'Teen And Up Audiences', note: null });
		expect(ratingParts('Fiction K+', 'general')).toEqual({ badge: 'Fiction K+', note: null });
		expect(ratingParts(null, 'mature')).toEqual({ badge: 'Mature', note: null });
	});

	it('splits a sentence-long rating into a short badge and the rest of its words', () => {
		expect(ratingParts('PG-13, for some mild language and a scene of peril', 'teen')).toEqual({ badge: 'PG-13', note: 'for some mild language and a scene of peril' });
		expect(ratingParts('T - Teen: Not suitable for readers under 13', 'teen')).toEqual({ badge: 'T', note: 'Teen: Not suitable for readers under 13' });
		expect(ratingParts('R (for violence in later chapters)', 'mature')).toEqual({ badge: 'R', note: 'for violence in later chapters' });
		expect(ratingParts('NC-17 because of the dream sequence', 'explicit')).toEqual({ badge: 'NC-17', note: 'because of the dream sequence' });
	});

	it('names the level when the rating has no short name at its start, keeping the whole text beside it', () => {
		const teen = 'Older children and up, for a frightening ghost';
		expect(ratingParts(teen, 'teen')).toEqual({ badge: 'Teen', note: teen });
		// A level Quire cannot tell gets no badge at all rather than a wrong one.
		const unknown = 'Suitable for most readers who have seen the films';
		expect(ratingParts(unknown, 'unknown')).toEqual({ badge: null, note: unknown });
	});

	it('shows the badge and the note side by side in the card', () => {
		const { open, shadow } = setup(baseStory({ rating: 'PG-13, for some mild language', ratingLevel: 'teen' }));
		open();
		expect(shadow.querySelector('.quire-badge')?.textContent).toBe('PG-13');
		expect(shadow.querySelector('.quire-rating-note')?.textContent).toBe('for some mild language');
	});
});
