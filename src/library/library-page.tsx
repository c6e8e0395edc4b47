/**
 * The library page: every story opened in Quire, with search, filters and
 * sorting, statuses, new chapters, and the saved copies (space used, read,
 * download as EPUB, remove).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ReadingStatus } from '../reader/reading-status.js';
import type { LibraryItem, LibraryStore } from '../storage/library.js';
import { COPY_MESSAGES, type CopyInfo, type CopyStore } from '../storage/saved-copies.js';
import { ConfirmButton } from './confirm-button.js';
import { LibraryFilters } from './library-filters.js';
import { LibraryItemView, type LibraryItemActions } from './library-item.js';
import { EMPTY_QUERY, facets, formatBytes, queryLibrary, type LibraryQuery } from './library-query.js';

export interface LibraryPageProps {
	library: LibraryStore;
	copies: CopyStore;
	openOnArchive(url: string | null, storyKey: string): Promise<void>;
	downloadEpub(storyKey: string): Promise<string>;
	now?: () => number;
}

interface Loaded {
	items: LibraryItem[];
	copies: Map<string, CopyInfo>;
	/** Set when the copies' database cannot be read. */
	copiesProblem: string | null;
}

function storiesLabel(count: number): string {
	return count === 1 ? '1 story' : `${count} stories`;
}

export function LibraryPage({ library, copies, openOnArchive, downloadEpub, now = Date.now }: LibraryPageProps) {
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
	const [message, setMessage] = useState('');
	const [version, setVersion] = useState(0);
	const refresh = (): void => setVersion((n) => n + 1);

	useEffect(() => {
		const stop = new AbortController();
		// A reader tab saves its place every second or so: look again at most every half second.
		let pending: ReturnType<typeof setTimeout> | null = null;
		library.watch(() => {
			pending ??= setTimeout(() => {
				pending = null;
				refresh();
			}, 500);
		}, stop.signal);
		stop.signal.addEventListener('abort', () => {
			if (pending) clearTimeout(pending);
		});
		// Copies change in the background (IndexedDB has no change events): look again when the page is shown.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') refresh();
		}, { signal: stop.signal });
		return () => stop.abort();
	}, [library]);

	useEffect(() => {
		let live = true;
		void Promise.all([
			library.list(),
			copies.list().then((list) => ({ list, problem: null }), () => ({ list: [] as CopyInfo[], problem: COPY_MESSAGES.unavailable })),
		]).then(([items, saved]) => {
			if (live) setLoaded({ items, copies: new Map(saved.list.map((info) => [info.storyKey, info])), copiesProblem: saved.problem });
		});
		return () => {
			live = false;
		};
	}, [library, copies, version]);

	const shown = useMemo(() => (loaded ? queryLibrary(loaded.items, query) : []), [loaded, query]);
	const choices = useMemo(() => facets(loaded?.items ?? []), [loaded]);

	const act = (work: Promise<unknown>, done?: string): void => {
		void work.then(() => {
			if (done) setMessage(done);
			refresh();
		}, (error: unknown) => setMessage(`That did not work: ${error instanceof Error ? error.message : String(error)}`));
	};

	const actions: LibraryItemActions = {
		setStatus: (storyKey: string, status: ReadingStatus) => act(library.setStatus(storyKey, status)),
		openOnArchive: (item) => act(openOnArchive(item.url, item.storyKey)),
		downloadEpub: (storyKey) => void downloadEpub(storyKey).then(setMessage),
		removeCopy: (storyKey) => act(copies.remove(storyKey), 'The saved copy was removed.'),
		remove: (storyKey) => act(Promise.all([library.remove(storyKey), copies.remove(storyKey).catch(() => undefined)]), 'The story was removed from your library.'),
	};

	const copyInfos = loaded ? [...loaded.copies.values()] : [];
	const copyBytes = copyInfos.reduce((sum, info) => sum + info.bytes, 0);

	return (
		<main>
			<header>
				<img src="icons/icon-48.png" alt="" />
				<h1>Your library</h1>
			</header>
			{!loaded ? <p class="quire-muted">Loading your library…</p> : (
				<>
					<div class="library-summary">
						<span>{storiesLabel(loaded.items.length)}</span>
						<span>Saved copies: {formatBytes(copyBytes)} in {storiesLabel(copyInfos.length)}</span>
						{copyInfos.length > 0 && (
							<ConfirmButton label="Remove all copies" question={`Remove all ${copyInfos.length} saved copies?`} confirmLabel="Remove them all"
								onConfirm={() => act(copies.removeAll(), 'All saved copies were removed.')} />
						)}
					</div>
					{loaded.copiesProblem && <p role="alert">{loaded.copiesProblem}</p>}
					{loaded.items.length === 0 ? (
						<p class="quire-muted">Nothing here yet. Every story you open in Quire's reader is listed here, with a copy to read offline.</p>
					) : (
						<>
							<LibraryFilters query={query} sites={choices.sites} ratings={choices.ratings} onChange={(patch) => setQuery((current) => ({ ...current, ...patch }))} />
							<p class="library-count" role="status">
								{shown.length === loaded.items.length ? storiesLabel(shown.length) : `${storiesLabel(shown.length)} of ${loaded.items.length}`}
							</p>
							<ul class="library-list" aria-label="Stories">
								{shown.map((item) => (
									<LibraryItemView key={item.storyKey} item={item} copy={loaded.copies.get(item.storyKey) ?? null} actions={actions} now={now()} />
								))}
							</ul>
						</>
					)}
				</>
			)}
			<p role="status" aria-live="polite">{message}</p>
		</main>
	);
}
