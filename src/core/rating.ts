import type { RatingLevel } from './types.js';

/**
 * Rating strings as archives and authors write them, first match wins. Order
 * matters: NC-17 must be tried before R and PG-13 before PG, and the bare
 * letters only match as whole words so "Romance" is not "R".
 */
const RULES: readonly [RegExp, RatingLevel][] = [
	[/^not rated\b/, 'unknown'],
	[/^general audiences?\b/, 'general'],
	[/^teen and up\b/, 'teen'],
	[/^(?:nc|x)[- ]?1[78]\b/, 'explicit'],
	[/^(?:explicit|adult|adults only|ma|mature adults?|x{1,3}|fr ?21|fr ?18)\b/, 'explicit'],
	[/^(?:mature|m|r|r[- ]?1[5-8]|fr ?1[5-8])\b/, 'mature'],
	[/^(?:pg[- ]?1[3-5]|t|teens?|fr ?1[3-4]|12\+?|13\+?)\b/, 'teen'],
	[/^(?:pg|g|k\+|k|general|all ages|everyone|fr ?[0-9]\b|fr ?1[0-2])(?![\w+-])/, 'general'],
];

/**
 * Normalise a rating as shown ("Teen And Up Audiences", "Fiction K+", "Rated M",
 * "R, just to be safe", "NC-17 or Adult", "T - Teen: Not suitable…") to a level.
 */
export function ratingLevel(rating: string | null | undefined): RatingLevel {
	if (rating == null) return 'unknown';
	let text = rating.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
	text = text.replace(/^[\s[(:"']+/, '');
	text = text.replace(/^(?:overall )?(?:rating|rated|fiction)\s*[:\-]?\s*/, '');
	text = text.replace(/^(?:overall )?(?:rating|rated)\s*[:\-]?\s*/, '');
	for (const [pattern, level] of RULES) {
		if (pattern.test(text)) return level;
	}
	return 'unknown';
}
