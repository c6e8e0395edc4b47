/**
 * Pictures already inside the page as `data:` URLs become files of the book.
 * Nothing is fetched: a picture on the web is not in the book. Only EPUB's
 * core image types whose bytes really are that type are kept (PNG, JPEG, GIF);
 * WebP and AVIF would need fallbacks that older readers lack, and a file that
 * is not what it claims would fail epubcheck, so those are left out too.
 */

export interface BookImage {
	/** Path inside the book's content folder ("images/image-1.png"). */
	href: string;
	mediaType: string;
	data: Uint8Array;
}

const SIGNATURES: { mediaType: string; extension: string; magic: number[] }[] = [
	{ mediaType: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
	{ mediaType: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
	{ mediaType: 'image/gif', extension: 'gif', magic: [0x47, 0x49, 0x46, 0x38] },
];

/** Large enough for any picture in a story, small enough that a hostile page cannot balloon the book. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

function decodeBase64(text: string): Uint8Array | null {
	const clean = text.replace(/[\s]/g, '').replace(/-/g, '+').replace(/_/g, '/');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
	try {
		const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

function decodePercent(text: string): Uint8Array {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const hex = text[i] === '%' ? text.slice(i + 1, i + 3) : '';
		if (/^[0-9a-f]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...new TextEncoder().encode(text[i]));
		}
	}
	return Uint8Array.from(bytes);
}

/** The bytes of a `data:` URL, or null when it is not one or cannot be decoded. */
export function dataUrlBytes(url: string): Uint8Array | null {
	const match = /^data:([^,]*),(.*)$/is.exec(url.trim());
	if (!match) return null;
	const [, header = '', payload = ''] = match;
	if (payload.length > MAX_IMAGE_BYTES * 1.4) return null;
	return /;\s*base64\s*$/i.test(header) ? decodeBase64(payload) : decodePercent(payload);
}

function sniff(data: Uint8Array): (typeof SIGNATURES)[number] | null {
	return SIGNATURES.find(({ magic }) => magic.every((byte, i) => data[i] === byte)) ?? null;
}

/** The book's pictures, one file per distinct `data:` URL. */
export class ImageStore {
	readonly #byUrl = new Map<string, BookImage | null>();
	readonly #images: BookImage[] = [];

	/** The picture's path in the book, or null when it stays out (remote, unknown type, corrupt). */
	add(src: string): string | null {
		if (!/^\s*data:/i.test(src)) return null;
		const known = this.#byUrl.get(src);
		if (known !== undefined) return known?.href ?? null;
		const data = dataUrlBytes(src);
		const type = data && data.length <= MAX_IMAGE_BYTES ? sniff(data) : null;
		const image = data && type ? { href: `images/image-${this.#images.length + 1}.${type.extension}`, mediaType: type.mediaType, data } : null;
		if (image) this.#images.push(image);
		this.#byUrl.set(src, image);
		return image?.href ?? null;
	}

	get images(): readonly BookImage[] {
		return this.#images;
	}
}
