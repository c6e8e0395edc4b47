/**
 * The book's unique identifier: a name-based (version 5) UUID of the story's
 * identity, so every EPUB of one story carries the same identifier and an
 * e-reader replaces the old copy instead of shelving a second one. SHA-1 is
 * written out here because buildEpub is synchronous and WebCrypto is not.
 */

/** RFC 9562's namespace for names that are URLs (or URIs). */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

function rotl(x: number, n: number): number {
	return (x << n) | (x >>> (32 - n));
}

/** SHA-1 of some bytes (FIPS 180-4). Used for identifiers, never for security. */
export function sha1(bytes: Uint8Array): Uint8Array {
	const length = bytes.length;
	const padded = new Uint8Array((((length + 8) >> 6) + 1) * 64);
	padded.set(bytes);
	padded[length] = 0x80;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
	view.setUint32(padded.length - 4, (length * 8) >>> 0);
	const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
	const w = new Array<number>(80);
	for (let offset = 0; offset < padded.length; offset += 64) {
		for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
		for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
		let [a, b, c, d, e] = h as [number, number, number, number, number];
		for (let i = 0; i < 80; i++) {
			const [f, k] = i < 20 ? [(b & c) | (~b & d), 0x5a827999]
				: i < 40 ? [b ^ c ^ d, 0x6ed9eba1]
				: i < 60 ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
				: [b ^ c ^ d, 0xca62c1d6];
			const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
			e = d;
			d = c;
			c = rotl(b, 30);
			b = a;
			a = t;
		}
		h[0] = (h[0]! + a) | 0;
		h[1] = (h[1]! + b) | 0;
		h[2] = (h[2]! + c) | 0;
		h[3] = (h[3]! + d) | 0;
		h[4] = (h[4]! + e) | 0;
	}
	const out = new Uint8Array(20);
	const outView = new DataView(out.buffer);
	h.forEach((word, i) => outView.setUint32(i * 4, word >>> 0));
	return out;
}

function uuidBytes(uuid: string): Uint8Array {
	const hex = uuid.replace(/-/g, '');
	return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/** RFC 9562 version 5 UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = URL_NAMESPACE): string {
	const nameBytes = new TextEncoder().encode(name);
	const input = new Uint8Array(16 + nameBytes.length);
	input.set(uuidBytes(namespace));
	input.set(nameBytes, 16);
	const hash = sha1(input).subarray(0, 16);
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `urn:uuid:…` for a story: from its storyKey ("ao3:41952030", the same for
 * its chapter pages, entire-work view and download), else from its URL.
 */
export function bookIdentifier(story: { storyKey: string | null; url: string }): string {
	const identity = story.storyKey ?? `url:${story.url.split('#')[0]}`;
	return `urn:uuid:${uuidV5(`quire:story:${identity}`)}`;
}
