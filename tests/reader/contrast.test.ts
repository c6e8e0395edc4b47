import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/reader/contrast.js';
import { themeCss } from '../../src/reader/styles/theme.css.js';
import { THEME_COLOURS, type ConcreteTheme } from '../../src/reader/themes.js';

const AA = 4.5;

describe('theme contrast (WCAG AA)', () => {
	it('computes known ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	for (const theme of Object.keys(THEME_COLOURS) as ConcreteTheme[]) {
		const colours = THEME_COLOURS[theme];
		it(`${theme}: text, muted text and links reach 4.5:1 on the background and on surfaces`, () => {
			for (const backdrop of [colours.background, colours.surface]) {
				for (const [role, foreground] of [['text', colours.text], ['muted', colours.muted], ['link', colours.link]] as const) {
					expect(contrastRatio(foreground, backdrop), `${theme} ${role} ${foreground} on ${backdrop}`).toBeGreaterThanOrEqual(AA);
				}
			}
			// Notices invert text and background.
			expect(contrastRatio(colours.background, colours.text)).toBeGreaterThanOrEqual(AA);
		});

		it(`${theme}: rating badges and the focus ring are readable`, () => {
			for (const [level, badge] of Object.entries(colours.badges)) {
				expect(contrastRatio(badge.text, badge.background), `${theme} ${level} badge`).toBeGreaterThanOrEqual(AA);
			}
			// Non-text contrast (WCAG 1.4.11) for the focus ring: 3:1 against both backdrops.
			expect(contrastRatio(colours.accent, colours.background)).toBeGreaterThanOrEqual(3);
			expect(contrastRatio(colours.accent, colours.surface)).toBeGreaterThanOrEqual(3);
		});

		it(`${theme}: the stylesheet uses exactly these colours`, () => {
			const rule = new RegExp(`\\.quire-theme-${theme}\\{([^}]*)\\}`).exec(themeCss)?.[1] ?? '';
			expect(rule).toContain(`--quire-text:${colours.text};`);
			expect(rule).toContain(`--quire-bg:${colours.background};`);
			expect(rule).toContain(`--quire-link:${colours.link};`);
			expect(rule).toContain(`--quire-muted:${colours.muted};`);
		});
	}

	it('the system theme follows prefers-color-scheme between light and dark', () => {
		expect(themeCss).toContain(`.quire-theme-system{--quire-bg:${THEME_COLOURS.light.background};`);
		expect(themeCss).toMatch(new RegExp(`@media \\(prefers-color-scheme: dark\\)\\{\\.quire-theme-system\\{--quire-bg:${THEME_COLOURS.dark.background};`));
	});
});
