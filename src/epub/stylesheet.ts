/**
 * The book's one stylesheet: quiet defaults that leave font, size and margins
 * to the e-reader, and make the story's own structure (scene breaks, notes,
 * spoilers, the header) readable.
 */
export const STYLESHEET = `body { margin: 0 1em; line-height: 1.5; }
p { margin: 0 0 0.8em; }
h1, h2, h3 { line-height: 1.25; hyphens: manual; -webkit-hyphens: manual; }
.book-title { margin: 2em 0 0.3em; text-align: center; }
.byline { margin-bottom: 2em; text-align: center; font-style: italic; }
.story-meta { margin: 0 0 1.5em; }
.story-meta dt { font-weight: bold; margin-top: 0.4em; }
.story-meta dd { margin: 0 0 0 1.5em; }
.chapter-title { margin: 1.5em 0 1em; }
hr { width: 30%; margin: 1.5em auto; border: 0; border-top: 1px solid currentColor; }
blockquote { margin: 0.8em 1.5em; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; }
td, th { border: 1px solid; padding: 0.2em 0.4em; }
.summary, .notes, .chapter-summary, .chapter-notes, .chapter-end-notes, .end-notes {
	margin: 1em 0; padding: 0.5em 1em; border-left: 3px solid; font-size: 0.95em;
}
.spoiler { margin: 0.8em 0; padding: 0.4em 0.8em; border: 1px dashed; }
.spoiler-label { font-weight: bold; }
.big { font-size: larger; }
.tt { font-family: monospace; }
`;
