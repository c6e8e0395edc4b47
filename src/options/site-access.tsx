/**
 * The options page's list of archives: the big ones Quire opens on from
 * install, a switch for each long-tail archive, and the other sites the reader
 * chose in the popup, each removable. The switches show the browser's truth
 * (its granted permissions), refreshed whenever they change anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { sites } from '../sites/index.js';
import { allow, disallow, isAllowed, onAccessChange, otherAllowedHosts, targetForSite, type SiteAccessTarget } from '../ui/site-access.js';

interface Row {
	id: string;
	target: SiteAccessTarget;
	hosts: string;
}

const rows: Row[] = sites
	.map((site) => ({ id: site.id, target: targetForSite(site), hosts: site.hosts.filter((h) => !h.startsWith('www.')).map((h) => h.replace(/^\*\./, 'any ')).join(', ') }))
	.sort((a, b) => a.target.label.localeCompare(b.target.label));

export const siteAccessCss = `
.quire-sites { list-style: none; margin: 0.6rem 0 0; padding: 0; display: grid; gap: 0.15rem; }
.quire-sites li { display: flex; align-items: center; gap: 0.6rem; min-height: 2.75rem; }
.quire-sites label { display: flex; align-items: center; gap: 0.6rem; flex: 1; min-height: 2.75rem; cursor: pointer; }
.quire-sites input { width: 1.2rem; height: 1.2rem; }
.quire-sites .hosts { color: var(--quire-muted); font-size: 0.9em; }
.quire-sites button { border: 1px solid var(--quire-border); background: var(--quire-surface); border-radius: 6px; padding: 0.35rem 0.8rem; min-height: 2.75rem; cursor: pointer; }
`;

export function SiteAccess() {
	const [allowed, setAllowed] = useState<Record<string, boolean>>({});
	const [others, setOthers] = useState<string[]>([]);
	const [message, setMessage] = useState('');

	useEffect(() => {
		const refresh = async () => {
			const states = await Promise.all(rows.map(async (row) => [row.id, await isAllowed(row.target)] as const));
			setAllowed(Object.fromEntries(states));
			setOthers(await otherAllowedHosts());
		};
		void refresh();
		return onAccessChange(() => void refresh());
	}, []);

	const toggle = async (row: Row, on: boolean) => {
		// The request comes first: the browser only shows its prompt inside the click.
		const done = on ? await allow(row.target) : (await disallow(row.target), true);
		setMessage(done
			? (on ? `Quire now offers its reader on ${row.target.label} by itself.` : `Quire no longer opens on ${row.target.label} by itself; its toolbar button still reads any page you ask.`)
			: `${row.target.label} was not switched on: the browser's permission was not given.`);
		setAllowed((current) => ({ ...current, [row.id]: on ? done : false }));
	};

	const removeOther = async (host: string) => {
		await disallow({ label: host, origins: [`*://${host}/*`, `https://${host}/*`, `http://${host}/*`], always: false });
		setMessage(`Quire no longer opens on ${host} by itself.`);
	};

	return (
		<div>
			<p>
				Quire opens by itself on the archives marked <em>always</em>. The others wait to be asked: switch one on and your
				browser asks whether Quire may read that site's pages. Whatever is switched off, the toolbar button, the
				shortcut and the <em>Read in Quire</em> menu still read the page you are on when you ask.
			</p>
			<ul class="quire-sites" aria-label="Archives">
				{rows.map((row) => (
					<li key={row.id}>
						<label>
							<input
								type="checkbox"
								checked={row.target.always || allowed[row.id] === true}
								disabled={row.target.always}
								onChange={(event) => void toggle(row, (event.target as HTMLInputElement).checked)}
							/>
							<span>
								{row.target.label} {row.target.always ? <span class="quire-muted">(always)</span> : null}
								<br />
								<span class="hosts">{row.hosts}</span>
							</span>
						</label>
					</li>
				))}
			</ul>
			<h3>Other sites you chose</h3>
			{others.length === 0
				? <p class="quire-muted">None yet. On any site, the toolbar popup's <em>Always open Quire on this site</em> adds it here.</p>
				: (
					<ul class="quire-sites" aria-label="Other sites">
						{others.map((host) => (
							<li key={host}>
								<span style={{ flex: 1 }}>{host}</span>
								<button type="button" onClick={() => void removeOther(host)}>Remove</button>
							</li>
						))}
					</ul>
				)}
			<p role="status" class="quire-muted">{message}</p>
		</div>
	);
}
