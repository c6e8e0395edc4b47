import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * The EPUB container (OCF): a zip whose first entry is `mimetype`, stored
 * uncompressed with no extra field, so a reader can recognise the file from
 * its first bytes; everything else deflated.
 */

export const EPUB_MEDIA_TYPE = 'application/epub+zip';

/** A file of the book: its path inside the zip and its bytes or text. */
export interface BookFile {
	path: string;
	data: Uint8Array | string;
}

/** Zip timestamps are MS-DOS dates; fflate takes 1980 to 2099 and throws outside them. */
function zipTime(date: Date): Date {
	const year = date.getFullYear();
	if (Number.isNaN(year) || year < 1980) return new Date(1980, 0, 1);
	if (year > 2099) return new Date(2099, 11, 31);
	return date;
}

export function packEpub(files: readonly BookFile[], modified: Date): Uint8Array {
	const mtime = zipTime(modified);
	// fflate writes entries in the order the keys were added; `mimetype` is added first.
	const entries: Zippable = { mimetype: [strToU8(EPUB_MEDIA_TYPE), { level: 0, mtime }] };
	for (const file of files) {
		if (file.path in entries) throw new Error(`two files of the book share the path ${file.path}`);
		entries[file.path] = [typeof file.data === 'string' ? strToU8(file.data) : file.data, { level: 6, mtime }];
	}
	return zipSync(entries);
}
