import { useId, useState } from 'preact/hooks';
import { useReader } from '../context.js';
import type { HiddenKind } from '../host.js';
import { capitalise } from './fold.js';
import { TagList } from './tag-list.js';

interface HiddenBySiteProps {
	kind: HiddenKind;
	/** How the site's own words name it: "warnings", "additional tags". */
	noun: string;
	/** The button noun: "warnings", "tags". */
	buttonNoun: string;
}

type Loaded = { state: 'idle' } | { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; items: string[] };

/**
 * Warnings or tags the site hid from this reader (AO3's own preference). Says
 * so, and fetches them from the site only when the reader asks, once.
 */
export function HiddenBySite({ kind, noun, buttonNoun }: HiddenBySiteProps) {
	const { host, layout, announce } = useReader();
	const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });
	const [open, setOpen] = useState(false);
	const regionId = useId();

	const reveal = async (): Promise<void> => {
		if (loaded.state === 'loaded') {
			const next = !open;
			layout.change(() => setOpen(next));
			announce(next ? `${capitalise(noun)} shown.` : `${capitalise(noun)} hidden.`);
			return;
		}
		if (loaded.state === 'loading') return;
		setLoaded({ state: 'loading' });
		try {
			const items = await host.revealHidden(kind);
			layout.change(() => {
				setLoaded({ state: 'loaded', items });
				setOpen(true);
			});
			announce(items.length > 0 ? `${capitalise(noun)} shown.` : `The archive lists no ${noun} for this work.`);
		} catch {
			setLoaded({ state: 'failed' });
			announce(`Could not load the ${noun}.`);
		}
	};

	const label = loaded.state === 'loading' ? `Loading ${buttonNoun}…` : open ? `Hide ${buttonNoun}` : `Show ${buttonNoun}`;
	return (
		<div class="quire-fold">
			{!open && <span class="quire-fold-note">The archive hid the {noun} for this work.</span>}
			<button
				type="button"
				class="quire-fold-toggle"
				aria-expanded={open}
				aria-controls={regionId}
				aria-busy={loaded.state === 'loading'}
				onClick={() => void reveal()}
			>
				{label}
			</button>
			{loaded.state === 'failed' && <span class="quire-fold-note">Could not load them from the archive; try again.</span>}
			<div id={regionId} class="quire-fold-content" role="region" aria-label={capitalise(noun)} hidden={!open}>
				{loaded.state === 'loaded' &&
					(loaded.items.length > 0 ? <TagList items={loaded.items} noun={noun} /> : <span>None listed.</span>)}
			</div>
		</div>
	);
}
