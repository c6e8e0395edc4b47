import type { HeaderField, SeriesMembership } from './types.js';
import { isSceneBreakText } from './text.js';

/**
 * The `Key: value` story header of old archives, journals and mailing lists
 * (see part 4 of docs/archive-sites.md): any case, `Key :` spacing, several keys
 * on one line, combined keys such as `Spoilers/Warnings`, a title line and a
 * `By X` line around the block. Works on plain-text paragraphs, so the same
 * code reads HTML pages and `.txt` files.
 */

type Field =
	| 'title' | 'authors' | 'fandoms' | 'rating' | 'relationships' | 'characters' | 'categories'
	| 'warnings' | 'spoilers' | 'summary' | 'notes' | 'tags' | 'series' | 'words' | 'extra' | 'mail' | 'rec';

const KEYS: Record<string, Field> = {};
function keys(field: Field, names: string[]): void {
	for (const name of names) KEYS[name] = field;
}
keys('title', ['title', 'story title', 'fic title', 'fic', 'story', 'chapter title', 'название']);
keys('authors', ['author', 'authors', 'author(s)', 'writer', 'written by', 'by', 'co-author', 'co-authors', 'автор', 'авторы']);
keys('fandoms', ['fandom', 'fandoms', 'fandom category', 'crossover', 'фандом']);
keys('rating', ['rating', 'ratings', 'rated', 'overall rating', 'рейтинг']);
keys('relationships', ['pairing', 'pairings', 'relationship', 'relationships', 'ship', 'ships', 'codes', 'other pairings', 'пэйринг', 'пейринг']);
keys('characters', ['character', 'characters', 'main characters', 'основные персонажи', 'персонажи']);
keys('categories', ['category', 'categories', 'classification', 'content', 'keywords', 'type', 'категория']);
keys('warnings', ['warning', 'warnings', 'warning(s)', 'content warning', 'content warnings', 'trigger warning', 'trigger warnings', 'cw', 'tw', 'предупреждения', 'предупреждение']);
keys('spoilers', ['spoiler', 'spoilers', 'spoiler(s)', 'timeline', 'time line', 'related episode', 'related episodes', 'season']);
keys('summary', ['summary', 'description', 'teaser', 'blurb', 'synopsis', 'описание']);
keys('notes', [
	'notes', 'note', "author's note", "author's notes", "author note's", "authors' notes", "authors' note", 'author notes',
	'author note', 'a/n', 'an', 'writing note', 'writing notes', 'character note', 'character notes',
]);
// Genres are tags, as on AO3 and in label-values.ts's `headerFromLabels`.
keys('tags', ['tags', 'additional tags', 'freeform', 'genre', 'genres', 'жанры', 'жанр']);
keys('series', ['series', 'part', 'parts', 'sequel to', 'prequel to']);
keys('words', ['word count', 'words', 'length', 'wordcount']);
keys('extra', [
	'disclaimer', 'distribution', 'archive', 'archiving', 'archivists', 'feedback', 'e-mail', 'email',
	'email address', 'e-mail address', 'dedication', 'dedicated to', 'beta', 'betas', 'beta reader', 'beta readers', 'acknowledgements', 'acknowledgments',
	'thanks', 'written', 'date', 'posted', 'recipient', 'challenge', 'prompt', 'status', 'language', 'responses',
	'completed', 'complete', 'размер', 'статус', 'беты и соавторы', 'беты', 'from', 'subject', 'to', 'gift for',
]);
keys('rec', ['link', 'links', 'url', 'why this must be read', 'why you should read this', 'favorite line', 'favourite line', 'rec', 'reccer', 'recced by', 'why i recommend it', 'reason', 'why read']);

/** Keys that alone say nothing about a story (mail headers, the date). */
const WEAK: ReadonlySet<string> = new Set(['from', 'subject', 'to', 'date', 'posted', 'written', 'status', 'language', 'e-mail', 'email', 'email address', 'e-mail address', 'type', 'content', 'part', 'parts', 'story', 'fic', 'note', 'notes', 'an', 'season']);

function normaliseKey(raw: string): string {
	return raw.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

interface KeyInfo {
	field: Field;
	weak: boolean;
}

function classifyKey(raw: string): KeyInfo | null {
	const key = normaliseKey(raw);
	const direct = KEYS[key];
	if (direct) return { field: direct, weak: WEAK.has(key) };
	if (/^an ?\d{1,2}$/.test(key) || /^a\/n ?\d{0,2}$/.test(key)) return { field: 'notes', weak: true };
	if (key.includes('/') || key.includes('&') || key.includes(' and ')) {
		const parts = key.split(/\s*(?:\/|&|\band\b)\s*/).filter(Boolean);
		const fields = parts.map((part) => KEYS[part]).filter((f): f is Field => f !== undefined);
		if (fields.length === 0) return null;
		for (const preferred of ['rating', 'warnings', 'relationships', 'characters', 'spoilers', 'summary'] as const) {
			if (fields.includes(preferred)) return { field: preferred, weak: false };
		}
		return { field: fields[0] ?? 'extra', weak: false };
	}
	return null;
}

/** Every known key, longest first, for splitting lines that hold several `Key: value` pairs. */
const INLINE_KEY = new RegExp(
	`(?:^|\\s)((?:${Object.keys(KEYS)
		.filter((k) => k.length > 3 && !WEAK.has(k))
		.sort((a, b) => b.length - a.length)
		.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|')})\\s*:)`,
	'giu',
);

/**
 * Characters that carry no text of their own: NUL, zero-width space, the
 * byte-order mark and bidi embedding/isolate controls. Joiners (U+200C/D)
 * go too, except between two non-ASCII characters, where they shape a script
 * or an emoji sequence.
 */
const INVISIBLE = /[\u0000\u200B\uFEFF\u202A-\u202E\u2066-\u2069]|(?<![^\x00-\x7F])[\u200C\u200D]|[\u200C\u200D](?![^\x00-\x7F])/gu;

/**
 * A paragraph as the header parser reads it: invisible characters dropped, and
 * Unicode line and paragraph separators read as the spaces a browser shows
 * them as (they end no line in HTML or in a text file's `<pre>`).
 */
export function headerText(text: string): string {
	return text.replace(INVISIBLE, '').replace(/[\u2028\u2029]/g, ' ');
}

const KEY_LINE = /^\s*([\p{L}][\p{L}\p{N}'’`()&/. -]{0,40}?)\s*[:：]\s*(.*)$/u;
const BY_LINE = /^(?:(?:written\s+)?by|by:)\s+(\S.{0,80})$/iu;

interface Pair {
	key: string;
	info: KeyInfo | null;
	value: string;
}

/**
 * No header line is this long; longer lines are prose (or hostile input) and are
 * kept away from the patterns below, so their cost stays linear in the page.
 */
const MAX_HEADER_LINE = 2_000;
const MAX_VALUE_FOR_PATTERNS = 500;

/** Split "Classification: XA Rating: R Archive: Anywhere" into its pairs. */
function pairsOnLine(line: string): Pair[] | null {
	if (line.length > MAX_HEADER_LINE) return null;
	const first = KEY_LINE.exec(line);
	if (!first) return null;
	const key = first[1] ?? '';
	const rest = first[2] ?? '';
	const info = classifyKey(key);
	const pairs: Pair[] = [{ key, info, value: rest }];
	const tail = rest;
	INLINE_KEY.lastIndex = 0;
	const cuts: { at: number; key: string; end: number }[] = [];
	for (let m = INLINE_KEY.exec(tail); m; m = INLINE_KEY.exec(tail)) {
		const label = m[1] ?? '';
		const at = m.index + (m[0].length - label.length);
		cuts.push({ at, key: label.replace(/\s*:$/, ''), end: m.index + m[0].length });
	}
	if (cuts.length > 0 && pairs[0]) {
		pairs[0].value = tail.slice(0, cuts[0]?.at ?? tail.length);
		cuts.forEach((cut, i) => {
			const next = cuts[i + 1];
			pairs.push({ key: cut.key, info: classifyKey(cut.key), value: tail.slice(cut.end, next ? next.at : tail.length) });
		});
	}
	return pairs.flatMap(splitDashed);
}

/** "Key: value - Other: value", the one-line meta of archive listings: a dash before a capitalised key starts a pair. */
const DASHED_PAIR = /\s[-–—]\s+(?=\p{Lu}[\p{L}'’ ]{0,24}:\s)/u;

function splitDashed(pair: Pair): Pair[] {
	const [first = '', ...rest] = pair.value.length > MAX_VALUE_FOR_PATTERNS ? [pair.value] : pair.value.split(DASHED_PAIR);
	const out: Pair[] = [{ ...pair, value: trimDash(first) }];
	for (const piece of rest) {
		const m = KEY_LINE.exec(piece);
		if (!m) {
			const prev = out.at(-1);
			if (prev) prev.value = `${prev.value} - ${trimDash(piece)}`;
			continue;
		}
		const key = m[1] ?? '';
		out.push({ key, info: classifyKey(key), value: trimDash(m[2] ?? '') });
	}
	return out;
}

function trimDash(value: string): string {
	return value.trim().replace(/\s*[-–—]$/u, '').trim();
}

export interface HeaderBlock {
	title: string | null;
	authors: string[];
	fandoms: string[];
	rating: string | null;
	relationships: string[];
	characters: string[];
	categories: string[];
	warnings: string[];
	spoilers: string | null;
	summary: string | null;
	/** Notes, A/N, Author's Note: plain text, one line per paragraph of the note. */
	notes: string | null;
	tags: string[];
	series: SeriesMembership[];
	words: number | null;
	extraFields: HeaderField[];
	/** Indexes of the input paragraphs that belong to the header (never chapter text). */
	paragraphs: number[];
	/** How many story keys the block holds (Title, Author, Rating, Warnings…). */
	storyKeys: number;
	/** Keys only recommendation posts use (Link, Why this must be read…). */
	recKeys: number;
}

/** Drops trailing characters from `chars` with a loop: `/[.;]+$/` backtracks quadratically on long runs. */
function trimTrailing(value: string, chars: string): string {
	let end = value.length;
	while (end > 0 && chars.includes(value[end - 1] ?? '')) end--;
	return value.slice(0, end);
}

function list(value: string): string[] {
	return value.split(/[,;]/).map((v) => trimTrailing(v.trim(), '.')).filter((v) => v !== '' && !/^(?:none|n\/a|no|nil|-+)$/i.test(v));
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

function seriesFrom(value: string): SeriesMembership | null {
	if (value.length > MAX_VALUE_FOR_PATTERNS) return null;
	const partOf = /\b(?:part|book|story|no\.?)\s+(\d+|[a-z]+)\s+(?:of|in)\s+(?:the\s+)?(.+?)(?:\s+(?:series|trilogy|saga|verse))?(?:[.;,(]|$)/i.exec(value);
	if (partOf) {
		const raw = (partOf[1] ?? '').toLowerCase();
		const part = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? null);
		const title = (partOf[2] ?? '').trim();
		if (title !== '' && !/^\d+$/.test(title)) return { title, url: null, part };
	}
	const plain = trimTrailing(value, '.;').trim();
	return plain === '' ? null : { title: plain, url: null, part: null };
}

function emptyBlock(): HeaderBlock {
	return {
		title: null, authors: [], fandoms: [], rating: null, relationships: [], characters: [], categories: [],
		warnings: [], spoilers: null, summary: null, notes: null, tags: [], series: [], words: null, extraFields: [],
		paragraphs: [], storyKeys: 0, recKeys: 0,
	};
}

function addValue(block: HeaderBlock, pair: Pair): void {
	const field = pair.info?.field ?? 'extra';
	const value = pair.value;
	switch (field) {
		case 'title': if (block.title === null && value !== '') block.title = value; break;
		case 'authors': block.authors.push(...value.split(/,|&|\band\b/i).map(cleanByName).filter((name) => name !== '' && !name.includes('@'))); break;
		case 'fandoms': block.fandoms.push(...list(value)); break;
		case 'rating': if (block.rating === null && value !== '') block.rating = value; break;
		case 'relationships': block.relationships.push(...list(value)); break;
		case 'characters': block.characters.push(...list(value)); break;
		case 'categories': block.categories.push(...list(value)); break;
		case 'warnings': block.warnings.push(...list(value)); break;
		case 'spoilers': if (value !== '' && !/^(?:none|n\/a|no)\.?$/i.test(value)) block.spoilers = block.spoilers ? `${block.spoilers}; ${value}` : value; break;
		case 'summary': block.summary = block.summary ? `${block.summary}\n${value}` : value; break;
		case 'notes': if (value !== '') block.notes = block.notes ? `${block.notes}\n${value}` : value; break;
		case 'tags': block.tags.push(...list(value)); break;
		case 'series': { const s = seriesFrom(value); if (s) block.series.push(s); block.extraFields.push({ key: pair.key, value }); break; }
		case 'words': { const n = /\d[\d,.]*\s*k?/i.exec(value); if (n) { const raw = n[0].toLowerCase(); const num = Number(raw.replace(/[^\d.]/g, '')); block.words = raw.includes('k') ? Math.round(num * 1000) : Math.round(Number(raw.replace(/[^\d]/g, ''))); } block.extraFields.push({ key: pair.key, value }); break; }
		default: block.extraFields.push({ key: pair.key, value });
	}
}

/** A line of dashes, equals signs, X's and the like: it frames the header, it is not part of a value. */
const SEPARATOR_LINE = /^([-=_*~#+.xXoO0])\1{3,}$|^(?:[-=_*~]\s?){4,}$/;

/**
 * Joins a continuation line to a value: a line of its own after a finished
 * sentence, else a space, since plain-text files wrap values at 70 columns.
 */
function joinLine(value: string, line: string, paragraph: boolean): string {
	return paragraph || /[.!?…:;"'”’)\]]$/.test(value) ? `${value}\n${line}` : `${value} ${line}`;
}

/** Continue the last field with a line (or, `paragraph`, a whole paragraph) that has no key of its own. */
function continueValue(block: HeaderBlock, last: Pair | null, line: string, paragraph = false): void {
	if (!last || SEPARATOR_LINE.test(line.trim()) || isSceneBreakText(line)) return;
	const field = last.info?.field ?? 'extra';
	// A key whose value went to the next line ("Rating :" then "PG").
	if (field === 'rating' && block.rating === null) block.rating = line;
	else if (field === 'title' && block.title === null) block.title = line;
	else if (field === 'summary') block.summary = block.summary ? joinLine(block.summary, line, paragraph) : line;
	else if (field === 'notes') block.notes = block.notes ? joinLine(block.notes, line, paragraph) : line;
	else if (field === 'spoilers') block.spoilers = block.spoilers ? `${block.spoilers} ${line}` : line;
	else if (field === 'warnings') block.warnings.push(...list(line));
	else {
		const extra = block.extraFields.at(-1);
		if (extra && extra.key === last.key) extra.value = joinLine(extra.value, line, paragraph).trim();
	}
}

interface ParagraphScan {
	/** The paragraph's non-empty lines, trimmed. */
	lines: string[];
	/** Whether some line holds a known key, and whether one of them is a story key. */
	keyedLines: boolean[];
	storyKey: boolean;
	/**
	 * How many lines come before the first keyed one: 0 for a paragraph that
	 * opens with a key; 1 or 2 for a title line and a `By X` line set in the
	 * same paragraph as the keys (`<p>Title<br>Author: X<br>Rating: R</p>`);
	 * -1 when the paragraph does not open a header.
	 */
	lead: number;
}

function lineLines(text: string): string[] {
	return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

function scanParagraph(text: string): ParagraphScan {
	const lines = lineLines(text);
	const pairs = lines.map((line) => pairsOnLine(line)?.filter((p) => p.info !== null) ?? []);
	const keyedLines = pairs.map((known) => known.length > 0);
	const first = keyedLines.indexOf(true);
	const leadOk = first === 0 || (first > 0 && first <= 2 && lines.slice(0, first).every((l) => wordsIn(l) <= 15));
	return { lines, keyedLines, storyKey: pairs.some((known) => known.some(isStoryKey)), lead: leadOk ? first : -1 };
}

function isStoryKey(pair: Pair): boolean {
	return pair.info !== null && !pair.info.weak && pair.info.field !== 'rec' && pair.info.field !== 'mail';
}

/** Keys only fiction uses: with a `By X` line, one of them is enough to call it a story header. */
const FICTION_FIELDS: ReadonlySet<Field> = new Set(['rating', 'warnings', 'relationships', 'fandoms', 'spoilers', 'characters']);

function wordsIn(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** How far into the text a header block may start (title lines, mail headers, separators before it). */
const MAX_PREAMBLE = 8;

/** Keys whose value may be the paragraph that follows when the line itself leaves it empty ("Notes:" then the note). */
const VALUE_BELOW: ReadonlySet<Field> = new Set(['notes', 'summary', 'extra']);

/**
 * Read the story header at the top of `paragraphs` (plain text, one entry per
 * paragraph, lines separated by `\n`). Returns null when there is no block of
 * at least two story keys (or one fiction key under a `By X` line).
 */
export function parseHeaderBlock(raw: readonly string[]): HeaderBlock | null {
	// The block starts within the preamble and runs at most 40 paragraphs; five more may repeat the title or byline.
	const paragraphs = raw.slice(0, MAX_PREAMBLE + 46).map(headerText);
	const scans = paragraphs.map((p, i) => (i < MAX_PREAMBLE + 40 ? scanParagraph(p) : null));
	const start = scans.findIndex((s, i) => i < MAX_PREAMBLE + 1 && s !== null && s.lead >= 0 && s.storyKey);
	const opening = scans[start];
	if (start === -1 || !opening) return null;
	const block = emptyBlock();
	let fictionKeys = 0;
	let last: Pair | null = null;
	let tookValueBelow = false;
	let end = start;
	for (let i = start; i < scans.length; i++) {
		const scan = scans[i];
		if (!scan) break;
		if (scan.keyedLines[0] !== true && i !== start) {
			// One keyless paragraph inside the block continues the previous value (a long disclaimer),
			// as does the paragraph under a key that left its line empty ("Notes:").
			const next = scans[i + 1];
			const below: boolean = last !== null && last.value === '' && !tookValueBelow && VALUE_BELOW.has(last.info?.field ?? 'extra') && block.storyKeys >= 1;
			if ((next?.keyedLines[0] === true || below) && wordsIn(paragraphs[i] ?? '') < 120 && last !== null) {
				continueValue(block, last, (paragraphs[i] ?? '').replace(/\n/g, ' '), true);
				tookValueBelow ||= below;
				end = i;
				continue;
			}
			break;
		}
		// Lines without a key inside a keyed paragraph continue the value before them.
		for (const line of scan.lines.slice(i === start ? opening.lead : 0)) {
			const pairs = pairsOnLine(line);
			if (pairs && pairs.some((p) => p.info !== null)) {
				for (const pair of pairs) {
					addValue(block, pair);
					if (isStoryKey(pair)) block.storyKeys++;
					if (FICTION_FIELDS.has(pair.info?.field ?? 'extra')) fictionKeys++;
					if (pair.info?.field === 'rec') block.recKeys++;
					last = pair;
					tookValueBelow = false;
				}
			} else continueValue(block, last, line);
		}
		end = i;
	}
	const header = new Set<number>();
	for (let i = start; i <= end; i++) header.add(i);
	// Preamble, read upwards from the block: the title line, `By X`, mail headers and separators.
	let byAuthor: string | null = null;
	const readPreambleLine = (line: string, keyed: boolean): void => {
		const by = BY_LINE.exec(line);
		if (by) byAuthor ??= cleanByName(by[1] ?? '');
		else if (!isSceneBreakText(line) && block.title === null && !keyed && !/@/.test(line) && !SEPARATOR_LINE.test(line)) block.title = line;
	};
	for (let j = opening.lead - 1; j >= 0; j--) readPreambleLine(opening.lines[j] ?? '', false);
	for (let i = start - 1; i >= 0; i--) {
		const scan = scans[i];
		if (!scan || wordsIn(paragraphs[i] ?? '') > 25) break;
		for (let j = scan.lines.length - 1; j >= 0; j--) readPreambleLine(scan.lines[j] ?? '', scan.keyedLines[j] === true);
		header.add(i);
	}
	if (block.storyKeys < 2 && !(byAuthor !== null && fictionKeys >= 1)) return null;
	// After the block: the title again, `By X`, an address, separators.
	for (let i = end + 1, taken = 0; i < paragraphs.length && taken < 5; i++, taken++) {
		const lines = lineLines(paragraphs[i] ?? '');
		const fits = lines.every((text) => {
			const by = BY_LINE.exec(text);
			const isTitle = block.title !== null && normaliseTitle(text) === normaliseTitle(block.title);
			const isAddress = /^\S+@\S+\.\S+$/.test(text) || /^\(?\S+@\S+\)?$/.test(text);
			if (by) byAuthor ??= cleanByName(by[1] ?? '');
			return by || isTitle || isAddress || isSceneBreakText(text);
		});
		if (!fits) break;
		header.add(i);
	}
	if (block.authors.length === 0 && byAuthor) block.authors.push(byAuthor);
	block.paragraphs = [...header].sort((a, b) => a - b);
	block.authors = [...new Set(block.authors.map((a) => a.trim()).filter(Boolean))];
	return block;
}

function normaliseTitle(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A name without a trailing address ("Jess <jess@example.net>") or punctuation. */
function cleanByName(name: string): string {
	const words = name.trim().split(/\s+/);
	if (words.length > 1 && words.at(-1)?.includes('@')) words.pop();
	return trimTrailing(words.join(' '), '.,;').trim();
}

/** A `By X` line, and the title line right above it (in the same paragraph or the one before). */
export interface ByLine {
	/** The paragraph holding the `By X` line. */
	index: number;
	author: string;
	title: string | null;
	/** The paragraph holding the title line, when there is one. */
	titleIndex: number | null;
	/** Whether the byline's paragraph holds nothing but the title and byline. */
	bylineOnly: boolean;
}

/** The author named by a `By X` line among the first paragraphs, if any, with the title line over it. */
export function findByLine(paragraphs: readonly string[], within = 6): ByLine | null {
	for (let i = 0; i < Math.min(within, paragraphs.length); i++) {
		const lines = lineLines(headerText(paragraphs[i] ?? ''));
		const at = lines.findIndex((line) => BY_LINE.test(line));
		if (at === -1 || at > 1) continue;
		const by = BY_LINE.exec(lines[at] ?? '');
		const above = at === 1 ? (lines[0] ?? null) : i > 0 ? headerText(paragraphs[i - 1] ?? '').trim() : null;
		const title = above && !above.includes('\n') && wordsIn(above) <= 15 && !isSceneBreakText(above) ? above : null;
		return { index: i, author: cleanByName(by?.[1] ?? ''), title, titleIndex: title === null ? null : at === 1 ? i : i - 1, bylineOnly: lines.length === at + 1 };
	}
	return null;
}

/**
 * How many separate header blocks (runs with a title or author key and at
 * least one more story key, or with two keys only fiction uses) the text
 * holds, and how many recommendation-only keys. A rec post, an author's
 * profile or an index page lists many blocks; a story has one.
 */
export function countHeaderBlocks(paragraphs: readonly string[]): { blocks: number; recKeys: number } {
	let blocks = 0;
	let recKeys = 0;
	let runKeys = 0;
	let runNamed = false;
	let runFiction = 0;
	let runRated = false;
	let gap = 0;
	const close = (): void => {
		if ((runNamed && runKeys >= 2) || runFiction >= 2) blocks++;
		runKeys = 0;
		runNamed = false;
		runFiction = 0;
		runRated = false;
	};
	for (const paragraph of paragraphs) {
		let keyedHere = false;
		for (const line of headerText(paragraph).split('\n')) {
			const pairs = pairsOnLine(line.trim());
			if (!pairs) continue;
			for (const pair of pairs) {
				if (pair.info === null) continue;
				if (pair.info.field === 'rec') recKeys++;
				if (!isStoryKey(pair)) continue;
				// A second title, or a second rating, starts a new block even without a gap.
				if ((pair.info.field === 'title' && runNamed) || (pair.info.field === 'rating' && runRated)) close();
				keyedHere = true;
				runKeys++;
				if (pair.info.field === 'title' || pair.info.field === 'authors') runNamed = true;
				if (pair.info.field === 'rating') runRated = true;
				if (FICTION_FIELDS.has(pair.info.field)) runFiction++;
			}
		}
		if (keyedHere) gap = 0;
		else if (++gap > 2) close();
	}
	close();
	return { blocks, recKeys };
}

/** Whether any paragraph holds a story header line (`Author: X`, `Rating: R`…), wherever it sits. */
/** A line that starts like a byline, its name perhaps on the next raw line (`By <div>Wren</div>`). */
const BY_LINE_START = /^(?:(?:written\s+)?by|by:)(?:\s|$)/iu;

/**
 * Whether any line of a page's raw text (raw-lines.ts) starts a story key line
 * or a byline. The cheap test before the page is cleaned: every line of the
 * cleaned page starts where a raw line starts, so a page with neither among its
 * raw lines has no header line and no byline once cleaned either.
 */
export function mayHoldStoryHeader(lines: readonly string[]): boolean {
	for (const line of lines) {
		const text = headerText(line).trim();
		if (BY_LINE_START.test(text) || pairsOnLine(text)?.some(isStoryKey)) return true;
	}
	return false;
}

export function hasStoryKeyLine(paragraphs: readonly string[]): boolean {
	for (const paragraph of paragraphs) {
		for (const line of headerText(paragraph).split('\n')) {
			if (pairsOnLine(line.trim())?.some(isStoryKey)) return true;
		}
	}
	return false;
}
