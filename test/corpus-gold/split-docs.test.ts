import { expect, test } from 'vitest';
import { docsSection } from '../../src/lib/bench/docs-section.ts';
import { repoFile } from '../support/repo-file.ts';
import { DOCS_END, DOCS_START, resultsSection, type SplitResults } from '../../src/lib/corpus-gold/split-table.ts';

const results = JSON.parse(repoFile('docs/split-results.json')) as SplitResults;

test('docs/importer.md shows the split figures of docs/split-results.json (npm run bench:split:docs)', () => {
	expect(docsSection(repoFile('docs/importer.md'), DOCS_START, DOCS_END)).toBe(resultsSection(results));
	expect(Object.keys(results.sets)).toContain('dev');
});
