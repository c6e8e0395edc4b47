// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { entryKind, readEntryHeader } from '../../src/core/entry-header.js';
import { rawParagraphs } from '../../src/core/raw-paragraphs.js';
import { extractStory } from '../../src/extract/extract.js';
import { site } from '../../src/sites/journal.js';
import { documentFrom, extractFixture, fixture } from './helpers.js';

/**
 * Dreamwidth / LiveJournal / InsaneJournal entries on our own fixtures (markup
 * shaped like the sites' own, text written by us). The real pages of the shared
 * corpus are checked in corpus-expected/journal.ts.
 */

const DW_URL = 'https://someone.dreamwidth.org/1234.html';
const IJ_URL = 'https://asylums.insanejournal.com/lamplight_fic/5678.html?format=light';

/** A Dreamwidth entry page around `content`, with `subject` and `tags`. */
function dwEntry(content: string, subject = 'An entry', tags: string[] = []): string {
	const tagList = tags.map((t) => `<li><a rel="tag" href="https://someone.dreamwidth.org/tag/${t}">${t}</a></li>`).join('');
	return `<!DOCTYPE html><html><head><title>someone | ${subject}</title></head><body>
	<div class="entry-wrapper" id="entry-wrapper-77"><div class="entry"><h3 class="entry-title">${subject}</h3>
	<span class="poster entry-poster"><span lj:user="someone" class="ljuser"><a href="https://someone.dreamwidth.org/"><b>someone</b></a></span></span>
	<div class="entry-content">${content}</div><div class="tag"><ul>${tagList}</ul></div></div></div>
	<div id="comments"><div class="comment-content">A comment.</div></div></body></html>`;
}

const PROSE = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the ferry story: the night boat crossed the bay with its lamps low and nobody aboard said a word until the far pier came out of the fog.`).join('<br><br>');

function read(html: string, url = 'https://someone.dreamwidth.org/77.html') {
	const doc = documentFrom(html, url);
	return { story: extractStory(doc, url), kind: site.detect(doc, new URL(url)) };
}

describe('Dreamwidth entry (own fixture)', () => {
	const s = extractFixture('dreamwidth-entry.html', DW_URL);
	const text = s.chapters[0]?.text ?? '';

	test('the fic header fills the story header; the poster is the author', () => {
		expect(s).toMatchObject({ kind: 'story', site: 'journal', storyKey: 'journal:someone.dreamwidth.org/1234', title: "The Lamplighter's Ledger", authors: ['someone'], rating: 'Teen', ratingLevel: 'teen', warnings: [], fandoms: ['Harbour Lights (TV)'], characters: ['Maren Holt', 'Ivo Castellan'], isEntireWork: true });
		expect(s.authorLinks).toEqual([{ text: 'someone', url: 'https://someone.dreamwidth.org/' }]);
		expect(s.summary).toBe('Every night the harbour lamps are lit by hand, and every night Maren writes down who came to watch.');
		expect(s.extraFields.map((f) => f.key)).toEqual(['Word count', 'Disclaimer']);
		// Notes: in the fic header are the story's notes (folded), as on personal pages; never text.
		expect(s.notesHtml).toMatch(/<p>.+<\/p>/);
		expect(s.chapters[0]?.text).not.toMatch(/^Notes:/m);
		expect(s.tags).toEqual(['fic', 'fandom: harbour lights']);
		expect(s.stats).toMatchObject({ words: 340, published: '2023-12-21' });
	});

	test('the text is the story only: no header, cut link, moods, tags, comments or navigation', () => {
		expect(text.startsWith('The ledger lived on a hook by the door of the lamp house')).toBe(true);
		expect(text.endsWith('how long the last lamp had taken.')).toBe(true);
		expect(text).not.toMatch(/Title:|Fandom:|Summary:|Disclaimer:|Notes:|Read more|accomplished|foghorns|Location|fandom: harbour|Previous Entry|Reply|2 comments|not crying|pretend not to be pleased|Recent Entries/);
		expect(s.chapters[0]?.words).toBe(276);
		expect(s.chapters[0]?.html).toContain('<hr>');
		expect(s.chapters[0]?.html).toContain('<i>stayed until the last lamp.</i>');
	});

	test('the page check says story; the same entry at its dated address keeps its key', () => {
		const doc = documentFrom(fixture('dreamwidth-entry.html'), DW_URL);
		expect(site.matchUrl(new URL(DW_URL))).toBe(true);
		expect(site.detect(doc, new URL(DW_URL))).toBe('story');
		const slug = 'https://someone.dreamwidth.org/2023/12/21/the-lamplighters-ledger.html';
		expect(site.matchUrl(new URL(slug))).toBe(true);
		expect(extractFixture('dreamwidth-entry.html', slug).storyKey).toBe('journal:someone.dreamwidth.org/1234');
	});

	test('a journal page listing two entries is not one story', () => {
		const html = fixture('dreamwidth-entry.html');
		const entry = html.slice(html.indexOf('<div class="entry-wrapper'), html.indexOf('<div id="comments">'));
		const listing = html.replace(entry, entry + entry.replace(/1234/g, '1200'));
		expect(extractStory(documentFrom(listing, 'https://someone.dreamwidth.org/'), 'https://someone.dreamwidth.org/').kind).toBe('not-story');
	});
});

describe('InsaneJournal community entry, ?format=light layout (own fixture)', () => {
	const s = extractFixture('insanejournal-entry.html', IJ_URL);

	test('`Author:` wins over the poster; the header gives title, fandom, rating and genres', () => {
		expect(s).toMatchObject({ kind: 'story', storyKey: 'journal:lamplight-fic.insanejournal.com/5678', title: 'Salt and Cedar', authors: ['Wren Fairweather'], rating: 'G', ratingLevel: 'general', fandoms: ['Harbour Lights (TV)'], categories: [] });
		// Genres are tags, as on AO3 and in the label tables of eFiction and FicWad.
		expect(s.tags.slice(0, 2)).toEqual(['Gen', 'Hurt/Comfort']);
		expect(s.authorLinks).toEqual([{ text: 'Wren Fairweather', url: null }]);
		expect(s.stats.published).toBe('2024-02-03');
	});

	test('subject line, mood table and comments stay out of the text', () => {
		const text = s.chapters[0]?.text ?? '';
		expect(text.startsWith('Nobody remembered afterwards who had shouted first.')).toBe(true);
		expect(text.endsWith('someone had hung a lamp above it.')).toBe(true);
		expect(text).not.toMatch(/Salt and Cedar|Current mood|hopeful|shanties|Title:|Author:|workbench in the street!|Post a new comment/);
		expect(s.chapters[0]?.words).toBe(162);
	});
});

describe('what a journal entry is', () => {
	test('no header, but the subject calls it a fic: a story titled by the subject, by the poster', () => {
		const { story, kind } = read(dwEntry(PROSE, '[FIC] Night Ferry'));
		expect(kind).toBe('story');
		expect(story).toMatchObject({ kind: 'story', title: 'Night Ferry', authors: ['someone'] });
		expect(story.chapters[0]?.text).not.toContain('A comment.');
	});

	test('a diary entry is not a story, even a long one', () => {
		const { story, kind } = read(dwEntry(PROSE, 'What I did on Sunday', ['life', 'boats']));
		expect(kind).toBe('not-story');
		expect(story.kind).toBe('not-story');
	});

	test('a masterlist of several headed fics is their index', () => {
		const block = (n: number): string => `Title: <a href="https://someone.dreamwidth.org/${n}.html">Lamp ${n}</a><br>Fandom: Harbour Lights<br>Rating: G<br>Summary: Lamp number ${n}.`;
		const { story } = read(dwEntry(`${block(1)}<br><br>${block(2)}<br><br>${block(3)}`, 'Masterlist'));
		expect(story.kind).toBe('index');
		expect(story.chapterList.map((c) => c.url)).toEqual([1, 2, 3].map((n) => `https://someone.dreamwidth.org/${n}.html`));
		expect(story.chapters).toEqual([]);
	});

	test('a recommendation post is not a story', () => {
		const rec = 'Fic Title: Night Ferry<br>Author: someone_else<br>Rating: G<br>Link: <a href="https://archiveofourown.org/works/1">here</a><br>Why this must be read: the fog!';
		expect(read(dwEntry(`${rec}<br><br>${PROSE}`, 'Rec: Night Ferry')).story.kind).toBe('not-story');
	});

	test('a header with no text and no link is not a story', () => {
		expect(read(dwEntry('Title: Soon<br>Fandom: Harbour Lights<br>Rating: G<br>Summary: Coming soon.', 'FIC: Soon')).story.kind).toBe('not-story');
	});

	test('LiveJournal 2017 template: the crosspost note and cut chrome are not text', () => {
		const url = 'https://someone.livejournal.com/3000.html';
		const html = `<html><body><div class="aentry aentry--post2017"><h1 class="aentry-post__title">Fog</h1>
			<div class="aentry-head"><span class="ljuser" data-ljuser="someone"><a href="https://someone.livejournal.com/"><b>someone</b></a></span></div>
			<div class="aentry-post__text">Title: Fog<br>Fandom: Harbour Lights<br>Rating: G<br><br>${PROSE}<br><br>( Read more… )<br><br><span style="font-size: smaller;">This entry was originally posted at <a href="https://someone.dreamwidth.org/1.html">https://someone.dreamwidth.org/1.html</a>. Please comment there using OpenID.</span></div>
			<div class="aentry-post__tags"><a href="https://someone.livejournal.com/tag/fic">fic</a></div></div></body></html>`;
		const { story } = read(html, url);
		expect(story).toMatchObject({ kind: 'story', storyKey: 'journal:someone.livejournal.com/3000', title: 'Fog', authors: ['someone'], tags: ['fic'] });
		expect(story.chapters[0]?.text).not.toMatch(/originally posted|Read more|Title:/);
		expect(story.chapters[0]?.text.endsWith('came out of the fog.')).toBe(true);
	});

	test('an adult gate with an unfamiliar notice still speaks in the site\'s words, with no link to follow', () => {
		const html = '<html><body><div id="notice"><p>This journal may contain adult content. Confirm to continue.</p><form method="post" action="https://www.example-journal.com/adult"><input type="hidden" name="ret" value="x"><input type="submit" name="adult_check" value="Yes"></form></div></body></html>';
		const { story, kind } = read(html, 'https://someone.livejournal.com/3001.html');
		expect(kind).toBe('gate');
		expect(story.gate).toEqual({ reason: 'adult', message: 'This journal may contain adult content. Confirm to continue.', continueUrl: null });
	});

	test('entry addresses: community and shared hosts, slugs; never profiles, tags or listings', () => {
		const claims = (u: string): boolean => site.matchUrl(new URL(u));
		expect(claims('https://users.livejournal.com/some_user/12.html')).toBe(true);
		expect(claims('https://someone.dreamwidth.org/1234.html?thread=99#cmt99')).toBe(true);
		expect(claims('https://someone.dreamwidth.org/tag/fic')).toBe(false);
		expect(claims('https://someone.dreamwidth.org/2023/12/21/')).toBe(false);
		expect(claims('https://someone.insanejournal.com/profile')).toBe(false);
	});
});

describe('only the top and bottom of an entry can be header or crosspost lines', () => {
	test('a later one-word paragraph equal to the title is story text; the header and a crosspost note at the end are not', () => {
		const content = `Home<br><br>by someone<br><br>${PROSE}<br><br>Home<br><br>She said it once more, to the empty pier, and went up the hill.<br><br>This entry was originally posted at https://someone.livejournal.com/77.html.`;
		const { story } = read(dwEntry(content, 'Home'));
		const text = story.chapters[0]?.text ?? '';
		expect(story).toMatchObject({ kind: 'story', title: 'Home', authors: ['someone'] });
		expect(text.startsWith('Paragraph 1 of the ferry story')).toBe(true);
		expect(text).toContain('far pier came out of the fog.\n\nHome\n\nShe said it once more');
		expect(text).not.toMatch(/by someone|originally posted/);
	});

	test('the last paragraph is kept when it only repeats the title', () => {
		const { story } = read(dwEntry(`Home<br><br>by someone<br><br>${PROSE}<br><br>Home`, 'Home'));
		expect(story.chapters[0]?.text.endsWith('came out of the fog.\n\nHome')).toBe(true);
	});
});

describe('entry header (core)', () => {
	test('raw paragraphs split where the sanitiser splits: blocks and two <br>, never scripts or skipped chrome', () => {
		const doc = documentFrom('<div id="e">Title: A<br>Rating: G<br><br>One <b>two</b> three.<script>var x = 1;</script><p>Four.</p><span class="chrome">Share</span></div>', 'https://x.example/');
		const el = doc.getElementById('e');
		expect(el && rawParagraphs(el, '.chrome')).toEqual(['Title: A\nRating: G', 'One two three.', 'Four.']);
		expect(el && rawParagraphs(el, undefined, 1)).toEqual(['Title: A\nRating: G']);
	});

	test('header lines are recognised in cleaned paragraphs however they were grouped', () => {
		const doc = documentFrom('<div id="e">Little Lamp<br><br>by Wren<br><br>Fandom: Harbour Lights<br>Rating: G<br><br>Story text here.</div>', 'https://x.example/');
		const header = readEntryHeader(doc.getElementById('e') as Element);
		expect(header.fields).toMatchObject({ title: 'Little Lamp', authors: ['Wren'], fandoms: ['Harbour Lights'], rating: 'G' });
		expect(header.isHeaderText('Little Lamp')).toBe(true);
		expect(header.isHeaderText('by Wren\nFandom: Harbour Lights')).toBe(true);
		expect(header.isHeaderText('Story text here.')).toBe(false);
		expect(header.proseWords).toBe(3);
		expect(entryKind(header, [], true)).toBe('not-story');
		expect(entryKind(header, ['https://archiveofourown.org/works/1'], true)).toBe('index');
	});
});
