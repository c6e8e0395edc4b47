/**
 * The reader's keyboard map, as a pure function from a key event to an
 * action, so the map is tested without a DOM and listed in the keys dialog
 * from the same table.
 */

export type KeyAction =
	| { kind: 'scroll'; by: 'line' | 'page'; direction: 1 | -1 }
	| { kind: 'scroll-edge'; edge: 'start' | 'end' }
	| { kind: 'chapter'; direction: 1 | -1 }
	| { kind: 'font-size'; direction: 1 | -1 }
	| { kind: 'cycle-theme' }
	| { kind: 'show-keys' };

/** For the keys dialog: keys as shown, and what they do. */
export const KEY_HELP: readonly { keys: string[]; does: string }[] = [
	{ keys: ['↓', '↑'], does: 'Scroll a little' },
	{ keys: ['Space', 'Shift+Space'], does: 'Scroll a screen down or up' },
	{ keys: ['Page Down', 'Page Up'], does: 'Scroll a screen down or up' },
	{ keys: ['Home', 'End'], does: 'Go to the start or the end' },
	{ keys: [']', '['], does: 'Next or previous chapter' },
	{ keys: ['+', '-'], does: 'Larger or smaller text' },
	{ keys: ['t'], does: 'Next theme' },
	{ keys: ['?'], does: 'Show these keys' },
	{ keys: ['Esc'], does: 'Close a panel, or close the reader' },
];

export interface KeyInput {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

/**
 * What kind of element has focus matters: typing in a field is never a
 * shortcut, and Space on a button presses it.
 */
export type FocusContext = 'text' | 'control' | 'none';

export function focusContext(target: EventTarget | null): FocusContext {
	if (!(target instanceof Element)) return 'none';
	if (target.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return 'text';
	if (target.matches('button, a[href], summary, [role="button"]')) return 'control';
	return 'none';
}

export function keyAction(event: KeyInput, context: FocusContext): KeyAction | null {
	if (event.ctrlKey || event.metaKey || event.altKey || context === 'text') return null;
	switch (event.key) {
		case 'ArrowDown':
			return { kind: 'scroll', by: 'line', direction: 1 };
		case 'ArrowUp':
			return { kind: 'scroll', by: 'line', direction: -1 };
		case 'PageDown':
			return { kind: 'scroll', by: 'page', direction: 1 };
		case 'PageUp':
			return { kind: 'scroll', by: 'page', direction: -1 };
		case ' ':
			return context === 'control' ? null : { kind: 'scroll', by: 'page', direction: event.shiftKey ? -1 : 1 };
		case 'Home':
			return { kind: 'scroll-edge', edge: 'start' };
		case 'End':
			return { kind: 'scroll-edge', edge: 'end' };
		case ']':
			return { kind: 'chapter', direction: 1 };
		case '[':
			return { kind: 'chapter', direction: -1 };
		case '+':
		case '=':
			return { kind: 'font-size', direction: 1 };
		case '-':
		case '_':
			return { kind: 'font-size', direction: -1 };
		case 't':
		case 'T':
			return { kind: 'cycle-theme' };
		case '?':
			return { kind: 'show-keys' };
		default:
			return null;
	}
}
