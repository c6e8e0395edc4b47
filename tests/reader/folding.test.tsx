import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { baseStory } from './sample-stories.js';
import { cleanupMounts, settle, setup } from './helpers.js';

afterEach(cleanupMounts);

const allHidden = { hideWarnings: true, hideTags: true, hideSpoilers: true, hideNotes: true };

describe('folding', () => {
	it('by default shows warnings, tags and notes as they are (as AO3 does) and folds the Spoilers line', () => {
		const { ui, open, shadow } = setup(baseStory({ spoilers: 'Season 2 finale' }));
		open();
		expect(ui.queryByRole('button', { name: 'Show warnings' })).toBeNull();
		expect(ui.queryByRole('button', { name: 'Show tags' })).toBeNull();
		expect(ui.queryByRole('button', { name: 'Show notes' })).toBeNull();
		expect(shadow.textContent).toContain('Major Character Death');
		const showSpoilers = ui.getByRole('button', { name: 'Show spoilers' });
		expect(shadow.getElementById(showSpoilers.getAttribute('aria-controls')!)?.hidden).toBe(true);
	});

	it('shows everything when the reader folds nothing', () => {
		const { ui, open, shadow } = setup(baseStory({ spoilers: 'Season 2 finale' }), { prefs: { hideSpoilers: false } });
		open();
		expect(ui.queryByRole('button', { name: 'Show spoilers' })).toBeNull();
		expect(shadow.textContent).toContain('Season 2 finale');
	});

	for (const [noun, regionName, content] of [
		['warnings', 'Warnings', 'Major Character Death'],
		['tags', 'Additional tags', 'Found Family'],
		['spoilers', 'Spoilers', 'Season 2 finale'],
	] as const) {
		it(`folds ${noun} behind "Show ${noun}", which reveals them and "Hide ${noun}" folds again`, async () => {
			const { ui, open, shadow } = setup(baseStory({ spoilers: 'Season 2 finale' }), { prefs: allHidden });
			open();
			const show = ui.getByRole('button', { name: `Show ${noun}` });
			expect(show.getAttribute('aria-expanded')).toBe('false');
			const region = shadow.getElementById(show.getAttribute('aria-controls')!)!;
			// Folded, not dropped: the content is there, hidden.
			expect(region.hidden).toBe(true);
			expect(region.textContent).toContain(content);
			fireEvent.click(show);
			expect(region.hidden).toBe(false);
			// (Checked on the element: jsdom keeps a stale computed style for shadow-tree elements.)
			expect(region.getAttribute('role')).toBe('region');
			expect(region.getAttribute('aria-label')).toBe(regionName);
			const hide = ui.getByRole('button', { name: `Hide ${noun}` });
			expect(hide.getAttribute('aria-expanded')).toBe('true');
			await waitFor(() => expect(shadow.querySelector('[aria-live="polite"]')?.textContent).toMatch(/ shown\.$/));
			fireEvent.click(hide);
			expect(region.hidden).toBe(true);
			expect(ui.getByRole('button', { name: `Show ${noun}` })).toBeTruthy();
		});
	}

	it('folds the work notes, chapter notes and end notes, one click away each', () => {
		const { ui, open, shadow } = setup(baseStory(), { prefs: allHidden });
		open();
		const showNotes = ui.getAllByRole('button', { name: 'Show notes' });
		expect(showNotes).toHaveLength(2); // work notes, chapter 1 notes
		const showEndNotes = ui.getAllByRole('button', { name: 'Show end notes' });
		expect(showEndNotes).toHaveLength(2); // chapter 1 end notes, work end notes
		expect(shadow.textContent).toContain('Written for a rainy week.');
		fireEvent.click(showNotes[0]!);
		expect(ui.getByRole('region', { name: "Author's notes" }).textContent).toContain('Written for a rainy week.');
		expect(ui.getByRole('button', { name: 'Hide notes' })).toBeTruthy();
	});

	it('follows a change of the "hide by default" preference made while open', async () => {
		const { ui, open, host } = setup(baseStory());
		open();
		expect(ui.queryByRole('button', { name: 'Show warnings' })).toBeNull();
		host.changePrefsElsewhere({ hideWarnings: true });
		await waitFor(() => expect(ui.getByRole('button', { name: 'Show warnings' })).toBeTruthy());
	});

	it('says when the archive hid the warnings, and fetches them once, only when asked', async () => {
		const story = baseStory({ warnings: [], warningsHiddenBySite: true });
		const { ui, open, host } = setup(story, { hidden: { warnings: ['Rape/Non-Con', 'Underage'] } });
		open();
		await settle();
		expect(ui.getByText('The archive hid the warnings for this work.')).toBeTruthy();
		expect(host.calls.revealHidden).toEqual([]);
		fireEvent.click(ui.getByRole('button', { name: 'Show warnings' }));
		await waitFor(() => expect(ui.getByRole('region', { name: 'Warnings' }).textContent).toContain('Underage'));
		expect(ui.getByRole('button', { name: 'Hide warnings' }).getAttribute('aria-expanded')).toBe('true');
		fireEvent.click(ui.getByRole('button', { name: 'Hide warnings' }));
		await waitFor(() => expect(ui.getByRole('button', { name: 'Show warnings' })).toBeTruthy());
		fireEvent.click(ui.getByRole('button', { name: 'Show warnings' }));
		await waitFor(() => expect(ui.getByRole('button', { name: 'Hide warnings' })).toBeTruthy());
		expect(host.calls.revealHidden).toEqual(['warnings']);
	});

	it('offers the tags the archive hid the same way', async () => {
		const story = baseStory({ tags: [], tagsHiddenBySite: true });
		const { ui, open, host } = setup(story, { hidden: { tags: ['Cosy', 'Tea'] } });
		open();
		expect(ui.getByText('The archive hid the additional tags for this work.')).toBeTruthy();
		fireEvent.click(ui.getByRole('button', { name: 'Show tags' }));
		await waitFor(() => expect(ui.getByRole('region', { name: 'Additional tags' }).textContent).toContain('Cosy'));
		expect(host.calls.revealHidden).toEqual(['tags']);
	});

	it('says so when the hidden warnings cannot be fetched, and lets the reader try again', async () => {
		const { ui, open, host } = setup(baseStory({ warnings: [], warningsHiddenBySite: true }));
		let attempts = 0;
		host.revealHidden = async () => {
			attempts++;
			if (attempts === 1) throw new Error('offline');
			return ['No Archive Warnings Apply'];
		};
		open();
		fireEvent.click(ui.getByRole('button', { name: 'Show warnings' }));
		await waitFor(() => expect(ui.getByText(/Could not load them/)).toBeTruthy());
		fireEvent.click(ui.getByRole('button', { name: 'Show warnings' }));
		await waitFor(() => expect(ui.getByRole('region', { name: 'Warnings' }).textContent).toContain('No Archive Warnings Apply'));
	});
});
