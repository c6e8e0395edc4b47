import type { Story } from '../../core/types.js';
import { chapterLabel, tableOfContents } from '../navigation.js';

interface NotTheTextProps {
	story: Story;
	siteName: string;
	onGoTo(url: string): void;
}

const GATE_REASONS: Record<NonNullable<Story['gate']>['reason'], string> = {
	adult: 'The archive asks readers to confirm they want to see adult content before it shows this story.',
	login: 'The archive shows this story only to readers who are signed in.',
	age: 'The archive asks for an age check before it shows this story.',
	unrevealed: 'The archive has not revealed this story yet.',
};

function SiteLink({ url, children, onGoTo }: { url: string; children: string; onGoTo(url: string): void }) {
	return (
		<a
			class="quire-gate-link"
			href={url}
			onClick={(event) => {
				if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
				event.preventDefault();
				onGoTo(url);
			}}
		>
			{children}
		</a>
	);
}

/**
 * What the reader shows on a page that is about a story but does not hold its
 * text: a gate in front of it, or its chapter index. It says so plainly and
 * offers the site's own way on; it never pretends to be the story.
 */
export function NotTheText({ story, siteName, onGoTo }: NotTheTextProps) {
	if (story.kind === 'gate') {
		return (
			<section class="quire-gate" aria-labelledby="quire-gate-title">
				<h2 id="quire-gate-title">The story text is not on this page</h2>
				<p>{story.gate ? GATE_REASONS[story.gate.reason] : 'The archive shows a notice in front of this story.'}</p>
				{story.gate?.message && (
					<figure>
						<figcaption>{siteName} says:</figcaption>
						<blockquote>{story.gate.message}</blockquote>
					</figure>
				)}
				{story.gate?.continueUrl && (
					<SiteLink url={story.gate.continueUrl} onGoTo={onGoTo}>{`Continue to the story on ${siteName}`}</SiteLink>
				)}
			</section>
		);
	}
	if (story.kind === 'index') {
		const chapters = tableOfContents(story);
		const first = chapters.find((chapter) => chapter.url);
		return (
			<section class="quire-gate" aria-labelledby="quire-gate-title">
				<h2 id="quire-gate-title">This is the story's chapter index</h2>
				<p>The text is on the chapter pages.</p>
				{first?.url && <SiteLink url={first.url} onGoTo={onGoTo}>Start reading</SiteLink>}
				{chapters.length > 0 && (
					<ol class="quire-toc">
						{chapters.map((chapter) => (
							<li key={chapter.index}>
								{chapter.url ? <SiteLink url={chapter.url} onGoTo={onGoTo}>{chapterLabel(chapter)}</SiteLink> : chapterLabel(chapter)}
							</li>
						))}
					</ol>
				)}
			</section>
		);
	}
	return (
		<section class="quire-gate" aria-labelledby="quire-gate-title">
			<h2 id="quire-gate-title">No story found on this page</h2>
			<p>Quire found no story text here.</p>
		</section>
	);
}
