/**
 * What opening a story in the reader keeps: the story in the library (with
 * what this page shows of it, new chapters included) and, unless the reader
 * switched copies off, a copy of the chapters on screen, which the background
 * stores (IndexedDB belongs to the extension, not to the archive's page).
 * Nothing here loads another page, and nothing blocks the reader: the
 * chapters not read yet are read in the background first.
 */
import type { Story } from '../core/types.js';
import type { Message, Response } from '../messages.js';
import type { LibraryStore } from '../storage/library.js';
import { readAllInSlices } from '../reader/chapter-fill.js';

export type SendCopy = (story: Story) => Promise<Response<'quire:save-copy'> | undefined>;

export const sendCopyToBackground: SendCopy = async (story) => {
	const message: Message<'quire:save-copy'> = { type: 'quire:save-copy', story };
	return (await chrome.runtime.sendMessage(message)) as Response<'quire:save-copy'> | undefined;
};

export async function keepStory(story: Story, library: Pick<LibraryStore, 'recordVisit' | 'setCopyProblem'>, sendCopy: SendCopy = sendCopyToBackground): Promise<void> {
	const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));
	try {
		// A long work's chapters are read a slice at a time (the reader is filling them in too); keep the whole.
		await readAllInSlices(story.chapters);
		const entry = await library.recordVisit(story);
		if (!entry) return;
		let problem: string | null;
		try {
			const answer = await sendCopy(story);
			if (!answer || answer.status === 'off') return;
			problem = answer.status === 'failed' ? (answer.message ?? 'The copy could not be saved.') : null;
		} catch (error) {
			// The message itself failed (a story too large to send, the background restarting).
			problem = `Quire could not keep a copy of this page (${reason(error)}). Your place and your library are unchanged.`;
		}
		// A failed copy is noted in the library, where the reader looks for copies; a saved one clears the note.
		if (problem !== entry.copyProblem) await library.setCopyProblem(entry.storyKey, problem);
	} catch (error) {
		console.warn(`[quire] could not keep ${story.storyKey} in the library (${reason(error)})`);
	}
}
