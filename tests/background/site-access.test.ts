// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { grantedOrigins } = await import('../../src/background/site-access.js');
const { targetForPage } = await import('../../src/ui/site-access.js');

describe('sites the reader switched on', () => {
	const covered = new Set(['https://archiveofourown.org/*', 'file:///*', '*://*/*', '<all_urls>']);

	test('only single web origins the static content script does not cover, once each, sorted', () => {
		expect(grantedOrigins([
			'https://archiveofourown.org/*', 'file:///*', '*://*/*', '<all_urls>',
			'https://www.mediaminer.org/*', '*://www.example-fanfic-archive.net/*', 'https://www.mediaminer.org/*',
			'https://*.dreamwidth.org/*', 'chrome://settings/*', 'https://example.org/path/*',
		], covered)).toEqual(['*://www.example-fanfic-archive.net/*', 'https://*.dreamwidth.org/*', 'https://www.mediaminer.org/*']);
	});

	test('what the popup offers: nothing on the big archives or browser pages, the archive on a long-tail one, the host elsewhere', () => {
		expect(targetForPage('https://archiveofourown.org/works/1')).toMatchObject({ label: 'Archive of Our Own', always: true });
		expect(targetForPage('https://www.mediaminer.org/fanfic/s/x/y/1')).toEqual({ label: 'MediaMiner', always: false, origins: ['https://mediaminer.org/*', 'http://mediaminer.org/*', 'https://www.mediaminer.org/*', 'http://www.mediaminer.org/*'] });
		expect(targetForPage('http://www.example-fanfic-archive.net/stories/a.html')).toEqual({ label: 'www.example-fanfic-archive.net', always: false, origins: ['*://www.example-fanfic-archive.net/*'] });
		expect(targetForPage('chrome://extensions/')).toBeNull();
		expect(targetForPage('file:///home/me/story.html')).toBeNull();
		expect(targetForPage(undefined)).toBeNull();
	});
});
