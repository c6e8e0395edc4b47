import { findSite, sites } from '../sites/index.js';
import { finishStory, notStory } from '../core/finish.js';
import { extractGeneric } from '../core/generic.js';
import type { StorySite } from '../core/story-site.js';
import type { Story } from '../core/types.js';

/**
 * The top of the extraction flow: which site adapter (by host, then by the
 * document's own format) or the generic path reads this page, and what story
 * does it hold? It sits above both `src/core/` and `src/sites/`, so the core
 * imports nothing above it. Never throws; a page that cannot be read is 'not-story'.
 */
export function extractStory(doc: Document, url: URL | string): Story {
	let page: URL;
	try {
		page = typeof url === 'string' ? new URL(url) : url;
	} catch {
		return notStory('generic', String(url));
	}
	let site: StorySite | null = null;
	try {
		site = findSite(page) ?? sites.find((s) => s.claimsDocument?.(doc, page) ?? false) ?? null;
		if (!site) return extractGeneric(doc, page);
		if (site.detect(doc, page) === 'not-story') return notStory(site.id, page.href);
		return finishStory(site.extract(doc, page), site.id, page.href, doc);
	} catch {
		return notStory(site?.id ?? 'generic', page.href);
	}
}
