/**
 * Benchmark: `npm run bench:split [-- --set dev|heldout|tune|fresh|tune2|tune3|tune4|tune5|tune6|all] [--json] [--record FILE]`. Runs the
 * importer's parser on every text.txt and pdf.txt under corpus/<set>/<id>/ (`all`: every set found), scores the items
 * against gold.json (src/lib/corpus-gold/score-split.ts) and prints the figures of each set: every
 * figure overall and by variant, the main ones by trait. `--json` prints them as JSON instead;
 * `--record FILE` also writes that JSON (docs/split-results.json feeds docs/importer.md through
 * `npm run bench:split:docs`); `--root DIR` reads the corpora from DIR instead of corpus/;
 * `--layout` scores the PDF importer instead (src/lib/pdf-import: the split read from the
 * layout) on every page that has a page.pdf, as the variant `layout`, the PDF-only pages of
 * corpus/<set>-pdf/ included; with `--record FILE --as NAME` (one set) it records the layout run
 * as NAME into FILE's `layout` runs instead (docs/importer-results.json feeds docs/importer.md's
 * layout table through `npm run bench:split:docs`). `--misses` (the open sets dev, tune, tune2, tune3, tune4 and tune5 only: the held-out pages of heldout, fresh and tune6 are never shown one by one)
 * prints instead, for each gold item not exactly right, why (src/lib/corpus-gold/split-misses.ts), and
 * the counts by category (with `--layout`, for the PDF layout split); `--variant text|pdf` limits it to one rendering.
 * It prints figures; it is not a test.
 * Exit codes: 0 scored, 1 a corpus file is malformed (named), 2 bad arguments or no corpus.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConservation, decode, parsePage } from '../src/lib/importer/index.ts';
import { readGold } from '../src/lib/corpus-gold/gold.ts';
import { readPdfLayout } from '../src/lib/pdf-import/import-pdf-page.ts';
import { scoreFile, type FileParse } from '../src/lib/corpus-gold/score-split.ts';
import { reportSets, type FileResult, type Variant } from '../src/lib/corpus-gold/split-report.ts';
import { countMisses, diagnoseFile, type Miss } from '../src/lib/corpus-gold/split-misses.ts';
import { figuresTable, traitsTable, type SplitResults } from '../src/lib/corpus-gold/split-table.ts';
import { updateResults } from './lib/bench/record-run.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { layoutFigures, type ImporterResults, type LayoutRun } from '../src/lib/bench/importer-tables.ts';

/** Where the bench writes; only the bin line binds it to process. */
export interface BenchSplitIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const usage =
	'Usage: npm run bench:split -- [--set dev|heldout|tune|fresh|tune2|tune3|tune4|tune5|tune6|all] [--layout] [--json] [--record FILE [--as NAME]] [--root DIR] [--misses [--variant text|pdf]]';
const SETS = ['dev', 'heldout', 'tune', 'fresh', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6'];
/** The sets whose pages may be shown one by one (--misses): not the held-out ones (heldout, fresh, tune6). */
const OPEN_SETS = ['dev', 'tune', 'tune2', 'tune3', 'tune4', 'tune5'];

/** Scores every page of the chosen sets and prints (or records) the figures; returns the exit code. */
export async function main(argv: string[], io: BenchSplitIo): Promise<number> {
	const parsed = parseCommandLine({
		args: argv,
		options: {
			set: { type: 'string', default: 'all' },
			json: { type: 'boolean' },
			record: { type: 'string' },
			as: { type: 'string' },
			root: { type: 'string', default: 'corpus' },
			layout: { type: 'boolean' },
			misses: { type: 'boolean' },
			variant: { type: 'string' },
		},
	});
	if (typeof parsed === 'string') {
		io.stderr(`bench:split: ${parsed}. ${usage}\n`);
		return 2;
	}
	const args = parsed.values;
	const root = args.root as string;
	if (!['all', ...SETS].includes(args.set as string)) {
		io.stderr(
			`bench:split: expects --set to be dev, heldout, tune, fresh, tune2, tune3, tune4, tune5, tune6 or all but found "${args.set}". ${usage}\n`,
		);
		return 2;
	}
	if (args.misses && !OPEN_SETS.includes(args.set as string)) {
		io.stderr(
			`bench:split: expects --misses with --set dev, tune, tune2, tune3, tune4 or tune5 but found --set ${args.set}: held-out pages (heldout, fresh, tune6) are scored only as a whole. ${usage}\n`,
		);
		return 2;
	}
	if (args.variant !== undefined && !['text', 'pdf'].includes(args.variant)) {
		io.stderr(`bench:split: expects --variant to be text or pdf but found "${args.variant}". ${usage}\n`);
		return 2;
	}
	if (args.as !== undefined && !(args.layout && args.record && args.set !== 'all')) {
		io.stderr(`bench:split: expects --as NAME with --layout, --record FILE and one --set. ${usage}\n`);
		return 2;
	}
	const misses: { id: string; variant: Variant; miss: Miss }[] = [];
	const sets = args.set === 'all' ? SETS.filter((set) => existsSync(join(root, set))) : [args.set as string];
	const missing = sets.find((set) => !existsSync(join(root, set)));
	if (sets.length === 0 || missing) {
		io.stderr(
			`bench:split: expects a corpus at ${join(root, missing ?? 'dev')}/ but found none. Write it with npm run corpus:${missing ?? 'dev'}.\n`,
		);
		return 2;
	}
	const results: FileResult[] = [];
	const started = performance.now();
	for (const set of sets) {
		// With --layout, a set's PDF-only pages (corpus/<set>-pdf/) count too.
		const dirs = [join(root, set), ...(args.layout ? [join(root, `${set}-pdf`)].filter(existsSync) : [])];
		for (const [dir, id] of dirs.flatMap((dir) =>
			readdirSync(dir)
				.sort()
				.map((id) => [dir, id]),
		)) {
			const goldPath = join(dir, id, 'gold.json');
			if (!existsSync(goldPath)) continue;
			let gold;
			try {
				gold = readGold(JSON.parse(readFileSync(goldPath, 'utf8')));
			} catch (error) {
				io.stderr(`${goldPath}: ${(error as Error).message}. Regenerate the corpus with npm run corpus:${set}.\n`);
				return 1;
			}
			if (args.layout) {
				const file = join(dir, id, 'page.pdf');
				if (!existsSync(file)) continue;
				const parsed = await parsePdf(readFileSync(file), file);
				if (args.misses && !('error' in parsed))
					for (const miss of diagnoseFile(gold.items, parsed)) misses.push({ id, variant: 'layout', miss });
				const tally = scoreFile(gold.items, parsed);
				results.push({ set, id, variant: 'layout', traits: gold.traits, tally });
				continue;
			}
			for (const variant of ['text', 'pdf'] as Variant[]) {
				const file = join(root, set, id, `${variant}.txt`);
				if (!existsSync(file) || (args.variant && args.variant !== variant)) continue;
				const parsed = parse(readFileSync(file));
				if (args.misses && !('error' in parsed))
					for (const miss of diagnoseFile(gold.items, parsed)) misses.push({ id, variant, miss });
				const tally = scoreFile(gold.items, parsed);
				results.push({ set, id, variant, traits: gold.traits, tally });
			}
		}
	}
	const seconds = (performance.now() - started) / 1000;
	const report: SplitResults = {
		command: `npm run bench:split --${root === 'corpus' ? '' : ' --root DIR'} --set ${args.set}${args.layout ? ' --layout' : ''}`,
		date: new Date().toISOString().slice(0, 10),
		seconds: Number(seconds.toFixed(1)),
		sets: reportSets(results),
	};
	if (args.misses) {
		for (const { id, variant, miss } of misses)
			io.stdout(`${id} ${variant} #${miss.gold + 1} ${miss.categories.join(',')}: ${miss.detail}\n`);
		io.stdout(
			`\n${misses.length} gold items missed in ${results.length} files; by category (an item may count in several):\n`,
		);
		for (const [category, n] of countMisses(misses.map((m) => m.miss)))
			io.stdout(`${String(n).padStart(6)}  ${category}\n`);
		return 0;
	}
	if (args.record && args.as) recordLayoutRun(args.record, args.as, report);
	else if (args.record) writeFileSync(args.record, `${JSON.stringify(report, null, '\t')}\n`);
	if (args.json) {
		io.stdout(`${JSON.stringify(report, null, '\t')}\n`);
		return 0;
	}
	for (const [name, set] of Object.entries(report.sets)) {
		io.stdout(`\n## ${name}: ${set.pages} pages, ${set.overall.files} files, ${set.overall.goldItems} gold items\n\n`);
		io.stdout(`${figuresTable(set)}\n\nBy trait (files of the pages that show it):\n\n${traitsTable(set)}\n`);
	}
	const recorded = args.record ? `; figures written to ${args.record}` : '';
	io.stdout(`\n${results.length} files scored in ${seconds.toFixed(1)} s${recorded}\n`);
	return 0;
}

/** Adds (or replaces) the layout run `name` in a results file's `layout` runs (docs/importer-results.json). */
function recordLayoutRun(file: string, name: string, report: SplitResults): void {
	const [set] = Object.values(report.sets);
	const run: LayoutRun = {
		command: report.command,
		date: report.date,
		pages: set.pages,
		figures: layoutFigures(set.variants.layout ?? set.overall),
		traits: Object.fromEntries(Object.entries(set.traits).map(([trait, f]) => [trait, layoutFigures(f)])),
	};
	updateResults<ImporterResults>(file, (results) => {
		results.layout = { ...results.layout, [name]: run };
	});
}

/** The importer's parse of one file (with its banner and unplaced text, for --misses), or the error it threw. */
function parse(bytes: Uint8Array): FileParse & { banner?: string; unplaced?: string[] } {
	try {
		const text = decode(bytes).text;
		const page = parsePage(text);
		const { missing, extra } = checkConservation(text, page);
		const unplaced = page.warnings.flatMap((w) => (w.code === 'unplaced' && w.text ? [w.text] : []));
		return { items: page.items, conserved: missing === '' && extra === '', banner: page.banner?.text, unplaced };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

/** The PDF importer's layout split of one page.pdf (with its banner and unplaced text, for --misses), or the error it threw. */
async function parsePdf(
	bytes: Uint8Array,
	where: string,
): Promise<FileParse & { banner?: string; unplaced?: string[] }> {
	try {
		const page = await readPdfLayout(bytes, where);
		const { missing, extra } = checkConservation(page.text, page);
		const unplaced = page.warnings.flatMap((w) => (w.code === 'unplaced' && w.text ? [w.text] : []));
		return { items: page.items, conserved: missing === '' && extra === '', banner: page.banner?.text, unplaced };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
	});
}
