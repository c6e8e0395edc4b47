/** Export all reading data to a JSON file, and import one back (validated, merged: nothing stored is lost). */
import { useState } from 'preact/hooks';
import { exportReadingData, importReadingData, serializeReadingData, type ImportReport } from '../storage/export-import.js';

/** Import files are JSON; with saved copies they can be large, but not this large. */
const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export function describeImport(report: ImportReport): string {
	if (!report.ok) return `Nothing was imported: ${report.error ?? 'the file could not be read.'} Your reading data is unchanged.`;
	const parts = [`${report.added} new`, `${report.updated} updated`, `${report.skipped} skipped (older or unreadable)`];
	const prefs = report.preferences === 'imported' ? ' Preferences imported.' : report.preferences === 'invalid' ? ' The preferences in the file were not valid and were left as they are.' : '';
	const library = report.library ? ` Library: ${report.library.added} stories added, ${report.library.updated} updated.` : '';
	const copies = report.copies
		? ` Saved copies: ${report.copies.added} added, ${report.copies.updated} merged, ${report.copies.skipped} skipped.${report.copies.problem ? ` ${report.copies.problem}` : ''}`
		: '';
	return `Imported reading positions: ${parts.join(', ')}.${prefs}${library}${copies}`;
}

export function DataTransfer() {
	const [message, setMessage] = useState('');
	const [withCopies, setWithCopies] = useState(false);

	const download = async () => {
		const text = serializeReadingData(await exportReadingData({}, { includeCopies: withCopies }));
		const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = `quire-reading-data-${new Date().toISOString().slice(0, 10)}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
		setMessage('Your reading data was saved as a JSON file.');
	};

	const upload = async (input: HTMLInputElement) => {
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		if (file.size > MAX_IMPORT_BYTES) {
			setMessage('Nothing was imported: that file is far too large to be Quire reading data. Your reading data is unchanged.');
			return;
		}
		setMessage(describeImport(await importReadingData(await file.text())));
	};

	return (
		<div>
			<p class="quire-muted">Positions, the shelf, your library with its statuses, and preferences, in one file you can keep or move to another browser. Importing adds to what is here and never replaces anything newer.</p>
			<label class="quire-check">
				<input type="checkbox" checked={withCopies} onChange={(event) => setWithCopies((event.target as HTMLInputElement).checked)} />
				Include saved copies (the file can be large)
			</label>
			<p style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap', alignItems: 'center' }}>
				<button type="button" class="quire-primary" onClick={() => void download()}>Export reading data</button>
				<label>
					Import reading data{' '}
					<input type="file" accept="application/json,.json" onChange={(event) => void upload(event.target as HTMLInputElement)} />
				</label>
			</p>
			<p role="status" aria-live="polite">{message}</p>
		</div>
	);
}
