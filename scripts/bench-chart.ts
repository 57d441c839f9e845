/**
 * `npm run bench:chart -- [results.json] [chart.svg]`: draws the seconds of the recorded
 * benchmark runs (docs/bench-results.json, written by `npm run bench -- --record`) against
 * archive size into docs/bench-chart.svg.
 *
 * Exit codes: 0 written; 1 the results file is missing or holds no run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { benchChart } from '../src/lib/bench/chart-svg.ts';
import type { BenchFigures } from '../src/lib/bench/bench-line.ts';

/** What the chart command needs from the outside world. */
export interface ChartIo {
	readFile(path: string): string;
	writeFile(path: string, text: string): void;
	stderr(text: string): void;
}

/** Reads the results, writes the chart; returns the exit code. */
export function main(argv: string[], io: ChartIo): number {
	const [input = 'docs/bench-results.json', output = 'docs/bench-chart.svg'] = argv;
	let runs: BenchFigures[];
	try {
		runs = Object.values(JSON.parse(io.readFile(input)) as Record<string, BenchFigures>).sort(
			(a, b) => a.articles - b.articles,
		);
	} catch (error) {
		io.stderr(
			`bench-chart: expects the JSON results of npm run bench -- --record ${input}, but reading ${input} failed: ${(error as Error).message}\n`,
		);
		return 1;
	}
	if (runs.length === 0) {
		io.stderr(`bench-chart: ${input} holds no run; record one with npm run bench -- --articles N --record ${input}\n`);
		return 1;
	}
	const sizes = runs.map((r) => r.articles);
	const svg = benchChart('Build and search-index time (2 cores, 24 GB)', sizes, [
		{ label: 'render (build_s)', color: '#1f77b4', values: runs.map((r) => r.build_s) },
		{ label: 'our index (index_s)', color: '#2ca02c', values: runs.map((r) => r.index_s) },
		{ label: 'Pagefind default', color: '#d62728', values: runs.map((r) => r.default_index_s) },
	]);
	io.writeFile(output, svg);
	io.stderr(`bench-chart: ${runs.length} runs (${sizes.join(', ')} items) drawn into ${output}\n`);
	return 0;
}

if (import.meta.main) {
	process.exitCode = main(process.argv.slice(2), {
		readFile: (path) => readFileSync(path, 'utf8'),
		writeFile: (path, text) => writeFileSync(path, text),
		stderr: (text) => void process.stderr.write(text),
	});
}
