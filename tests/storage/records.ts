import type { PositionRecord } from '../../src/storage/position-record.js';

/** A valid version 2 record; tests override what they look at. */
export function positionRecord(overrides: Partial<PositionRecord> = {}): PositionRecord {
	return {
		storyKey: 'ao3:1001',
		site: 'ao3',
		title: 'A Long Way Home',
		author: 'quietwriter',
		chapterIndex: 4,
		chapterId: '5004',
		chapterUrl: 'https://archiveofourown.org/works/1001/chapters/5004',
		chapterCount: 12,
		paragraph: 17,
		offset: 42,
		fingerprint: 'she had never|the door behind|27|1x3k9q',
		chapterFraction: 0.37,
		workFraction: 0.29,
		updatedAt: 1_700_000_000_000,
		finished: false,
		workUrl: null,
		removed: false,
		...overrides,
	};
}
