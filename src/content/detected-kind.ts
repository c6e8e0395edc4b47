/**
 * content.js and reader.js run in the same isolated world of the page; what
 * the content script's page check found is left here so reader.js need not
 * look again. Pages cannot see or set it.
 */
import type { PageKind } from '../core/types.js';

const DETECTED = Symbol.for('quire.detected-kind');
type Scope = { [DETECTED]?: { url: string; kind: PageKind } };

export function rememberDetectedKind(url: string, kind: PageKind): void {
	(globalThis as Scope)[DETECTED] = { url, kind };
}

/** The kind the content script found for this very URL, if it looked. */
export function detectedKind(url: string): PageKind | null {
	const found = (globalThis as Scope)[DETECTED];
	return found?.url === url ? found.kind : null;
}
