/**
 * A place in the words of a story: what captureAnchor measures and
 * restoreAnchor puts back at the top of the view. No pixels, so it survives
 * font, size and width changes and other views of the same chapter.
 */
export interface Anchor {
	/** 1-based chapter index, as in Story.chapters[i].index. */
	chapterIndex: number;
	chapterId: string | null;
	/** 0-based index into paragraphElements(chapter root). */
	paragraph: number;
	/** Character offset of the first visible character within the paragraph's textContent. */
	offset: number;
	/** fingerprint() of the paragraph's text; '' when unknown (records saved before fingerprints). */
	fingerprint: string;
	/** 0..1 through the chapter. */
	chapterFraction: number;
	/** 0..1 through the whole work. */
	workFraction: number;
}
