import { hrefOf, parseCount, squash, textOf } from './dom.js';
import { looseDate } from './loose-date.js';
import { safeGet, safeTagName } from './safe-dom.js';
import type { RawStory } from './raw.js';
import type { HeaderField, StoryStats } from './types.js';

/**
 * The `Label: value` metadata blocks that old archive engines print around a
 * story (eFiction's `<span class="label">Rated:</span> PG<br>`, FicWad's
 * `Rating: PG - Genres: Drama - …` line, TtH's header table). Read-only and
 * free of DOMPurify, so site files may use it.
 */

export interface LabelledValue {
	/** The label as shown, without its colon: "Word count". */
	key: string;
	/** The value as plain text; line breaks kept as "\n", spaces squashed. */
	text: string;
	/** The links inside the value, in order (categories, characters, series). */
	links: Element[];
}

const BLOCK = /^(?:P|DIV|BR|LI|TR|H[1-6]|BLOCKQUOTE)$/;

/**
 * Every label in `container` (in document order, at any depth) with the value
 * that follows it up to the next label. A value may run over several lines
 * (a summary with line breaks) and hold links. Text before the first label is
 * not a value.
 */
export function labelledValues(container: Element, isLabel: (el: Element) => boolean): LabelledValue[] {
	const out: { key: string; parts: string[]; links: Element[] }[] = [];
	// Node properties through the prototypes' getters: a form's named inputs shadow its own (safe-dom.ts).
	const walk = (parent: Node): void => {
		for (const node of Array.from(safeGet<NodeListOf<ChildNode>>(parent, 'childNodes'))) {
			const current = out.at(-1);
			const type = safeGet<number>(node, 'nodeType');
			if (type === 3) {
				current?.parts.push(safeGet<string | null>(node, 'nodeValue') ?? '');
				continue;
			}
			if (type !== 1) continue;
			const el = node as Element;
			if (isLabel(el)) {
				out.push({ key: textOf(el).replace(/\s*:$/, ''), parts: [], links: [] });
				continue;
			}
			const tag = safeTagName(el);
			if (tag === 'A') current?.links.push(el);
			walk(el);
			if (BLOCK.test(tag)) current?.parts.push('\n');
		}
	};
	walk(container);
	return out.map(({ key, parts, links }) => ({
		key,
		text: parts.join('').split('\n').map((line) => squash(line)).filter(Boolean).join('\n'),
		links,
	}));
}

/**
 * A header table (labels in the first row's `th`, values in the last row's
 * `td`) as labelled values. Without a header row, `keys` names the columns in
 * order, as the site is documented to print them.
 */
export function tableValues(table: Element, keys: readonly string[] = []): LabelledValue[] {
	const rows = Array.from(table.querySelectorAll('tr'));
	const labels = Array.from(rows[0]?.querySelectorAll('th') ?? [], (th) => textOf(th).replace(/\s*:$/, ''));
	const cells = Array.from(rows.at(-1)?.querySelectorAll('td') ?? []);
	return cells.map((td, i) => ({ key: labels[i] ?? keys[i] ?? '', text: textOf(td), links: Array.from(td.querySelectorAll('a')) })).filter((v) => v.key !== '');
}

/** Values that say "nothing here". */
const NOTHING = /^(?:none|n\/a|-+|nessuno|keine|aucun)$/i;

/** A value as a list: its links' texts when it has links, else its text split at commas. "None" is no item. */
export function valueList(value: LabelledValue | undefined): string[] {
	if (!value) return [];
	const items = value.links.length > 0 ? value.links.map((a) => textOf(a)) : value.text.split(/\s*[,\n]\s*/);
	return items.map((item) => squash(item)).filter((item) => item !== '' && !NOTHING.test(item));
}

/** The text of a value, or null when it is missing, empty or "None". */
export function valueText(value: LabelledValue | undefined): string | null {
	const text = value?.text.trim() ?? '';
	return text === '' || NOTHING.test(text) ? null : text;
}

/** "Yes", "Completed", "Ja", "Igen", "Oui", "Sì", "Да" → true; "No" and the like → false; nothing → null. */
export function yesNo(text: string | null | undefined): boolean | null {
	const value = squash(text).toLowerCase();
	if (value === '') return null;
	// Not `\b`: it knows ASCII letters only, so it finds no word end after "sì" or "да".
	return /^(?:yes|y|complete|completed|ja|igen|oui|sì|si|sim|tak|да)(?=$|[\s,.;:!])/.test(value);
}

export type LabelledStats = Partial<StoryStats> & { extra: Record<string, string> };
export type LabelledHeader = Pick<RawStory, 'summary' | 'rating' | 'categories' | 'characters' | 'relationships' | 'series'> & {
	tags: string[];
	warnings: string[];
	extraFields: HeaderField[];
	stats: LabelledStats;
};

/** Counters kept as they are shown, under their lower-cased label. */
const COUNTERS = new Set(['read', 'reads', 'hits', 'reviews', 'recs', 'kudos', 'favs', 'follows']);
/** Labels a site reads itself (the byline, the title) and that are no header field. */
const SKIP = new Set(['author', 'authors', 'title', 'by']);

/**
 * The story header from `Label: value` pairs, with the labels eFiction and its
 * relatives use (as FanFicFare's eFiction reader maps them): Summary, Rated,
 * Categories, Characters, Genre(s), Warnings, Pairing, Series, Chapters,
 * Completed, Word count, Published, Updated; counters go to `stats.extra`,
 * anything else to `extraFields`. `base` resolves series links.
 */
export function headerFromLabels(values: readonly LabelledValue[], base: URL): LabelledHeader {
	const out: LabelledHeader = { tags: [], warnings: [], extraFields: [], stats: { extra: {} } };
	for (const value of values) {
		const key = value.key.toLowerCase();
		const text = valueText(value);
		if (key === 'summary' || key === 'description') out.summary = text;
		else if (key === 'rated' || key === 'rating') out.rating = text;
		else if (key.startsWith('categor')) out.categories = valueList(value);
		else if (key.startsWith('character')) out.characters = valueList(value);
		// concat, not push(...list): a spread of a page-made list throws past ~150k items.
		else if (key.startsWith('genre')) out.tags = out.tags.concat(valueList(value));
		else if (key.startsWith('warning')) out.warnings = out.warnings.concat(valueList(value));
		else if (key.startsWith('pairing') || key.startsWith('relationship')) out.relationships = valueList(value);
		else if (key === 'series') out.series = valueList(value).map((title) => ({ title, url: hrefOf(value.links.find((a) => textOf(a) === title), base), part: null }));
		else if (key === 'chapters') out.stats.chapters = parseCount(text);
		else if (key === 'completed' || key === 'complete') out.stats.complete = yesNo(text);
		else if (key === 'status') out.stats.complete = text === null ? null : /^complete/i.test(text);
		else if (key === 'word count' || key === 'words') out.stats.words = parseCount(text);
		else if (key === 'published' || key === 'created') out.stats.published = looseDate(text);
		else if (key === 'updated') out.stats.updated = looseDate(text);
		else if (COUNTERS.has(key)) out.stats.extra[key] = text ?? '0';
		else if (text !== null && !SKIP.has(key)) out.extraFields.push({ key: value.key, value: text });
	}
	return out;
}
