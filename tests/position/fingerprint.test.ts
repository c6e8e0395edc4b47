import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintSimilarity, FINGERPRINT_MATCH, normaliseText } from '../../src/position/fingerprint.js';

const paragraph = 'She had never seen the harbour so still. The boats sat on black water, and somewhere behind her the door of the inn swung shut.';

describe('fingerprint', () => {
	it('is short', () => {
		expect(fingerprint(paragraph).length).toBeLessThanOrEqual(60);
		expect(fingerprint(paragraph.repeat(200)).length).toBeLessThanOrEqual(60);
	});

	it('does not change with whitespace, case or punctuation', () => {
		const reflowed = `  ${paragraph.replace(/ /g, '\n\t  ').toUpperCase()}  `;
		const requoted = paragraph.replace('.', ' …').replace(',', ';');
		expect(fingerprint(reflowed)).toBe(fingerprint(paragraph));
		expect(fingerprint(requoted)).toBe(fingerprint(paragraph));
		expect(normaliseText('Caf\u00e9  “déjà”\u00a0vu')).toBe(normaliseText('café déjà vu'));
	});

	it('differs for a different paragraph', () => {
		expect(fingerprint('The next morning the rain came back.')).not.toBe(fingerprint(paragraph));
	});

	it('scores the same text 1, a light edit high, and another paragraph low', () => {
		const edited = paragraph.replace('so still', 'so very still');
		const other = 'The next morning the rain came back, and with it the fishermen, shouting about prices.';
		expect(fingerprintSimilarity(fingerprint(paragraph), fingerprint(paragraph))).toBe(1);
		const light = fingerprintSimilarity(fingerprint(paragraph), fingerprint(edited));
		expect(light).toBeGreaterThanOrEqual(FINGERPRINT_MATCH);
		expect(light).toBeLessThan(1);
		expect(fingerprintSimilarity(fingerprint(paragraph), fingerprint(other))).toBeLessThan(FINGERPRINT_MATCH);
	});

	it('treats garbage as no match', () => {
		expect(fingerprintSimilarity('not a fingerprint', fingerprint(paragraph))).toBe(0);
	});

	it('gives empty paragraphs (scene breaks, pictures) a fingerprint too', () => {
		expect(fingerprint('')).toBe(fingerprint('   * * *  '));
	});
});
