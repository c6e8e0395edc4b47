import { describe, expect, it, vi } from 'vitest';
import { fetchHiddenTags, parseHiddenTags } from '../../src/content/hidden-tags.js';

// The shape AO3's tags/show_hidden.js.erb answers with (written for this test).
const aoResponse = String.raw`$j("#work_123_category_warnings").replaceWith("<li class=\"warnings\"><strong><a class=\"tag\" href=\"/tags/Major%20Character%20Death/works\">Major Character Death<\/a><\/strong><\/li> <li class=\"warnings\"><strong><a class=\"tag\" href=\"/tags/x/works\">Graphic Depictions Of Violence<\/a><\/strong><\/li>");`;

describe('hidden AO3 tags', () => {
	it('reads tag names out of the show_hidden script without running it', () => {
		expect(parseHiddenTags(aoResponse)).toEqual(['Major Character Death', 'Graphic Depictions Of Violence']);
	});

	it('decodes unicode escapes in tag names', () => {
		const script = String.raw`$j("#x").replaceWith("<li><a class=\"tag\">Caf\u00e9 AU<\/a><\/li>");`;
		expect(parseHiddenTags(script)).toEqual(['Café AU']);
	});

	it('never lets markup in the response run', () => {
		const hostile = String.raw`$j("#x").replaceWith("<img src=x onerror=\"window.pwned=1\"><a class=\"tag\">Fluff<\/a><script>window.pwned=2<\/script>");`;
		expect(parseHiddenTags(hostile)).toEqual(['Fluff']);
		expect((window as { pwned?: number }).pwned).toBeUndefined();
	});

	it('fetches with the reader’s cookies as an XHR and fails clearly on errors', async () => {
		const ok = vi.fn(async () => new Response(aoResponse, { status: 200 }));
		await expect(fetchHiddenTags('https://archiveofourown.org/tags/show_hidden?x', ok as unknown as typeof fetch)).resolves.toHaveLength(2);
		const init = (ok.mock.calls[0] as unknown as [string, RequestInit])[1];
		expect(init.credentials).toBe('include');
		expect((init.headers as Record<string, string>)['X-Requested-With']).toBe('XMLHttpRequest');
		const denied = vi.fn(async () => new Response('no', { status: 403 }));
		await expect(fetchHiddenTags('https://archiveofourown.org/x', denied as unknown as typeof fetch)).rejects.toThrow('403');
		const empty = vi.fn(async () => new Response('<p>nothing</p>', { status: 200 }));
		await expect(fetchHiddenTags('https://archiveofourown.org/x', empty as unknown as typeof fetch)).rejects.toThrow('no tags');
	});
});
