import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietCssConsole } from '../../src/cli/jsdom-console.js';

/** A stylesheet jsdom's CSS parser cannot read (it reports "Could not parse CSS stylesheet"). */
const UNPARSABLE = '}}} a { color: red } {{{';

afterEach(() => vi.restoreAllMocks());

const errorsPrinted = (spy: { mock: { calls: unknown[][] } }): string => spy.mock.calls.map((call) => call.map(String).join(' ')).join('\n');

describe('jsdom in the unit tests: no CSS parse noise, every real error still printed', () => {
	it('vitest\'s jsdom window drops the CSS parse report and still prints what jsdom cannot do', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const style = document.createElement('style');
		style.textContent = UNPARSABLE;
		document.head.append(style);
		style.remove();
		// Both reports take the same path: the second arriving proves the first was dropped, not sent elsewhere.
		window.alert('hello');
		const printed = errorsPrinted(error);
		expect(printed).toMatch(/Not implemented: Window's alert\(\) method/);
		expect(printed).not.toMatch(/Could not parse CSS stylesheet/);
	});

	it('new JSDOM(…) with quietCssConsole drops the CSS report and prints script errors and missing features', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		new JSDOM(`<style>${UNPARSABLE}</style><p>text</p>`, { virtualConsole: quietCssConsole() });
		expect(errorsPrinted(error)).toBe('');
		const dom = new JSDOM(`<style>${UNPARSABLE}</style><script>throw new Error('a real problem')</script>`, { runScripts: 'dangerously', virtualConsole: quietCssConsole() });
		dom.window.alert('x');
		const printed = errorsPrinted(error);
		expect(printed).toMatch(/a real problem/);
		expect(printed).toMatch(/Not implemented: Window's alert\(\) method/);
		expect(printed).not.toMatch(/Could not parse CSS stylesheet/);
	});

	it('without the filter, jsdom would have printed it (the sample really is unparsable)', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		new JSDOM(`<style>${UNPARSABLE}</style>`);
		expect(errorsPrinted(error)).toMatch(/Could not parse CSS stylesheet/);
	});
});
