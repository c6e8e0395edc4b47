// @vitest-environment jsdom
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { allCorpusExpectations, checkStory } from './corpus-check.js';
import { corpusAvailable, corpusDir, extractFile } from './helpers.js';

/** The corpus pages of the engines listed in corpus-expected/, each against its true values. */
if (corpusAvailable()) {
	describe('corpus pages of further engines', () => {
		for (const [file, expected] of Object.entries(allCorpusExpectations())) {
			test(file, () => checkStory(extractFile(join(corpusDir, file), expected.url), expected));
		}
	});
}
