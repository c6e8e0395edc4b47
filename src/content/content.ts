/**
 * The content script. It runs on every page of the known archives, so it only
 * tests the URL (and, on a matching URL, makes one cheap DOM check) and asks
 * the background to load the reader when the page looks worth reading.
 * Everything heavy lives in reader.js, injected on demand.
 */
import { findSite } from '../sites/index.js';
import type { Message } from '../messages.js';
import { rememberDetectedKind } from './detected-kind.js';
import { isLocalStoryCandidate, mayHoldStory } from './unclaimed-page.js';

const INJECTED = Symbol.for('quire.content-script');

function pageLooksWorthReading(url: URL): Message<'quire:load-reader'>['reason'] | null {
	if (url.protocol === 'file:') return isLocalStoryCandidate(url, document) ? 'local-file' : null;
	const site = findSite(url);
	// No archive claims the host: the content script runs here only on a site the reader chose.
	if (!site) return mayHoldStory(url, document) ? 'granted-site' : null;
	if (!site.matchUrl(url)) return null;
	const kind = site.detect(document, url);
	rememberDetectedKind(url.href, kind);
	return kind === 'not-story' ? null : 'site';
}

const scope = globalThis as { [INJECTED]?: true };
if (!scope[INJECTED]) {
	scope[INJECTED] = true;
	const reason = pageLooksWorthReading(new URL(location.href));
	if (reason) {
		const message: Message<'quire:load-reader'> = { type: 'quire:load-reader', reason };
		chrome.runtime.sendMessage(message).catch(() => {
			// The extension was reloaded or updated under this page: nothing to do until the next load.
		});
	}
}
