import { JSDOM } from 'jsdom';
import { notStory } from '../../src/core/finish.js';
import { plainText } from '../../src/core/text.js';
import type { Chapter, Story } from '../../src/core/types.js';

/** Stories made up for the EPUB tests. All text is our own. */

/** A 1×1 PNG and GIF: real pictures, so epubcheck can look inside them. */
export const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
export const GIF_DATA_URL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
/** The 12-byte header of a WebP file: a type EPUB 3.2 readers need a fallback for. */
export const WEBP_DATA_URL = 'data:image/webp;base64,UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==';

const window = new JSDOM('').window;

/** A chapter whose plain text is worked out from its HTML the way extraction does it. */
export function chapterOf(index: number, html: string, extra: Partial<Chapter> = {}): Chapter {
	const container = window.document.createElement('div');
	container.innerHTML = html;
	const text = plainText(container);
	return {
		index, title: null, id: null, url: null, summaryHtml: null, notesHtml: null, endNotesHtml: null,
		html, text, words: text.split(/\s+/).filter(Boolean).length, ...extra,
	};
}

export function storyOf(overrides: Partial<Story>): Story {
	const url = overrides.url ?? 'https://archive.example/works/77';
	return { ...notStory('ao3', url), kind: 'story', storyKey: 'ao3:77', title: 'A Made-Up Story', authors: ['Ink Moth'], isEntireWork: true, ...overrides };
}

const LONG = 'The title that would not end, '.repeat(200);

/**
 * Everything a page might slip through as "sanitised" HTML that XML cannot
 * take as it is: closing tags of the document, CDATA, `]]>`, control
 * characters, unpaired surrogates, entities XML does not know, odd attributes.
 */
export function hostileStory(): Story {
	const nasty = '</title></html> ]]> <![CDATA[x]]> & &amp; \u0000\u0001\u0007\u001b\u007f\u0085 \ud800 \udc00 \ufffe end';
	return storyOf({
		url: 'https://archive.example/works/77?view_full_work=true&show=<all>',
		storyKey: null,
		title: `${LONG}${nasty}`,
		authors: ['<b>Bold</b> "Quoted" & Co', 'bell\u0007author'],
		rating: 'Mature ]]>',
		warnings: ['<script>alert(1)</script>'],
		fandoms: ['Fandom & Friends'],
		relationships: ['A/B'],
		characters: ['A \ud83d'],
		tags: ['Tag\u0000One', 'Tag ]]> Two', ''],
		language: 'Klingon!',
		summary: `Summary with ${nasty}\nand a second line`,
		summaryHtml: null,
		notesHtml: `<p>Notes ${nasty}</p>`,
		endNotesHtml: '<p>Work end notes</p>',
		series: [{ title: `Series ${nasty}`, url: null, part: 3 }],
		extraFields: [{ key: 'Key <k>', value: `Value ${nasty}` }],
		stats: { words: 100, chapters: 2, chaptersExpected: null, published: '2021-02-03', updated: 'not a date', complete: false, extra: {} },
		chapters: [
			chapterOf(1, [
				`<p>Before </html> after, ${nasty}</p>`,
				'<p>Entities: &nbsp;&lt;&gt;&quot;&apos;&copy;&hellip;&mdash;&#0;&#xD800;&#x1F600;&NotAnEntity; &amp</p>',
				'<p title="a &quot;b&quot; <c> \u0001" lang="en US!" dir="sideways" id="dup">Attributes</p><p id="dup">Same id</p>',
				'<p><a href="javascript:alert(1)">script link</a> <a href="file:///etc/passwd">file link</a> <a href="https://example.org/a b?c=<d>&e">web link</a></p>',
				'<script>document.write("never")</script><style>p { color: red }</style><svg><text>drawn</text></svg>',
				'<p>Lone surrogates \ud83d and \ude00, a pair 😀, a BOM \ufeff and a noncharacter \ufdd0.</p>',
			].join(''), { title: `Chapter ${nasty}`, notesHtml: '<p>Chapter notes ]]></p>', endNotesHtml: '<p>End &amp; notes</p>', summaryHtml: '<p>Chapter summary</p>' }),
			chapterOf(2, '<![CDATA[ <p>not markup</p> ]]><p>After CDATA</p>', { title: LONG }),
		],
	});
}

/** Markup EPUB's XHTML does not allow as the browser does, and pictures of every kind. */
export function structuresStory(): Story {
	return storyOf({
		title: 'Structures',
		language: 'English',
		chapters: [
			chapterOf(1, [
				'<details><summary>Spoiler for season two</summary><p>The station survives.</p></details>',
				'<p><big>Big</big> <tt>typed</tt> <strike>struck</strike> <bdo>no direction</bdo> <bdo dir="rtl">backwards</bdo></p>',
				'<em><p>First italic paragraph.</p><p>Second <strong>italic</strong> paragraph.</p></em>',
				'<li>A stray list item.</li><dd>A stray definition.</dd>',
				'<ul>Loose text in a list<li>An item</li><p>A paragraph in a list</p></ul>',
				'<dl><dd>A definition with no term</dd></dl><dl><dt>Term</dt><dd>Definition</dd></dl>',
				'<table><tr><td colspan="0">zero span</td><td rowspan="x">bad span</td><td colspan="2">two</td></tr></table>',
				'<table><caption>Caption</caption><thead><tr><th>H</th></tr></thead><thead><tr><th>H2</th></tr></thead><tbody><tr><td>B</td></tr></tbody></table>',
				'<figure><p>Before</p><figcaption>Caption in the middle</figcaption><p>After</p></figure>',
				'<h2><div>Block in a heading</div></h2>',
				'<p><ruby>漢<rt>kan</rt></ruby> <rt>stray ruby text</rt></p>',
				'<ol start="3" reversed><li>Three</li></ol><hr><p>After the break</p>',
				`<p>Pictures: <img src="${PNG_DATA_URL}" alt="a dot"> <img src="${PNG_DATA_URL}"> <img src="${GIF_DATA_URL}" alt="gif"></p>`,
				`<p><img src="${WEBP_DATA_URL}" alt="webp picture"> <img src="https://example.org/remote.png" alt="remote picture"> <img src="https://example.org/no-alt.png"> <img src="data:image/png;base64,bm90IGEgcGljdHVyZQ==" alt="broken picture"></p>`,
			].join('')),
		],
	});
}
