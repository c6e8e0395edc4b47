/**
 * Reader preferences: the one definition of their shape, defaults and valid
 * ranges. Storage persists this object as JSON (storage.sync) and runs every
 * read through `validatePrefs`, so a corrupt, old or hand-edited value can
 * never break the reader: each field falls back to its default on its own.
 */

export const FONT_FAMILIES = ['literata', 'atkinson', 'opendyslexic', 'sans', 'serif', 'mono', 'system'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

export const FONT_FAMILY_LABELS: Record<FontFamily, string> = {
	literata: 'Literata (serif for long reading)',
	atkinson: 'Atkinson Hyperlegible',
	opendyslexic: 'OpenDyslexic',
	sans: 'Sans-serif',
	serif: 'Serif',
	mono: 'Monospace',
	system: "Your browser's default font",
};

export const THEMES = ['light', 'sepia', 'dark', 'black', 'system'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const THEME_LABELS: Record<ThemeChoice, string> = {
	light: 'Light',
	sepia: 'Sepia',
	dark: 'Dark',
	black: 'Black',
	system: 'System',
};

export const ALIGNMENTS = ['left', 'justify'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export const ALIGNMENT_LABELS: Record<Alignment, string> = {
	left: 'Left',
	justify: 'Justified, with hyphenation',
};

/** A numeric preference's allowed range; `step` is what the settings controls and keys move by. */
export interface NumberRange {
	min: number;
	max: number;
	step: number;
}

export const RANGES = {
	/** CSS pixels. */
	fontSize: { min: 12, max: 40, step: 1 },
	/** Unitless multiple of the font size. */
	lineHeight: { min: 1.1, max: 2.5, step: 0.1 },
	/** Characters (`ch`) per line. */
	textWidth: { min: 30, max: 120, step: 2 },
	/** Space between paragraphs, in `em`. */
	paragraphSpacing: { min: 0, max: 3, step: 0.25 },
	wordsPerMinute: { min: 60, max: 1500, step: 10 },
} as const satisfies Record<string, NumberRange>;

export type NumericPref = keyof typeof RANGES;

export interface Prefs {
	fontFamily: FontFamily;
	fontSize: number;
	lineHeight: number;
	textWidth: number;
	paragraphSpacing: number;
	align: Alignment;
	theme: ThemeChoice;
	/** Off by default, as on AO3: warnings are there to be seen before reading; readers opt in to folding them. */
	hideWarnings: boolean;
	/** Off by default, as on AO3 (long tag lists collapse to one line anyway). */
	hideTags: boolean;
	/** On by default: a story's "Spoilers:" line exists to be opened only by those who want it. */
	hideSpoilers: boolean;
	/** Author's notes and end notes (work and chapter). Off by default, as on AO3. */
	hideNotes: boolean;
	/** On touch screens, a tap on the lower or upper part of the text pages down or up. */
	tapToPage: boolean;
	/** Open the reader automatically on story pages, by site id. */
	autoOpen: Record<string, boolean>;
	/** Reading speed, for "time left". */
	wordsPerMinute: number;
}

export const defaultPrefs: Readonly<Prefs> = Object.freeze({
	fontFamily: 'literata',
	fontSize: 19,
	lineHeight: 1.6,
	textWidth: 66,
	paragraphSpacing: 1,
	align: 'left',
	theme: 'system',
	hideWarnings: false,
	hideTags: false,
	hideSpoilers: true,
	hideNotes: false,
	tapToPage: true,
	autoOpen: Object.freeze({}) as Record<string, boolean>,
	wordsPerMinute: 250,
});

/** Preferences whose change moves text around, so reading position must be held across it. */
export const LAYOUT_PREFS: ReadonlySet<keyof Prefs> = new Set<keyof Prefs>([
	'fontFamily', 'fontSize', 'lineHeight', 'textWidth', 'paragraphSpacing', 'align', 'theme',
	'hideWarnings', 'hideTags', 'hideSpoilers', 'hideNotes',
]);

/** Site ids are short lower-case words (`ao3`, `ffnet`, `generic`); anything else is not a site. */
const SITE_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Keeps the synced object small even if something writes junk into it. */
const MAX_AUTO_OPEN_SITES = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
	return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : fallback;
}

function inRange(key: NumericPref, value: unknown): number {
	const { min, max } = RANGES[key];
	return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
		? value
		: defaultPrefs[key];
}

function flag(value: unknown, fallback: boolean): boolean {
	return typeof value === 'boolean' ? value : fallback;
}

function autoOpenMap(value: unknown): Record<string, boolean> {
	const out: Record<string, boolean> = {};
	if (!isRecord(value)) return out;
	let count = 0;
	for (const [site, enabled] of Object.entries(value)) {
		if (count >= MAX_AUTO_OPEN_SITES) break;
		if (SITE_ID.test(site) && typeof enabled === 'boolean') {
			out[site] = enabled;
			count++;
		}
	}
	return out;
}

/**
 * Turns anything (a stored value, a message, `undefined`) into valid Prefs:
 * unknown keys are dropped, and each field with a wrong type or an
 * out-of-range value takes its default. Never throws.
 */
export function validatePrefs(raw: unknown): Prefs {
	const source = isRecord(raw) ? raw : {};
	return {
		fontFamily: oneOf(FONT_FAMILIES, source.fontFamily, defaultPrefs.fontFamily),
		fontSize: inRange('fontSize', source.fontSize),
		lineHeight: inRange('lineHeight', source.lineHeight),
		textWidth: inRange('textWidth', source.textWidth),
		paragraphSpacing: inRange('paragraphSpacing', source.paragraphSpacing),
		align: oneOf(ALIGNMENTS, source.align, defaultPrefs.align),
		theme: oneOf(THEMES, source.theme, defaultPrefs.theme),
		hideWarnings: flag(source.hideWarnings, defaultPrefs.hideWarnings),
		hideTags: flag(source.hideTags, defaultPrefs.hideTags),
		hideSpoilers: flag(source.hideSpoilers, defaultPrefs.hideSpoilers),
		hideNotes: flag(source.hideNotes, defaultPrefs.hideNotes),
		tapToPage: flag(source.tapToPage, defaultPrefs.tapToPage),
		autoOpen: autoOpenMap(source.autoOpen),
		wordsPerMinute: inRange('wordsPerMinute', source.wordsPerMinute),
	};
}

/** Moves a numeric preference by `steps` steps, staying in range and on the step grid. */
export function stepPref(key: NumericPref, value: number, steps: number): number {
	const { min, max, step } = RANGES[key];
	const next = Math.round((value + steps * step) / step) * step;
	// Rounding to the step grid leaves float noise (1.7000000000000002); keep 2 decimals.
	return Math.min(max, Math.max(min, Math.round(next * 100) / 100));
}

function sameAutoOpen(a: Record<string, boolean>, b: Record<string, boolean>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((site) => a[site] === b[site]);
}

export function prefsEqual(a: Prefs, b: Prefs): boolean {
	return (Object.keys(defaultPrefs) as (keyof Prefs)[]).every((key) =>
		key === 'autoOpen' ? sameAutoOpen(a.autoOpen, b.autoOpen) : a[key] === b[key],
	);
}

/** True when going from `before` to `after` changes the text's layout. */
export function changesLayout(before: Prefs, after: Prefs): boolean {
	for (const key of LAYOUT_PREFS) {
		if (before[key] !== after[key]) return true;
	}
	return false;
}
