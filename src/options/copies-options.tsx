/** The library and saved copies in the options: where the library is, and whether copies are kept. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { copiesSettingItem, type CopiesSetting } from '../storage/copies-setting.js';

export function CopiesOptions() {
	const item = useMemo(() => copiesSettingItem(), []);
	const [setting, setSetting] = useState<CopiesSetting | null>(null);
	useEffect(() => {
		const stop = new AbortController();
		void item.get().then((value) => {
			if (!stop.signal.aborted) setSetting(value);
		});
		item.onChanged(setSetting, stop.signal);
		return () => stop.abort();
	}, [item]);

	const change = (keep: boolean): void => {
		setSetting({ keep });
		void item.set({ keep });
	};

	return (
		<div>
			<p>
				<a href="library.html" target="_blank">Open your library</a>: every story you have opened in Quire, with its status
				(Reading, Finished, Plan to read, Dropped), new chapters, and a copy to read when the archive is out of reach.
			</p>
			{setting && (
				<label class="quire-check">
					<input type="checkbox" checked={setting.keep} onChange={(event) => change((event.target as HTMLInputElement).checked)} />
					Keep a copy of each story I open, to read offline
				</label>
			)}
			<p class="quire-muted">
				Copies stay in this browser and are never sent anywhere. Switching this off keeps the copies already saved; remove them in the library.
			</p>
		</div>
	);
}
