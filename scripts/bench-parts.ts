/**
 * `npm run bench:parts -- --articles N --years Y`: generates the benchmark archive of N items over
 * Y calendar years, builds it once as a single build and once as Y parts (a year each) plus a
 * join, and compares the two sites byte for byte; then builds the daily way (the newest month with
 * the join, `build:join --years 2024-12`, beside a part of the newest year's closed months,
 * `build:part --years 2024-01..2024-11`) and compares that with the single build too; adds one
 * edition to the newest month, rebuilds it the daily way (`rebuild_s`) and then as its year's part
 * and the join (`rebuild_two_s`), and compares the two. `--cut year` builds the daily way as before
 * months were cut: the newest year with the join, beside the older years' parts. It ends with one line:
 *
 *   parts: articles=N years=Y single_s=… parts_s=… max_part_s=… join_s=… rebuild_s=… equal=yes|no files=… differing=… peak_mb=… peak_build=… … daily_s=… daily_cpu_s=… daily_equal=yes|no rebuild_two_s=… rebuild_two_cpu_s=… rebuild_equal=yes|no
 *
 * `peak_mb` is the largest peak resident memory of one process (Astro's Node or a search-index
 * process) in any build, as /usr/bin/time reports it, and `peak_build` names that build
 * (`single`, `part-<year>`, `join`, `daily`, `rebuild`, `rebuild-two`); `upload_files` and
 * `upload_mb` are the files the daily rebuild added or changed in its site, as a bucket sync
 * would upload them.
 *
 * `--daily` measures the daily build alone, for comparing two commits: it builds the older years'
 * parts (and the closed months' part), the daily build from nothing, then adds the edition and
 * rebuilds the daily way, and ends with `parts-daily: articles=N years=Y cut=month|year max_part_s=… daily_s=… daily_cpu_s=… rebuild_s=…
 * rebuild_cpu_s=… rebuild_peak_mb=… upload_files=… upload_mb=… load=…` (no single build, so no
 * comparison; not recorded).
 * The archive and the builds go to bench-out/parts-<N>-<Y>/; progress goes to stderr, the builds'
 * own output above the line; `--record FILE` also adds the line to FILE (docs/scale-results.json,
 * which `npm run bench:docs` writes into docs/scale.md). The method is in docs/scale.md. Exit codes: 0 measured; 1 a build failed; 2 bad arguments.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import type { GeneratedEdition } from '../src/lib/bench/generate-edition.ts';
import { nextEdition } from '../src/lib/bench/plan-archive.ts';
import { spreadArchive } from '../src/lib/bench/spread-archive.ts';
import { buildJoin, buildPart } from '../src/lib/parts/build.ts';
import { compareTrees, treeDigests, uploadDelta } from '../src/lib/parts/compare-trees.ts';
import { partsLine } from '../src/lib/parts/parts-line.ts';
import { astroBuild, type BuildCost } from '../src/lib/parts/run-astro.ts';
import { recordRun } from './lib/bench/record-run.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The newest edition's date: the next day, still in the newest year, is the rebuild's edition. */
const NEWEST = '2024-12-30';
const usage =
	'usage: npm run bench:parts -- --articles N --years Y [--seed S] [--cut month|year] [--record FILE | --daily]';

const { values } = parseArgs({
	options: {
		articles: { type: 'string' },
		years: { type: 'string' },
		seed: { type: 'string' },
		record: { type: 'string' },
		daily: { type: 'boolean' },
		cut: { type: 'string' },
	},
});
const cut = values.cut ?? 'month';
const articles = Number(values.articles);
const years = Number(values.years);
const seed = Number(values.seed ?? 1);
if (
	!Number.isInteger(articles) ||
	articles < 1 ||
	!Number.isInteger(years) ||
	years < 1 ||
	!Number.isInteger(seed) ||
	(values.daily && values.record) ||
	(cut !== 'month' && cut !== 'year')
) {
	console.error(usage);
	process.exit(2);
}

const scratch = join('bench-out', `parts-${articles}-${years}`);
const content = join(scratch, 'content');
const env = { CONTENT_DIR: content, SITE_URL: 'https://paper.example.org', BASE_PATH: '/' };
const log = (text: string) => process.stderr.write(`${text}\n`);
/** Prints the closing line, and adds it to the --record file. */
const report = (line: string) => {
	console.log(line);
	if (values.record)
		recordRun(resolve(values.record), 'parts', `npm run bench:parts -- ${process.argv.slice(2).join(' ')}`, line);
};

/** The largest peak memory of one process of any build so far (kB), and its build's name; and of the parts, join and rebuild only. */
let peak = { kb: 0, build: '' };
let partsPeak = { kb: 0, build: '' };
const load1 = () => loadavg()[0];

/** Runs `step`, whose builds report their peak memory and CPU time; returns its seconds and CPU seconds. */
function timed(name: string, step: () => BuildCost[]): { s: number; cpu: number } {
	const load = load1();
	log(`bench:parts: ${name}…`);
	const started = performance.now();
	const costs = step();
	const seconds = (performance.now() - started) / 1000;
	const kb = Math.max(0, ...costs.map((c) => c.peakKb ?? 0));
	const cpu = costs.reduce((sum, c) => sum + (c.cpuS ?? 0), 0);
	const build = name.split(' ')[0];
	if (kb > peak.kb) peak = { kb, build };
	if (build !== 'single' && kb > partsPeak.kb) partsPeak = { kb, build };
	log(
		`bench:parts: ${name} ${seconds.toFixed(1)} s, ${cpu.toFixed(1)} s CPU${kb ? `, peak ${(kb / 1024).toFixed(0)} MB` : ''}, load ${load.toFixed(1)} at its start`,
	);
	return { s: seconds, cpu };
}

function writeEdition(edition: GeneratedEdition): void {
	for (const file of edition.files) {
		const path = join(root, content, 'editions', file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
}

try {
	const loadStart = load1();
	rmSync(join(root, scratch), { recursive: true, force: true });
	const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));
	const editions = spreadArchive({ articles, years, seed, corpus, newest: NEWEST });
	editions.forEach(writeEdition);
	log(
		`bench:parts: ${articles} items in ${editions.length} editions, ${editions.at(-1)!.date} to ${editions[0].date}; load ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`,
	);
	const first = Number(NEWEST.slice(0, 4)) - years + 1;
	const ranges = Array.from({ length: years }, (_, i) => String(first + i));
	const cache = (name: string) => join(scratch, 'cache', name);
	const parts = ranges.map((y) => join(scratch, 'parts', y));
	const buildParts = (yearsToBuild: string[]) =>
		yearsToBuild.map((y) =>
			timed(`part-${y}`, () => [
				buildPart({ years: y, out: join(scratch, 'parts', y), cache: cache(y), env, cwd: root }),
			]),
		);
	// The daily build: the newest month built with the join (build:join --years 2024-12), beside
	// the older years' parts and a part of the newest year's closed months; with --cut year, the
	// newest year with the join. First from nothing.
	const newest = ranges.at(-1)!;
	const month = NEWEST.slice(0, 7);
	const closedMonths = month.endsWith('-01')
		? []
		: [`${newest}-01..${newest}-${String(Number(month.slice(5)) - 1).padStart(2, '0')}`];
	const dailyYears = cut === 'month' ? month : newest;
	const closedParts = cut === 'month' ? closedMonths : [];
	const older = [...parts.slice(0, -1), ...closedParts.map((c) => join(scratch, 'parts', c))];
	const dailyDist = join(root, scratch, 'daily-dist');
	const assemble = { join: 0, rebuild: 0 };
	let dailyPeakKb = 0;
	const daily = (name: string) =>
		timed(name, () => {
			const result = buildJoin({
				parts: older,
				years: dailyYears,
				out: dailyDist,
				cache: cache('daily'),
				env,
				cwd: root,
			});
			log(
				`bench:parts: ${name}: placed ${result.placed} files and removed ${result.removed} in ${result.assembleS.toFixed(1)} s`,
			);
			assemble.rebuild = result.assembleS;
			dailyPeakKb = result.peakKb ?? 0;
			return [result];
		});
	/** Adds the next edition and rebuilds the daily way; returns the rebuild's time and what a bucket sync would upload. */
	const rebuildDaily = () => {
		const before = treeDigests(dailyDist);
		writeEdition(nextEdition({ seed, corpus, newest: NEWEST }));
		const time = daily('rebuild (one edition: the daily build)');
		return { time, upload: uploadDelta(before, treeDigests(dailyDist)) };
	};
	if (values.daily) {
		// The daily build alone: the older years' parts, the daily build, then one edition more.
		const olderTimes = buildParts([...ranges.slice(0, -1), ...closedParts]);
		const first = daily(`daily (${dailyYears} with the join, first build)`);
		const { time: again, upload } = rebuildDaily();
		const s = (n: number) => n.toFixed(1);
		console.log(
			`parts-daily: articles=${articles} years=${years} cut=${cut} max_part_s=${s(Math.max(0, ...olderTimes.map((p) => p.s)))} daily_s=${s(first.s)} daily_cpu_s=${s(first.cpu)} rebuild_s=${s(again.s)} rebuild_cpu_s=${s(again.cpu)} rebuild_peak_mb=${(dailyPeakKb / 1024).toFixed(0)} upload_files=${upload.files} upload_mb=${(upload.bytes / 1024 / 1024).toFixed(1)} load=${loadStart.toFixed(1)}-${load1().toFixed(1)}`,
		);
		process.exit(0);
	}
	const single = timed('single build', () => [
		astroBuild(join(root, scratch, 'single'), { ...env, ASTRO_CACHE_DIR: join(root, cache('single')) }, root),
	]);
	// The single build's peak is its own figure; the parts' builds are what the 2 GB target is about.
	const partTimes = buildParts(ranges);
	const joined = timed('join', () => {
		const result = buildJoin({ parts, out: join(scratch, 'dist'), cache: cache('join'), env, cwd: root });
		assemble.join = result.assembleS;
		log(`bench:parts: join: assembled ${result.files} files in ${result.assembleS.toFixed(1)} s`);
		return [result];
	});
	const { files, differing } = compareTrees(join(root, scratch, 'single'), join(root, scratch, 'dist'));
	for (const path of differing.slice(0, 20)) log(`bench:parts: differs: ${path}`);
	buildParts(closedParts);
	const dailyFirst = daily(`daily (${dailyYears} with the join, first build)`);
	const dailyDiffering = compareTrees(join(root, scratch, 'single'), dailyDist).differing;
	for (const path of dailyDiffering.slice(0, 20)) log(`bench:parts: daily differs: ${path}`);
	const { time: rebuild, upload } = rebuildDaily();
	// The same edition the other way, for comparison: the newest part, then the join.
	const two = timed('rebuild-two (one edition: newest part, join)', () => {
		const part = timed(`rebuild-part-${newest}`, () => [
			buildPart({ years: newest, out: join(scratch, 'parts', newest), cache: cache(newest), env, cwd: root }),
		]);
		let cost: BuildCost = {};
		const again = timed('rebuild-join', () => {
			const result = buildJoin({ parts, out: join(scratch, 'dist'), cache: cache('join'), env, cwd: root });
			cost = result;
			return [result];
		});
		log(
			`bench:parts: rebuild-two: part ${part.s.toFixed(1)} s (${part.cpu.toFixed(1)} CPU), join ${again.s.toFixed(1)} s (${again.cpu.toFixed(1)} CPU)`,
		);
		return [{ peakKb: cost.peakKb, cpuS: part.cpu + again.cpu }];
	});
	const rebuildDiffering = compareTrees(join(root, scratch, 'dist'), dailyDist).differing;
	for (const path of rebuildDiffering.slice(0, 20)) log(`bench:parts: rebuild differs: ${path}`);
	log(`bench:parts: the rebuild changed ${upload.files} files (${upload.bytes} bytes) and removed ${upload.removed}`);
	log(
		`bench:parts: load at the end ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`,
	);
	report(
		partsLine({
			articles,
			years,
			singleS: single.s,
			partsS: partTimes.reduce((a, b) => a + b.s, 0),
			maxPartS: Math.max(...partTimes.map((p) => p.s)),
			joinS: joined.s,
			rebuildS: rebuild.s,
			files,
			differing: differing.length,
			...(peak.kb > 0 ? { peak: { mb: peak.kb / 1024, build: peak.build } } : {}),
			upload: { files: upload.files, mb: upload.bytes / 1024 / 1024 },
			...(partsPeak.kb > 0 ? { partsPeak: { mb: partsPeak.kb / 1024, build: partsPeak.build } } : {}),
			cpu: {
				single: single.cpu,
				maxPart: Math.max(...partTimes.map((p) => p.cpu)),
				join: joined.cpu,
				rebuild: rebuild.cpu,
			},
			assembleS: assemble,
			load: { start: loadStart, end: load1() },
			daily: { s: dailyFirst.s, cpu: dailyFirst.cpu, differing: dailyDiffering.length },
			rebuildTwo: { s: two.s, cpu: two.cpu, differing: rebuildDiffering.length },
		}),
	);
} catch (error) {
	console.error(`bench:parts: ${(error as Error).message}`);
	process.exit(1);
}
