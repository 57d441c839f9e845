import type { Figures } from './split-tally.ts';
import type { SetReport } from './split-report.ts';

/**
 * Markdown tables of split-benchmark figures: one of every figure by variant, and one of the
 * main figures by trait. The bench prints them and docs/importer.md holds them, both from the
 * same figures.
 */

const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

/** The rows of the figures table: label and how to show a figure. */
const rows: [string, (f: Figures) => string][] = [
	['files (text dumps or PDF extracts)', (f) => String(f.files)],
	['gold items', (f) => String(f.goldItems)],
	['parsed items / gold items', (f) => (f.filesPerItem === null ? '–' : f.filesPerItem.toFixed(2))],
	['headline', (f) => pct(f.headline)],
	['kicker (spurious)', (f) => `${pct(f.kicker)} (${f.kickerSpurious})`],
	['subheadline (spurious)', (f) => `${pct(f.subheadline)} (${f.subheadlineSpurious})`],
	['authors', (f) => pct(f.authors)],
	['section', (f) => pct(f.section)],
	['kind', (f) => pct(f.kind)],
	['credit (photos)', (f) => pct(f.credit)],
	['body exact', (f) => pct(f.body)],
	['item exact (headline + authors + body)', (f) => pct(f.itemExact)],
	['item exact (all fields)', (f) => pct(f.itemExactAll)],
	['paragraph-boundary F1', (f) => pct(f.paragraphF1)],
	['conservation failures (files)', (f) => String(f.conservationFailures)],
	['parse errors (files)', (f) => String(f.parseErrors)],
];

/** Every figure of a set: all files, then text dumps and PDF extracts apart. */
export function figuresTable(report: SetReport): string {
	const columns: [string, Figures][] = [['all', report.overall]];
	for (const variant of ['text', 'pdf'] as const) {
		const f = report.variants[variant];
		if (f) columns.push([variant, f]);
	}
	const lines = [
		`| figure | ${columns.map(([c]) => c).join(' | ')} |`,
		`| --- | ${columns.map(() => '---:').join(' | ')} |`,
	];
	for (const [label, show] of rows) lines.push(`| ${label} | ${columns.map(([, f]) => show(f)).join(' | ')} |`);
	return lines.join('\n');
}

/** The main figures per trait (the files of pages that show it). */
export function traitsTable(report: SetReport): string {
	const lines = [
		'| trait | files | gold items | parsed / gold | headline | body | item exact | item exact (all) |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const [trait, f] of Object.entries(report.traits))
		lines.push(
			`| ${trait} | ${f.files} | ${f.goldItems} | ${f.filesPerItem?.toFixed(2) ?? '–'} | ${pct(f.headline)} | ${pct(f.body)} | ${pct(f.itemExact)} | ${pct(f.itemExactAll)} |`,
		);
	return lines.join('\n');
}
