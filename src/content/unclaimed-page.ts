/**
 * Pages no archive host claims, where the content script runs only because the
 * reader put it there: local files (AO3 downloads and plain-text stories opened
 * from disk) and sites the reader chose with "Always open Quire on this site".
 * A cheap check on the page's shape; the reader decides for real.
 */
import { sites } from '../sites/index.js';

const READABLE_EXTENSIONS = /\.(html?|xhtml|txt)$/i;
/** Less text than this is a menu, a listing or a form, not a story. */
const STORY_TEXT_CHARACTERS = 2000;

/** A page of some engine's own format (an AO3 download, an eFiction archive), or one with enough text to be a story. */
export function mayHoldStory(url: URL, doc: Document): boolean {
	if (doc.contentType === 'text/plain') return true;
	if (sites.some((site) => site.claimsDocument?.(doc, url) ?? false)) return true;
	return (doc.body?.textContent?.length ?? 0) > STORY_TEXT_CHARACTERS;
}

export function isLocalStoryCandidate(url: URL, doc: Document): boolean {
	return READABLE_EXTENSIONS.test(url.pathname) && mayHoldStory(url, doc);
}
