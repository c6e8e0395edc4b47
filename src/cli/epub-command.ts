import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Story } from '../core/types.js';
import { buildEpub, epubFileName } from '../epub/epub.js';
import { extractStory } from '../extract/extract.js';
import { loadPage, oneLine, urlProblem, type CliIo } from './page.js';

export const EPUB_USAGE = 'quire epub FILE --url URL [--out BOOK.epub]';
const USAGE = `usage: ${EPUB_USAGE}   (without --out it writes "Title - Author.epub" in the current directory)`;

interface EpubArgs {
	file: string;
	url: string;
	out: string | null;
}

function parseArgs(argv: readonly string[]): EpubArgs | string {
	let file: string | null = null;
	let url: string | null = null;
	let out: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg === '--url') url = argv[++i] ?? '';
		else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
		else if (arg === '--out') out = argv[++i] ?? '';
		else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
		else if (arg.startsWith('--') && arg !== '-') return `unknown option "${arg}"; ${USAGE}`;
		else if (file === null) file = arg;
		else return `unexpected argument "${arg}"; ${USAGE}`;
	}
	if (file === null) return `missing FILE; ${USAGE}`;
	if (out === '') return `--out needs a file name; ${USAGE}`;
	return urlProblem(url) ?? { file, url: url ?? '', out };
}

/** Why a page gives no book, in words a reader of the command line knows. */
function notAStory(story: Story): string | null {
	if (story.kind === 'story' && story.chapters.length > 0) return null;
	switch (story.kind) {
		case 'index': return 'this page is a story\'s index, with no chapter text on it: save a chapter or the entire work instead';
		case 'gate': return `the archive shows a ${story.gate?.reason === 'login' ? 'log-in' : 'content'} check here instead of the story: save the page after getting past it`;
		default: return 'no story on this page';
	}
}

/** `quire epub FILE --url URL [--out BOOK.epub]`: write the story on the page as an EPUB 3. */
export async function runEpub(argv: readonly string[], io: CliIo): Promise<number> {
	const fail = (message: string): number => {
		io.stderr(`quire: ${message}\n`);
		return 1;
	};
	const args = parseArgs(argv);
	if (typeof args === 'string') return fail(args);
	const doc = await loadPage(args.file, args.url, io);
	if (typeof doc === 'string') return fail(doc);
	const story = extractStory(doc, args.url);
	const problem = notAStory(story);
	if (problem) return fail(problem);
	const window = doc.defaultView;
	if (!window) return fail('internal error: the page has no window to build the book with');
	const book = buildEpub(story, { dom: window });
	const path = resolve(args.out ?? epubFileName(story));
	try {
		await writeFile(path, book);
	} catch (error) {
		return fail(`cannot write ${path}: ${oneLine(error)}`);
	}
	io.stdout(`wrote ${path} (${story.chapters.length} chapter${story.chapters.length === 1 ? '' : 's'}, ${Math.ceil(book.length / 1024)} kB)\n`);
	return 0;
}
