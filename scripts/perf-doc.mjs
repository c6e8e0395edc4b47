/** Replaces one `## Heading` section of docs/performance.md, keeping the others. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const docPath = join(dirname(fileURLToPath(import.meta.url)), '../docs/performance.md');

export function writePerformanceSection(heading, lines) {
	const section = [`## ${heading}`, '', ...lines, ''].join('\n');
	let doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n\nNumbers from `npm run bench`; rerun it to refresh every section.\n\n';
	const start = doc.indexOf(`## ${heading}\n`);
	if (start === -1) {
		doc = `${doc.trimEnd()}\n\n${section}`;
	} else {
		const next = doc.indexOf('\n## ', start + 1);
		doc = doc.slice(0, start) + section + (next === -1 ? '' : doc.slice(next + 1));
	}
	mkdirSync(dirname(docPath), { recursive: true });
	writeFileSync(docPath, doc.endsWith('\n') ? doc : `${doc}\n`);
	return section;
}
