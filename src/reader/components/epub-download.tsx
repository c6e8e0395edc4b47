import { useRef, useState } from 'preact/hooks';
import type { Story } from '../../core/types.js';
import { buildEpub, epubFileName } from '../../epub/epub.js';
import { EPUB_MEDIA_TYPE } from '../../epub/zip.js';
import { useReader } from '../context.js';
import { saveFile } from '../save-file.js';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'sent'; name: string } | { kind: 'failed' };

/** What the book will hold, said before the reader asks for it. */
function contents(story: Story): string {
	const count = story.chapters.length;
	const posted = Math.max(story.stats.chapters ?? 0, story.chapterList.length);
	if (posted > count) {
		const which = count === 1 ? `chapter ${story.chapters[0]?.index ?? 1}` : `the ${count} chapters`;
		return `An e-book of ${which} on this page, of ${posted} posted.`;
	}
	return count === 1 ? 'An e-book of this story.' : `An e-book of all ${count} chapters.`;
}

function hint(state: State, story: Story): string {
	switch (state.kind) {
		case 'working': return 'Making the EPUB…';
		case 'sent': return `Downloading “${state.name}”.`;
		case 'failed': return 'The EPUB could not be made from this page.';
		default: return contents(story);
	}
}

/** "Download EPUB": the story on screen as an EPUB 3 file, made here, from what the page shows. */
export function EpubDownload() {
	const { story } = useReader();
	const [state, setState] = useState<State>({ kind: 'idle' });
	const button = useRef<HTMLButtonElement>(null);

	const download = (): void => {
		if (state.kind === 'working') return;
		setState({ kind: 'working' });
		// Making the book blocks for a moment on a long work: let "Making the EPUB…" show first.
		setTimeout(() => {
			const root = button.current?.getRootNode();
			try {
				const name = epubFileName(story);
				saveFile((root ?? document) as ParentNode & Node, name, buildEpub(story), EPUB_MEDIA_TYPE);
				setState({ kind: 'sent', name });
			} catch (error) {
				console.warn('[quire] could not make the EPUB:', error);
				setState({ kind: 'failed' });
			}
		}, 0);
	};

	return (
		<div class="quire-settings quire-story-actions" role="group" aria-labelledby="quire-story-actions-title">
			<div class="quire-field-label" id="quire-story-actions-title">This story</div>
			{/* Never disabled while working, so keyboard focus stays on it. */}
			<button type="button" ref={button} onClick={download} aria-disabled={state.kind === 'working'}>Download EPUB</button>
			{/* Read out when it changes: what the book holds, then that it is on its way (or why not). */}
			<p class="quire-hint" aria-live="polite">{hint(state, story)}</p>
		</div>
	);
}
