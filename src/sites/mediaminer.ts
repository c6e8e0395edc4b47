import { chapterTitle } from '../core/chapter-title.js';
import { hrefOf, squash, textOf } from '../core/dom.js';
import type { RawStory } from '../core/raw.js';
import type { SiteAdapter } from '../core/site.js';
import type { PageKind, StoryStats } from '../core/types.js';

const sel = {
	title: 'h1#post-title',
	rating: '#post-rating',
	meta: 'div.post-meta',
	author: 'div.post-meta a[href*="/user_info.php/"]',
	chapterLinks: 'p[style*="margin-left"] a[href*="/fanfic/c/"]',
	text: '#fanfic-text',
};

const PATH = /^\/fanfic\/(s|c)\/[^/]+\/[^/]+\/(\d+)(?:\/(\d+))?\/?$/;

function detect(doc: Document): PageKind {
	if (doc.querySelector(sel.text)) return 'story';
	if (doc.querySelector(sel.title) && doc.querySelector(sel.chapterLinks)) return 'index';
	return 'not-story';
}

/** The post-meta block: a summary as loose text, then `<b>Label: </b>value |` pairs. */
function readMeta(meta: Element | null): { summary: string | null; fields: Map<string, string> } {
	const fields = new Map<string, string>();
	if (!meta) return { summary: null, fields };
	let summary = '';
	let label: string | null = null;
	let seenAuthor = false;
	for (const node of Array.from(meta.childNodes)) {
		if (node.nodeType === 1 && (node as Element).tagName === 'B') {
			label = squash(node.textContent).replace(/:$/, '').toLowerCase();
			if (label !== 'by') fields.set(label, '');
			continue;
		}
		const text = node.nodeType === 1 && (node as Element).tagName === 'BR' ? '\n' : (node.textContent ?? '');
		if (label === 'by') {
			if (node.nodeType === 1 && (node as Element).tagName === 'A' && !seenAuthor) {
				seenAuthor = true;
				continue;
			}
			if (seenAuthor) summary += text;
		} else if (label !== null) {
			fields.set(label, squash(`${fields.get(label) ?? ''} ${text}`).replace(/\s*\|$/, ''));
		}
	}
	summary = summary.split(/\n\s*\n/).map((p) => squash(p)).filter(Boolean).join('\n\n');
	return { summary: summary || null, fields };
}

/** Select the story's parts from the page (reader and CLI only); called when `detect` did not say 'not-story'. */
export function extract(doc: Document, url: URL): RawStory {
	const kind = detect(doc);
	if (kind === 'not-story') return { kind, storyId: null };
	const path = PATH.exec(url.pathname);
	const heading = textOf(doc.querySelector(sel.title));
	const title = heading.split(/\s*❯\s*/).at(-1) ?? heading;
	const { summary, fields } = readMeta(doc.querySelector(sel.meta));
	const author = doc.querySelector(sel.author);
	const chapterList = Array.from(doc.querySelectorAll(sel.chapterLinks), (a, i) => {
		const shown = textOf(a).replace(/\s*\(\s*chapter\s+\d+\s*\)\s*$/i, '');
		const withoutStory = shown.startsWith(title) ? shown.slice(title.length) : shown.replace(/^.*?(?=chapter\s+\d+|epilogue|prologue)/i, '');
		const href = hrefOf(a, url);
		return { index: i + 1, title: chapterTitle(withoutStory.trim(), i + 1, 'menu'), id: /\/(\d+)\/?$/.exec(href ?? '')?.[1] ?? null, url: href };
	});
	const fandom = fields.get('anime/manga') ?? fields.get('fandom') ?? fields.get('movies') ?? fields.get('games') ?? null;
	const words = fields.get('words');
	const stats: Partial<StoryStats> = {
		chapters: chapterList.length || null,
		complete: fields.has('status') ? /complete/i.test(fields.get('status') ?? '') : null,
		words: words ? Math.round(Number.parseFloat(words) * (/k/i.test(words) ? 1000 : 1)) : null,
		extra: Object.fromEntries([...fields].filter(([k]) => ['visits', 'pages', 'type', 'uploaded on'].includes(k))),
	};
	const raw: RawStory = {
		kind,
		storyId: path?.[2] ?? null,
		title: title || null,
		authors: author ? [textOf(author)] : [],
		authorLinks: author ? [{ text: textOf(author), url: hrefOf(author, url) }] : [],
		rating: squash(textOf(doc.querySelector(sel.rating)).replace(/^\[|\]$/g, '')) || null,
		fandoms: fandom ? [fandom.replace(/\s+fan fiction$/i, '')] : [],
		tags: (fields.get('genre(s)') ?? '').split('/').map((g) => g.trim()).filter(Boolean),
		summary,
		chapterList,
		stats,
	};
	if (kind === 'story') {
		const body = doc.querySelector(sel.text);
		if (body) raw.chapters = [{ index: 1, title: null, id: path?.[3] ?? null, url: url.href, body, summary: null, notes: null, endNotes: null }];
	}
	return raw;
}

/** The light part, bundled into the content script: identity, URL test and cheap page check. */
export const site: SiteAdapter = {
	id: 'mediaminer',
	name: 'MediaMiner',
	hosts: ['mediaminer.org', 'www.mediaminer.org'],
	optional: true,
	examples: {
		story: ['https://www.mediaminer.org/fanfic/s/inuyasha-fan-fiction/a-miko-s-instincts/102126', 'https://www.mediaminer.org/fanfic/c/inuyasha-fan-fiction/a-miko-s-instincts/102126/343265'],
		notStory: ['https://www.mediaminer.org/fanfic/a/inuyasha/458', 'https://www.mediaminer.org/user_info.php/105805'],
	},
	matchUrl(url) {
		return PATH.test(url.pathname);
	},
	detect,
};
