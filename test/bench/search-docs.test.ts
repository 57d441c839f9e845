import { expect, test } from 'vitest';
import { docsSection } from '../../src/lib/bench/docs-section.ts';
import { repoFile } from '../support/repo-file.ts';
import { DOCS_END, DOCS_START, resultsSection, type SearchResults } from '../../src/lib/bench/search-table.ts';

const results = JSON.parse(repoFile('docs/search-results.json')) as SearchResults;

test('docs/search.md shows the search-quality figures of docs/search-results.json (npm run bench:search:docs)', () => {
	expect(docsSection(repoFile('docs/search.md'), DOCS_START, DOCS_END)).toBe(resultsSection(results));
	expect(Object.keys(results.runs).length).toBeGreaterThan(0);
});
