/** The status in the header card and the "Mark finished" offer at the end (story-status.tsx). */
export const storyStatusCss = `
.quire-status { margin: 0 0 0.8rem; color: var(--quire-muted); }
.quire-status select { font: inherit; color: var(--quire-text); background: var(--quire-bg); border: 1px solid var(--quire-border); border-radius: 6px; padding: 0.15rem 0.4rem; margin-left: 0.3rem; }
.quire-finish { text-align: center; margin: 3rem 0 0; font: 15px/1.4 system-ui, sans-serif; color: var(--quire-muted); }
.quire-finish button { border: 1px solid var(--quire-border); background: var(--quire-surface); color: var(--quire-text); border-radius: 6px; padding: 0.5rem 0.9rem; }
`;
