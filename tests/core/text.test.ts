import { expect, test } from 'vitest';
import { countWords, isSceneBreakText } from '../../src/core/text.js';

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
