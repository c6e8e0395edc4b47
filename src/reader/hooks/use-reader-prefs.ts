import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ensureFont } from '../fonts.js';
import type { ReaderHost } from '../host.js';
import type { LayoutEvents } from '../layout-events.js';
import { changesLayout, prefsEqual, validatePrefs, type Prefs } from '../prefs.js';

/**
 * The preferences the reader shows: the host's value at mount (so they apply
 * before first paint), then every change made here or elsewhere, applied
 * live. Layout-changing updates go through `layout` so reading position is
 * held across them.
 */
export function useReaderPrefs(host: ReaderHost, layout: LayoutEvents): [Prefs, (patch: Partial<Prefs>) => void] {
	const [prefs, setPrefs] = useState<Prefs>(() => validatePrefs(host.prefs));
	const current = useRef(prefs);

	const apply = useCallback(
		(next: Prefs) => {
			const before = current.current;
			if (prefsEqual(before, next)) return;
			current.current = next;
			if (changesLayout(before, next)) {
				layout.change(() => setPrefs(next), ensureFont(next.fontFamily, host.assetUrl));
			} else {
				setPrefs(next);
			}
		},
		[host, layout],
	);

	useEffect(() => host.onPrefsChanged((next) => apply(validatePrefs(next))), [host, apply]);

	useEffect(() => {
		void ensureFont(prefs.fontFamily, host.assetUrl);
	}, [host, prefs.fontFamily]);

	const update = useCallback(
		(patch: Partial<Prefs>) => {
			apply(validatePrefs({ ...current.current, ...patch }));
			host.setPrefs(patch).catch((error: unknown) => console.error('[quire] could not save preferences', error));
		},
		[host, apply],
	);

	return [prefs, update];
}
