/**
 * `npm run bench:docs`: writes every generated section of docs/scale.md: the archive benchmark's
 * tables from docs/bench-results.json (`npm run bench -- --record docs/bench-results.json`), and
 * the parts, preview and Markdown runs, the targets and the projection from
 * docs/scale-results.json (`npm run bench:parts|bench:preview -- … --record docs/scale-results.json`).
 * Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { scaleDocs, type BenchResults } from '../src/lib/bench/results-tables.ts';
import type { ScaleResults } from '../src/lib/bench/scale-results.ts';

const resultsPath = 'docs/bench-results.json';
const scalePath = 'docs/scale-results.json';
const docsPath = 'docs/scale.md';
try {
	const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResults;
	const scale = JSON.parse(readFileSync(scalePath, 'utf8')) as ScaleResults;
	writeFileSync(docsPath, scaleDocs(readFileSync(docsPath, 'utf8'), results, scale));
	console.log(`bench:docs: wrote the figures of ${resultsPath} and ${scalePath} into ${docsPath}`);
} catch (error) {
	console.error(`bench:docs: ${(error as Error).message} (${docsPath}, ${resultsPath}, ${scalePath})`);
	process.exit(1);
}
