import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureFont, FONT_FILES, fontStack } from '../../src/reader/fonts.js';
import { createLayoutEvents } from '../../src/reader/layout-events.js';
import { formatMinutes, readingProgress } from '../../src/reader/reading-progress.js';
import { baseStory } from './sample-stories.js';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('readingProgress', () => {
	it('weights chapters by their words in an entire work', () => {
		const story = baseStory();
		const [one, two, three] = story.chapters.map((c) => c.words) as [number, number, number];
		const total = one + two + three;
		const halfwayThroughTwo = readingProgress(story, 1, 0.5, 250);
		expect(halfwayThroughTwo.chapter).toBe(0.5);
		expect(halfwayThroughTwo.work).toBeCloseTo((one + two / 2) / total, 5);
		expect(readingProgress(story, 2, 1, 250).work).toBe(1);
		expect(readingProgress(story, 2, 1, 250).minutesLeftInWork).toBe(0);
	});

	it('formats minutes for people', () => {
		expect(formatMinutes(0)).toBe('under 1 min');
		expect(formatMinutes(45)).toBe('45 min');
		expect(formatMinutes(60)).toBe('1 h');
		expect(formatMinutes(135)).toBe('2 h 15 min');
	});
});

describe('layout events', () => {
	it('reports overlapping changes as one before/after pair', async () => {
		const layout = createLayoutEvents();
		const phases: string[] = [];
		layout.subscribe((phase) => phases.push(phase));
		let release!: () => void;
		layout.change(() => undefined, new Promise<void>((resolve) => (release = resolve)));
		layout.change(() => undefined);
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(phases).toEqual(['before']);
		release();
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(phases).toEqual(['before', 'after']);
	});
});

describe('fonts', () => {
	it('ships only bundled woff2 files under fonts/, with Quire-prefixed family names', () => {
		expect(FONT_FILES.length).toBeGreaterThan(0);
		for (const file of FONT_FILES) {
			expect(file.family).toMatch(/^Quire /);
			expect(file.from).toMatch(/^@fontsource\/[a-z-]+\/files\/[a-z0-9-]+\.woff2$/);
			expect(file.to).toMatch(/^fonts\/[a-z0-9-]+\.woff2$/);
		}
		expect(new Set(FONT_FILES.map((f) => f.to)).size).toBe(FONT_FILES.length);
	});

	it('registers a family on document.fonts only when it is chosen, and only once', async () => {
		const added: { family: string; source: unknown }[] = [];
		class FakeFontFace {
			constructor(readonly family: string, readonly source: unknown) {}
			load() {
				return Promise.resolve(this);
			}
		}
		vi.stubGlobal('FontFace', FakeFontFace);
		vi.stubGlobal('fetch', vi.fn(async () => ({ ok: true, arrayBuffer: async () => new ArrayBuffer(8) })));
		const doc = document.implementation.createHTMLDocument('fonts');
		Object.defineProperty(doc, 'fonts', { value: { add: (face: FakeFontFace) => added.push(face) } });
		const assetUrl = (path: string) => `chrome-extension://id/${path}`;
		await ensureFont('sans', assetUrl, doc);
		expect(added).toEqual([]);
		await ensureFont('atkinson', assetUrl, doc);
		await ensureFont('atkinson', assetUrl, doc);
		expect(added.map((face) => face.family)).toEqual(Array(4).fill('Quire Atkinson Hyperlegible'));
		expect(added[0]!.source).toBeInstanceOf(ArrayBuffer);
		expect(fetch).toHaveBeenCalledWith('chrome-extension://id/fonts/atkinson-hyperlegible-400.woff2');
		expect(fontStack('atkinson')).toMatch(/^"Quire Atkinson Hyperlegible"/);
	});
});
