// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { sanitizeHtml, sanitizeToElement } from '../../src/core/sanitize.js';
import { paragraphElements } from '../../src/core/paragraphs.js';
import { documentFrom } from './helpers.js';

const BASE = 'https://archive.example.org/stories/one.html';

function clean(html: string): string {
	const doc = documentFrom(`<div id="root">${html}</div>`, BASE);
	const root = doc.getElementById('root');
	if (!root) throw new Error('no root');
	return sanitizeToElement(root, { baseUrl: BASE }).innerHTML;
}

describe('sanitiser attacks', () => {
	const attacks: [string, string][] = [
		['script element', '<p>ok</p><script>alert(1)</script>'],
		['event handler', '<p onclick="alert(1)">ok</p><img src="x.png" onerror="alert(1)">'],
		['javascript: link', '<p><a href="javascript:alert(1)">ok</a></p>'],
		['javascript: with entities and spaces', '<p><a href=" jav&#x09;ascript:alert(1)">ok</a></p>'],
		['iframe', '<p>ok</p><iframe src="https://evil.example/"></iframe>'],
		['form and inputs', '<form action="https://evil.example/"><input name="password"><button>Send ok</button></form><p>ok</p>'],
		['style element', '<style>body{display:none}</style><p>ok</p>'],
		['style attribute', '<p style="position:fixed;inset:0;background:url(https://evil.example/)">ok</p>'],
		['svg with script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">ok</a></svg><p>ok</p>'],
		['math mutation trick', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
		['object/embed', '<object data="evil.swf"></object><embed src="evil.swf"><p>ok</p>'],
		['meta refresh and base', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><p>ok</p>'],
		['data: html link', '<p><a href="data:text/html,<script>alert(1)</script>">ok</a></p>'],
		['vbscript link', '<p><a href="vbscript:msgbox(1)">ok</a></p>'],
		['noscript smuggling', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">ok</p></noscript>'],
	];
	for (const [name, html] of attacks) {
		test(name, () => {
			const out = clean(html);
			expect(out).not.toMatch(/<script|<iframe|<form|<input|<button|<style|<svg|<math|<object|<embed|<meta|<base|\son[a-z]+\s*=|javascript:|vbscript:|data:text|style=/i);
		});
	}

	test('the live page is never changed', () => {
		const doc = documentFrom('<div id="root"><p onclick="x()">Hello <span style="display:none">secret</span></p><script>1</script></div>', BASE);
		const before = doc.body.innerHTML;
		sanitizeToElement(doc.getElementById('root') as Element, { baseUrl: BASE });
		expect(doc.body.innerHTML).toBe(before);
	});
});

describe('sanitiser keeps prose', () => {
	test('formatting, lists, tables, headings, details survive; classes and ids go', () => {
		const out = clean('<h2 class="x" id="y">Part One</h2><p><em>a</em> <i>b</i> <strong>c</strong> <b>d</b> <u>e</u> <s>f</s> <sub>g</sub><sup>h</sup><small>i</small></p><blockquote><p>q</p></blockquote><ul><li>one</li></ul><ol><li>two</li></ol><table><tr><td>cell</td></tr></table><details><summary>more</summary><p>inside</p></details>');
		expect(out).toContain('<h2>Part One</h2>');
		for (const tag of ['em', 'i', 'strong', 'b', 'u', 's', 'sub', 'sup', 'small', 'blockquote', 'ul', 'ol', 'li', 'table', 'td', 'details', 'summary']) expect(out).toContain(`<${tag}>`);
		expect(out).not.toMatch(/class=|id=/);
	});

	test('links and images become absolute; unsafe image sources go, alt text stays', () => {
		const out = clean('<p><a href="../two.html#top">next</a> <img src="/pic.png" alt="a lamp"> <img src="data:image/png;base64,AAAA" alt="dot"> <img src="javascript:1" alt="bad image"></p>');
		expect(out).toContain('href="https://archive.example.org/two.html#top"');
		expect(out).toContain('src="https://archive.example.org/pic.png"');
		expect(out).toContain('src="data:image/png;base64,AAAA"');
		expect(out).toContain('bad image');
		expect(out).not.toContain('javascript');
	});

	test('loose text and <br><br> runs become paragraphs, so paragraph counting is stable', () => {
		const container = sanitizeHtml('First line.<br><br>Second <em>line</em>.<br>Same paragraph.<div>Block</div>Tail text.', documentFrom('', BASE), BASE);
		const paragraphs = paragraphElements(container);
		expect(paragraphs.map((p) => p.textContent)).toEqual(['First line.', 'Second line.Same paragraph.', 'Block', 'Tail text.']);
		expect(paragraphs.every((p) => p.tagName === 'P' || p.tagName === 'DIV')).toBe(true);
	});

	test('scene-break lines become <hr>', () => {
		for (const mark of ['* * *', '***', '~~~', 'o0o0o0o', 'xXx', '-----', '~*~', '#']) {
			expect(clean(`<p>Before.</p><p>${mark}</p><p>After.</p>`)).toBe('<p>Before.</p><hr><p>After.</p>');
		}
		expect(clean('<p>Before.</p><p>Oooh.</p>')).toBe('<p>Before.</p><p>Oooh.</p>');
	});
});

describe('spoilers inside the text', () => {
	test('forum spoilers the site collapses with CSS become folded <details>, contents kept', () => {
		const doc = documentFrom(`<style>.bbCodeSpoiler-content { display: none }</style><div id="root">
			<p>Before.</p>
			<div class="bbCodeSpoiler"><button class="bbCodeSpoiler-button"><span class="bbCodeSpoiler-button-title">Spoiler: The ending</span></button>
				<div class="bbCodeSpoiler-content"><div class="bbCodeBlock"><p>She was the lighthouse keeper all along.</p></div></div></div>
			<div class="spoiler"><div class="smalltext">Spoiler</div><div class="spoiler-inner" style="display:none"><p>Nobody drowns.</p></div></div>
			<p>After.</p></div>`, BASE);
		const html = sanitizeToElement(doc.getElementById('root')!, { baseUrl: BASE }).innerHTML;
		expect(html).toMatch(/<details><summary>Spoiler: The ending<\/summary>[\s\S]*She was the lighthouse keeper all along\.[\s\S]*<\/details>/);
		expect(html).toMatch(/<details><summary>Spoiler<\/summary>[\s\S]*Nobody drowns\.[\s\S]*<\/details>/);
		expect(html).not.toContain('button');
	});

	test('text the page hides outside spoilers is still dropped', () => {
		const doc = documentFrom('<style>.cnHidden { display: none }</style><div id="root"><p>Kept.</p><p class="cnHidden">Stolen from Royal Road.</p></div>', BASE);
		expect(sanitizeToElement(doc.getElementById('root')!, { baseUrl: BASE }).textContent).not.toContain('Stolen');
	});
});

describe('addresses a story may carry', () => {
	test('an image whose address was stripped or empty does not become a request for the page', () => {
		const html = clean('<p>Look: <img src="javascript:alert(1)" alt="a map"> <img src=""> <img alt="x"></p>');
		expect(html).not.toContain('<img');
		expect(html).toContain('a map');
	});

	test('only http(s) links leave the core, even from a page that copies an archive’s markup', async () => {
		const { extractStory } = await import('../../src/extract/extract.js');
		const page = `<div id="preface"><p class="message">Posted originally on the <a href="http://archiveofourown.org/">Archive of Our Own</a> at <a href="http://archiveofourown.org/works/5">http://archiveofourown.org/works/5</a>.</p>
			<div class="meta"><dl class="tags"><dt>Rating:</dt><dd><a href="javascript:alert(1)">General Audiences</a></dd></dl>
			<h1>Trap</h1><div class="byline">by <a rel="author" href="javascript:alert(2)">someone</a></div></div></div>
			<div id="chapters" class="userstuff"><p>Text of the story, long enough to read.</p></div>`;
		const story = extractStory(documentFrom(page, 'file:///home/reader/Trap.html'), 'file:///home/reader/Trap.html');
		const urls = JSON.stringify(story).match(/"(?:url|[a-zA-Z]+Url)":"[^"]*"/g) ?? [];
		for (const entry of urls) expect(entry).not.toMatch(/javascript:|data:/);
		expect(story.authorLinks.every((link) => link.url === null || link.url.startsWith('http'))).toBe(true);
	});
});
