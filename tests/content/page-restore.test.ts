import { describe, expect, it } from 'vitest';
import { findTextInPage } from '../../src/content/page-restore.js';

function page(html: string): Document {
	return new DOMParser().parseFromString(html, 'text/html');
}

describe('finding the reader’s paragraph in the page', () => {
	it('finds text split across inline elements and odd spacing', () => {
		const doc = page('<body><p>First paragraph.</p><p>The  lantern <em>swung</em>\n in the   wind, and Mara laughed.</p></body>');
		const found = findTextInPage(doc, 'The lantern swung in the wind, and Mara laughed.');
		expect(found?.node.data).toBe('The  lantern ');
		expect(found?.offset).toBe(0);
	});

	it('finds text in the middle of a plain-text page', () => {
		const doc = page('<body><pre>Title: Snow\n\nOne line.\n\nThe second   paragraph starts here.\n</pre></body>');
		const found = findTextInPage(doc, 'The second paragraph starts here.');
		expect(found?.node.data.slice(found.offset, found.offset + 10)).toBe('The second');
	});

	it('ignores scripts, styles and the reader itself, and reports a miss', () => {
		const doc = page('<body><script>var s = "Hidden words here";</script><quire-reader>Hidden words here</quire-reader><p>Other</p></body>');
		expect(findTextInPage(doc, 'Hidden words here')).toBeNull();
		expect(findTextInPage(doc, '')).toBeNull();
	});
});
