import { extractStory } from '../extract/extract.js';
import { EPUB_USAGE, runEpub } from './epub-command.js';
import { loadPage, urlProblem, type CliIo } from './page.js';

export type { CliIo } from './page.js';

const USAGE = `usage: quire extract FILE --url URL | ${EPUB_USAGE}   (FILE may be "-" for standard input; a .txt file is read as text/plain)`;

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

/** `quire extract FILE --url URL`: print the story on the page as one JSON object. `quire epub …`: see epub-command.ts. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
	if (argv[0] === 'epub') return runEpub(argv.slice(1), io);
	const args = parseArgs(argv);
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
