/**
 * Local files: AO3's downloaded HTML and plain-text stories opened from disk.
 * A cheap check on the path and the page's shape; the reader decides for real.
 */
import { sites } from '../sites/index.js';

const READABLE_EXTENSIONS = /\.(html?|xhtml|txt)$/i;

export function isLocalStoryCandidate(url: URL, doc: Document): boolean {
	if (!READABLE_EXTENSIONS.test(url.pathname)) return false;
	if (doc.contentType === 'text/plain') return true;
	// A site's own file format (an AO3 download), recognised by that site's adapter.
	if (sites.some((site) => site.claimsDocument?.(doc, url) ?? false)) return true;
	return (doc.body?.textContent?.length ?? 0) > 2000;
}
