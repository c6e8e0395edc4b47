/**
 * Offers bytes to the reader as a file download, from the page the reader is
 * on: a Blob, an object URL and an `<a download>` clicked inside the reader's
 * own shadow root, so nothing is added to the page's document where its
 * scripts could see it, and no extension permission is needed.
 */

/** Long enough for the browser to have read the Blob; the object URL is then released. */
const RELEASE_AFTER_MS = 60_000;

export function saveFile(root: ParentNode & Node, name: string, bytes: Uint8Array, mediaType: string): void {
	const doc = root.ownerDocument ?? (root as unknown as Document);
	const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
	const link = doc.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	root.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}
