/**
 * Bytes of a saved page to text, as a browser would: a byte-order mark first,
 * then a `<meta charset>` in the first kilobytes, then UTF-8 if the bytes are
 * valid UTF-8, else windows-1252 (what old personal archives were written in).
 */
/** windows-1252's 0x80–0x9F (Node's TextDecoder treats the label as Latin-1 and gets these wrong). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
	return out;
}

function isWindows1252(label: string): boolean {
	return ['windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'latin1', 'iso8859-1', 'us-ascii', 'ascii', 'l1'].includes(label);
}

export function decodePage(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
	if (declared && isWindows1252(declared)) return decodeWindows1252(bytes);
	if (declared && declared !== 'utf-8' && declared !== 'utf8') {
		try {
			return new TextDecoder(declared).decode(bytes);
		} catch {
			// an unknown label: fall through to the byte test
		}
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return decodeWindows1252(bytes);
	}
}
