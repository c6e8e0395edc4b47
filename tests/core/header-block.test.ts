import { describe, expect, test } from 'vitest';
import { countHeaderBlocks, parseHeaderBlock } from '../../src/core/header-block.js';

describe('story header blocks', () => {
	test('keys in any case, "Key :" spacing, upper case', () => {
		const h = parseHeaderBlock(['TITLE: Prelude', 'Author : Helen', 'RATING: PG', 'The story starts here and goes on for a while.']);
		expect(h).toMatchObject({ title: 'Prelude', authors: ['Helen'], rating: 'PG', paragraphs: [0, 1, 2] });
	});

	test('several keys on one line', () => {
		const h = parseHeaderBlock(['Title: Shield\nClassification: XA Rating: R Archive: Anywhere, but let us know, please!\nSpoilers: season 7 Warning: angst', 'Text.']);
		expect(h?.rating).toBe('R');
		expect(h?.categories).toEqual(['XA']);
		expect(h?.spoilers).toBe('season 7');
		expect(h?.warnings).toEqual(['angst']);
		expect(h?.extraFields).toContainEqual({ key: 'Archive', value: 'Anywhere, but let us know, please!' });
	});

	test('combined keys, By line and title line around the block', () => {
		const h = parseHeaderBlock(['Four Seasons', 'By Jessie', 'Rating: PG-13, for language and mature themes', 'Spoilers/Warnings/AN: none really', 'Content/Warnings: violence', 'By Jessie', 'Text starts.']);
		expect(h).toMatchObject({ title: 'Four Seasons', authors: ['Jessie'], rating: 'PG-13, for language and mature themes' });
		expect(h?.warnings).toEqual(['none really', 'violence']);
		expect(h?.paragraphs).toEqual([0, 1, 2, 3, 4, 5]);
	});

	test('series with part number, word count, Russian keys', () => {
		expect(parseHeaderBlock(['Title: Shiver', 'Series: Part 2 of the Shiver trilogy. Read Part 1 first.', 'Word count: 45,500'])).toMatchObject({ series: [{ title: 'Shiver', part: 2 }], words: 45500 });
		expect(parseHeaderBlock(['Название: Зима', 'Автор: Лиса', 'Рейтинг: PG-13'])).toMatchObject({ title: 'Зима', authors: ['Лиса'], rating: 'PG-13' });
	});

	test('an address after the author name is not part of it, wrapped lines join, separator lines are not values', () => {
		const h = parseHeaderBlock([
			'Title: Winter\nAuthor: Jess Corrigan <jess@example.net>\nRating: PG\nSummary: The harbour froze over and the cutter\n  is locked in the ice.\nNotes: For the ficathon.\n----------------------------------------',
			'It was cold.',
		]);
		expect(h?.authors).toEqual(['Jess Corrigan']);
		expect(h?.summary).toBe('The harbour froze over and the cutter is locked in the ice.');
		// Notes are the story's notes (folded in the reader), not a header field.
		expect(h?.notes).toBe('For the ficathon.');
		expect(h?.extraFields.map((f) => f.key)).not.toContain('Notes');
	});

	test('prose with colons is not a header', () => {
		expect(parseHeaderBlock(['He said: come here.', 'Later: nothing happened, and the morning came.'])).toBeNull();
		expect(parseHeaderBlock(['Title: Only one key', 'Then prose.'])).toBeNull();
	});

	test('rec posts and index pages hold several blocks; a story holds one', () => {
		const rec = ['Fic Title: A\nAuthor: x\nRating: G\nLink: http://a', 'Fic Title: B\nAuthor: y\nRating: R\nLink: http://b'];
		expect(countHeaderBlocks(rec)).toEqual({ blocks: 2, recKeys: 2 });
		expect(countHeaderBlocks(['Title: A', 'Author: x', 'Rating: G', 'Story text.'])).toEqual({ blocks: 1, recKeys: 0 });
	});
});
