import type { RatingLevel } from '../core/types.js';

/**
 * The colour table for every theme. The stylesheet is generated from this
 * table and the contrast test reads it, so the colours on screen are the ones
 * proven to meet WCAG AA.
 */

export type ConcreteTheme = 'light' | 'sepia' | 'dark' | 'black';

export interface ThemeColours {
	/** Page background behind the text. */
	background: string;
	/** Raised surfaces: header card, panels, toolbar. */
	surface: string;
	text: string;
	/** Secondary text: labels, stats, chapter notes captions. */
	muted: string;
	link: string;
	/** Hairlines and control outlines (decorative; not text). */
	border: string;
	/** Focus ring and progress bar. */
	accent: string;
	/** Rating badges: text colour on background colour, by rating level. */
	badges: Record<RatingLevel, { text: string; background: string }>;
}

export const THEME_COLOURS: Record<ConcreteTheme, ThemeColours> = {
	light: {
		background: '#fbfaf7',
		surface: '#f1efe9',
		text: '#1d1d1b',
		muted: '#57554f',
		link: '#1f4fb8',
		border: '#c9c5bb',
		accent: '#2f5fc4',
		badges: {
			general: { text: '#ffffff', background: '#2e6b34' },
			teen: { text: '#1d1d1b', background: '#e8c547' },
			mature: { text: '#ffffff', background: '#a34a0b' },
			explicit: { text: '#ffffff', background: '#9c1c1c' },
			unknown: { text: '#ffffff', background: '#5b5b5b' },
		},
	},
	sepia: {
		background: '#f3ead7',
		surface: '#e9dec6',
		text: '#3a2c1d',
		muted: '#63513b',
		link: '#7a3306',
		border: '#c8b795',
		accent: '#8a4a12',
		badges: {
			general: { text: '#ffffff', background: '#35622f' },
			teen: { text: '#3a2c1d', background: '#dcb94a' },
			mature: { text: '#ffffff', background: '#97460f' },
			explicit: { text: '#ffffff', background: '#8d1f1f' },
			unknown: { text: '#ffffff', background: '#5e5446' },
		},
	},
	dark: {
		background: '#1d1e22',
		surface: '#27292e',
		text: '#e4e1da',
		muted: '#aaa69c',
		link: '#8fb6ff',
		border: '#474a52',
		accent: '#8fb6ff',
		badges: {
			general: { text: '#0d1f0e', background: '#86c98b' },
			teen: { text: '#1f1a05', background: '#e6c861' },
			mature: { text: '#24110a', background: '#f0a46e' },
			explicit: { text: '#2a0808', background: '#f28b8b' },
			unknown: { text: '#15161a', background: '#b5b3ad' },
		},
	},
	black: {
		background: '#000000',
		surface: '#121212',
		text: '#d6d4cf',
		muted: '#9b9892',
		link: '#86aef7',
		border: '#3a3a3a',
		accent: '#86aef7',
		badges: {
			general: { text: '#000000', background: '#78b87d' },
			teen: { text: '#000000', background: '#d8bb55' },
			mature: { text: '#000000', background: '#e39a63' },
			explicit: { text: '#000000', background: '#e88080' },
			unknown: { text: '#000000', background: '#a7a59f' },
		},
	},
};

/** The order `t` cycles through. */
export const THEME_CYCLE = ['light', 'sepia', 'dark', 'black', 'system'] as const;
