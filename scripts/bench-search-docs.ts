/**
 * `npm run bench:search:docs`: writes the figures of docs/search-results.json (recorded by
 * `npm run bench:search -- --articles N --record docs/search-results.json`) into docs/search.md,
 * between its search-results markers. Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceResultsSection, type SearchResults } from '../src/lib/bench/search-table.ts';

const resultsPath = 'docs/search-results.json';
const docsPath = 'docs/search.md';
try {
	const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as SearchResults;
	writeFileSync(docsPath, replaceResultsSection(readFileSync(docsPath, 'utf8'), results));
	console.log(`bench:search:docs: wrote the figures of ${resultsPath} into ${docsPath}`);
} catch (error) {
	console.error(
		`bench:search:docs: ${(error as Error).message}. Record figures first: npm run bench:search -- --articles N --record ${resultsPath}`,
	);
	process.exit(1);
}
