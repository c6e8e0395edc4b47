import { COMPACT_QUERY } from '../reader/compact.js';

/** Styles for the extension's own pages (popup and options); the reader has its own, in its shadow root. */
export const pageCss = `
:root { color-scheme: light dark; --quire-text: #1d1d1b; --quire-muted: #55534e; --quire-bg: #fbfaf7; --quire-surface: #f1efe9;
	--quire-border: #c9c5bb; --quire-accent: #2f5fc4; }
@media (prefers-color-scheme: dark) {
	:root { --quire-text: #e8e6e1; --quire-muted: #b3afa6; --quire-bg: #1c1b19; --quire-surface: #2a2926; --quire-border: #4a4842; --quire-accent: #8fb0ff; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--quire-bg); color: var(--quire-text); font: 15px/1.45 system-ui, sans-serif; }
h1, h2 { line-height: 1.2; }
a { color: var(--quire-accent); }
button { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--quire-accent); outline-offset: 2px; }
.quire-muted { color: var(--quire-muted); }
.quire-primary { background: var(--quire-accent); color: #fff; border: 0; border-radius: 8px; padding: 0.55rem 1rem; font-weight: 600; cursor: pointer; }
@media (prefers-color-scheme: dark) { .quire-primary { color: #10131a; } }
.quire-check { display: flex; align-items: center; gap: 0.5rem; }
.quire-check input { flex: none; }
.quire-shelf ul { list-style: none; margin: 0.5rem 0 0; padding: 0; display: grid; gap: 0.4rem; }
.quire-shelf li { display: flex; gap: 0.5rem; align-items: stretch; }
.quire-shelf li.finished { opacity: 0.75; }
.quire-shelf-open { flex: 1; text-align: left; display: grid; gap: 0.1rem; padding: 0.5rem 0.7rem; border: 1px solid var(--quire-border);
	border-radius: 8px; background: var(--quire-surface); cursor: pointer; }
.quire-shelf-title { font-weight: 600; }
.quire-shelf-meta { color: var(--quire-muted); font-size: 0.9em; }
.quire-new-chapters { justify-self: start; font-size: 0.85em; font-weight: 600; color: var(--quire-accent); }
.quire-shelf-actions { display: flex; flex-direction: column; gap: 0.3rem; }
.quire-shelf-actions button { border: 1px solid var(--quire-border); background: var(--quire-surface); border-radius: 6px; padding: 0.2rem 0.6rem; cursor: pointer; }
/* Phones and narrow windows: finger-sized controls. */
@media ${COMPACT_QUERY} {
	body { font-size: 16px; }
	button, select, .quire-check, .row button, .row select, .quire-shelf-actions button, input[type="file"] { min-height: 44px; min-width: 44px; }
	.quire-check input { width: 1.25rem; height: 1.25rem; }
	footer a, p > a { display: inline-flex; align-items: center; min-height: 44px; }
	.quire-shelf li { flex-wrap: wrap; }
	.quire-shelf-actions { flex-direction: row; }
}
`;
