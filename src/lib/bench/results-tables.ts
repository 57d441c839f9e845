import type { BenchFigures } from './bench-line.ts';
import { projectionTable, targetsTable } from './project-scale.ts';
import { markdownTable, partsTable, previewTable, referenceRun, type ScaleResults } from './scale-results.ts';

/** One size's record in docs/bench-results.json (npm run bench -- --record): the bench line's figures and more. */
export interface BenchRecord extends BenchFigures {
	incremental?: {
		added_items: number;
		rebuild_total_s: number;
		rebuild_index_s: number | null;
		pages_written: number;
		pages_reused: number;
	};
	heap_mb?: number | null;
	default_peak_rss_mb?: number | null;
	first_query_gzip_kb?: number | null;
	first_query_ms?: number | null;
	machine?: string;
	measured?: string;
}

/** docs/bench-results.json: a record per archive size, keyed by its item count. */
export type BenchResults = Record<string, BenchRecord>;

const count = (n: number) => n.toLocaleString('en-US');
const decimal = (n: number | null | undefined) =>
	n === null || n === undefined
		? 'NA'
		: n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const records = (results: BenchResults) => Object.values(results).sort((a, b) => a.articles - b.articles);

/**
 * The archive benchmark's figures, a row per size, as docs/scale.md shows them.
 * @example figuresTable({ '1000': { articles: 1000, editions: 31, build_s: 8.3, … } })
 */
export function figuresTable(results: BenchResults): string {
	const rows = records(results).map((r) =>
		[
			count(r.articles),
			count(r.editions),
			decimal(r.build_s),
			decimal(r.index_s),
			decimal(r.default_index_s),
			decimal(r.total_s),
			r.peak_rss_mb === null ? 'NA' : count(r.peak_rss_mb),
			decimal(r.dist_mb),
			decimal(r.index_mb),
			`${decimal(r.first_query_kb)} (${decimal(r.first_query_gzip_kb)})`,
			r.first_query_ms == null ? 'NA' : `${decimal(r.first_query_ms / 1000)} s`,
			r.heap_mb ? count(r.heap_mb) : 'default',
			r.measured ?? 'NA',
		].join(' | '),
	);
	return [
		'| items | editions | build_s | index_s | default_index_s | total_s | peak_rss_mb | dist_mb | index_mb | first_query_kb (gzip) | first results | heap MB | measured |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

/**
 * One more edition on each built archive that was measured with --incremental: the full build,
 * the rebuild (and its share of the full build), its indexing, and the pages written and reused.
 */
export function rebuildTable(results: BenchResults): string {
	const measured = records(results).filter((r) => r.incremental);
	const row = (label: string, cell: (r: BenchRecord) => string) => `| ${label} | ${measured.map(cell).join(' | ')} |`;
	return [
		`| | ${measured.map((r) => `${count(r.articles)} items`).join(' | ')} |`,
		`| --- |${' ---: |'.repeat(measured.length)}`,
		row('full build (`total_s`)', (r) => `${decimal(r.total_s)} s`),
		row('items added', (r) => count(r.incremental!.added_items)),
		row(
			'rebuild, one more edition',
			(r) =>
				`${decimal(r.incremental!.rebuild_total_s)} s (${Math.round((100 * r.incremental!.rebuild_total_s) / r.total_s!)}%)`,
		),
		row('of which search indexing', (r) => `${decimal(r.incremental!.rebuild_index_s)} s`),
		row(
			'pages written / reused in place',
			(r) => `${count(r.incremental!.pages_written)} / ${count(r.incremental!.pages_reused)}`,
		),
	].join('\n');
}

/**
 * Puts `table` between the markers `<!-- name: … -->` and `<!-- /name -->` of a docs text,
 * keeping the markers; throws naming the markers when they are missing.
 */
export function replaceGenerated(docs: string, name: string, table: string): string {
	const start = new RegExp(`<!-- ${name}: [^\\n]*-->\\n`).exec(docs);
	const end = docs.indexOf(`<!-- /${name} -->`);
	if (!start || end < start.index)
		throw new Error(`expects the markers <!-- ${name}: … --> and <!-- /${name} --> but found none`);
	const head = start.index + start[0].length;
	return `${docs.slice(0, head)}${table}\n${docs.slice(end)}`;
}

/**
 * The generated sections of docs/scale.md, as [marker name, table]: the archive benchmark's
 * figures and rebuilds from docs/bench-results.json, and from docs/scale-results.json the parts
 * runs, the targets against the reference run, the projection, the preview runs and the Markdown
 * processors.
 */
export function scaleSections(results: BenchResults, scale: ScaleResults): [string, string][] {
	const reference = referenceRun(scale.parts);
	if (!reference) throw new Error('expects a bench:parts run on an unloaded machine (load under 1) but found none');
	return [
		['figures', figuresTable(results)],
		['rebuild', rebuildTable(results)],
		['parts-runs', partsTable(scale.parts)],
		['parts-targets', targetsTable(reference)],
		['projection', projectionTable(results, reference)],
		['preview-runs', previewTable(scale.preview)],
		['markdown', markdownTable(scale.markdown)],
	];
}

/** docs/scale.md with every generated section written from the results files. */
export function scaleDocs(docs: string, results: BenchResults, scale: ScaleResults): string {
	return writeSections(docs, scaleSections(results, scale));
}

/** A docs text with each of `sections` ([marker name, table]) written between its markers. */
export function writeSections(docs: string, sections: [string, string][]): string {
	return sections.reduce((text, [name, table]) => replaceGenerated(text, name, table), docs);
}
