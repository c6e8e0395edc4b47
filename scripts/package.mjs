#!/usr/bin/env node
/**
 * Store-ready zips of dist/chrome and dist/firefox, made with web-ext, in
 * artifacts/ (or the folder given as --out=DIR). Each carries Quire's LICENSE
 * and the bundled fonts' licences, which build.mjs puts into dist/.
 */
import webExt from 'web-ext';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const out = process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length);
const artifactsDir = out ? resolve(out) : join(root, 'artifacts');

for (const browser of ['chrome', 'firefox']) {
	const { extensionPath } = await webExt.cmd.build(
		{ sourceDir: join(root, 'dist', browser), artifactsDir, overwriteDest: true, filename: `quire-${browser}-${version}.zip` },
		{ shouldExitProgram: false },
	);
	console.log(`${browser}: ${extensionPath}`);
}
