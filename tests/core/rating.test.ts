import { expect, test } from 'vitest';
import { ratingLevel } from '../../src/core/rating.js';

test.each([
	['General Audiences', 'general'], ['Teen And Up Audiences', 'teen'], ['Mature', 'mature'], ['Explicit', 'explicit'], ['Not Rated', 'unknown'],
	['Fiction K', 'general'], ['Fiction  K+', 'general'], ['Fiction T', 'teen'], ['Fiction M', 'mature'], ['Fiction MA', 'explicit'],
	['G', 'general'], ['PG', 'general'], ['PG-13', 'teen'], ['PG 13, it has violence', 'teen'], ['PG-13 heading towards a soft R', 'teen'],
	['R', 'mature'], ['R, just to be safe', 'mature'], ['NC-17', 'explicit'], ['NC-17 or Adult', 'explicit'], ['nc17', 'explicit'],
	['Rated M', 'mature'], ['Rated: T', 'teen'], ['[ T - Teen: Not suitable for readers under 13 ]', 'teen'], ['X', 'explicit'],
	['Rated for a little bit of language.', 'unknown'], ['Romance', 'unknown'], ['', 'unknown'], ['Mature Adults', 'explicit'],
] as const)('%s → %s', (shown, level) => {
	expect(ratingLevel(shown)).toBe(level);
});

test('null is unknown', () => {
	expect(ratingLevel(null)).toBe('unknown');
});
