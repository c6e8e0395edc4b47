/** Small AO3-shaped pages of our own making, for tests of how long works are read. */

export const ENTIRE_WORK_URL = 'https://archiveofourown.org/works/99000001?view_full_work=true';

/** An AO3 entire work of our own: `count` chapters, chapter i with 10·i paragraphs of nine words, and notes on chapter 2. */
export function entireWork(count: number): string {
	const chapters = Array.from({ length: count }, (_, c) => {
		const i = c + 1;
		const paragraphs = Array.from({ length: 10 * i }, (_, p) => `<p>Chapter ${i} paragraph ${p + 1} says the tide came in.</p>`).join('');
		const notes = i === 2 ? '<div class="chapter preface group"><div class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>A note on chapter two.</p></blockquote></div></div>' : '';
		return `<div class="chapter" id="chapter-${i}"><div class="chapter preface group"><h3 class="title"><a href="/works/99000001/chapters/${9000 + i}">Chapter ${i}</a>: Part ${i}</h3></div>${notes}<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>${paragraphs}</div></div>`;
	}).join('');
	return `<!DOCTYPE html><html><head><title>Tides - Archive of Our Own</title></head><body><div id="main"><div class="wrapper"><dl class="work meta group"><dt class="rating tags">Rating:</dt><dd class="rating tags"><ul class="commas"><li><a class="tag">General Audiences</a></li></ul></dd><dt class="stats">Stats:</dt><dd class="stats"><dl class="stats"><dt class="chapters">Chapters:</dt><dd class="chapters">${count}/${count}</dd></dl></dd></dl></div><div id="workskin"><div class="preface group"><h2 class="title heading">Tides</h2><h3 class="byline heading"><a rel="author" href="/users/wave/pseuds/wave">wave</a></h3></div><div id="chapters" role="article">${chapters}</div></div></div></body></html>`;
}

