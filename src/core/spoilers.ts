/**
 * Spoiler blocks inside story text (forum BB-code spoilers, archive widgets)
 * become `<details>`: folded in the reader until opened, whatever the site's
 * own script would have done. Sites collapse them with CSS or inline styles,
 * so their contents are exempt from hidden-text removal.
 */

/** XenForo, phpBB/vBulletin-style, Royal Road and Scribble Hub spoiler wrappers. */
export const SPOILER_BLOCK = '.bbCodeSpoiler, .bbCodeSpoiler-content, .spoiler, .spoilerbox, .sp-wrap, .sp-body, .spoiler-content, .spoiler-inner, .spoiler-body';
const OUTER_BLOCK = '.bbCodeSpoiler, .spoiler, .spoilerbox, .sp-wrap';
const LABEL = '.bbCodeSpoiler-button, .bbCodeSpoiler-button-title, .smalltext, .sp-head, .spoiler-title, .spoiler-head, button';
const CONTENT = '.bbCodeSpoiler-content, .spoiler-inner, .sp-body, .spoiler-content, .spoiler-body';

/** True for an element that belongs to a spoiler block: its collapsed state is not "hidden from readers". */
export function isInSpoiler(el: Element): boolean {
	return el.closest(SPOILER_BLOCK) !== null;
}

/** Rewrites spoiler blocks in a private copy (never the live page) as `<details><summary>…</summary>…</details>`. */
export function spoilersAsDetails(root: Element): void {
	for (const block of Array.from(root.querySelectorAll(OUTER_BLOCK))) {
		if (!root.contains(block) || block.parentElement?.closest(OUTER_BLOCK)) continue;
		const doc = block.ownerDocument;
		const label = block.querySelector(LABEL);
		const title = (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
		label?.remove();
		const content = block.querySelector(CONTENT) ?? block;
		const details = doc.createElement('details');
		const summary = doc.createElement('summary');
		summary.textContent = title === '' ? 'Spoiler' : title;
		details.append(summary, ...Array.from(content.childNodes));
		block.replaceWith(details);
	}
}
