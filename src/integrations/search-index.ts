import type { AstroIntegration } from 'astro';
import { fork, type ChildProcess } from 'node:child_process';
import module from 'node:module';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { itemDateOf } from '../lib/archive/paths.ts';
import { editionDates } from '../lib/parts/preview-window.ts';
import { planShards, SHARD_MANIFEST, shardManifestText, type PlannedShard } from '../lib/search/shards.ts';
import type { IndexShardOptions, IndexShardResult } from './index-site.ts';
import { settings } from '../settings.ts';

/**
 * Builds the search index in `astro:build:done` from the built item pages (see index-site.ts):
 * one Pagefind bundle per shard (src/lib/search/shards.ts) under `<outDir>/pagefind/<id>/`,
 * indexed by one process per core, and `<outDir>/pagefind/shards.json` listing them. A shard
 * whose pages are unchanged since the last build is copied from `<cacheDir>/search-index/`; the
 * newest shard, which a new edition changes, keeps what each page gave the index, so that it is
 * indexed again reading only its changed pages.
 * Logs `search index: <pages> pages, <seconds> s (…)`, the line `npm run bench` reads, and a
 * line per shard as it finishes. Any Pagefind error fails the build.
 *
 * Environment: `SEARCH_INDEX=off` skips indexing; `SEARCH_SHARD_ITEMS` sets the shard size
 * (default DEFAULT_SHARD_ITEMS); `SEARCH_JOBS` the number of indexing processes (default: the
 * cores, at most the shards).
 */
export default function searchIndex(): AstroIntegration {
	let cacheDir = '';
	/** An indexing process started with the build, so that it loads its modules while the pages render. */
	let early: ChildProcess | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = join(fileURLToPath(config.cacheDir), 'search-index');
			},
			'astro:build:start': () => {
				if (settings.searchIndex) early = startIndexer(true);
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				if (!settings.searchIndex) {
					logger.info('search index: skipped (SEARCH_INDEX=off)');
					return;
				}
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const items = pages.flatMap(({ pathname }) => {
					const date = itemDateOf(pathname);
					return date ? [{ pathname, date }] : [];
				});
				// The archive's newest month is planned apart, also by a build that holds only it or only the months before it.
				const newestMonth = editionDates(settings.editionsDir(process.cwd()))
					.reduce((a, b) => (b > a ? b : a), '')
					.slice(0, 7);
				const shards = planShards(items, settings.searchShardItems, newestMonth || undefined);
				const jobs = Math.max(1, Math.min(shards.length, settings.searchJobs ?? availableParallelism()));
				// The shard a new edition goes to keeps what its pages gave the index (index-site.ts, keepPages).
				const newest = shards.reduce<PlannedShard | undefined>((a, b) => (a && a.to >= b.to ? a : b), undefined);
				logger.info(`search index: ${items.length} item pages in ${shards.length} shards, ${jobs} processes`);
				// Biggest first, each process taking the next when it is free: the processes end
				// close together (longest-processing-time-first scheduling).
				const indexer = early;
				early = undefined;
				const results = await indexShards(
					[...shards]
						.sort((a, b) => b.items - a.items)
						.map((s) => ({ dir: outDir, id: s.id, pathnames: s.pathnames, cacheDir, keepPages: s === newest })),
					jobs,
					indexer,
					(r, done) =>
						logger.info(
							`search index: shard ${r.id} ${r.reused ? 'unchanged, reused' : 'indexed'} (${r.indexed} pages) [${done}/${shards.length}]`,
						),
				);
				const indexed = new Map(results.map((r) => [r.id, r.indexed]));
				// Shards that found nothing to index (no page with data-pagefind-body) are left out.
				const kept: PlannedShard[] = shards.filter((s) => (indexed.get(s.id) ?? 0) > 0);
				await mkdir(join(outDir, 'pagefind'), { recursive: true });
				await writeFile(join(outDir, 'pagefind', SHARD_MANIFEST), shardManifestText(kept));
				await pruneCache(cacheDir, new Set(shards.map((s) => s.id)));
				await pruneShards(join(outDir, 'pagefind'), new Set(kept.map((s) => s.id)));
				const total = results.reduce((n, r) => n + r.indexed, 0);
				const reused = results.filter((r) => r.reused).length;
				logger.info(
					`search index: ${total} pages, ${((performance.now() - started) / 1000).toFixed(1)} s (${kept.length} shards, ${reused} reused)`,
				);
			},
		},
	};
}

/** Drops cached shards the build no longer has, so the cache does not grow with old plans. */
async function pruneCache(cacheDir: string, keep: Set<string>): Promise<void> {
	const entries = await readdir(cacheDir).catch(() => [] as string[]);
	await Promise.all(
		entries.filter((name) => !keep.has(name)).map((name) => rm(join(cacheDir, name), { recursive: true, force: true })),
	);
}

/**
 * Removes from the output's `pagefind/` the shard folders the build did not plan (a rebuild that
 * cut a month into days). prune-output.ts cannot tell them by their times: removing the cached
 * copy they are linked to (pruneCache) changes their status time too.
 */
async function pruneShards(pagefindDir: string, keep: Set<string>): Promise<void> {
	const entries = await readdir(pagefindDir, { withFileTypes: true });
	await Promise.all(
		entries
			.filter((entry) => entry.isDirectory() && !keep.has(entry.name))
			.map((entry) => rm(join(pagefindDir, entry.name), { recursive: true, force: true })),
	);
}

/**
 * Indexes shards in `jobs` child processes (index-site-process.ts), each taking the next shard
 * when it finishes one, in the order given. Rejects with the first error, after stopping every
 * child, so the build fails.
 */
async function indexShards(
	shards: IndexShardOptions[],
	jobs: number,
	started: ChildProcess | undefined,
	onDone: (result: IndexShardResult, done: number) => void,
): Promise<IndexShardResult[]> {
	const results: IndexShardResult[] = [];
	const children: ChildProcess[] = [];
	let next = 0;
	const worker = (index: number) =>
		new Promise<void>((resolve, reject) => {
			const child = index === 0 && started ? started : startIndexer(false);
			child.ref();
			(child.channel as { ref?: () => void } | undefined)?.ref?.();
			children.push(child);
			let finished = false;
			const give = () => {
				if (next < shards.length) child.send({ shard: shards[next++] });
				else {
					finished = true;
					child.send({ done: true });
				}
			};
			child.on('message', (message: { result?: IndexShardResult; error?: string }) => {
				if (message.error !== undefined) return reject(new Error(message.error));
				results.push(message.result!);
				onDone(message.result!, results.length);
				give();
			});
			child.once('error', reject);
			child.once('exit', (code) =>
				finished && code === 0
					? resolve()
					: reject(new Error(`search index: an indexing process stopped with exit code ${code}`)),
			);
			give();
		});
	try {
		await Promise.all(Array.from({ length: jobs }, (_, index) => worker(index)));
	} finally {
		for (const child of children) if (child.exitCode === null) child.kill();
		if (started && !children.includes(started)) started.kill();
	}
	return results;
}

/**
 * Starts an indexing process (index-site-process.ts). With the compile cache of Astro's own
 * process (NODE_COMPILE_CACHE, or the one Astro's command enables), so that its modules load
 * compiled. `idle` (started before there is work, with the build): it neither keeps the build's
 * process alive nor outlives it, should the build fail before indexing.
 */
function startIndexer(idle: boolean): ChildProcess {
	const script = fileURLToPath(new URL('./index-site-process.ts', import.meta.url));
	const compileCache = process.env.NODE_COMPILE_CACHE ?? module.getCompileCacheDir?.();
	const child = fork(script, [], {
		execArgv: [],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		env: compileCache ? { ...process.env, NODE_COMPILE_CACHE: compileCache } : process.env,
	});
	if (idle) {
		child.unref();
		(child.channel as { unref?: () => void } | undefined)?.unref?.();
		child.on('error', () => {});
		process.once('exit', () => child.kill());
	}
	return child;
}
