import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findByLine, hasStoryKeyLine, mayHoldStoryHeader } from '../../src/core/header-block.js';
import { removeHiddenFromCopy } from '../../src/core/hidden.js';
import { paragraphElements } from '../../src/core/paragraphs.js';
import { rawLines } from '../../src/core/raw-lines.js';
import { safeDocumentCopy } from '../../src/core/safe-dom.js';
import { sanitizeHtml } from '../../src/core/sanitize.js';
import { paragraphText } from '../../src/core/text.js';
import { corpusAvailable, corpusDir, documentFrom, fixturesDir } from './helpers.js';

const URL_ = 'http://www.example.net/~wren/story.html';

function linesOf(html: string): string[] {
	return rawLines(documentFrom(html, URL_).body);
}

describe('the raw lines of a page, before it is cleaned', () => {
	test('a new line at each block, each <br> and each line of preformatted text; inline markup stays on its line', () => {
		const lines = linesOf('<div><b>Title</b>: Lights <i>Out</i><br>Author : Wren<div>inner</div>after the inner block</div><center>By Wren</center><pre>one\ntwo</pre><p>a   long\n  paragraph</p>');
		expect(lines).toEqual(['Title: Lights Out', 'Author : Wren', 'inner', 'after the inner block', 'By Wren', 'one', 'two', 'a long paragraph']);
	});

	test('a story key or a byline anywhere on a line is enough; an article without either is not', () => {
		expect(mayHoldStoryHeader(linesOf('<div id="nav"><a>Home</a></div><div class="ct2"><b>Rating</b> : PG<br><center>Tod</center></div>'))).toBe(true);
		expect(mayHoldStoryHeader(linesOf('<p>Some text.</p><center>by Pip Marlowe</center>'))).toBe(true);
		expect(mayHoldStoryHeader(linesOf('<h1>Council votes on bridge</h1><p>Time: 10:30. The council met on Tuesday.</p>'))).toBe(false);
	});

	test('hostile nesting costs a bounded climb per text and still yields its lines', () => {
		const deep = `${'<span>'.repeat(5000)}Rating: G${'</span>'.repeat(5000)}`;
		expect(linesOf(`<div>${deep}</div>`)).toEqual(['Rating: G']);
	});

	// What makes the cheap test safe: a page whose cleaned lines hold a story key or a byline has one among its raw lines.
	const corpusPages = corpusAvailable() ? htmlFilesUnder(corpusDir) : [];
	test.each([...readdirSync(fixturesDir).filter((name) => name.endsWith('.html')).map((name) => join(fixturesDir, name)), ...corpusPages])('%s: raw lines find what its cleaned lines hold', (path) => {
		const doc = documentFrom(readFileSync(path, 'utf8'), URL_);
		const copy = safeDocumentCopy(doc);
		if (!copy.body) return;
		removeHiddenFromCopy(copy);
		const raw = rawLines(copy.body);
		const cleaned = paragraphElements(sanitizeHtml(copy.body.innerHTML, doc, URL_)).flatMap((el) => paragraphText(el).split('\n'));
		const cleanedHolds = hasStoryKeyLine(cleaned) || findByLine(cleaned, cleaned.length) !== null;
		expect({ cleanedHolds, rawMayHold: mayHoldStoryHeader(raw) }).not.toEqual({ cleanedHolds: true, rawMayHold: false });
	});
});

function htmlFilesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(dir, name));
}
