import type { ComponentChildren, Ref } from 'preact';
import { useSwipeDown } from '../hooks/use-swipe-down.js';
import { CloseIcon } from './icons.js';
import type { PanelName } from './toolbar.js';

interface ReaderPanelProps {
	name: PanelName;
	/** Phone layout: a bottom sheet over a backdrop; a tap on the backdrop or a swipe down closes it. */
	compact: boolean;
	panelRef: Ref<HTMLElement>;
	onClose(): void;
	children: ComponentChildren;
}

const TITLES: Record<PanelName, { title: string; close: string }> = {
	toc: { title: 'Table of contents', close: 'Close table of contents' },
	settings: { title: 'Reader settings', close: 'Close settings' },
};

/** The table of contents or the settings: a side panel on wide screens, a bottom sheet on phones. */
export function ReaderPanel({ name, compact, panelRef, onClose, children }: ReaderPanelProps) {
	const swipe = useSwipeDown(onClose, compact);
	const { title, close } = TITLES[name];
	const side = name === 'toc' ? 'quire-panel-left' : 'quire-panel-right';
	return (
		<>
			{compact && <div class="quire-panel-backdrop" data-quire-backdrop="" onClick={onClose} />}
			<section class={`quire-panel ${side}`} aria-labelledby="quire-panel-title" ref={panelRef} {...swipe}>
				{compact && <div class="quire-sheet-handle" aria-hidden="true" />}
				<div class="quire-panel-head">
					<h2 id="quire-panel-title">{title}</h2>
					<button type="button" class="quire-tool" onClick={onClose}>
						<CloseIcon />
						<span class="quire-visually-hidden">{close}</span>
					</button>
				</div>
				{children}
			</section>
		</>
	);
}
