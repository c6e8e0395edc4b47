/**
 * Times capturing and restoring a position on a view that is already on
 * screen (the e2e harness or a console builds the 500,000-word page; this
 * builds nothing). Leaves the view scrolled where it was.
 */

import { captureAnchor, restoreAnchor } from './anchoring.js';
import { chapterParagraphs } from './measure.js';
import type { ReaderView } from './view.js';

export interface Timing {
	medianMs: number;
	maxMs: number;
	/** Every run, in order (the first runs also pay for layout the browser had put off). */
	samplesMs: number[];
}

export interface AnchorBenchResult {
	chapters: number;
	paragraphs: number;
	words: number;
	/** The first capture, which also lists the paragraphs of every chapter. */
	firstCaptureMs: number;
	capture: Timing;
	/** Restores whose fingerprint matches at the saved index (the usual case). */
	restoreExact: Timing;
	/** Restores whose fingerprint must be searched for in the chapter (the author edited it). */
	restoreSearch: Timing;
	runs: number;
}

function timing(samples: number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, maxMs: sorted[sorted.length - 1] ?? 0, samplesMs: samples };
}

function timed(run: () => void): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

export function benchAnchoring(view: ReaderView, runs = 15): AnchorBenchResult {
	const { scroller } = view;
	const startTop = scroller.scrollTop;
	const range = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
	const capture: number[] = [];
	const restoreExact: number[] = [];
	const restoreSearch: number[] = [];

	const firstCaptureMs = timed(() => captureAnchor(view));
	for (let i = 0; i < runs; i++) {
		scroller.scrollTop = Math.round((range * (i + 0.5)) / runs);
		let anchor = null as ReturnType<typeof captureAnchor>;
		capture.push(timed(() => {
			anchor = captureAnchor(view);
		}));
		if (!anchor) continue;
		const saved = anchor;
		scroller.scrollTop = 0;
		restoreExact.push(timed(() => restoreAnchor(view, saved)));
		scroller.scrollTop = 0;
		// Same place, as if the paragraph was edited and moved one down: forces the search.
		const edited = { ...saved, paragraph: saved.paragraph + 1, fingerprint: saved.fingerprint.replace(/\|[^|]*$/, '|edited') };
		restoreSearch.push(timed(() => restoreAnchor(view, edited)));
	}
	scroller.scrollTop = startTop;

	const chapters = view.chapters();
	return {
		chapters: chapters.length,
		paragraphs: chapters.reduce((sum, c) => sum + chapterParagraphs(c.root).length, 0),
		words: view.story.chapters.reduce((sum, c) => sum + c.words, 0),
		firstCaptureMs,
		capture: timing(capture),
		restoreExact: timing(restoreExact),
		restoreSearch: timing(restoreSearch),
		runs,
	};
}
