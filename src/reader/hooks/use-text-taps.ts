import { useRef } from 'preact/hooks';
import { isTouchPointer, tapAction } from '../text-taps.js';

interface TapHandlers {
	toggleToolbar(): void;
	turnPage(direction: 1 | -1): void;
}

/** Pointer handlers for the text area: touch taps turn pages or show the toolbar (text-taps.ts). */
export function useTextTaps(scrollerRef: { current: HTMLElement | null }, tapToPage: boolean, handlers: TapHandlers) {
	/** The kind of pointer that last went down on the text: a mouse click stays a click. */
	const pointerType = useRef<string | null>(null);
	return {
		onPointerDown(event: PointerEvent): void {
			pointerType.current = event.pointerType;
		},
		onClick(event: MouseEvent): void {
			const scroller = scrollerRef.current;
			if (!scroller || event.defaultPrevented || !isTouchPointer(pointerType.current)) return;
			const root = scroller.getRootNode() as Document | ShadowRoot;
			const selection = 'getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
			const box = scroller.getBoundingClientRect();
			const action = tapAction({
				target: event.target instanceof Element ? event.target : null,
				y: event.clientY,
				area: { top: box.top, height: box.height },
				selecting: selection !== null && !selection.isCollapsed,
				tapToPage,
			});
			if (action === 'toggle-toolbar') handlers.toggleToolbar();
			else if (action) handlers.turnPage(action === 'page-down' ? 1 : -1);
		},
	};
}
