import { fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '../../src/reader/components/settings-panel.js';
import { defaultPrefs, type Prefs } from '../../src/reader/prefs.js';
import { baseStory } from './sample-stories.js';
import { cleanupMounts, settle, setup } from './helpers.js';

afterEach(cleanupMounts);

function rootOf(shadow: ShadowRoot): HTMLElement {
	return shadow.querySelector<HTMLElement>('.quire-root')!;
}

describe('reader settings in the overlay', () => {
	it('applies the stored preferences on first render', () => {
		const { open, shadow } = setup(baseStory(), { prefs: { theme: 'sepia', fontSize: 24, fontFamily: 'atkinson', align: 'justify' } });
		open();
		const root = rootOf(shadow);
		expect(root.classList.contains('quire-theme-sepia')).toBe(true);
		expect(root.style.getPropertyValue('--quire-size')).toBe('24px');
		expect(root.style.getPropertyValue('--quire-font')).toContain('Quire Atkinson Hyperlegible');
		expect(root.style.getPropertyValue('--quire-hyphens')).toBe('auto');
	});

	it('opens from "Reader settings"; changes call setPrefs and re-style at once', async () => {
		const { ui, open, shadow, host } = setup(baseStory());
		open();
		const button = ui.getByRole('button', { name: 'Reader settings' });
		fireEvent.click(button);
		expect(button.getAttribute('aria-expanded')).toBe('true');
		fireEvent.click(ui.getByRole('radio', { name: 'Dark' }));
		expect(host.calls.setPrefs).toContainEqual({ theme: 'dark' });
		await waitFor(() => expect(rootOf(shadow).classList.contains('quire-theme-dark')).toBe(true));
		fireEvent.click(ui.getByRole('button', { name: 'Increase text size' }));
		expect(host.calls.setPrefs).toContainEqual({ fontSize: defaultPrefs.fontSize + 1 });
		await waitFor(() => expect(rootOf(shadow).style.getPropertyValue('--quire-size')).toBe(`${defaultPrefs.fontSize + 1}px`));
		fireEvent.change(ui.getByRole('combobox', { name: 'Font' }), { target: { value: 'opendyslexic' } });
		expect(host.calls.setPrefs).toContainEqual({ fontFamily: 'opendyslexic' });
		fireEvent.click(ui.getByRole('checkbox', { name: 'Hide warnings by default' }));
		expect(host.calls.setPrefs).toContainEqual({ hideWarnings: true });
		await waitFor(() => expect(ui.getByRole('button', { name: 'Show warnings' })).toBeTruthy());
		fireEvent.click(ui.getByRole('checkbox', { name: 'Open the reader automatically on Test Archive' }));
		expect(host.calls.setPrefs).toContainEqual({ autoOpen: { ao3: true } });
	});

	it('Esc closes the settings panel first, returning focus to its button, then closes the reader', () => {
		const { ui, open, shadow, controller } = setup(baseStory());
		open();
		const button = ui.getByRole('button', { name: 'Reader settings' });
		fireEvent.click(button);
		const panel = ui.getByRole('region', { name: 'Reader settings' });
		expect(panel.contains(shadow.activeElement)).toBe(true);
		fireEvent.keyDown(shadow.activeElement!, { key: 'Escape' });
		expect(ui.queryByRole('region', { name: 'Reader settings' })).toBeNull();
		expect(shadow.activeElement).toBe(button);
		expect(controller.isOpen()).toBe(true);
		fireEvent.keyDown(button, { key: 'Escape' });
		expect(controller.isOpen()).toBe(false);
	});

	it('applies changes made elsewhere live', async () => {
		const { open, shadow, host } = setup(baseStory());
		open();
		host.changePrefsElsewhere({ theme: 'black', lineHeight: 2 });
		await waitFor(() => expect(rootOf(shadow).classList.contains('quire-theme-black')).toBe(true));
		expect(rootOf(shadow).style.getPropertyValue('--quire-line-height')).toBe('2');
	});

	it("tells position tracking before and after a layout change, and not for a reading-speed change", async () => {
		const { open, host } = setup(baseStory());
		open();
		await settle();
		const phases: string[] = [];
		host.views[0]!.onLayoutChange((phase) => phases.push(phase));
		host.changePrefsElsewhere({ fontSize: 25 });
		expect(phases).toEqual(['before']);
		// (Waited for: the re-render of every chapter can take longer than one settle on a busy machine.)
		await waitFor(() => expect(phases).toEqual(['before', 'after']));
		host.changePrefsElsewhere({ wordsPerMinute: 400 });
		await settle();
		expect(phases).toEqual(['before', 'after']);
	});

	it('fires "before" ahead of the re-render and "after" once the new layout is in place', async () => {
		const { open, host, shadow } = setup(baseStory());
		open();
		await settle();
		const seen: string[] = [];
		host.views[0]!.onLayoutChange((phase) => seen.push(`${phase}:${rootOf(shadow).style.getPropertyValue('--quire-size')}`));
		host.changePrefsElsewhere({ fontSize: 30 });
		await waitFor(() => expect(seen).toEqual([`before:${defaultPrefs.fontSize}px`, 'after:30px']));
	});

	it('folding and unfolding also counts as a layout change', async () => {
		const { ui, open, host } = setup(baseStory(), { prefs: { hideWarnings: true } });
		open();
		await settle();
		const phases: string[] = [];
		host.views[0]!.onLayoutChange((phase) => phases.push(phase));
		fireEvent.click(ui.getByRole('button', { name: 'Show warnings' }));
		await settle();
		expect(phases).toEqual(['before', 'after']);
	});
});

describe('SettingsPanel on its own (options page, popup)', () => {
	it('edits every preference through onChange and lists each site', () => {
		const onChange = vi.fn<(patch: Partial<Prefs>) => void>();
		const { getByRole } = render(
			<SettingsPanel prefs={{ ...defaultPrefs, autoOpen: { ffnet: true } }} onChange={onChange} siteList={[{ id: 'ao3', name: 'Archive of Our Own' }, { id: 'ffnet', name: 'FanFiction.Net' }]} />,
		);
		fireEvent.click(getByRole('radio', { name: 'Sepia' }));
		fireEvent.click(getByRole('button', { name: 'Decrease line spacing' }));
		fireEvent.click(getByRole('button', { name: 'Increase text width' }));
		fireEvent.click(getByRole('button', { name: 'Increase paragraph spacing' }));
		fireEvent.click(getByRole('radio', { name: 'Justified, with hyphenation' }));
		fireEvent.click(getByRole('checkbox', { name: 'Hide additional tags by default' }));
		fireEvent.click(getByRole('checkbox', { name: 'Hide spoilers by default' }));
		fireEvent.click(getByRole('checkbox', { name: 'Tap near the top or bottom of the text to turn the page' }));
		fireEvent.click(getByRole('checkbox', { name: "Hide author's notes by default" }));
		fireEvent.click(getByRole('checkbox', { name: 'Open the reader automatically on Archive of Our Own' }));
		fireEvent.change(getByRole('spinbutton', { name: 'Reading speed (words per minute)' }), { target: { value: '320' } });
		expect(onChange.mock.calls.map(([patch]) => patch)).toEqual([
			{ theme: 'sepia' },
			{ lineHeight: 1.5 },
			{ textWidth: 68 },
			{ paragraphSpacing: 1.25 },
			{ align: 'justify' },
			{ hideTags: true },
			// Spoilers are folded by default, so the click unfolds them; tapping to turn pages is on by default.
			{ hideSpoilers: false },
			{ tapToPage: false },
			{ hideNotes: true },
			{ autoOpen: { ffnet: true, ao3: true } },
			{ wordsPerMinute: 320 },
		]);
		expect((getByRole('checkbox', { name: 'Open the reader automatically on FanFiction.Net' }) as HTMLInputElement).checked).toBe(true);
	});

	it('refuses a reading speed out of range and disables steppers at their limits', () => {
		const onChange = vi.fn();
		const { getByRole } = render(<SettingsPanel prefs={{ ...defaultPrefs, fontSize: 40 }} onChange={onChange} siteList={[]} />);
		const speed = getByRole('spinbutton', { name: 'Reading speed (words per minute)' }) as HTMLInputElement;
		fireEvent.change(speed, { target: { value: '5' } });
		expect(onChange).not.toHaveBeenCalled();
		expect(speed.value).toBe(String(defaultPrefs.wordsPerMinute));
		expect((getByRole('button', { name: 'Increase text size' }) as HTMLButtonElement).disabled).toBe(true);
	});
});
