/**
 * The "Continue reading" shelf, shared by the popup and the options page:
 * stories in progress, newest first; one click reopens the saved chapter with
 * the reader open at the saved place.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { webUrl } from '../core/dom.js';
import { browserLibrary } from '../storage/library.js';
import { browserPositionStore } from '../storage/positions.js';
import { listShelf, removeFromShelf, type ShelfEntry } from '../storage/shelf.js';
import type { Message } from '../messages.js';
import { lastReadLabel, newChaptersLabel } from './labels.js';
import { siteName } from './site-name.js';

export function chapterLabel(entry: Pick<ShelfEntry, 'chapterIndex' | 'chapterCount'>): string {
	return entry.chapterCount ? `chapter ${entry.chapterIndex} of ${entry.chapterCount}` : `chapter ${entry.chapterIndex}`;
}

async function openEntry(entry: ShelfEntry): Promise<void> {
	// Stories read from disk stay on the shelf, but a browser page cannot reopen a local file.
	const url = webUrl(entry.url);
	if (!url) return;
	const message: Message<'quire:open-from-shelf'> = { type: 'quire:open-from-shelf', url, storyKey: entry.storyKey };
	await browser.runtime.sendMessage(message);
}

export interface ShelfViewProps {
	/** At most this many stories (the popup shows a few). */
	limit?: number;
	/** Offer "Show finished and dropped stories" and the per-story actions. */
	manage?: boolean;
}

export function ShelfView({ limit, manage = false }: ShelfViewProps) {
	const [entries, setEntries] = useState<ShelfEntry[] | null>(null);
	const [showFinished, setShowFinished] = useState(false);
	const [version, setVersion] = useState(0);

	useEffect(() => {
		const stop = new AbortController();
		const library = browserLibrary();
		void listShelf({ includeFinished: showFinished }, browserPositionStore(), library).then((list) => {
			if (!stop.signal.aborted) setEntries(list);
		});
		library.watch(() => setVersion((n) => n + 1), stop.signal);
		return () => stop.abort();
	}, [showFinished, version]);

	if (!entries) return <p class="quire-muted">Loading your shelf…</p>;
	const shown = limit ? entries.slice(0, limit) : entries;
	return (
		<div class="quire-shelf">
			{manage && (
				<label class="quire-check">
					<input type="checkbox" checked={showFinished} onChange={(event) => setShowFinished((event.target as HTMLInputElement).checked)} />
					Show finished and dropped stories
				</label>
			)}
			{shown.length === 0 ? (
				<p class="quire-muted">Nothing in progress yet. Open a story in the reader and Quire keeps your place here.</p>
			) : (
				<ul>
					{shown.map((entry) => (
						<li key={entry.storyKey} class={entry.finished ? 'finished' : undefined}>
							<button
								type="button"
								class="quire-shelf-open"
								disabled={!webUrl(entry.url)}
								title={webUrl(entry.url) ? undefined : 'Open this story again from your computer or the site; Quire will continue where you stopped.'}
								onClick={() => void openEntry(entry)}
							>
								<span class="quire-shelf-title">{entry.title || 'Untitled story'}</span>
								<span class="quire-shelf-meta">
									{entry.author ? `${entry.author} · ` : ''}{siteName(entry.site)} · {chapterLabel(entry)} · {entry.percent}% · {lastReadLabel(entry.lastRead)}
									{entry.finished ? ` · ${entry.status === 'dropped' ? 'dropped' : 'finished'}` : ''}
								</span>
								{entry.newChapters > 0 && <span class="quire-new-chapters">{newChaptersLabel(entry.newChapters)}</span>}
							</button>
							{manage && (
								<span class="quire-shelf-actions">
									<button type="button" onClick={() => void browserLibrary().setStatus(entry.storyKey, entry.finished ? 'reading' : 'finished').then(() => setVersion((n) => n + 1))}>
										{entry.finished ? 'Mark unfinished' : 'Mark finished'}
									</button>
									<button type="button" onClick={() => void removeFromShelf(entry.storyKey).then(() => setVersion((n) => n + 1))}>
										Remove
									</button>
								</span>
							)}
						</li>
					))}
				</ul>
			)}
		</div>
	);
}
