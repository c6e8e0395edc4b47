import { useLayoutEffect, useRef } from 'preact/hooks';
import { chapterWords } from '../../core/lazy-chapter.js';
import type { Chapter } from '../../core/types.js';
import type { ChapterFill } from '../chapter-fill.js';
import { PENDING_ATTRIBUTE, useChapterRead } from '../hooks/use-chapter-fill.js';
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
	/** Reads chapters as they are needed; null when every chapter is read already. */
	fill: ChapterFill | null;
}

/** The class of the element holding a chapter's sanitised text: the ReaderView's chapter root. */
export const TEXT_CLASS = 'quire-text';

/** Paragraphs of a chapter, for its estimated height (its real one replaces it once shown): about fifty words each. */
const WORDS_PER_PARAGRAPH = 50;

/**
 * One chapter: title, summary and notes set apart, then the text. The text is
 * the core's sanitised HTML, rendered as is. Off-screen chapters skip
 * rendering (`content-visibility: auto`) with an estimated size, and a
 * chapter not read yet (chapter-fill.ts) holds its estimated place with its
 * title only, so a long entire-work page opens fast.
 */
export function ChapterView({ chapter, position, showTitle, prefs, fill }: ChapterViewProps) {
	const textRef = useRef<HTMLDivElement>(null);
	const titleId = `quire-chapter-${position}`;
	const read = useChapterRead(fill, position);
	const html = read ? chapter.html : null;

	useLayoutEffect(() => {
		// Spoiler blocks stay folded until the reader opens them, whatever the author's default.
		for (const details of Array.from(textRef.current?.querySelectorAll('details[open]') ?? [])) details.removeAttribute('open');
	}, [html]);

	const words = chapterWords(chapter);
	const height = estimatedChapterHeight(words, Math.ceil(words / WORDS_PER_PARAGRAPH), prefs);
	const heading = showTitle && (
		<h2 class="quire-chapter-title" id={titleId} tabIndex={-1}>
			{chapterLabel(chapter)}
		</h2>
	);
	const labels = { 'aria-labelledby': showTitle ? titleId : undefined, 'aria-label': showTitle ? undefined : chapterLabel(chapter) };
	if (!read) {
		return (
			<section
				class="quire-chapter"
				{...{ [CHAPTER_ATTRIBUTE]: String(position), [PENDING_ATTRIBUTE]: String(position) }}
				data-chapter-index={chapter.index}
				aria-busy="true"
				{...labels}
				style={{ containIntrinsicSize: `auto ${height}px` }}
			>
				{heading}
				<div class="quire-text-pending" style={{ minHeight: `${height}px` }} />
			</section>
		);
	}
	return (
		<section
			class="quire-chapter"
			{...{ [CHAPTER_ATTRIBUTE]: String(position) }}
			data-chapter-index={chapter.index}
			{...labels}
			style={{ containIntrinsicSize: `auto ${height}px` }}
		>
			{heading}
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
			<div class={`${TEXT_CLASS} ${PROSE_CLASS}`} ref={textRef} dangerouslySetInnerHTML={{ __html: html ?? '' }} />
			{chapter.endNotesHtml && (
				<aside class="quire-chapter-aside quire-end" aria-label="Chapter end notes">
					<h3>End notes</h3>
					<NotesFold html={chapter.endNotesHtml} prefs={prefs} noun="end notes" />
				</aside>
			)}
		</section>
	);
}
