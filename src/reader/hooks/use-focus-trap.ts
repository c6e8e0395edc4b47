import { useCallback } from 'preact/hooks';

const FOCUSABLE = [
	'a[href]', 'button:not([disabled])', 'input:not([disabled]):not([type="hidden"])', 'select:not([disabled])',
	'textarea:not([disabled])', 'summary', '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Elements Tab can reach inside `container`, in order, skipping folded (hidden) content. */
export function focusableIn(container: Element): HTMLElement[] {
	return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
		(element) => !element.closest('[hidden], [inert]') && !isInClosedDetails(element, container),
	);
}

function isInClosedDetails(element: Element, container: Element): boolean {
	for (let node = element.parentElement; node && node !== container; node = node.parentElement) {
		// The summary of a closed <details> is reachable; the rest of it is not.
		if (node instanceof HTMLDetailsElement && !node.open && !(element.tagName === 'SUMMARY' && element.parentElement === node)) return true;
	}
	return false;
}

/**
 * A keydown handler keeping Tab and Shift+Tab inside whatever `container()`
 * returns (the dialog, or a nested dialog while one is open).
 */
export function useFocusTrap(container: () => Element | null): (event: KeyboardEvent) => void {
	return useCallback(
		(event: KeyboardEvent) => {
			if (event.key !== 'Tab' || event.defaultPrevented) return;
			const root = container();
			if (!root) return;
			const focusable = focusableIn(root);
			const first = focusable[0];
			const last = focusable[focusable.length - 1];
			if (!first || !last) {
				event.preventDefault();
				return;
			}
			const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
			const inside = active instanceof Element && root.contains(active);
			if (event.shiftKey && (active === first || !inside)) {
				event.preventDefault();
				last.focus();
			} else if (!event.shiftKey && (active === last || !inside)) {
				event.preventDefault();
				first.focus();
			}
		},
		[container],
	);
}
