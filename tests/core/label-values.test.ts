// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { headerFromLabels, labelledValues, tableValues, valueList, yesNo } from '../../src/core/label-values.js';
import { looseDate } from '../../src/core/loose-date.js';
import { parseHeaderBlock } from '../../src/core/header-block.js';
import { documentFrom } from './helpers.js';

const base = new URL('https://archive.example/fics/viewstory.php?sid=1');
const element = (html: string): Element => {
	const el = documentFrom(`<div id="x">${html}</div>`, base.href).getElementById('x');
	if (!el) throw new Error('no element');
	return el;
};
const isLabel = (el: Element) => el.matches('span.label');

describe('Label: value blocks', () => {
	test('a value runs to the next label, over line breaks, with its links', () => {
		const values = labelledValues(element('<b>ignored</b><span class="label">Summary: </span>One.<br>Two.<br><span class="label">Categories:</span> <a href="c1">A, B</a>, <a href="c2">C</a> <span class="label">Characters:</span> None<br>'), isLabel);
		expect(values.map((v) => [v.key, v.text])).toEqual([['Summary', 'One.\nTwo.'], ['Categories', 'A, B, C'], ['Characters', 'None']]);
		expect(valueList(values[1])).toEqual(['A, B', 'C']);
		expect(valueList(values[2])).toEqual([]);
	});

	test('labels nested in other elements still start a value', () => {
		const values = labelledValues(element('<p><span class="label">Rated:</span> R</p><p><span class="label">Word count:</span> 1,204</p>'), isLabel);
		expect(headerFromLabels(values, base)).toMatchObject({ rating: 'R', stats: { words: 1204 } });
	});

	test('the header: known labels to fields, counters to stats, the rest kept as written', () => {
		const values = labelledValues(element('<span class="label">Genre:</span> Angst, Humor <span class="label">Warnings:</span> None <span class="label">Pairing:</span> A/B <span class="label">Series:</span> <a href="viewseries.php?seriesid=3">Tides</a> <span class="label">Completed:</span> No <span class="label">Reviews:</span> 4 <span class="label">Beta:</span> Kit <span class="label">Challenges:</span> None <span class="label">Author:</span> Someone'), isLabel);
		const head = headerFromLabels(values, base);
		expect(head).toMatchObject({ tags: ['Angst', 'Humor'], warnings: [], relationships: ['A/B'], stats: { complete: false, extra: { reviews: '4' } } });
		expect(head.series).toEqual([{ title: 'Tides', url: 'https://archive.example/fics/viewseries.php?seriesid=3', part: null }]);
		expect(head.extraFields).toEqual([{ key: 'Beta', value: 'Kit' }]);
	});

	test('a genre list of 200,000 items is read, not spread into arguments', () => {
		const value = { key: 'Genre', text: Array.from({ length: 200_000 }, (_, i) => `g${i}`).join(', '), links: [] };
		expect(headerFromLabels([value], base).tags).toHaveLength(200_000);
	});

	test('a header table by its header row, or by documented column order', () => {
		const table = element('<table><tr><th>Rating</th><th>Words</th></tr><tr><td>FR15</td><td>2,000</td></tr></table>').querySelector('table');
		expect(table && tableValues(table).map((v) => [v.key, v.text])).toEqual([['Rating', 'FR15'], ['Words', '2,000']]);
		const bare = element('<table><tr><td>FR15</td><td>2,000</td></tr></table>').querySelector('table');
		expect(bare && tableValues(bare, ['Rating', 'Words']).map((v) => v.key)).toEqual(['Rating', 'Words']);
	});

	test('yes and no in the languages eFiction archives use', () => {
		expect([yesNo('Yes'), yesNo('Ja'), yesNo('Igen'), yesNo('Completed'), yesNo('No'), yesNo('Nein'), yesNo('')]).toEqual([true, true, true, true, false, false, null]);
		// Words ending in a letter outside ASCII, where `\b` finds no word end.
		expect([yesNo('Sì'), yesNo('Да'), yesNo('да, закончен'), yesNo('Sim.'), yesNo('Yesterday'), yesNo('Нет')]).toEqual([true, true, true, true, false, false]);
	});

	test('"Genre" means tags in the labelled header and in the journals\' header block alike', () => {
		const head = headerFromLabels(labelledValues(element('<span class="label">Genre:</span> Angst, Humor'), isLabel), base);
		const block = parseHeaderBlock(['Title: Tides', 'Genre: Angst, Humor', 'Rating: G', 'The story starts here.']);
		expect(head.tags).toEqual(['Angst', 'Humor']);
		expect(head.categories ?? []).toEqual([]);
		expect(block).toMatchObject({ tags: ['Angst', 'Humor'], categories: [] });
	});
});

describe('loose dates', () => {
	test.each([
		['2021-03-04', '2021-03-04'],
		['March 5, 2009', '2009-03-05'],
		['Sept 30 2010', '2010-09-30'],
		['12\u00a0Mar\u00a009', '2009-03-12'],
		['5 January 1999', '1999-01-05'],
		['03/14/09', '2009-03-14'],
		['14/03/2009', '2009-03-14'],
		['Updated: 04/02/2009 ', '2009-04-02'],
	])('%s → %s', (text, iso) => {
		expect(looseDate(text)).toBe(iso);
	});

	test('no date, or words that only look like months, give null', () => {
		expect(looseDate('Marked 12 2020')).toBeNull();
		expect(looseDate('in progress')).toBeNull();
		expect(looseDate('13/13/2009')).toBeNull();
		expect(looseDate(null)).toBeNull();
	});
});
