/**
 * A short text fingerprint of a paragraph, to find it again after the author
 * edited the chapter: the first and last words, a length bucket and a small
 * hash, all over normalised text (case, punctuation and whitespace ignored),
 * e.g. "she had never|the door behind|27|1x3k9q".
 */

const EDGE_WORDS = 3;
const WORD_MAX = 12;

/** Lower case, letters and digits only, single spaces. */
export function normaliseText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** FNV-1a, 32 bits, base 36. */
function smallHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/** Grows by about 12% a step, so light edits keep the bucket or move it by one. */
function lengthBucket(length: number): number {
	return length === 0 ? 0 : Math.floor(Math.log(length) / Math.log(1.12)) + 1;
}

export function fingerprint(text: string): string {
	const normal = normaliseText(text);
	const words = normal === '' ? [] : normal.split(' ').map((w) => w.slice(0, WORD_MAX));
	const head = words.slice(0, EDGE_WORDS).join(' ');
	const tail = words.slice(-EDGE_WORDS).join(' ');
	return `${head}|${tail}|${lengthBucket(normal.length)}|${smallHash(normal)}`;
}

interface Parts {
	head: string[];
	tail: string[];
	bucket: number;
	hash: string;
}

function parse(print: string): Parts | null {
	const parts = print.split('|');
	if (parts.length !== 4) return null;
	const [head = '', tail = '', bucket = '', hash = ''] = parts;
	const words = (s: string): string[] => (s === '' ? [] : s.split(' '));
	return { head: words(head), tail: words(tail), bucket: Number(bucket), hash };
}

function wordsAgreement(a: string[], b: string[]): number {
	const length = Math.max(a.length, b.length);
	if (length === 0) return 1;
	let same = 0;
	for (let i = 0; i < length; i++) if (a[i] !== undefined && a[i] === b[i]) same += 1;
	return same / length;
}

/**
 * How alike two fingerprints are, 0..1: 1 for the same text; around 0.8 and
 * above when a word or two changed in the middle; low for other paragraphs.
 */
export function fingerprintSimilarity(a: string, b: string): number {
	const x = parse(a);
	const y = parse(b);
	if (!x || !y) return 0;
	if (x.hash === y.hash && x.bucket === y.bucket) return 1;
	const lengthScore = Math.max(0, 1 - Math.abs(x.bucket - y.bucket) / 3);
	const score = 0.4 * wordsAgreement(x.head, y.head) + 0.4 * wordsAgreement(x.tail, y.tail) + 0.2 * lengthScore;
	// Never 1 without the same text.
	return Math.min(score, 0.99);
}

/** Below this, a paragraph is not the one we are looking for. */
export const FINGERPRINT_MATCH = 0.6;
