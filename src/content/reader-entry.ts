/**
 * reader.js: injected by the background only where a story may be (a
 * recognised archive page, or any page the reader asked for through the
 * toolbar, shortcut or menu). Extracts the story, mounts the launcher and the
 * overlay, and answers the background's "open" requests.
 */
import { extractStory } from '../core/extract.js';
import type { Story } from '../core/types.js';
import { isMessage, type Response } from '../messages.js';
import { mountReader, type ReaderController } from '../reader/mount.js';
import { sites } from '../sites/index.js';
import { browserPreferences } from '../storage/preferences.js';
import { browserPositionStore } from '../storage/positions.js';
import { showPageNotice } from './notice.js';
import { createReaderHost } from './reader-host.js';

const LOADED = Symbol.for('quire.reader');

interface Mounted {
	story: Story | null;
	controller: ReaderController | null;
}

function siteNameOf(story: Story): string {
	return sites.find((site) => site.id === story.site)?.name ?? (location.hostname || 'this page');
}

async function prepare(signal: AbortSignal): Promise<Mounted | null> {
	let story: Story;
	try {
		story = extractStory(document, location.href);
	} catch (error) {
		console.warn(`[quire] could not read ${location.href}:`, error);
		return { story: null, controller: null };
	}
	if (story.kind === 'not-story') return { story, controller: null };
	const preferences = browserPreferences();
	const positions = browserPositionStore();
	positions.followSync(signal);
	const prefs = await preferences.get();
	const host = createReaderHost({ story, siteName: siteNameOf(story), prefs, preferences, positions, signal });
	const openNow = story.kind === 'story' && prefs.autoOpen[story.site] === true;
	const controller = mountReader(story, host, { openNow });
	signal.addEventListener('abort', () => {
		controller.destroy();
		positions.dispose();
		preferences.dispose();
	}, { once: true });
	return { story, controller };
}

async function answerOpen(mounted: Mounted | null, toggle: boolean, onlyFor: string | null): Promise<Response<'quire:open'>> {
	const { controller, story } = mounted ?? { controller: null, story: null };
	// Asked to reopen a particular story (next chapter, the shelf) but the tab ended up elsewhere: stay closed.
	if (onlyFor && story?.storyKey !== onlyFor) return { status: 'closed', title: null };
	if (!controller || !story) {
		showPageNotice(document, story
			? 'Quire found no story on this page.'
			: 'Quire could not read this page. The page itself is unchanged.');
		return { status: 'no-story', title: null };
	}
	if (toggle && controller.isOpen()) {
		controller.close();
		return { status: 'closed', title: story.title };
	}
	controller.open();
	return { status: 'opened', title: story.title };
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
		void mounted.then((ready) => answerOpen(ready, message.toggle, typeof message.storyKey === 'string' ? message.storyKey : null)).then(sendResponse);
		return true;
	});
}
