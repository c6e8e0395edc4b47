// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory, siteFor } from '../../src/extract/extract.js';
import { site } from '../../src/sites/efiction.js';
import { documentFrom, extractFixture, firstWords, fixture, lastWords } from './helpers.js';

/**
 * eFiction archives. No real eFiction page could be had for the corpus (see its
 * SOURCES.md), so these fixtures are our own pages built from the engine's own
 * templates and language strings (e107-eFiction/efiction-3.5.x default_tpls/,
 * viewstory.php, languages/en.php) as docs archive-sites.md §3.6 describes them.
 * One story sits on a listed archive (potionsandsnitches.org, under /fanfiction/);
 * the others on an archive Quire has no host entry for, which must be claimed by
 * its markup through the dispatch in src/extract/extract.ts.
 */

const ARCHIVE = 'https://www.potionsandsnitches.org/fanfiction/viewstory.php';
const UNKNOWN = 'https://fics.lanternarchive.example/archive/viewstory.php';
const chapterUrl = (n: number) => `${ARCHIVE}?sid=4321&chapter=${n}`;

describe('eFiction on a listed archive', () => {
	test('a chapter page: title, author, chapter menu, text, notes beside the text, neighbours', () => {
		const s = extractFixture('efiction-chapter.html', chapterUrl(2));
		expect(s).toMatchObject({ kind: 'story', site: 'efiction', storyKey: 'efiction:potionsandsnitches.org/fanfiction:4321', title: "The Cartographer's Daughter", authors: ['inkwell_moth'], isEntireWork: false });
		expect(s.authorLinks).toEqual([{ text: 'inkwell_moth', url: 'https://www.potionsandsnitches.org/fanfiction/viewuser.php?uid=88' }]);
		expect(s.chapterList.map((c) => [c.index, c.title])).toEqual([[1, 'The Blank Margin'], [2, 'Ink and Salt'], [3, 'Where the Roads End']]);
		expect(s.stats.chapters).toBe(3);
		expect(s.prevChapterUrl).toBe(chapterUrl(1));
		expect(s.nextChapterUrl).toBe(chapterUrl(3));
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 2, title: 'Ink and Salt', url: chapterUrl(2) });
		expect(chapter?.notesHtml).toBe('<p>This chapter owes its harbour to a week of rain in a seaside town.</p>');
		expect(chapter?.endNotesHtml).toBe('<p>Thank you for reading. The last chapter goes up next week.</p>');
		// nl2br text inside the text-size span becomes real paragraphs.
		expect(chapter?.text.split('\n\n')).toHaveLength(5);
		expect(firstWords(chapter?.text ?? '', 4)).toBe('Ottoline woke to the');
		expect(lastWords(chapter?.text ?? '', 4)).toBe('had learned to breathe.');
		expect(chapter?.text).not.toMatch(/Previous|Next|Text Size|Report This|Disclaimer|owes its harbour|login/);
		// The chapter page shows no header block in eFiction's default skin: nothing is invented.
		expect(s).toMatchObject({ rating: null, summary: null, warnings: [] });
	});

	test('the story index (&index=1): the whole header and the chapter list, no text', () => {
		const s = extractFixture('efiction-index.html', `${ARCHIVE}?sid=4321&index=1`);
		expect(s).toMatchObject({
			kind: 'index', storyKey: 'efiction:potionsandsnitches.org/fanfiction:4321', title: "The Cartographer's Daughter", authors: ['inkwell_moth'],
			rating: 'PG-13', ratingLevel: 'teen', warnings: ['Character Death'], categories: ['Original Fiction', 'Sea Stories'],
			characters: ['Ottoline Marsh', 'The Cartographer'], tags: ['Drama', 'Mystery'], chapters: [], extraFields: [],
		});
		expect(s.summary).toBe("A mapmaker's daughter finds a coast that was never charted.\nAnd the coast finds her.");
		expect(s.series).toEqual([{ title: 'Paper Roads', url: 'https://www.potionsandsnitches.org/fanfiction/viewseries.php?seriesid=12', part: null }]);
		expect(s.stats).toMatchObject({ chapters: 3, words: 2345, complete: true, published: '2009-03-14', updated: '2009-04-02', extra: { read: '812' } });
		expect(s.notesHtml).toBe('<p>Written for a friend who collects old charts.</p>');
		expect(s.chapterList.map((c) => [c.index, c.title, c.url])).toEqual([[1, 'The Blank Margin', chapterUrl(1)], [2, 'Ink and Salt', chapterUrl(2)], [3, 'Where the Roads End', chapterUrl(3)]]);
	});

	test('the printable view of all chapters is the entire work, each chapter with its own notes', () => {
		const s = extractFixture('efiction-printable.html', `${ARCHIVE}?action=printable&textsize=0&sid=4321&chapter=all`);
		expect(s).toMatchObject({ kind: 'story', storyKey: 'efiction:potionsandsnitches.org/fanfiction:4321', title: "The Cartographer's Daughter", authors: ['inkwell_moth'], isEntireWork: true, warnings: ['Character Death'], tags: ['Drama', 'Mystery'] });
		expect(s.series).toEqual([{ title: 'Paper Roads', url: null, part: null }]);
		expect(s.chapters.map((c) => [c.index, c.title, c.url])).toEqual([[1, 'The Blank Margin', chapterUrl(1)], [2, 'Ink and Salt', chapterUrl(2)], [3, 'Where the Roads End', chapterUrl(3)]]);
		expect(s.chapters.map((c) => [c.notesHtml !== null, c.endNotesHtml !== null])).toEqual([[false, false], [true, true], [false, false]]);
		expect(firstWords(s.chapters[0]?.text ?? '', 3)).toBe('Every map her');
		expect(lastWords(s.chapters[2]?.text ?? '', 3)).toBe('own small footprints.');
		const all = s.chapters.map((c) => c.text).join('\n');
		expect(all).not.toMatch(/Back to index|Disclaimer|archived at|by inkwell_moth|rain in a seaside town/);
		expect(s.notesHtml).toBe('<p>Written for a friend who collects old charts.</p>');
	});

	test('the age-consent interstitial is a gate whose continue link is the site\'s own', () => {
		const s = extractFixture('efiction-gate-age.html', `${ARCHIVE}?sid=4400`);
		expect(s).toMatchObject({ kind: 'gate', title: 'Low Tide at Harrow Point', storyKey: 'efiction:potionsandsnitches.org/fanfiction:4400', chapters: [] });
		expect(s.gate).toEqual({ reason: 'age', message: 'Age Consent Required This story is rated Adult. Click here if you are 18 or older.', continueUrl: `${ARCHIVE}?sid=4400&ageconsent=ok&warning=4` });
	});

	test('page kinds for the content script, on the same markup', () => {
		const kind = (name: string, url: string) => site.detect(documentFrom(fixture(name), url), new URL(url));
		expect(kind('efiction-chapter.html', chapterUrl(2))).toBe('story');
		expect(kind('efiction-index.html', `${ARCHIVE}?sid=4321&index=1`)).toBe('index');
		expect(kind('efiction-printable.html', `${ARCHIVE}?action=printable&sid=4321&chapter=all`)).toBe('story');
		expect(kind('efiction-gate-age.html', `${ARCHIVE}?sid=4400`)).toBe('gate');
		expect(kind('efiction-index.html', 'https://www.potionsandsnitches.org/fanfiction/viewuser.php?uid=88')).toBe('not-story');
	});
});

describe('eFiction on an archive with no host entry, claimed by its markup', () => {
	test('a one-chapter story in another skin: co-authors, story notes, end notes, the whole work', () => {
		const url = `${UNKNOWN}?sid=77`;
		const doc = documentFrom(fixture('efiction-oneshot.html'), url);
		expect(siteFor(doc, new URL(url))?.id).toBe('efiction');
		const s = extractStory(doc, url);
		expect(s).toMatchObject({ kind: 'story', site: 'efiction', storyKey: 'efiction:fics.lanternarchive.example/archive:77', title: "The Lamplighter's Round", authors: ['Wren Hollis', 'Pell Avery'], isEntireWork: true, prevChapterUrl: null, nextChapterUrl: null });
		expect(s.notesHtml).toBe('<p>For the winter prompt "a light left on".</p>');
		const [chapter] = s.chapters;
		expect(chapter).toMatchObject({ index: 1, title: null, notesHtml: null, endNotesHtml: '<p>Comments keep the lamps lit.</p>' });
		expect(chapter?.text.split('\n\n')).toHaveLength(4);
		expect(firstWords(chapter?.text ?? '', 3)).toBe('Every evening at');
		expect(lastWords(chapter?.text ?? '', 3)).toBe('did not mind.');
		expect(chapter?.text).not.toMatch(/winter prompt|lamps lit|Powered by|Text Size/);
	});

	test('the "warning" interstitial is a gate with its Continue link', () => {
		const s = extractFixture('efiction-gate-warning.html', `${UNKNOWN}?sid=78`);
		expect(s).toMatchObject({ kind: 'gate', site: 'efiction', title: 'Smoke over Cinder Street' });
		expect(s.gate).toEqual({ reason: 'adult', message: 'This story contains scenes of violence. Continue', continueUrl: `${UNKNOWN}?sid=78&warning=3` });
	});

	test('"story does not exist", "Access denied" and members-only pages', () => {
		expect(extractFixture('efiction-error.html', `${UNKNOWN}?sid=79`)).toMatchObject({ kind: 'not-story', site: 'efiction', storyKey: null });
		const page = (message: string) => fixture('efiction-error.html').replace(/That story does not exist[^<]*<a[^]*?<\/a>[^<]*<a[^]*?<\/a>/, message);
		const denied = page('Access denied. This story has not been validated by the adminstrators of this site.');
		expect(denied).toContain('Access denied');
		expect(extractStory(documentFrom(denied, `${UNKNOWN}?sid=80`), `${UNKNOWN}?sid=80`).kind).toBe('not-story');
		const members = extractStory(documentFrom(page('Registered Users Only<br />'), `${UNKNOWN}?sid=81`), `${UNKNOWN}?sid=81`);
		expect(members.gate).toEqual({ reason: 'login', message: 'Registered Users Only', continueUrl: null });
	});

	test('claimsDocument wants both a viewstory.php address and eFiction markup', () => {
		const claims = (html: string, url: string) => site.claimsDocument?.(documentFrom(html, url), new URL(url)) ?? false;
		expect(claims(fixture('efiction-oneshot.html'), `${UNKNOWN}?sid=77`)).toBe(true);
		expect(claims(fixture('efiction-oneshot.html'), 'https://fics.lanternarchive.example/archive/story.php?sid=77')).toBe(false);
		expect(claims(fixture('efiction-oneshot.html'), `${UNKNOWN}?sid=latest`)).toBe(false);
		expect(claims('<html><body><h1>Viewing a story</h1><p>Some other software.</p></body></html>', `${UNKNOWN}?sid=77`)).toBe(false);
	});

	test('a viewstory.php page of some other software falls to the generic path', () => {
		const url = `${UNKNOWN}?sid=5`;
		const s = extractStory(documentFrom('<html><body><h1>Nothing</h1><p>Not an eFiction page.</p></body></html>', url), url);
		expect(s.site).toBe('generic');
	});
});
