/**
 * The reader's say over where Quire opens by itself: the long-tail archives
 * (optional sites in the registry) and any other site, one origin at a time.
 * Granting is the browser's own permission prompt; the background registers
 * the content script for whatever is granted (src/background/site-access.ts).
 *
 * `permissions.request` must run straight inside the click that asked for it
 * (Firefox drops the user gesture after an await), so `allow` is called first
 * thing in a handler.
 */
import browser from 'webextension-polyfill';
import type { SiteAdapter } from '../core/site.js';
import { findSite, hostMatches, hostPatterns, sites } from '../sites/index.js';

/** What a page's site is to Quire, and what granting it would ask for. */
export interface SiteAccessTarget {
	/** Shown to the reader: the archive's name, or the page's host. */
	label: string;
	/** Match patterns to request or remove. */
	origins: string[];
	/** True for the big archives Quire opens on from install: nothing to ask for. */
	always: boolean;
}

export function targetForSite(site: SiteAdapter): SiteAccessTarget {
	return { label: site.name, origins: hostPatterns(site.hosts), always: !site.optional };
}

/** The target for a page the reader is on; null for pages no extension may read (browser pages, files). */
export function targetForPage(pageUrl: string | undefined): SiteAccessTarget | null {
	let url: URL;
	try {
		url = new URL(pageUrl ?? '');
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	const site = findSite(url);
	if (site) return targetForSite(site);
	return { label: url.hostname, origins: [`*://${url.hostname}/*`], always: false };
}

export async function isAllowed(target: SiteAccessTarget): Promise<boolean> {
	return target.always || browser.permissions.contains({ origins: target.origins });
}

/** Asks the browser (its own prompt); true when the reader said yes. */
export function allow(target: SiteAccessTarget): Promise<boolean> {
	return browser.permissions.request({ origins: target.origins });
}

export async function disallow(target: SiteAccessTarget): Promise<void> {
	await browser.permissions.remove({ origins: target.origins });
}

/** Sites the reader granted that are not archives Quire knows: their hosts, sorted. */
export async function otherAllowedHosts(): Promise<string[]> {
	const { origins = [] } = await browser.permissions.getAll();
	const hosts = origins
		.map((origin) => /^(?:https?|\*):\/\/([^/*]+)\/\*$/.exec(origin)?.[1])
		.filter((host): host is string => Boolean(host) && !sites.some((site) => site.hosts.some((pattern) => hostMatches(pattern, host!))));
	return [...new Set(hosts)].sort();
}

/** Calls `onChange` whenever any permission is granted or removed, here or in the browser's settings. */
export function onAccessChange(onChange: () => void): () => void {
	browser.permissions.onAdded.addListener(onChange);
	browser.permissions.onRemoved.addListener(onChange);
	return () => {
		browser.permissions.onAdded.removeListener(onChange);
		browser.permissions.onRemoved.removeListener(onChange);
	};
}
