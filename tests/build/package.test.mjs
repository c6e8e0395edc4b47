// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
const FONT_LICENCES = ['fonts/LICENSE-atkinson-hyperlegible.txt', 'fonts/LICENSE-literata.txt', 'fonts/LICENSE-opendyslexic.txt'];

function run(script, args = []) {
	const result = spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8', timeout: 180_000 });
	if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

describe('licences', () => {
	it('LICENSE is the MIT licence package.json names, for the Quire authors, 2026', () => {
		expect(pkg.license).toBe('MIT');
		expect(licence.split('\n')[0]).toBe('MIT License');
		expect(licence).toContain('Copyright (c) 2026 The Quire authors');
		expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
	});

	it('both store zips carry LICENSE and the SIL Open Font License of every bundled font', { timeout: 240_000 }, () => {
		const out = mkdtempSync(join(tmpdir(), 'quire-zips-'));
		try {
			run('build.mjs');
			run('scripts/package.mjs', [`--out=${out}`]);
			for (const browser of ['chrome', 'firefox']) {
				const files = unzipSync(readFileSync(join(out, `quire-${browser}-${pkg.version}.zip`)));
				expect(Object.keys(files), browser).toEqual(expect.arrayContaining(['manifest.json', 'LICENSE', ...FONT_LICENCES]));
				expect(new TextDecoder().decode(files.LICENSE)).toBe(licence);
				for (const name of FONT_LICENCES) {
					expect(new TextDecoder().decode(files[name]), `${browser} ${name}`).toContain('SIL OPEN FONT LICENSE Version 1.1');
				}
				// Every font in the zip is covered by a licence next to it.
				const families = Object.keys(files).filter((name) => name.endsWith('.woff2')).map((name) => name.replace(/^fonts\//, '').replace(/-\d{3}(-italic)?\.woff2$/, ''));
				for (const family of new Set(families)) expect(Object.keys(files)).toContain(`fonts/LICENSE-${family}.txt`);
			}
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
