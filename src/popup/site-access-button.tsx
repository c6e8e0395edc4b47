/**
 * "Always open Quire on this site": for a long-tail archive or any other site,
 * one click asks the browser for that site (its own prompt) and from then on the
 * site's pages get the launcher. Shown only where there is something to ask:
 * not on the big archives (always on) nor on pages no extension may read.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { allow, disallow, isAllowed, onAccessChange, targetForPage, type SiteAccessTarget } from '../ui/site-access.js';

export function SiteAccessButton() {
	const [target, setTarget] = useState<SiteAccessTarget | null>(null);
	const [allowed, setAllowed] = useState<boolean | null>(null);
	const [message, setMessage] = useState('');

	useEffect(() => {
		let current: SiteAccessTarget | null = null;
		const refresh = async () => {
			if (current) setAllowed(await isAllowed(current));
		};
		void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
			current = targetForPage(tab?.url);
			setTarget(current);
			void refresh();
		});
		return onAccessChange(() => void refresh());
	}, []);

	if (!target || target.always || allowed === null) return null;

	const ask = async () => {
		// First thing in the click: the browser shows its prompt only inside it.
		const yes = await allow(target);
		setAllowed(yes);
		setMessage(yes ? `Quire will offer its reader on ${target.label} by itself.` : 'Nothing changed: the browser\'s permission was not given.');
	};
	const stop = async () => {
		await disallow(target);
		setAllowed(false);
		setMessage(`Quire no longer opens on ${target.label} by itself.`);
	};

	return (
		<section aria-label="This site">
			{allowed
				? (
					<p class="row">
						<span style={{ flex: 1 }}>Quire opens on {target.label} by itself.</span>
						<button type="button" onClick={() => void stop()}>Stop</button>
					</p>
				)
				: <button type="button" class="quire-secondary" onClick={() => void ask()}>Always open Quire on {target.label}</button>}
			<p role="status" class="quire-muted">{message}</p>
		</section>
	);
}
