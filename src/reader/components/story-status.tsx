import { useContext, useEffect, useId, useState } from 'preact/hooks';
import type { Story } from '../../core/types.js';
import { ReaderContext } from '../context.js';
import { READING_STATUS_LABELS, READING_STATUSES, type ReadingStatus } from '../reading-status.js';

/**
 * The story's status in the reader's library, in the header card, and the
 * "Mark finished" offer at the end of the last chapter. Both read and set it
 * through the host's library; without one (tests, the playground) they show
 * nothing.
 */

/** The status, live, and a setter; the setter is null where there is no library. */
function useStoryStatus(): [ReadingStatus | null, ((status: ReadingStatus) => void) | null] {
	const context = useContext(ReaderContext);
	const library = context?.host.library;
	const storyKey = context?.story.storyKey ?? null;
	const [status, setStatus] = useState<ReadingStatus | null>(null);
	useEffect(() => {
		if (!library || !storyKey) return;
		let live = true;
		// The story joins the library as the reader opens; the change event brings its status then.
		const stop = library.onStatusChanged(storyKey, (next) => {
			if (live) setStatus(next);
		});
		void library.status(storyKey).then((next) => {
			if (live && next) setStatus(next);
		});
		return () => {
			live = false;
			stop();
		};
	}, [library, storyKey]);
	if (!library || !storyKey) return [null, null];
	const set = (next: ReadingStatus): void => {
		setStatus(next);
		library.setStatus(storyKey, next).catch((error: unknown) => console.error('[quire] could not save the status', error));
	};
	return [status, set];
}

/** The header card's "In your library: Reading ▾". */
export function StatusPicker() {
	const [status, setStatus] = useStoryStatus();
	const id = useId();
	if (!setStatus) return null;
	// Until the story is in the library its line keeps its room, unseen: text below must not move once the place is restored.
	return (
		<p class="quire-status" style={status ? undefined : { visibility: 'hidden' }}>
			<label for={id}>In your library</label>{' '}
			<select id={id} value={status ?? 'reading'} disabled={!status} onChange={(event) => setStatus((event.target as HTMLSelectElement).value as ReadingStatus)}>
				{READING_STATUSES.map((choice) => <option key={choice} value={choice}>{READING_STATUS_LABELS[choice]}</option>)}
			</select>
		</p>
	);
}

/** The page ends with the story's last chapter (the last one the site lists or counts). */
export function endsWithLastChapter(story: Story): boolean {
	const last = story.chapters[story.chapters.length - 1];
	if (story.kind !== 'story' || !last) return false;
	return last.index >= Math.max(story.chapterList.length, story.stats.chapters ?? 0);
}

/** Below the last chapter's end: offers to mark the story finished, and says so once it is. */
export function MarkFinished() {
	const context = useContext(ReaderContext);
	const [status, setStatus] = useStoryStatus();
	if (!context || !status || !setStatus || !endsWithLastChapter(context.story)) return null;
	return (
		<p class="quire-finish" role="status">
			{status === 'finished' ? 'Marked finished in your library.' : (
				<button type="button" onClick={() => setStatus('finished')}>Mark finished</button>
			)}
		</p>
	);
}
