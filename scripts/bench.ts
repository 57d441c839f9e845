/**
 * `npm run bench -- --articles N`: generates a synthetic archive of N items in a scratch project,
 * builds the whole site and its search index, indexes the same pages with Pagefind's default CLI
 * (the baseline), measures a first search in Chromium, and ends with one line:
 *
 *   cpu: total_cpu_s=… load_start=… load_end=… [rebuild_total_s=… rebuild_cpu_s=… rebuild_load_start=… rebuild_load_end=…]
 *   bench: articles=N editions=E build_s=… index_s=… default_index_s=… total_s=… peak_rss_mb=… dist_mb=… index_mb=… first_query_kb=…
 *
 * The cpu line gives the CPU seconds of the build's whole process tree and the machine's load
 * average around it: on a shared machine the wall times grow with the load, the CPU seconds much
 * less. Progress goes to stderr; the bench line is the last line on stdout. The method and what each
 * figure means are in docs/scale.md.
 *
 * Exit codes: 0 measured; 1 a phase failed (its log is named); 2 bad arguments.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLine, indexSeconds, type BenchFigures } from '../src/lib/bench/bench-line.ts';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import { nextEdition } from '../src/lib/bench/plan-archive.ts';
import { astroBuild } from './lib/bench/astro-build.ts';
import { defaultIndex } from './lib/bench/default-index.ts';
import { firstQuery } from './lib/bench/first-query.ts';
import { folderBytes } from './lib/bench/folder-bytes.ts';
import { recordFigures } from './lib/bench/record-figures.ts';
import { writeArchive } from './lib/bench/scratch-archive.ts';
import { scaffoldProject, writeEdition } from './lib/bench/scratch-project.ts';
import { parseCommandLine } from './lib/command-line.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NEWEST = '2024-12-31';
/** A two-character query common in the text, so the first search loads real index chunks and fragments. */
const QUERY = '党员';

/** What the bench needs from the outside world; only the bin line binds it to process. */
export interface BenchIo {
	stdout(line: string): void;
	stderr(text: string): void;
	/** Where progress bars draw; undefined when stderr is not a terminal. */
	progress?: NodeJS.WritableStream;
	env: NodeJS.ProcessEnv;
}

const usage = `usage: npm run bench -- --articles N [--seed S] [--out DIR] [--incremental] [--no-default] [--no-browser] [--heap MB] [--record FILE]

  --articles N     items in the synthetic archive (required)
  --seed S         generator seed (default 1)
  --out DIR        scratch folder (default bench-out/<N>); emptied first
  --incremental    after the full build, add one edition and rebuild; report its time
  --no-default     skip Pagefind's default CLI baseline (default_index_s=NA)
  --no-browser     skip the Chromium first-query measurement (first_query_kb=NA)
  --no-index       build with SEARCH_INDEX=off (index_s=NA)
  --heap MB        --max-old-space-size for the astro build's Node
  --record FILE    also store the figures in FILE (JSON, keyed by N), e.g. docs/bench-results.json
`;

/** Runs the benchmark; returns the exit code. */
export async function main(argv: string[], io: BenchIo): Promise<number> {
	const parsed = parseCommandLine({
		args: argv,
		options: {
			articles: { type: 'string' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
			incremental: { type: 'boolean', default: false },
			'no-default': { type: 'boolean', default: false },
			'no-browser': { type: 'boolean', default: false },
			'no-index': { type: 'boolean', default: false },
			heap: { type: 'string' },
			record: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
	});
	if (typeof parsed === 'string') {
		io.stderr(`bench: ${parsed}\n${usage}`);
		return 2;
	}
	const args = parsed.values;
	if (args.help) {
		io.stdout(usage);
		return 0;
	}
	const articles = Number(args.articles);
	const seed = Number(args.seed);
	if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
		io.stderr(
			`bench: expects --articles as a positive whole number (and --seed as a whole number) but found --articles ${args.articles ?? '(none)'} --seed ${args.seed}\n${usage}`,
		);
		return 2;
	}
	const out = resolve(args.out ?? join(root, 'bench-out', String(articles)));
	const site = join(out, 'site');
	const dist = join(site, 'dist');
	const log = (text: string) => io.stderr(`[bench ${elapsed()}] ${text}\n`);
	const started = performance.now();
	const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;

	try {
		// 1. Generate the archive into a scratch copy of the project.
		rmSync(out, { recursive: true, force: true });
		scaffoldProject(root, site);
		const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));
		log(`generating ${articles} items into ${site}/content`);
		const { editions, items: written } = writeArchive(
			site,
			{ articles, seed, corpus, newest: NEWEST },
			log,
			io.progress,
		);
		log(`generated ${written} items in ${editions} editions`);

		// 2. Build the site with our search index.
		const env: NodeJS.ProcessEnv = {
			...io.env,
			SITE_URL: 'https://paper.example.org',
			BASE_PATH: '/',
			ASTRO_TELEMETRY_DISABLED: '1',
			...(args['no-index'] ? { SEARCH_INDEX: 'off' } : {}),
			...(args.heap
				? { NODE_OPTIONS: `${io.env.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(args.heap)}`.trim() }
				: {}),
		};
		const build = await astroBuild(root, site, env, join(out, 'build.log'), log);
		const indexed = indexSeconds(build.output);
		if (!indexed && !args['no-index']) log('no "search index: N pages, S s" line in the build log: index_s=NA');
		const index_s = indexed?.seconds ?? null;
		const build_s = build.seconds - (index_s ?? 0);
		const cpu: Record<string, number> = {
			total_cpu_s: round(build.cpuSeconds),
			load_start: build.loadAtStart,
			load_end: build.loadAtEnd,
		};
		log(
			`built in ${build.seconds.toFixed(1)} s, ${build.cpuSeconds.toFixed(1)} CPU s, load ${build.loadAtStart} to ${build.loadAtEnd} (render ${build_s.toFixed(1)} s, index ${index_s ?? 'NA'} s), largest processes peaked at ${build.peakList}`,
		);

		// 3. Pagefind's default CLI over the same pages, into a folder of its own.
		let default_index_s: number | null = null;
		let defaultPeakMb: number | null = null;
		if (!args['no-default']) {
			log('indexing the same pages with Pagefind’s default CLI (the baseline)');
			const cli = await defaultIndex(root, dist, out, { cwd: site, env });
			default_index_s = cli.seconds;
			defaultPeakMb = cli.peakMb;
			log(`default CLI: ${cli.seconds.toFixed(1)} s, peak ${cli.peakMb} MB, ${cli.indexMb.toFixed(1)} MB of index`);
		}

		// 4. Sizes, and what a browser downloads for its first search.
		const dist_mb = folderBytes(dist) / 1048576;
		const index_mb = existsSync(join(dist, 'pagefind')) ? folderBytes(join(dist, 'pagefind')) / 1048576 : null;
		let first_query_kb: number | null = null;
		let firstQueryGzipKb: number | null = null;
		let firstQueryMs: number | null = null;
		if (!args['no-browser'] && index_mb !== null) {
			log(`searching “${QUERY}” in Chromium`);
			const first = await firstQuery(dist, QUERY, log);
			first_query_kb = first.bytes / 1024;
			firstQueryGzipKb = round(first.gzipBytes / 1024);
			firstQueryMs = first.resultsMs;
			log(
				`first search: ${first.requests} requests, ${first_query_kb.toFixed(1)} kB as served (${(first.gzipBytes / 1024).toFixed(1)} kB with gzip on scripts and text), ${first.results} results shown after ${first.resultsMs} ms (${first.how})`,
			);
		}

		const figures: BenchFigures = {
			articles: written,
			editions,
			build_s: round(build_s),
			index_s: index_s === null ? null : round(index_s),
			default_index_s: default_index_s === null ? null : round(default_index_s),
			total_s: round(build.seconds),
			peak_rss_mb: Math.round(mb(build.peakKb)),
			dist_mb: round(dist_mb),
			index_mb: index_mb === null ? null : round(index_mb),
			first_query_kb: first_query_kb === null ? null : round(first_query_kb),
		};

		// 5. One more edition on the built archive.
		let incremental: Record<string, number | null> | undefined;
		if (args.incremental) {
			const next = nextEdition({ seed, corpus, newest: NEWEST });
			writeEdition(site, next);
			log(`added the edition of ${next.date} (${next.items} items); rebuilding`);
			const again = await astroBuild(root, site, env, join(out, 'rebuild.log'), log);
			const reindexed = indexSeconds(again.output)?.seconds ?? null;
			incremental = {
				added_items: next.items,
				rebuild_total_s: round(again.seconds),
				rebuild_render_s: round(again.seconds - (reindexed ?? 0)),
				rebuild_index_s: reindexed === null ? null : round(reindexed),
				full_total_s: figures.total_s,
				rebuild_cpu_s: round(again.cpuSeconds),
				rebuild_peak_rss_mb: Math.round(mb(again.peakKb)),
				pages_written: again.pages,
				pages_reused: again.reused,
			};
			Object.assign(cpu, {
				rebuild_total_s: round(again.seconds),
				rebuild_cpu_s: round(again.cpuSeconds),
				rebuild_load_start: again.loadAtStart,
				rebuild_load_end: again.loadAtEnd,
			});
			log(
				`incremental: ${Object.entries(incremental)
					.map(([k, v]) => `${k}=${v}`)
					.join(' ')}`,
			);
		}

		if (args.record)
			recordFigures(resolve(args.record), figures, {
				incremental,
				heap_mb: args.heap ? Number(args.heap) : null,
				seed,
				peaks: build.peakList,
				default_peak_rss_mb: defaultPeakMb,
				first_query_gzip_kb: firstQueryGzipKb,
				first_query_ms: firstQueryMs,
				cpu,
			});
		io.stdout(
			`cpu: ${Object.entries(cpu)
				.map(([k, v]) => `${k}=${v}`)
				.join(' ')}`,
		);
		io.stdout(benchLine(figures));
		return 0;
	} catch (error) {
		io.stderr(`bench: ${(error as Error).message}\n`);
		return 1;
	}
}

const mb = (kb: number) => kb / 1024;
const round = (n: number) => Math.round(n * 10) / 10;

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (line) => void process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
		stderr: (text) => void process.stderr.write(text),
		progress: process.stderr.isTTY ? process.stderr : undefined,
		env: process.env,
	});
}
