// @vitest-environment jsdom
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusAvailable, corpusDir, extractFile, extractFixture } from './helpers.js';

/**
 * Notes where the author put them: AO3's beginning notes that only point to
 * the end ("See the end of the chapter for notes") are not notes at the top,
 * and FanFiction.net's authors' notes leave the text for the notes.
 */

describe('AO3 chapter whose beginning notes only point to the end notes', () => {
	test('the end notes are shown at the end only, not above the text', () => {
		const story = extractFixture('ao3-chapter-end-notes-only.html', 'https://archiveofourown.org/works/900002/chapters/5002');
		const [chapter] = story.chapters;
		expect(chapter?.notesHtml).toBeNull();
		expect(chapter?.endNotesHtml).toBe('<p>Thank you for reading; the storm is based on one that really did take the pier in 1987.</p>');
		expect(chapter?.summaryHtml).toBe('<p>The tide comes in early.</p>');
	});

	test('with both, each stays in its place', () => {
		const [chapter] = extractFixture('ao3-chapter.html', 'https://archiveofourown.org/works/900002/chapters/5002').chapters;
		expect(chapter).toMatchObject({ notesHtml: '<p>Content note for a storm.</p>', endNotesHtml: '<p>More soon.</p>' });
	});
});

if (corpusAvailable()) {
	const page = (path: string, url: string) => extractFile(join(corpusDir, path), url);

	describe('notes on real pages (corpus)', () => {
		test('AO3 chapter 2 with end notes only: no copy of them at the top', () => {
			const [chapter] = page('ao3/multichap-ch2-nocategory-48582418.html', 'https://archiveofourown.org/works/48582418/chapters/122617258').chapters;
			expect(chapter?.notesHtml).toBeNull();
			expect(chapter?.endNotesHtml).toContain('I hope I did the characters justice.');
		});

		test('AO3 chapter with beginning and end notes keeps both, different', () => {
			const [chapter] = page('ao3/multichap-wip-ch1-workskin-17793689.html', 'https://archiveofourown.org/works/17793689/chapters/41980418').chapters;
			expect(chapter?.notesHtml).toContain('Modern Thedas AU');
			expect(chapter?.endNotesHtml).toContain('Fen\'Harel save me');
			expect(chapter?.notesHtml).not.toContain('Fen\'Harel save me');
		});

		test('FanFiction.net: the disclaimer above Potter Club is its notes; the text starts with the story', () => {
			const [chapter] = page('ffnet/multichap-ch1-of-66-potter-club.html', 'https://www.fanfiction.net/s/12013542/1/Potter-Club').chapters;
			expect(chapter?.notesHtml).toBe('<p><strong>Disclaimer: I do Not own Harry Potter</strong></p>');
			expect(chapter?.endNotesHtml).toBeNull();
			expect(chapter?.text.startsWith('"GRYFFINDOR!"')).toBe(true);
			expect(chapter?.text).not.toContain('Disclaimer');
		});

		test('FanFiction.net: Dreaming of Sunshine\'s opening preface and notes and its closing notes leave the text', () => {
			const [chapter] = page('ffnet/multichap-ch1-prologue-dreaming-of-sunshine.html', 'https://www.fanfiction.net/s/7347955/1/Dreaming-of-Sunshine').chapters;
			expect(chapter?.notesHtml).toMatch(/^<p>Title: Dreaming of Sunshine<\/p><p>Summary: Life as a ninja\..*<\/p><p>Author's Notes: If you're reading this/);
			expect(chapter?.endNotesHtml).toMatch(/^<p>Author's Notes: Well\. The sin of all fanfiction writers\./);
			expect(chapter?.text).toMatch(/^Prologue/);
			expect(chapter?.text).toMatch(/Oh, shit\.$/);
			expect(chapter?.text).not.toMatch(/Author's Notes|Title: Dreaming/);
		});

		test('FanFiction.net pages without notes in the text are unchanged', () => {
			const calculation = page('ffnet/oneshot-calculation.html', 'https://www.fanfiction.net/s/7628565/1/Calculation').chapters[0];
			expect(calculation).toMatchObject({ notesHtml: null, endNotesHtml: null });
			expect(calculation?.text).toMatch(/^There were two things Harry Potter/);
			const onlyDisclaimer = page('ffnet/old-2013-oneshot-no-genre-edited.html', 'https://www.fanfiction.net/s/7681144/1/').chapters[0];
			expect(onlyDisclaimer?.text).toBe('Disclaimer: This story is somewhat shortened.');
			expect(onlyDisclaimer?.notesHtml).toBeNull();
		});
	});
}
