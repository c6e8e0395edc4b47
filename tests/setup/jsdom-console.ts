import { VirtualConsole } from 'jsdom';

/**
 * jsdom's CSS parser gives up on modern stylesheets (nesting, `@layer`,
 * `:has()` in some positions) and says so on the console for every page,
 * burying real problems. This drops exactly that report and passes every
 * other jsdom error (script errors, unimplemented APIs, failed loads, and
 * anything a later jsdom adds) to the console as jsdom would.
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
