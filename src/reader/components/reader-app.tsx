import { useMemo } from 'preact/hooks';
import type { PageKind, Story } from '../../core/types.js';
import { useReaderPrefs } from '../hooks/use-reader-prefs.js';
import type { ReaderHost } from '../host.js';
import { createLayoutEvents } from '../layout-events.js';
import { textStyle, themeClass } from '../text-style.js';
import { Launcher } from './launcher.js';
import { Overlay, type ReaderSession } from './overlay.js';

export interface ReaderAppProps {
	/** What the page is; enough for the launcher. */
	kind: PageKind;
	/** The story, read once the reader is open (null while closed). */
	story: Story | null;
	host: ReaderHost;
	open: boolean;
	session: ReaderSession;
	onOpen(): void;
	onClose(): void;
}

/**
 * The whole reader UI as a function of (story, prefs, host, open): the
 * launcher while closed, the overlay while open, both in the reader's theme.
 */
export function ReaderApp({ kind, story, host, open, session, onOpen, onClose }: ReaderAppProps) {
	const layout = useMemo(createLayoutEvents, []);
	const [prefs, updatePrefs] = useReaderPrefs(host, layout);
	return (
		<div class={`quire-root ${themeClass(prefs)}`} style={textStyle(prefs)}>
			{!open && kind !== 'not-story' && <Launcher onOpen={onOpen} />}
			{open && story && (
				<Overlay story={story} host={host} prefs={prefs} updatePrefs={updatePrefs} layout={layout} session={session} onClose={onClose} />
			)}
		</div>
	);
}
