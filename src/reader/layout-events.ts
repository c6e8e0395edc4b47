/**
 * "Layout is about to change" / "layout has settled" signals for position
 * tracking. Changes that overlap (a font change while a fold opens) are
 * reported as one: a single 'before' when the first starts and a single
 * 'after' once the last has been rendered and painted, so the position
 * captured before is never overwritten mid-change.
 */

export type LayoutPhase = 'before' | 'after';
export type LayoutListener = (phase: LayoutPhase) => void;

export interface LayoutEvents {
	subscribe(listener: LayoutListener): () => void;
	/**
	 * Announces 'before', applies `mutate` (a state update), then announces
	 * 'after' once `settled` has resolved and the next frame has rendered.
	 */
	change(mutate: () => void, settled?: Promise<unknown>): void;
}

function nextFrame(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
		else setTimeout(resolve, 16);
	});
}

export function createLayoutEvents(): LayoutEvents {
	const listeners = new Set<LayoutListener>();
	let pending = 0;
	const emit = (phase: LayoutPhase): void => {
		for (const listener of [...listeners]) {
			try {
				listener(phase);
			} catch (error) {
				// One failing listener must not stop the others or the layout change.
				console.error('[quire] layout listener failed', error);
			}
		}
	};
	return {
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		change(mutate, settled = Promise.resolve()) {
			if (pending++ === 0) emit('before');
			mutate();
			void settled
				.catch(() => undefined)
				.then(nextFrame)
				.then(() => {
					if (--pending === 0) emit('after');
				});
		},
	};
}
