import { findSite, sites } from '../sites/index.js';
import { finishStory, notStory } from './finish.js';
import { extractGeneric } from './generic.js';
import type { StorySite } from './story-site.js';
import type { Story } from './types.js';

/**
 * The entry point of the core: what is this page, and what story does it
 * hold? Never throws; a page that cannot be read is 'not-story'.
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
