/**
 * `npm run bench:split:docs`: writes the figures of docs/split-results.json (recorded by
 * `npm run bench:split -- --record docs/split-results.json`) into docs/importer.md, between its
 * split-results markers, and those of docs/importer-results.json (layout runs recorded by
 * `npm run bench:split -- --layout --record docs/importer-results.json --as NAME`, bench:import
 * runs by `npm run bench:import -- --record docs/importer-results.json`, page weights and import
 * CPU times) between theirs. Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importerSections, type ImporterResults } from '../src/lib/bench/importer-tables.ts';
import { writeSections } from '../src/lib/bench/results-tables.ts';
import { replaceResultsSection, type SplitResults } from '../src/lib/corpus-gold/split-table.ts';

const resultsPath = 'docs/split-results.json';
const importerPath = 'docs/importer-results.json';
const docsPath = 'docs/importer.md';
try {
	const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as SplitResults;
	const importer = JSON.parse(readFileSync(importerPath, 'utf8')) as ImporterResults;
	const docs = replaceResultsSection(readFileSync(docsPath, 'utf8'), results);
	writeFileSync(docsPath, writeSections(docs, importerSections(importer)));
	console.log(`bench:split:docs: wrote the figures of ${resultsPath} and ${importerPath} into ${docsPath}`);
} catch (error) {
	console.error(
		`bench:split:docs: ${(error as Error).message} (${resultsPath}, ${importerPath}). Record figures first: npm run bench:split -- --record ${resultsPath}`,
	);
	process.exit(1);
}
