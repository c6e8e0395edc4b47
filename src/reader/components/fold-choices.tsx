import { chapterHasNotes } from '../../core/lazy-chapter.js';
import type { Story } from '../../core/types.js';
import type { Prefs } from '../prefs.js';

type FoldPref = 'hideWarnings' | 'hideTags' | 'hideSpoilers' | 'hideNotes';

const CHOICES: readonly { pref: FoldPref; noun: string; present(story: Story): boolean }[] = [
	{ pref: 'hideWarnings', noun: 'warnings', present: (story) => story.warnings.length > 0 },
	{ pref: 'hideTags', noun: 'tags', present: (story) => story.tags.length > 0 },
	{ pref: 'hideSpoilers', noun: 'spoilers', present: (story) => story.spoilers !== null },
	{
		pref: 'hideNotes',
		noun: 'notes',
		present: (story) => Boolean(story.notesHtml || story.endNotesHtml || story.chapters.some(chapterHasNotes)),
	},
];

interface FoldChoicesProps {
	story: Story;
	prefs: Prefs;
	onChange(patch: Partial<Prefs>): void;
}

/**
 * "Always fold warnings / tags / spoilers / notes", in the header card where
 * those are: the same preferences as the settings panel and the options page,
 * offered only for what this story has.
 */
export function FoldChoices({ story, prefs, onChange }: FoldChoicesProps) {
	const offered = CHOICES.filter((choice) => choice.present(story));
	if (offered.length === 0) return null;
	return (
		<fieldset class="quire-fold-choices">
			<legend>Always fold</legend>
			{offered.map(({ pref, noun }) => (
				<label key={pref} class="quire-fold-choice">
					<input type="checkbox" checked={prefs[pref]} onChange={(event) => onChange({ [pref]: event.currentTarget.checked })} />
					<span class="quire-visually-hidden">Always fold</span> {noun}
				</label>
			))}
		</fieldset>
	);
}
