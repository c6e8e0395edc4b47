/**
 * A virtual X display (Xvfb) for the few tests that need a headed browser:
 * the browser's own permission prompt exists only there, and xdotool answers it
 * with the keyboard, as a person would. Missing Xvfb or xdotool: a loud skip on
 * a developer's machine, a failure under CI=true.
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
export function skipUnlessDisplayTools() {
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
	return {
		display,
		/** Presses keys on this display (xdotool key names), with a pause between them. */
		keys(...names) {
			execFileSync('xdotool', ['key', '--delay', '200', ...names], { env: { ...process.env, DISPLAY: display } });
		},
		async stop() {
			server.kill();
			await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
		},
	};
}
