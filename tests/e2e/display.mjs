/**
 * A virtual X display (Xvfb) and real key presses on it (xdotool), for the one
 * thing automation cannot do inside a page: invoke the extension the way a
 * reader does. Keys sent through the DevTools protocol go to the page only
 * (Chromium skips its own shortcut handling for them), so the "Open or close
 * the reader" shortcut, and with it `activeTab` on a site Quire has no host
 * permission for, needs a real keyboard event: a headed browser on Xvfb and
 * xdotool's XTEST key press.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = { Xvfb: 'xvfb', xdotool: 'xdotool' };

function onPath(tool) {
	try {
		execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/**
 * The node:test `skip` option for tests that need a display: false when Xvfb
 * and xdotool are there. Loud on a developer's machine; a failure under CI.
 */
export function skipUnlessDisplay() {
	const missing = Object.keys(TOOLS).filter((tool) => !onPath(tool));
	if (missing.length === 0) return false;
	const message = `${missing.join(' and ')} not found. Install them: apt-get install ${missing.map((t) => TOOLS[t]).join(' ')}.`;
	if (process.env.CI === 'true') throw new Error(`CI needs a virtual display: ${message}`);
	console.warn(`\n*** SKIPPING tests that press the reader's keyboard shortcut: ${message}\n`);
	return message;
}

/** Starts Xvfb on the first free display number from 90; resolves once it accepts clients. */
export async function startDisplay() {
	let number = 90;
	while (existsSync(`/tmp/.X${number}-lock`) || existsSync(`/tmp/.X11-unix/X${number}`)) number++;
	const name = `:${number}`;
	const server = spawn('Xvfb', [name, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
	const deadline = Date.now() + 10_000;
	while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
		if (server.exitCode !== null || Date.now() > deadline) throw new Error(`Xvfb did not start on ${name}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return {
		name,
		/** A real key press (XTEST) into the focused window, e.g. `alt+shift+r`. */
		press(keys) {
			execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env: { ...process.env, DISPLAY: name } });
		},
		stop() {
			server.kill();
		},
	};
}
