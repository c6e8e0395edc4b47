/**
 * Run by hostile-pages.test.ts in a child process (bundled by esbuild), so a
 * page that sends extraction into an endless loop is killed by a timeout
 * instead of hanging the test runner. For every clobbering name given on the
 * command line (after the story page's path) it reads the story with that name planted on a
 * form control (by name and by id) and on a named image, with browser-like
 * clobbering, and prints one JSON line per page as soon as it is done.
 */
import { readFileSync } from 'node:fs';
import { extractStory } from '../../src/extract/extract.js';
import { clobberingDocument } from './clobbering.js';

const URL = 'http://www.example.net/~wren/fiction/lantern-ferry.html';
const [pagePath = '', ...names] = process.argv.slice(2);
const page = readFileSync(pagePath, 'utf8');

/** The name planted three ways: a form control's name, a form control's id, an image's name (which shadows the document's own). */
function plantings(name: string): Record<string, string> {
	const form = (attr: string) => `<form action="/search"><input ${attr}="${name}" value="x"><button name="go">Go</button></form>`;
	return {
		'input name': form('name'),
		'input id': form('id'),
		'img name': `<img name="${name}" src="images/dot.gif" alt="">`,
	};
}

for (const name of names) {
	for (const [how, markup] of Object.entries(plantings(name))) {
		// Once above the header, once inside the story text.
		const html = page.replace('<hr width="60%">', `${markup}<hr width="60%">`).replace('<p>"She kept a spare,"', `${markup}<p>"She kept a spare,"`);
		const started = performance.now();
		let line: Record<string, unknown>;
		try {
			const story = extractStory(clobberingDocument(html, URL), URL);
			line = { name, how, kind: story.kind, problem: story.problem ?? null, title: story.title, authors: story.authors, words: story.stats.words };
		} catch (error) {
			line = { name, how, threw: String(error) };
		}
		process.stdout.write(`${JSON.stringify({ ...line, ms: Math.round(performance.now() - started) })}\n`);
	}
}
