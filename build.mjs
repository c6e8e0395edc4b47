#!/usr/bin/env node
/**
 * Builds Quire for Chrome and Firefox from one source manifest.
 *
 *   node build.mjs            production build → dist/chrome, dist/firefox, dist/node
 *   node build.mjs --watch    rebuild on change
 *   node build.mjs --test     also writes dist/chrome-test and dist/firefox-test for the e2e tests: the
 *                             reader's shadow root open to automation, and (Firefox) the extension's
 *                             pages (popup, options, library, saved copy) web-accessible so the driver can open them
 *
 * Content-script matches and host permissions are generated from the site
 * registry (src/sites/index.ts); the source manifest must not list hosts itself.
 */
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');

/** Local files: AO3 downloads and .txt stories opened from disk. */
const LOCAL_FILE_MATCH = 'file:///*';
/**
 * Any other site, asked for one origin at a time when the reader chooses "Always open Quire on this site"
 * in the popup: optional, so it is never requested at install and never granted without the reader's yes.
 */
const ANY_SITE_OPTIONAL = '*://*/*';
/** Content script budget: it runs on every archive page, so it must stay a URL test. */
const CONTENT_SCRIPT_BUDGET_BYTES = 40 * 1024;

export class BuildError extends Error {}

const extensionEntries = {
	content: 'src/content/content.ts',
	reader: 'src/content/reader-entry.ts',
	background: 'src/background/background.ts',
	options: 'src/options/options.tsx',
	popup: 'src/popup/popup.tsx',
	library: 'src/library/library.tsx',
	saved: 'src/library/saved.tsx',
};

/** The extension's own pages: file in dist → its source. */
const extensionPages = {
	'options.html': 'src/options/options.html',
	'popup.html': 'src/popup/popup.html',
	'library.html': 'src/library/library.html',
	'saved.html': 'src/library/saved.html',
};

const sharedOptions = {
	bundle: true,
	jsx: 'automatic',
	jsxImportSource: 'preact',
	loader: { '.css': 'text' },
	legalComments: 'none',
	logLevel: 'warning',
	charset: 'utf8',
};

/** Loads the site registry by bundling it for Node; the only source of hosts. */
async function loadSites() {
	const result = await esbuild.build({
		...sharedOptions,
		entryPoints: [join(root, 'src/sites/index.ts')],
		platform: 'node',
		format: 'esm',
		packages: 'external',
		write: false,
	});
	const code = result.outputFiles[0].text;
	const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
	if (!Array.isArray(module.sites)) throw new BuildError('src/sites/index.ts must export `sites`, an array of site adapters.');
	return module.sites;
}

/** An exact lower-case host name, or `*.domain` for a domain and all its subdomains. */
const HOST_PATTERN = /^(?:\*\.)?(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * Turns the registry's hosts into match patterns, refusing anything odd:
 * `install` for the sites asked for at install time, `optional` for the long
 * tail the reader grants one by one.
 */
export function hostPatternsFor(sites) {
	checkHosts(sites);
	return { install: patternsOf(sites.filter((site) => !site.optional)), optional: patternsOf(sites.filter((site) => site.optional)) };
}

/** Every host pattern of the registry, install-time and optional. */
export function matchPatternsFor(sites) {
	checkHosts(sites);
	return patternsOf(sites);
}

function patternsOf(sites) {
	return sites.flatMap((site) => site.hosts).sort().flatMap((host) => [`https://${host}/*`, `http://${host}/*`]);
}

function checkHosts(sites) {
	const owner = new Map();
	for (const site of sites) {
		if (!Array.isArray(site.hosts) || site.hosts.length === 0) {
			throw new BuildError(`Site "${site.id}" declares no hosts. Every site in src/sites/ needs at least one host name.`);
		}
		for (const host of site.hosts) {
			if (typeof host !== 'string' || !HOST_PATTERN.test(host)) {
				throw new BuildError(`Site "${site.id}" declares host ${JSON.stringify(host)}, which is not a plain lower-case host name or *.domain (no scheme, port, path or other wildcard).`);
			}
			if (owner.has(host)) {
				throw new BuildError(`Host "${host}" is declared by both "${owner.get(host)}" and "${site.id}". A host belongs to one site.`);
			}
			owner.set(host, site.id);
		}
	}
}

/** The source manifest must leave hosts to the registry; anything typed there is a disagreement. */
export function checkSourceManifest(manifest, hostPatterns) {
	const allowed = new Set([...hostPatterns, LOCAL_FILE_MATCH]);
	const typed = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])];
	const stray = typed.filter((pattern) => !allowed.has(pattern));
	if (stray.length > 0) {
		throw new BuildError(
			`manifest.json lists ${stray.map((s) => JSON.stringify(s)).join(', ')}, which no site in src/sites/ declares.\n` +
			'Hosts are generated from the site registry: remove them from manifest.json, or add the host to a site adapter in src/sites/.',
		);
	}
	if ((manifest.permissions ?? []).includes('<all_urls>') || typed.includes('<all_urls>')) {
		throw new BuildError('manifest.json asks for <all_urls>. Quire works on other pages through activeTab only.');
	}
}

export function manifestFor(browser, base, hostPatterns, { test }) {
	const manifest = structuredClone(base);
	// The background injects the reader where the content script asked for it, local files included.
	manifest.host_permissions = [...hostPatterns.install, LOCAL_FILE_MATCH];
	manifest.content_scripts = manifest.content_scripts.map((script) => ({ ...script, matches: [...hostPatterns.install, LOCAL_FILE_MATCH] }));
	// The long tail and the reader's own favourite sites: asked for one site at a time, from the options page or the popup.
	manifest.optional_host_permissions = [...hostPatterns.optional, ANY_SITE_OPTIONAL];
	if (browser === 'chrome') {
		delete manifest.browser_specific_settings;
		manifest.minimum_chrome_version = '120';
		// A fresh URL per session keeps pages from probing for the extension through its fonts.
		manifest.web_accessible_resources = manifest.web_accessible_resources.map((entry) => ({ ...entry, use_dynamic_url: true }));
	} else {
		manifest.background = { scripts: ['background.js'], service_worker: 'background.js' };
		if (test) {
			// Test flavour only: lets the e2e driver open the extension's pages from a normal tab.
			manifest.web_accessible_resources = [
				...manifest.web_accessible_resources,
				{ resources: Object.keys(extensionPages), matches: ['<all_urls>'] },
			];
		}
	}
	return manifest;
}

function readFontList() {
	const file = join(root, 'src/reader/fonts.json');
	if (!existsSync(file)) return [];
	return JSON.parse(readFileSync(file, 'utf8'));
}

function copyStatic(outdir) {
	mkdirSync(join(outdir, 'icons'), { recursive: true });
	for (const size of [16, 32, 48, 96, 128]) {
		const icon = join(root, 'icons', `icon-${size}.png`);
		if (!existsSync(icon)) throw new BuildError(`Missing ${icon}. Run: node scripts/make-icons.mjs`);
		cpSync(icon, join(outdir, 'icons', `icon-${size}.png`));
	}
	cpSync(join(root, 'icons', 'quire.svg'), join(outdir, 'icons', 'quire.svg'));
	for (const [page, source] of Object.entries(extensionPages)) cpSync(join(root, source), join(outdir, page));
	for (const font of readFontList()) {
		const from = require.resolve(font.from);
		mkdirSync(dirname(join(outdir, font.to)), { recursive: true });
		cpSync(from, join(outdir, font.to));
	}
	copyLicences(outdir);
}

/**
 * Quire's own licence, and each bundled font's (SIL Open Font License, which
 * asks that it travel with the fonts): fonts/LICENSE-<package>.txt.
 */
export function licenceFiles() {
	const files = [{ from: join(root, 'LICENSE'), to: 'LICENSE' }];
	const packages = new Map();
	for (const font of readFontList()) {
		const name = font.from.split('/').slice(0, 2).join('/');
		// The font file sits in <package>/files/; its licence at the package's root.
		if (!packages.has(name)) packages.set(name, join(dirname(dirname(require.resolve(font.from))), 'LICENSE'));
	}
	for (const [name, from] of packages) files.push({ from, to: `fonts/LICENSE-${name.split('/')[1]}.txt` });
	return files;
}

function copyLicences(outdir) {
	for (const { from, to } of licenceFiles()) {
		if (!existsSync(from)) throw new BuildError(`Missing licence file ${from}: the packages must carry their licences.`);
		cpSync(from, join(outdir, to));
	}
}

async function buildExtension(browser, base, hostPatterns, { test = false } = {}) {
	const outdir = join(dist, test ? `${browser}-test` : browser);
	rmSync(outdir, { recursive: true, force: true });
	mkdirSync(outdir, { recursive: true });
	const result = await esbuild.build({
		...sharedOptions,
		entryPoints: extensionEntries,
		outdir,
		format: 'iife',
		target: ['chrome120', 'firefox128'],
		minify: true,
		sourcemap: false,
		metafile: true,
		define: { __QUIRE_OPEN_SHADOW__: JSON.stringify(test) },
	});
	copyStatic(outdir);
	writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifestFor(browser, base, hostPatterns, { test }), null, '\t')}\n`);
	return result.metafile;
}

async function buildNode() {
	await esbuild.build({
		...sharedOptions,
		entryPoints: { cli: 'src/cli/main.ts' },
		outdir: join(dist, 'node'),
		outExtension: { '.js': '.mjs' },
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
	});
}

function sizeReport(metafile) {
	const rows = Object.entries(metafile.outputs)
		.filter(([file]) => file.endsWith('.js'))
		.map(([file, info]) => [file.split('/').pop(), info.bytes]);
	const content = rows.find(([name]) => name === 'content.js');
	if (content && content[1] > CONTENT_SCRIPT_BUDGET_BYTES) {
		throw new BuildError(`content.js is ${content[1]} bytes, over its ${CONTENT_SCRIPT_BUDGET_BYTES}-byte budget. It runs on every archive page: keep heavy code in reader.js.`);
	}
	return rows.map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} kB`).join(', ');
}

export async function build({ test = args.has('--test') } = {}) {
	const started = performance.now();
	const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
	const sites = await loadSites();
	const hostPatterns = hostPatternsFor(sites);
	checkSourceManifest(base, [...hostPatterns.install, ...hostPatterns.optional]);
	const metafile = await buildExtension('chrome', base, hostPatterns);
	await buildExtension('firefox', base, hostPatterns);
	if (test) {
		await buildExtension('chrome', base, hostPatterns, { test: true });
		await buildExtension('firefox', base, hostPatterns, { test: true });
	}
	await buildNode();
	const sizes = sizeReport(metafile);
	const ms = Math.round(performance.now() - started);
	console.log(`Built dist/chrome and dist/firefox${test ? ' (+ test builds)' : ''} for ${sites.length} sites in ${ms} ms: ${sizes}`);
}

async function main() {
	try {
		await build();
	} catch (error) {
		if (error instanceof BuildError) {
			console.error(`Build failed: ${error.message}`);
			if (!watch) process.exit(1);
		} else {
			throw error;
		}
	}
	if (!watch) return;
	const { watch: fsWatch } = await import('node:fs');
	let timer;
	const rebuild = () => {
		clearTimeout(timer);
		timer = setTimeout(() => build().catch((error) => console.error(`Build failed: ${error.message}`)), 100);
	};
	for (const dir of ['src', 'icons']) fsWatch(join(root, dir), { recursive: true }, rebuild);
	fsWatch(join(root, 'manifest.json'), rebuild);
	console.log('Watching src/, icons/ and manifest.json for changes…');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await main();
}
