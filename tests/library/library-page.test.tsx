import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../../src/core/types.js';
import { LibraryPage } from '../../src/library/library-page.js';
import { createLibrary } from '../../src/storage/library.js';
import { createPositionStore } from '../../src/storage/positions.js';
import { createCopyStore, type CopyStore } from '../../src/storage/saved-copies.js';
import { baseStory, singleChapterStory } from '../reader/sample-stories.js';
import { fakeAreas } from '../storage/fake-storage.js';

// Storage, IndexedDB and the page's half-second refresh: give waits room on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const disposers: (() => void)[] = [];
let dbCount = 0;
afterEach(async () => {
	cleanup();
	for (const dispose of disposers.splice(0)) dispose();
	vi.restoreAllMocks();
	// Preact runs effects after paint (a frame, or a 35 ms timer): let the last ones run while the DOM is still here.
	await new Promise((resolve) => setTimeout(resolve, 60));
});

const NOW = Date.UTC(2026, 4, 10, 12);

/** Chapter `index` of another story, whose pages list `listed` chapters. */
function ffnetChapter(index: number, listed: number): Story {
	const base = singleChapterStory();
	return singleChapterStory({
		site: 'ffnet', storyKey: 'ffnet:77', url: `https://www.fanfiction.net/s/77/${index}/`, title: 'Paper Boats', authors: ['Ink Well'], authorLinks: [],
		fandoms: ['Pokémon'], relationships: [], characters: [], tags: ['Friendship'], rating: 'Fiction K+', ratingLevel: 'general',
		chapterList: Array.from({ length: listed }, (_, i) => ({ index: i + 1, title: null, id: String(i + 1), url: `https://www.fanfiction.net/s/77/${i + 1}/` })),
		stats: { ...base.stats, words: 52_000, chapters: listed, complete: false },
		chapters: [{ ...base.chapters[0]!, index, id: String(index) }],
	});
}

async function setup() {
	const areas = fakeAreas();
	const positions = createPositionStore({ areas });
	const clock = { now: NOW - 3 * 86_400_000 };
	const library = createLibrary({ areas, positions, now: () => clock.now });
	const copies: CopyStore = createCopyStore({ dbName: `library-page-${++dbCount}`, now: () => clock.now });
	disposers.push(() => positions.dispose(), () => copies.close());
	await library.recordVisit(baseStory());
	await copies.save(baseStory());
	clock.now = NOW - 3_600_000;
	await library.recordVisit(ffnetChapter(2, 3));
	await library.recordVisit(ffnetChapter(2, 5));
	const downloadEpub = vi.fn(async () => 'The EPUB was saved as paper.epub.');
	const openOnArchive = vi.fn(async () => {});
	render(<LibraryPage library={library} copies={copies} downloadEpub={downloadEpub} openOnArchive={openOnArchive} now={() => NOW} />);
	await screen.findByRole('heading', { name: 'Paper Boats' });
	return { library, copies, downloadEpub, openOnArchive };
}

const titles = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
const article = (title: string) => screen.getByRole('article', { name: title });

describe('the library page', () => {
	it('lists every story with authors, fandom, site, rating, words, chapters, last read, status and new chapters', async () => {
		await setup();
		expect(titles()).toEqual(['Paper Boats', 'The Lighthouse Keeper’s Ledger']);
		const paper = within(article('Paper Boats'));
		expect(paper.getByText('by Ink Well · Pokémon · FanFiction.net and FictionPress')).toBeTruthy();
		expect(paper.getByText('Fiction K+').className).toContain('library-badge-general');
		expect(paper.getByText('52,000 words · 2 of 5 chapters · last read 1 h ago')).toBeTruthy();
		expect(paper.getByText('2 new chapters')).toBeTruthy();
		expect((paper.getByRole('combobox', { name: 'Status of Paper Boats' }) as HTMLSelectElement).value).toBe('reading');
		const ledger = within(article('The Lighthouse Keeper’s Ledger'));
		expect(ledger.getByText('by saltwren, Moth Ink · Coastal Tales (Novel Series) · Archive of Our Own')).toBeTruthy();
		expect(ledger.getByText(/12,345 words · 1 of 3 chapters · last read 3 days ago/)).toBeTruthy();
		expect(ledger.queryByText(/new chapter/)).toBeNull();
	});

	it('offers the saved copy where there is one, and shows the space copies take', async () => {
		const { copies } = await setup();
		const info = (await copies.list())[0]!;
		expect(screen.getByText(new RegExp(`Saved copies: ${(info.bytes / 1000).toFixed(1)} kB in 1 story`))).toBeTruthy();
		const link = within(article('The Lighthouse Keeper’s Ledger')).getByRole('link', { name: 'Read the saved copy' });
		expect(link.getAttribute('href')).toBe('saved.html?key=ao3%3A4242');
		expect(within(article('Paper Boats')).queryByRole('link', { name: 'Read the saved copy' })).toBeNull();
	});

	it('searches by title, author, fandom and tag', async () => {
		await setup();
		const search = screen.getByRole('searchbox', { name: 'Search by title, author, fandom or tag' });
		fireEvent.input(search, { target: { value: 'ink well' } });
		expect(titles()).toEqual(['Paper Boats']);
		expect(screen.getByText('1 story of 2')).toBeTruthy();
		fireEvent.input(search, { target: { value: 'coastal' } });
		expect(titles()).toEqual(['The Lighthouse Keeper’s Ledger']);
		fireEvent.input(search, { target: { value: 'found family' } });
		expect(titles()).toEqual(['The Lighthouse Keeper’s Ledger']);
		fireEvent.input(search, { target: { value: 'pokemon' } });
		expect(titles()).toEqual(['Paper Boats']);
	});

	it('filters by site and rating and sorts by title and words', async () => {
		await setup();
		fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'ao3' } });
		expect(titles()).toEqual(['The Lighthouse Keeper’s Ledger']);
		fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'all' } });
		fireEvent.change(screen.getByRole('combobox', { name: 'Rating' }), { target: { value: 'general' } });
		expect(titles()).toEqual(['Paper Boats']);
		fireEvent.change(screen.getByRole('combobox', { name: 'Rating' }), { target: { value: 'all' } });
		fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'title' } });
		expect(titles()).toEqual(['Paper Boats', 'The Lighthouse Keeper’s Ledger']);
		fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'words' } });
		expect(titles()).toEqual(['Paper Boats', 'The Lighthouse Keeper’s Ledger']);
	});

	it('sets a status, and filters by it', async () => {
		const { library } = await setup();
		fireEvent.change(screen.getByRole('combobox', { name: 'Status of Paper Boats' }), { target: { value: 'dropped' } });
		await waitFor(async () => expect(await library.status('ffnet:77')).toBe('dropped'));
		fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'dropped' } });
		await waitFor(() => expect(titles()).toEqual(['Paper Boats']));
		fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'reading' } });
		await waitFor(() => expect(titles()).toEqual(['The Lighthouse Keeper’s Ledger']));
	});

	it('removes a copy after asking, and all copies', async () => {
		const { copies } = await setup();
		const ledger = within(article('The Lighthouse Keeper’s Ledger'));
		fireEvent.click(ledger.getByRole('button', { name: /^Remove the copy \(/ }));
		fireEvent.click(ledger.getByRole('button', { name: 'Remove the copy' }));
		await waitFor(() => expect(ledger.queryByRole('link', { name: 'Read the saved copy' })).toBeNull());
		expect(await copies.list()).toEqual([]);
		expect(screen.getByText('The saved copy was removed.')).toBeTruthy();
		expect(screen.getByText(/Saved copies: 0 B in 0 stories/)).toBeTruthy();
	});

	it('removes all copies after asking', async () => {
		const { copies } = await setup();
		fireEvent.click(screen.getByRole('button', { name: 'Remove all copies' }));
		fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect((await copies.list()).length).toBe(1);
		fireEvent.click(screen.getByRole('button', { name: 'Remove all copies' }));
		fireEvent.click(screen.getByRole('button', { name: 'Remove them all' }));
		await waitFor(() => expect(screen.getByText('All saved copies were removed.')).toBeTruthy());
		expect(await copies.list()).toEqual([]);
	});

	it('says why a story has no fresh copy (the browser had no room left)', async () => {
		const { library } = await setup();
		await library.setCopyProblem('ffnet:77', 'Quire could not keep a copy: the browser has no room left for saved copies.');
		await within(article('Paper Boats')).findByText('Quire could not keep a copy: the browser has no room left for saved copies.');
	});

	it('opens a story on its archive', async () => {
		const { openOnArchive } = await setup();
		fireEvent.click(within(article('Paper Boats')).getByRole('button', { name: 'Open on the archive' }));
		expect(openOnArchive).toHaveBeenCalledWith('https://www.fanfiction.net/s/77/2/', 'ffnet:77');
	});

	it('downloads a saved copy as EPUB and says what happened', async () => {
		const { downloadEpub } = await setup();
		fireEvent.click(within(article('The Lighthouse Keeper’s Ledger')).getByRole('button', { name: 'Download EPUB' }));
		await screen.findByText('The EPUB was saved as paper.epub.');
		expect(downloadEpub).toHaveBeenCalledWith('ao3:4242');
	});

	it('removes a story from the library, with its copy', async () => {
		const { library, copies } = await setup();
		const ledger = within(article('The Lighthouse Keeper’s Ledger'));
		fireEvent.click(ledger.getByRole('button', { name: 'Remove from library' }));
		fireEvent.click(ledger.getByRole('button', { name: 'Remove' }));
		await waitFor(() => expect(titles()).toEqual(['Paper Boats']));
		expect(await library.get('ao3:4242')).toBeNull();
		expect(await copies.list()).toEqual([]);
	});
});
