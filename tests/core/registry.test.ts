import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSite, hostMatches, sites } from '../../src/sites/index.js';
import { extractors } from '../../src/extract/extractors.js';
import { repoRoot } from './helpers.js';

const siteFiles = readdirSync(join(repoRoot, 'src/sites')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

describe('site registry', () => {
	test('every file in src/sites/ is registered, and only those', () => {
		expect(sites.map((s) => s.id).sort()).toEqual([...siteFiles].sort());
	});

	test('every site has its extraction registered in src/extract/extractors.ts, in the same order', () => {
		expect(Object.keys(extractors)).toEqual(sites.map((s) => s.id));
		for (const id of siteFiles) {
			const source = readFileSync(join(repoRoot, 'src/sites', `${id}.ts`), 'utf8');
			expect(source, `${id}.ts exports its light adapter as \`site\` and its extraction as \`extract\``).toMatch(/^export const site: SiteAdapter = \{/m);
			expect(source, `${id}.ts`).toMatch(/^export function extract\(/m);
		}
	});

	test('the registry is sorted by id and ids are unique', () => {
		const ids = sites.map((s) => s.id);
		expect(ids).toEqual([...ids].sort());
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('hosts are exact lower-case names claimed by one site only', () => {
		const all = sites.flatMap((s) => s.hosts);
		expect(new Set(all).size).toBe(all.length);
		for (const host of all) expect(host).toMatch(/^(?:\*\.)?[a-z0-9.-]+$/);
	});

	test('site files import no DOMPurify, Readability or Preact (the content script loads them)', () => {
		for (const id of siteFiles) {
			const source = readFileSync(join(repoRoot, 'src/sites', `${id}.ts`), 'utf8');
			expect(source, `${id}.ts`).not.toMatch(/dompurify|readability|preact|core\/(?:sanitize|generic|extract|finish)\.js/i);
			expect(source, `${id}.ts keeps its selectors in a const sel block`).toMatch(/^const sel = \{/m);
		}
	});

	for (const site of sites) {
		describe(site.id, () => {
			test('has story and not-story examples', () => {
				expect(site.examples.story.length).toBeGreaterThan(0);
				expect(site.examples.notStory.length).toBeGreaterThan(0);
			});
			test('every story example is claimed by exactly this site', () => {
				for (const example of site.examples.story) {
					const url = new URL(example);
					const claimants = sites.filter((s) => s.hosts.some((h) => hostMatches(h, url.hostname)) && s.matchUrl(url));
					expect(claimants.map((s) => s.id), example).toEqual([site.id]);
					expect(findSite(url)?.id).toBe(site.id);
				}
			});
			test('no not-story example is claimed by any site', () => {
				for (const example of site.examples.notStory) {
					const url = new URL(example);
					expect(sites.filter((s) => s.hosts.some((h) => hostMatches(h, url.hostname)) && s.matchUrl(url)).map((s) => s.id), example).toEqual([]);
				}
			});
		});
	}

	test('unknown hosts and broken URLs find no site', () => {
		expect(findSite('https://example.com/works/1')).toBeNull();
		expect(findSite('not a url')).toBeNull();
	});

	test('*.domain covers the domain and its subdomains, nothing else', () => {
		expect(hostMatches('*.journal.example', 'journal.example')).toBe(true);
		expect(hostMatches('*.journal.example', 'name.journal.example')).toBe(true);
		expect(hostMatches('*.journal.example', 'a.b.journal.example')).toBe(true);
		expect(hostMatches('*.journal.example', 'eviljournal.example')).toBe(false);
		expect(hostMatches('journal.example', 'name.journal.example')).toBe(false);
	});

	test('src/core/ imports nothing above it (no sites, extract, reader, storage, chrome.*)', () => {
		const coreDir = join(repoRoot, 'src/core');
		for (const file of readdirSync(coreDir).filter((f) => f.endsWith('.ts'))) {
			const source = readFileSync(join(coreDir, file), 'utf8');
			expect(source, file).not.toMatch(/from '\.\.\/(?!core\/)/);
			expect(source, file).not.toMatch(/\bchrome\.|webextension-polyfill|preact/);
		}
	});
});
