import type { PageKind } from './types.js';

/**
 * What every site adapter provides. Adapters *select*: they read the live page
 * without changing it and hand elements to the core, which cleans them once.
 *
 * The content script imports the registry for `hosts` and `matchUrl` only, so a
 * site file must stay light: it may import from `src/core/` helpers that do not
 * pull in DOMPurify, Readability or Preact.
 */
export interface SiteAdapter {
	/** Equals the file name in `src/sites/`; used as storage and option key suffix. */
	readonly id: string;
	/** Human name, shown in options ("Archive of Our Own"). */
	readonly name: string;
	/**
	 * Host names the site is served from: exact names (list `www.` variants
	 * explicitly), or `*.example.org` for the domain and every subdomain of it
	 * (journals: `name.dreamwidth.org`). The manifest's content-script matches and
	 * host permissions are generated from these.
	 */
	readonly hosts: readonly string[];
	/**
	 * The long tail: its hosts are not asked for at install. They are optional
	 * host permissions the reader grants from the options page or the popup; the
	 * content script is then registered for them at run time. Without a grant the
	 * site still works on demand through `activeTab`.
	 */
	readonly optional?: boolean;
	/** Example URLs, proving `matchUrl` claims them (or not) in the registry test. */
	readonly examples: {
		readonly story: readonly string[];
		readonly notStory: readonly string[];
	};
	/**
	 * The cheap first test, run by the content script on every page of the site:
	 * pure string work on the URL, no DOM. True when the URL may hold a story,
	 * a chapter index or a gate in front of one.
	 */
	matchUrl(url: URL): boolean;
	/**
	 * The light second test: a few `querySelector` calls, no extraction. Tells
	 * whether it is worth loading the reader on this page.
	 */
	detect(doc: Document, url: URL): PageKind;
	/**
	 * For pages no host claims (files opened from disk, unknown mirrors, hosts
	 * running the same software): a cheap check that the document is in this
	 * site's own format, e.g. an AO3 download or an eFiction page.
	 */
	claimsDocument?(doc: Document, url: URL): boolean;
}
