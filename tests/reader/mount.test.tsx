import { act, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paragraphElements } from '../../src/core/paragraphs.js';
import { baseStory, gateStory } from './sample-stories.js';
import { cleanupMounts, settle, setup } from './helpers.js';
import { HOST_TAG, mountReader, type ReaderController } from '../../src/reader/mount.js';
import { createMockHost } from '../../src/reader/mock-host.js';

afterEach(cleanupMounts);

describe('mountReader', () => {
	it('adds one <quire-reader> element under <html> with a launcher named "Open reader"', () => {
		const { element, ui } = setup(baseStory());
		expect(document.querySelectorAll('quire-reader')).toHaveLength(1);
		expect(element.parentElement).toBe(document.documentElement);
		expect(element.shadowRoot?.querySelector('style')?.textContent).toContain('.quire-overlay');
		expect(ui.getByRole('button', { name: 'Open reader' })).toBeTruthy();
		expect(ui.queryByRole('dialog')).toBeNull();
		// Nothing callable is exposed on the element.
		expect(Object.keys(element)).toEqual([]);
	});

	it('reads a lazily given story only when the reader first opens, and only once', () => {
		document.body.innerHTML = '<main><p>Page</p></main>';
		const read = vi.fn(() => baseStory());
		let controller!: ReaderController;
		act(() => {
			controller = mountReader({ kind: 'story', read }, createMockHost(), { openNow: false });
		});
		const shadow = document.querySelector(HOST_TAG)!.shadowRoot!;
		expect(shadow.querySelector('[data-quire-launcher]')).not.toBeNull();
		expect(read).not.toHaveBeenCalled();
		act(() => controller.open());
		expect(shadow.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe(baseStory().title);
		act(() => controller.close());
		act(() => controller.open());
		expect(read).toHaveBeenCalledTimes(1);
		act(() => controller.destroy());
	});

	it('shows no launcher on a page that is not a story', () => {
		const { ui } = setup(baseStory({ kind: 'not-story', chapters: [] }));
		expect(ui.queryByRole('button', { name: 'Open reader' })).toBeNull();
	});

	it('opens a modal dialog named after the story, and the launcher opens it', () => {
		const { ui, controller } = setup(baseStory());
		fireEvent.click(ui.getByRole('button', { name: 'Open reader' }));
		const dialog = ui.getByRole('dialog', { name: 'The Lighthouse Keeper’s Ledger' });
		expect(dialog.getAttribute('aria-modal')).toBe('true');
		expect(controller.isOpen()).toBe(true);
		expect(ui.queryByRole('button', { name: 'Open reader' })).toBeNull();
	});

	it('opens at once with openNow', () => {
		const { ui } = setup(baseStory(), { openNow: true });
		expect(ui.getByRole('dialog')).toBeTruthy();
	});

	it('moves focus into the dialog, and Esc closes it and returns focus where it was', () => {
		const { ui, open, shadow } = setup(baseStory());
		const pageButton = document.getElementById('page-button') as HTMLButtonElement;
		pageButton.focus();
		open();
		const dialog = ui.getByRole('dialog');
		expect(dialog.contains(shadow.activeElement)).toBe(true);
		fireEvent.keyDown(shadow.activeElement!, { key: 'Escape' });
		expect(ui.queryByRole('dialog')).toBeNull();
		expect(document.activeElement).toBe(pageButton);
	});

	it('"Close reader" closes it and focus returns to the launcher that opened it', () => {
		const { ui, shadow } = setup(baseStory());
		const launcher = ui.getByRole('button', { name: 'Open reader' });
		launcher.focus();
		fireEvent.click(launcher);
		fireEvent.click(ui.getByRole('button', { name: 'Close reader' }));
		expect(ui.queryByRole('dialog')).toBeNull();
		expect(shadow.activeElement).toBe(ui.getByRole('button', { name: 'Open reader' }));
	});

	it('makes the page inert and unrendered while open, without reading its layout, and restores exactly what was there', async () => {
		const head = document.head;
		head.setAttribute('inert', 'page-value');
		document.documentElement.style.setProperty('overflow', 'scroll');
		document.body.style.setProperty('content-visibility', 'auto');
		const scrolls: [number, number][] = [];
		const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(((x: number, y: number) => {
			scrolls.push([x, y]);
		}) as unknown as typeof window.scrollTo);
		const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
		// The page was scrolled before the reader opened.
		Object.defineProperty(window, 'scrollY', { configurable: true, value: 300 });
		const { open, close, element } = setup(baseStory());
		window.dispatchEvent(new Event('scroll'));
		rect.mockClear();
		open();
		expect(rect).not.toHaveBeenCalled();
		expect(document.body.getAttribute('inert')).toBe('');
		expect(element.hasAttribute('inert')).toBe(false);
		expect(document.body.style.getPropertyValue('content-visibility')).toBe('hidden');
		expect(document.body.style.getPropertyValue('contain-intrinsic-size')).toBe('0px 0px');
		// The root's overflow is left alone (Firefox would rebuild the whole page for it).
		expect(document.documentElement.style.getPropertyValue('overflow')).toBe('scroll');
		// Hidden, the page has nothing to scroll; the browser puts it at the top meanwhile.
		Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
		window.dispatchEvent(new Event('scroll'));
		close();
		expect(scrolls).toEqual([[0, 300]]);
		expect(document.body.hasAttribute('inert')).toBe(false);
		expect(head.getAttribute('inert')).toBe('page-value');
		expect(document.documentElement.getAttribute('style')).toBe('overflow: scroll;');
		expect(document.body.getAttribute('style')).toBe('content-visibility: auto;');
		scrollTo.mockRestore();
		rect.mockRestore();
		Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
		document.body.removeAttribute('style');
		head.removeAttribute('inert');
	});

	it('pauses playing media while open and resumes only what it paused', () => {
		const { open, close } = setup(baseStory());
		const playing = document.createElement('video');
		const stopped = document.createElement('audio');
		document.body.append(playing, stopped);
		Object.defineProperty(playing, 'paused', { value: false, configurable: true });
		const pause = vi.spyOn(playing, 'pause').mockImplementation(() => undefined);
		const play = vi.spyOn(playing, 'play').mockImplementation(() => Promise.resolve());
		const stoppedPlay = vi.spyOn(stopped, 'play').mockImplementation(() => Promise.resolve());
		open();
		expect(pause).toHaveBeenCalledTimes(1);
		close();
		expect(play).toHaveBeenCalledTimes(1);
		expect(stoppedPlay).not.toHaveBeenCalled();
	});

	it('hands position tracking a view of the rendered chapters, aborted on close', async () => {
		const story = baseStory();
		const { open, close, host } = setup(story);
		open();
		await settle();
		expect(host.views).toHaveLength(1);
		const view = host.views[0]!;
		expect(view.story).toBe(story);
		const chapters = view.chapters();
		expect(chapters.map((c) => c.index)).toEqual([1, 2, 3]);
		// Same paragraphs as the core counts in the same HTML.
		const reference = document.createElement('div');
		reference.innerHTML = story.chapters[0]!.html;
		expect(paragraphElements(chapters[0]!.root)).toHaveLength(paragraphElements(reference).length);
		expect(view.signal.aborted).toBe(false);
		close();
		expect(view.signal.aborted).toBe(true);
	});

	it('ends the view while the overlay is still on screen, so the last place can be measured', async () => {
		const { open, close, host, shadow } = setup(baseStory());
		open();
		await settle();
		const view = host.views[0]!;
		let seenAtAbort: { overlay: boolean; launcher: boolean; scrollerConnected: boolean } | null = null;
		view.signal.addEventListener('abort', () => {
			seenAtAbort = {
				overlay: shadow.querySelector('[role="dialog"]') !== null,
				launcher: shadow.querySelector('[data-quire-launcher]') !== null,
				scrollerConnected: view.scroller.isConnected,
			};
		});
		close();
		expect(seenAtAbort).toEqual({ overlay: true, launcher: false, scrollerConnected: true });
	});

	it('on close, tells the host which paragraph was at the top of the reader', async () => {
		const { open, close, host, shadow } = setup(baseStory());
		open();
		await settle();
		const scroller = shadow.querySelector<HTMLElement>('.quire-scroller')!;
		vi.spyOn(scroller, 'getBoundingClientRect').mockReturnValue({ top: 100 } as DOMRect);
		// Everything above chapter 2's second paragraph has scrolled out of view.
		const [one, two, three] = host.views[0]!.chapters().map((c) => paragraphElements(c.root));
		const above = [...one!, two![0]!];
		const below = [two![1]!, ...three!];
		for (const paragraph of above) vi.spyOn(paragraph, 'getBoundingClientRect').mockReturnValue({ top: 0, bottom: 90 } as DOMRect);
		for (const paragraph of below) vi.spyOn(paragraph, 'getBoundingClientRect').mockReturnValue({ top: 95, bottom: 140 } as DOMRect);
		close();
		expect(host.calls.restorePage).toEqual([
			{ chapterIndex: 2, paragraphIndex: 1, text: 'Neither of them mentioned the ledger.' },
		]);
	});

	it('destroy closes, restores the page and removes the element', () => {
		const { controller, open, host } = setup(baseStory());
		open();
		act(() => controller.destroy());
		expect(document.querySelector('quire-reader')).toBeNull();
		expect(document.body.hasAttribute('inert')).toBe(false);
		expect(host.calls.restorePage).toHaveLength(1);
		expect(controller.isOpen()).toBe(false);
	});

	it('toggle opens and closes', () => {
		const { controller, ui } = setup(baseStory());
		act(() => controller.toggle());
		expect(ui.getByRole('dialog')).toBeTruthy();
		act(() => controller.toggle());
		expect(ui.queryByRole('dialog')).toBeNull();
	});

	it('on a gate page, says the text is not here and offers the site continue link, without any story text', () => {
		const story = gateStory();
		const { ui, open, host, shadow } = setup(story);
		open();
		expect(ui.getByRole('heading', { name: 'The story text is not on this page' })).toBeTruthy();
		expect(shadow.querySelector('.quire-text')).toBeNull();
		const link = ui.getByRole('link', { name: 'Continue to the story on Test Archive' });
		fireEvent.click(link);
		expect(host.calls.goToUrl).toEqual([story.gate!.continueUrl]);
		expect(host.views).toHaveLength(0);
	});
});
