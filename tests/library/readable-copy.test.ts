import { describe, expect, it } from 'vitest';
import { isChapterRead } from '../../src/core/lazy-chapter.js';
import { paragraphElements } from '../../src/core/paragraphs.js';
import { readableStory } from '../../src/library/readable-copy.js';
import { copyOfVisit, validateSavedCopy } from '../../src/storage/saved-copy.js';
import { extractFixture } from '../core/helpers.js';
import { baseStory } from '../reader/sample-stories.js';

const PAGES: [string, string][] = [
	['ao3-work-oneshot.html', 'https://archiveofourown.org/works/900001'],
	['ao3-chapter.html', 'https://archiveofourown.org/works/900002/chapters/5002'],
	['ao3-entire-work.html', 'https://archiveofourown.org/works/900003?view_full_work=true'],
	['ao3-download.html', 'file:///home/reader/Kettle_Weather.html'],
	['ffnet-current.html', 'https://www.fanfiction.net/s/9000001/2/Paper-Boats'],
	['personal-archive.html', 'http://www.example.net/~juniper/straylight.html'],
	['hidden-tricks.html', 'https://orchard.example.com/glass-orchard.html'],
];

function paragraphCount(html: string): number {
	const root = document.createElement('div');
	root.innerHTML = html;
	return paragraphElements(root).length;
}

describe('a saved copy made readable again', () => {
	it('sanitises each chapter only when it is first shown, and counts it as the copy did', () => {
		const story = extractFixture('ao3-entire-work.html', 'https://archiveofourown.org/works/900003?view_full_work=true');
		const copy = copyOfVisit(story, 1_000);
		if (!copy) throw new Error('no copy');
		const readable = readableStory(copy);
		expect(readable.chapters.map(isChapterRead)).toEqual(readable.chapters.map(() => false));
		expect(readable.chapters[1]!.html).toBe(story.chapters[1]!.html);
		expect(readable.chapters.map(isChapterRead)).toEqual(readable.chapters.map((_, i) => i === 1));
		expect(readable.chapters.map((chapter) => chapter.words)).toEqual(story.chapters.map((chapter) => chapter.words));
	});

	it.each(PAGES)('keeps %s word for word, paragraph for paragraph (so the saved place still fits)', (file, url) => {
		const story = extractFixture(file, url);
		const copy = copyOfVisit(story, 1_000);
		if (!copy) throw new Error(`${file} gave no copy`);
		const readable = readableStory(copy);
		expect(readable.chapters.map((chapter) => chapter.html)).toEqual(story.chapters.map((chapter) => chapter.html));
		expect(readable.chapters.map((chapter) => paragraphCount(chapter.html))).toEqual(story.chapters.map((chapter) => paragraphCount(chapter.html)));
		expect(readable.notesHtml).toBe(story.notesHtml);
	});

	it('sanitises what an imported or tampered copy carries: scripts, handlers and script links are gone', () => {
		const hostile = baseStory();
		const tampered = validateSavedCopy({
			storyKey: 'ao3:4242',
			header: { ...hostile, summaryHtml: '<p onclick="alert(1)">Sum<script>alert(2)</script></p>', authorLinks: [{ text: 'x', url: 'javascript:alert(3)' }] },
			chapters: [{ chapter: { ...hostile.chapters[0]!, html: '<p>Text<img src=x onerror="alert(4)"></p><iframe src="https://evil.example"></iframe>', url: 'javascript:void 0' }, savedAt: 1 }],
			workUrl: null,
			firstSavedAt: 1,
			savedAt: 1,
		});
		const readable = readableStory(tampered!);
		const all = JSON.stringify(readable);
		expect(all).not.toMatch(/onclick|onerror|<script|<iframe|javascript:/);
		expect(readable.summaryHtml).toContain('Sum');
		expect(readable.chapters[0]?.html).toContain('Text');
		expect(readable.authorLinks[0]?.url).toBeNull();
	});
});
