/**
 * AO3's "Show warnings" / "Show additional tags" links, for readers whose AO3
 * preferences hide them. AO3 answers the link's request with a short script
 * that swaps the list in; we never run it: we take the HTML string out of it,
 * parse that inertly, and keep only the tag names.
 */

/** The first double-quoted JavaScript string argument of `.replaceWith("…")`, unescaped. */
function replacementHtml(script: string): string | null {
	const match = /\.replaceWith\(\s*"((?:[^"\\]|\\.)*)"\s*\)/s.exec(script);
	if (!match?.[1]) return null;
	return match[1].replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gs, (_, escape: string) => {
		if (escape[0] === 'u' || escape[0] === 'x') return String.fromCharCode(parseInt(escape.slice(1), 16));
		return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[escape] ?? escape;
	});
}

/** Tag names from AO3's show_hidden response, or from plain HTML holding `a.tag` links. */
export function parseHiddenTags(responseText: string, parser: DOMParser = new DOMParser()): string[] {
	const html = replacementHtml(responseText) ?? responseText;
	// DOMParser documents are inert: no scripts run, no images load.
	const doc = parser.parseFromString(`<ul>${html}</ul>`, 'text/html');
	return Array.from(doc.querySelectorAll('a.tag'), (link) => (link.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Fetches hidden tags from the site, as its own page would (same origin, with the reader's cookies). */
export async function fetchHiddenTags(url: string, fetchImpl: typeof fetch = fetch): Promise<string[]> {
	const response = await fetchImpl(url, {
		credentials: 'include',
		headers: { Accept: 'text/javascript, application/javascript', 'X-Requested-With': 'XMLHttpRequest' },
	});
	if (!response.ok) throw new Error(`The archive answered ${response.status}.`);
	const tags = parseHiddenTags(await response.text());
	if (tags.length === 0) throw new Error('The archive sent no tags.');
	return tags;
}
