import type { Story } from '../../core/types.js';
import type { ChapterFill } from '../chapter-fill.js';
import type { ReaderHost } from '../host.js';
import type { Prefs } from '../prefs.js';
import { ChapterView } from './chapter-view.js';
import { NotTheText } from './not-the-text.js';
import { NotesFold, StoryHeader } from './story-header.js';

interface StoryTextProps {
	story: Story;
	prefs: Prefs;
	host: ReaderHost;
	/** Id for the story's title, which names the text region. */
	titleId: string;
	onChangePrefs(patch: Partial<Prefs>): void;
	/** Reads the chapters as they are needed (null: all are read). */
	fill: ChapterFill | null;
}

/** Chapter titles are worth showing when there is more than one chapter, or the one has a name. */
export function showsChapterTitles(story: Story): boolean {
	return story.chapters.length > 1 || story.chapterList.length > 1 || story.chapters.some((chapter) => chapter.title);
}

/**
 * Everything in the scroller before the way on: the header card, the
 * chapters (or what the page holds instead), and the work's end notes.
 */
export function StoryText({ story, prefs, host, titleId, onChangePrefs, fill }: StoryTextProps) {
	return (
		<>
			<StoryHeader story={story} prefs={prefs} titleId={titleId} onChangePrefs={onChangePrefs} />
			{story.kind === 'story' && story.chapters.length > 0 ? (
				story.chapters.map((chapter, i) => (
					<ChapterView key={chapter.index} chapter={chapter} position={i} showTitle={showsChapterTitles(story)} prefs={prefs} fill={fill} />
				))
			) : (
				<NotTheText story={story} siteName={host.siteName} onGoTo={(url) => host.goToUrl(url)} />
			)}
			{story.endNotesHtml && (
				<aside class="quire-chapter-aside quire-end" aria-label="End notes">
					<h3>End notes</h3>
					<NotesFold html={story.endNotesHtml} prefs={prefs} noun="end notes" />
				</aside>
			)}
		</>
	);
}
