import { act, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { endsWithLastChapter } from '../../src/reader/components/story-status.js';
import { baseStory, singleChapterStory } from './sample-stories.js';
import { cleanupMounts, settle, setup } from './helpers.js';

afterEach(cleanupMounts);

function lastChapterPage() {
	const story = singleChapterStory();
	return singleChapterStory({ chapters: [{ ...story.chapters[0]!, index: 5, id: '9005' }], nextChapterUrl: null });
}

describe('the status in the header card', () => {
	it('shows the library status and sets it', async () => {
		const { ui, open, host } = setup(baseStory(), { statuses: { 'ao3:4242': 'reading' } });
		open();
		await settle();
		const select = ui.getByRole('combobox', { name: 'In your library' }) as HTMLSelectElement;
		expect(select.value).toBe('reading');
		expect(Array.from(select.options).map((option) => option.text)).toEqual(['Reading', 'Finished', 'Plan to read', 'Dropped']);
		fireEvent.change(select, { target: { value: 'plan' } });
		await settle();
		expect(await host.library?.status('ao3:4242')).toBe('plan');
	});

	it('follows a change made elsewhere (the library page)', async () => {
		const { ui, open, host } = setup(baseStory(), { statuses: { 'ao3:4242': 'reading' } });
		open();
		await settle();
		await act(() => host.library!.setStatus('ao3:4242', 'dropped'));
		expect((ui.getByRole('combobox', { name: 'In your library' }) as HTMLSelectElement).value).toBe('dropped');
	});

	it('is not there without a library, and keeps its room unseen until the story is in it', async () => {
		const plain = setup(baseStory());
		plain.open();
		await settle();
		expect(plain.shadow.querySelector('.quire-status')).toBeNull();
		cleanupMounts();
		const early = setup(baseStory(), { statuses: {} });
		early.open();
		await settle();
		const line = early.shadow.querySelector<HTMLElement>('.quire-status')!;
		expect(line.style.visibility).toBe('hidden');
		expect(early.shadow.querySelector('.quire-status select')?.hasAttribute('disabled')).toBe(true);
		await act(() => early.host.library!.setStatus('ao3:4242', 'reading'));
		expect(line.style.visibility).toBe('');
		expect((early.ui.getByRole('combobox', { name: 'In your library' }) as HTMLSelectElement).disabled).toBe(false);
	});
});

describe('"Mark finished" at the end of the last chapter', () => {
	it('is offered below the whole work, marks it finished, and then says so', async () => {
		const { ui, open, host } = setup(baseStory(), { statuses: { 'ao3:4242': 'reading' } });
		open();
		await settle();
		fireEvent.click(ui.getByRole('button', { name: 'Mark finished' }));
		await settle();
		expect(await host.library?.status('ao3:4242')).toBe('finished');
		expect(ui.getByText('Marked finished in your library.')).toBeTruthy();
		expect((ui.getByRole('combobox', { name: 'In your library' }) as HTMLSelectElement).value).toBe('finished');
	});

	it('is offered on the last chapter\'s own page, not on earlier ones', async () => {
		expect(endsWithLastChapter(lastChapterPage())).toBe(true);
		expect(endsWithLastChapter(singleChapterStory())).toBe(false);
		const { ui, open } = setup(singleChapterStory(), { statuses: { 'ao3:4242': 'reading' } });
		open();
		await settle();
		expect(ui.queryByRole('button', { name: 'Mark finished' })).toBeNull();
		cleanupMounts();
		const last = setup(lastChapterPage(), { statuses: { 'ao3:4242': 'reading' } });
		last.open();
		await settle();
		expect(last.ui.getByRole('button', { name: 'Mark finished' })).toBeTruthy();
	});
});
