/**
 * `npm run bench:docs`: writes the tables of docs/scale.md from docs/bench-results.json (recorded
 * by `npm run bench -- --record docs/bench-results.json`), between its figures and rebuild
 * markers. Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { scaleDocs, type BenchResults } from '../src/lib/bench/results-tables.ts';

const resultsPath = 'docs/bench-results.json';
const docsPath = 'docs/scale.md';
try {
	const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResults;
	writeFileSync(docsPath, scaleDocs(readFileSync(docsPath, 'utf8'), results));
	console.log(`bench:docs: wrote the figures of ${resultsPath} into ${docsPath}`);
} catch (error) {
	console.error(`bench:docs: ${(error as Error).message} (${docsPath}, ${resultsPath})`);
	process.exit(1);
}
