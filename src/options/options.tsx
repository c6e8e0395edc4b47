/**
 * The options page: the same reading preferences as the reader's own settings
 * panel (both edit one stored object, live), the whole "Continue reading"
 * shelf, the library and saved copies, and export / import of all reading data.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SettingsPanel } from '../reader/components/settings-panel.js';
import { settingsPanelCss } from '../reader/styles/settings-panel.css.js';
import { sites } from '../sites/index.js';
import { pageCss } from '../ui/page.css.js';
import { ShelfView } from '../ui/shelf-view.js';
import { useStoredPrefs } from '../ui/use-stored-prefs.js';
import { CopiesOptions } from './copies-options.js';
import { DataTransfer } from './data-transfer.js';
import { SiteAccess, siteAccessCss } from './site-access.js';

const optionsCss = `
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
@media (max-width: 30rem) { main { padding: 1.25rem 1rem 3rem; } }
header { display: flex; align-items: center; gap: 0.75rem; }
header img { width: 48px; height: 48px; }
h1 { margin: 0; font-size: 1.7rem; }
section { margin-top: 2.2rem; }
h2 { font-size: 1.2rem; margin: 0 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--quire-border); }
kbd { font: 0.9em ui-monospace, monospace; padding: 0.05rem 0.35rem; border: 1px solid var(--quire-border); border-radius: 4px; background: var(--quire-surface); }
`;

const siteList = sites.map((site) => ({ id: site.id, name: site.name }));
/** Firefox for Android has no keyboard shortcuts (and no `commands` API). */
const hasShortcuts = typeof (browser as Partial<typeof browser>).commands?.getAll === 'function';

function Shortcut() {
	const [shortcut, setShortcut] = useState<string | null>(null);
	useEffect(() => {
		void browser.commands.getAll().then((commands) => {
			setShortcut(commands.find((command) => command.name === 'toggle-reader')?.shortcut || '');
		});
	}, []);
	return (
		<p>
			{shortcut ? <>The reader opens and closes with <kbd>{shortcut}</kbd>. </> : shortcut === '' ? <>No shortcut is set for the reader. </> : null}
			Change it in Chrome at <code>chrome://extensions/shortcuts</code>, or in Firefox under <em>Add-ons and themes → ⚙ → Manage Extension Shortcuts</em>.
		</p>
	);
}

function Options() {
	const [prefs, updatePrefs] = useStoredPrefs();
	return (
		<main>
			<header>
				<img src="icons/icon-48.png" alt="" />
				<h1>Quire settings</h1>
			</header>
			<section aria-labelledby="reading">
				<h2 id="reading">Reading</h2>
				{prefs ? <SettingsPanel prefs={prefs} onChange={updatePrefs} siteList={siteList} /> : <p class="quire-muted">Loading…</p>}
			</section>
			<section aria-labelledby="sites">
				<h2 id="sites">Archives and sites</h2>
				<SiteAccess />
			</section>
			<section aria-labelledby="shelf">
				<h2 id="shelf">Continue reading</h2>
				<ShelfView manage />
			</section>
			<section aria-labelledby="library">
				<h2 id="library">Library and saved copies</h2>
				<CopiesOptions />
			</section>
			<section aria-labelledby="data">
				<h2 id="data">Your reading data</h2>
				<DataTransfer />
			</section>
			{hasShortcuts && (
				<section aria-labelledby="keys">
					<h2 id="keys">Keyboard</h2>
					<Shortcut />
				</section>
			)}
		</main>
	);
}

const style = document.createElement('style');
style.textContent = pageCss + settingsPanelCss + siteAccessCss + optionsCss;
document.head.append(style);
render(<Options />, document.getElementById('app')!);
