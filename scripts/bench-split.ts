/**
 * Benchmark: `npm run bench:split [-- --set dev|heldout|all] [--json] [--record FILE]`. Runs the
 * importer's parser on every text.txt and pdf.txt under corpus/<set>/<id>/, scores the items
 * against gold.json (src/lib/corpus/score-split.ts) and prints the figures of each set: every
 * figure overall and by variant, the main ones by trait. `--json` prints them as JSON instead;
 * `--record FILE` also writes that JSON (docs/split-results.json feeds docs/importer.md through
 * `npm run bench:split:docs`). It prints figures; it is not a test.
 * Exit codes: 0 scored, 1 a corpus file is unreadable or malformed (file named), 2 bad arguments.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkConservation, decode, parsePage } from '../src/lib/importer/index.ts';
import { readGold } from '../src/lib/corpus/gold.ts';
import { scoreFile, type FileParse } from '../src/lib/corpus/score-split.ts';
import { reportSets, type FileResult, type Variant } from '../src/lib/corpus/split-report.ts';
import { figuresTable, traitsTable, type SplitResults } from '../src/lib/corpus/split-table.ts';

const usage = 'Usage: npm run bench:split -- [--set dev|heldout|all] [--json] [--record FILE]';
let args;
try {
	args = parseArgs({
		options: {
			set: { type: 'string', default: 'all' },
			json: { type: 'boolean' },
			record: { type: 'string' },
			root: { type: 'string', default: 'corpus' },
		},
	}).values;
} catch (error) {
	console.error(`bench:split: ${(error as Error).message}. ${usage}`);
	process.exit(2);
}
const root = args.root as string;
const present = existsSync(root) ? readdirSync(root).filter((name) => ['dev', 'heldout'].includes(name)) : [];
const sets = args.set === 'all' ? present.sort() : [args.set as string];
if (!['all', 'dev', 'heldout'].includes(args.set as string)) {
	console.error(`bench:split: expects --set to be dev, heldout or all but found "${args.set}". ${usage}`);
	process.exit(2);
}
for (const set of sets)
	if (!existsSync(join(root, set))) {
		console.error(
			`bench:split: expects a corpus at ${join(root, set)}/ but found none. Write it with npm run corpus:${set}.`,
		);
		process.exit(2);
	}
if (sets.length === 0) {
	console.error(
		`bench:split: expects corpus/dev/ or corpus/heldout/ but found neither. Write one with npm run corpus:dev.`,
	);
	process.exit(2);
}

const results: FileResult[] = [];
const started = performance.now();
for (const set of sets) {
	for (const id of readdirSync(join(root, set)).sort()) {
		const dir = join(root, set, id);
		const goldPath = join(dir, 'gold.json');
		if (!existsSync(goldPath)) continue;
		let gold;
		try {
			gold = readGold(JSON.parse(readFileSync(goldPath, 'utf8')));
		} catch (error) {
			console.error(`${goldPath}: ${(error as Error).message}. Regenerate the corpus with npm run corpus:${set}.`);
			process.exit(1);
		}
		for (const variant of ['text', 'pdf'] as Variant[]) {
			const file = join(dir, `${variant}.txt`);
			if (!existsSync(file)) continue;
			results.push({ set, id, variant, traits: gold.traits, tally: scoreFile(gold.items, parse(readFileSync(file))) });
		}
	}
}
const seconds = (performance.now() - started) / 1000;

/** The importer's parse of one file, or the error it threw. */
function parse(bytes: Uint8Array): FileParse {
	try {
		const text = decode(bytes).text;
		const page = parsePage(text);
		const { missing, extra } = checkConservation(text, page);
		return { items: page.items, conserved: missing === '' && extra === '' };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

const report: SplitResults = {
	command: `npm run bench:split -- --set ${args.set}`,
	date: new Date().toISOString().slice(0, 10),
	seconds: Number(seconds.toFixed(1)),
	sets: reportSets(results),
};
if (args.record) writeFileSync(args.record, `${JSON.stringify(report, null, '\t')}\n`);
if (args.json) console.log(JSON.stringify(report, null, '\t'));
else {
	for (const [name, set] of Object.entries(report.sets)) {
		console.log(`\n## ${name}: ${set.pages} pages, ${set.overall.files} files, ${set.overall.goldItems} gold items\n`);
		console.log(figuresTable(set));
		console.log(`\nBy trait (files of the pages that show it):\n`);
		console.log(traitsTable(set));
	}
	console.log(
		`\n${results.length} files scored in ${seconds.toFixed(1)} s${args.record ? `; figures written to ${args.record}` : ''}`,
	);
}
