import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Story } from '../../core/types.js';
import type { ReaderNotice } from '../../position/view.js';
import { ReaderContext, type ReaderContextValue } from '../context.js';
import { useChapterFill } from '../hooks/use-chapter-fill.js';
import { useCompactLayout } from '../hooks/use-compact-layout.js';
import { focusableIn, useFocusTrap } from '../hooks/use-focus-trap.js';
import { CHAPTER_ATTRIBUTE, useScrollPosition } from '../hooks/use-scroll-position.js';
import { useStartPlace } from '../hooks/use-start-place.js';
import { useReaderView, type ReaderSession } from '../hooks/use-reader-view.js';
import { useTextTaps } from '../hooks/use-text-taps.js';
import { useToolbarVisibility } from '../hooks/use-toolbar-visibility.js';
import type { ReaderHost } from '../host.js';
import { focusContext, keyAction, type KeyAction } from '../keys.js';
import type { LayoutEvents } from '../layout-events.js';
import { adjacentChapter, chapterLabel, type ChapterTarget } from '../navigation.js';
import { stepPref, THEME_LABELS, type Prefs } from '../prefs.js';
import { readingProgress } from '../reading-progress.js';
import { THEME_CYCLE } from '../themes.js';
import { EpubDownload } from './epub-download.js';
import { KeysDialog } from './keys-dialog.js';
import { NoticeArea } from './notice.js';
import { ReaderPanel } from './reader-panel.js';
import { SettingsPanel } from './settings-panel.js';
import { MarkFinished } from './story-status.js';
import { showsChapterTitles, StoryText } from './story-text.js';
import { TableOfContents } from './table-of-contents.js';
import { Toolbar, type PanelName } from './toolbar.js';

export type { ReaderSession } from '../hooks/use-reader-view.js';

interface OverlayProps {
	story: Story;
	host: ReaderHost;
	prefs: Prefs;
	updatePrefs(patch: Partial<Prefs>): void;
	layout: LayoutEvents;
	session: ReaderSession;
	onClose(): void;
}

/** A page turned by a tap scrolls for about this long; the toolbar ignores that scroll. */
const PAGE_TURN_MS = 800;

function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function scrollScroller(scroller: HTMLElement, top: number, smooth: boolean): void {
	const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto';
	if (typeof scroller.scrollTo === 'function') scroller.scrollTo({ top, behavior });
	else scroller.scrollTop = top;
}

/** The open reader: a modal dialog named after the story, over the whole page. */
export function Overlay({ story, host, prefs, updatePrefs, layout, session, onClose }: OverlayProps) {
	const dialogRef = useRef<HTMLDivElement>(null);
	const scrollerRef = useRef<HTMLDivElement>(null);
	const panelRef = useRef<HTMLElement>(null);
	const keysDialogRef = useRef<HTMLDivElement>(null);
	const tocButton = useRef<HTMLButtonElement>(null);
	const settingsButton = useRef<HTMLButtonElement>(null);
	const keysButton = useRef<HTMLButtonElement>(null);

	const [panel, setPanel] = useState<PanelName | null>(null);
	const [keysOpen, setKeysOpen] = useState(false);
	const [notice, setNotice] = useState<ReaderNotice | null>(null);
	const [announcement, setAnnouncement] = useState('');
	const [position, setPosition] = useScrollPosition(scrollerRef);
	const smoothScroll = !prefersReducedMotion();
	const compact = useCompactLayout();
	const toolbar = useToolbarVisibility(scrollerRef, compact && !panel && !keysOpen);

	const announce = useCallback((message: string) => {
		// Clearing first makes a repeated message ("Text size 20 px" twice) heard again.
		setAnnouncement('');
		setTimeout(() => setAnnouncement(message), 50);
	}, []);
	const dismissNotice = useCallback(() => setNotice(null), []);

	const context = useMemo<ReaderContextValue>(
		() => ({ story, host, layout, announce, smoothScroll }),
		[story, host, layout, announce, smoothScroll],
	);

	// Focus moves into the dialog at once, onto the text, so keys scroll it.
	useLayoutEffect(() => {
		scrollerRef.current?.focus({ preventScroll: true });
	}, []);

	const fill = useChapterFill(story, session.startAt ?? 0, scrollerRef);
	useStartPlace(scrollerRef, session.startAt ?? 0, session.startParagraph ?? 0);
	useReaderView({ story, host, layout, session, scroller: scrollerRef, fill, fontFamily: prefs.fontFamily, notify: setNotice });

	// A panel takes focus when it opens.
	useLayoutEffect(() => {
		if (!panel || !panelRef.current) return;
		const current = panelRef.current.querySelector<HTMLElement>('[aria-current="true"]');
		(current ?? focusableIn(panelRef.current)[0])?.focus();
	}, [panel]);

	const currentChapter = story.chapters[position.chapterPosition];
	const currentIndex = currentChapter?.index ?? 1;
	const previousTarget = story.kind === 'story' ? adjacentChapter(story, currentIndex, -1) : null;
	const nextTarget = story.kind === 'story' ? adjacentChapter(story, currentIndex, 1) : null;
	const lastOnPage = story.chapters[story.chapters.length - 1];
	// Where the end of this page leads: the site's next chapter page, offered below the text.
	const afterPage = story.kind === 'story' && lastOnPage ? adjacentChapter(story, lastOnPage.index, 1) : null;

	const scrollToChapter = useCallback(
		(chapterIndex: number) => {
			const scroller = scrollerRef.current;
			const section = scroller?.querySelector<HTMLElement>(`[data-chapter-index="${chapterIndex}"]`);
			if (!scroller || !section) return;
			const top = scroller.scrollTop + section.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
			scrollScroller(scroller, top, smoothScroll);
			setPosition({ chapterPosition: Number(section.getAttribute(CHAPTER_ATTRIBUTE)), fraction: 0 });
			section.querySelector<HTMLElement>('.quire-chapter-title')?.focus({ preventScroll: true });
		},
		[smoothScroll, setPosition],
	);

	const follow = useCallback(
		(target: ChapterTarget | null, direction: 1 | -1) => {
			if (!target) {
				announce(direction === 1 ? 'This is the last chapter.' : 'This is the first chapter.');
			} else if (target.kind === 'scroll') {
				scrollToChapter(target.chapterIndex);
			} else {
				host.goToUrl(target.url);
			}
		},
		[announce, scrollToChapter, host],
	);

	const closePanel = useCallback(() => {
		const button = panel === 'toc' ? tocButton.current : settingsButton.current;
		setPanel(null);
		button?.focus();
	}, [panel]);

	const togglePanel = useCallback((next: PanelName) => {
		setPanel((open) => (open === next ? null : next));
	}, []);

	const closeKeys = useCallback(() => {
		setKeysOpen(false);
		keysButton.current?.focus();
	}, []);

	const perform = (action: KeyAction): void => {
		const scroller = scrollerRef.current;
		if (!scroller) return;
		switch (action.kind) {
			case 'scroll': {
				const distance = action.by === 'line' ? prefs.fontSize * prefs.lineHeight * 2 : scroller.clientHeight * 0.9;
				scrollScroller(scroller, scroller.scrollTop + action.direction * distance, smoothScroll);
				break;
			}
			case 'scroll-edge':
				scrollScroller(scroller, action.edge === 'start' ? 0 : scroller.scrollHeight, smoothScroll);
				break;
			case 'chapter':
				follow(action.direction === 1 ? nextTarget : previousTarget, action.direction);
				break;
			case 'font-size': {
				const fontSize = stepPref('fontSize', prefs.fontSize, action.direction);
				updatePrefs({ fontSize });
				announce(`Text size ${fontSize} px`);
				break;
			}
			case 'cycle-theme': {
				const theme = THEME_CYCLE[(THEME_CYCLE.indexOf(prefs.theme) + 1) % THEME_CYCLE.length] ?? 'light';
				updatePrefs({ theme });
				announce(`Theme: ${THEME_LABELS[theme]}`);
				break;
			}
			case 'show-keys':
				setKeysOpen(true);
				break;
		}
	};

	const trapFocus = useFocusTrap(useCallback(() => (keysOpen ? keysDialogRef.current : dialogRef.current), [keysOpen]));

	const onKeyDown = (event: KeyboardEvent): void => {
		// The page underneath must not react to keys meant for the reader.
		event.stopPropagation();
		if (event.key === 'Escape') {
			event.preventDefault();
			if (keysOpen) closeKeys();
			else if (panel) closePanel();
			else onClose();
			return;
		}
		if (event.key === 'Tab') {
			trapFocus(event);
			return;
		}
		if (keysOpen) return;
		const action = keyAction(event, focusContext(event.target));
		if (!action) return;
		event.preventDefault();
		perform(action);
	};

	const textTaps = useTextTaps(scrollerRef, prefs.tapToPage, {
		toggleToolbar: toolbar.toggle,
		turnPage(direction) {
			toolbar.quiet(PAGE_TURN_MS);
			toolbar.hide();
			perform({ kind: 'scroll', by: 'page', direction });
		},
	});

	const progress = readingProgress(story, position.chapterPosition, position.fraction, prefs.wordsPerMinute);
	const multiChapter = story.chapters.length > 1 || (story.stats.chapters ?? 1) > 1;
	const titleId = 'quire-story-title';

	// The text is the expensive part: rebuilt only when the story or the typography changes, not on scroll.
	const text = useMemo(
		() => <StoryText story={story} prefs={prefs} host={host} titleId={titleId} onChangePrefs={updatePrefs} fill={fill} />,
		[story, prefs, host, updatePrefs, fill],
	);

	return (
		<ReaderContext.Provider value={context}>
			<div
				class={compact ? 'quire-overlay quire-compact' : 'quire-overlay'}
				data-toolbar={toolbar.hidden ? 'hidden' : 'shown'}
				role="dialog"
				aria-modal="true"
				aria-label={story.title ?? 'Story'}
				ref={dialogRef}
				onKeyDown={onKeyDown}
				onKeyUp={(event) => event.stopPropagation()}
				onKeyPress={(event) => event.stopPropagation()}
			>
				<Toolbar
					chapterLabel={currentChapter && showsChapterTitles(story) ? chapterLabel(currentChapter) : null}
					progress={progress}
					multiChapter={multiChapter}
					openPanel={panel}
					canGoPrevious={previousTarget !== null}
					canGoNext={nextTarget !== null}
					onTogglePanel={togglePanel}
					onPrevious={() => follow(previousTarget, -1)}
					onNext={() => follow(nextTarget, 1)}
					onShowKeys={() => setKeysOpen(true)}
					onClose={onClose}
					onFocusIn={toolbar.show}
					tocButton={tocButton}
					settingsButton={settingsButton}
					keysButton={keysButton}
				/>
				<div class="quire-body">
					{panel && (
						<ReaderPanel name={panel} compact={compact} panelRef={panelRef} onClose={closePanel}>
							{panel === 'toc' ? (
								<TableOfContents
									story={story}
									currentIndex={currentIndex}
									onScrollTo={(index) => {
										setPanel(null);
										scrollToChapter(index);
									}}
									onGoTo={(url) => host.goToUrl(url)}
								/>
							) : (
								<>
									{story.kind === 'story' && story.chapters.length > 0 && <EpubDownload />}
									<SettingsPanel prefs={prefs} onChange={updatePrefs} siteList={[{ id: story.site, name: host.siteName }]} />
								</>
							)}
						</ReaderPanel>
					)}
					<div
						class="quire-scroller"
						ref={scrollerRef}
						tabIndex={0}
						role="region"
						aria-label="Story text"
						{...textTaps}
					>
						<article class="quire-page" aria-labelledby={titleId}>
							{text}
							{afterPage?.kind === 'url' && (
								<nav class="quire-chapter-nav" aria-label="Chapters">
									<button type="button" onClick={() => follow(afterPage, 1)}>
										{afterPage.chapterIndex ? `Continue to chapter ${afterPage.chapterIndex}` : 'Continue to the next chapter'}
									</button>
								</nav>
							)}
							<MarkFinished />
						</article>
					</div>
					<NoticeArea notice={notice} onDismiss={dismissNotice} />
				</div>
				<div class="quire-visually-hidden" aria-live="polite">{announcement}</div>
				{keysOpen && <KeysDialog onClose={closeKeys} dialogRef={keysDialogRef} />}
			</div>
		</ReaderContext.Provider>
	);
}
