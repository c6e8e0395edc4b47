/**
 * Real saved archive pages from ../shared/corpus, routed at their real URLs.
 * They are other people's writing: read from there, never copied in.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from './browsers.mjs';

export const corpusDir = resolve(process.env.QUIRE_CORPUS ?? join(repoRoot, '../shared/corpus'));

/** node:test `skip` option for corpus-backed tests; under CI a missing corpus fails. */
export function skipUnlessCorpus() {
	if (existsSync(join(corpusDir, 'SOURCES.md'))) return false;
	const message = `the corpus is missing at ${corpusDir} (set QUIRE_CORPUS to its folder).`;
	if (process.env.CI === 'true') throw new Error(`CI needs the corpus: ${message}`);
	console.warn(`\n*** SKIPPING corpus end-to-end tests: ${message}\n`);
	return message;
}

/** Corpus files and the real URLs they were saved from (work and chapter ids read from the pages' own links). */
export const CORPUS_PAGES = {
	ao3FullWork: {
		file: 'ao3/entire-work-view-4ch-explicit-fullwork.html',
		url: 'https://archiveofourown.org/works/41952030?view_full_work=true',
	},
	ao3Chapter1SameWork: {
		file: 'ao3/multichap-ch1-view-same-work-as-fullwork.html',
		url: 'https://archiveofourown.org/works/41952030/chapters/105298965',
	},
	ao3WipChapter1: {
		file: 'ao3/multichap-wip-ch1-workskin-17793689.html',
		url: 'https://archiveofourown.org/works/17793689/chapters/41980418',
	},
	ao3WipChapter2: {
		file: 'ao3/multichap-wip-ch2-workskin-17793689.html',
		url: 'https://archiveofourown.org/works/17793689/chapters/42035519',
	},
	ao3OneShotCrossover: {
		file: 'ao3/oneshot-crossover-pseud-endnotes-923647.html',
		url: 'https://archiveofourown.org/works/923647',
	},
	ao3Navigate: {
		file: 'ao3/chapter-index-navigate-43703871.html',
		url: 'https://archiveofourown.org/works/43703871/navigate',
	},
	ffnetPotterClub: {
		file: 'ffnet/multichap-ch1-of-66-potter-club.html',
		url: 'https://www.fanfiction.net/s/11987060/1/Potter-Club',
	},
	ffnetSearch: {
		file: 'ffnet/negative-search-results-listing.html',
		url: 'https://www.fanfiction.net/search/?keywords=potter&ready=1&type=story',
	},
};

export function corpusRoutes(routes) {
	for (const page of Object.values(CORPUS_PAGES)) routes.addFile(page.url, join(corpusDir, page.file));
	return routes;
}
