// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { cloneVisible, hiddenTest, hidingSelectorsIn } from '../../src/core/hidden.js';
import { documentFrom } from './helpers.js';

describe('hidden text', () => {
	test('rules that hide are found in style sheet text, including inside @media screen', () => {
		expect(hidingSelectorsIn('/* x */ .a { color: red } .b{display:none} @media screen { .c { visibility : hidden } } @media print { .d { display:none } } .e::before{display:none}')).toEqual(['.b', '.c', '.e::before']);
	});

	test('each way of hiding is honoured, and rules depending on ancestors outside the copied element apply', () => {
		const doc = documentFrom(`<style>#skin .quiet { display: none } p.cnXyz { display:none!important }</style>
			<div id="skin"><div id="text">
			<p>one</p><p class="quiet">q</p><p class="cnXyz">watermark</p><p style="display: none">inline</p>
			<p style="visibility:hidden">vis</p><p hidden>attr</p><p aria-hidden="true">aria</p><p style="font-size:0">tiny</p><p>two</p>
			</div></div>`, 'https://example.org/');
		const copy = cloneVisible(doc.getElementById('text') as Element, hiddenTest(doc));
		expect(Array.from(copy.querySelectorAll('p'), (p) => p.textContent)).toEqual(['one', 'two']);
		expect(copy.ownerDocument).not.toBe(doc);
	});

	test('invalid selectors in a page style sheet are ignored, not fatal', () => {
		const doc = documentFrom('<style>p:unknown-thing(( { display:none } .gone { display:none }</style><p class="gone">x</p><p>y</p>', 'https://example.org/');
		const isHidden = hiddenTest(doc);
		const [gone, kept] = Array.from(doc.querySelectorAll('p'));
		expect(isHidden(gone as Element)).toBe(true);
		expect(isHidden(kept as Element)).toBe(false);
	});
});

test('deeply nested at-rules in a hostile style sheet are not followed, and cost little', () => {
	const depth = 5_000;
	const css = `${'@media screen {'.repeat(depth)}.deep { display: none }${'}'.repeat(depth)} .top { display: none }`;
	expect(hidingSelectorsIn(css)).toEqual(['.top']);
	expect(hidingSelectorsIn('@media screen { @supports (display: grid) { .two { display: none } } }')).toEqual(['.two']);
});
