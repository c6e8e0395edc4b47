#!/usr/bin/env node
/**
 * `quire extract FILE --url URL`: the extraction core on the command line.
 * Runs the Node bundle from dist/node, building it first when it is missing.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/node/cli.mjs');
if (!existsSync(cli)) {
	const built = spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (built.status !== 0) process.exit(built.status ?? 1);
}
const { runCli } = await import(pathToFileURL(cli).href);
const readStdin = async () => {
	const chunks = [];
	for await (const chunk of process.stdin) chunks.push(chunk);
	return Buffer.concat(chunks);
};
process.exitCode = await runCli(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	readStdin,
});
