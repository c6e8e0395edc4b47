import { extractStory } from '../extract/extract.js';
import { EPUB_USAGE, runEpub } from './epub-command.js';
import { loadPage, urlProblem, type CliIo } from './page.js';

export type { CliIo } from './page.js';

const USAGE = `usage: quire extract FILE --url URL | ${EPUB_USAGE}   (FILE may be "-" for standard input; a .txt file is read as text/plain)`;

/** One entry per command: `quire --help` lists them, `quire COMMAND --help` prints the command's own help. */
const COMMANDS: Record<string, { summary: string; help: string }> = {
	extract: {
		summary: 'print the story on a saved page as one JSON object',
		help: [
			'usage: quire extract FILE --url URL',
			'',
			'Reads FILE (an archive page saved as HTML, or a .txt story; "-" reads standard input) as if it',
			'were open at URL, the address it was saved from, and prints the story as one JSON object: kind,',
			'site, title, authors, rating, warnings, fandoms, tags, summary, chapters with their text, and more.',
			'A page that holds no story prints "kind": "not-story" and still exits 0.',
			'',
			'options:',
			'  --url URL    the page\'s address (required): it picks the archive and resolves links',
			'  -h, --help   print this help',
		].join('\n'),
	},
	epub: {
		summary: 'write an EPUB 3 e-book of the story on a saved page',
		help: [
			`usage: ${EPUB_USAGE}`,
			'',
			'Reads FILE (as for "quire extract") as if it were open at URL and writes an EPUB 3 of every',
			'chapter on the page: a title page with the story\'s header, one document per chapter with its notes,',
			'a table of contents and the story\'s metadata. Nothing is fetched. A page with no story text exits 1.',
			'',
			'options:',
			'  --url URL          the page\'s address (required)',
			'  --out BOOK.epub    where to write the book (default: "Title - Author.epub" in the current directory)',
			'  -h, --help         print this help',
		].join('\n'),
	},
};

function generalHelp(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	const commands = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}   ${summary}`);
	return ['usage: quire COMMAND [ARGS]', '', 'commands:', ...commands, '', 'Run "quire COMMAND --help" for a command\'s options.'].join('\n');
}

const isHelp = (arg: string | undefined): boolean => arg === '--help' || arg === '-h';

/** Help asked for, as text to print, or null when the command line asks for something else. */
function helpFor(argv: readonly string[]): string | null {
	const [command, ...rest] = argv;
	if (isHelp(command) || (command === 'help' && rest.length === 0)) return generalHelp();
	if (command === 'help' && rest[0] !== undefined) return COMMANDS[rest[0]]?.help ?? null;
	if (command !== undefined && COMMANDS[command] && rest.some(isHelp)) return COMMANDS[command].help;
	return null;
}

interface ExtractArgs {
	file: string;
	url: string;
}

function parseArgs(argv: readonly string[]): ExtractArgs | string {
	const [command, ...rest] = argv;
	if (command !== 'extract') return command === undefined ? USAGE : `unknown command "${command}"; ${USAGE}`;
	let file: string | null = null;
	let url: string | null = null;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? '';
		if (arg === '--url') url = rest[++i] ?? '';
		else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
		else if (arg.startsWith('--') && arg !== '-') return `unknown option "${arg}"; ${USAGE}`;
		else if (file === null) file = arg;
		else return `unexpected argument "${arg}"; ${USAGE}`;
	}
	if (file === null) return `missing FILE; ${USAGE}`;
	return urlProblem(url) ?? { file, url: url ?? '' };
}

/** `quire extract FILE --url URL`: print the story on the page as one JSON object; `quire epub …`: see epub-command.ts; `--help` for help. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
	const help = helpFor(argv);
	if (help !== null) {
		io.stdout(`${help}\n`);
		return 0;
	}
	if (argv[0] === 'epub') return runEpub(argv.slice(1), io);
	// "quire help NAME" for a NAME that is no command: say so about NAME.
	const args = parseArgs(argv[0] === 'help' ? argv.slice(1) : argv);
	if (typeof args === 'string') {
		io.stderr(`quire: ${args}\n`);
		return 1;
	}
	const doc = await loadPage(args.file, args.url, io);
	if (typeof doc === 'string') {
		io.stderr(`quire: ${doc}\n`);
		return 1;
	}
	const story = extractStory(doc, args.url);
	io.stdout(`${JSON.stringify(story, null, 2)}\n`);
	return 0;
}
