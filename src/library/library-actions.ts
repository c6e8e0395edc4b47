/** What the library page does beyond storage: open a story on its archive, and download a saved copy as an EPUB. */
import browser from 'webextension-polyfill';
import { webUrl } from '../core/dom.js';
import { buildEpub, epubFileName } from '../epub/epub.js';
import type { Message } from '../messages.js';
import type { CopyStore } from '../storage/saved-copies.js';
import { readableStory } from './readable-copy.js';

/** Opens the page the story was last read on, with the reader open at the saved place (as the shelf does). */
export async function openOnArchive(url: string | null, storyKey: string): Promise<void> {
	const target = webUrl(url);
	if (!target) return;
	const message: Message<'quire:open-from-shelf'> = { type: 'quire:open-from-shelf', url: target, storyKey };
	await browser.runtime.sendMessage(message);
}

/** Builds the EPUB of a saved copy and hands it to the browser's downloads; returns what to tell the reader. */
export async function downloadEpub(storyKey: string, copies: CopyStore, doc: Document = document): Promise<string> {
	const read = await copies.read(storyKey);
	if (!read.ok) return read.message;
	const story = readableStory(read.copy, doc);
	let bytes: Uint8Array;
	let name: string;
	try {
		bytes = buildEpub(story);
		name = epubFileName(story);
	} catch (error) {
		return `Quire could not make the EPUB (${error instanceof Error ? error.message : String(error)}). The saved copy is unchanged.`;
	}
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/epub+zip' }));
	const link = doc.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	return `The EPUB was saved as ${name}.`;
}
