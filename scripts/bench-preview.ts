/**
 * `npm run bench:preview -- --articles N [--seed S] [--years Y | --editions E | --all] [--record FILE]`: generates
 * the benchmark archive of N items (as `npm run bench` does) in a scratch project, starts
 * `npm run dev` there with the preview's options, and measures what an editor waits for:
 *
 *   preview: articles=N editions=E loaded=L first_page_s=… first_page_cpu_s=… edit_s=… warm_first_page_s=… peak_tree_mb=… peak_process_mb=… load=…
 *
 * - `first_page_s`: from starting the dev server, with no cache of an earlier preview, until the
 *   home page answers with the preview line;
 * - `first_page_cpu_s`: the CPU seconds the dev server's processes spent until then, which a
 *   shared machine's load does not stretch as it stretches the wall time;
 * - `edit_s`: from saving a changed headline in the newest edition until its item page shows it;
 * - `warm_first_page_s`: the same start again, with the first run's cache (an editor's second day);
 * - `peak_tree_mb`: the most resident memory the dev server's processes held at once (VmRSS
 *   summed over the tree, sampled every 200 ms), over both runs; `peak_process_mb` the largest
 *   peak (VmHWM) of one of them;
 * - `load`: the one-minute load average when it started (the machine is shared).
 *
 * The archive stays in bench-out/preview-<N>/ and is reused by the next run of the same N and
 * seed; the code is copied afresh. `--record FILE` also adds the line to FILE (docs/scale-results.json,
 * which `npm run bench:docs` writes into docs/scale.md). Exit codes: 0 measured; 1 a step failed; 2 bad arguments.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import { generateArchive } from '../src/lib/bench/plan-archive.ts';
import { sampleTree, treeCpuSeconds } from '../src/lib/bench/process-tree.ts';
import { slugFromFile } from '../src/lib/archive/slug-from-file.ts';
import { scaffoldProject, writeEdition } from './lib/bench/scratch-project.ts';
import { fetchUntil, freePort, startDevServer, type DevServer } from './lib/dev-server.ts';
import { recordRun } from './lib/bench/record-run.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NEWEST = '2024-12-31';
const usage =
	'usage: npm run bench:preview -- --articles N [--seed S] [--years Y | --editions E | --all] [--record FILE]';

const { values } = parseArgs({
	options: {
		articles: { type: 'string' },
		seed: { type: 'string' },
		years: { type: 'string' },
		editions: { type: 'string' },
		all: { type: 'boolean' },
		record: { type: 'string' },
	},
});
const articles = Number(values.articles);
const seed = Number(values.seed ?? 1);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
	console.error(usage);
	process.exit(2);
}
const previewArgs = [
	...(values.years ? ['--years', values.years] : []),
	...(values.editions ? ['--editions', values.editions] : []),
	...(values.all ? ['--all'] : []),
];

const scratch = join(root, 'bench-out', `preview-${articles}`);
const site = join(scratch, 'site');
const marker = join(scratch, 'archive.json');
const log = (text: string) => process.stderr.write(`bench:preview: ${text}\n`);
/** Prints the closing line, and adds it to the --record file. */
const report = (line: string) => {
	console.log(line);
	if (values.record)
		recordRun(resolve(values.record), 'preview', `npm run bench:preview -- ${process.argv.slice(2).join(' ')}`, line);
};

/** The scratch project with the archive of `articles` items: generated once, its code copied afresh every run. */
function prepare(): { editions: number; item: { file: string; url: string } } {
	const wanted = JSON.stringify({ articles, seed, newest: NEWEST });
	const reuse = existsSync(marker) && readFileSync(marker, 'utf8').startsWith(wanted.slice(0, -1));
	if (!reuse) rmSync(scratch, { recursive: true, force: true });
	else
		for (const entry of readdirSync(site))
			if (entry !== 'content') rmSync(join(site, entry), { recursive: true, force: true });
	scaffoldProject(root, site);
	if (!reuse) {
		const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));
		log(`generating ${articles} items into ${site}/content`);
		let editions = 0;
		let item = '';
		for (const edition of generateArchive({ articles, seed, corpus, newest: NEWEST })) {
			writeEdition(site, edition);
			if (editions++ === 0) item = edition.files.find((f) => /\.mdx?$/.test(f.path))!.path;
			if (editions % 200 === 0) log(`${editions} editions written`);
		}
		writeFileSync(marker, JSON.stringify({ articles, seed, newest: NEWEST, editions, item }));
	}
	const { editions, item } = JSON.parse(readFileSync(marker, 'utf8')) as { editions: number; item: string };
	const [date, page] = item.split('/');
	return {
		editions,
		item: { file: join(site, 'content/editions', item), url: `/${date}/${page}/${slugFromFile(item)}/` },
	};
}

/** Fetches `url` until its body passes `ok`; the seconds since `since`, or an error after `ms`. */
async function until(
	url: string,
	ok: (body: string) => boolean,
	since: number,
	ms: number,
	server: DevServer,
): Promise<number> {
	await fetchUntil(url, ok, ms - (performance.now() - since), server, 100);
	return (performance.now() - since) / 1000;
}

/** Starts `npm run dev` (scripts/dev.ts) in the scratch project with the preview's options. */
async function startDev(port: number): Promise<DevServer> {
	const server = await startDevServer(join(root, 'scripts/dev.ts'), previewArgs, { cwd: site, port });
	server.child.on('exit', () => process.env.BENCH_PREVIEW_VERBOSE && log(server.log()));
	return server;
}

try {
	const load = loadavg()[0];
	const { editions, item } = prepare();
	log(`${articles} items in ${editions} editions; load ${load.toFixed(2)}`);
	// A cold start: no content store or dependency cache of an earlier preview.
	for (const cache of ['.astro', 'node_modules/.vite', 'node_modules/.astro'])
		rmSync(join(site, cache), { recursive: true, force: true });
	const hasLine = (body: string) => body.includes('class="preview-line"');

	const port = await freePort();
	let started = performance.now();
	let server = await startDev(port);
	let memory = sampleTree(server.child.pid!);
	let first: number;
	let firstCpu: number;
	let edit: number;
	let loaded: string;
	const original = readFileSync(item.file, 'utf8');
	try {
		first = await until(`http://127.0.0.1:${port}/`, hasLine, started, 300_000, server);
		firstCpu = treeCpuSeconds(server.child.pid!);
		const home = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
		loaded = /class="preview-line"[^>]*>([^<]*)</.exec(home)?.[1] ?? '';
		log(`first page ${first.toFixed(1)} s: ${loaded}`);
		const url = `http://127.0.0.1:${port}${item.url}`;
		await until(url, (b) => b.includes('<h1'), performance.now(), 120_000, server);
		const headline = `预览测速${Date.now()}`;
		writeFileSync(item.file, original.replace(/^headline: .*$/m, `headline: ${headline}`));
		edit = await until(url, (b) => b.includes(headline), performance.now(), 120_000, server);
		log(`edit shown after ${edit.toFixed(1)} s`);
	} finally {
		writeFileSync(item.file, original);
		await server.stop();
	}
	const cold = memory.stop();

	// The same port: Astro keeps its content store only while its configuration stays the same.
	started = performance.now();
	server = await startDev(port);
	memory = sampleTree(server.child.pid!);
	let warm: number;
	try {
		warm = await until(`http://127.0.0.1:${port}/`, hasLine, started, 300_000, server);
		log(`first page again (warm) ${warm.toFixed(1)} s`);
	} finally {
		await server.stop();
	}
	const again = memory.stop();
	const mb = (kb: number) => (kb / 1024).toFixed(0);
	const count = /(\d[\d,]*) 期/.exec(loaded)?.[1]?.replace(/,/g, '') ?? 'NA';
	report(
		`preview: articles=${articles} editions=${editions} loaded=${count} first_page_s=${first.toFixed(1)} first_page_cpu_s=${firstCpu.toFixed(1)} edit_s=${edit.toFixed(1)} warm_first_page_s=${warm.toFixed(1)} peak_tree_mb=${mb(Math.max(cold.treeKb, again.treeKb))} peak_process_mb=${mb(Math.max(cold.processKb, again.processKb))} load=${load.toFixed(2)}`,
	);
} catch (error) {
	console.error(`bench:preview: ${(error as Error).message}`);
	process.exit(1);
}
