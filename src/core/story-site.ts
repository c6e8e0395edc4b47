import type { RawStory } from './raw.js';
import type { SiteAdapter } from './site.js';

/** A site adapter that can also read a story off its pages. */
export interface StorySite extends SiteAdapter {
	/** Select the story's parts from the page; called only when `detect` did not say 'not-story'. */
	extract(doc: Document, url: URL): RawStory;
	/**
	 * For pages no host claims (files opened from disk, unknown mirrors): a cheap
	 * check that the document is in this site's own format, e.g. an AO3 download.
	 */
	claimsDocument?(doc: Document, url: URL): boolean;
}
