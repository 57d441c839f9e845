import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeFiles } from '../lib/archive/remove-files.ts';
import { fileURLToPath } from 'node:url';

/** What pruning found and did. */
export interface PruneResult {
	/** Files removed: left from an earlier build, written by no step of this one. */
	removed: string[];
	/** Folders removed because pruning left them empty. */
	folders: number;
	/** The files left, relative to `dir`, sorted. */
	kept: string[];
	/** Of those, the ones written since `since` (the others were reused in place). */
	written: string[];
}

/**
 * Removes from `dir` every file whose status last changed before `since` (a ctime in ms) and not in `keep`
 * (absolute paths), then every folder left empty. `.git` at the top is left alone, as Astro's own
 * emptying leaves it. Returns the removed files, relative to `dir`, sorted.
 */
export function pruneStale(dir: string, since: number, keep: Set<string>): PruneResult {
	const kept: string[] = [];
	const written: string[] = [];
	const { removed, folders } = removeFiles(dir, (path, name) => {
		const fresh = statSync(path).ctimeMs >= since;
		if (!fresh && !keep.has(path)) return true;
		kept.push(name);
		if (fresh) written.push(name);
		return false;
	});
	return { removed: removed.sort(), folders, kept: kept.sort(), written: written.sort() };
}

/**
 * In Astro's cache folder, after a build that pruned its output: the output's files and which of
 * them the build wrote (OutputListing), so that whoever takes the output on (the join's assembly,
 * src/lib/parts/build.ts) need not walk it again. Absent after a build that did not prune.
 */
export const OUTPUT_LISTING = 'output-files.json';

/** What OUTPUT_LISTING holds. */
export interface OutputListing {
	outDir: string;
	/** Every file of the output after the build, relative to it, with `/`. */
	files: string[];
	/** The files the build wrote (new or changed); the rest are the last build's, untouched. */
	written: string[];
}

/** In Astro's cache folder: which output folder the last build wrote, and whether it finished. */
const LAST_BUILD = 'last-build.json';

interface LastBuild {
	outDir: string;
	finished: boolean;
}

function readLastBuild(file: string): LastBuild | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * Lets an incremental build (`experimental.incrementalBuild`) keep the last build's output
 * folder instead of emptying it first: a page Astro reuses is then already in place (Astro logs
 * it `(cached)`) instead of copied back from its cache, which saves a rebuild the emptying of
 * tens of thousands of files and their copying back (docs/scale.md).
 *
 * What the last build wrote and this one did not (a removed or renamed item's page, an old
 * script, a search shard no longer planned) must not stay online, so at the end of the build
 * every file that no step of this build wrote and that is not one of its pages is removed, with
 * the folders that leaves empty: the folder ends as an emptied one would. A file counts as written
 * when its ctime (the inode's last change) is not older than the build's start, which is marked by
 * writing a file in Astro's cache folder (the same clock as the files' times). The ctime, not the
 * mtime: Astro gives the files it copies (public files, cached images) their sources' mtimes, and
 * nothing can set a ctime back. Steps that put files in place without writing them
 * (search-index.ts links cached shards) must touch or link them, which sets the ctime.
 *
 * Astro reuses a page in place when its cache says the page is unchanged, so the folder is kept
 * only when the cache's last build was an incremental one that wrote this same folder and
 * finished. After a build to another folder, one that failed, or one with INCREMENTAL_BUILD=off,
 * Astro empties the folder and copies reused pages back.
 *
 * List it last among the integrations: its `astro:build:done` must run after every other that
 * writes output. Without the incremental build it does nothing, and Astro empties the folder.
 */
export default function pruneOutput(): AstroIntegration {
	let incremental = false;
	let enabled = false;
	let record = '';
	let outDir = '';
	let since = 0;
	return {
		name: 'prune-output',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				record = join(fileURLToPath(config.cacheDir), LAST_BUILD);
				outDir = fileURLToPath(config.outDir);
				const last = readLastBuild(record);
				// A project that already keeps its output (emptyOutDir: false) keeps what it had.
				incremental = Boolean(config.experimental?.incrementalBuild);
				enabled =
					incremental &&
					config.vite?.build?.emptyOutDir !== false &&
					last?.finished === true &&
					last.outDir === outDir &&
					existsSync(outDir);
				if (enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:build:start': () => {
				// Unfinished until the end: a build that fails leaves its folder to be emptied next time.
				mkdirSync(join(record, '..'), { recursive: true });
				rmSync(join(record, '..', OUTPUT_LISTING), { force: true });
				writeFileSync(record, `${JSON.stringify({ outDir, finished: false } satisfies LastBuild)}\n`);
				since = statSync(record).ctimeMs;
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				if (enabled) {
					const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
					const { removed, folders, kept, written } = pruneStale(fileURLToPath(dir), since, pages);
					const listing: OutputListing = { outDir, files: kept, written };
					writeFileSync(join(record, '..', OUTPUT_LISTING), JSON.stringify(listing));
					if (removed.length > 0) {
						const shown = removed.slice(0, 5).join(', ');
						logger.info(
							`removed ${removed.length} files left from the last build (${shown}${removed.length > 5 ? ', …' : ''}) and ${folders} empty folders`,
						);
					}
				}
				// Only an incremental build leaves the folder and Astro's cache in step.
				writeFileSync(record, `${JSON.stringify({ outDir, finished: incremental } satisfies LastBuild)}\n`);
			},
		},
	};
}
