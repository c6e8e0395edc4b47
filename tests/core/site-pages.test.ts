// @vitest-environment jsdom
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sites } from '../../src/sites/index.js';
import { corpusAvailable, corpusDir, extractFile, fixturesDir } from './helpers.js';
import { sitePages, type SitePage } from './site-pages.js';

/**
 * The registry meta-test: every site adapter proves, on a page, each page kind
 * it claims (the table is tests/core/site-pages.ts). Own fixtures always run;
 * corpus pages run where the corpus is (a loud warning elsewhere, a failure on CI).
 */

const TABLE = 'tests/core/site-pages.ts';
const haveCorpus = corpusAvailable();
const describePage = (page: SitePage): string => (page.fixture !== undefined ? `fixture ${page.fixture}` : `corpus ${page.corpus}`);
const pathOf = (page: SitePage): string => (page.fixture !== undefined ? join(fixturesDir, page.fixture) : join(corpusDir, page.corpus));

if (!haveCorpus) {
	const corpusOnly = Object.entries(sitePages).flatMap(([id, entry]) => entry.claims.filter((kind) => entry.pages.every((p) => p.kind !== kind || p.corpus !== undefined)).map((kind) => `${id} ${kind}`));
	if (corpusOnly.length > 0) console.warn(`\n!!! Without the corpus these claimed page kinds are proven by no page: ${corpusOnly.join(', ')}. !!!\n`);
}

describe('every site proves each page kind it claims on a page', () => {
	test(`every registered site has an entry in ${TABLE}, and every entry is a registered site`, () => {
		const registered = sites.map((s) => s.id);
		expect(registered.filter((id) => !(id in sitePages)), `registered sites with no entry in ${TABLE}`).toEqual([]);
		expect(Object.keys(sitePages).filter((id) => !registered.includes(id)), `entries in ${TABLE} for no registered site`).toEqual([]);
	});

	for (const [id, entry] of Object.entries(sitePages)) {
		describe(id, () => {
			test('claims story and not-story, each kind once', () => {
				expect(new Set(entry.claims).size, `${id}: a kind is claimed twice in ${TABLE}`).toBe(entry.claims.length);
				for (const kind of ['story', 'not-story'] as const) expect(entry.claims, `${id}: every site reads stories and turns other pages away; claim '${kind}' in ${TABLE}`).toContain(kind);
			});

			test('has a page for every kind it claims, and no page of a kind it does not', () => {
				const unproven = entry.unproven ?? {};
				const missing = entry.claims.filter((kind) => !entry.pages.some((p) => p.kind === kind) && !(kind in unproven));
				expect(missing, `${id} claims ${missing.map((k) => `'${k}'`).join(', ')} but ${TABLE} has no page of that kind: add a corpus page or an own fixture (or say why in 'unproven')`).toEqual([]);
				const unclaimed = entry.pages.filter((p) => !entry.claims.includes(p.kind)).map((p) => `${p.kind}: ${describePage(p)}`);
				expect(unclaimed, `${id}: pages of a kind it does not claim in ${TABLE}`).toEqual([]);
				const stale = Object.keys(unproven).filter((kind) => !entry.claims.some((k) => k === kind) || entry.pages.some((p) => p.kind === kind));
				expect(stale, `${id}: 'unproven' kinds that are not claimed or that a page now proves`).toEqual([]);
			});

			if (entry.unproven) {
				test('names the kinds it cannot prove yet', () => {
					const reasons = Object.entries(entry.unproven ?? {});
					for (const [kind, reason] of reasons) console.warn(`${id}: '${kind}' is claimed but proven by no page: ${reason}`);
					expect(reasons.every(([, reason]) => reason.trim() !== ''), `${id}: every unproven kind says why`).toBe(true);
				});
			}

			for (const page of entry.pages) {
				if (page.corpus !== undefined && !haveCorpus) continue;
				test(`${page.kind}: ${describePage(page)} at ${page.url}`, () => {
					const path = pathOf(page);
					expect(existsSync(path), `${id}: ${describePage(page)} does not exist (${path})`).toBe(true);
					const story = extractFile(path, page.url);
					expect({ site: story.site, kind: story.kind }, `${id}: ${describePage(page)} read at ${page.url} came out as ${story.site} '${story.kind}', not ${id} '${page.kind}'`).toEqual({ site: id, kind: page.kind });
				});
			}
		});
	}
});
