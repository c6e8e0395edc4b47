import type { StorySite } from '../core/story-site.js';
import ao3 from './ao3.js';
import ffnet from './ffnet.js';
import mediaminer from './mediaminer.js';
import royalroad from './royalroad.js';
import wattpad from './wattpad.js';

/** Every supported site, sorted by id. Adding a site: one file here and one line in this list. */
export const sites: readonly StorySite[] = [ao3, ffnet, mediaminer, royalroad, wattpad];

let byHost: Map<string, StorySite> | null = null;

/** The site serving this URL's host, or null. Pure string work: safe to run on every page. */
export function findSite(url: URL | string): StorySite | null {
	let host: string;
	try {
		host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
	} catch {
		return null;
	}
	if (!byHost) {
		byHost = new Map();
		for (const site of sites) for (const h of site.hosts) byHost.set(h, site);
	}
	return byHost.get(host) ?? null;
}
