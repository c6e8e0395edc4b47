import { CHAPTER_TEXT } from './page-shape.js';
import { paragraphElements } from './paragraphs.js';

/**
 * The site navigation of old personal pages ("Home | Fiction | Email" over the
 * story, "Back | Back to Fiction | Next" under it): lines made only of short
 * links. They are the site's, never the story's.
 */

/** Link texts that are navigation whatever the page. */
const NAV_TEXT = /^(?:home(?: ?page)?|main(?: page)?|index|site index|fiction|fics?|fanfic(?:tion)?|stories|archive|up|top|contents|table of contents|links|e-?mail(?: me)?|mail(?: me)?|contact(?: me)?|feedback|guestbook|back|next|prev(?:ious)?|go back|return|(?:back|return) to [\p{L}'’ ]{1,30}|(?:next|previous|prev|last|first) (?:part|chapter|story|page)|chapter index|(?:<<|>>|«|»|<|>|←|→)?)$/iu;
/** What may sit between the links of a navigation line. */
const SEPARATORS = /^[\s|•·:\-–—/\\[\]()<>«»~*,.]*$/u;
/** How far from either end of the text navigation lines are looked for. */
const EDGE = 12;

function linkText(a: Element): string {
	const text = (a.textContent ?? '').trim();
	if (text !== '') return text;
	return Array.from(a.querySelectorAll('img'), (img) => img.getAttribute('alt') ?? '').join(' ').trim();
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** A paragraph of links and separators only, each link navigation or a chapter's, or (two or more of them) a short label. */
export function isNavigationLine(el: Element): boolean {
	const links = Array.from(el.querySelectorAll('a'));
	if (links.length === 0) return false;
	// Everything outside the links is separators.
	const outside = el.cloneNode(true) as Element;
	for (const a of Array.from(outside.querySelectorAll('a'))) a.remove();
	if (!SEPARATORS.test(outside.textContent ?? '')) return false;
	const texts = links.map(linkText).map((t) => t.replace(/^[[(<«]+|[\])>»]+$/g, '').trim());
	if (texts.every((t) => NAV_TEXT.test(t) || (CHAPTER_TEXT.test(t) && wordCount(t) <= 6))) return true;
	return links.length >= 2 && texts.every((t) => t !== '' && wordCount(t) <= 4);
}

/** Removes navigation lines near the start and the end of a cleaned container. */
export function removeNavigation(container: Element): void {
	const paragraphs = paragraphElements(container);
	paragraphs.forEach((el, i) => {
		if ((i < EDGE || i >= paragraphs.length - EDGE) && el.tagName !== 'HR' && isNavigationLine(el)) el.remove();
	});
}
