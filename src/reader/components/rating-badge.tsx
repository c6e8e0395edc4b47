import { ratingLevel } from '../../core/rating.js';
import type { Story } from '../../core/types.js';

const RATING_NAMES: Record<Story['ratingLevel'], string> = {
	general: 'General',
	teen: 'Teen',
	mature: 'Mature',
	explicit: 'Explicit',
	unknown: 'Not rated',
};

/** Longer than this, a rating is a sentence ("PG-13, for some mild language…"), not a badge. */
const MAX_BADGE = 24;
/** Where a rating's own name ends and the author's explanation begins. */
const EXPLANATION = /\s*(?:[,;:(]|\s[-–—]\s|\s(?:for|because|due to|just in case)\s)\s*/i;

export interface RatingParts {
	/** Short enough for a pill; null when the rating has no name Quire can shorten it to. */
	badge: string | null;
	/** The rest of what the story says, shown beside the badge; null when the badge says it all. */
	note: string | null;
}

/** Splits a long rating into a short badge and the words that follow it, so nothing is lost. */
export function ratingParts(rating: string | null, level: Story['ratingLevel']): RatingParts {
	const text = (rating ?? '').replace(/\s+/g, ' ').trim();
	if (text === '') return { badge: RATING_NAMES[level], note: null };
	if (text.length <= MAX_BADGE) return { badge: text, note: null };
	const cut = EXPLANATION.exec(text);
	const head = cut ? text.slice(0, cut.index).trim() : '';
	// The words before the explanation are the rating itself ("PG-13", "T") when they read as one.
	if (cut && head !== '' && head.length <= MAX_BADGE && ratingLevel(head) !== 'unknown') {
		const rest = text.slice(cut.index).replace(/^[\s,;:\-–—]+/, '').replace(/^\((.*)\)$/, '$1');
		return { badge: head, note: rest === '' ? null : rest };
	}
	return { badge: level === 'unknown' ? null : RATING_NAMES[level], note: text };
}

export function RatingBadge({ story }: { story: Story }) {
	const { badge, note } = ratingParts(story.rating, story.ratingLevel);
	return (
		<span class="quire-rating">
			{badge && <span class={`quire-badge quire-badge-${story.ratingLevel}`}>{badge}</span>}
			{note && <span class="quire-rating-note">{note}</span>}
		</span>
	);
}
