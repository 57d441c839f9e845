import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DOCS_END, DOCS_START, resultsSection, type SearchResults } from '../../src/lib/bench/search-table.ts';

const docs = readFileSync(join(import.meta.dirname, '../../docs/search.md'), 'utf8');
const results = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../docs/search-results.json'), 'utf8'),
) as SearchResults;

test('docs/search.md shows the search-quality figures of docs/search-results.json (npm run bench:search:docs)', () => {
	const section = docs.slice(docs.indexOf(DOCS_START), docs.indexOf(DOCS_END) + DOCS_END.length);
	expect(section).toBe(resultsSection(results));
	expect(Object.keys(results.runs).length).toBeGreaterThan(0);
});
