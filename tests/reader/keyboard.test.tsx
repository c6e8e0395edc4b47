import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusContext, keyAction } from '../../src/reader/keys.js';
import { defaultPrefs } from '../../src/reader/prefs.js';
import { baseStory } from './sample-stories.js';
import { cleanupMounts, setup } from './helpers.js';

afterEach(() => {
	cleanupMounts();
	vi.restoreAllMocks();
});

const plain = { shiftKey: false, ctrlKey: false, metaKey: false, altKey: false };

describe('keyAction', () => {
	it('maps the reader keys', () => {
		expect(keyAction({ ...plain, key: ']' }, 'none')).toEqual({ kind: 'chapter', direction: 1 });
		expect(keyAction({ ...plain, key: '[' }, 'none')).toEqual({ kind: 'chapter', direction: -1 });
		expect(keyAction({ ...plain, key: '+' }, 'none')).toEqual({ kind: 'font-size', direction: 1 });
		expect(keyAction({ ...plain, key: '-' }, 'none')).toEqual({ kind: 'font-size', direction: -1 });
		expect(keyAction({ ...plain, key: 't' }, 'none')).toEqual({ kind: 'cycle-theme' });
		expect(keyAction({ ...plain, key: '?', shiftKey: true }, 'none')).toEqual({ kind: 'show-keys' });
		expect(keyAction({ ...plain, key: ' ', shiftKey: true }, 'none')).toEqual({ kind: 'scroll', by: 'page', direction: -1 });
		expect(keyAction({ ...plain, key: 'End' }, 'none')).toEqual({ kind: 'scroll-edge', edge: 'end' });
	});

	it('leaves typing, browser shortcuts and button presses alone', () => {
		expect(keyAction({ ...plain, key: 't' }, 'text')).toBeNull();
		expect(keyAction({ ...plain, key: '+', ctrlKey: true }, 'none')).toBeNull();
		expect(keyAction({ ...plain, key: ' ' }, 'control')).toBeNull();
		expect(keyAction({ ...plain, key: 'x' }, 'none')).toBeNull();
		const input = document.createElement('input');
		expect(focusContext(input)).toBe('text');
		expect(focusContext(document.createElement('button'))).toBe('control');
	});
});

describe('keyboard in the open reader', () => {
	it('+ and - change the text size through the host', async () => {
		const { open, shadow, host } = setup(baseStory());
		open();
		const scroller = shadow.querySelector('.quire-scroller')!;
		fireEvent.keyDown(scroller, { key: '+' });
		expect(host.calls.setPrefs).toEqual([{ fontSize: defaultPrefs.fontSize + 1 }]);
		fireEvent.keyDown(scroller, { key: '-' });
		fireEvent.keyDown(scroller, { key: '-' });
		expect(host.calls.setPrefs.at(-1)).toEqual({ fontSize: defaultPrefs.fontSize - 1 });
		await waitFor(() => expect(shadow.querySelector<HTMLElement>('.quire-root')!.style.getPropertyValue('--quire-size')).toBe(`${defaultPrefs.fontSize - 1}px`));
	});

	it('t cycles the theme', () => {
		const { open, shadow, host } = setup(baseStory(), { prefs: { theme: 'light' } });
		open();
		const scroller = shadow.querySelector('.quire-scroller')!;
		for (let i = 0; i < 5; i++) fireEvent.keyDown(scroller, { key: 't' });
		expect(host.calls.setPrefs).toEqual([{ theme: 'sepia' }, { theme: 'dark' }, { theme: 'black' }, { theme: 'system' }, { theme: 'light' }]);
	});

	it('? lists the keys in a dialog that Esc closes, before a second Esc closes the reader', () => {
		const { ui, open, shadow, controller } = setup(baseStory());
		open();
		fireEvent.keyDown(shadow.querySelector('.quire-scroller')!, { key: '?' });
		const keys = ui.getByRole('dialog', { name: 'Keyboard shortcuts' });
		expect(keys.contains(shadow.activeElement)).toBe(true);
		expect(keys.textContent).toContain('Next or previous chapter');
		fireEvent.keyDown(shadow.activeElement!, { key: 'Escape' });
		expect(ui.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
		expect(shadow.activeElement).toBe(ui.getByRole('button', { name: 'Keyboard shortcuts' }));
		fireEvent.keyDown(shadow.activeElement!, { key: 'Escape' });
		expect(controller.isOpen()).toBe(false);
	});

	it('scroll keys move the text, and do not reach the page', () => {
		const scrollTo = vi.fn();
		HTMLElement.prototype.scrollTo = scrollTo as unknown as HTMLElement['scrollTo'];
		const { open, shadow } = setup(baseStory());
		const pageKeys = vi.fn();
		document.addEventListener('keydown', pageKeys);
		open();
		const scroller = shadow.querySelector<HTMLElement>('.quire-scroller')!;
		Object.defineProperty(scroller, 'clientHeight', { value: 500, configurable: true });
		Object.defineProperty(scroller, 'scrollHeight', { value: 9000, configurable: true });
		fireEvent.keyDown(scroller, { key: 'PageDown' });
		expect(scrollTo).toHaveBeenLastCalledWith({ top: 450, behavior: 'smooth' });
		fireEvent.keyDown(scroller, { key: ' ' });
		expect(scrollTo).toHaveBeenCalledTimes(2);
		fireEvent.keyDown(scroller, { key: 'End' });
		expect(scrollTo).toHaveBeenLastCalledWith({ top: 9000, behavior: 'smooth' });
		fireEvent.keyDown(scroller, { key: 'ArrowDown' });
		expect(scrollTo.mock.lastCall?.[0].top).toBeGreaterThan(0);
		expect(pageKeys).not.toHaveBeenCalled();
		document.removeEventListener('keydown', pageKeys);
		delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
	});

	it('scrolls without motion when the reader prefers reduced motion', () => {
		const scrollTo = vi.fn();
		HTMLElement.prototype.scrollTo = scrollTo as unknown as HTMLElement['scrollTo'];
		window.matchMedia = ((query: string) => ({ matches: query.includes('reduce') })) as unknown as typeof window.matchMedia;
		const { open, shadow } = setup(baseStory());
		open();
		fireEvent.keyDown(shadow.querySelector('.quire-scroller')!, { key: 'Home' });
		expect(scrollTo).toHaveBeenLastCalledWith({ top: 0, behavior: 'auto' });
		delete (window as Partial<Window>).matchMedia;
		delete (HTMLElement.prototype as Partial<HTMLElement>).scrollTo;
	});

	it('keeps Tab inside the dialog', () => {
		const { ui, open, shadow } = setup(baseStory());
		open();
		const dialog = ui.getByRole('dialog');
		const first = ui.getByRole('button', { name: 'Table of contents' });
		first.focus();
		fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
		const last = shadow.activeElement!;
		expect(dialog.contains(last)).toBe(true);
		expect(last).not.toBe(first);
		fireEvent.keyDown(last, { key: 'Tab' });
		expect(shadow.activeElement).toBe(first);
	});
});
