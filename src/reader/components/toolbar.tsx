import type { Ref } from 'preact';
import { formatMinutes, type ReadingProgress } from '../reading-progress.js';
import { CloseIcon, KeyboardIcon, ListIcon, NextIcon, PreviousIcon, SettingsIcon } from './icons.js';

export type PanelName = 'toc' | 'settings';

interface ToolbarProps {
	chapterLabel: string | null;
	progress: ReadingProgress;
	/** Show the work bar and time left in the work (more than one chapter). */
	multiChapter: boolean;
	openPanel: PanelName | null;
	canGoPrevious: boolean;
	canGoNext: boolean;
	onTogglePanel(panel: PanelName): void;
	onPrevious(): void;
	onNext(): void;
	onShowKeys(): void;
	onClose(): void;
	/** Keyboard focus reached the toolbar (it may have slid away on a phone). */
	onFocusIn(): void;
	tocButton: Ref<HTMLButtonElement>;
	settingsButton: Ref<HTMLButtonElement>;
	keysButton: Ref<HTMLButtonElement>;
}

function percent(fraction: number): number {
	return Math.round(fraction * 100);
}

function timeLeft(progress: ReadingProgress, multiChapter: boolean): string | null {
	const parts: string[] = [];
	if (progress.minutesLeftInChapter !== null) {
		parts.push(`${formatMinutes(progress.minutesLeftInChapter)} left${multiChapter ? ' in chapter' : ''}`);
	}
	if (multiChapter && progress.minutesLeftInWork !== null) parts.push(`${formatMinutes(progress.minutesLeftInWork)} in work`);
	return parts.length > 0 ? parts.join(' · ') : null;
}

/** The reader's top bar: chapter navigation, where the reader is, and the panels. */
export function Toolbar(props: ToolbarProps) {
	const { progress, multiChapter, openPanel } = props;
	const left = timeLeft(progress, multiChapter);
	return (
		<div class="quire-toolbar" onFocusIn={props.onFocusIn}>
			<div class="quire-toolbar-group">
				<button type="button" class="quire-tool" aria-expanded={openPanel === 'toc'} ref={props.tocButton} onClick={() => props.onTogglePanel('toc')}>
					<ListIcon />
					<span class="quire-tool-label">Table of contents</span>
				</button>
				<button type="button" class="quire-tool" disabled={!props.canGoPrevious} onClick={props.onPrevious}>
					<PreviousIcon />
					<span class="quire-tool-label">Previous chapter</span>
				</button>
				<button type="button" class="quire-tool" disabled={!props.canGoNext} onClick={props.onNext}>
					<span class="quire-tool-label">Next chapter</span>
					<NextIcon />
				</button>
			</div>
			<div class="quire-toolbar-middle">
				{props.chapterLabel && <span class="quire-toolbar-chapter">{props.chapterLabel}</span>}
				{left && <span class="quire-time-left">{left}</span>}
			</div>
			<div class="quire-toolbar-group">
				<button type="button" class="quire-tool" aria-expanded={openPanel === 'settings'} ref={props.settingsButton} onClick={() => props.onTogglePanel('settings')}>
					<SettingsIcon />
					<span class="quire-tool-label">Reader settings</span>
				</button>
				<button type="button" class="quire-tool quire-keys-button" ref={props.keysButton} onClick={props.onShowKeys}>
					<KeyboardIcon />
					<span class="quire-visually-hidden">Keyboard shortcuts</span>
				</button>
				<button type="button" class="quire-tool" onClick={props.onClose}>
					<CloseIcon />
					<span class="quire-tool-label">Close reader</span>
				</button>
			</div>
			<div class="quire-progress">
				<div class="quire-progress-track" role="progressbar" aria-label="Chapter progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent(progress.chapter)}>
					<div class="quire-progress-fill" style={{ width: `${percent(progress.chapter)}%` }} />
				</div>
				{multiChapter && (
					<div class="quire-progress-track quire-work" role="progressbar" aria-label="Work progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent(progress.work)}>
						<div class="quire-progress-fill" style={{ width: `${percent(progress.work)}%` }} />
					</div>
				)}
			</div>
		</div>
	);
}
