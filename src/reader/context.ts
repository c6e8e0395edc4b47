import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Story } from '../core/types.js';
import type { ReaderHost } from './host.js';
import type { LayoutEvents } from './layout-events.js';

/** What every part of the open reader shares, so components deep in the tree need no prop chains. */
export interface ReaderContextValue {
	story: Story;
	host: ReaderHost;
	layout: LayoutEvents;
	/** Says something to screen readers (polite), without a visible notice. */
	announce(message: string): void;
	/** Scroll motion allowed (false under prefers-reduced-motion). */
	smoothScroll: boolean;
}

export const ReaderContext = createContext<ReaderContextValue | null>(null);

export function useReader(): ReaderContextValue {
	const value = useContext(ReaderContext);
	if (!value) throw new Error('Reader components must be rendered inside <ReaderContext.Provider>');
	return value;
}
