import { THEME_COLOURS, type ConcreteTheme, type ThemeColours } from '../themes.js';

/** Theme colours as custom properties, generated from the table the contrast test checks. */

function variables(colours: ThemeColours): string {
	const badges = Object.entries(colours.badges)
		.map(([level, badge]) => `--quire-badge-${level}-fg:${badge.text};--quire-badge-${level}-bg:${badge.background};`)
		.join('');
	return [
		`--quire-bg:${colours.background};`,
		`--quire-surface:${colours.surface};`,
		`--quire-text:${colours.text};`,
		`--quire-muted:${colours.muted};`,
		`--quire-link:${colours.link};`,
		`--quire-border:${colours.border};`,
		`--quire-accent:${colours.accent};`,
		badges,
	].join('');
}

const DARK_SCHEMES: ReadonlySet<ConcreteTheme> = new Set(['dark', 'black']);

function themeRule(theme: ConcreteTheme): string {
	const scheme = DARK_SCHEMES.has(theme) ? 'dark' : 'light';
	return `.quire-theme-${theme}{${variables(THEME_COLOURS[theme])}color-scheme:${scheme};}`;
}

export const themeCss = [
	...(Object.keys(THEME_COLOURS) as ConcreteTheme[]).map(themeRule),
	`.quire-theme-system{${variables(THEME_COLOURS.light)}color-scheme:light;}`,
	`@media (prefers-color-scheme: dark){.quire-theme-system{${variables(THEME_COLOURS.dark)}color-scheme:dark;}}`,
].join('\n');
