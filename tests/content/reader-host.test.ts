import { describe, expect, it } from 'vitest';
import { sameOriginUrl } from '../../src/content/reader-host.js';

describe('where the reader may go or fetch from', () => {
	const page = 'https://archiveofourown.org/works/1/chapters/2';
	it('allows the page’s own origin, relative or absolute', () => {
		expect(sameOriginUrl('/works/1/chapters/3', page)).toBe('https://archiveofourown.org/works/1/chapters/3');
		expect(sameOriginUrl('https://archiveofourown.org/tags/show_hidden?x=1', page)).toBe('https://archiveofourown.org/tags/show_hidden?x=1');
	});

	it('refuses other origins, other schemes, other ports and nothing', () => {
		for (const bad of ['http://archiveofourown.org/works/1', 'https://archiveofourown.org:8443/x', 'https://evil.example/works/1', 'javascript:alert(1)', 'data:text/html,hi', null]) {
			expect(sameOriginUrl(bad, page)).toBeNull();
		}
	});
});
