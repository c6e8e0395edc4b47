import { useRef } from 'preact/hooks';

/** A swipe down at least this long, and mostly downwards, closes. */
const MIN_SWIPE_PX = 60;

interface Start {
	x: number;
	y: number;
	/** The sheet was scrolled to its top: a pull down there is a swipe, not a scroll. */
	atTop: boolean;
}

/**
 * Touch handlers for a bottom sheet that closes on a swipe down. The sheet
 * follows the finger while it is pulled down from its top, and springs back
 * when the swipe was too short.
 */
export function useSwipeDown(onSwipe: () => void, enabled: boolean) {
	const start = useRef<Start | null>(null);
	const pulled = (event: TouchEvent): { dx: number; dy: number } | null => {
		const touch = event.changedTouches[0];
		const from = start.current;
		return touch && from?.atTop ? { dx: touch.clientX - from.x, dy: touch.clientY - from.y } : null;
	};
	const follow = (sheet: HTMLElement, dy: number): void => {
		sheet.style.transform = dy > 0 ? `translateY(${dy}px)` : '';
	};
	return {
		onTouchStart(event: TouchEvent): void {
			const touch = event.touches[0];
			const sheet = event.currentTarget as HTMLElement;
			start.current = enabled && touch && event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY, atTop: sheet.scrollTop <= 0 } : null;
		},
		onTouchMove(event: TouchEvent): void {
			const move = pulled(event);
			if (move && move.dy > Math.abs(move.dx)) follow(event.currentTarget as HTMLElement, move.dy);
		},
		onTouchEnd(event: TouchEvent): void {
			const move = pulled(event);
			start.current = null;
			follow(event.currentTarget as HTMLElement, 0);
			if (move && move.dy >= MIN_SWIPE_PX && move.dy > Math.abs(move.dx) * 1.5) onSwipe();
		},
		onTouchCancel(event: TouchEvent): void {
			start.current = null;
			follow(event.currentTarget as HTMLElement, 0);
		},
	};
}
