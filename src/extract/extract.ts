import { findSite, sites } from '../sites/index.js';
import { finishStory, notStory } from '../core/finish.js';
import { extractGeneric } from '../core/generic.js';
import type { SiteAdapter } from '../core/site.js';
import type { Story } from '../core/types.js';
import { extractors } from './extractors.js';

/**
 * The top of the extraction flow: which site adapter (by host, then by the
 * document's own format) or the generic path reads this page, and what story
 * does it hold? It sits above both `src/core/` and `src/sites/`, so the core
 * imports nothing above it. Never throws; a page that cannot be read is 'not-story',
 * with the problem 'too-strange' when reading it failed.
 */
export function extractStory(doc: Document, url: URL | string): Story {
	let page: URL;
	try {
		page = typeof url === 'string' ? new URL(url) : url;
	} catch {
		return notStory('generic', String(url));
	}
	let site: SiteAdapter | null = null;
	try {
		site = siteFor(doc, page);
	} catch {
		// The page trips the sites' own checks (a clobbered `document.querySelector`…): the generic path reads a safe copy.
		site = null;
	}
	try {
		const extract = site ? extractors[site.id] : undefined;
		if (!site || !extract) return extractGeneric(doc, page);
		if (site.detect(doc, page) === 'not-story') return notStory(site.id, page.href);
		return finishStory(extract(doc, page), site.id, page.href, doc);
	} catch {
		return notStory(site?.id ?? 'generic', page.href, 'too-strange');
	}
}

/** The site whose host this is, or whose own format the document is in (downloads, engines on unknown hosts). */
export function siteFor(doc: Document, page: URL): SiteAdapter | null {
	return findSite(page) ?? sites.find((s) => s.claimsDocument?.(doc, page) ?? false) ?? null;
}
