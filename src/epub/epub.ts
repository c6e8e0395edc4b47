/**
 * TEMPORARY stub: the EPUB writer is built on the `epub` branch, which
 * replaces this file. Only the two signatures the library calls are here.
 */
import type { Story } from '../core/types.js';

export function buildEpub(_story: Story, _options?: { modified?: Date }): Uint8Array {
	throw new Error('EPUB export is not built yet');
}

export function epubFileName(_story: Story): string {
	throw new Error('EPUB export is not built yet');
}
