/**
 * Reading the reader from a test: small functions evaluated in the page, the
 * same in both browsers (the overlay lives in an open shadow root).
 */

/** Text of the first story paragraph whose bottom is below the top of the reader's scroller. */
export function firstVisibleParagraph() {
	const root = document.querySelector('quire-reader')?.shadowRoot;
	const scroller = root?.querySelector('.quire-scroller');
	if (!scroller) return null;
	const top = scroller.getBoundingClientRect().top;
	const blocks = root.querySelectorAll('.quire-text p, .quire-text li, .quire-text blockquote, .quire-text h1, .quire-text h2, .quire-text h3, .quire-text h4, .quire-text pre');
	for (const block of blocks) {
		if (block.querySelector('p, li, div, blockquote')) continue;
		const rect = block.getBoundingClientRect();
		if (rect.height > 0 && rect.bottom > top + 2 && block.textContent.trim()) return block.textContent.replace(/\s+/g, ' ').trim();
	}
	return null;
}

/** Scrolls the reader so that the paragraph at `fraction` of the chapter's paragraphs is at the top; returns its text. */
export function scrollToParagraphAt(fraction) {
	const root = document.querySelector('quire-reader').shadowRoot;
	const blocks = [...root.querySelectorAll('.quire-text p')].filter((p) => p.textContent.trim().length > 40);
	const target = blocks[Math.floor(blocks.length * fraction)];
	target.scrollIntoView({ block: 'start', behavior: 'instant' });
	target.closest('.quire-scroller').dispatchEvent(new Event('scroll'));
	return target.textContent.replace(/\s+/g, ' ').trim();
}

/** The computed value of a CSS property on the first paragraph of the reader's text. */
export function textStyle(property) {
	const paragraph = document.querySelector('quire-reader').shadowRoot.querySelector('.quire-text p');
	return getComputedStyle(paragraph).getPropertyValue(property);
}

/** The class list that carries the reader's theme. */
export function themeClasses() {
	return document.querySelector('quire-reader').shadowRoot.querySelector('.quire-root')?.className ?? null;
}

export function dialogOpen() {
	return Boolean(document.querySelector('quire-reader')?.shadowRoot?.querySelector('[role="dialog"]'));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Controls in the reader smaller than `min` × `min` CSS px that are on screen:
 * every button, link, form field (measured by its label, which is what a
 * finger hits) and spoiler summary. Links inside the author's own prose (story
 * text, summaries, notes) are inline in sentences, the exception touch-target
 * guidance makes for them, and are not counted.
 */
export function smallTargets(min = 44) {
	const root = document.querySelector('quire-reader').shadowRoot;
	const controls = root.querySelectorAll('button, a[href], input, select, textarea, summary, [role="button"]');
	const small = [];
	for (const control of controls) {
		if (control.tagName === 'A' && control.closest('.quire-prose')) continue;
		const target = (control.tagName === 'INPUT' && control.closest('label')) || control;
		if (target.closest('[hidden]') || getComputedStyle(target).visibility === 'hidden') continue;
		const box = target.getBoundingClientRect();
		const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
		if (onScreen && (box.width < min - 0.5 || box.height < min - 0.5)) {
			small.push(`${control.tagName.toLowerCase()} "${(control.getAttribute('aria-label') || control.textContent || '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
		}
	}
	return small;
}

/** How far anything in the reader (or the page behind it) reaches past the right edge of the screen. */
export function sidewaysOverflow() {
	const root = document.querySelector('quire-reader').shadowRoot;
	const scroller = root.querySelector('.quire-scroller');
	const before = scroller.scrollLeft;
	scroller.scrollLeft = 200;
	const moved = scroller.scrollLeft;
	scroller.scrollLeft = before;
	return {
		scroller: scroller.scrollWidth - scroller.clientWidth,
		scrolledBy: moved,
		page: document.documentElement.scrollWidth - innerWidth,
		overlay: root.querySelector('.quire-overlay').getBoundingClientRect().right - innerWidth,
	};
}
