import { afterEach, describe, expect, test } from 'vitest';
import { act } from '@testing-library/preact';
import { isChapterRead } from '../../src/core/lazy-chapter.js';
import type { Story } from '../../src/core/types.js';
import { extractStory } from '../../src/extract/extract.js';
import { documentFrom } from '../core/helpers.js';
import { ENTIRE_WORK_URL, entireWork } from '../core/synthetic-ao3.js';
import { cleanupMounts, settle, setup } from './helpers.js';

afterEach(cleanupMounts);

function longWork(count: number): Story {
	return extractStory(documentFrom(entireWork(count), ENTIRE_WORK_URL), ENTIRE_WORK_URL);
}

const sections = (shadow: ShadowRoot) => Array.from(shadow.querySelectorAll<HTMLElement>('section.quire-chapter'));
const pending = (shadow: ShadowRoot) => sections(shadow).map((section) => section.hasAttribute('data-quire-pending'));

/** Lets the background fill run to its end (its slices are timeouts in jsdom). */
async function untilFilled(shadow: ShadowRoot): Promise<void> {
	for (let i = 0; i < 100 && pending(shadow).some(Boolean); i++) await settle();
}

describe('a long work opens with one chapter read and fills in the rest', () => {
	test('the first chapter shows at once; the others hold their place, titled and busy, until they are read', async () => {
		const story = longWork(6);
		const { shadow, open } = setup(story);
		open();
		expect(pending(shadow)).toEqual([false, true, true, true, true, true]);
		expect(story.chapters.map(isChapterRead)).toEqual([true, false, false, false, false, false]);
		const waiting = sections(shadow)[3]!;
		expect(waiting.getAttribute('aria-busy')).toBe('true');
		expect(waiting.textContent).toContain('Part 4');
		expect(waiting.querySelector('.quire-text')).toBeNull();
		expect(Number.parseInt(waiting.querySelector<HTMLElement>('.quire-text-pending')!.style.minHeight, 10)).toBeGreaterThan(0);
		await untilFilled(shadow);
		expect(pending(shadow)).toEqual([false, false, false, false, false, false]);
		expect(sections(shadow)[3]!.querySelector('.quire-text')!.textContent).toContain('Chapter 4 paragraph 40 says the tide came in.');
		expect(sections(shadow)[3]!.hasAttribute('aria-busy')).toBe(false);
	});

	test('the chapter of the saved place is read and shown first, before any other', async () => {
		const story = longWork(6);
		const { shadow } = setup(story, { savedPlaces: { [story.storyKey!]: { chapterIndex: 5, chapterId: story.chapters[4]!.id, paragraph: 0 } } });
		const launcher = shadow.querySelector<HTMLElement>('[data-quire-launcher]')!;
		await act(async () => {
			launcher.click();
			await new Promise((resolve) => setTimeout(resolve, 0));
		});
		expect(shadow.querySelector('[role="dialog"]')).not.toBeNull();
		expect(pending(shadow)).toEqual([true, true, true, true, false, true]);
		expect(story.chapters.map(isChapterRead)).toEqual([false, false, false, false, true, false]);
		await untilFilled(shadow);
		expect(story.chapters.every(isChapterRead)).toBe(true);
	});

	test('the toolbar’s time left counts the chapters not read yet by their estimate', () => {
		const story = longWork(6);
		const { ui, open } = setup(story);
		open();
		// 21 × 9 × 10 words in all at 250 a minute: about 8 minutes, not the first chapter's half minute.
		// 1,890 words in all at 250 a minute; counting the one chapter read would say 1 min.
		expect(ui.getByText(/left in chapter/).textContent).toMatch(/· [78] min in work$/);
	});

	test('the page goes out of the way at once, and comes back as it was if the reader is closed before it shows', async () => {
		const story = longWork(3);
		const { shadow, host, controller } = setup(story, { savedPlaces: {} });
		// A storage read that never answers: the reader waits for it at most a moment.
		host.savedPlace = () => new Promise(() => undefined);
		act(() => controller.open());
		expect(document.body.style.getPropertyValue('content-visibility')).toBe('hidden');
		expect(shadow.querySelector('[role="dialog"]')).toBeNull();
		expect(controller.isOpen()).toBe(true);
		act(() => controller.close());
		expect(document.body.hasAttribute('style')).toBe(false);
		expect(controller.isOpen()).toBe(false);
		await act(async () => {
			await new Promise((resolve) => setTimeout(resolve, 350));
		});
		expect(shadow.querySelector('[role="dialog"]')).toBeNull();
	});

	test('when the saved place cannot be had in time, the work opens at its start', async () => {
		const story = longWork(3);
		const { shadow, host, controller } = setup(story, { savedPlaces: {} });
		host.savedPlace = () => new Promise(() => undefined);
		act(() => controller.open());
		await act(async () => {
			await new Promise((resolve) => setTimeout(resolve, 350));
		});
		expect(shadow.querySelector('[role="dialog"]')).not.toBeNull();
		expect(pending(shadow)[0]).toBe(false);
	});
});
