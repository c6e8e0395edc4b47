import { THEME_COLOURS } from '../reader/themes.js';

/** Rating badges in the reader's own colours (proven to contrast), light and dark. */
function badgeCss(): string {
	const rules = (theme: 'light' | 'dark') => Object.entries(THEME_COLOURS[theme].badges)
		.map(([level, colours]) => `.library-badge-${level} { color: ${colours.text}; background: ${colours.background}; }`)
		.join('\n');
	return `${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}`;
}

/** The library page's own styles, on top of ui/page.css.ts. */
export const libraryCss = `
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header { display: flex; align-items: center; gap: 0.75rem; }
header img { width: 40px; height: 40px; }
h1 { margin: 0; font-size: 1.7rem; }
.library-summary { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0.8rem 0 1.2rem; }
.library-filters { display: flex; flex-wrap: wrap; gap: 0.6rem 1rem; align-items: end; padding: 0.8rem 1rem; border: 1px solid var(--quire-border); border-radius: 10px; background: var(--quire-surface); }
.library-filters label { display: grid; gap: 0.2rem; font-size: 0.9em; color: var(--quire-muted); }
.library-filters .library-search { flex: 1 1 16rem; }
input[type="search"], select { font: inherit; color: var(--quire-text); background: var(--quire-bg); border: 1px solid var(--quire-border); border-radius: 6px; padding: 0.35rem 0.5rem; }
.library-count { margin: 0.9rem 0 0.4rem; color: var(--quire-muted); }
.library-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.7rem; }
.library-item { border: 1px solid var(--quire-border); border-radius: 10px; padding: 0.8rem 1rem; background: var(--quire-bg); }
.library-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 0.7rem; }
.library-title { font-size: 1.15rem; margin: 0; }
.library-badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 4px; font-weight: 700; font-size: 0.8em; }
.library-line { margin: 0.25rem 0 0; color: var(--quire-muted); }
.library-problem { margin: 0.4rem 0 0; padding: 0.3rem 0.6rem; border-left: 3px solid #a34a0b; }
.library-actions { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; margin-top: 0.6rem; }
.library-actions label { display: flex; gap: 0.4rem; align-items: center; color: var(--quire-muted); }
.library-button, .library-actions button, .library-summary button { display: inline-block; font-size: 0.92em; border: 1px solid var(--quire-border); background: var(--quire-surface); color: var(--quire-text); border-radius: 6px; padding: 0.3rem 0.65rem; cursor: pointer; text-decoration: none; }
.library-actions .library-read { border-color: var(--quire-accent); font-weight: 600; }
.library-confirm { display: inline-flex; gap: 0.4rem; align-items: center; }
${badgeCss()}
`;
