/**
 * The toolbar popup: open the reader on this tab, the preferences people change
 * most, and the start of the "Continue reading" shelf.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { FONT_FAMILIES, FONT_FAMILY_LABELS, RANGES, stepPref, THEME_LABELS, THEMES } from '../reader/prefs.js';
import { PROBLEM_TEXT, type Message, type OpenAnswer, type OpenStatus, type Response } from '../messages.js';
import { pageCss } from '../ui/page.css.js';
import { ShelfView } from '../ui/shelf-view.js';
import { useStoredPrefs } from '../ui/use-stored-prefs.js';
import { SiteAccessButton } from './site-access-button.js';

const STATUS_TEXT: Record<OpenStatus, string> = {
	opened: 'The reader is open.',
	closed: 'The reader is closed.',
	'no-story': 'Quire found no story on this page.',
	unavailable: 'Quire cannot read this page (browser pages and add-on stores are off limits).',
};

const popupCss = `
body { width: 22rem; padding: 0.9rem 1rem 1rem; }
/* On a phone the popup is a whole screen (Firefox for Android): use it. */
@media (pointer: coarse) { body { width: auto; max-width: 32rem; margin: 0 auto; font-size: 16px; } }
header { display: flex; align-items: center; gap: 0.5rem; margin-bottom: 0.8rem; }
header img { width: 28px; height: 28px; }
header h1 { font-size: 1.1rem; margin: 0; flex: 1; }
.quire-primary { width: 100%; }
section { margin-top: 1rem; }
h2 { font-size: 0.95rem; margin: 0 0 0.4rem; }
.row { display: flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
.row button, .row select { border: 1px solid var(--quire-border); background: var(--quire-surface); border-radius: 6px; padding: 0.25rem 0.55rem; cursor: pointer; }
.row button[aria-pressed="true"] { border-color: var(--quire-accent); box-shadow: inset 0 0 0 1px var(--quire-accent); }
output { min-width: 3.5em; text-align: center; font-variant-numeric: tabular-nums; }
footer { margin-top: 1rem; }
.quire-secondary { width: 100%; border: 1px solid var(--quire-accent); background: transparent; color: var(--quire-accent); border-radius: 8px; padding: 0.5rem 1rem; cursor: pointer; }
`;

async function openOnActiveTab(): Promise<OpenAnswer> {
	const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
	if (tab?.id === undefined) return { status: 'unavailable' };
	const message: Message<'quire:open-in-tab'> = { type: 'quire:open-in-tab', tabId: tab.id };
	const answer = (await browser.runtime.sendMessage(message)) as Response<'quire:open-in-tab'> | undefined;
	return answer ?? { status: 'unavailable' };
}

/** The popup's line about what happened; a page left unread says why. */
function statusText(answer: OpenAnswer): string {
	return answer.problem ? PROBLEM_TEXT[answer.problem] : STATUS_TEXT[answer.status];
}

function Popup() {
	const [prefs, updatePrefs] = useStoredPrefs();
	const [status, setStatus] = useState<OpenAnswer | null>(null);

	const open = async () => {
		const result = await openOnActiveTab();
		if (result.status === 'opened') window.close();
		setStatus(result);
	};

	return (
		<main>
			<header>
				<img src="icons/icon-32.png" alt="" />
				<h1>Quire</h1>
			</header>
			<button type="button" class="quire-primary" onClick={() => void open()}>Open reader</button>
			<p role="status" class="quire-muted">{status ? statusText(status) : ''}</p>
			<SiteAccessButton />
			{prefs && (
				<section aria-labelledby="quick-settings">
					<h2 id="quick-settings">Reading</h2>
					<div class="row" role="group" aria-label="Theme">
						{THEMES.map((theme) => (
							<button type="button" key={theme} aria-pressed={prefs.theme === theme} onClick={() => updatePrefs({ theme })}>{THEME_LABELS[theme]}</button>
						))}
					</div>
					<div class="row" role="group" aria-label="Text size" style={{ marginTop: '0.5rem' }}>
						<button type="button" aria-label="Smaller text" disabled={prefs.fontSize <= RANGES.fontSize.min} onClick={() => updatePrefs({ fontSize: stepPref('fontSize', prefs.fontSize, -1) })}>A−</button>
						<output aria-live="polite">{prefs.fontSize} px</output>
						<button type="button" aria-label="Larger text" disabled={prefs.fontSize >= RANGES.fontSize.max} onClick={() => updatePrefs({ fontSize: stepPref('fontSize', prefs.fontSize, 1) })}>A+</button>
						<label>
							<span class="quire-muted">Font </span>
							<select value={prefs.fontFamily} onChange={(event) => updatePrefs({ fontFamily: (event.target as HTMLSelectElement).value as typeof prefs.fontFamily })}>
								{FONT_FAMILIES.map((family) => <option key={family} value={family}>{FONT_FAMILY_LABELS[family]}</option>)}
							</select>
						</label>
					</div>
					<label class="quire-check" style={{ marginTop: '0.5rem' }}>
						<input type="checkbox" checked={prefs.hideWarnings} onChange={(event) => updatePrefs({ hideWarnings: (event.target as HTMLInputElement).checked })} />
						Hide warnings by default
					</label>
				</section>
			)}
			<section aria-labelledby="continue-reading">
				<h2 id="continue-reading">Continue reading</h2>
				<ShelfView limit={5} />
			</section>
			<footer>
				<a href="library.html" onClick={(event) => { event.preventDefault(); void browser.tabs.create({ url: browser.runtime.getURL('library.html') }).then(() => window.close()); }}>Your library</a>
				{' · '}
				<a href="options.html" onClick={(event) => { event.preventDefault(); void browser.runtime.openOptionsPage(); window.close(); }}>All settings and your whole shelf</a>
			</footer>
		</main>
	);
}

const style = document.createElement('style');
style.textContent = pageCss + popupCss;
document.head.append(style);
render(<Popup />, document.getElementById('app')!);
