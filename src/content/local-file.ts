/**
 * Local files: AO3's downloaded HTML and plain-text stories opened from disk.
 * A cheap check on the path and the page's shape; the reader decides for real.
 */
const READABLE_EXTENSIONS = /\.(html?|xhtml|txt)$/i;

export function isLocalStoryCandidate(url: URL, doc: Document): boolean {
	if (!READABLE_EXTENSIONS.test(url.pathname)) return false;
	if (doc.contentType === 'text/plain') return true;
	// AO3's download format: a preface and a chapters block.
	if (doc.getElementById('preface') && doc.getElementById('chapters')) return true;
	return (doc.body?.textContent?.length ?? 0) > 2000;
}
