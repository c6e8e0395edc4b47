import { sites } from '../sites/index.js';

/** The human name of a site id from the registry ("Archive of Our Own"); "Web" for pages read generically. */
export function siteName(id: string): string {
	return sites.find((site) => site.id === id)?.name ?? (id === 'generic' ? 'Web' : id);
}
