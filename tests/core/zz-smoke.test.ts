import { test } from 'vitest';
import { readdirSync } from 'node:fs';
import { extractFile, corpusDir } from './helpers.js';
test('neg', { timeout: 300000 }, () => {
 for (const d of readdirSync(`${corpusDir}/readability`)) {
  const t0=performance.now();
  const s = extractFile(`${corpusDir}/readability/${d}/source.html`, `http://fakehost/test/page.html`);
  if (s.kind !== 'not-story') console.log('!!!', d, s.kind, s.title, s.authors, (performance.now()-t0).toFixed(0));
 }
});
