import type { Figures } from '../corpus-gold/split-tally.ts';
import { pct } from '../corpus-gold/split-table.ts';
import { count, decimal } from './scale-results.ts';

/** The figures of a layout run that docs/importer.md shows (a recorded run keeps every figure). */
export type LayoutFigures = Pick<
	Figures,
	| 'files'
	| 'goldItems'
	| 'filesPerItem'
	| 'headline'
	| 'authors'
	| 'body'
	| 'itemExact'
	| 'itemExactAll'
	| 'paragraphF1'
	| 'parseErrors'
>;

/** A recorded `bench:split -- --layout` run of one set: its layout figures, and by trait. */
export interface LayoutRun {
	command: string;
	date: string;
	pages: number;
	figures: LayoutFigures;
	traits: Record<string, LayoutFigures>;
}

/** A column of the layout table: a run's figures (`run` names it in `layout`), or one trait's. */
export interface LayoutColumn {
	label: string;
	run: string;
	trait?: string;
}

/** An image the page renderer wrote or could write for a page, at 1,600 px. */
export interface PageImage {
	page: string;
	encoding: string;
	kB: number;
	/** Whether the importer writes this one. */
	written: boolean;
	seconds?: number;
	/** For a written image, the kB of the page's smaller widths written beside it (`scripts/page-images.ts --record`). */
	smaller?: { width: number; kB: number }[];
}

/** Measurements taken with one command: when, where, at what load (`load average 1.2`, `idle …`), over how many runs. */
export interface Measured {
	command: string;
	runs: number;
	load: string;
	machine: string;
	measured: string;
}

/** `bench:import` runs: lowest and highest of each figure over `runs` runs (both the same for one run). */
export interface ImportRuns extends Measured {
	dumps: number;
	mb: number;
	items: number;
	parse_mb_s: [number, number];
	parse_mb_s_median: number;
	parse_items_s: [number, number];
	import_mb_s: [number, number];
	import_items_s: [number, number];
}

/** docs/importer-results.json. */
export interface ImporterResults {
	layout: Record<string, LayoutRun>;
	layoutTable: LayoutColumn[];
	/** The run the sentence under the table quotes (a corpus the table leaves out). */
	layoutAside: string;
	pageImages: Measured & { images: PageImage[] };
	importCpu: Measured & { pages: { page: string; cpu_s: [number, number] }[] };
	import: ImportRuns[];
}

const range = ([low, high]: [number, number], show: (n: number) => string) =>
	low === high ? show(low) : `${show(low)}-${show(high)}`;
const twoPlaces = (n: number) => n.toFixed(2);
const under = (m: Measured) => `${m.measured}, ${m.machine}, ${m.load}`;

const layoutRows: [string, (f: LayoutFigures) => string][] = [
	['item exact (headline + authors + body)', (f) => pct(f.itemExact)],
	['item exact (all fields)', (f) => pct(f.itemExactAll)],
	['headline', (f) => pct(f.headline)],
	['authors', (f) => pct(f.authors ?? null)],
	['body exact', (f) => pct(f.body)],
	['paragraph-boundary F1', (f) => pct(f.paragraphF1 ?? null)],
	['parsed items / gold items', (f) => (f.filesPerItem === null ? '–' : twoPlaces(f.filesPerItem))],
	['parse errors (files)', (f) => String(f.parseErrors ?? '–')],
];

/** The run a name points at; throws naming the name when the results file lacks it. */
function layoutRun(results: ImporterResults, name: string): LayoutRun {
	const run = results.layout[name];
	if (!run) throw new Error(`expects a layout run "${name}" in docs/importer-results.json but found none`);
	return run;
}

/** The layout split's figures, a column per run or trait, with the commands under the table. */
export function layoutTable(results: ImporterResults): string {
	const columns = results.layoutTable.map((column) => {
		const run = layoutRun(results, column.run);
		const figures = column.trait ? run.traits[column.trait] : run.figures;
		if (!figures)
			throw new Error(`expects the trait "${column.trait}" in the layout run "${column.run}" but found none`);
		return { label: column.label, figures };
	});
	const commands = [...new Set(results.layoutTable.map((column) => layoutRun(results, column.run)))];
	return [
		`| figure | ${columns.map((c) => `${c.label} (N = ${count(c.figures.files)} pages, ${count(c.figures.goldItems)} gold items)`).join(' | ')} |`,
		`| --- | ${columns.map(() => '---:').join(' | ')} |`,
		...layoutRows.map(([label, show]) => `| ${label} | ${columns.map((c) => show(c.figures)).join(' | ')} |`),
		'',
		`${commands.map((run) => `\`${run.command}\``).join(', ')}; ${[...new Set(commands.map((run) => run.date))].join(', ')}.`,
	].join('\n');
}

/** The sentence quoting the aside run's main figures. */
export function layoutAside(results: ImporterResults): string {
	const run = layoutRun(results, results.layoutAside);
	const f = run.figures;
	return `\`${run.command}\` (${run.date}, N = ${count(run.pages)} pages, ${count(f.goldItems)} gold items): ${pct(f.itemExact)} items exact, body exact ${pct(f.body)}, headline ${pct(f.headline)}, parsed items / gold items ${f.filesPerItem === null ? '–' : twoPlaces(f.filesPerItem)}.`;
}

/** Page image weights and import CPU times per page. */
export function pageWeightTable(results: ImporterResults): string {
	const { pageImages: images, importCpu: cpu } = results;
	return [
		'| page | image at 1,600 px | kB | smaller widths written, kB |',
		'| --- | --- | ---: | --- |',
		...images.images.map(
			(i) =>
				`| \`${i.page}\` | ${i.encoding}${i.written ? ' (written)' : ''}${i.seconds === undefined ? '' : `, ${i.seconds} s`} | ${count(i.kB)} | ${(i.smaller ?? []).map((s) => `${count(s.kB)} at ${count(s.width)} px`).join(', ')} |`,
		),
		'',
		`\`${images.command}\`: ${under(images)}.`,
		'',
		`| page | import CPU s (user + system), N = ${cpu.runs} runs |`,
		'| --- | ---: |',
		...cpu.pages.map((p) => `| \`${p.page}\` | ${range(p.cpu_s, decimal)} |`),
		'',
		`\`${cpu.command}\`, each run after a first one: ${under(cpu)}.`,
	].join('\n');
}

/** The bench:import table: parse-only and full-import throughput over the recorded runs. */
export function importTable(results: ImporterResults): string {
	return results.import
		.map((r) =>
			[
				'| | throughput |',
				'| --- | --- |',
				`| parse only (one core) | **${range(r.parse_mb_s, decimal)} MB/s** of dump text (median ${decimal(r.parse_mb_s_median)}), about ${range(r.parse_items_s, count)} items/s |`,
				`| full import, ${count(r.dumps)} dumps, ${decimal(r.mb)} MB, ${count(r.items)} items, atomic writes | ${range(r.import_mb_s, decimal)} MB/s, about ${range(r.import_items_s, count)} items/s |`,
				'',
				`\`${r.command}\`: N = ${r.runs} runs, ${under(r)}.`,
			].join('\n'),
		)
		.join('\n\n');
}

/** docs/importer.md's generated sections from docs/importer-results.json, as [marker name, table]. */
export function importerSections(results: ImporterResults): [string, string][] {
	return [
		['layout-split', layoutTable(results)],
		['layout-aside', layoutAside(results)],
		['page-weight', pageWeightTable(results)],
		['import-runs', importTable(results)],
	];
}

/** The layout figures a bench:split run records: only those docs/importer.md shows. */
export function layoutFigures(f: Figures): LayoutFigures {
	const { files, goldItems, filesPerItem, headline, authors, body, itemExact, itemExactAll, paragraphF1, parseErrors } =
		f;
	return { files, goldItems, filesPerItem, headline, authors, body, itemExact, itemExactAll, paragraphF1, parseErrors };
}
