/**
 * `npm run bench:split:docs`: writes the figures of docs/split-results.json (recorded by
 * `npm run bench:split -- --record docs/split-results.json`) into docs/importer.md, between its
 * split-results markers, and those of docs/importer-results.json (layout runs recorded by
 * `npm run bench:split -- --layout --record docs/importer-results.json --as NAME`, bench:import
 * runs by `npm run bench:import -- --record docs/importer-results.json`, page weights and import
 * CPU times) between theirs. Exit codes: 0 written, 1 a file is missing or malformed (named).
 */
import { importerSections, type ImporterResults } from '../src/lib/bench/importer-tables.ts';
import { writeSections } from '../src/lib/bench/results-tables.ts';
import { replaceResultsSection, type SplitResults } from '../src/lib/corpus-gold/split-table.ts';
import { writeDocs } from './lib/bench/write-docs.ts';

writeDocs(
	'bench:split:docs',
	[
		{
			doc: 'docs/importer.md',
			sources: ['docs/split-results.json', 'docs/importer-results.json'],
			write: (text, [split, importer]) =>
				writeSections(
					replaceResultsSection(text, split as SplitResults),
					importerSections(importer as ImporterResults),
				),
		},
	],
	'Record figures first: npm run bench:split -- --record docs/split-results.json',
);
