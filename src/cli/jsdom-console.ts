import { VirtualConsole } from 'jsdom';

/**
 * jsdom's CSS parser gives up on parts of many real pages' stylesheets and
 * says "Could not parse CSS stylesheet" on the console for each, which
 * buries real problems (and, from the command line, reads like an error).
 * Quire never needs the page's CSS parsed. This drops exactly that report
 * and passes every other jsdom error (script errors, unimplemented APIs,
 * failed loads, and anything a later jsdom adds) to the console as jsdom
 * would. Used by the command line and by the unit tests.
 */

interface JsdomError extends Error {
	type?: string;
	cause?: unknown;
}

export function isCssParseNoise(error: JsdomError): boolean {
	return error.type === 'css-parsing' && error.message === 'Could not parse CSS stylesheet';
}

/** Prints a jsdom error as jsdom's own forwarding does, on the console of the moment (the test's). */
function report(error: JsdomError): void {
	if (isCssParseNoise(error)) return;
	const cause = error.cause as { stack?: string } | undefined;
	console.error(error.type === 'unhandled-exception' && cause?.stack ? cause.stack : error.message);
}

/** A virtual console for `new JSDOM(…)`: everything forwarded to the console except CSS parse failures. */
export function quietCssConsole(): VirtualConsole {
	const virtualConsole = new VirtualConsole().forwardTo(console, { jsdomErrors: 'none' });
	virtualConsole.on('jsdomError', report);
	return virtualConsole;
}

/** The same on a virtual console that already forwards jsdom errors (vitest's jsdom environment). */
export function quietCssNoise(virtualConsole: VirtualConsole): void {
	virtualConsole.removeAllListeners('jsdomError');
	virtualConsole.on('jsdomError', report);
}
