#!/usr/bin/env node
/** Store-ready zips of dist/chrome and dist/firefox in artifacts/, made with web-ext. */
import webExt from 'web-ext';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, renameSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));

for (const browser of ['chrome', 'firefox']) {
	const { extensionPath } = await webExt.cmd.build(
		{ sourceDir: join(root, 'dist', browser), artifactsDir: join(root, 'artifacts'), overwriteDest: true, filename: `quire-${browser}-${version}.zip` },
		{ shouldExitProgram: false },
	);
	console.log(`${browser}: ${extensionPath}`);
}
