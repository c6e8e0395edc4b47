import { BookIcon } from './icons.js';

interface LauncherProps {
	onOpen(): void;
}

/** The small corner button that opens the reader on a story page. */
export function Launcher({ onOpen }: LauncherProps) {
	return (
		<button type="button" class="quire-launcher" onClick={onOpen} data-quire-launcher="">
			<BookIcon />
			<span>Open reader</span>
		</button>
	);
}
