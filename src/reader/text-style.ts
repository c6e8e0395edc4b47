import { fontStack } from './fonts.js';
import type { Prefs } from './prefs.js';

/**
 * The reader's typography as CSS custom properties on the overlay: the
 * stylesheet reads only these, so a preference change is a style change on
 * one element.
 */
export function textStyle(prefs: Prefs): Record<string, string> {
	return {
		'--quire-font': fontStack(prefs.fontFamily),
		'--quire-size': `${prefs.fontSize}px`,
		'--quire-line-height': String(prefs.lineHeight),
		'--quire-width': `${prefs.textWidth}ch`,
		'--quire-paragraph-gap': `${prefs.paragraphSpacing}em`,
		'--quire-align': prefs.align,
		'--quire-hyphens': prefs.align === 'justify' ? 'auto' : 'manual',
	};
}

/** Class carrying the theme's colours; "system" switches with prefers-color-scheme in the stylesheet. */
export function themeClass(prefs: Prefs): string {
	return `quire-theme-${prefs.theme}`;
}

/**
 * A guess at a chapter's rendered height, for `contain-intrinsic-size`, so the
 * scrollbar is roughly right before off-screen chapters are laid out. The
 * browser remembers the real size once a chapter has been rendered (`auto`).
 */
export function estimatedChapterHeight(words: number, paragraphs: number, prefs: Prefs): number {
	// About 5.5 characters per word including the space, and a `ch` about half an em.
	const wordsPerLine = Math.max(1, prefs.textWidth / 5.5);
	const lineHeightPx = prefs.fontSize * prefs.lineHeight;
	const lines = Math.ceil(words / wordsPerLine) + paragraphs * 0.5;
	return Math.round(lines * lineHeightPx + paragraphs * prefs.paragraphSpacing * prefs.fontSize);
}
