/**
 * Where a story stands for its reader: the one definition of the library's
 * statuses and their labels, shared by the reader's header card, the library
 * page and storage (which validates against it).
 */

export const READING_STATUSES = ['reading', 'finished', 'plan', 'dropped'] as const;
export type ReadingStatus = (typeof READING_STATUSES)[number];

export const READING_STATUS_LABELS: Record<ReadingStatus, string> = {
	reading: 'Reading',
	finished: 'Finished',
	plan: 'Plan to read',
	dropped: 'Dropped',
};

export function isReadingStatus(value: unknown): value is ReadingStatus {
	return typeof value === 'string' && (READING_STATUSES as readonly string[]).includes(value);
}

/**
 * The reader's view of the library: the status of the story on screen, live.
 * The content script and the saved-copy page implement it over storage.
 */
export interface StoryLibrary {
	/** The story's status; null while it is not in the library yet. */
	status(storyKey: string): Promise<ReadingStatus | null>;
	setStatus(storyKey: string, status: ReadingStatus): Promise<void>;
	/** Calls back with the status whenever it changes (here or elsewhere); returns an unsubscribe function. */
	onStatusChanged(storyKey: string, callback: (status: ReadingStatus | null) => void): () => void;
}
