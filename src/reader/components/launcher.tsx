import { useEffect, useState } from 'preact/hooks';
import { BookIcon } from './icons.js';

interface LauncherProps {
	onOpen(): void;
}

/** Distance from the corner of the screen, in CSS px. */
const MARGIN = 16;

interface Placement {
	/** How much to grow the button so it stays finger-sized on a page the phone shows shrunk. */
	zoom: number;
	right: number;
	bottom: number;
}

const PLAIN: Placement = { zoom: 1, right: MARGIN, bottom: MARGIN };

/**
 * Where the visible corner of the screen is. On a phone the page may be laid
 * out wider or taller than the screen (no mobile viewport, or content wider
 * than it), and `position: fixed` then pins to that larger box, off screen;
 * the visual viewport says what the reader actually sees.
 */
function placement(): Placement {
	const viewport = typeof visualViewport === 'undefined' ? null : visualViewport;
	if (!viewport) return PLAIN;
	const zoom = viewport.scale > 0 && viewport.scale < 1 ? 1 / viewport.scale : 1;
	const right = Math.max(0, innerWidth - (viewport.offsetLeft + viewport.width));
	const bottom = Math.max(0, innerHeight - (viewport.offsetTop + viewport.height));
	if (zoom === 1 && right < 1 && bottom < 1) return PLAIN;
	// The button's own offsets are multiplied by its zoom.
	return { zoom, right: (right + MARGIN) / zoom, bottom: (bottom + MARGIN) / zoom };
}

function usePlacement(): Placement {
	const [place, setPlace] = useState<Placement>(placement);
	useEffect(() => {
		const viewport = typeof visualViewport === 'undefined' ? null : visualViewport;
		if (!viewport) return;
		const update = (): void => setPlace((before) => {
			const next = placement();
			return next.zoom === before.zoom && next.right === before.right && next.bottom === before.bottom ? before : next;
		});
		update();
		viewport.addEventListener('resize', update);
		viewport.addEventListener('scroll', update);
		return () => {
			viewport.removeEventListener('resize', update);
			viewport.removeEventListener('scroll', update);
		};
	}, []);
	return place;
}

/** The small corner button that opens the reader on a story page. */
export function Launcher({ onOpen }: LauncherProps) {
	const place = usePlacement();
	const style = place === PLAIN ? undefined : { zoom: String(place.zoom), right: `${place.right}px`, bottom: `${place.bottom}px` };
	return (
		<button type="button" class="quire-launcher" onClick={onOpen} data-quire-launcher="" style={style}>
			<BookIcon />
			<span>Open reader</span>
		</button>
	);
}
