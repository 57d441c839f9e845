import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { LineRecord, MarkdownRecord, ScaleResults } from '../../../src/lib/bench/scale-results.ts';

/** Reads a results file (or starts an empty one), lets `change` add to it, and writes it back. */
export function updateResults<T extends object>(file: string, change: (results: Partial<T>) => void): void {
	const results: Partial<T> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
	change(results);
	writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
}

/**
 * Adds a run's line to a results file (docs/scale-results.json) under `kind`, after the runs
 * recorded before it, with the command that ran and the day and machine; the load goes in the
 * record only when the line does not carry it.
 */
export function recordRun(file: string, kind: 'parts' | 'preview', command: string, line: string): void {
	const record: LineRecord = {
		command,
		line,
		...(/ load=/.test(line) ? {} : { load: loadavg()[0].toFixed(1) }),
		...machineAndDay(),
	};
	updateResults<ScaleResults>(file, (results) => {
		results[kind] = [...(results[kind] ?? []), record];
	});
}

/** Adds a bench:markdown run (CPU µs per item of each processor, one run) to a results file. */
export function recordMarkdown(file: string, command: string, cpuPerItem: Record<string, number>, load: string): void {
	const record: MarkdownRecord = {
		command,
		runs: 1,
		cpu_us_per_item: Object.fromEntries(Object.entries(cpuPerItem).map(([name, us]) => [name, [us, us]])),
		load,
		...machineAndDay(),
	};
	updateResults<ScaleResults>(file, (results) => {
		results.markdown = [...(results.markdown ?? []), record];
	});
}

const machineAndDay = () => ({
	machine: `${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB`,
	measured: new Date().toISOString().slice(0, 10),
});
