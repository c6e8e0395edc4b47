import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepStory } from '../../src/content/keep-story.js';
import { createLibrary } from '../../src/storage/library.js';
import { createPositionStore } from '../../src/storage/positions.js';
import { COPY_MESSAGES } from '../../src/storage/saved-copies.js';
import { baseStory } from '../reader/sample-stories.js';
import { fakeAreas } from '../storage/fake-storage.js';

const opened: { dispose(): void }[] = [];
afterEach(() => {
	for (const store of opened.splice(0)) store.dispose();
});

function library() {
	const areas = fakeAreas();
	const positions = createPositionStore({ areas });
	opened.push(positions);
	return createLibrary({ areas, positions });
}

describe('keeping a story the reader opened', () => {
	it('adds it to the library and sends the chapters on screen for a copy', async () => {
		const lib = library();
		const send = vi.fn(async () => ({ status: 'saved' as const }));
		await keepStory(baseStory(), lib, send);
		expect(send).toHaveBeenCalledWith(baseStory());
		expect(await lib.get('ao3:4242')).toMatchObject({ title: 'The Lighthouse Keeper’s Ledger', status: 'reading', copyProblem: null });
	});

	it('notes in the library why a copy failed (no room left), and clears the note once a copy is saved', async () => {
		const lib = library();
		await keepStory(baseStory(), lib, async () => ({ status: 'failed', message: COPY_MESSAGES.quota }));
		expect((await lib.get('ao3:4242'))?.copyProblem).toBe(COPY_MESSAGES.quota);
		await keepStory(baseStory(), lib, async () => ({ status: 'off' }));
		expect((await lib.get('ao3:4242'))?.copyProblem).toBe(COPY_MESSAGES.quota);
		await keepStory(baseStory(), lib, async () => ({ status: 'saved' }));
		expect((await lib.get('ao3:4242'))?.copyProblem).toBeNull();
	});

	it('notes a copy that could not even be sent', async () => {
		const lib = library();
		await keepStory(baseStory(), lib, async () => {
			throw new Error('Message length exceeded maximum allowed length.');
		});
		expect((await lib.get('ao3:4242'))?.copyProblem).toMatch(/could not keep a copy of this page \(Message length exceeded/);
	});

	it('sends nothing for a page that is not a story', async () => {
		const send = vi.fn(async () => ({ status: 'saved' as const }));
		await keepStory(baseStory({ kind: 'gate', chapters: [] }), library(), send);
		expect(send).not.toHaveBeenCalled();
	});
});
