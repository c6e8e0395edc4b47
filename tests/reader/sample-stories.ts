import type { Chapter, ChapterRef, Story } from '../../src/core/types.js';

/** Sample stories for the reader's tests. All text is original, written for these tests. */

const BASE = 'https://archive.example/works/4242';

function chapter(index: number, title: string | null, paragraphs: string[], extra: Partial<Chapter> = {}): Chapter {
	const html = paragraphs.map((p) => (p === '---' ? '<hr>' : p.startsWith('<') ? p : `<p>${p}</p>`)).join('');
	const text = paragraphs.filter((p) => p !== '---').map((p) => p.replace(/<[^>]+>/g, '')).join('\n\n');
	return {
		index,
		title,
		id: String(9000 + index),
		url: `${BASE}/chapters/${9000 + index}`,
		summaryHtml: null,
		notesHtml: null,
		endNotesHtml: null,
		html,
		text,
		words: text.split(/\s+/).filter(Boolean).length,
		...extra,
	};
}

const TITLES = ['The First Entry', 'Low Tide', 'The Last Page', 'Fog Signals', 'Ledger Balanced'];

function chapterRefs(count: number): ChapterRef[] {
	return Array.from({ length: count }, (_, i) => ({
		index: i + 1,
		title: TITLES[i] ?? null,
		id: String(9001 + i),
		url: `${BASE}/chapters/${9001 + i}`,
	}));
}

export function baseStory(overrides: Partial<Story> = {}): Story {
	return {
		kind: 'story',
		site: 'ao3',
		url: BASE,
		storyKey: 'ao3:4242',
		title: 'The Lighthouse Keeper’s Ledger',
		authors: ['saltwren', 'Moth Ink'],
		authorLinks: [
			{ text: 'saltwren', url: 'https://archive.example/users/saltwren' },
			{ text: 'Moth Ink', url: 'https://archive.example/users/mothink' },
		],
		rating: 'Teen And Up Audiences',
		ratingLevel: 'teen',
		warnings: ['Major Character Death', 'Graphic Depictions Of Violence'],
		warningsHiddenBySite: false,
		hiddenWarningsUrl: null,
		categories: ['Gen'],
		fandoms: ['Coastal Tales (Novel Series)'],
		relationships: ['Ada Brill & Tomas Vey'],
		characters: ['Ada Brill', 'Tomas Vey', 'The Harbourmaster'],
		tags: ['Found Family', 'Storms', 'Slow Burn', 'Ledgers', 'Lighthouses', 'Tea', 'Weather As Metaphor', 'Hurt/Comfort'],
		tagsHiddenBySite: false,
		hiddenTagsUrl: null,
		spoilers: null,
		language: 'English',
		series: [{ title: 'Harbour Lights', url: 'https://archive.example/series/77', part: 2 }],
		collections: [],
		stats: {
			words: 12345,
			chapters: 3,
			chaptersExpected: null,
			published: '2024-03-01',
			updated: '2024-05-09',
			complete: false,
			extra: { kudos: '120' },
		},
		summary: 'A keeper counts the ships that never come home.',
		summaryHtml: '<p>A keeper counts the ships that <em>never</em> come home.</p>',
		notesHtml: '<p>Written for a rainy week.</p>',
		endNotesHtml: '<p>Thank you for reading the whole ledger.</p>',
		extraFields: [{ key: 'Beta', value: 'A patient friend' }],
		chapterList: chapterRefs(3),
		chapters: [
			chapter(1, 'The First Entry', [
				'The lamp was lit at six, as always.',
				'Ada wrote the date in the ledger and underlined it twice.',
				'---',
				'By morning the sea had gone flat and grey.',
				'<details open><summary>Spoiler</summary><p>The ship was never lost.</p></details>',
			], { notesHtml: '<p>Chapter one note.</p>', endNotesHtml: '<p>Chapter one end note.</p>' }),
			chapter(2, 'Low Tide', ['Tomas came up the stairs with two cups.', 'Neither of them mentioned the ledger.']),
			chapter(3, 'The Last Page', ['The final entry was a single word.', 'She closed the book and put out the lamp.']),
		],
		isEntireWork: true,
		gate: null,
		prevChapterUrl: null,
		nextChapterUrl: null,
		...overrides,
	};
}

/** Chapter 2 of 5 on its own page: neighbours are the site's chapter URLs. */
export function singleChapterStory(overrides: Partial<Story> = {}): Story {
	return baseStory({
		chapterList: chapterRefs(5),
		chapters: [chapter(2, 'Low Tide', ['Tomas came up the stairs with two cups.', 'Neither of them mentioned the ledger.'])],
		stats: { ...baseStory().stats, chapters: 5, chaptersExpected: 7 },
		isEntireWork: false,
		endNotesHtml: null,
		prevChapterUrl: `${BASE}/chapters/9001`,
		nextChapterUrl: `${BASE}/chapters/9003`,
		...overrides,
	});
}

export function gateStory(): Story {
	return baseStory({
		kind: 'gate',
		chapters: [],
		gate: { reason: 'adult', message: 'This work could have adult content.', continueUrl: `${BASE}?view_adult=true` },
	});
}
