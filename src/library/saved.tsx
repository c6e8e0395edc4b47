/**
 * saved.html?key=<storyKey>: a saved copy in Quire's own reader, on an
 * extension page, so it opens with the network off. The same Preact reader
 * as on the archive (typography, folding, keys), and the same saved place,
 * which it keeps updating.
 */
import { render } from 'preact';
import { mountReader, type ReaderController } from '../reader/mount.js';
import { browserLibrary } from '../storage/library.js';
import { browserPositionStore } from '../storage/positions.js';
import { browserPreferences } from '../storage/preferences.js';
import { browserCopyStore } from '../storage/saved-copies.js';
import { pageCss } from '../ui/page.css.js';
import { siteName } from '../ui/site-name.js';
import { readableStory } from './readable-copy.js';
import { createSavedCopyHost } from './saved-host.js';

const savedCss = `
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
.actions { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; margin-top: 1.5rem; }
`;

type PageState =
	| { kind: 'loading' }
	| { kind: 'problem'; message: string }
	| { kind: 'ready'; title: string; details: string; open(): void };

function SavedPage({ state }: { state: PageState }) {
	return (
		<main>
			{state.kind === 'loading' && <p class="quire-muted">Opening the saved copy…</p>}
			{state.kind === 'problem' && (
				<>
					<h1>Saved copy</h1>
					<p role="alert">{state.message}</p>
				</>
			)}
			{state.kind === 'ready' && (
				<>
					<h1>{state.title}</h1>
					<p class="quire-muted">{state.details}</p>
				</>
			)}
			<p class="actions">
				{state.kind === 'ready' && <button type="button" class="quire-primary" onClick={state.open}>Read the saved copy</button>}
				<a href="library.html">Back to your library</a>
			</p>
		</main>
	);
}

const app = document.getElementById('app')!;
const show = (state: PageState): void => render(<SavedPage state={state} />, app);

async function start(): Promise<void> {
	show({ kind: 'loading' });
	const storyKey = new URLSearchParams(location.search).get('key');
	if (!storyKey) {
		show({ kind: 'problem', message: 'No story was named. Open saved copies from your library.' });
		return;
	}
	const result = await browserCopyStore().read(storyKey);
	if (!result.ok) {
		show({ kind: 'problem', message: result.message });
		return;
	}
	const story = readableStory(result.copy);
	const title = story.title ?? 'Untitled story';
	document.title = `${title} — saved copy — Quire`;

	const preferences = browserPreferences();
	const positions = browserPositionStore();
	const lifetime = new AbortController();
	addEventListener('pagehide', (event) => {
		if (!event.persisted) lifetime.abort();
	});
	const host = createSavedCopyHost({
		story,
		siteName: siteName(story.site),
		prefs: await preferences.get(),
		preferences,
		positions,
		library: browserLibrary(),
		signal: lifetime.signal,
	});
	const chapters = result.copy.chapters.length;
	const savedOn = new Date(result.copy.savedAt).toLocaleDateString();
	let controller: ReaderController | null = null;
	show({
		kind: 'ready',
		title,
		details: `A copy saved in this browser: ${chapters === 1 ? '1 chapter' : `${chapters} chapters`}, last saved on ${savedOn}.`,
		open: () => controller?.open(),
	});
	controller = mountReader(story, host, { openNow: true });
	lifetime.signal.addEventListener('abort', () => {
		controller?.destroy();
		positions.dispose();
		preferences.dispose();
	}, { once: true });
}

const style = document.createElement('style');
style.textContent = pageCss + savedCss;
document.head.append(style);
void start();
