import { useEffect } from 'preact/hooks';
import type { ReaderNotice } from '../../position/view.js';

interface NoticeAreaProps {
	notice: ReaderNotice | null;
	onDismiss(): void;
}

/** How long a notice stays: longer when it offers an action the reader may want to take. */
const PLAIN_MS = 8000;
const WITH_ACTION_MS = 20000;

/**
 * The polite status line for notices from position tracking ("Continue at
 * chapter 5"). The status region is always present so screen readers hear
 * what is put into it.
 */
export function NoticeArea({ notice, onDismiss }: NoticeAreaProps) {
	useEffect(() => {
		if (!notice) return;
		const timer = setTimeout(onDismiss, notice.actionLabel ? WITH_ACTION_MS : PLAIN_MS);
		return () => clearTimeout(timer);
	}, [notice, onDismiss]);
	return (
		<div class="quire-notice-area" role="status">
			{notice && (
				<div class="quire-notice">
					<span>{notice.message}</span>
					{notice.actionLabel && notice.onAction && (
						<button
							type="button"
							onClick={() => {
								notice.onAction?.();
								onDismiss();
							}}
						>
							{notice.actionLabel}
						</button>
					)}
					<button type="button" aria-label="Dismiss notice" onClick={onDismiss}>
						×
					</button>
				</div>
			)}
		</div>
	);
}
