import { describe, expect, test } from 'vitest';
import { bookOf, dc } from './book.js';
import { chapterOf, hostileStory, storyOf, structuresStory } from './stories.js';

/** The chapter text of a one-chapter book built from `html`, as written in the file. */
function chapterXhtml(html: string): string {
	const book = bookOf(storyOf({ chapters: [chapterOf(1, html)] }));
	const text = book.text('OEBPS/chapter-1.xhtml');
	book.xml('OEBPS/chapter-1.xhtml');
	return /<div class="chapter-text">([\s\S]*)<\/div><\/section>/.exec(text)?.[1] ?? '';
}

describe('sanitised HTML becomes XHTML', () => {
	test('void elements close themselves and named entities become characters', () => {
		expect(chapterXhtml('<p>a<br>b&nbsp;c&hellip;<wbr>d</p><hr><p>&copy; &lt;tag&gt; &amp; more</p>')).toBe('<p>a<br />b\u00a0c…<wbr />d</p><hr /><p>© &lt;tag&gt; &amp; more</p>');
	});

	test('spoilers (details and summary) become divisions EPUB readers show', () => {
		expect(chapterXhtml('<details open><summary>Spoiler</summary><p>Hidden</p></details>')).toBe('<div class="spoiler"><div class="spoiler-label">Spoiler</div><p>Hidden</p></div>');
	});

	test('obsolete elements get their modern names', () => {
		expect(chapterXhtml('<p><big>b</big><tt>t</tt><strike>s</strike><bdo>x</bdo><bdo dir="RTL">y</bdo></p>')).toBe('<p><span class="big">b</span><span class="tt">t</span><s>s</s><span>x</span><bdo dir="rtl">y</bdo></p>');
	});

	test('an inline element around paragraphs is pushed into each paragraph', () => {
		expect(chapterXhtml('<em><p>One</p> <p>Two <b>bold</b></p>tail</em>')).toBe('<p><em>One</em></p> <p><em>Two <b>bold</b></em></p><em>tail</em>');
		expect(chapterXhtml('<span title="t"><i><blockquote>Q</blockquote></i></span>')).toBe('<blockquote><span title="t"><i>Q</i></span></blockquote>');
		// Two such elements side by side each keep their own formatting.
		expect(chapterXhtml('<em><p>a</p>x</em><strong>y<p>b</p></strong>')).toBe('<p><em>a</em></p><em>x</em><strong>y</strong><p><strong>b</strong></p>');
	});

	test('list items, definitions and captions without their parent become divisions; loose list content gets an item', () => {
		expect(chapterXhtml('<li>stray</li><dd>def</dd>')).toBe('<div class="li">stray</div><div class="dd">def</div>');
		expect(chapterXhtml('<ul>loose<li>item</li><p>para</p></ul>')).toBe('<ul><li>loose</li><li>item</li><li><p>para</p></li></ul>');
		expect(chapterXhtml('<dl><dd>no term</dd></dl><dl><dt>T</dt><dd>D</dd></dl>')).toBe('<div class="dl"><div class="dd">no term</div></div><dl><dt>T</dt><dd>D</dd></dl>');
		expect(chapterXhtml('<figure><p>a</p><figcaption>mid</figcaption><p>b</p></figure><figure><p>c</p><figcaption>end</figcaption></figure>'))
			.toBe('<figure><p>a</p><div class="figcaption">mid</div><p>b</p></figure><figure><p>c</p><figcaption>end</figcaption></figure>');
	});

	test('tables keep the parts and order EPUB allows, with sensible spans', () => {
		expect(chapterXhtml('<table><tr><td colspan="0" rowspan="x">a</td><td colspan="2">b</td></tr></table>')).toBe('<table><tbody><tr><td>a</td><td colspan="2">b</td></tr></tbody></table>');
		expect(chapterXhtml('<table><thead><tr><th>1</th></tr></thead><thead><tr><th>2</th></tr></thead></table>')).toBe('<table><thead><tr><th>1</th></tr></thead><tbody><tr><th>2</th></tr></tbody></table>');
	});

	test('a block where only text may go keeps its words as a span', () => {
		expect(chapterXhtml('<h3><div>In a heading</div></h3>')).toBe('<h3><span class="div">In a heading</span></h3>');
	});

	test('only checked attributes are kept; links only to the web and mail', () => {
		expect(chapterXhtml('<p title="T" lang="fr" dir="rtl" id="x" class="c" style="color:red">a</p><p lang="not a tag!" dir="up">b</p>')).toBe('<p title="T" lang="fr" dir="rtl">a</p><p>b</p>');
		expect(chapterXhtml('<p><a href="javascript:alert(1)">j</a><a href="file:///etc/passwd">f</a><a href="mailto:a@b.example">m</a><a href="https://example.org/a b">w</a></p>'))
			.toBe('<p><a>j</a><a>f</a><a href="mailto:a@b.example">m</a><a href="https://example.org/a%20b">w</a></p>');
	});

	test('scripts, styles and drawings never reach the book', () => {
		expect(chapterXhtml('<p>a</p><script>alert(1)</script><style>p{}</style><svg><text>drawn</text></svg><template><p>t</p></template><p>b</p>')).toBe('<p>a</p><p>b</p>');
	});
});

describe('hostile text stays inside the XML', () => {
	const story = hostileStory();
	const book = bookOf(story);
	const documents = [...book.spine, 'OEBPS/nav.xhtml', 'OEBPS/toc.ncx', 'OEBPS/content.opf'];

	test('every document of the book is well-formed', () => {
		for (const path of documents) expect(book.xml(path).documentElement, path).toBeTruthy();
	});

	test('no control characters, unpaired surrogates or named entities other than XML\'s own', () => {
		for (const path of documents) {
			const text = book.text(path);
			expect(text, path).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\ufdd0-\ufdef]/);
			expect(text, path).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
			expect(text, path).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i);
		}
	});

	test('markup in titles, names and summaries is text, not markup', () => {
		expect(dc(book, 'creator')[0]).toBe('<b>Bold</b> "Quoted" & Co');
		expect(dc(book, 'creator')[1]).toBe('bellauthor');
		expect(dc(book, 'title')[0]).toMatch(/<\/title><\/html> \]\]> <!\[CDATA\[x\]\]> & &amp; +end$/);
		expect(dc(book, 'subject')).toContain('<script>alert(1)</script>');
		expect(dc(book, 'source')).toEqual(['https://archive.example/works/77?view_full_work=true&show=%3Call%3E']);
		const chapter = book.xml('OEBPS/chapter-1.xhtml');
		expect(chapter.getElementsByTagName('h2')[0]?.textContent).toMatch(/^Chapter <\/title><\/html> \]\]>/);
		expect(chapter.getElementsByTagName('script')).toHaveLength(0);
		expect(chapter.getElementsByTagName('html')).toHaveLength(1);
	});

	test('the words around the hostile characters are all still there', () => {
		const text = book.xml('OEBPS/chapter-1.xhtml').getElementsByClassName('chapter-text')[0]?.textContent ?? '';
		// In the chapter's HTML `</title></html>` are end tags and `<![CDATA[x]]>` a comment: both gone, the text kept.
		expect(text).toContain('Before  after,  ]]>  & & ');
		expect(text).toContain('Lone surrogates  and , a pair 😀');
		// HTML has no CDATA: `<![CDATA[ <p>` is a comment that ends at the first ">", and the rest is text.
		expect(book.xml('OEBPS/chapter-2.xhtml').getElementsByClassName('chapter-text')[0]?.textContent).toBe('not markup ]]>After CDATA');
	});

	test('an unknown language is "und", and a story without a key still gets a stable identifier', () => {
		expect(dc(book, 'language')).toEqual(['und']);
		expect(dc(bookOf(hostileStory()), 'identifier')).toEqual(dc(book, 'identifier'));
	});

	test('odd markup of every kind gives well-formed documents', () => {
		const odd = bookOf(structuresStory());
		for (const path of odd.spine) expect(odd.xml(path).documentElement, path).toBeTruthy();
	});
});
