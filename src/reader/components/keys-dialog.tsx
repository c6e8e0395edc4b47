import { useLayoutEffect, useRef } from 'preact/hooks';
import { KEY_HELP } from '../keys.js';

interface KeysDialogProps {
	onClose(): void;
	dialogRef: { current: HTMLDivElement | null };
}

/** The list of keyboard shortcuts, as a small modal inside the reader. */
export function KeysDialog({ onClose, dialogRef }: KeysDialogProps) {
	const closeRef = useRef<HTMLButtonElement>(null);
	useLayoutEffect(() => closeRef.current?.focus(), []);
	return (
		<div class="quire-keys-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
			<div class="quire-keys" role="dialog" aria-modal="true" aria-labelledby="quire-keys-title" ref={dialogRef}>
				<h2 id="quire-keys-title">Keyboard shortcuts</h2>
				<dl>
					{KEY_HELP.map((entry) => (
						<div key={entry.does + entry.keys.join()} style={{ display: 'contents' }}>
							<dt>
								{entry.keys.map((key, i) => (
									<span key={key}>{i > 0 && ' '}<kbd>{key}</kbd></span>
								))}
							</dt>
							<dd>{entry.does}</dd>
						</div>
					))}
				</dl>
				<button type="button" class="quire-tool" ref={closeRef} onClick={onClose}>
					Close shortcuts
				</button>
			</div>
		</div>
	);
}
