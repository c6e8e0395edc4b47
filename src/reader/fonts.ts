import type { FontFamily } from './prefs.js';
import fontFiles from './fonts.json';

/**
 * Bundled fonts, registered on demand. Chrome ignores @font-face rules inside
 * a shadow root, so faces go on the page's `document.fonts` through the
 * FontFace API, under "Quire …" family names the page cannot collide with.
 * Nothing is fetched from the network: every file ships with the extension
 * (fonts.json lists them; the build copies `from` → `to`).
 */

export interface FontFile {
	family: string;
	weight: string;
	style: string;
	/** Path under node_modules, for the build. */
	from: string;
	/** Path inside the extension, for `assetUrl`. */
	to: string;
}

export const FONT_FILES: readonly FontFile[] = fontFiles;

/** The bundled family behind each choice, or null when the choice uses fonts already on the system. */
const BUNDLED_FAMILY: Record<FontFamily, string | null> = {
	literata: 'Quire Literata',
	atkinson: 'Quire Atkinson Hyperlegible',
	opendyslexic: 'Quire OpenDyslexic',
	sans: null,
	serif: null,
	mono: null,
	system: null,
};

const STACKS: Record<FontFamily, string> = {
	literata: '"Quire Literata", Literata, Georgia, "Times New Roman", serif',
	atkinson: '"Quire Atkinson Hyperlegible", "Atkinson Hyperlegible", system-ui, sans-serif',
	opendyslexic: '"Quire OpenDyslexic", OpenDyslexic, "Comic Sans MS", sans-serif',
	sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
	serif: 'Georgia, Cambria, "Times New Roman", Times, serif',
	mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
	// The browser's own default font, which is what readers who ask for "my font" mean.
	system: 'initial',
};

/** The CSS `font-family` value for a choice. */
export function fontStack(family: FontFamily): string {
	return STACKS[family];
}

/** Families already registered, per document: registering twice would load the files twice. */
const registered = new WeakMap<Document, Map<string, Promise<void>>>();

async function fontSource(url: string): Promise<ArrayBuffer | string> {
	// Loading from bytes avoids the page's CSP (`font-src`), which governs url() sources
	// on the page's document but not a fetch made by the content script.
	try {
		const response = await fetch(url);
		if (response.ok) return await response.arrayBuffer();
	} catch {
		// Fall through to a url() source.
	}
	return `url("${url}") format("woff2")`;
}

async function registerFamily(doc: Document, family: string, assetUrl: (path: string) => string): Promise<void> {
	const faces = FONT_FILES.filter((file) => file.family === family);
	await Promise.all(
		faces.map(async (file) => {
			try {
				const face = new FontFace(file.family, await fontSource(assetUrl(file.to)), {
					weight: file.weight,
					style: file.style,
					display: 'swap',
				});
				doc.fonts.add(face);
				await face.load();
			} catch {
				// A face that fails to load leaves the fallback fonts in the stack doing the work.
			}
		}),
	);
}

/**
 * Makes the chosen font available, loading its files the first time it is
 * chosen. Resolves once the faces are loaded (or failed), so layout-dependent
 * work can wait for the final layout. A no-op for system fonts and where the
 * FontFace API is missing.
 */
export function ensureFont(family: FontFamily, assetUrl: (path: string) => string, doc: Document = document): Promise<void> {
	const bundled = BUNDLED_FAMILY[family];
	if (bundled === null || typeof FontFace === 'undefined' || !('fonts' in doc)) return Promise.resolve();
	let families = registered.get(doc);
	if (!families) {
		families = new Map();
		registered.set(doc, families);
	}
	let loading = families.get(bundled);
	if (!loading) {
		loading = registerFamily(doc, bundled, assetUrl);
		families.set(bundled, loading);
	}
	return loading;
}
