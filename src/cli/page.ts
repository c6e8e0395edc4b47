import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { decodePage } from './decode.js';
import { quietCssConsole } from './jsdom-console.js';

/** What every command reads and writes through: the process, or a test's buffers. */
export interface CliIo {
	stdout(s: string): void;
	stderr(s: string): void;
	readStdin(): Promise<Buffer>;
}

/** A document shaped like a browser's view of a text/plain file: a body holding one <pre>. */
function plainTextDocument(text: string, url: string): Document {
	const { document } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { url, virtualConsole: quietCssConsole() }).window;
	const pre = document.createElement('pre');
	pre.textContent = text;
	document.body.appendChild(pre);
	Object.defineProperty(document, 'contentType', { value: 'text/plain' });
	return document;
}

export function oneLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0] ?? message;
}

/** Checks `--url`: the message to print when it is missing or not a URL, else null. */
export function urlProblem(url: string | null): string | null {
	if (!url) return 'missing --url URL (the address the page was saved from)';
	try {
		new URL(url);
		return null;
	} catch {
		return `--url is not a valid URL: ${url}`;
	}
}

/**
 * The saved page FILE ("-": standard input) as the browser would have shown
 * it at `url`, or a one-line reason it cannot be read.
 */
export async function loadPage(file: string, url: string, io: CliIo): Promise<Document | string> {
	let bytes: Uint8Array;
	try {
		bytes = file === '-' ? await io.readStdin() : await readFile(file);
	} catch (error) {
		return `cannot read ${file}: ${oneLine(error)}`;
	}
	const text = decodePage(bytes);
	const isPlainText = /\.txt$/i.test(file) || (file !== '-' ? false : /\.txt(?:$|[?#])/i.test(new URL(url).pathname));
	return isPlainText ? plainTextDocument(text, url) : new JSDOM(text, { url, virtualConsole: quietCssConsole() }).window.document;
}
