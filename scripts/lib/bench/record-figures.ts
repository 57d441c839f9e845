import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchFigures } from '../../../src/lib/bench/bench-line.ts';

/** Stores a run's figures in a JSON file keyed by article count (docs/bench-results.json), for docs and the chart. */
export function recordFigures(file: string, figures: BenchFigures, extra: Record<string, unknown>): void {
	const all: Record<string, unknown> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
	all[String(figures.articles)] = {
		...figures,
		...extra,
		machine: '2 cores, 24 GB',
		measured: new Date().toISOString().slice(0, 10),
	};
	const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => Number(a) - Number(b)));
	writeFileSync(file, `${JSON.stringify(sorted, null, '\t')}\n`);
}
