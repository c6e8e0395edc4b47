import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dc, openBook } from '../epub/book.js';
import { cleanupMounts, setup } from './helpers.js';
import { baseStory, gateStory, singleChapterStory } from './sample-stories.js';

interface Saved {
	name: string;
	blob: Blob;
	/** Where the link was when it was clicked. */
	inShadowRoot: boolean;
}

/** jsdom neither makes object URLs nor downloads: record what the reader hands the browser instead. */
function captureDownloads(): Saved[] {
	const saved: Saved[] = [];
	const blobs = new Map<string, Blob>();
	let next = 0;
	vi.stubGlobal('URL', Object.assign(class extends URL {}, {
		createObjectURL: (blob: Blob) => {
			const url = `blob:https://archive.example/${++next}`;
			blobs.set(url, blob);
			return url;
		},
		revokeObjectURL: (url: string) => blobs.delete(url),
	}));
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
		const blob = blobs.get(this.href);
		if (blob) saved.push({ name: this.download, blob, inShadowRoot: this.getRootNode() instanceof ShadowRoot });
	});
	return saved;
}

afterEach(() => {
	cleanupMounts();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

/** A jsdom Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader reads it). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
		reader.onerror = () => reject(reader.error);
		reader.readAsArrayBuffer(blob);
	});
}

describe('Download EPUB in the reader', () => {
	it('sits at the top of the reader settings and saves the story on screen as an EPUB', async () => {
		const saved = captureDownloads();
		const story = baseStory();
		const { ui, open, shadow } = setup(story);
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Reader settings' }));
		const group = ui.getByRole('group', { name: 'This story' });
		expect(group.textContent).toContain('An e-book of all 3 chapters.');
		const button = ui.getByRole('button', { name: 'Download EPUB' });
		// First in the panel, so a keyboard reader reaches it first.
		expect(ui.getByRole('region', { name: 'Reader settings' }).querySelector('button:not(.quire-tool)')).toBe(button);
		fireEvent.click(button);
		await waitFor(() => expect(saved).toHaveLength(1));
		expect(saved[0]).toMatchObject({ name: 'The Lighthouse Keeper’s Ledger - saltwren.epub', inShadowRoot: true });
		expect(saved[0]?.blob.type).toBe('application/epub+zip');
		const book = openBook(await bytesOf(saved[0]!.blob));
		expect(dc(book, 'title')).toEqual([story.title]);
		expect(book.spine).toEqual(['OEBPS/title.xhtml', 'OEBPS/chapter-1.xhtml', 'OEBPS/chapter-2.xhtml', 'OEBPS/chapter-3.xhtml', 'OEBPS/end-notes.xhtml']);
		await waitFor(() => expect(group.textContent).toContain('Downloading “The Lighthouse Keeper’s Ledger - saltwren.epub”.'));
		expect(shadow.querySelector('a[download]')).toBeNull();
		expect(document.querySelector('a[download]')).toBeNull();
	});

	it('says when the page holds only some of the chapters', () => {
		const { ui, open } = setup(singleChapterStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Reader settings' }));
		expect(ui.getByRole('group', { name: 'This story' }).textContent).toContain('An e-book of chapter 2 on this page, of 5 posted.');
	});

	it('says so when the book cannot be made, and can try again', async () => {
		vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: () => { throw new Error('no blobs here'); }, revokeObjectURL: () => undefined }));
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const { ui, open } = setup(baseStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Reader settings' }));
		fireEvent.click(ui.getByRole('button', { name: 'Download EPUB' }));
		await waitFor(() => expect(ui.getByRole('group', { name: 'This story' }).textContent).toContain('The EPUB could not be made from this page.'));
		expect(ui.getByRole('button', { name: 'Download EPUB' }).getAttribute('aria-disabled')).toBe('false');
		const saved = captureDownloads();
		fireEvent.click(ui.getByRole('button', { name: 'Download EPUB' }));
		await waitFor(() => expect(saved).toHaveLength(1));
	});

	it('is not offered where the page holds no story text', () => {
		const { ui, open } = setup(gateStory());
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Reader settings' }));
		expect(ui.queryByRole('button', { name: 'Download EPUB' })).toBeNull();
	});
});
