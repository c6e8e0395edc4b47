import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { useReader } from '../context.js';

interface FoldProps {
	/** Lower-case noun in the button names: "Show warnings" / "Hide warnings". */
	noun: string;
	/** Start folded (from the reader's "hide … by default" preference). */
	folded: boolean;
	/** Names the revealed region for screen readers ("Warnings"). */
	regionLabel: string;
	children: ComponentChildren;
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Content that may start folded behind a "Show …" button. Folded content
 * stays in the document (hidden), so folding never drops anything; the
 * change is announced and goes through the layout events so the reading
 * position holds. Give it `key={String(folded)}` so a preference change
 * resets it.
 */
export function Fold({ noun, folded, regionLabel, children }: FoldProps) {
	const { layout, announce } = useReader();
	const [open, setOpen] = useState(!folded);
	const regionId = useId();

	if (!folded && open) {
		// Nothing to fold: the reader did not ask to hide this.
		return <>{children}</>;
	}

	const toggle = (): void => {
		const next = !open;
		layout.change(() => setOpen(next));
		announce(next ? `${capitalise(noun)} shown.` : `${capitalise(noun)} hidden.`);
	};

	return (
		<div class="quire-fold">
			<button type="button" class="quire-fold-toggle" aria-expanded={open} aria-controls={regionId} onClick={toggle}>
				{open ? `Hide ${noun}` : `Show ${noun}`}
			</button>
			<div id={regionId} class="quire-fold-content" role="region" aria-label={regionLabel} hidden={!open}>
				{children}
			</div>
		</div>
	);
}
