import { afterEach, describe, expect, it } from 'vitest';
import { benchAnchoring } from '../../src/position/bench.js';
import { LayoutModel } from './layout-model.js';
import { paragraphsFor } from './story.js';

afterEach(() => {
	document.body.innerHTML = '';
});

describe('benchAnchoring', () => {
	it('measures capture and both kinds of restore, counts the page, and leaves the view where it was', () => {
		const model = new LayoutModel([1, 2, 3].map((index) => ({ index, paragraphs: paragraphsFor(index, 30, 20) })));
		model.scrollToLine(1, 4);
		const top = model.scroller.scrollTop;
		const result = benchAnchoring(model.view, 6);
		expect(model.scroller.scrollTop).toBe(top);
		expect(result).toMatchObject({ chapters: 3, paragraphs: 90, runs: 6 });
		expect(result.words).toBe(model.view.story.chapters.reduce((sum, c) => sum + c.words, 0));
		for (const timing of [result.capture, result.restoreExact, result.restoreSearch]) {
			expect(timing.medianMs).toBeGreaterThanOrEqual(0);
			expect(timing.maxMs).toBeGreaterThanOrEqual(timing.medianMs);
		}
	});
});
