/**
 * `npm run bench:docs`: writes every generated section of docs/scale.md: the archive benchmark's
 * tables from docs/bench-results.json (`npm run bench -- --record docs/bench-results.json`), and
 * the parts, preview and Markdown runs, the targets and the projection from
 * docs/scale-results.json (`npm run bench:parts|bench:preview -- … --record docs/scale-results.json`);
 * and the tables of docs/patches.md from docs/patches-results.json (the patch's fixes measured).
 * Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { patchesSections, type PatchResults } from '../src/lib/bench/patches-table.ts';
import { scaleDocs, writeSections, type BenchResults } from '../src/lib/bench/results-tables.ts';
import type { ScaleResults } from '../src/lib/bench/scale-results.ts';

const resultsPath = 'docs/bench-results.json';
const scalePath = 'docs/scale-results.json';
const docsPath = 'docs/scale.md';
const patchesPath = 'docs/patches-results.json';
const patchesDocs = 'docs/patches.md';
try {
	const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as BenchResults;
	const scale = JSON.parse(readFileSync(scalePath, 'utf8')) as ScaleResults;
	writeFileSync(docsPath, scaleDocs(readFileSync(docsPath, 'utf8'), results, scale));
	const patches = JSON.parse(readFileSync(patchesPath, 'utf8')) as PatchResults;
	writeFileSync(patchesDocs, writeSections(readFileSync(patchesDocs, 'utf8'), patchesSections(patches)));
	console.log(
		`bench:docs: wrote the figures of ${resultsPath}, ${scalePath} and ${patchesPath} into ${docsPath} and ${patchesDocs}`,
	);
} catch (error) {
	console.error(`bench:docs: ${(error as Error).message} (${docsPath}, ${patchesDocs} and their results files)`);
	process.exit(1);
}
