import type { Link } from '../../core/types.js';
import { useState } from 'preact/hooks';
import { useReader } from '../context.js';

/** Lists longer than this (items, or characters in all) collapse to one line. */
const MAX_ITEMS = 6;
const MAX_CHARACTERS = 110;

interface TagListProps {
	items: readonly (string | Link)[];
	/** Plural noun for the "show all" button ("relationships"). */
	noun: string;
}

function text(item: string | Link): string {
	return typeof item === 'string' ? item : item.text;
}

export function isLongList(items: readonly (string | Link)[]): boolean {
	return items.length > MAX_ITEMS || items.reduce((sum, item) => sum + text(item).length + 2, 0) > MAX_CHARACTERS;
}

/** A comma-separated list that collapses to one line, with "show all", when long. */
export function TagList({ items, noun }: TagListProps) {
	const { layout } = useReader();
	const long = isLongList(items);
	const [expanded, setExpanded] = useState(false);
	const collapsed = long && !expanded;
	return (
		<div class="quire-tags">
			<ul class={collapsed ? 'quire-tag-list quire-collapsed' : 'quire-tag-list'}>
				{items.map((item, i) => (
					<li key={i}>{typeof item !== 'string' && item.url ? <a href={item.url}>{item.text}</a> : text(item)}</li>
				))}
			</ul>
			{long && (
				<button
					type="button"
					class="quire-link-button"
					aria-expanded={expanded}
					// The name starts with the visible words, and says what the list is for screen readers.
					aria-label={`${expanded ? 'show less' : 'show all'} ${items.length} ${noun}`}
					onClick={() => layout.change(() => setExpanded(!expanded))}
				>
					{expanded ? 'show less' : 'show all'}
				</button>
			)}
		</div>
	);
}
