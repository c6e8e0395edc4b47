import { COMPACT_QUERY } from '../compact.js';

/**
 * Styles for the settings panel, shared by the reader overlay, the options
 * page and the popup. Colours come from the theme variables when present.
 * On phones and narrow windows every control is a 44 × 44 px touch target.
 */
export const settingsPanelCss = `
.quire-settings { display: grid; gap: 1.1rem; font: 15px/1.4 system-ui, sans-serif; color: var(--quire-text, #1d1d1b); }
.quire-settings fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 0.45rem; }
.quire-settings legend, .quire-settings .quire-field-label { font-weight: 600; margin-bottom: 0.35rem; padding: 0; }
.quire-settings .quire-choices { display: flex; flex-wrap: wrap; gap: 0.4rem; }
.quire-settings .quire-choice { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.3rem 0.6rem; border: 1px solid var(--quire-border, #c9c5bb); border-radius: 999px; cursor: pointer; }
.quire-settings .quire-choice:has(input:checked) { border-color: var(--quire-accent, #2f5fc4); box-shadow: inset 0 0 0 1px var(--quire-accent, #2f5fc4); }
.quire-settings .quire-stepper { display: flex; align-items: center; gap: 0.5rem; }
.quire-settings .quire-stepper output { min-width: 4.5em; text-align: center; font-variant-numeric: tabular-nums; }
.quire-settings button, .quire-settings select, .quire-settings input[type="number"] {
	font: inherit; color: inherit; background: var(--quire-surface, #f1efe9); border: 1px solid var(--quire-border, #c9c5bb); border-radius: 6px; padding: 0.3rem 0.6rem; min-height: 2rem;
}
.quire-settings button { min-width: 2.2rem; cursor: pointer; }
.quire-settings button:disabled { opacity: 0.55; cursor: default; }
.quire-settings label.quire-check { display: flex; align-items: center; gap: 0.5rem; cursor: pointer; }
.quire-settings input[type="checkbox"], .quire-settings input[type="radio"] { accent-color: var(--quire-accent, #2f5fc4); width: 1.05rem; height: 1.05rem; margin: 0; flex: none; }
.quire-settings :focus-visible { outline: 3px solid var(--quire-accent, #2f5fc4); outline-offset: 2px; }
.quire-settings .quire-hint { color: var(--quire-muted, #57554f); font-size: 0.9em; margin: 0; }
@media ${COMPACT_QUERY} {
	.quire-settings { font-size: 16px; }
	.quire-settings button, .quire-settings select, .quire-settings input[type="number"],
	.quire-settings .quire-choice, .quire-settings label.quire-check { min-height: 44px; min-width: 44px; }
	.quire-settings input[type="checkbox"], .quire-settings input[type="radio"] { width: 1.25rem; height: 1.25rem; }
}
`;
