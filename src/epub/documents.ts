import type { Chapter, Story } from '../core/types.js';
import { chapterLabel } from '../core/chapter-title.js';
import { appendHtml } from './html-to-xhtml.js';
import type { ImageStore } from './images.js';
import { XhtmlDocument, type EpubDom } from './xhtml.js';
import { oneLine } from './xml-text.js';

/**
 * The reading documents of the book: a title page with the story's header,
 * one document per chapter (title, summary, notes, text, end notes), and the
 * work's end notes when it has them.
 */

export interface BookContext {
	dom: EpubDom;
	story: Story;
	/** BCP 47 tag of the book's language. */
	lang: string;
	images: ImageStore;
}

/** A content document: its file (beside the package document), manifest id, label in the table of contents, text. */
export interface ContentDocument {
	href: string;
	id: string;
	label: string;
	xhtml: string;
}

export const TITLE_PAGE_HREF = 'title.xhtml';

export function storyTitle(story: Story): string {
	return oneLine(story.title ?? '') || 'Untitled';
}

/** The web address of the story, normalised, when it has one to give (never a path on the reader's disk). */
export function sourceUrl(story: Story): string | null {
	try {
		const url = new URL(story.url);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

function chapterTitle(story: Story, chapter: Chapter): string {
	if (!chapter.title?.trim() && story.chapters.length === 1 && story.chapterList.length <= 1) return storyTitle(story);
	return oneLine(chapterLabel(chapter));
}

/** "1", "1–3", "2, 5": which chapters of the work this book holds. */
function chapterRange(indexes: number[]): string {
	const first = indexes[0];
	const last = indexes[indexes.length - 1];
	if (first === undefined || last === undefined) return '';
	const contiguous = indexes.every((n, i) => n === first + i);
	if (indexes.length === 1) return String(first);
	return contiguous ? `${first}–${last}` : indexes.join(', ');
}

function statsLines(story: Story): [string, string][] {
	const { stats } = story;
	const lines: [string, string][] = [];
	if (stats.published) lines.push(['Published', stats.published]);
	if (stats.updated && stats.updated !== stats.published) lines.push(['Updated', stats.updated]);
	if (stats.words !== null) lines.push(['Words', stats.words.toLocaleString('en')]);
	if (stats.chapters !== null) lines.push(['Chapters', `${stats.chapters}/${stats.chaptersExpected ?? '?'}`]);
	if (stats.complete !== null) lines.push(['Status', stats.complete ? 'Complete' : 'In progress']);
	const posted = Math.max(stats.chapters ?? 0, story.chapterList.length);
	if (story.chapters.length > 0 && posted > story.chapters.length) {
		const indexes = story.chapters.map((chapter) => chapter.index);
		lines.push(['In this book', `${indexes.length === 1 ? 'Chapter' : 'Chapters'} ${chapterRange(indexes)} of ${posted}`]);
	}
	return lines;
}

/** A heading and sanitised HTML (or plain text, one paragraph a line) as a section of `into`. */
function notesSection(ctx: BookContext, out: XhtmlDocument, into: Element, className: string, heading: string, level: 'h2' | 'h3', html: string | null, text?: string | null): void {
	if (!html?.trim() && !text?.trim()) return;
	const section = out.element('section', { class: className });
	section.append(out.element(level, {}, heading));
	if (html?.trim()) appendHtml(ctx.dom, html, section, out, ctx.images);
	else for (const line of (text ?? '').split('\n').filter((l) => l.trim())) section.append(out.element('p', {}, line));
	into.append(section);
}

export function titlePage(ctx: BookContext): ContentDocument {
	const { story } = ctx;
	const title = storyTitle(story);
	const out = new XhtmlDocument(ctx.dom, title, ctx.lang);
	const page = out.element('section', { 'epub:type': 'titlepage', class: 'title-page' });
	page.append(out.element('h1', { class: 'book-title' }, title));
	if (story.authors.length > 0) page.append(out.element('p', { class: 'byline' }, `by ${story.authors.map(oneLine).join(', ')}`));

	const rows: [string, string | Element][] = [];
	const list = (label: string, values: string[], hidden = false): void => {
		const shown = values.map(oneLine).filter(Boolean);
		if (shown.length > 0) rows.push([label, shown.join(', ')]);
		else if (hidden) rows.push([label, 'Hidden by the archive for this reader']);
	};
	if (story.rating) rows.push(['Rating', oneLine(story.rating)]);
	list('Archive warnings', story.warnings, story.warningsHiddenBySite);
	list('Categories', story.categories);
	list(story.fandoms.length === 1 ? 'Fandom' : 'Fandoms', story.fandoms);
	list('Relationships', story.relationships);
	list('Characters', story.characters);
	list('Tags', story.tags, story.tagsHiddenBySite);
	if (story.spoilers) rows.push(['Spoilers', oneLine(story.spoilers)]);
	for (const series of story.series) rows.push(['Series', series.part ? `Part ${series.part} of ${oneLine(series.title)}` : oneLine(series.title)]);
	list('Collections', story.collections);
	if (story.language) rows.push(['Language', oneLine(story.language)]);
	rows.push(...statsLines(story));
	for (const field of story.extraFields) if (oneLine(field.key) && oneLine(field.value)) rows.push([oneLine(field.key), oneLine(field.value)]);
	const source = sourceUrl(story);
	if (source) rows.push(['Source', out.element('a', { href: source }, source)]);
	if (rows.length > 0) {
		const dl = out.element('dl', { class: 'story-meta' });
		for (const [label, value] of rows) {
			const dd = out.element('dd');
			dd.append(typeof value === 'string' ? out.text(value) : value);
			dl.append(out.element('dt', {}, label), dd);
		}
		page.append(dl);
	}
	notesSection(ctx, out, page, 'summary', 'Summary', 'h2', story.summaryHtml, story.summary);
	notesSection(ctx, out, page, 'notes', 'Notes', 'h2', story.notesHtml);
	out.body.append(page);
	return { href: TITLE_PAGE_HREF, id: 'title-page', label: 'Title page', xhtml: out.serialize() };
}

/** The class of the element holding a chapter's text (and nothing else). */
export const CHAPTER_TEXT_CLASS = 'chapter-text';

export function chapterDocument(ctx: BookContext, chapter: Chapter, position: number): ContentDocument {
	const label = chapterTitle(ctx.story, chapter);
	const out = new XhtmlDocument(ctx.dom, label, ctx.lang);
	const section = out.element('section', { 'epub:type': 'chapter', class: 'chapter', 'aria-labelledby': 'chapter-title' });
	section.append(out.element('h2', { id: 'chapter-title', class: 'chapter-title' }, label));
	notesSection(ctx, out, section, 'chapter-summary', 'Summary', 'h3', chapter.summaryHtml);
	notesSection(ctx, out, section, 'chapter-notes', 'Notes', 'h3', chapter.notesHtml);
	const text = out.element('div', { class: CHAPTER_TEXT_CLASS });
	appendHtml(ctx.dom, chapter.html, text, out, ctx.images);
	section.append(text);
	notesSection(ctx, out, section, 'chapter-end-notes', 'End notes', 'h3', chapter.endNotesHtml);
	out.body.append(section);
	const id = `chapter-${position + 1}`;
	return { href: `${id}.xhtml`, id, label, xhtml: out.serialize() };
}

/** The work's end notes (after its last chapter), when it has any. */
export function endNotesDocument(ctx: BookContext): ContentDocument | null {
	if (!ctx.story.endNotesHtml?.trim()) return null;
	const out = new XhtmlDocument(ctx.dom, 'End notes', ctx.lang);
	notesSection(ctx, out, out.body, 'end-notes', 'End notes', 'h2', ctx.story.endNotesHtml);
	return { href: 'end-notes.xhtml', id: 'end-notes', label: 'End notes', xhtml: out.serialize() };
}
