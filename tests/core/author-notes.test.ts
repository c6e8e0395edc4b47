// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { takeNotesFromText } from '../../src/core/author-notes.js';
import { paragraphElements } from '../../src/core/paragraphs.js';
import { documentFrom, extractFixture } from './helpers.js';

/** Authors' notes written into FanFiction.net chapters become the chapter's notes; the text keeps the story. */

function body(html: string): Element {
	const root = documentFrom(`<div id="text">${html}</div>`, 'https://www.fanfiction.net/s/1/1/').getElementById('text');
	if (!root) throw new Error('no body');
	return root;
}

const texts = (root: Element | null): string[] => (root ? paragraphElements(root).map((p) => (p.textContent ?? '').trim()) : []);

describe('takeNotesFromText', () => {
	test('an opening A/N and disclaimer move to the notes, the separator after them goes, the story stays', () => {
		const root = body('<p>A/N: First fic, be gentle.</p><p>Disclaimer: Not mine.</p><p>***</p><p>The rain had stopped.</p><p>She went out.</p>');
		const { notes, endNotes } = takeNotesFromText(root);
		expect(texts(notes)).toEqual(['A/N: First fic, be gentle.', 'Disclaimer: Not mine.']);
		expect(endNotes).toBeNull();
		expect(texts(root)).toEqual(['The rain had stopped.', 'She went out.']);
	});

	test('closing notes: from the first marker near the end to the end, with the separator before them dropped', () => {
		const root = body('<p>One.</p><p>Two.</p><p>Three.</p><p>o0o0o</p><p>[AN: thanks for reading]</p><p>Next time: the toaster.</p>');
		const { notes, endNotes } = takeNotesFromText(root);
		expect(notes).toBeNull();
		expect(texts(endNotes)).toEqual(['[AN: thanks for reading]', 'Next time: the toaster.']);
		expect(texts(root)).toEqual(['One.', 'Two.', 'Three.']);
	});

	test('every marker the authors use is recognised, with the usual decoration', () => {
		for (const opening of ["Author's Note: hi", "Authors' Notes - hi", 'Author Note hi', '**A/N** hi', '(A.N. hi)', 'AN: hi', 'A / N hi', '~Disclaimer~ not mine']) {
			const root = body(`<p>${opening}</p><p>Story begins.</p>`);
			expect(texts(takeNotesFromText(root).notes), opening).toEqual([opening]);
			expect(texts(root)).toEqual(['Story begins.']);
		}
	});

	test('story text that only looks like a marker stays: "An old man", "Anna\'s note", "Disclaimers"', () => {
		for (const opening of ['An old man sat by the road.', "Anna's note was short.", 'Disclaimers bored him.', 'Author of the letter unknown.']) {
			const root = body(`<p>${opening}</p><p>More story.</p>`);
			expect(takeNotesFromText(root)).toEqual({ notes: null, endNotes: null });
			expect(texts(root)).toEqual([opening, 'More story.']);
		}
	});

	test('preface fields count only beside a real note: "Title:/Summary:/A/N:" moves, "Title:" alone stays', () => {
		const withNote = body('<p>Title: Rain</p><p>Summary: It rains.</p><p>A/N: My first.</p><p>.</p><p>Prologue</p><p>It rained.</p>');
		expect(texts(takeNotesFromText(withNote).notes)).toEqual(['Title: Rain', 'Summary: It rains.', 'A/N: My first.']);
		expect(texts(withNote)).toEqual(['Prologue', 'It rained.']);
		const alone = body('<p>Title: Rain</p><p>It rained.</p>');
		expect(takeNotesFromText(alone).notes).toBeNull();
		expect(texts(alone)).toEqual(['Title: Rain', 'It rained.']);
	});

	test('an opening note runs on to a separator close by, but not into the story when there is none', () => {
		const runOn = body('<p>A/N: Long one today.</p><p>Thanks for waiting.</p><hr><p>Story.</p><p>More.</p>');
		expect(texts(takeNotesFromText(runOn).notes)).toEqual(['A/N: Long one today.', 'Thanks for waiting.']);
		expect(texts(runOn)).toEqual(['Story.', 'More.']);
		const noSeparator = body('<p>A/N: Short.</p><p>"Run!" she shouted.</p><p>They ran.</p><p>They ran further.</p><p>Then they stopped.</p>');
		expect(texts(takeNotesFromText(noSeparator).notes)).toEqual(['A/N: Short.']);
		expect(texts(noSeparator)[0]).toBe('"Run!" she shouted.');
	});

	test('a note in the middle of the text stays there, also near the end unless a separator sets it apart', () => {
		const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
		for (const html of [
			`${paragraphs(5)}<p>A/N: flashback ahead</p>${paragraphs(10)}`,
			`${paragraphs(5)}<p>A/N: flashback ahead</p>${paragraphs(6)}`,
		]) {
			const root = body(html);
			expect(takeNotesFromText(root)).toEqual({ notes: null, endNotes: null });
			expect(texts(root)).toContain('A/N: flashback ahead');
		}
		const setApart = body(`${paragraphs(5)}<hr><p>A/N: that was chapter two</p>${paragraphs(6).replace(/Paragraph/g, 'Reply')}`);
		expect(texts(takeNotesFromText(setApart).endNotes)).toHaveLength(7);
	});

	test('never empties the text: a chapter that is only a disclaimer, or only notes and separators, is left alone', () => {
		const only = body('<p>Disclaimer: This story is somewhat shortened.</p>');
		expect(takeNotesFromText(only)).toEqual({ notes: null, endNotes: null });
		expect(texts(only)).toEqual(['Disclaimer: This story is somewhat shortened.']);
		const notesOnly = body('<p>A/N: sorry, no chapter this week</p><p>* * *</p><p>A/N: back soon</p>');
		expect(takeNotesFromText(notesOnly)).toEqual({ notes: null, endNotes: null });
		expect(texts(notesOnly)).toHaveLength(3);
	});

	test('nothing but separators is lost: notes, text and end notes hold every other paragraph, in order', () => {
		const html = '<p>A/N: hi</p><p>~~~</p><p>One.</p><p>* * *</p><p>Two.</p><p>~~~</p><p>Author\'s note: bye</p><p>Review!</p>';
		const root = body(html);
		const { notes, endNotes } = takeNotesFromText(root);
		expect([...texts(notes), ...texts(root), ...texts(endNotes)]).toEqual(['A/N: hi', 'One.', '* * *', 'Two.', "Author's note: bye", 'Review!']);
	});
});

describe('FanFiction.net chapters with authors\' notes in the text', () => {
	test('opening and closing notes become the chapter\'s notes and end notes; the text is the story', () => {
		const story = extractFixture('ffnet-author-notes.html', 'https://www.fanfiction.net/s/9000003/2/Tin-Kettle');
		const [chapter] = story.chapters;
		expect(chapter?.notesHtml).toBe('<p><strong>A/N:</strong> Sorry this took so long! My laptop died and took the first draft with it.</p><p>Big thanks to my beta, who fixed all my commas.</p><p>Disclaimer: I own the kettle. Nobody else wanted it.</p>');
		expect(chapter?.endNotesHtml).toBe("<p>(A/N: That's the end! Thank you for every review.</p><p>Review if you'd like a sequel about the toaster.)</p>");
		expect(chapter?.text.split('\n\n')).toEqual([
			'An hour later the kettle was still cold.',
			'Nell put her hand flat against its side and felt nothing at all, not even the polite lukewarm of a kettle that meant well.',
			'"Come on," she said. "I believe in you."',
			'The kettle, for the first time in its life, began to sing.',
		]);
		expect(chapter?.words).toBe(52);
	});

	test('a chapter with no notes in its text is unchanged (the older fixture)', () => {
		const story = extractFixture('ffnet-current.html', 'https://www.fanfiction.net/s/9000001/2/Paper-Boats');
		expect(story.chapters[0]).toMatchObject({ notesHtml: null, endNotesHtml: null });
		expect(story.chapters[0]?.text.split('\n\n')).toHaveLength(3);
	});

	test('AO3 is not touched: its notes come from its own fields', () => {
		const story = extractFixture('ao3-chapter.html', 'https://archiveofourown.org/works/900002/chapters/5002');
		expect(story.chapters[0]?.notesHtml).toBe('<p>Content note for a storm.</p>');
	});
});
