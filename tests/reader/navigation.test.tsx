import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adjacentChapter } from '../../src/reader/navigation.js';
import { baseStory, singleChapterStory } from './sample-stories.js';
import { cleanupMounts, setup } from './helpers.js';

afterEach(() => {
	cleanupMounts();
	delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
});

const BASE = 'https://archive.example/works/4242';

describe('adjacentChapter', () => {
	it('scrolls within an entire work and stops at its ends', () => {
		const story = baseStory();
		expect(adjacentChapter(story, 1, 1)).toEqual({ kind: 'scroll', chapterIndex: 2 });
		expect(adjacentChapter(story, 2, -1)).toEqual({ kind: 'scroll', chapterIndex: 1 });
		expect(adjacentChapter(story, 1, -1)).toBeNull();
		expect(adjacentChapter(story, 3, 1)).toBeNull();
	});

	it("follows the site's links from a single-chapter page", () => {
		const story = singleChapterStory();
		expect(adjacentChapter(story, 2, 1)).toEqual({ kind: 'url', url: `${BASE}/chapters/9003`, chapterIndex: 3 });
		expect(adjacentChapter(story, 2, -1)).toEqual({ kind: 'url', url: `${BASE}/chapters/9001`, chapterIndex: 1 });
	});

	it('falls back to the chapter list when the site gives no prev/next link', () => {
		const story = singleChapterStory({ nextChapterUrl: null, prevChapterUrl: null });
		expect(adjacentChapter(story, 2, 1)).toEqual({ kind: 'url', url: `${BASE}/chapters/9003`, chapterIndex: 3 });
		expect(adjacentChapter(singleChapterStory({ nextChapterUrl: null, chapterList: [] }), 2, 1)).toBeNull();
	});
});

describe('chapter navigation in the reader', () => {
	it('"Next chapter" and "Previous chapter" go to the site\'s chapter URLs on a single-chapter page', () => {
		const { ui, open, host } = setup(singleChapterStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Next chapter' }));
		expect(host.calls.goToUrl).toEqual([`${BASE}/chapters/9003`]);
		fireEvent.click(ui.getByRole('button', { name: 'Previous chapter' }));
		expect(host.calls.goToUrl.at(-1)).toBe(`${BASE}/chapters/9001`);
		fireEvent.click(ui.getByRole('button', { name: 'Continue to chapter 3' }));
		expect(host.calls.goToUrl.at(-1)).toBe(`${BASE}/chapters/9003`);
	});

	it('] and [ do the same from the keyboard', () => {
		const { open, shadow, host } = setup(singleChapterStory());
		open();
		fireEvent.keyDown(shadow.querySelector('.quire-scroller')!, { key: ']' });
		fireEvent.keyDown(shadow.querySelector('.quire-scroller')!, { key: '[' });
		expect(host.calls.goToUrl).toEqual([`${BASE}/chapters/9003`, `${BASE}/chapters/9001`]);
	});

	it('the table of contents lists every chapter; others are the site links, the current one is marked', () => {
		const { ui, open, host } = setup(singleChapterStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Table of contents' }));
		const contents = ui.getByRole('region', { name: 'Table of contents' });
		expect(contents.querySelectorAll('li')).toHaveLength(5);
		expect(ui.getByRole('button', { name: '2. Low Tide' }).getAttribute('aria-current')).toBe('true');
		const five = ui.getByRole('link', { name: '5. Ledger Balanced' });
		expect(five.getAttribute('href')).toBe(`${BASE}/chapters/9005`);
		fireEvent.click(five);
		expect(host.calls.goToUrl).toEqual([`${BASE}/chapters/9005`]);
	});

	it('jumps within an entire work without leaving the page', () => {
		const scrollTo = vi.fn();
		HTMLElement.prototype.scrollTo = scrollTo as unknown as HTMLElement['scrollTo'];
		const { ui, open, shadow, host } = setup(baseStory());
		open();
		const scroller = shadow.querySelector<HTMLElement>('.quire-scroller')!;
		vi.spyOn(scroller, 'getBoundingClientRect').mockReturnValue({ top: 50 } as DOMRect);
		const sectionTwo = shadow.querySelector<HTMLElement>('[data-chapter-index="2"]')!;
		vi.spyOn(sectionTwo, 'getBoundingClientRect').mockReturnValue({ top: 1250 } as DOMRect);
		fireEvent.click(ui.getByRole('button', { name: 'Next chapter' }));
		expect(scrollTo).toHaveBeenLastCalledWith({ top: 1200, behavior: 'smooth' });
		expect(host.calls.goToUrl).toEqual([]);
		expect(shadow.activeElement).toBe(ui.getByRole('heading', { name: '2. Low Tide' }));
		// Now in chapter 2: "[" goes back to chapter 1, "Previous chapter" is enabled.
		expect((ui.getByRole('button', { name: 'Previous chapter' }) as HTMLButtonElement).disabled).toBe(false);
		fireEvent.click(ui.getByRole('button', { name: 'Table of contents' }));
		fireEvent.click(ui.getByRole('button', { name: '3. The Last Page' }));
		expect(scrollTo).toHaveBeenCalledTimes(2);
		expect(ui.queryByRole('region', { name: 'Table of contents' })).toBeNull();
		expect(host.calls.goToUrl).toEqual([]);
	});

	it('shows chapter and work progress bars and the time left at the reader\'s speed', () => {
		const { ui, open } = setup(singleChapterStory(), { prefs: { wordsPerMinute: 60 } });
		open();
		expect(ui.getByRole('progressbar', { name: 'Chapter progress' }).getAttribute('aria-valuenow')).toBe('0');
		// Chapter 2 of 5 in a 12,345-word work: a fifth of it is behind the reader.
		expect(ui.getByRole('progressbar', { name: 'Work progress' }).getAttribute('aria-valuenow')).toBe('20');
		expect(ui.getByText(/left in chapter/).textContent).toBe('1 min left in chapter · 2 h 45 min in work');
	});
});
