import { Fragment, type ComponentChildren } from 'preact';
import type { Story } from '../../core/types.js';
import type { Prefs } from '../prefs.js';
import type { HiddenKind } from '../host.js';
import { Fold } from './fold.js';
import { FoldChoices } from './fold-choices.js';
import { HiddenBySite } from './hidden-by-site.js';
import { StatusPicker } from './story-status.js';
import { RatingBadge } from './rating-badge.js';
import { TagList } from './tag-list.js';

interface StoryHeaderProps {
	story: Story;
	prefs: Prefs;
	/** Id for the title, which names the dialog's text region. */
	titleId: string;
	/** Changes preferences from the card ("Always fold warnings"). */
	onChangePrefs(patch: Partial<Prefs>): void;
}

const numberFormat = new Intl.NumberFormat('en');

/** Marks the author's own (sanitised) writing: text, summaries, notes, whose links sit inline in sentences. */
export const PROSE_CLASS = 'quire-prose';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
	return (
		<>
			<dt>{label}</dt>
			<dd>{children}</dd>
		</>
	);
}

/** "3/10", "14/?" for a work in progress whose total is unknown, "3" when even that is not known. */
export function chaptersText(stats: Story['stats']): string | null {
	if (stats.chapters === null) return null;
	if (stats.chaptersExpected !== null) return `${stats.chapters}/${stats.chaptersExpected}`;
	return stats.complete === false ? `${stats.chapters}/?` : String(stats.chapters);
}

function statusText(stats: Story['stats']): string | null {
	if (stats.complete === null) return null;
	return stats.complete ? 'Complete' : 'In progress';
}

interface FoldableTagsProps {
	label: string;
	items: string[];
	/** The site hid them from this reader (AO3's preference): offer to fetch them instead. */
	hiddenBySite: boolean;
	folded: boolean;
	kind: HiddenKind;
	/** In the button names: "Show warnings", "Show tags". */
	noun: string;
	regionLabel: string;
	/** In the note: "The archive hid the additional tags…". */
	siteNoun: string;
}

/** A header row whose tags can be folded by preference, or were hidden by the site. */
function FoldableTags({ label, items, hiddenBySite, folded, kind, noun, regionLabel, siteNoun }: FoldableTagsProps) {
	if (hiddenBySite) {
		return (
			<Row label={label}>
				<HiddenBySite kind={kind} noun={siteNoun} buttonNoun={noun} />
			</Row>
		);
	}
	if (items.length === 0) return null;
	return (
		<Row label={label}>
			<Fold key={String(folded)} noun={noun} regionLabel={regionLabel} folded={folded}>
				<TagList items={items} noun={noun} />
			</Fold>
		</Row>
	);
}

function Authors({ story }: { story: Story }) {
	const links = story.authorLinks.length > 0 ? story.authorLinks : story.authors.map((text) => ({ text, url: null }));
	if (links.length === 0) return null;
	return (
		<p class="quire-byline">
			by{' '}
			{links.map((author, i) => (
				<Fragment key={i}>
					{i > 0 && (i === links.length - 1 ? ' and ' : ', ')}
					{author.url ? <a href={author.url}>{author.text}</a> : author.text}
				</Fragment>
			))}
		</p>
	);
}

/**
 * The story's header card: everything the site says about the work, with
 * warnings, tags, spoilers and notes foldable as the reader prefers.
 */
export function StoryHeader({ story, prefs, titleId, onChangePrefs }: StoryHeaderProps) {
	const { stats } = story;
	const chapters = chaptersText(stats);
	const status = statusText(stats);
	return (
		<header class="quire-card" aria-label="About this story">
			<h1 id={titleId}>{story.title ?? 'Untitled story'}</h1>
			<Authors story={story} />
			<StatusPicker />
			<dl class="quire-meta">
				{(story.rating !== null || story.ratingLevel !== 'unknown') && (
					<Row label="Rating">
						<RatingBadge story={story} />
					</Row>
				)}
				<FoldableTags label="Warnings" items={story.warnings} hiddenBySite={story.warningsHiddenBySite} folded={prefs.hideWarnings}
					kind="warnings" noun="warnings" regionLabel="Warnings" siteNoun="warnings" />
				{story.categories.length > 0 && <Row label="Categories"><TagList items={story.categories} noun="categories" /></Row>}
				{story.fandoms.length > 0 && <Row label={story.fandoms.length > 1 ? 'Fandoms' : 'Fandom'}><TagList items={story.fandoms} noun="fandoms" /></Row>}
				{story.relationships.length > 0 && <Row label="Relationships"><TagList items={story.relationships} noun="relationships" /></Row>}
				{story.characters.length > 0 && <Row label="Characters"><TagList items={story.characters} noun="characters" /></Row>}
				<FoldableTags label="Tags" items={story.tags} hiddenBySite={story.tagsHiddenBySite} folded={prefs.hideTags}
					kind="tags" noun="tags" regionLabel="Additional tags" siteNoun="additional tags" />
				{story.spoilers && (
					<Row label="Spoilers">
						<Fold key={String(prefs.hideSpoilers)} noun="spoilers" regionLabel="Spoilers" folded={prefs.hideSpoilers}>
							<span>{story.spoilers}</span>
						</Fold>
					</Row>
				)}
				{story.series.map((series, i) => (
					<Row key={`series-${i}`} label="Series">
						{series.part !== null && `Part ${series.part} of `}
						{series.url ? <a href={series.url}>{series.title}</a> : series.title}
					</Row>
				))}
				{story.collections.length > 0 && <Row label="Collections"><TagList items={story.collections} noun="collections" /></Row>}
				{story.language && <Row label="Language">{story.language}</Row>}
				{stats.words !== null && <Row label="Words">{numberFormat.format(stats.words)}</Row>}
				{chapters && <Row label="Chapters">{chapters}</Row>}
				{status && <Row label="Status">{status}</Row>}
				{stats.published && <Row label="Published">{stats.published}</Row>}
				{stats.updated && <Row label={stats.complete ? 'Completed' : 'Updated'}>{stats.updated}</Row>}
				{story.extraFields.map((field, i) => (
					<Row key={`extra-${i}`} label={field.key}>{field.value}</Row>
				))}
			</dl>
			{(story.summaryHtml || story.summary) && (
				<section class="quire-summary" aria-label="Summary">
					<h2>Summary</h2>
					{story.summaryHtml ? <div class={PROSE_CLASS} dangerouslySetInnerHTML={{ __html: story.summaryHtml }} /> : <p>{story.summary}</p>}
				</section>
			)}
			{story.notesHtml && (
				<section class="quire-notes" aria-label="Notes">
					<h2>Notes</h2>
					<NotesFold html={story.notesHtml} prefs={prefs} noun="notes" />
				</section>
			)}
			<FoldChoices story={story} prefs={prefs} onChange={onChangePrefs} />
		</header>
	);
}

/** Author's notes (sanitised HTML) folded when the reader hides notes by default. */
export function NotesFold({ html, prefs, noun }: { html: string; prefs: Prefs; noun: 'notes' | 'end notes' }) {
	return (
		<Fold key={String(prefs.hideNotes)} noun={noun} regionLabel={noun === 'notes' ? "Author's notes" : 'End notes'} folded={prefs.hideNotes}>
			<div class={PROSE_CLASS} dangerouslySetInnerHTML={{ __html: html }} />
		</Fold>
	);
}
