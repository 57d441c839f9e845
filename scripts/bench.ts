/**
 * `npm run bench -- --articles N`: generates a synthetic archive of N items in a scratch project,
 * builds the whole site and its search index, indexes the same pages with Pagefind's default CLI
 * (the baseline), measures a first search in Chromium, and ends with one line:
 *
 *   bench: articles=N editions=E build_s=… index_s=… default_index_s=… total_s=… peak_rss_mb=… dist_mb=… index_mb=… first_query_kb=…
 *
 * Progress goes to stderr; the bench line is the last line on stdout. The method and what each
 * figure means are in docs/scale.md.
 *
 * Exit codes: 0 measured; 1 a phase failed (its log is named); 2 bad arguments.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createWriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import cliProgress from 'cli-progress';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import { generateArchive, nextEdition } from '../src/lib/bench/plan-archive.ts';
import { benchLine, indexSeconds, peakRssKb, type BenchFigures } from '../src/lib/bench/bench-line.ts';
import type { GeneratedEdition } from '../src/lib/bench/generate-edition.ts';

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
	let args;
	try {
		args = parseArgs({
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
		}).values;
	} catch (error) {
		io.stderr(`bench: ${(error as Error).message}\n${usage}`);
		return 2;
	}
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
		scaffold(site);
		const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));
		log(`generating ${articles} items into ${site}/content`);
		const bar = io.progress
			? new cliProgress.SingleBar(
					{
						stream: io.progress,
						format: 'generate [{bar}] {value}/{total} items, {editions} editions',
						hideCursor: true,
					},
					cliProgress.Presets.shades_classic,
				)
			: undefined;
		bar?.start(articles, 0, { editions: 0 });
		let editions = 0;
		let written = 0;
		for (const edition of generateArchive({ articles, seed, corpus, newest: NEWEST })) {
			writeEdition(site, edition);
			editions++;
			written += edition.items;
			bar?.update(written, { editions });
			if (!bar && editions % 100 === 0) log(`generated ${written}/${articles} items`);
		}
		bar?.stop();
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
		const build = await astroBuild(site, env, join(out, 'build.log'), log);
		const indexed = indexSeconds(build.output);
		if (!indexed && !args['no-index']) log('no "search index: N pages, S s" line in the build log: index_s=NA');
		const index_s = indexed?.seconds ?? null;
		const build_s = build.seconds - (index_s ?? 0);
		log(
			`built in ${build.seconds.toFixed(1)} s (render ${build_s.toFixed(1)} s, index ${index_s ?? 'NA'} s), largest processes peaked at ${build.peakList}`,
		);

		// 3. Pagefind's default CLI over the same pages, into a folder of its own.
		let default_index_s: number | null = null;
		let defaultPeakMb: number | null = null;
		if (!args['no-default']) {
			log('indexing the same pages with Pagefind’s default CLI (the baseline)');
			const cli = await measured(
				join(root, 'node_modules/.bin/pagefind'),
				['--site', dist, '--output-path', join(out, 'pagefind-default')],
				{ cwd: site, env },
				join(out, 'pagefind-default.log'),
				() => undefined,
			);
			if (cli.code !== 0)
				throw new Error(`Pagefind's CLI exited with ${cli.code}; see ${join(out, 'pagefind-default.log')}`);
			default_index_s = cli.seconds;
			defaultPeakMb = Math.round(mb(cli.peakKb));
			log(
				`default CLI: ${cli.seconds.toFixed(1)} s, peak ${defaultPeakMb} MB, ${(sizeOf(join(out, 'pagefind-default')) / 1048576).toFixed(1)} MB of index`,
			);
		}

		// 4. Sizes, and what a browser downloads for its first search.
		const dist_mb = sizeOf(dist) / 1024 / 1024;
		const index_mb = existsSync(join(dist, 'pagefind')) ? sizeOf(join(dist, 'pagefind')) / 1024 / 1024 : null;
		let first_query_kb: number | null = null;
		let firstQueryGzipKb: number | null = null;
		let firstQueryMs: number | null = null;
		if (!args['no-browser'] && index_mb !== null) {
			log(`searching “${QUERY}” in Chromium`);
			const first = await firstQuery(dist, log);
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
			const again = await astroBuild(site, env, join(out, 'rebuild.log'), log);
			const reindexed = indexSeconds(again.output)?.seconds ?? null;
			incremental = {
				added_items: next.items,
				rebuild_total_s: round(again.seconds),
				rebuild_render_s: round(again.seconds - (reindexed ?? 0)),
				rebuild_index_s: reindexed === null ? null : round(reindexed),
				full_total_s: figures.total_s,
				rebuild_peak_rss_mb: Math.round(mb(again.peakKb)),
				pages_written: again.pages,
				pages_reused: again.reused,
			};
			log(
				`incremental: ${Object.entries(incremental)
					.map(([k, v]) => `${k}=${v}`)
					.join(' ')}`,
			);
		}

		if (args.record)
			record(resolve(args.record), figures, {
				incremental,
				heap_mb: args.heap ? Number(args.heap) : null,
				seed,
				peaks: build.peakList,
				default_peak_rss_mb: defaultPeakMb,
				first_query_gzip_kb: firstQueryGzipKb,
				first_query_ms: firstQueryMs,
			});
		io.stdout(benchLine(figures));
		return 0;
	} catch (error) {
		io.stderr(`bench: ${(error as Error).message}\n`);
		return 1;
	}
}

/** The scratch project: the site's code and config copied, node_modules linked entry by entry. */
function scaffold(site: string): void {
	mkdirSync(join(site, 'content/editions'), { recursive: true });
	for (const path of [
		'src',
		'public',
		'astro.config.mjs',
		'publication.config.ts',
		'tsconfig.json',
		'package.json',
		'package-lock.json',
	]) {
		if (existsSync(join(root, path))) cpSync(join(root, path), join(site, path), { recursive: true });
	}
	// Astro and Vite keep caches in node_modules/.astro and .vite (the incremental build's manifest
	// among them): a real folder of links keeps them per scratch project, away from the repo's.
	mkdirSync(join(site, 'node_modules'));
	for (const entry of readdirSync(join(root, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
		symlinkSync(join(root, 'node_modules', entry), join(site, 'node_modules', entry));
	}
}

/** Writes one generated edition under the scratch project's content/editions. */
function writeEdition(site: string, edition: GeneratedEdition): void {
	for (const file of edition.files) {
		const path = join(site, 'content/editions', file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.text);
	}
}

/** `astro build` in the scratch project, with progress every 2,000 rendered pages. */
async function astroBuild(site: string, env: NodeJS.ProcessEnv, logFile: string, log: (t: string) => void) {
	let pages = 0;
	let reused = 0;
	let phase = '';
	const run = await measured(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{ cwd: site, env },
		logFile,
		(line) => {
			// Astro logs one line per page, `├─ /path/index.html (+12ms)`, or `(cached)` when reused;
			// in colour when it thinks it runs in CI.
			line = stripVTControlCharacters(line);
			if (pageLine.test(line)) {
				if (/\((cached|restored)\)\s*$/.test(line)) reused++;
				if (++pages % 2000 === 0) log(`astro: ${pages} pages written (${reused} reused from the last build)`);
				return;
			}
			const m = /\[(content|build|vite|search-index|@astrojs\/sitemap|types|check)\]\s+(.*)/.exec(line);
			if (m && m[1] + m[2].slice(0, 20) !== phase) {
				phase = m[1] + m[2].slice(0, 20);
				log(`astro: ${m[1]} ${m[2].slice(0, 100)}`);
			}
		},
	);
	if (run.code !== 0)
		throw new Error(
			`astro build exited with ${run.code} after ${run.seconds.toFixed(0)} s; see ${logFile}:\n${run.output.split('\n').slice(-15).join('\n')}`,
		);
	log(`astro: ${pages} pages written, ${reused} of them reused from the last build`);
	return { ...run, pages, reused };
}

/**
 * Runs a command to its end, logging its output to a file and handing each line to `onLine`,
 * while polling /proc for the peak resident memory (VmHWM) of it and every descendant.
 */
async function measured(
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv },
	logFile: string,
	onLine: (line: string) => void,
) {
	const started = performance.now();
	const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
	const file = createWriteStream(logFile);
	let output = '';
	let partial = '';
	const take = (chunk: Buffer) => {
		file.write(chunk);
		const text = partial + chunk.toString('utf8');
		const lines = text.split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) {
			onLine(line);
			// Per-page lines are many; keep the rest for parsing the figures and for errors.
			if (!pageLine.test(line)) output += `${line}\n`;
		}
	};
	child.stdout.on('data', take);
	child.stderr.on('data', take);
	const peaks = new Map<number, { kb: number; name: string }>();
	const poll = () => {
		for (const pid of descendants(child.pid!)) {
			try {
				const status = readFileSync(`/proc/${pid}/status`, 'utf8');
				const kb = peakRssKb(status);
				const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
				if (kb > (peaks.get(pid)?.kb ?? 0)) peaks.set(pid, { kb, name });
			} catch {
				// The process ended between listing and reading: its last poll stands.
			}
		}
	};
	const timer = setInterval(poll, 200);
	const code: number = await new Promise((ok) => child.on('close', (c) => ok(c ?? 1)));
	clearInterval(timer);
	file.end();
	if (partial) output += partial;
	const ranked = [...peaks.values()].sort((a, b) => b.kb - a.kb);
	const largest = ranked[0] ?? { kb: 0, name: 'none' };
	const peakList = ranked
		.slice(0, 3)
		.map((p) => `${p.name} ${Math.round(p.kb / 1024)} MB`)
		.join(', ');
	return {
		code,
		seconds: (performance.now() - started) / 1000,
		output,
		peakKb: largest.kb,
		peakName: largest.name,
		peakList,
	};
}

/** A process and all its descendants, from /proc/<pid>/stat parent links. */
function descendants(rootPid: number): number[] {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(entry));
			children.set(ppid, list);
		} catch {
			// Gone already.
		}
	}
	const found = [rootPid];
	for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]) ?? []));
	return found;
}

/**
 * Serves the built site, opens /search/?q=<QUERY> in Chromium and adds up the bodies of every
 * response the search needs: everything under /pagefind/ (shard list, script, worker if any, wasm,
 * each shard's entry and metadata, filter chunks, fragments) and the text files (or the parts of
 * them) of the results shown, as a plain static server sends them (no HTTP compression).
 * Playwright's response events are used, not a page CDP session, so that a Web Worker's fetches
 * count too. When the search page does
 * not search by itself, runs the query through pagefind.js in the page and loads the first ten
 * results, as a results list would.
 */
async function firstQuery(dist: string, log: (t: string) => void) {
	const { serveSite } = await import('../test/support/server.ts');
	const { launchBrowser } = await import('../test/support/browser.ts');
	const server = await serveSite(dist, '/');
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const sizes: Promise<{ raw: number; gzip: number }>[] = [];
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			if (!path.startsWith('/pagefind/') && !path.endsWith('/text.txt')) return;
			sizes.push(
				(async () => {
					// The bytes received, as the browser counts them: Playwright's response.body()
					// mangles partial (206) bodies, the text files' range requests.
					const raw = (await response.request().sizes()).responseBodySize;
					// Pagefind's own files are gzipped already; scripts and text as a compressing host
					// would send them: the same bytes of the file, gzipped.
					if (/\.(pf_\w+|pagefind)$/.test(path)) return { raw, gzip: raw };
					const file = readFileSync(join(dist, decodeURIComponent(path)));
					const range = /^bytes (\d+)-(\d+)\//.exec(response.headers()['content-range'] ?? '');
					return { raw, gzip: gzipSync(range ? file.subarray(Number(range[1]), Number(range[2]) + 1) : file).length };
				})().catch(() => ({ raw: 0, gzip: 0 })),
			);
		});
		const opened = performance.now();
		await page.goto(`${server.url}search/?q=${encodeURIComponent(QUERY)}`);
		await page
			.waitForFunction(() => /找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
				timeout: 120_000,
			})
			.catch(() => undefined);
		const resultsMs = Math.round(performance.now() - opened);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		let how = 'the search page';
		let results = await page
			.locator('[data-pagefind-results] li, [data-search-results] li, .search-results li')
			.count()
			.catch(() => 0);
		if (sizes.length === 0) {
			how = 'pagefind.js in the page: the search page loaded no index';
			log('the search page did not search by itself; querying through pagefind.js directly');
			results = await page.evaluate(async (query) => {
				const { shards } = await (await fetch('/pagefind/shards.json')).json();
				const pagefind = await import(`${location.origin}/pagefind/${shards[0].id}/pagefind.js`);
				await pagefind.init();
				for (const shard of shards.slice(1)) await pagefind.mergeIndex(`/pagefind/${shard.id}/`);
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
				return search.results.length as number;
			}, QUERY);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
		}
		const all = await Promise.all(sizes);
		return {
			bytes: all.reduce((n, s) => n + s.raw, 0),
			gzipBytes: all.reduce((n, s) => n + s.gzip, 0),
			requests: all.length,
			results,
			how,
			resultsMs,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Bytes of all files under a folder (apparent size). */
function sizeOf(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/** Stores a run's figures in a JSON file keyed by article count, for docs and the chart. */
function record(file: string, figures: BenchFigures, extra: Record<string, unknown>): void {
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

const pageLine = /[├└]─.*\((?:\+[\d.]+m?s|cached|restored)\)\s*$/;
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
