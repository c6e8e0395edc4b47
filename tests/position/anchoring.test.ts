import { afterEach, describe, expect, it } from 'vitest';
import { captureAnchor, findChapter, findParagraph, restoreAnchor, workFractionOf } from '../../src/position/anchoring.js';
import { fingerprint } from '../../src/position/fingerprint.js';
import { LayoutModel, type ChapterSpec } from './layout-model.js';
import { makeChapter, makeStory, paragraphsFor } from './story.js';

const twoChapters = (): ChapterSpec[] => [
	{ index: 1, paragraphs: paragraphsFor(1, 40) },
	{ index: 2, paragraphs: paragraphsFor(2, 60) },
];

afterEach(() => {
	document.body.innerHTML = '';
});

describe('captureAnchor', () => {
	it('names the chapter, paragraph and the first character of the first visible line', () => {
		const model = new LayoutModel(twoChapters(), { charsPerLine: 50 });
		model.scrollToLine(1, 23, 2);
		const anchor = captureAnchor(model.view);
		const paragraph = model.paragraphs(1)[23];
		expect(anchor).toMatchObject({ chapterIndex: 2, chapterId: '5002', paragraph: 23, offset: 100 });
		expect(anchor?.fingerprint).toBe(fingerprint(paragraph?.textContent ?? ''));
		expect(anchor?.chapterFraction).toBeGreaterThan(0.3);
		expect(anchor?.chapterFraction).toBeLessThan(0.45);
		// Chapter 2 is the second of two: past the half-way mark of the work.
		expect(anchor?.workFraction).toBeGreaterThan(0.5);
	});

	it('gives offset 0 when the paragraph starts in view, and the next paragraph when the top falls in a gap', () => {
		const model = new LayoutModel(twoChapters(), { charsPerLine: 50, gap: 10 });
		model.scrollToLine(0, 5, 0);
		expect(captureAnchor(model.view)).toMatchObject({ chapterIndex: 1, paragraph: 5, offset: 0 });
		const fifth = model.paragraphs(0)[5];
		const lines = Math.ceil((fifth?.textContent?.length ?? 0) / 50);
		model.scrollTo(model.scroller.scrollTop + lines * 20 + 5);
		expect(captureAnchor(model.view)).toMatchObject({ chapterIndex: 1, paragraph: 6, offset: 0 });
	});

	it('uses the caret API when the browser has one and it lands in the paragraph', () => {
		const model = new LayoutModel(twoChapters(), { charsPerLine: 50 });
		model.scrollToLine(0, 3, 1);
		const paragraph = model.paragraphs(0)[3];
		const text = paragraph?.firstChild as Text;
		const calls: unknown[] = [];
		const doc = document as unknown as { caretPositionFromPoint?: (...args: any[]) => unknown };
		doc.caretPositionFromPoint = (_x: number, _y: number, options: unknown) => {
			calls.push(options);
			return { offsetNode: text, offset: 57 };
		};
		try {
			expect(captureAnchor(model.view)).toMatchObject({ paragraph: 3, offset: 50 });
			expect(calls).toHaveLength(1);
		} finally {
			delete doc.caretPositionFromPoint;
		}
	});

	it('ignores a caret that landed outside the paragraph (an overlay) and measures instead', () => {
		const model = new LayoutModel(twoChapters(), { charsPerLine: 50 });
		model.scrollToLine(0, 3, 1);
		const doc = document as unknown as { caretPositionFromPoint?: (...args: any[]) => unknown };
		const elsewhere = document.createTextNode('toolbar');
		doc.caretPositionFromPoint = () => ({ offsetNode: elsewhere, offset: 2 });
		try {
			expect(captureAnchor(model.view)).toMatchObject({ paragraph: 3, offset: 50 });
		} finally {
			delete doc.caretPositionFromPoint;
		}
	});

	it('works inside a shadow root', () => {
		const model = new LayoutModel(twoChapters(), { charsPerLine: 50, shadow: true });
		model.scrollToLine(1, 10, 1);
		expect(model.scroller.getRootNode()).toBeInstanceOf(ShadowRoot);
		expect(captureAnchor(model.view)).toMatchObject({ chapterIndex: 2, paragraph: 10, offset: 50 });
	});

	it('returns null with no chapters rendered', () => {
		const model = new LayoutModel([]);
		expect(captureAnchor(model.view)).toBeNull();
	});
});

describe('restoreAnchor', () => {
	it('puts the same line at the top after a font and width change', () => {
		const model = new LayoutModel(twoChapters(), { charsPerLine: 50 });
		model.scrollToLine(1, 30, 3);
		const anchor = captureAnchor(model.view);
		if (!anchor) throw new Error('no anchor');
		model.charsPerLine = 35;
		model.lineHeight = 28;
		model.relayout();
		expect(restoreAnchor(model.view, anchor)).toEqual({ method: 'exact' });
		// Character 150 is on line 4 (0-based) at 35 characters a line.
		expect(model.firstVisible()).toEqual({ chapter: 1, paragraph: 30, line: Math.floor(150 / 35) });
		expect(captureAnchor(model.view)).toMatchObject({ paragraph: 30, offset: Math.floor(150 / 35) * 35 });
	});

	it('finds the same place in another view of the story (chapter page → entire work)', () => {
		const single = new LayoutModel([{ index: 3, paragraphs: paragraphsFor(3, 50) }]);
		single.scrollToLine(0, 12, 1);
		const anchor = captureAnchor(single.view);
		if (!anchor) throw new Error('no anchor');
		const whole = new LayoutModel([1, 2, 3, 4].map((i) => ({ index: i, paragraphs: paragraphsFor(i, 50) })), { charsPerLine: 70 });
		expect(restoreAnchor(whole.view, anchor)).toEqual({ method: 'exact' });
		expect(whole.firstVisible()).toEqual({ chapter: 2, paragraph: 12, line: 0 });
	});

	it('finds the chapter by id before index', () => {
		const model = new LayoutModel([
			{ index: 1, id: 'a', paragraphs: paragraphsFor(1, 10) },
			{ index: 2, id: 'b', paragraphs: paragraphsFor(2, 10) },
		]);
		model.scrollToLine(0, 4);
		const anchor = captureAnchor(model.view);
		if (!anchor) throw new Error('no anchor');
		// The site renumbered: the chapter with id "a" is now second.
		const renumbered = new LayoutModel([
			{ index: 1, id: 'new', paragraphs: paragraphsFor(9, 10) },
			{ index: 2, id: 'a', paragraphs: paragraphsFor(1, 10) },
		]);
		expect(restoreAnchor(renumbered.view, anchor)).toEqual({ method: 'exact' });
		expect(renumbered.firstVisible()).toMatchObject({ chapter: 1, paragraph: 4 });
	});

	it('finds the paragraph by fingerprint after paragraphs were inserted before it', () => {
		const original = paragraphsFor(1, 40);
		const model = new LayoutModel([{ index: 1, paragraphs: original }]);
		model.scrollToLine(0, 20, 1);
		const anchor = captureAnchor(model.view);
		if (!anchor) throw new Error('no anchor');
		const edited = [...original.slice(0, 5), 'An author’s new paragraph.', 'And another one, added in the edit.', ...original.slice(5)];
		const after = new LayoutModel([{ index: 1, paragraphs: edited }]);
		expect(restoreAnchor(after.view, anchor)).toEqual({ method: 'fingerprint' });
		expect(after.firstVisible()).toEqual({ chapter: 0, paragraph: 22, line: 1 });
	});

	it('finds a lightly reworded paragraph, nearest the old index when paragraphs repeat', () => {
		const original = paragraphsFor(1, 30);
		original[10] = '“Yes.”';
		original[25] = '“Yes.”';
		const model = new LayoutModel([{ index: 1, paragraphs: original }]);
		model.scrollToLine(0, 14);
		const anchor = captureAnchor(model.view);
		if (!anchor) throw new Error('no anchor');
		const edited = [...original];
		edited[14] = (edited[14] ?? '').replace('waited', 'was waiting');
		const after = new LayoutModel([{ index: 1, paragraphs: edited }]);
		expect(restoreAnchor(after.view, anchor)).toEqual({ method: 'fingerprint' });
		expect(after.firstVisible()).toMatchObject({ paragraph: 14 });

		const repeated = findParagraph(after.paragraphs(0), { paragraph: 23, fingerprint: fingerprint('“Yes.”') });
		expect(repeated).toEqual({ index: 25, method: 'fingerprint' });
	});

	it('falls back to the fraction when the paragraph is gone, and says so', () => {
		const model = new LayoutModel([{ index: 1, paragraphs: paragraphsFor(1, 40) }]);
		model.scrollToLine(0, 30);
		const anchor = captureAnchor(model.view);
		if (!anchor) throw new Error('no anchor');
		const rewritten = new LayoutModel([{ index: 1, paragraphs: paragraphsFor(7, 40).map((p) => `Rewritten: ${p.split(' ').reverse().join(' ')}`) }]);
		expect(restoreAnchor(rewritten.view, anchor)).toEqual({ method: 'fraction' });
		const root = rewritten.rendered[0]?.root;
		const box = root?.getBoundingClientRect();
		const fractionAtTop = box ? (100 - box.top) / box.height : -1;
		expect(fractionAtTop).toBeCloseTo(anchor.chapterFraction, 2);
	});

	it('returns null when the chapter is not on the page', () => {
		const model = new LayoutModel([{ index: 2, paragraphs: paragraphsFor(2, 5) }]);
		expect(restoreAnchor(model.view, { chapterIndex: 5, chapterId: '5005', paragraph: 1, offset: 0, fingerprint: '', chapterFraction: 0, workFraction: 0 })).toBeNull();
	});

	it('finds the chapter by id first; by index only when one side has no id, never a chapter with another id', () => {
		const model = new LayoutModel([{ index: 1, id: '7001', paragraphs: paragraphsFor(1, 5) }, { index: 2, id: null, paragraphs: paragraphsFor(2, 5) }]);
		const chapters = model.view.chapters();
		expect(findChapter(chapters, { chapterIndex: 9, chapterId: '7001' })?.index).toBe(1);
		expect(findChapter(chapters, { chapterIndex: 1, chapterId: null })?.index).toBe(1);
		expect(findChapter(chapters, { chapterIndex: 2, chapterId: '7002' })?.index).toBe(2);
		// Another post numbered 1 on its own page is not the saved chapter 1.
		expect(findChapter(chapters, { chapterIndex: 1, chapterId: '6001' })).toBeNull();
	});

	it('scrolls instantly, never smoothly', () => {
		const model = new LayoutModel(twoChapters());
		const calls: ScrollToOptions[] = [];
		model.scroller.scrollTo = ((options: ScrollToOptions) => {
			calls.push(options);
			model.scrollTo(options.top ?? 0);
		}) as typeof model.scroller.scrollTo;
		restoreAnchor(model.view, { chapterIndex: 2, chapterId: '5002', paragraph: 3, offset: 0, fingerprint: '', chapterFraction: 0, workFraction: 0 });
		expect(calls).toHaveLength(1);
		expect(calls[0]?.behavior).toBe('instant');
		expect(model.firstVisible()).toMatchObject({ chapter: 1, paragraph: 3, line: 0 });
	});
});

describe('workFractionOf', () => {
	it('weighs by words when every chapter is on the page, by chapters otherwise', () => {
		const short = makeChapter(1, ['one two three']);
		const long = makeChapter(2, ['one two three four five six seven eight nine']);
		const whole = makeStory([short, long], { isEntireWork: true });
		expect(workFractionOf(whole, 2, 0)).toBeCloseTo(3 / 12);
		expect(workFractionOf(whole, 2, 0.5)).toBeCloseTo((3 + 4.5) / 12);
		const chapterPage = makeStory([long], { chapterList: [1, 2, 3, 4].map((index) => ({ index, title: null, id: null, url: null })) });
		expect(workFractionOf(chapterPage, 2, 0.5)).toBeCloseTo(1.5 / 4);
	});
});
