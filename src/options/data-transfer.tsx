/** Export all reading data to a JSON file, and import one back (validated, merged: newer wins). */
import { useState } from 'preact/hooks';
import { exportReadingData, importReadingData, serializeReadingData, type ImportReport } from '../storage/export-import.js';

/** Import files are small JSON; anything far bigger is not ours. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function describeImport(report: ImportReport): string {
	if (!report.ok) return `Nothing was imported: ${report.error ?? 'the file could not be read.'} Your reading data is unchanged.`;
	const parts = [`${report.added} new`, `${report.updated} updated`, `${report.skipped} skipped (older or unreadable)`];
	const prefs = report.preferences === 'imported' ? ' Preferences imported.' : report.preferences === 'invalid' ? ' The preferences in the file were not valid and were left as they are.' : '';
	return `Imported reading positions: ${parts.join(', ')}.${prefs}`;
}

export function DataTransfer() {
	const [message, setMessage] = useState('');

	const download = async () => {
		const text = serializeReadingData(await exportReadingData());
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
			<p class="quire-muted">Positions, the shelf and preferences, in one file you can keep or move to another browser.</p>
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
