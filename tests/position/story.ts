import type { Chapter, Story } from '../../src/core/types.js';

export function makeChapter(index: number, paragraphs: string[], overrides: Partial<Chapter> = {}): Chapter {
	const text = paragraphs.join('\n\n');
	return {
		index,
		title: `Chapter ${index}`,
		id: String(5000 + index),
		url: `https://archiveofourown.org/works/1001/chapters/${5000 + index}`,
		summaryHtml: null,
		notesHtml: null,
		endNotesHtml: null,
		html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
		text,
		words: text.split(/\s+/).filter(Boolean).length,
		...overrides,
	};
}

export function makeStory(chapters: Chapter[], overrides: Partial<Story> = {}): Story {
	return {
		kind: 'story',
		site: 'ao3',
		url: 'https://archiveofourown.org/works/1001/chapters/5001',
		storyKey: 'ao3:1001',
		title: 'A Long Way Home',
		authors: ['quietwriter'],
		authorLinks: [],
		rating: null,
		ratingLevel: 'unknown',
		warnings: [],
		warningsHiddenBySite: false,
		hiddenWarningsUrl: null,
		categories: [],
		fandoms: [],
		relationships: [],
		characters: [],
		tags: [],
		tagsHiddenBySite: false,
		hiddenTagsUrl: null,
		spoilers: null,
		language: null,
		series: [],
		collections: [],
		stats: { words: null, chapters: null, chaptersExpected: null, published: null, updated: null, complete: null, extra: {} },
		summary: null,
		summaryHtml: null,
		notesHtml: null,
		endNotesHtml: null,
		extraFields: [],
		chapterList: [],
		chapters,
		isEntireWork: false,
		gate: null,
		prevChapterUrl: null,
		nextChapterUrl: null,
		...overrides,
	};
}

/** Distinct, realistic-looking paragraphs: "Paragraph 3 of chapter 2 begins here …". */
export function paragraphsFor(chapter: number, count: number, wordsEach = 30): string[] {
	const filler = ['the', 'rain', 'kept', 'falling', 'over', 'quiet', 'harbour', 'while', 'she', 'waited', 'for', 'news'];
	return Array.from({ length: count }, (_, i) => {
		const words = [`Paragraph ${i + 1} of chapter ${chapter} begins`];
		for (let w = 0; w < wordsEach; w++) words.push(filler[(w * 7 + i * 3 + chapter) % filler.length] ?? 'and');
		words.push(`ending ${chapter}x${i + 1}.`);
		return words.join(' ');
	});
}
