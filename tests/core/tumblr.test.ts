// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractStory } from '../../src/extract/extract.js';
import { site } from '../../src/sites/tumblr.js';
import { documentFrom, extractFixture, fixture } from './helpers.js';

/**
 * Tumblr text posts. No real Tumblr page could be had for the corpus, and
 * Tumblr has no fixed markup (every blog has its theme), so these fixtures
 * are built from the documented theme conventions (docs/archive-sites.md
 * part 3.14, WebToEpub's TumblrParser.js): our own blog, posts and notes.
 */

const POST_URL = 'https://paperlantern-writes.tumblr.com/post/730000000001/low-tide';
const TAG_URL = 'https://paperlantern-writes.tumblr.com/tagged/my-fic';

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the night ferry crossed the bay with its lamps low, and nobody aboard said a word until the far pier came out of the fog.</p>`).join('');

function read(html: string, url: string) {
	const doc = documentFrom(html, url);
	return { story: extractStory(doc, url), kind: site.detect(doc, new URL(url)) };
}

describe('Tumblr text post on a blog theme (own fixture)', () => {
	const s = extractFixture('tumblr-post.html', POST_URL);
	const text = s.chapters[0]?.text ?? '';

	test('title from the post, author from its "by" line, header from its key lines, tags without "#"', () => {
		expect(s).toMatchObject({ kind: 'story', site: 'tumblr', storyKey: 'tumblr:paperlantern-writes/730000000001', title: 'Low Tide', authors: ['paperlantern-writes'], rating: 'General', ratingLevel: 'general', fandoms: ['Harbour Lights (TV)'], relationships: ['Maren/Ivo'], isEntireWork: true });
		expect(s.authorLinks).toEqual([{ text: 'paperlantern-writes', url: 'https://paperlantern-writes.tumblr.com/' }]);
		expect(s.tags).toEqual(['harbour lights', 'maren holt', 'my fic']);
		// The header's Notes line is the story's notes (folded), never text.
		expect(s.notesHtml).toContain('a little missing scene from the winter episode. Come say hi!');
		expect(s.stats.extra).toEqual({ notes: '1204' });
	});

	test('the text holds the story only: no title, byline, header, notes, tags or reblog chrome', () => {
		expect(text.startsWith('At low tide the harbour showed its bones')).toBe(true);
		expect(text.endsWith('low tide; one bottle; found.')).toBe(true);
		expect(text).not.toMatch(/Low Tide|by paperlantern|Fandom:|Pairing:|Notes:|missing scene|1,204 notes|Reblog|reblogged|tidewatcher|liked this|Show more notes|#|harbour lights|December 30th|fic, mostly|Powered by Tumblr/);
		expect(s.chapters[0]?.words).toBe(218);
	});

	test('the page check says story on the post, and the URL test claims post permalinks only', () => {
		const doc = documentFrom(fixture('tumblr-post.html'), POST_URL);
		expect(site.detect(doc, new URL(POST_URL))).toBe('story');
		expect(site.matchUrl(new URL(POST_URL))).toBe(true);
		expect(site.matchUrl(new URL('https://www.tumblr.com/paperlantern-writes/730000000001/low-tide'))).toBe(true);
		expect(site.matchUrl(new URL(TAG_URL))).toBe(false);
		expect(site.matchUrl(new URL('https://www.tumblr.com/tagged/harbour-lights'))).toBe(false);
		expect(site.matchUrl(new URL('https://www.tumblr.com/search/harbour'))).toBe(false);
	});
});

describe('Tumblr pages that are not a story', () => {
	test('a tag page of several posts (own fixture)', () => {
		const s = extractFixture('tumblr-tagged.html', TAG_URL);
		expect(s.kind).toBe('not-story');
		expect(site.detect(documentFrom(fixture('tumblr-tagged.html'), TAG_URL), new URL(TAG_URL))).toBe('not-story');
	});

	test('the dashboard, even showing a fic post', () => {
		const { story, kind } = read(fixture('tumblr-post.html'), 'https://www.tumblr.com/dashboard');
		expect(kind).toBe('not-story');
		expect(story.kind).toBe('not-story');
	});

	test('a text post that is no fic (no header, no fic tag)', () => {
		const html = `<html><body><article class="post text"><div class="body-text">${PROSE}</div><div class="tags"><a href="https://someone.tumblr.com/tagged/ferries">#ferries</a></div></article></body></html>`;
		expect(read(html, 'https://someone.tumblr.com/post/5').story.kind).toBe('not-story');
	});
});

describe('Tumblr posts in other shapes', () => {
	test("www.tumblr.com/<blog>/<id>: the post's own article, its header and footer chrome dropped", () => {
		const url = 'https://www.tumblr.com/paperlantern-writes/730000000002/night-ferry';
		const html = `<html><body><main><article><header><a href="https://www.tumblr.com/paperlantern-writes">paperlantern-writes</a><button>Follow</button></header>
			<div><h1>Night Ferry</h1>${PROSE}</div>
			<div><a href="https://www.tumblr.com/tagged/fic">#fic</a><a href="https://www.tumblr.com/tagged/harbour%20lights">#harbour lights</a></div>
			<footer><span>57 notes</span><button>Reblog</button><button>Like</button></footer></article>
			<article><h1>More from this blog</h1><p>Other post.</p></article></main></body></html>`;
		const { story } = read(html, url);
		expect(story).toMatchObject({ kind: 'story', storyKey: 'tumblr:paperlantern-writes/730000000002', title: 'Night Ferry', authors: ['paperlantern-writes'], tags: ['fic', 'harbour lights'] });
		expect(story.stats.extra).toEqual({ notes: '57' });
		expect(story.chapters[0]?.text.startsWith('Paragraph 1: the night ferry')).toBe(true);
		expect(story.chapters[0]?.text).not.toMatch(/Night Ferry|Follow|57 notes|Reblog|Other post|#fic/);
	});

	test("a reblog: the original poster is the author, the attribution line is not text", () => {
		const url = 'https://reblogger.tumblr.com/post/800/night-ferry';
		const html = `<html><body><article class="post text"><div class="body-text">
			<p><a class="tumblr_blog" href="https://paperlantern-writes.tumblr.com/post/730000000002/night-ferry">paperlantern-writes</a>:</p>
			<blockquote><p>Fandom: Harbour Lights (TV)<br>Rating: General</p>${PROSE}</blockquote></div>
			<div class="tags"><a href="https://reblogger.tumblr.com/tagged/fic">#fic</a></div></article></body></html>`;
		const { story } = read(html, url);
		expect(story).toMatchObject({ kind: 'story', authors: ['paperlantern-writes'], fandoms: ['Harbour Lights (TV)'] });
		expect(story.authorLinks[0]?.url).toBe('https://paperlantern-writes.tumblr.com/post/730000000002/night-ferry');
		expect(story.chapters[0]?.text).not.toMatch(/paperlantern-writes:|Fandom:/);
	});

	test('a paragraph equal to the title is dropped only at the top: the same word near the end is the story\'s', () => {
		const url = 'https://paperlantern-writes.tumblr.com/post/730000000004/stay';
		const html = `<html><body><article class="post text"><div class="body-text"><h2>Stay</h2><p>by paperlantern-writes</p>
			${PROSE}<p>Stay</p><p>The ferry waited at the pier a minute longer than it had to.</p><p>Stay</p></div>
			<div class="tags"><a href="https://paperlantern-writes.tumblr.com/tagged/fic">#fic</a></div></article></body></html>`;
		const { story } = read(html, url);
		const text = story.chapters[0]?.text ?? '';
		expect(story).toMatchObject({ kind: 'story', title: 'Stay' });
		expect(text.startsWith('Paragraph 1: the night ferry')).toBe(true);
		expect(text).toContain('out of the fog.\n\nStay\n\nThe ferry waited');
		expect(text.endsWith('longer than it had to.\n\nStay')).toBe(true);
	});

	test('a fic announcement (a header and a link to AO3, hardly a word more) is the index of a story kept elsewhere', () => {
		const url = 'https://paperlantern-writes.tumblr.com/post/730000000003/new-fic';
		const html = `<html><body><article class="post text"><h2 class="title">New fic: The Ninth Lamp</h2><div class="body-text">
			<p>Title: The Ninth Lamp<br>Fandom: Harbour Lights (TV)<br>Rating: Teen<br>Summary: The frost makes the ladders treacherous.</p>
			<p><a href="https://archiveofourown.org/works/999">Read it on AO3</a></p></div></article></body></html>`;
		const { story } = read(html, url);
		expect(story).toMatchObject({ kind: 'index', title: 'The Ninth Lamp', rating: 'Teen', summary: 'The frost makes the ladders treacherous.' });
		expect(story.chapterList).toEqual([{ index: 1, title: 'The Ninth Lamp', id: null, url: 'https://archiveofourown.org/works/999' }]);
		expect(story.chapters).toEqual([]);
	});
});

describe('hostile post text stays cheap to read', () => {
	// An unbounded digit run in the notes pattern once took 20+ s on this; bounded, it takes milliseconds.
	test('a notes link in the post holding 100,000 digits', () => {
		const url = 'https://paperlantern-writes.tumblr.com/post/730000000005/digits';
		const html = `<html><body><article class="post text"><div class="body-text"><h2>Digits</h2>${PROSE}<p><a href="#notes">${'1'.repeat(100_000)}</a></p></div>
			<div class="tags"><a href="https://paperlantern-writes.tumblr.com/tagged/fic">#fic</a></div><footer><span>57 notes</span></footer></article></body></html>`;
		const { story } = read(html, url);
		expect(story).toMatchObject({ kind: 'story', title: 'Digits' });
		expect(story.stats.extra).toEqual({ notes: '57' });
	}, 2_000);
});
