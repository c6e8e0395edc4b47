import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { baseStory, singleChapterStory } from './sample-stories.js';
import { cleanupMounts, setup } from './helpers.js';

afterEach(cleanupMounts);

/** The definition-list value next to a label in the header card. */
function valueOf(shadow: ShadowRoot, label: string): string {
	const term = Array.from(shadow.querySelectorAll('.quire-meta dt')).find((dt) => dt.textContent === label);
	if (!term) throw new Error(`no "${label}" row`);
	return (term.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('header card', () => {
	it("shows the story's values", () => {
		const { ui, open, shadow } = setup(baseStory());
		open();
		expect(ui.getByRole('heading', { level: 1, name: 'The Lighthouse Keeper’s Ledger' })).toBeTruthy();
		expect(ui.getByRole('link', { name: 'saltwren' }).getAttribute('href')).toBe('https://archive.example/users/saltwren');
		expect(ui.getByRole('link', { name: 'Moth Ink' })).toBeTruthy();
		const badge = shadow.querySelector('.quire-badge')!;
		expect(badge.textContent).toBe('Teen And Up Audiences');
		expect(badge.classList.contains('quire-badge-teen')).toBe(true);
		expect(valueOf(shadow, 'Warnings')).toBe('Major Character DeathGraphic Depictions Of Violence');
		expect(valueOf(shadow, 'Categories')).toBe('Gen');
		expect(valueOf(shadow, 'Fandom')).toBe('Coastal Tales (Novel Series)');
		expect(valueOf(shadow, 'Relationships')).toBe('Ada Brill & Tomas Vey');
		expect(valueOf(shadow, 'Characters')).toContain('The Harbourmaster');
		expect(valueOf(shadow, 'Series')).toBe('Part 2 of Harbour Lights');
		expect(valueOf(shadow, 'Words')).toBe('12,345');
		expect(valueOf(shadow, 'Chapters')).toBe('3/?');
		expect(valueOf(shadow, 'Status')).toBe('In progress');
		expect(valueOf(shadow, 'Beta')).toBe('A patient friend');
		expect(ui.getByRole('region', { name: 'Summary' }).textContent).toContain('A keeper counts the ships that never come home.');
		expect(shadow.querySelector('.quire-summary em')?.textContent).toBe('never');
		expect(ui.getByRole('region', { name: 'Notes' }).textContent).toContain('Written for a rainy week.');
	});

	it('shows neither a rating nor a "?" total it does not know (a chapter index page)', () => {
		const story = { ...baseStory(), kind: 'index' as const, rating: null, ratingLevel: 'unknown' as const, stats: { ...baseStory().stats, chapters: 3, chaptersExpected: null, complete: null } };
		const { open, shadow } = setup(story);
		open();
		expect(Array.from(shadow.querySelectorAll('.quire-meta dt'), (dt) => dt.textContent)).not.toContain('Rating');
		expect(valueOf(shadow, 'Chapters')).toBe('3');
	});

	it('shows chapters as N/M when the total is known', () => {
		const { open, shadow } = setup(singleChapterStory());
		open();
		expect(valueOf(shadow, 'Chapters')).toBe('5/7');
	});

	it('collapses a long tag list to one line with "show all", keeping every tag', () => {
		const { ui, open, shadow } = setup(baseStory());
		open();
		const showAll = ui.getByRole('button', { name: 'show all 8 tags' });
		const list = showAll.parentElement!.querySelector('ul')!;
		expect(list.classList.contains('quire-collapsed')).toBe(true);
		expect(list.querySelectorAll('li')).toHaveLength(8);
		fireEvent.click(showAll);
		expect(list.classList.contains('quire-collapsed')).toBe(false);
		expect(ui.getByRole('button', { name: 'show less 8 tags' }).getAttribute('aria-expanded')).toBe('true');
		// Short lists have no button.
		expect(shadow.querySelectorAll('.quire-link-button')).toHaveLength(1);
	});

	it('renders chapter titles, chapter notes and end notes apart from the text, and scene breaks', () => {
		const { ui, open, shadow } = setup(baseStory());
		open();
		expect(ui.getByRole('heading', { level: 2, name: '1. The First Entry' })).toBeTruthy();
		expect(ui.getByRole('complementary', { name: 'Chapter notes' }).textContent).toContain('Chapter one note.');
		expect(ui.getByRole('complementary', { name: 'Chapter end notes' }).textContent).toContain('Chapter one end note.');
		const firstText = shadow.querySelector('.quire-text')!;
		expect(firstText.textContent).not.toContain('Chapter one note.');
		expect(firstText.querySelector('hr')).toBeTruthy();
		expect(ui.getByRole('complementary', { name: 'End notes' }).textContent).toContain('Thank you for reading');
		const section = shadow.querySelector<HTMLElement>('.quire-chapter')!;
		expect(section.style.getPropertyValue('contain-intrinsic-size')).toMatch(/^auto \d+px$/);
	});

	it('keeps spoiler blocks in the text folded until clicked', () => {
		const { open, shadow } = setup(baseStory());
		open();
		const details = shadow.querySelector('.quire-text details') as HTMLDetailsElement;
		expect(details.open).toBe(false);
		expect(details.textContent).toContain('The ship was never lost.');
	});
});
