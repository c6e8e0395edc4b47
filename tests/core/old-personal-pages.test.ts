// @vitest-environment jsdom
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { extractStory } from '../../src/extract/extract.js';
import type { Story } from '../../src/core/types.js';
import { documentFrom, fixture, fixturesDir, plainTextDocument } from './helpers.js';

/**
 * The page shape Quire was born for (issue 8): an old personal archive page
 * whose first lines are the title, `By Author`, then `Rating:` /
 * `Content/Warnings:` / `Spoilers:` / `Disclaimer:` / `Distribution:` /
 * `Feedback:` / `Notes:`, as a `.txt` file and as an HTML page with
 * `<center><b>Title</b><br>By Author</center>` and navigation links top and
 * bottom. tests/fixtures/lantern-ferry.{txt,html} are the same story of our
 * own, in both forms.
 */

const HTML_URL = 'http://www.example.net/~wren/fiction/lantern-ferry.html';
const TXT_URL = 'http://www.example.net/~wren/fiction/lantern-ferry.txt';
const NAVIGATION = /\b(?:Home|Fiction|Links|Email|Back|Next)\b|Back to Fiction/;

function fromHtml(): Story {
	return extractStory(documentFrom(fixture('lantern-ferry.html'), HTML_URL), HTML_URL);
}

function fromText(): Story {
	return extractStory(plainTextDocument(fixture('lantern-ferry.txt'), TXT_URL), TXT_URL);
}

/** What a reader sees of the story, minus what differs by nature between the two files (address, markup). */
function reading(story: Story) {
	return {
		kind: story.kind,
		title: story.title,
		authors: story.authors,
		rating: story.rating,
		ratingLevel: story.ratingLevel,
		warnings: story.warnings,
		spoilers: story.spoilers,
		extraFields: story.extraFields,
		notesHtml: story.notesHtml,
		words: story.stats.words,
		text: story.chapters[0]?.text,
	};
}

describe('an old personal archive story, as .txt and as HTML', () => {
	test('the HTML page: title and author from the centred title and byline, every header line in its place', () => {
		const story = fromHtml();
		expect(story).toMatchObject({
			kind: 'story',
			site: 'generic',
			title: 'The Lantern Ferry',
			authors: ['Wren Halloway'],
			rating: 'PG',
			ratingLevel: 'general',
			warnings: ['mild peril', 'a death mentioned in passing'],
			spoilers: 'set after "The Long Crossing"',
			notesHtml: '<p>Written for the Autumn Crossings ficathon. Thanks to Tam for the beta read, and for knowing what a wick is.</p>',
		});
		expect(story.extraFields).toEqual([
			{ key: 'Disclaimer', value: "Pell, Marisol and the river are mine. Please don't take them anywhere without asking." },
			{ key: 'Distribution', value: 'Ask first; I will almost certainly say yes.' },
			{ key: 'Feedback', value: 'Always welcome, at wren@example.org' },
		]);
	});

	test('the HTML page: the text starts with the story and ends with it, no header line, no navigation', () => {
		const text = fromHtml().chapters[0]?.text ?? '';
		expect(text.startsWith('The ferry left at dusk')).toBe(true);
		expect(text.endsWith('"Sit down. We\'ll go back the long way."')).toBe(true);
		expect(text).not.toMatch(/Rating:|Warnings:|Spoilers:|Disclaimer:|Distribution:|Feedback:|Notes:|By Wren/);
		expect(text).not.toMatch(NAVIGATION);
		expect(fromHtml().chapters[0]?.html).not.toMatch(/<a\s/);
	});

	test('the .txt file reads exactly as the HTML page: same header, notes, text and word count', () => {
		const html = reading(fromHtml());
		const txt = reading(fromText());
		expect(txt).toEqual(html);
		expect(txt.words).toBe(381);
		expect(txt.text?.split('\n\n')).toHaveLength(19);
	});

	test('the .txt file keeps its title lines out of the text', () => {
		const text = fromText().chapters[0]?.text ?? '';
		expect(text.split('\n')[0]).toBe('The ferry left at dusk, the way it always had, with one lantern at the bow and Old Pell at the wheel.');
		expect(text).not.toContain('The Lantern Ferry');
	});

	test('`quire extract story.txt --url …` gives the same story', async () => {
		let out = '';
		const code = await runCli(['extract', join(fixturesDir, 'lantern-ferry.txt'), '--url', TXT_URL], { stdout: (s) => { out += s; }, stderr: () => undefined, readStdin: async () => Buffer.alloc(0) });
		expect(code).toBe(0);
		const story = JSON.parse(out) as Story;
		expect(reading(story)).toEqual(reading(fromHtml()));
	});
});

/** A story of its own words for the variants below: enough prose and dialogue to read as fiction. */
const PROSE = Array.from({ length: 16 }, (_, i) => `"Row ${i + 1}," said Pell, and the lantern swung while the river went on under them, slow and brown and patient as ever.`);

function textStory(lines: string): Story {
	const url = 'http://www.example.net/~wren/variant.txt';
	return extractStory(plainTextDocument(`${lines}\n\n${PROSE.join('\n\n')}\n`, url), url);
}

function htmlStory(top: string): Story {
	const url = 'http://www.example.net/~wren/variant.html';
	return extractStory(documentFrom(`<html><head><title>Wren's fiction</title></head><body>${top}${PROSE.map((p) => `<p>${p}</p>`).join('')}</body></html>`, url), url);
}

describe('a title line followed directly by its byline', () => {
	test.each([
		['By X under the title', 'The Lantern Ferry\nBy Wren Halloway\n\nRating: PG\nWarnings: none'],
		['lower-case by', 'The Lantern Ferry\nby Wren Halloway\n\nRating: PG\nWarnings: none'],
		['Author: X under the title, in the same block as the keys', 'The Lantern Ferry\nAuthor: Wren Halloway\nRating: PG\nWarnings: none'],
		['a blank line between title and byline', 'The Lantern Ferry\n\nBy Wren Halloway\n\nRating: PG\nWarnings: none'],
		['title and byline with no header block, over fiction', 'The Lantern Ferry\nby Wren Halloway'],
	])('in a .txt file: %s', (_, top) => {
		const story = textStory(top);
		expect(story).toMatchObject({ kind: 'story', title: 'The Lantern Ferry', authors: ['Wren Halloway'] });
		expect(story.chapters[0]?.text).toMatch(/^"Row 1,"/);
	});

	test.each([
		['<center><b>Title</b><br>By Author</center>', '<center><b>The Lantern Ferry</b><br>By Wren Halloway</center><p>Rating: PG<br>Warnings: none</p>'],
		['<p>Title<br>by Author</p>', '<p>The Lantern Ferry<br>by Wren Halloway</p><p>Rating: PG</p><p>Spoilers: none</p><p>Pairing: none</p>'],
		['<p>Title<br>Author: X<br>Rating…</p>', '<p><b>The Lantern Ferry</b><br>Author: Wren Halloway<br>Rating: PG<br>Warnings: none</p>'],
		['a centred title and byline with no header block, over fiction', '<center><b>The Lantern Ferry</b><br>By Wren Halloway</center><hr>'],
	])('in HTML: %s', (_, top) => {
		const story = htmlStory(top);
		expect(story).toMatchObject({ kind: 'story', title: 'The Lantern Ferry', authors: ['Wren Halloway'] });
		expect(story.chapters[0]?.text).toMatch(/^"Row 1,"/);
	});
});

describe('notes and header fields', () => {
	test('Notes, A/N and Author\'s Note become the story\'s notes, foldable and never text; Disclaimer, Archive and Feedback stay header fields', () => {
		const story = textStory([
			'Title: The Lantern Ferry', 'Author: Wren Halloway', 'Rating: PG', "Author's Note: For Tam.", 'A/N: Set on the river Wenn.',
			'Disclaimer: Mine.', 'Archive: Anywhere, just ask.', 'Feedback: Yes please.', 'Notes: The ferry is real; the fox is not.',
		].join('\n'));
		expect(story.notesHtml).toBe('<p>For Tam.</p><p>Set on the river Wenn.</p><p>The ferry is real; the fox is not.</p>');
		expect(story.extraFields).toEqual([{ key: 'Disclaimer', value: 'Mine.' }, { key: 'Archive', value: 'Anywhere, just ask.' }, { key: 'Feedback', value: 'Yes please.' }]);
		expect(story.chapters[0]?.text).not.toMatch(/For Tam|river Wenn|fox is not/);
	});

	test('a note under its own key ("Notes:" then the note) is the note, not story text', () => {
		const story = textStory('Title: The Lantern Ferry\nAuthor: Wren Halloway\nRating: PG\nNotes:\n\nThanks to Tam for the beta read.');
		expect(story.notesHtml).toBe('<p>Thanks to Tam for the beta read.</p>');
		expect(story.chapters[0]?.text).toMatch(/^"Row 1,"/);
	});
});
