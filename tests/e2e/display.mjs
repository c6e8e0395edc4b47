/**
 * A virtual X display (Xvfb) and real key presses on it (xdotool), for what
 * automation cannot do inside a page: answer the browser's own permission
 * prompt, and invoke the extension as a reader does (keys sent through the
 * DevTools protocol reach the page only, never the browser's shortcuts, so
 * `activeTab` through the shortcut needs a real key press). Missing Xvfb or
 * xdotool: a loud skip on a developer's machine, a failure under CI=true.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = { Xvfb: 'xvfb', xdotool: 'xdotool' };

function hasTool(name) {
	try {
		execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** node:test `skip` option for tests that need a display. */
export function skipUnlessDisplay() {
	const missing = Object.keys(TOOLS).filter((tool) => !hasTool(tool));
	if (missing.length === 0) return false;
	const message = `${missing.join(' and ')} not found. Install: apt-get install ${missing.map((tool) => TOOLS[tool]).join(' ')} xauth`;
	if (process.env.CI === 'true') throw new Error(`CI needs ${message}`);
	console.warn(`\n*** SKIPPING headed-browser tests: ${message}\n`);
	return message;
}

/** Starts Xvfb on a free display number; `stop()` ends it. */
export async function startDisplay() {
	let number = 90 + Math.floor(Math.random() * 100);
	while (existsSync(`/tmp/.X${number}-lock`)) number += 1;
	const display = `:${number}`;
	const server = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
	const deadline = Date.now() + 10_000;
	while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
		if (server.exitCode !== null || Date.now() > deadline) throw new Error(`Xvfb did not start on ${display}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	const env = { ...process.env, DISPLAY: display };
	return {
		display,
		/** Presses keys on this display one after another (xdotool key names), with a pause between them. */
		keys(...names) {
			execFileSync('xdotool', ['key', '--delay', '200', ...names], { env });
		},
		/** One real key chord (XTEST) into the focused window, e.g. `alt+shift+r`. */
		press(chord) {
			execFileSync('xdotool', ['key', '--clearmodifiers', chord], { env });
		},
		async stop() {
			server.kill();
			await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
		},
	};
}
