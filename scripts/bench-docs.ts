/**
 * `npm run bench:docs`: writes every generated section of docs/scale.md: the archive benchmark's
 * tables from docs/bench-results.json (`npm run bench -- --record docs/bench-results.json`), and
 * the parts, preview and Markdown runs, the targets and the projection from
 * docs/scale-results.json (`npm run bench:parts|bench:preview -- … --record docs/scale-results.json`);
 * and the tables of docs/patches.md from docs/patches-results.json (the patch's fixes measured).
 * Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { patchesSections, type PatchResults } from '../src/lib/bench/patches-table.ts';
import { scaleDocs, writeSections, type BenchResults } from '../src/lib/bench/results-tables.ts';
import type { ScaleResults } from '../src/lib/bench/scale-results.ts';
import { writeDocs } from './lib/bench/write-docs.ts';

writeDocs('bench:docs', [
	{
		doc: 'docs/scale.md',
		sources: ['docs/bench-results.json', 'docs/scale-results.json'],
		write: (text, [bench, scale]) => scaleDocs(text, bench as BenchResults, scale as ScaleResults),
	},
	{
		doc: 'docs/patches.md',
		sources: ['docs/patches-results.json'],
		write: (text, [patches]) => writeSections(text, patchesSections(patches as PatchResults)),
	},
]);
