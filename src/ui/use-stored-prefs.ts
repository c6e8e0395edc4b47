import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Prefs } from '../reader/prefs.js';
import { browserPreferences } from '../storage/preferences.js';

/** The stored preferences, live: changes made in a reader tab or another page show up at once. */
export function useStoredPrefs(): [Prefs | null, (patch: Partial<Prefs>) => void] {
	const store = useMemo(() => browserPreferences(), []);
	const [prefs, setPrefs] = useState<Prefs | null>(null);
	useEffect(() => {
		const stop = new AbortController();
		void store.get().then((loaded) => {
			if (!stop.signal.aborted) setPrefs(loaded);
		});
		store.watch(setPrefs, stop.signal);
		return () => stop.abort();
	}, [store]);
	const update = (patch: Partial<Prefs>) => {
		setPrefs((current) => (current ? { ...current, ...patch } : current));
		void store.update(patch).then(setPrefs);
	};
	return [prefs, update];
}
