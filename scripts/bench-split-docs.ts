/**
 * `npm run bench:split:docs`: writes the figures of docs/split-results.json (recorded by
 * `npm run bench:split -- --record docs/split-results.json`) into docs/importer.md, between its
 * split-results markers. Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceResultsSection, type SplitResults } from '../src/lib/corpus-gold/split-table.ts';

const resultsPath = 'docs/split-results.json';
const docsPath = 'docs/importer.md';
try {
	const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as SplitResults;
	writeFileSync(docsPath, replaceResultsSection(readFileSync(docsPath, 'utf8'), results));
	console.log(`bench:split:docs: wrote the figures of ${resultsPath} into ${docsPath}`);
} catch (error) {
	console.error(
		`bench:split:docs: ${(error as Error).message}. Record figures first: npm run bench:split -- --record ${resultsPath}`,
	);
	process.exit(1);
}
