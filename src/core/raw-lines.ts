/**
 * The lines of a page's text before it is cleaned, for cheap tests of what it
 * may hold: a new line wherever the text moves to another block (a paragraph,
 * a `div`, a table cell, a centred line), at every `<br>`, and at the line
 * breaks of preformatted text. Cleaning only removes text and splits
 * paragraphs, so every line of the cleaned page lies within one of these.
 * Reads only a private copy (generic.ts), with the browser's own tree walker.
 */

/** Elements that flow within a line; any other element starts and ends a block. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR']);

/** Deeper nesting than this counts as its own block, so hostile nesting costs a bounded walk up per text. */
const MAX_CLIMB = 64;

function blockOf(text: Node, root: Node): Node {
	let node = text.parentNode;
	for (let climbed = 0; node && node !== root; climbed++) {
		if (climbed >= MAX_CLIMB || (node.nodeType === 1 && !INLINE.has((node as Element).tagName.toUpperCase()))) return node;
		node = node.parentNode;
	}
	return root;
}

export function rawLines(root: Element): string[] {
	const doc = root.ownerDocument;
	// 1 | 4: elements and text (NodeFilter may be absent where no window is).
	const walker = doc.createTreeWalker(root, 0x1 | 0x4);
	const lines: string[] = [];
	let line = '';
	let lineBlock: Node | null = null;
	const endLine = (): void => {
		const squashed = line.replace(/[\t\n\r \u00a0]+/g, ' ').trim();
		if (squashed !== '') lines.push(squashed);
		line = '';
	};
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node.nodeType === 1) {
			if ((node as Element).tagName.toUpperCase() === 'BR') endLine();
			continue;
		}
		const block = blockOf(node, root);
		if (block !== lineBlock) {
			endLine();
			lineBlock = block;
		}
		const value = node.nodeValue ?? '';
		if (block.nodeType === 1 && (block as Element).tagName.toUpperCase() === 'PRE' && value.includes('\n')) {
			const parts = value.split('\n');
			parts.forEach((part, i) => {
				if (i > 0) endLine();
				line += part;
			});
		} else {
			line += value;
		}
	}
	endLine();
	return lines;
}
