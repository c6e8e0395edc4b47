// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { extractGeneric } from '../../src/core/generic.js';
import { documentFrom, fixture } from './helpers.js';

/**
 * On the generic path a page is a story only when it carries story text
 * (issue 8). The fixtures are of our own making, shaped like the pages the
 * issue found read as stories: a fanficauthors.net story index, an
 * animationsource.org landing page and a FicWad author profile (markup from
 * docs/archive-sites.md and downloaders' adapters; no real page of these
 * sites is in the corpus). They are read with `extractGeneric` itself, as
 * sites of the same shape no adapter claims would be: site adapters may come
 * to claim these hosts, the generic path must get them right on its own.
 */

function generic(name: string, url: string) {
	return extractGeneric(documentFrom(fixture(name), url), new URL(url));
}

function genericHtml(html: string, url = 'http://www.example.net/~wren/page.html') {
	return extractGeneric(documentFrom(html, url), new URL(url));
}

describe('pages that are about a story but hold none of its text', () => {
	test('a story index (title, byline, summary, one meta line, chapter links) is an index with its chapters', () => {
		const s = generic('fanficauthors-story-index.html', 'https://tamsin-reyes.example-authors.net/The_Quiet_Year/index/');
		// Genres are tags, as on AO3 (header-block and label-values agree).
		expect(s).toMatchObject({ kind: 'index', site: 'generic', title: 'The Quiet Year', authors: ['Tamsin Reyes'], rating: 'Teen', categories: [], tags: ['Drama', 'Romance'], chapters: [] });
		expect(s.stats).toMatchObject({ words: 41212, chapters: 5 });
		expect(s.chapterList.map((c) => c.title)).toEqual(['Chapter 1: Snowfall', 'Chapter 2: The Boathouse', 'Chapter 3: Low Water', "Chapter 4: The Keepers' Board", 'Chapter 5: The Lamp Room']);
		expect(s.chapterList[0]).toEqual({ index: 1, title: 'Chapter 1: Snowfall', id: null, url: 'https://tamsin-reyes.example-authors.net/The_Quiet_Year/Snowfall/' });
		expect(s.chapterList.some((c) => /reviews/.test(c.url ?? ''))).toBe(false);
	});

	test('a landing page (details panel, "Read the fan fiction" link) is an index leading to the text', () => {
		const s = generic('animationsource-landing.html', 'http://www.example-animation.org/sites/foxes/fanfic/view.php?id=4417');
		expect(s).toMatchObject({ kind: 'index', title: 'The Lantern Fox', authors: ['Pip Marlowe'], rating: 'PG', chapters: [] });
		expect(s.summary).toMatch(/^A young fox follows a travelling lantern/);
		expect(s.chapterList).toEqual([{ index: 1, title: 'Read the fan fiction', id: null, url: 'http://www.example-animation.org/sites/foxes/fanfic/read.php?id=4417&deb=0&nsite=1' }]);
	});

	test("an author's profile listing several stories, each with its meta line, is not a story", () => {
		const s = generic('ficwad-author-profile.html', 'https://fic.example-wad.com/a/juniper_wren');
		expect(s.kind).toBe('not-story');
		expect(s.chapters).toEqual([]);
	});
});

describe('what still is a story', () => {
	const drabble = 'The lantern swung once, twice, and went out. Pell did not relight it. He knew the river by now, every bend and shoal of it, the way a man knows the stairs of his own house in the dark. Marisol held her breath anyway. "Trust me," he said, and she found, to her surprise, that she did. The far bank came up soft and grey out of the fog. Nobody spoke. Nobody needed to. When they landed he struck a match, and the small light between them was enough for the rest of the way home.';

	test('a drabble under a header block', () => {
		const s = genericHtml(`<html><body><p>Title: Lights Out<br>Author: Wren Halloway<br>Rating: G<br>Warnings: none</p><p>${drabble}</p></body></html>`);
		expect(s).toMatchObject({ kind: 'story', title: 'Lights Out', authors: ['Wren Halloway'] });
		expect(s.stats.words).toBe(drabble.split(' ').length);
	});

	test('a story page with its chapter links at the bottom stays a story', () => {
		const links = '<p><a href="part1.html">Part 1</a></p><p><a href="part2.html">Part 2</a></p><p><a href="part3.html">Part 3</a></p>';
		const s = genericHtml(`<html><body><p>Title: Lights Out<br>Author: Wren Halloway<br>Rating: G<br>Warnings: none</p><p>${drabble}</p><p>${drabble}</p><p>${drabble}</p><p>${drabble}</p><p>${drabble}</p><p>${drabble}</p>${links}</body></html>`, 'http://www.example.net/~wren/part2.html');
		expect(s.kind).toBe('story');
		expect(s.chapters[0]?.text).not.toMatch(/Part 1|Part 3/);
	});

	test('a header over a list of links and a line or two is not a story', () => {
		const links = Array.from({ length: 8 }, (_, i) => `<li><a href="/fic/${i}.html">A story called number ${i}</a> (G)</li>`).join('');
		const s = genericHtml(`<html><body><p>Title: My fiction<br>Author: Wren Halloway<br>Rating: G to PG<br>Warnings: none</p><p>Here are my stories.</p><ul>${links}</ul></body></html>`);
		expect(s.kind).toBe('not-story');
	});
});
