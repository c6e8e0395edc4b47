import type { ChapterRef, Story } from '../../core/types.js';
import { chapterLabel, isOnPage, tableOfContents } from '../navigation.js';

interface TableOfContentsProps {
	story: Story;
	/** 1-based index of the chapter being read. */
	currentIndex: number;
	/** Jump to a chapter on this page. */
	onScrollTo(chapterIndex: number): void;
	/** Follow the site's link to a chapter on another page. */
	onGoTo(url: string): void;
}

/**
 * Every chapter the site lists (or the chapters on the page): those on this
 * page scroll, the others are the site's own links, so they can also be
 * opened in a new tab.
 */
export function TableOfContents({ story, currentIndex, onScrollTo, onGoTo }: TableOfContentsProps) {
	const entries = tableOfContents(story);
	if (entries.length === 0) return <p>This story lists no chapters.</p>;
	return (
		<ol class="quire-toc">
			{entries.map((ref: ChapterRef) => {
				const current = ref.index === currentIndex ? 'true' : undefined;
				const label = chapterLabel(ref);
				if (isOnPage(story, ref.index)) {
					return (
						<li key={ref.index}>
							<button type="button" aria-current={current} onClick={() => onScrollTo(ref.index)}>
								{label}
							</button>
						</li>
					);
				}
				if (!ref.url) return <li key={ref.index}><span>{label}</span></li>;
				const url = ref.url;
				return (
					<li key={ref.index}>
						<a
							href={url}
							class="quire-toc-elsewhere"
							aria-current={current}
							onClick={(event) => {
								if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
								event.preventDefault();
								onGoTo(url);
							}}
						>
							{label}
						</a>
					</li>
				);
			})}
		</ol>
	);
}
