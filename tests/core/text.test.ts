import { describe, expect, test } from 'vitest';
import { countWords, isSceneBreakText } from '../../src/core/text.js';
import { parseHeaderBlock } from '../../src/core/header-block.js';

test('words are counted the way AO3 roughly does', () => {
	expect(countWords("Don't stop — it's well-known, 3.5 times.")).toBe(6);
	expect(countWords('谵言隐语')).toBe(4);
	expect(countWords('杨威利 said hello。')).toBe(5);
	expect(countWords('  ')).toBe(0);
});

test('scene-break lines are recognised, ordinary short lines are not', () => {
	for (const mark of ['* * *', '***', '~~~', 'o0o0o0o0o', 'xXx', 'XXXXXXXX', '-----', '⁂', '~*~', '. . .']) expect(isSceneBreakText(mark)).toBe(true);
	for (const line of ['Oh.', 'xx', 'OOO', 'ooo', '—', 'No.', 'XXX']) expect(isSceneBreakText(line)).toBe(false);
});

describe('hostile text stays cheap to read', () => {
	// These inputs once sent patterns into exponential or quadratic backtracking; a regression hangs past the test timeout.
	test('a long exclamation is prose, not a scene break', () => {
		expect(isSceneBreakText(`O${'o'.repeat(45)}h!`)).toBe(false);
		expect(isSceneBreakText('o0o0o0o0o')).toBe(true);
		expect(isSceneBreakText('~oOo~')).toBe(true);
	});

	test('a 200 kB line of odd characters goes through the header parser and the text helpers', () => {
		const long = `Author: ${'a'.repeat(100_000)}${'\u2003'.repeat(50_000)}${'.'.repeat(50_000)}`;
		expect(parseHeaderBlock([long, `Title: ${'x;'.repeat(100_000)}`, `Series: ${'.'.repeat(200_000)}`, 'Text.'])).toBeNull();
		const short = parseHeaderBlock(['Title: Fine', `Author: Someone ${'.'.repeat(1_500)}`, 'Rating: PG', 'Text.']);
		expect(short?.authors).toEqual(['Someone']);
	});
});
