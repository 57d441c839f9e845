/**
 * Benchmark: `npm run bench:parse [-- --set dev,heldout,tune] [--rounds R]`. Parses every dump of
 * the named corpus sets (each page's `text.txt` and `pdf.txt`) in memory, R times (default 5), and
 * prints the CPU seconds of the fastest round and the median: the parser's own cost, without
 * generating, reading or writing files, and steadier than wall time on a shared machine. Compare
 * two commits by running it from each, alternating. It prints figures; it is not a test.
 * Exit codes: 0 measured, 2 bad arguments.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../src/lib/importer/index.ts';
import { parseCommandLine, wholeNumber } from './lib/command-line.ts';

const SETS = ['dev', 'heldout', 'tune'];
const usage = 'Usage: npm run bench:parse -- [--set dev,heldout,tune] [--rounds R]';

/** Runs the benchmark with `argv`, printing its line with `print`; returns the exit code. */
export function main(argv: string[], print = (line: string) => console.log(line)): number {
	const parsed = parseCommandLine({
		args: argv,
		options: { set: { type: 'string', default: 'dev,heldout' }, rounds: { type: 'string', default: '5' } },
	});
	const fail = (message: string) => (console.error(`bench:parse: ${message}. ${usage}`), 2);
	if (typeof parsed === 'string') return fail(parsed);
	const sets = parsed.values.set.split(',').filter(Boolean);
	if (sets.length === 0 || sets.some((set) => !SETS.includes(set)))
		return fail(`expects --set to name ${SETS.join(', ')} but found "${parsed.values.set}"`);
	const rounds = wholeNumber(parsed.values.rounds, 1);
	if (rounds === undefined)
		return fail(`expects --rounds as a whole number of at least 1 but found "${parsed.values.rounds}"`);

	const texts: string[] = [];
	for (const set of sets)
		for (const id of readdirSync(join('corpus', set)).sort())
			for (const variant of ['text.txt', 'pdf.txt']) {
				const file = join('corpus', set, id, variant);
				if (existsSync(file)) texts.push(readFileSync(file, 'utf8'));
			}
	const mb = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const start = process.cpuUsage();
		for (const text of texts) parsePage(text);
		const used = process.cpuUsage(start);
		times.push((used.user + used.system) / 1e6);
	}
	times.sort((a, b) => a - b);
	const [min, median] = [times[0], times[Math.floor((times.length - 1) / 2)]];
	print(
		`parse: sets=${sets.join(',')} dumps=${texts.length} mb=${mb.toFixed(1)} rounds=${rounds} ` +
			`cpu_s_min=${min.toFixed(2)} cpu_s_median=${median.toFixed(2)} mb_s=${(mb / min).toFixed(2)}`,
	);
	return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
