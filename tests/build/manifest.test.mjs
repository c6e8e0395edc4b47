// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BuildError, checkSourceManifest, hostPatternsFor, manifestFor, matchPatternsFor } from '../../build.mjs';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const sites = [
	{ id: 'alpha', hosts: ['alpha.example', 'www.alpha.example'] },
	{ id: 'beta', hosts: ['beta.example'] },
];

describe('manifest generation from the site registry', () => {
	it('turns every host into http and https patterns, sorted', () => {
		expect(matchPatternsFor(sites)).toEqual([
			'https://alpha.example/*', 'http://alpha.example/*',
			'https://beta.example/*', 'http://beta.example/*',
			'https://www.alpha.example/*', 'http://www.alpha.example/*',
		]);
	});

	it('refuses a host claimed by two sites, naming both', () => {
		expect(() => matchPatternsFor([...sites, { id: 'gamma', hosts: ['beta.example'] }])).toThrow(/"beta\.example" is declared by both "beta" and "gamma"/);
	});

	it('refuses hosts that are not plain host names', () => {
		for (const bad of ['https://x.example', '*x.example', '*.*.x.example', 'x.*.example', 'x.example/path', 'X.Example', 'localhost', '*.example']) {
			expect(() => matchPatternsFor([{ id: 'bad', hosts: [bad] }])).toThrow(BuildError);
		}
		expect(() => matchPatternsFor([{ id: 'empty', hosts: [] }])).toThrow(/declares no hosts/);
	});

	it('accepts *.domain for a domain and its subdomains', () => {
		expect(matchPatternsFor([{ id: 'journal', hosts: ['*.journal.example'] }])).toEqual(['https://*.journal.example/*', 'http://*.journal.example/*']);
	});

	it('puts optional sites in optional_host_permissions, not in host_permissions or the static content script', () => {
		const withTail = [...sites, { id: 'tail', optional: true, hosts: ['tail.example'] }];
		const patterns = hostPatternsFor(withTail);
		expect(patterns.optional).toEqual(['https://tail.example/*', 'http://tail.example/*']);
		const chrome = manifestFor('chrome', source, patterns, { test: false });
		expect(chrome.optional_host_permissions).toEqual([...patterns.optional, '*://*/*']);
		expect(chrome.host_permissions).not.toContain('https://tail.example/*');
		expect(chrome.content_scripts[0].matches).not.toContain('https://tail.example/*');
	});

	it('fails with a readable message when manifest.json lists a host no site declares', () => {
		const patterns = matchPatternsFor(sites);
		const typed = { ...source, host_permissions: ['https://elsewhere.example/*'] };
		expect(() => checkSourceManifest(typed, patterns)).toThrow(/manifest\.json lists "https:\/\/elsewhere\.example\/\*", which no site in src\/sites\/ declares/);
		expect(() => checkSourceManifest({ ...source, host_permissions: ['<all_urls>'] }, patterns)).toThrow(BuildError);
		expect(() => checkSourceManifest(source, patterns)).not.toThrow();
	});

	it('derives a Chrome manifest without Gecko settings and a Firefox one with them', () => {
		const patterns = matchPatternsFor(sites);
		const chrome = manifestFor('chrome', source, hostPatternsFor(sites), { test: false });
		const firefox = manifestFor('firefox', source, hostPatternsFor(sites), { test: false });
		expect(chrome.browser_specific_settings).toBeUndefined();
		expect(chrome.background).toEqual({ service_worker: 'background.js' });
		expect(chrome.host_permissions).toEqual([...patterns, 'file:///*']);
		expect(chrome.content_scripts[0].matches).toEqual([...patterns, 'file:///*']);
		expect(chrome.web_accessible_resources.every((entry) => entry.use_dynamic_url === true)).toBe(true);
		expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('142.0');
		expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
		// Firefox for Android runs the same package, from the same version as the desktop.
		expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
		expect(firefox.background).toEqual({ scripts: ['background.js'], service_worker: 'background.js' });
		expect(firefox.permissions).not.toContain('<all_urls>');
		expect(JSON.stringify(firefox.web_accessible_resources)).not.toContain('popup.html');
		const testPages = JSON.stringify(manifestFor('firefox', source, hostPatternsFor(sites), { test: true }).web_accessible_resources);
		for (const page of ['popup.html', 'options.html', 'library.html', 'saved.html']) expect(testPages).toContain(page);
		expect(JSON.stringify(firefox.web_accessible_resources)).not.toMatch(/library\.html|saved\.html/);
	});

	it('keeps the source manifest free of hand-typed hosts and broad permissions', () => {
		expect(source.host_permissions).toEqual([]);
		expect(source.content_scripts[0].matches).toEqual([]);
		expect(source.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
		expect(source.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
		expect(source.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|unsafe-inline/);
	});
});
