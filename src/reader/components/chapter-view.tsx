import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Chapter } from '../../core/types.js';
import { CHAPTER_ATTRIBUTE } from '../hooks/use-scroll-position.js';
import { chapterLabel } from '../navigation.js';
import type { Prefs } from '../prefs.js';
import { estimatedChapterHeight } from '../text-style.js';
import { NotesFold, PROSE_CLASS } from './story-header.js';

interface ChapterViewProps {
	chapter: Chapter;
	/** Position in `story.chapters`. */
	position: number;
	showTitle: boolean;
	prefs: Prefs;
}

/** The class of the element holding a chapter's sanitised text: the ReaderView's chapter root. */
export const TEXT_CLASS = 'quire-text';

function paragraphCount(text: string): number {
	return text.split(/\n\s*\n/).length;
}

/**
 * One chapter: title, summary and notes set apart, then the text. The text is
 * the core's sanitised HTML, rendered as is. Off-screen chapters skip
 * rendering (`content-visibility: auto`) with an estimated size, so a long
 * entire-work page opens fast.
 */
export function ChapterView({ chapter, position, showTitle, prefs }: ChapterViewProps) {
	const textRef = useRef<HTMLDivElement>(null);
	const titleId = `quire-chapter-${position}`;

	useLayoutEffect(() => {
		// Spoiler blocks stay folded until the reader opens them, whatever the author's default.
		for (const details of Array.from(textRef.current?.querySelectorAll('details[open]') ?? [])) details.removeAttribute('open');
	}, [chapter.html]);

	const height = estimatedChapterHeight(chapter.words, paragraphCount(chapter.text), prefs);
	return (
		<section
			class="quire-chapter"
			{...{ [CHAPTER_ATTRIBUTE]: String(position) }}
			data-chapter-index={chapter.index}
			aria-labelledby={showTitle ? titleId : undefined}
			aria-label={showTitle ? undefined : chapterLabel(chapter)}
			style={{ containIntrinsicSize: `auto ${height}px` }}
		>
			{showTitle && (
				<h2 class="quire-chapter-title" id={titleId} tabIndex={-1}>
					{chapterLabel(chapter)}
				</h2>
			)}
			{chapter.summaryHtml && (
				<aside class="quire-chapter-aside" aria-label="Chapter summary">
					<h3>Chapter summary</h3>
					<div class={PROSE_CLASS} dangerouslySetInnerHTML={{ __html: chapter.summaryHtml }} />
				</aside>
			)}
			{chapter.notesHtml && (
				<aside class="quire-chapter-aside" aria-label="Chapter notes">
					<h3>Chapter notes</h3>
					<NotesFold html={chapter.notesHtml} prefs={prefs} noun="notes" />
				</aside>
			)}
			<div class={`${TEXT_CLASS} ${PROSE_CLASS}`} ref={textRef} dangerouslySetInnerHTML={{ __html: chapter.html }} />
			{chapter.endNotesHtml && (
				<aside class="quire-chapter-aside quire-end" aria-label="Chapter end notes">
					<h3>End notes</h3>
					<NotesFold html={chapter.endNotesHtml} prefs={prefs} noun="end notes" />
				</aside>
			)}
		</section>
	);
}
