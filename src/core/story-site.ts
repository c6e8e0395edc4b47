import type { RawStory } from './raw.js';

/**
 * A site's extraction: select the story's parts from the page. Called only when
 * the site's `detect` did not say 'not-story'. It lives beside the site's light
 * `SiteAdapter` in the same file but is exported on its own, so the content
 * script (which bundles every adapter) never carries it.
 */
export type ExtractRaw = (doc: Document, url: URL) => RawStory;
