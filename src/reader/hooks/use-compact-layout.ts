import { useEffect, useState } from 'preact/hooks';
import { COMPACT_QUERY, matchesCompact } from '../compact.js';

/** Whether the compact (phone) layout applies now, following rotation and window resizes. */
export function useCompactLayout(): boolean {
	const [compact, setCompact] = useState(() => matchesCompact());
	useEffect(() => {
		if (typeof matchMedia !== 'function') return;
		const query = matchMedia(COMPACT_QUERY);
		const update = (): void => setCompact(query.matches);
		update();
		// Older engines (and some test doubles) only have addListener.
		if (typeof query.addEventListener === 'function') {
			query.addEventListener('change', update);
			return () => query.removeEventListener('change', update);
		}
		query.addListener?.(update);
		return () => query.removeListener?.(update);
	}, []);
	return compact;
}
