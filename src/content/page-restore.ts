/**
 * When the reader closes, the page underneath is scrolled to the paragraph the
 * reader had reached, so closing never loses the place. The page is only
 * scrolled, never changed.
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Long enough to be unique in a chapter, short enough to survive the site's own markup splitting it. */
const NEEDLE_LENGTH = 80;

/** The text node and offset in the live page where `text` begins, searching visible body text. */
export function findTextInPage(doc: Document, text: string): { node: Text; offset: number } | null {
	const needle = normalise(text).slice(0, NEEDLE_LENGTH);
	if (needle.length < 3 || !doc.body) return null;
	const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('script, style, noscript, template, quire-reader') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	// The page's text nodes joined as they are, remembering where each node starts.
	let joined = '';
	const starts: { node: Text; at: number }[] = [];
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		starts.push({ node, at: joined.length });
		joined += node.data;
	}
	const index = joined.search(spacedPattern(needle));
	if (index < 0) return null;
	let hit = starts[0];
	for (const start of starts) {
		if (start.at > index) break;
		hit = start;
	}
	return hit ? { node: hit.node, offset: Math.min(index - hit.at, hit.node.data.length) } : null;
}

/** The needle as a pattern in which each space matches any run of white space in the page. */
function spacedPattern(needle: string): RegExp {
	return new RegExp(needle.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
}

/** Scrolls the window so the text is at the top; false when it cannot be found. */
export function scrollPageToText(doc: Document, text: string): boolean {
	const found = findTextInPage(doc, text);
	if (!found) return false;
	const range = doc.createRange();
	range.setStart(found.node, found.offset);
	range.setEnd(found.node, Math.min(found.offset + 1, found.node.data.length));
	const rect = range.getBoundingClientRect();
	const view = doc.defaultView;
	if (!view) return false;
	view.scrollTo({ top: Math.max(0, view.scrollY + rect.top - 16), behavior: 'instant' as ScrollBehavior });
	return true;
}
