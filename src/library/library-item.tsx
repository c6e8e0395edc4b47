import { useId } from 'preact/hooks';
import { READING_STATUS_LABELS, READING_STATUSES, type ReadingStatus } from '../reader/reading-status.js';
import type { LibraryItem } from '../storage/library.js';
import type { CopyInfo } from '../storage/saved-copies.js';
import { lastReadLabel, newChaptersLabel } from '../ui/labels.js';
import { siteName } from '../ui/site-name.js';
import { ConfirmButton } from './confirm-button.js';
import { chaptersLabel, formatBytes, RATING_NAMES } from './library-query.js';

export interface LibraryItemActions {
	setStatus(storyKey: string, status: ReadingStatus): void;
	openOnArchive(item: LibraryItem): void;
	downloadEpub(storyKey: string): void;
	removeCopy(storyKey: string): void;
	remove(storyKey: string): void;
}

interface LibraryItemViewProps {
	item: LibraryItem;
	copy: CopyInfo | null;
	actions: LibraryItemActions;
	now: number;
}

const numberFormat = new Intl.NumberFormat('en');

/** The address of the page that opens a story's saved copy in the reader. */
export function savedCopyHref(storyKey: string): string {
	return `saved.html?key=${encodeURIComponent(storyKey)}`;
}

/** One story: what it is, how far the reader got, its status, and what can be done with it. */
export function LibraryItemView({ item, copy, actions, now }: LibraryItemViewProps) {
	const titleId = useId();
	const title = item.title || 'Untitled story';
	const byline = [item.authors.length > 0 ? `by ${item.authors.join(', ')}` : null, item.fandoms.join(', ') || null, siteName(item.site)].filter(Boolean).join(' · ');
	const stats = [item.words !== null ? `${numberFormat.format(item.words)} words` : null, chaptersLabel(item), `last read ${lastReadLabel(item.lastRead, now)}`].filter(Boolean).join(' · ');
	return (
		<li class="library-item">
			<article aria-labelledby={titleId}>
				<div class="library-head">
					<h2 class="library-title" id={titleId}>{title}</h2>
					<span class={`library-badge library-badge-${item.ratingLevel}`} title="Rating">{item.rating ?? RATING_NAMES[item.ratingLevel]}</span>
					{item.newChapters > 0 && <span class="quire-new-chapters">{newChaptersLabel(item.newChapters)}</span>}
				</div>
				<p class="library-line">{byline}</p>
				<p class="library-line">{stats}</p>
				{item.copyProblem && <p class="library-problem">{item.copyProblem}</p>}
				<div class="library-actions">
					<label>
						Status
						<select value={item.status} aria-label={`Status of ${title}`} onChange={(event) => actions.setStatus(item.storyKey, (event.target as HTMLSelectElement).value as ReadingStatus)}>
							{READING_STATUSES.map((status) => <option key={status} value={status}>{READING_STATUS_LABELS[status]}</option>)}
						</select>
					</label>
					{copy && <a class="library-button library-read" href={savedCopyHref(item.storyKey)}>Read the saved copy</a>}
					{item.url?.startsWith('http') && <button type="button" onClick={() => actions.openOnArchive(item)}>Open on the archive</button>}
					{copy && <button type="button" onClick={() => actions.downloadEpub(item.storyKey)}>Download EPUB</button>}
					{copy && (
						<ConfirmButton label={`Remove the copy (${formatBytes(copy.bytes)})`} question="Remove the saved copy?" confirmLabel="Remove the copy" onConfirm={() => actions.removeCopy(item.storyKey)} />
					)}
					<ConfirmButton label="Remove from library" question={`Remove from the library${copy ? ', with its copy' : ''}?`} confirmLabel="Remove" onConfirm={() => actions.remove(item.storyKey)} />
				</div>
			</article>
		</li>
	);
}
