/**
 * reader.js: injected by the background only where a story may be (a
 * recognised archive page, or any page the reader asked for through the
 * toolbar, shortcut or menu). Mounts the launcher, reads the story when the
 * reader first opens, and answers the background's "open" requests.
 */
import { extractStory } from '../extract/extract.js';
import { notStory } from '../core/finish.js';
import type { PageKind, Story } from '../core/types.js';
import { isMessage, PROBLEM_TEXT, type Response } from '../messages.js';
import { mountReader, type ReaderController } from '../reader/mount.js';
import { findSite } from '../sites/index.js';
import { browserLibrary } from '../storage/library.js';
import { browserPreferences } from '../storage/preferences.js';
import { browserPositionStore } from '../storage/positions.js';
import { detectedKind } from './detected-kind.js';
import { showPageNotice } from './notice.js';
import { createReaderHost } from './reader-host.js';

const LOADED = Symbol.for('quire.reader');

interface Mounted {
	/** The story, read on first use; null when the page could not be read at all. */
	read(): Story | null;
	controller: ReaderController | null;
}

function readPage(): Story | null {
	try {
		return extractStory(document, location.href);
	} catch (error) {
		console.warn(`[quire] could not read ${location.href}:`, error);
		return null;
	}
}

async function prepare(signal: AbortSignal): Promise<Mounted> {
	const url = new URL(location.href);
	const site = findSite(url);
	let cached: Story | null | undefined;
	const read = (): Story | null => (cached === undefined ? (cached = readPage()) : cached);
	// A known archive says cheaply what the page is; the story itself is read when the reader opens.
	// Any other page (a local file, a page the reader asked for) has to be read to know.
	const kind: PageKind = site?.matchUrl(url)
		? (detectedKind(url.href) ?? site.detect(document, url))
		: (read()?.kind ?? 'not-story');
	if (kind === 'not-story') return { read, controller: null };

	const preferences = browserPreferences();
	const positions = browserPositionStore();
	positions.followSync(signal);
	const prefs = await preferences.get();
	const siteId = site?.id ?? 'generic';
	const story = (): Story => read() ?? notStory(siteId, location.href);
	const host = createReaderHost({
		story,
		siteName: site?.name ?? (location.hostname || 'this page'),
		prefs,
		preferences,
		positions,
		library: browserLibrary(),
		signal,
	});
	const openNow = kind === 'story' && prefs.autoOpen[siteId] === true;
	const controller = mountReader({ kind, read: story }, host, { openNow });
	signal.addEventListener('abort', () => {
		controller.destroy();
		positions.dispose();
		preferences.dispose();
	}, { once: true });
	return { read, controller };
}

async function answerOpen(mounted: Mounted, toggle: boolean, onlyFor: string | null): Promise<Response<'quire:open'>> {
	const { controller } = mounted;
	if (!controller) {
		const read = mounted.read();
		const problem = read?.problem ?? null;
		showPageNotice(document, problem
			? PROBLEM_TEXT[problem]
			: read
				? 'Quire found no story on this page.'
				: 'Quire could not read this page. The page itself is unchanged.');
		return { status: 'no-story', title: null, problem };
	}
	const story = mounted.read();
	// Asked to reopen a particular story (next chapter, the shelf) but the tab ended up elsewhere: stay closed.
	if (onlyFor && story?.storyKey !== onlyFor) return { status: 'closed', title: null };
	if (toggle && controller.isOpen()) {
		controller.close();
		return { status: 'closed', title: story?.title ?? null };
	}
	controller.open();
	return { status: 'opened', title: story?.title ?? null };
}

const scope = globalThis as { [LOADED]?: true };
if (!scope[LOADED]) {
	scope[LOADED] = true;
	const lifetime = new AbortController();
	addEventListener('pagehide', (event) => {
		// A page kept in the back/forward cache comes back with its reader intact.
		if (!event.persisted) lifetime.abort();
	});
	const mounted = prepare(lifetime.signal);
	chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
		if (!isMessage(message, 'quire:open')) return false;
		const onlyFor = typeof message.storyKey === 'string' ? message.storyKey : null;
		void mounted.then((ready) => answerOpen(ready, message.toggle, onlyFor)).then(sendResponse);
		return true;
	});
}
