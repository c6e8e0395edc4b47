import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureAnchor } from '../../src/position/anchoring.js';
import { ACTION_BACK_TO_START, NOTICE_CHANGED, trackPosition } from '../../src/position/tracker.js';
import type { PositionRecord } from '../../src/storage/position-record.js';
import { createPositionStore, type PositionStore } from '../../src/storage/positions.js';
import { FakeStorageArea, settle } from '../storage/fake-storage.js';
import { LayoutModel, type ChapterSpec, type LayoutOptions } from './layout-model.js';
import { paragraphsFor } from './story.js';

const threeChapters = (): ChapterSpec[] => [1, 2, 3].map((index) => ({ index, paragraphs: paragraphsFor(index, 40) }));
const entireWork: LayoutOptions = { story: { isEntireWork: true, url: 'https://archiveofourown.org/works/1001?view_full_work=true' } };

let local: FakeStorageArea;
let store: PositionStore;

beforeEach(() => {
	vi.useFakeTimers({ now: 1_000_000 });
	local = new FakeStorageArea();
	store = createPositionStore({ areas: { local, sync: null } });
});

afterEach(() => {
	vi.useRealTimers();
	document.body.innerHTML = '';
});

/** A scroll by the reader: moves, then lets the scroll event and timers run. */
async function userScroll(model: LayoutModel, chapter: number, paragraph: number, line = 0): Promise<void> {
	model.scrollToLine(chapter, paragraph, line);
	await settle();
}

async function saved(storyKey = 'ao3:1001'): Promise<PositionRecord | null> {
	return store.load(storyKey);
}

async function savedAt(model: LayoutModel, chapter: number, paragraph: number, line = 0): Promise<PositionRecord> {
	await userScroll(model, chapter, paragraph, line);
	await vi.advanceTimersByTimeAsync(1_000);
	await settle();
	const record = await saved();
	if (!record) throw new Error('nothing saved');
	return record;
}

describe('trackPosition', () => {
	it('saves where the reader is, at most once a second while scrolling', async () => {
		const model = new LayoutModel(threeChapters(), entireWork);
		const tracker = trackPosition(model.view, store);
		expect(await tracker.ready).toBeNull();
		expect(model.notices).toEqual([]);
		const writesBefore = local.writes;
		await userScroll(model, 1, 5);
		await vi.advanceTimersByTimeAsync(300);
		await userScroll(model, 1, 9);
		await vi.advanceTimersByTimeAsync(300);
		await userScroll(model, 1, 12, 1);
		expect(local.writes).toBe(writesBefore);
		await vi.advanceTimersByTimeAsync(400);
		await settle();
		expect(local.writes).toBe(writesBefore + 1);
		expect(await saved()).toMatchObject({
			storyKey: 'ao3:1001',
			site: 'ao3',
			title: 'A Long Way Home',
			author: 'quietwriter',
			chapterIndex: 2,
			chapterId: '5002',
			chapterUrl: 'https://archiveofourown.org/works/1001/chapters/5002',
			chapterCount: 3,
			paragraph: 12,
			offset: 50,
			workUrl: 'https://archiveofourown.org/works/1001?view_full_work=true',
			finished: false,
		});
		model.controller.abort();
	});

	it('restores the saved line on the next open and says so, with "Back to start"', async () => {
		const first = new LayoutModel(threeChapters(), entireWork);
		await trackPosition(first.view, store).ready;
		const record = await savedAt(first, 1, 20, 2);
		first.controller.abort();

		// Reopened later with a bigger font.
		const second = new LayoutModel(threeChapters(), { ...entireWork, charsPerLine: 30 });
		const tracker = trackPosition(second.view, store);
		expect(await tracker.ready).toEqual({ method: 'exact' });
		expect(second.firstVisible()).toEqual({ chapter: 1, paragraph: 20, line: Math.floor(100 / 30) });
		expect(second.notices).toHaveLength(1);
		expect(second.notices[0]?.message).toBe(`Continued from chapter 2, ${Math.round(record.chapterFraction * 100)}%`);
		expect(second.notices[0]?.actionLabel).toBe(ACTION_BACK_TO_START);

		// Restoring is not reading: nothing is saved for it.
		await settle();
		await vi.advanceTimersByTimeAsync(2_000);
		expect((await saved())?.updatedAt).toBe(record.updatedAt);

		vi.advanceTimersByTime(5_000);
		second.notices[0]?.onAction?.();
		await settle();
		expect(second.scroller.scrollTop).toBe(0);
		expect(await saved()).toMatchObject({ chapterIndex: 1, paragraph: 0, offset: 0 });
		second.controller.abort();
	});

	it('offers the saved chapter on a single-chapter page that is behind it', async () => {
		await store.save({
			storyKey: 'ao3:1001', site: 'ao3', title: 'A Long Way Home', author: 'quietwriter',
			chapterIndex: 5, chapterId: '5005', chapterUrl: 'https://archiveofourown.org/works/1001/chapters/5005', chapterCount: 8,
			paragraph: 3, offset: 0, fingerprint: '', chapterFraction: 0.2, workFraction: 0.55, updatedAt: 900_000, finished: false, workUrl: null, removed: false,
		});
		const model = new LayoutModel([{ index: 2, paragraphs: paragraphsFor(2, 10) }]);
		expect(await trackPosition(model.view, store).ready).toBeNull();
		expect(model.scroller.scrollTop).toBe(0);
		expect(model.notices).toHaveLength(1);
		expect(model.notices[0]?.actionLabel).toBe('Continue at chapter 5');
		model.notices[0]?.onAction?.();
		expect(model.visited).toEqual(['https://archiveofourown.org/works/1001/chapters/5005']);
		model.controller.abort();
	});

	it('says nothing on a chapter page ahead of the saved one', async () => {
		const earlier = new LayoutModel([{ index: 1, paragraphs: paragraphsFor(1, 30) }]);
		await trackPosition(earlier.view, store).ready;
		await savedAt(earlier, 0, 20);
		earlier.controller.abort();
		const later = new LayoutModel([{ index: 2, paragraphs: paragraphsFor(2, 30) }]);
		expect(await trackPosition(later.view, store).ready).toBeNull();
		expect(later.notices).toEqual([]);
		later.controller.abort();
	});

	it('says so when the chapter changed and only the fraction could be used', async () => {
		const before = new LayoutModel([{ index: 1, paragraphs: paragraphsFor(1, 40) }]);
		await trackPosition(before.view, store).ready;
		await savedAt(before, 0, 30);
		before.controller.abort();
		const rewritten = new LayoutModel([{ index: 1, paragraphs: paragraphsFor(1, 40).map((p) => p.split(' ').reverse().join(' ')) }]);
		expect(await trackPosition(rewritten.view, store).ready).toEqual({ method: 'fraction' });
		expect(rewritten.notices.map((n) => [n.message, n.actionLabel])).toEqual([[NOTICE_CHANGED, ACTION_BACK_TO_START]]);
		rewritten.controller.abort();
	});

	it('keeps a place the reader scrolled to before tracking started, when nothing was saved before', async () => {
		const model = new LayoutModel(threeChapters());
		model.scrollToLine(0, 12);
		await trackPosition(model.view, store).ready;
		await vi.advanceTimersByTimeAsync(1_000);
		await settle();
		expect((await saved())?.paragraph).toBe(12);
		model.controller.abort();
	});

	it('as the page goes away, sends the write at once instead of reading storage first', async () => {
		const model = new LayoutModel(threeChapters());
		await trackPosition(model.view, store).ready;
		await userScroll(model, 0, 7);
		const reads = vi.spyOn(local, 'get');
		const writes = local.writes;
		window.dispatchEvent(new Event('pagehide'));
		// Synchronously issued: no read in between, nothing awaited before the write is sent.
		expect(local.writes).toBe(writes + 1);
		expect(reads).not.toHaveBeenCalled();
		await settle();
		expect((await saved())?.paragraph).toBe(7);
		model.controller.abort();
	});

	it('saves at once when the reader closes, on pagehide and when the tab is hidden', async () => {
		const model = new LayoutModel(threeChapters());
		await trackPosition(model.view, store).ready;

		await userScroll(model, 0, 7);
		window.dispatchEvent(new Event('pagehide'));
		await settle();
		expect((await saved())?.paragraph).toBe(7);

		await userScroll(model, 0, 9);
		const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		document.dispatchEvent(new Event('visibilitychange'));
		visibility.mockRestore();
		await settle();
		expect((await saved())?.paragraph).toBe(9);

		await userScroll(model, 0, 11);
		model.controller.abort();
		await settle();
		expect((await saved())?.paragraph).toBe(11);
		// Closed: further events change nothing.
		await userScroll(model, 0, 30);
		window.dispatchEvent(new Event('pagehide'));
		await vi.advanceTimersByTimeAsync(2_000);
		expect((await saved())?.paragraph).toBe(11);
	});

	it('keeps the first visible line across layout changes without saving for them', async () => {
		const model = new LayoutModel(threeChapters(), entireWork);
		await trackPosition(model.view, store).ready;
		const record = await savedAt(model, 2, 15, 2);
		const writes = local.writes;
		model.changeLayout({ charsPerLine: 25, lineHeight: 30 });
		expect(captureAnchor(model.view)).toMatchObject({ chapterIndex: 3, paragraph: 15, offset: 100 });
		model.changeLayout({ charsPerLine: 80 });
		expect(model.firstVisible()).toEqual({ chapter: 2, paragraph: 15, line: 1 });
		await settle();
		await vi.advanceTimersByTimeAsync(3_000);
		expect(local.writes).toBe(writes);
		expect((await saved())?.updatedAt).toBe(record.updatedAt);
		model.controller.abort();
	});

	it('does not pull a reader who is looking at what comes before the text into it on a layout change', async () => {
		const model = new LayoutModel(threeChapters(), entireWork);
		await trackPosition(model.view, store).ready;
		expect(model.scroller.scrollTop).toBe(0);
		model.changeLayout({ charsPerLine: 25, lineHeight: 30 });
		expect(model.scroller.scrollTop).toBe(0);
		model.scroller.scrollTop = 30;
		model.changeLayout({ charsPerLine: 80 });
		expect(model.scroller.scrollTop).toBe(30);
		model.controller.abort();
	});

	it('follows a newer position from another tab while idle', async () => {
		const tabA = new LayoutModel(threeChapters(), entireWork);
		await trackPosition(tabA.view, store).ready;
		await savedAt(tabA, 0, 10);
		await vi.advanceTimersByTimeAsync(5_000);

		const tabB = new LayoutModel(threeChapters(), entireWork);
		await trackPosition(tabB.view, createPositionStore({ areas: { local, sync: null } })).ready;
		expect(tabB.firstVisible()).toMatchObject({ chapter: 0, paragraph: 10 });
		await savedAt(tabB, 1, 25);
		await settle();
		expect(tabA.firstVisible()).toMatchObject({ chapter: 1, paragraph: 25 });

		// Tab A, idle, closes: it has nothing newer to say, so tab B's place stays.
		tabA.controller.abort();
		await settle();
		expect(await saved()).toMatchObject({ chapterIndex: 2, paragraph: 25 });
		tabB.controller.abort();
	});

	it('does not jump while the reader is scrolling, and never saves an older place over a newer one', async () => {
		const tabA = new LayoutModel(threeChapters(), entireWork);
		const trackerA = trackPosition(tabA.view, store);
		await trackerA.ready;
		await userScroll(tabA, 0, 5);
		// Tab A's reader is mid-scroll when tab B (read later) saves further on.
		const later = { ...(captureAnchor(tabA.view) as NonNullable<ReturnType<typeof captureAnchor>>), chapterIndex: 3, chapterId: '5003', paragraph: 30, offset: 0, fingerprint: '' };
		await store.save({
			...later, storyKey: 'ao3:1001', site: 'ao3', title: 'A Long Way Home', author: 'quietwriter', chapterUrl: null, chapterCount: 3,
			workUrl: null, updatedAt: Date.now() + 10, finished: false, removed: false,
		});
		await settle();
		expect(tabA.firstVisible()).toMatchObject({ chapter: 0, paragraph: 5 });
		// A's pending save is stamped when A's reader was there, which is older: B's record stays.
		await vi.advanceTimersByTimeAsync(1_000);
		await settle();
		expect(await saved()).toMatchObject({ chapterIndex: 3, paragraph: 30 });
		tabA.controller.abort();
	});

	it('holds the restored line while fonts arrive or chapters render, until the reader scrolls', async () => {
		const first = new LayoutModel(threeChapters(), entireWork);
		await trackPosition(first.view, store).ready;
		await savedAt(first, 1, 12);
		first.controller.abort();

		const observers: { callback: () => void; targets: Element[] }[] = [];
		class FakeResizeObserver {
			readonly targets: Element[] = [];
			constructor(readonly callback: () => void) {
				observers.push(this);
			}
			observe(target: Element): void {
				this.targets.push(target);
			}
			disconnect(): void {
				observers.splice(observers.indexOf(this), 1);
			}
		}
		vi.stubGlobal('ResizeObserver', FakeResizeObserver);
		try {
			const second = new LayoutModel(threeChapters(), entireWork);
			await trackPosition(second.view, store).ready;
			expect(observers).toHaveLength(1);
			expect(observers[0]?.targets).toEqual(second.rendered.map((c) => c.root));
			// The web font arrives: the text reflows under the reader.
			second.charsPerLine = 30;
			second.relayout();
			observers[0]?.callback();
			await settle();
			expect(second.firstVisible()).toEqual({ chapter: 1, paragraph: 12, line: 0 });
			await userScroll(second, 1, 20);
			expect(observers).toHaveLength(0);
			second.controller.abort();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('puts the first visible line back when the window changes width (a phone turned on its side), measured before the reflow', async () => {
		const model = new LayoutModel(threeChapters(), entireWork);
		let width = 390;
		Object.defineProperty(model.scroller, 'clientWidth', { get: () => width });
		await trackPosition(model.view, store).ready;
		await userScroll(model, 1, 20, 1);
		await vi.advanceTimersByTimeAsync(200);
		// Turned: the text reflows first, the resize event comes after.
		width = 844;
		model.charsPerLine = 110;
		model.relayout();
		window.dispatchEvent(new Event('resize'));
		await settle();
		expect(model.firstVisible()).toMatchObject({ chapter: 1, paragraph: 20 });
		await vi.advanceTimersByTimeAsync(200);
		// And back.
		width = 390;
		model.charsPerLine = 50;
		model.relayout();
		window.dispatchEvent(new Event('resize'));
		await settle();
		// Back on the very line the reader left: turning back and forth never drifts.
		expect(model.firstVisible()).toEqual({ chapter: 1, paragraph: 20, line: 1 });
		// A height-only resize (the browser's address bar) moves nothing.
		const top = model.scroller.scrollTop;
		window.dispatchEvent(new Event('resize'));
		await settle();
		expect(model.scroller.scrollTop).toBe(top);
		model.controller.abort();
	});

	it('keeps a reader looking at the header card there when the window changes width', async () => {
		const model = new LayoutModel(threeChapters(), { ...entireWork, titleHeight: 400 });
		let width = 390;
		Object.defineProperty(model.scroller, 'clientWidth', { get: () => width });
		await trackPosition(model.view, store).ready;
		model.scroller.scrollTop = 100;
		await settle();
		await vi.advanceTimersByTimeAsync(200);
		width = 844;
		model.charsPerLine = 110;
		model.relayout();
		window.dispatchEvent(new Event('resize'));
		await settle();
		expect(model.scroller.scrollTop).toBe(100);
		model.controller.abort();
	});

	it('does not jump to the start when the story is taken off the shelf elsewhere', async () => {
		const model = new LayoutModel(threeChapters(), entireWork);
		await trackPosition(model.view, store).ready;
		await savedAt(model, 1, 12);
		await vi.advanceTimersByTimeAsync(5_000);
		const { removeFromShelf } = await import('../../src/storage/shelf.js');
		await removeFromShelf('ao3:1001', store, Date.now());
		await settle();
		expect(model.firstVisible()).toMatchObject({ chapter: 1, paragraph: 12 });
		// Reading on puts the story back on the shelf.
		await vi.advanceTimersByTimeAsync(1_000);
		await savedAt(model, 1, 14);
		expect(await saved()).toMatchObject({ paragraph: 14, removed: false, title: 'A Long Way Home' });
		model.controller.abort();
	});

	it('does nothing for a page without a story key', async () => {
		const model = new LayoutModel(threeChapters(), { story: { storyKey: null } });
		const tracker = trackPosition(model.view, store);
		expect(await tracker.ready).toBeNull();
		await userScroll(model, 1, 1);
		await vi.advanceTimersByTimeAsync(2_000);
		expect(local.data.size).toBe(0);
		model.controller.abort();
	});
});
