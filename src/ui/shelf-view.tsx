/**
 * The "Continue reading" shelf, shared by the popup and the options page:
 * stories in progress, newest first; one click reopens the saved chapter with
 * the reader open at the saved place.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { webUrl } from '../core/dom.js';
import { sites } from '../sites/index.js';
import { listShelf, markFinished, removeFromShelf, type ShelfEntry } from '../storage/shelf.js';
import type { Message } from '../messages.js';

function siteName(id: string): string {
	return sites.find((site) => site.id === id)?.name ?? (id === 'generic' ? 'Web' : id);
}

export function lastReadLabel(lastRead: number, now = Date.now()): string {
	const minutes = Math.round((now - lastRead) / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h ago`;
	const days = Math.round(hours / 24);
	if (days < 7) return days === 1 ? 'yesterday' : `${days} days ago`;
	return new Date(lastRead).toLocaleDateString();
}

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
	/** Offer "Show finished stories" and the per-story actions. */
	manage?: boolean;
}

export function ShelfView({ limit, manage = false }: ShelfViewProps) {
	const [entries, setEntries] = useState<ShelfEntry[] | null>(null);
	const [showFinished, setShowFinished] = useState(false);
	const [version, setVersion] = useState(0);

	useEffect(() => {
		let live = true;
		void listShelf({ includeFinished: showFinished }).then((list) => {
			if (live) setEntries(list);
		});
		const refresh = () => setVersion((n) => n + 1);
		browser.storage.onChanged.addListener(refresh);
		return () => {
			live = false;
			browser.storage.onChanged.removeListener(refresh);
		};
	}, [showFinished, version]);

	if (!entries) return <p class="quire-muted">Loading your shelf…</p>;
	const shown = limit ? entries.slice(0, limit) : entries;
	return (
		<div class="quire-shelf">
			{manage && (
				<label class="quire-check">
					<input type="checkbox" checked={showFinished} onChange={(event) => setShowFinished((event.target as HTMLInputElement).checked)} />
					Show finished stories
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
									{entry.finished ? ' · finished' : ''}
								</span>
							</button>
							{manage && (
								<span class="quire-shelf-actions">
									<button type="button" onClick={() => void markFinished(entry.storyKey, !entry.finished).then(() => setVersion((n) => n + 1))}>
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
