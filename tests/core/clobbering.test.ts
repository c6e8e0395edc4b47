// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { textOf, textWithout } from '../../src/core/dom.js';
import { labelledValues } from '../../src/core/label-values.js';
import { rawParagraphs } from '../../src/core/raw-paragraphs.js';
import { extractStory } from '../../src/extract/extract.js';
import { site as journal } from '../../src/sites/journal.js';
import { documentFrom } from './helpers.js';

/**
 * DOM clobbering: in a browser, `<form><input name="tagName"></form>` makes
 * `form.tagName` the input (a form's named controls override its built-in
 * properties; checked in Chromium). jsdom does not model this, so these tests
 * do it by hand: they give the form own properties that shadow the built-ins
 * with one of its inputs, as the browser would. The walks over the live page
 * must neither throw nor lose the form's text.
 */

/** What a form's named controls can shadow and jsdom's own selector engine does not read off the element. */
const SHADOWED = ['tagName', 'nodeName', 'childNodes', 'children', 'id', 'matches', 'closest', 'getAttribute', 'hasAttribute', 'textContent', 'querySelector', 'querySelectorAll'];

/**
 * Every `form` under `root` made to behave like a clobbered one: `names` read
 * as its first input. jsdom's selector engine reads `nodeType`, `localName`,
 * `attributes`, `parentElement` and `nextElementSibling` off the elements (a
 * browser's does not), so those are shadowed only where no selector runs
 * after: `parentElement` as null, since as the input it would send jsdom
 * round between the form and the input forever.
 */
function clobberForms(root: ParentNode, names: readonly string[] = SHADOWED): void {
	for (const form of Array.from(root.querySelectorAll('form'))) {
		const input = form.querySelector('input');
		for (const name of names) Object.defineProperty(form, name, { value: name === 'parentElement' ? null : input, configurable: true });
	}
}

const FORM = '<form id="f"><input name="tagName"><p>Inside the form.</p></form>';

describe('walks over the live page survive a clobbered form', () => {
	test('the simulation shadows the built-ins the way a browser does', () => {
		const doc = documentFrom(`<div id="e">${FORM}</div>`, 'https://x.example/');
		clobberForms(doc);
		const form = doc.getElementById('f') as Element;
		const input = doc.querySelector('input');
		expect(form.tagName).toBe(input);
		expect(form.childNodes).toBe(input);
		expect(() => form.tagName.toUpperCase()).toThrow();
	});

	test('raw paragraphs read the form\'s text and go on after it', () => {
		const doc = documentFrom(`<div id="e"><p>Before.</p>${FORM}<p>After.</p></div>`, 'https://x.example/');
		clobberForms(doc, [...SHADOWED, 'nodeType']);
		expect(rawParagraphs(doc.getElementById('e') as Element)).toEqual(['Before.', 'Inside the form.', 'After.']);
	});

	test('labelled values read labels and values inside a form', () => {
		const doc = documentFrom('<div id="e"><form><input name="matches"><span class="label">Rated:</span> R<br><span class="label">Words:</span> 1,204</form></div>', 'https://x.example/');
		clobberForms(doc, [...SHADOWED, 'nodeType']);
		const values = labelledValues(doc.getElementById('e') as Element, (el) => el.className === 'label');
		expect(values.map((v) => [v.key, v.text])).toEqual([['Rated', 'R'], ['Words', '1,204']]);
	});

	test('text helpers read a form\'s own text', () => {
		const doc = documentFrom(`<h1 id="h"><span class="label">Complete</span> The Title ${FORM}</h1>`, 'https://x.example/');
		clobberForms(doc);
		expect(textWithout(doc.getElementById('h'), '.label')).toBe('The Title Inside the form.');
		expect(textOf(doc.getElementById('f'))).toBe('Inside the form.');
	});

	test('a journal entry: its key from a clobbered wrapper id, its page check and header through a form', () => {
		const url = 'https://someone.dreamwidth.org/2024/01/02/a-story.html';
		const prose = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the tide went out and left the harbour bare, and the children walked out over the mud to the wreck.</p>`).join('');
		const html = `<html><body><form class="entry-wrapper" id="entry-wrapper-5"><input name="id"><h3 class="entry-title">An entry</h3>
			<div class="entry-content"><form><input name="tagName"><p>Title: Low Water<br>Fandom: Harbour Lights<br>Rating: G</p></form>${prose}</div></form></body></html>`;
		const doc = documentFrom(html, url);
		clobberForms(doc);
		expect(journal.detect(doc, new URL(url))).toBe('story');
		const story = extractStory(doc, url);
		expect(story).toMatchObject({ kind: 'story', storyKey: 'journal:someone.dreamwidth.org/5', title: 'Low Water', fandoms: ['Harbour Lights'], rating: 'G' });
		expect(story.chapters[0]?.text.startsWith('Paragraph 1: the tide went out')).toBe(true);
	});

	test('a journal gate whose form shadows its parent still speaks in the notice\'s words', () => {
		const url = 'https://someone.livejournal.com/3001.html';
		const html = '<html><body><div id="notice"><p>This journal may contain adult content.</p><form method="post"><input type="hidden" name="parentElement" value="x"><input type="submit" name="adult_check" value="Yes"></form></div></body></html>';
		const doc = documentFrom(html, url);
		clobberForms(doc, [...SHADOWED, 'parentElement']);
		expect(extractStory(doc, url).gate?.message).toBe('This journal may contain adult content.');
	});
});
