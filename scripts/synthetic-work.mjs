/**
 * Synthetic AO3 pages for the benchmarks: an entire work (or one chapter) of
 * generated prose with varied paragraph lengths and dialogue, in AO3's markup.
 * Deterministic, so every run measures the same page.
 */
const VOCABULARY = 'the lamp river quiet morning she said softly and walked toward harbour where boats waited under grey sky while wind carried salt over roofs of the old town nobody had asked about letters that came too late for anyone to answer them'.split(' ');

function generator(seed) {
	let x = seed;
	const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
	const word = () => VOCABULARY[next() % VOCABULARY.length];
	const paragraph = () => {
		const n = 20 + (next() % 160);
		const words = Array.from({ length: n }, word);
		if (next() % 3 === 0) return { n, html: `<p>“${words.slice(0, 12).join(' ')},” she said. ${words.slice(12).join(' ')}.</p>` };
		return { n, html: `<p>${words.join(' ')}.</p>` };
	};
	return { paragraph };
}

function chapterBody(gen, words) {
	const parts = [];
	let total = 0;
	while (total < words) {
		const p = gen.paragraph();
		parts.push(p.html);
		total += p.n;
	}
	return parts.join('\n');
}

function page(title, chapterCount, totalWords, chaptersHtml) {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="outer"><div id="header"><ul class="primary navigation actions"><li><a href="/">Archive of Our Own</a></li></ul></div><div id="main" class="works-show region"><div class="work"><div class="wrapper"><dl class="work meta group"><dt class="rating tags">Rating:</dt><dd class="rating tags"><ul><li><a class="tag">General Audiences</a></li></ul></dd><dt class="warning tags">Archive Warning:</dt><dd class="warning tags"><ul><li><a class="tag">No Archive Warnings Apply</a></li></ul></dd><dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul><li><a class="tag">Original Work</a></li></ul></dd><dt class="stats">Stats:</dt><dd class="stats"><dl class="stats"><dt class="words">Words:</dt><dd class="words">${totalWords}</dd><dt class="chapters">Chapters:</dt><dd class="chapters">${chapterCount}/${chapterCount}</dd></dl></dd></dl></div><div id="workskin"><div class="preface group"><h2 class="title heading">${title}</h2><h3 class="byline heading"><a rel="author" href="/users/bench/pseuds/bench">bench</a></h3></div><div id="chapters" role="article">${chaptersHtml}</div></div></div></div></div></body></html>`;
}

/** An entire-work view: `chapters` chapters, `totalWords` words in all. */
export function syntheticEntireWork(chapters, totalWords, seed = 7) {
	const gen = generator(seed);
	const perChapter = Math.round(totalWords / chapters);
	const body = Array.from({ length: chapters }, (_, c) => `<div class="chapter" id="chapter-${c + 1}"><div class="chapter preface group"><h3 class="title"><a href="/works/1/chapters/${c + 1}">Chapter ${c + 1}</a>: Part ${c + 1}</h3></div><div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>${chapterBody(gen, perChapter)}</div></div>`).join('\n');
	return page('Synthetic', chapters, totalWords, body);
}

/** A chapter view: one chapter of `words` words, as AO3 shows a chapter of a longer work. */
export function syntheticChapterPage(words, seed = 11) {
	const gen = generator(seed);
	const body = `<div class="chapter" id="chapter-1"><div class="chapter preface group"><h3 class="title"><a href="/works/1/chapters/1">Chapter 1</a>: The first</h3></div><div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>${chapterBody(gen, words)}</div></div>`;
	return page('Synthetic chapter', 1, words, body);
}
