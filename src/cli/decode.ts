/**
 * Bytes of a saved page to text, as a browser would: a byte-order mark first,
 * then a `<meta charset>` in the first kilobytes, then UTF-8 if the bytes are
 * valid UTF-8, else windows-1252 (what old personal archives were written in).
 */
export function decodePage(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
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
		return new TextDecoder('windows-1252').decode(bytes);
	}
}
