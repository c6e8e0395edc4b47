import type { SiteAdapter } from '../core/site.js';
import { site as ao3 } from './ao3.js';
import { site as fanficauthors } from './fanficauthors.js';
import { site as ffnet } from './ffnet.js';
import { site as fimfiction } from './fimfiction.js';
import { site as literotica } from './literotica.js';
import { site as mediaminer } from './mediaminer.js';
import { site as quotev } from './quotev.js';
import { site as royalroad } from './royalroad.js';
import { site as scribblehub } from './scribblehub.js';
import { site as wattpad } from './wattpad.js';
import { site as xenforo } from './xenforo.js';

/**
 * Every supported site engine, sorted by id: the light part of each (hosts, URL
 * test, page check), which the content script bundles. Each one's `extract`
 * is registered beside it in src/extract/extractors.ts.
 */
export const sites: readonly SiteAdapter[] = [ao3, fanficauthors, ffnet, fimfiction, literotica, mediaminer, quotev, royalroad, scribblehub, wattpad, xenforo];

/** The match patterns of a list of hosts (`*.domain` included), as the manifest and permission requests use them. */
export function hostPatterns(hosts: readonly string[]): string[] {
	return hosts.flatMap((host) => [`https://${host}/*`, `http://${host}/*`]);
}

/** True when `pattern` (an exact host, or `*.domain` for the domain and its subdomains) covers `host`. */
export function hostMatches(pattern: string, host: string): boolean {
	if (!pattern.startsWith('*.')) return pattern === host;
	const domain = pattern.slice(2);
	return host === domain || host.endsWith(`.${domain}`);
}

let exact: Map<string, SiteAdapter> | null = null;
let wildcard: Map<string, SiteAdapter> | null = null;

/** The site serving this URL's host, or null. Pure string work: safe to run on every page. */
export function findSite(url: URL | string): SiteAdapter | null {
	let host: string;
	try {
		host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
	} catch {
		return null;
	}
	if (!exact || !wildcard) {
		exact = new Map();
		wildcard = new Map();
		for (const site of sites) {
			for (const h of site.hosts) (h.startsWith('*.') ? wildcard : exact).set(h.replace(/^\*\./, ''), site);
		}
	}
	const direct = exact.get(host);
	if (direct) return direct;
	// Walk up the labels: a.b.dreamwidth.org → b.dreamwidth.org → dreamwidth.org.
	for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
		const site = wildcard.get(domain);
		if (site) return site;
	}
	return null;
}
