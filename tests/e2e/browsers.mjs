/**
 * Real browsers with the built extension loaded, and archive pages served at
 * their real URLs by request routing (nothing reaches the network).
 *
 * Chromium: Debian `chromium` driven by playwright-core (persistent context,
 * --load-extension). Firefox: Debian `firefox-esr` driven by puppeteer-core
 * over WebDriver BiDi (browser.installExtension). Browser paths come from
 * QUIRE_CHROMIUM / QUIRE_FIREFOX or the standard Debian locations.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GECKO_ID = 'quire@quire-reader.org';
/** Pinned so the e2e driver can open the extension's own pages in Firefox. */
export const FIREFOX_EXTENSION_UUID = '7e1f3c2a-5b8d-4c3e-9a61-0d2f4b6c8e10';

const CANDIDATES = {
	chromium: [process.env.QUIRE_CHROMIUM, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'],
	firefox: [process.env.QUIRE_FIREFOX, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'],
};
const INSTALL_HINT = { chromium: 'apt-get install chromium', firefox: 'apt-get install firefox-esr' };

export function browserPath(name) {
	return CANDIDATES[name].find((path) => path && existsSync(path)) ?? null;
}

/**
 * The node:test `skip` option for a browser's tests: false when the browser is
 * there. A developer without it is told loudly; under CI a missing browser fails.
 */
export function skipUnless(name) {
	if (browserPath(name)) return false;
	const message = `${name} not found (looked at ${CANDIDATES[name].filter(Boolean).join(', ')}). Install it: ${INSTALL_HINT[name]}, or set QUIRE_${name.toUpperCase()}.`;
	if (process.env.CI === 'true') throw new Error(`CI needs ${name}: ${message}`);
	console.warn(`\n*** SKIPPING ${name} end-to-end tests: ${message}\n`);
	return message;
}

/** Maps real URLs to local files or bodies. Unknown http(s) URLs get a 404. */
export class Routes {
	#table = new Map();
	/** Every http(s) URL the browser asked for, in order. */
	requested = [];
	/** Set by `failAll`: every request fails as if the network were off. */
	failing = false;

	/** From now on every http(s) request fails at the network level (the browsers' own "internet disconnected"). */
	failAll() {
		this.failing = true;
		return this;
	}

	static key(url) {
		const parsed = new URL(url);
		parsed.hash = '';
		return parsed.href;
	}

	add(url, response) {
		this.#table.set(Routes.key(url), response);
		return this;
	}

	addFile(url, path, contentType = 'text/html; charset=utf-8') {
		return this.add(url, { path, contentType });
	}

	resolve(url) {
		this.requested.push(url);
		const response = this.#table.get(Routes.key(url));
		if (!response) return { status: 404, contentType: 'text/plain; charset=utf-8', body: Buffer.from(`Not routed in tests: ${url}`) };
		const body = response.path ? readFileSync(response.path) : Buffer.from(response.body ?? '');
		return { status: response.status ?? 200, contentType: response.contentType ?? 'text/html; charset=utf-8', body };
	}
}

/** Every demo page, at its real URL, from demo/index.json. */
export function demoRoutes(routes = new Routes()) {
	const index = JSON.parse(readFileSync(join(repoRoot, 'demo/index.json'), 'utf8'));
	for (const page of index) routes.addFile(page.url, join(repoRoot, 'demo', page.file), page.contentType);
	return routes;
}

export function extensionDir(browser) {
	const dir = join(repoRoot, 'dist', browser);
	if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built. Run: node build.mjs --test`);
	return dir;
}

/** A phone for Chromium's mobile emulation: an iPhone-12-sized screen with touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * `build`: 'chrome-test' (the default: the reader's shadow root open to automation) or 'chrome' (as shipped).
 * `device`: playwright context options for mobile emulation (PHONE), instead of a 1200 × 800 desktop window.
 * `display`: an X display (tests/e2e/display.mjs) to run headed on, for the browser's own prompts.
 * `debugPort`: also listen for DevTools clients on a free local port (`devtoolsUrl()`), for targets Playwright does not list.
 */
export async function launchChromium({ routes, userDataDir, headless = true, build = 'chrome-test', device = null, display, debugPort = false } = {}) {
	const { chromium } = await import('playwright-core');
	const ext = extensionDir(build);
	const ownProfile = !userDataDir;
	const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'quire-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: browserPath('chromium'),
		headless,
		viewport: headless ? { width: 1200, height: 800 } : null,
		...(device ?? {}),
		args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--disable-gpu', '--disable-quic', ...(debugPort ? ['--remote-debugging-port=0'] : [])],
		...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
	});
	if (routes) {
		await context.route(/^https?:\/\//, (route) => {
			if (routes.failing) {
				routes.requested.push(route.request().url());
				return route.abort('internetdisconnected');
			}
			const { status, contentType, body } = routes.resolve(route.request().url());
			return route.fulfill({ status, contentType, body });
		});
	}
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const extensionId = new URL(worker.url()).host;
	return {
		context,
		extensionId,
		/** The service worker, fetched anew: MV3 workers stop when idle. */
		async worker() {
			return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
		},
		extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
		/** With `debugPort`: the address a DevTools client (puppeteer-core) connects to. */
		devtoolsUrl: () => `http://127.0.0.1:${readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]}`,
		async close() {
			await context.close();
			if (ownProfile) rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** `prefs`: extra Firefox preferences for this profile (e.g. to answer permission prompts). */
export async function launchFirefox({ routes, prefs = {} } = {}) {
	const { default: puppeteer } = await import('puppeteer-core');
	const ext = extensionDir('firefox-test');
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: browserPath('firefox'),
		headless: true,
		defaultViewport: { width: 1200, height: 800 },
		extraPrefsFirefox: {
			'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
			...prefs,
		},
	});
	await browser.installExtension(ext);
	const route = async (page) => {
		if (!routes) return page;
		await page.setRequestInterception(true);
		page.on('request', (request) => {
			const url = request.url();
			if (!/^https?:\/\//.test(url)) return void request.continue();
			if (routes.failing) {
				routes.requested.push(url);
				return void request.abort('internetdisconnected');
			}
			const { status, contentType, body } = routes.resolve(url);
			void request.respond({ status, contentType, body });
		});
		return page;
	};
	return {
		browser,
		/** A new tab whose http(s) requests go through the route table. */
		async newPage() {
			return route(await browser.newPage());
		},
		extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`,
		async close() {
			await browser.close();
		},
	};
}
