/**
 * Benchmark: `npm run bench:import [-- N] [--record FILE]`. Generates N (default 1,000) varied page dumps in a
 * temporary folder by recombining the items of the sample dump (random order and subset,
 * rewrapped at random column widths, junk glyphs sprinkled), imports the folder with the real
 * command line, and prints MB/s and items/s, for the whole import and for parsing alone.
 * `--record FILE` also adds the run to FILE's `import` runs (docs/importer-results.json feeds
 * docs/importer.md through `npm run bench:split:docs`). It prints figures; it is not a test.
 * Exit codes: 0 measured, 2 bad arguments.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main, parsePage, type ParsedItem } from '../src/lib/importer/index.ts';
import type { ImporterResults, ImportRuns } from '../src/lib/bench/importer-tables.ts';
import { nodeIo } from './import.ts';
import { updateResults } from './lib/bench/record-run.ts';
import { parseCommandLine } from './lib/command-line.ts';

const usage = 'Usage: npm run bench:import -- [N] [--record FILE]';
const parsed = parseCommandLine({
	args: process.argv.slice(2),
	options: { record: { type: 'string' } },
	allowPositionals: true,
});
const count = typeof parsed === 'string' ? NaN : Number(parsed.positionals[0] ?? 1000);
if (typeof parsed === 'string' || !Number.isInteger(count) || count < 1) {
	console.error(
		`bench:import: ${typeof parsed === 'string' ? parsed : `expects N to be a whole number of dumps but found "${parsed.positionals[0]}"`}. ${usage}`,
	);
	process.exit(2);
}
const record = parsed.values.record;
const sample = readFileSync('content/dumps/2021-06-08/01.txt', 'utf8');
const items = parsePage(sample).items;

// A small deterministic generator, so two runs measure the same dumps.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
	return lines;
}

function dump(): string {
	const chosen = [...items].sort(() => random() - 0.5).slice(0, 4 + Math.floor(random() * 5));
	const out: string[] = [];
	for (const item of chosen as ParsedItem[]) {
		const width = 10 + Math.floor(random() * 12);
		if (item.byline) out.push(`${item.kind === 'commentary' ? '◎' : '□'}${item.byline}`, '');
		for (const paragraph of item.paragraphs) out.push(...wrap(paragraph, width), '');
		if (item.credit) out.push(item.credit, '');
		out.push(item.headline + (random() < 0.1 ? '\uE0A1' : ''), '');
		if (item.section && random() < 0.5) out.push(`■${item.section}`, '');
	}
	return out.join('\n');
}

const root = mkdtempSync(join(tmpdir(), 'bench-import-'));
try {
	let bytes = 0;
	for (let i = 0; i < count; i++) {
		const day = `2021-${String(1 + (Math.floor(i / 16) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / 192) % 28)).padStart(2, '0')}`;
		const dir = join(root, 'dumps', day);
		mkdirSync(dir, { recursive: true });
		const text = dump();
		bytes += Buffer.byteLength(text);
		writeFileSync(join(dir, `${String(1 + (i % 16)).padStart(2, '0')}.txt`), text);
	}
	const texts: string[] = [];
	for (let i = 0; i < count; i++) texts.push(dump());
	const parseStart = performance.now();
	let parsedItems = 0;
	for (const text of texts) parsedItems += parsePage(text).items.length;
	const parseSeconds = (performance.now() - parseStart) / 1000;
	const parseBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

	let report = '{"pages":[]}';
	const io = { ...nodeIo(root), stdout: (text: string) => void (report = text), progress: undefined };
	const start = performance.now();
	const code = await main(['dumps', '--out', 'content', '--json'], io);
	const seconds = (performance.now() - start) / 1000;
	const written = JSON.parse(report).pages.reduce((n: number, p: { items: unknown[] }) => n + p.items.length, 0);
	const mb = bytes / 1e6;
	console.log(`dumps: ${count}, ${mb.toFixed(1)} MB of dump text, ${written} items (exit ${code})`);
	console.log(
		`import (read, parse, render, write atomically): ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(2)} MB/s, ${Math.round(written / seconds)} items/s`,
	);
	console.log(
		`parse only (in memory): ${(parseBytes / 1e6 / parseSeconds).toFixed(2)} MB/s, ${Math.round(parsedItems / parseSeconds)} items/s`,
	);
	const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
	console.log(`machine: ${machine}`);
	if (record) {
		const one = (n: number, places: number): [number, number] => [Number(n.toFixed(places)), Number(n.toFixed(places))];
		const parseMbS = parseBytes / 1e6 / parseSeconds;
		const run: ImportRuns = {
			command: `npm run bench:import${count === 1000 ? '' : ` -- ${count}`}`,
			runs: 1,
			load: `load average ${loadavg()[0].toFixed(1)}`,
			machine: `${machine}, ${Math.round(totalmem() / 1024 ** 3)} GB`,
			measured: new Date().toISOString().slice(0, 10),
			dumps: count,
			mb: Number(mb.toFixed(1)),
			items: written,
			parse_mb_s: one(parseMbS, 1),
			parse_mb_s_median: Number(parseMbS.toFixed(1)),
			parse_items_s: one(parsedItems / parseSeconds, 0),
			import_mb_s: one(mb / seconds, 1),
			import_items_s: one(written / seconds, 0),
		};
		updateResults<ImporterResults>(record, (results) => {
			results.import = [...(results.import ?? []), run];
		});
		console.log(`run added to ${record}`);
	}
} finally {
	rmSync(root, { recursive: true, force: true });
}
