import { COMPACT_QUERY } from '../compact.js';
import { settingsPanelCss } from './settings-panel.css.js';
import { storyStatusCss } from './story-status.css.js';
import { themeCss } from './theme.css.js';

/**
 * The reader's stylesheet, placed only inside its shadow root. Typography
 * comes from custom properties set on `.quire-root` (text-style.ts), colours
 * from the theme classes (theme.css.ts).
 */
const layoutCss = `
:host { all: initial !important; display: contents !important; }
.quire-root { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--quire-text); }
.quire-root *, .quire-root *::before, .quire-root *::after { box-sizing: border-box; }
.quire-root [hidden] { display: none !important; }
.quire-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.quire-root button { font: inherit; color: inherit; cursor: pointer; }
.quire-root :focus-visible { outline: 3px solid var(--quire-accent); outline-offset: 2px; }
.quire-root a { color: var(--quire-link); text-underline-offset: 0.15em; }

/* The launcher: small, in a corner, out of the page's way. */
.quire-launcher {
	position: fixed; right: 16px; bottom: 16px; z-index: 2147483646;
	display: inline-flex; align-items: center; gap: 0.4rem; min-height: 44px; min-width: 44px;
	padding: 0.45rem 0.9rem; border-radius: 999px; border: 1px solid var(--quire-border);
	background: var(--quire-surface); color: var(--quire-text);
	font: 600 14px/1.2 system-ui, sans-serif; box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); opacity: 0.92;
}
.quire-launcher:hover, .quire-launcher:focus-visible { opacity: 1; }
.quire-launcher svg { width: 1.1em; height: 1.1em; }

/* The overlay covers the viewport; only its scroller scrolls. */
.quire-overlay {
	position: fixed; inset: 0; z-index: 2147483647;
	display: flex; flex-direction: column;
	background: var(--quire-bg); color: var(--quire-text);
}
.quire-toolbar {
	position: relative; display: flex; align-items: center; gap: 0.5rem;
	padding: 0.4rem 0.75rem; background: var(--quire-surface); border-bottom: 1px solid var(--quire-border);
}
.quire-toolbar-group { display: flex; align-items: center; gap: 0.25rem; }
.quire-toolbar-middle { flex: 1; min-width: 0; text-align: center; }
.quire-toolbar-chapter { display: block; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.quire-time-left { display: block; color: var(--quire-muted); font-size: 0.85em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.quire-tool {
	display: inline-flex; align-items: center; gap: 0.35rem; min-height: 2.25rem; min-width: 2.25rem;
	padding: 0.3rem 0.55rem; border: 1px solid transparent; border-radius: 6px; background: transparent;
}
.quire-tool:hover { border-color: var(--quire-border); }
.quire-tool[aria-expanded="true"] { border-color: var(--quire-accent); }
.quire-tool:disabled { opacity: 0.45; cursor: default; }
.quire-tool svg { width: 1.2em; height: 1.2em; flex: none; }
@media (max-width: 52rem) { .quire-tool .quire-tool-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; } }
.quire-progress { position: absolute; left: 0; right: 0; bottom: -1px; height: 4px; display: grid; grid-template-rows: 2px 2px; }
.quire-progress-track { position: relative; overflow: hidden; }
.quire-progress-fill { position: absolute; inset: 0 auto 0 0; background: var(--quire-accent); }
.quire-progress-track.quire-work .quire-progress-fill { opacity: 0.5; }

.quire-body { position: relative; flex: 1; min-height: 0; display: flex; }
.quire-scroller { flex: 1; overflow-y: auto; overscroll-behavior: contain; scroll-behavior: smooth; }
/* The text area takes focus on open; a bar at its edge shows it without boxing the whole page. */
.quire-root .quire-scroller:focus-visible { outline: none; box-shadow: inset 4px 0 0 var(--quire-accent); }
@media (prefers-reduced-motion: reduce) { .quire-scroller { scroll-behavior: auto; } .quire-root * { transition: none !important; animation: none !important; } }
.quire-page {
	max-width: calc(var(--quire-width) + 3rem); margin: 0 auto; padding: 2rem 1.5rem 6rem;
	font-family: var(--quire-font); font-size: var(--quire-size); line-height: var(--quire-line-height);
}

/* Header card. */
.quire-card { font: 15px/1.5 system-ui, sans-serif; overflow-wrap: anywhere; background: var(--quire-surface); border: 1px solid var(--quire-border); border-radius: 10px; padding: 1.25rem 1.4rem; margin-bottom: 2.5rem; }
.quire-card h1 { font-family: var(--quire-font); font-size: 1.9em; line-height: 1.2; margin: 0 0 0.35rem; }
.quire-byline { margin: 0 0 0.9rem; color: var(--quire-muted); }
.quire-byline a { color: inherit; }
.quire-meta { display: grid; grid-template-columns: minmax(7.5rem, max-content) 1fr; gap: 0.35rem 1rem; margin: 0.75rem 0; }
.quire-meta dt { color: var(--quire-muted); font-weight: 600; }
.quire-meta dd { margin: 0; min-width: 0; }
@media (max-width: 32rem) { .quire-meta { grid-template-columns: 1fr; } .quire-meta dd { margin-bottom: 0.4rem; } }
.quire-badge { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 4px; font-weight: 700; font-size: 0.9em; }
${['general', 'teen', 'mature', 'explicit', 'unknown'].map((level) => `.quire-badge-${level}{color:var(--quire-badge-${level}-fg);background:var(--quire-badge-${level}-bg);}`).join('')}
.quire-tags { display: flex; align-items: baseline; gap: 0.5rem; }
.quire-tag-list { list-style: none; margin: 0; padding: 0; flex: 1; min-width: 0; }
.quire-tag-list li { display: inline; }
.quire-tag-list li:not(:last-child)::after { content: ", "; }
.quire-tag-list.quire-collapsed { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.quire-root .quire-link-button { flex: none; background: none; border: 0; padding: 0 0.15rem; color: var(--quire-link); text-decoration: underline; text-underline-offset: 0.15em; font-size: 0.92em; }
.quire-fold { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.6rem; }
.quire-fold-toggle { background: var(--quire-bg); border: 1px solid var(--quire-border); border-radius: 6px; padding: 0.15rem 0.6rem; font-size: 0.92em; }
.quire-fold-content { flex-basis: 100%; }
.quire-fold-note { color: var(--quire-muted); }
.quire-summary, .quire-notes { margin-top: 1rem; }
.quire-summary h2, .quire-notes h2, .quire-chapter-aside h3 { font-size: 0.95em; text-transform: uppercase; letter-spacing: 0.06em; color: var(--quire-muted); margin: 0 0 0.4rem; }
.quire-summary blockquote, .quire-notes blockquote { margin: 0.5rem 0 0.5rem 1rem; }

/* Chapters. */
.quire-chapter { content-visibility: auto; margin-bottom: 3rem; }
.quire-chapter-title { font-size: 1.45em; line-height: 1.25; margin: 0 0 1.2em; text-align: center; font-weight: 600; }
.quire-chapter-aside {
	font: 0.85em/1.5 system-ui, sans-serif; color: var(--quire-text);
	border-left: 3px solid var(--quire-border); padding: 0.5rem 0 0.5rem 1rem; margin: 0 0 2rem;
}
.quire-chapter-aside.quire-end { margin: 2.5rem 0 0; }
.quire-text { text-align: var(--quire-align); hyphens: var(--quire-hyphens); -webkit-hyphens: var(--quire-hyphens); overflow-wrap: break-word; }
.quire-text p { margin: 0 0 var(--quire-paragraph-gap); }
.quire-text img { max-width: 100%; height: auto; }
.quire-text table { border-collapse: collapse; max-width: 100%; }
/* A table wider than the screen scrolls in its own box; the page never scrolls sideways. */
.quire-text table { display: block; overflow-x: auto; }
.quire-text iframe, .quire-text video, .quire-text svg { max-width: 100%; }
.quire-text pre { white-space: pre-wrap; }
.quire-text blockquote { margin: 0 0 var(--quire-paragraph-gap) 1.5em; }
/* A scene break: a short, quiet mark instead of a rule across the page. */
.quire-text hr { border: 0; height: auto; margin: 1.6em auto; text-align: center; color: var(--quire-muted); overflow: visible; }
.quire-text hr::after { content: "\\2042"; font-size: 1.1em; letter-spacing: 0.3em; }
.quire-text details { border: 1px solid var(--quire-border); border-radius: 6px; padding: 0.3rem 0.8rem; margin: 0 0 var(--quire-paragraph-gap); }
.quire-text summary { cursor: pointer; color: var(--quire-link); font-family: system-ui, sans-serif; font-size: 0.9em; }
.quire-rating { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.6rem; }
.quire-rating-note { color: var(--quire-muted); }
.quire-fold-choices { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; border: 0; border-top: 1px solid var(--quire-border); margin: 1.1rem 0 0; padding: 0.75rem 0 0; }
.quire-fold-choices legend { float: left; margin-right: 0.35rem; padding: 0; color: var(--quire-muted); font-weight: 600; }
.quire-fold-choice { display: inline-flex; align-items: center; gap: 0.35rem; padding: 0.15rem 0.6rem; border: 1px solid var(--quire-border); border-radius: 999px; cursor: pointer; }
.quire-fold-choice:has(input:checked) { border-color: var(--quire-accent); }
.quire-fold-choice input { accent-color: var(--quire-accent); margin: 0; }
.quire-chapter-nav { display: flex; justify-content: space-between; gap: 1rem; margin: 3rem 0 0; font: 15px/1.4 system-ui, sans-serif; }
.quire-chapter-nav button { border: 1px solid var(--quire-border); background: var(--quire-surface); border-radius: 6px; padding: 0.5rem 0.9rem; }
.quire-end-of-page { text-align: center; color: var(--quire-muted); font: 15px/1.4 system-ui, sans-serif; margin-top: 2rem; }

/* Side panels (table of contents, settings). */
.quire-panel {
	position: absolute; top: 0; bottom: 0; z-index: 3; width: min(24rem, 92vw); overflow-y: auto; overscroll-behavior: contain;
	background: var(--quire-surface); border: 0 solid var(--quire-border); padding: 1rem 1.2rem 2rem;
	box-shadow: 0 0 18px rgb(0 0 0 / 0.25);
}
.quire-panel-left { left: 0; border-right-width: 1px; }
.quire-panel-right { right: 0; border-left-width: 1px; }
.quire-panel-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 0.8rem; }
.quire-panel-head h2 { font-size: 1.1rem; margin: 0; }
.quire-story-actions { gap: 0.45rem; justify-items: start; margin-bottom: 1.1rem; padding-bottom: 1.1rem; border-bottom: 1px solid var(--quire-border); }
.quire-toc { list-style: none; margin: 0; padding: 0; }
.quire-toc li { margin: 0; }
.quire-toc a, .quire-toc button { display: block; width: 100%; text-align: left; padding: 0.4rem 0.5rem; border-radius: 6px; border: 0; background: none; color: var(--quire-text); text-decoration: none; }
.quire-toc a:hover, .quire-toc button:hover { background: var(--quire-bg); }
.quire-toc [aria-current="true"] { font-weight: 700; box-shadow: inset 3px 0 0 var(--quire-accent); }
.quire-toc .quire-toc-elsewhere { color: var(--quire-link); text-decoration: underline; text-underline-offset: 0.15em; }

/* Notices and the keys dialog. */
.quire-notice-area { position: absolute; left: 50%; bottom: 1.2rem; transform: translateX(-50%); z-index: 3; max-width: min(34rem, 92vw); }
.quire-notice { display: flex; align-items: center; gap: 0.75rem; padding: 0.6rem 0.9rem; border-radius: 8px; background: var(--quire-text); color: var(--quire-bg); box-shadow: 0 2px 10px rgb(0 0 0 / 0.3); }
.quire-notice button { background: transparent; color: inherit; border: 1px solid currentColor; border-radius: 6px; padding: 0.2rem 0.6rem; }
.quire-notice :focus-visible { outline-color: var(--quire-bg); }
.quire-keys-backdrop { position: absolute; inset: 0; z-index: 4; display: grid; place-items: center; background: rgb(0 0 0 / 0.4); }
.quire-keys { background: var(--quire-surface); color: var(--quire-text); border-radius: 10px; padding: 1.2rem 1.5rem; max-width: min(30rem, 92vw); max-height: 90vh; overflow-y: auto; }
.quire-keys h2 { margin: 0; font-size: 1.15rem; }
.quire-keys dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem 1rem; margin: 1rem 0; }
.quire-keys dd { margin: 0; }
.quire-keys kbd { font: 0.9em ui-monospace, monospace; border: 1px solid var(--quire-border); border-bottom-width: 2px; border-radius: 4px; padding: 0.05rem 0.35rem; background: var(--quire-bg); }
.quire-gate { font: 16px/1.5 system-ui, sans-serif; border: 2px dashed var(--quire-border); border-radius: 10px; padding: 1.25rem 1.4rem; margin-bottom: 2rem; }
.quire-gate h2 { margin-top: 0; font-size: 1.2rem; }
.quire-gate-link { display: inline-block; margin-top: 0.5rem; font-weight: 600; }
.quire-gate .quire-toc a { color: var(--quire-link); text-decoration: underline; font-weight: 400; margin-top: 0; }
`;

/**
 * Phones and narrow windows. The toolbar lies over the text and slides away
 * while reading (so showing it never moves the text); panels are bottom
 * sheets over a backdrop; every control is at least 44 × 44 px; the reader's
 * own text is at least 16 px (the story's size stays the reader's choice).
 */
const compactCss = `
.quire-compact .quire-toolbar {
	position: absolute; top: 0; left: 0; right: 0; z-index: 4; padding: 0.3rem 0.4rem; gap: 0.15rem;
	transition: transform 0.2s ease, box-shadow 0.2s ease; box-shadow: 0 1px 6px rgb(0 0 0 / 0.15);
}
.quire-compact[data-toolbar="hidden"] .quire-toolbar { transform: translateY(calc(-100% - 8px)); box-shadow: none; }
.quire-compact .quire-toolbar-group { gap: 0; }
.quire-compact .quire-tool .quire-tool-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.quire-compact .quire-page { padding: 4.5rem 1rem 5rem; }
.quire-compact .quire-card { padding: 1rem; margin-bottom: 2rem; }
.quire-compact .quire-panel {
	top: auto; left: 0; right: 0; bottom: 0; width: auto; max-height: 78%;
	border-width: 1px 0 0; border-radius: 14px 14px 0 0; padding: 0.5rem 1rem 1.5rem;
	transition: transform 0.15s ease-out;
}
.quire-panel-backdrop { position: absolute; inset: 0; z-index: 2; background: rgb(0 0 0 / 0.35); }
.quire-sheet-handle { width: 2.5rem; height: 4px; border-radius: 2px; background: var(--quire-border); margin: 0.1rem auto 0.4rem; }
@media ${COMPACT_QUERY} {
	.quire-root, .quire-card, .quire-chapter-nav, .quire-end-of-page { font-size: 16px; }
	.quire-chapter-aside { font-size: 0.9em; }
	.quire-tool, .quire-fold-toggle, .quire-root .quire-link-button, .quire-chapter-nav button, .quire-notice button,
	.quire-fold-choice, .quire-toc a, .quire-toc button, .quire-gate-link, .quire-status select, .quire-finish button {
		min-height: 44px; min-width: 44px;
	}
	.quire-fold-toggle, .quire-root .quire-link-button, .quire-chapter-nav button, .quire-notice button, .quire-gate-link,
	.quire-toc a, .quire-toc button { display: inline-flex; align-items: center; justify-content: center; }
	.quire-toc a, .quire-toc button { justify-content: flex-start; }
	.quire-byline a, .quire-meta a { display: inline-flex; align-items: center; min-height: 44px; }
	.quire-text summary { min-height: 44px; padding-block: 0.55rem; }
	.quire-tool-label { white-space: nowrap; }
}
@media (pointer: coarse) and (hover: none) {
	/* No keyboard to ask about. */
	.quire-keys-button { display: none; }
}
`;

export const readerCss = [themeCss, layoutCss, settingsPanelCss, storyStatusCss, compactCss].join('\n');
