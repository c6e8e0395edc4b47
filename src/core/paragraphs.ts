/**
 * One definition of "a paragraph" for the whole project. Plain-text output,
 * word counts and reading positions all count paragraphs with this function,
 * so a position saved from one view of a chapter finds the same paragraph in
 * another view of the same (sanitised) chapter HTML.
 */

const BLOCK_TAGS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
	'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
	'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
	'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements that are a paragraph even with no text: a scene break or a picture. */
const STANDALONE_TAGS = new Set(['HR', 'IMG', 'FIGURE']);

export function isBlockElement(el: Element): boolean {
	return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function hasBlockChild(el: Element): boolean {
	for (const child of Array.from(el.children)) {
		if (isBlockElement(child)) return true;
	}
	return false;
}

function hasContent(el: Element): boolean {
	if (STANDALONE_TAGS.has(el.tagName.toUpperCase())) return true;
	if ((el.textContent ?? '').trim() !== '') return true;
	return el.querySelector('img') !== null;
}

/**
 * The paragraphs under `root`, in document order: block elements that hold
 * no further block elements (a `<p>`, a list item, a heading, a table cell,
 * an `<hr>` scene break), skipping empty ones. Text that sits directly inside
 * a block next to other blocks is not counted; the sanitiser wraps such runs
 * in `<p>` before this is called.
 */
export function paragraphElements(root: ParentNode): Element[] {
	const out: Element[] = [];
	const walk = (parent: ParentNode): void => {
		for (const child of Array.from(parent.children)) {
			const tag = child.tagName.toUpperCase();
			if (tag === 'TABLE' || tag === 'PRE') {
				if (hasContent(child)) out.push(child);
			} else if (isBlockElement(child) && hasBlockChild(child)) {
				walk(child);
			} else if (isBlockElement(child) || STANDALONE_TAGS.has(tag)) {
				if (hasContent(child)) out.push(child);
			}
		}
	};
	walk(root);
	return out;
}
