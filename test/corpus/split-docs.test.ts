import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DOCS_END, DOCS_START, resultsSection, type SplitResults } from '../../src/lib/corpus/split-table.ts';

const docs = readFileSync(join(import.meta.dirname, '../../docs/importer.md'), 'utf8');
const results = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../docs/split-results.json'), 'utf8'),
) as SplitResults;

test('docs/importer.md shows the split figures of docs/split-results.json (npm run bench:split:docs)', () => {
	const section = docs.slice(docs.indexOf(DOCS_START), docs.indexOf(DOCS_END) + DOCS_END.length);
	expect(section).toBe(resultsSection(results));
	expect(Object.keys(results.sets)).toContain('dev');
});
