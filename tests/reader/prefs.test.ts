import { describe, expect, it } from 'vitest';
import { changesLayout, defaultPrefs, prefsEqual, stepPref, validatePrefs } from '../../src/reader/prefs.js';

describe('validatePrefs', () => {
	it('turns garbage into the defaults without throwing', () => {
		for (const garbage of [undefined, null, 0, 'dark', [], [1, 2], true, () => 1, Symbol('x'), new Date()]) {
			expect(validatePrefs(garbage)).toEqual(defaultPrefs);
		}
	});

	it('keeps valid fields and replaces only the invalid ones', () => {
		const prefs = validatePrefs({
			fontFamily: 'comic-sans',
			fontSize: 22,
			lineHeight: '1.8',
			textWidth: 1000,
			paragraphSpacing: Number.NaN,
			align: 'justify',
			theme: 'black',
			hideWarnings: 'yes',
			hideTags: true,
			hideSpoilers: 1,
			hideNotes: true,
			wordsPerMinute: -5,
			autoOpen: { ao3: true, ffnet: 'yes', 'Bad Id!': true, generic: false },
		});
		expect(prefs).toEqual({
			...defaultPrefs,
			fontSize: 22,
			align: 'justify',
			theme: 'black',
			hideTags: true,
			hideNotes: true,
			autoOpen: { ao3: true, generic: false },
		});
	});

	it('drops unknown keys, including prototype tricks', () => {
		const raw = JSON.parse('{"theme":"sepia","evil":"<script>","__proto__":{"polluted":true}}');
		const prefs = validatePrefs(raw);
		expect(Object.keys(prefs).sort()).toEqual(Object.keys(defaultPrefs).sort());
		expect(prefs.theme).toBe('sepia');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('keeps the synced object small: at most 100 auto-open sites', () => {
		const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`site${i}`, true]));
		expect(Object.keys(validatePrefs({ autoOpen: many }).autoOpen)).toHaveLength(100);
		expect(JSON.stringify(validatePrefs({ autoOpen: many })).length).toBeLessThan(8192);
	});

	it('round-trips through JSON unchanged', () => {
		const prefs = validatePrefs({ ...defaultPrefs, theme: 'dark', autoOpen: { ao3: true } });
		expect(validatePrefs(JSON.parse(JSON.stringify(prefs)))).toEqual(prefs);
	});
});

describe('stepPref, prefsEqual, changesLayout', () => {
	it('steps on the grid and stays in range', () => {
		expect(stepPref('lineHeight', 1.6, 1)).toBe(1.7);
		expect(stepPref('fontSize', 40, 1)).toBe(40);
		expect(stepPref('fontSize', 12, -1)).toBe(12);
		expect(stepPref('paragraphSpacing', 0, -1)).toBe(0);
	});

	it('compares preferences by value', () => {
		expect(prefsEqual(validatePrefs({ autoOpen: { a: true } }), validatePrefs({ autoOpen: { a: true } }))).toBe(true);
		expect(prefsEqual(validatePrefs({ autoOpen: { a: true } }), validatePrefs({ autoOpen: { a: false } }))).toBe(false);
		expect(prefsEqual(defaultPrefs, { ...defaultPrefs, fontSize: 20 })).toBe(false);
	});

	it('knows which changes move the text', () => {
		expect(changesLayout(defaultPrefs, { ...defaultPrefs, fontSize: 30 })).toBe(true);
		expect(changesLayout(defaultPrefs, { ...defaultPrefs, hideNotes: true })).toBe(true);
		expect(changesLayout(defaultPrefs, { ...defaultPrefs, wordsPerMinute: 300 })).toBe(false);
		expect(changesLayout(defaultPrefs, { ...defaultPrefs, autoOpen: { ao3: true } })).toBe(false);
	});
});
