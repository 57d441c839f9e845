import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { OUTPUT_LISTING, type OutputListing } from '../../integrations/prune-output.ts';
import { SHARD_MANIFEST } from '../search/shards.ts';
import { buildScope } from './build-scope.ts';
import {
	joinShards,
	PART_SITE,
	readRecord,
	readShards,
	removeLater,
	syncSite,
	trimPart,
	writeInto,
	writeRecord,
	type SyncResult,
} from './assemble-site.ts';
import { astroBuild, type BuildCost } from './run-astro.ts';
import { summaryStamp } from './summary-loader.ts';
import { SUMMARY_FILE } from './summary.ts';

/** The join's record of its last assembly of the site, in its cache. */
const SYNC_RECORD = 'assembled.json';
/** Where the assembly moves what it removes from the site, beside the record, to be emptied in the background. */
const TRASH = 'removed';

/** The listing prune-output wrote of the join build's output at `outDir`, or none (then the output is walked). */
function readListing(file: string, outDir: string): OutputListing | undefined {
	try {
		const listing = JSON.parse(readFileSync(file, 'utf8')) as OutputListing;
		return resolve(listing.outDir) === resolve(outDir) ? listing : undefined;
	} catch {
		return undefined;
	}
}

export interface PartOptions {
	/** Years, as BUILD_YEARS takes them: `2019-2020`. */
	years: string;
	/** The part's folder: `<out>/site/`, `<out>/summary.json`, `<out>/shards.json`. */
	out: string;
	/** Its incremental-build cache (default `.cache/parts/<years>`), kept between builds of the part. */
	cache?: string;
	/** Extra environment for the build (CONTENT_DIR, SITE_URL, BASE_PATH…). */
	env?: Record<string, string>;
	cwd?: string;
}

/**
 * Builds one part (docs/scale.md): the item, page and edition pages of `years`, their text files
 * and search shards, and its summary. Returns its build's peak memory (run-astro.ts).
 */
export function buildPart({ years, out, cache, env = {}, cwd = process.cwd() }: PartOptions): BuildCost {
	const scope = buildScope({ BUILD_YEARS: years });
	if (scope.role !== 'part') throw new Error('build:part: needs --years, e.g. --years 2019-2020');
	const dir = resolve(cwd, out);
	mkdirSync(dir, { recursive: true });
	// A build that fails leaves no summary, so no join takes its half-written site for the last one.
	rmSync(join(dir, SUMMARY_FILE), { force: true });
	const cost = astroBuild(
		join(dir, PART_SITE),
		{
			...env,
			BUILD_YEARS: years,
			BUILD_JOIN: '',
			ASTRO_CACHE_DIR: resolve(cwd, cache ?? join('.cache/parts', years)),
		},
		cwd,
	);
	trimPart(dir, scope);
	return cost;
}

export interface JoinOptions {
	/** The part folders, as build:part wrote them. */
	parts: string[];
	/** The site's folder, replaced by the joined site. */
	out: string;
	/**
	 * Years (as BUILD_YEARS takes them) the join builds from the content files in its own build
	 * (the daily build): their pages, text files and search shards, beside the pages that list
	 * across years, in one build. The parts must not hold them.
	 */
	years?: string;
	/** The join build's cache and output, kept between joins (default `.cache/join`, or `.cache/daily/<years>` with `years`). */
	cache?: string;
	env?: Record<string, string>;
	cwd?: string;
}

/**
 * Joins parts into one site: renders the pages that list across years from the parts' summaries
 * (an Astro build of the project with BUILD_JOIN set), then assembles `out` from that build and
 * the parts' pages, with hard links where the file system allows, and writes the joined search
 * shard list. Keeps `out` from the last join and changes only what differs (syncSite). With
 * `years` (the daily build), the same build also renders those years from the content files,
 * as their part would (BUILD_YEARS set too): one build instead of a part's and the join's.
 * Returns what the assembly did, its seconds, and the build's peak memory and CPU time
 * (run-astro.ts).
 */
export function buildJoin({
	parts,
	out,
	years,
	cache,
	env = {},
	cwd = process.cwd(),
}: JoinOptions): SyncResult & BuildCost & { assembleS: number } {
	if (parts.length === 0)
		throw new Error('build:join: name the part folders, e.g. npm run build:join -- parts/* --out dist');
	const dirs = parts.map((p) => resolve(cwd, p));
	for (const dir of dirs)
		if (!existsSync(join(dir, PART_SITE)))
			throw new Error(`${dir}: not a part (no ${PART_SITE}/ folder); build it with npm run build:part`);
	if (years !== undefined && buildScope({ BUILD_YEARS: years }).role !== 'part')
		throw new Error('build:join: --years needs years, e.g. --years 2024');
	const cacheDir = resolve(cwd, cache ?? (years ? join('.cache/daily', years) : '.cache/join'));
	const joinSite = join(cacheDir, 'site');
	const cost = astroBuild(
		joinSite,
		{
			...env,
			BUILD_YEARS: years ?? '',
			BUILD_JOIN: dirs.join(delimiter),
			...(years ? {} : { SEARCH_INDEX: 'off' }),
			ASTRO_CACHE_DIR: join(cacheDir, 'astro'),
		},
		cwd,
	);
	const started = performance.now();
	const target = resolve(cwd, out);
	// The daily build's own shard list goes beside its site, as a part's does, to be joined with the parts'.
	const own = join(cacheDir, SHARD_MANIFEST);
	if (years) {
		rmSync(own, { force: true });
		if (existsSync(join(joinSite, 'pagefind', SHARD_MANIFEST)))
			renameSync(join(joinSite, 'pagefind', SHARD_MANIFEST), own);
	}
	const lists = [...dirs, ...(years ? [cacheDir] : [])]
		.map((dir) => join(dir, SHARD_MANIFEST))
		.filter((file) => existsSync(file))
		.map((file) => ({ file, manifest: readShards(file) }));
	const shardList = `pagefind/${SHARD_MANIFEST}`;
	// A part's summary is written anew by every build of it, so an unchanged stamp means its site
	// is the one the last join placed, and its files need not be looked at again.
	const recordFile = join(cacheDir, SYNC_RECORD);
	const last = readRecord(recordFile);
	rmSync(recordFile, { force: true });
	// The build's own output is not walked again: its prune-output listing names its files and
	// what it wrote (the shard list, moved beside, aside).
	const listing = readListing(join(cacheDir, 'astro', OUTPUT_LISTING), joinSite);
	const moved = new Set(years ? [shardList] : []);
	const trash = join(cacheDir, TRASH);
	const aside = () => existsSync(trash) && renameSync(trash, `${trash}-${Date.now()}`);
	aside();
	const synced = syncSite([joinSite, ...dirs.map((dir) => join(dir, PART_SITE))], target, {
		trash,
		keep: lists.length > 0 ? [shardList] : [],
		stamps: Object.fromEntries(dirs.map((dir) => [join(dir, PART_SITE), summaryStamp(dir)])),
		last,
		...(listing && {
			listed: {
				[joinSite]: {
					files: listing.files.filter((name) => !moved.has(name)),
					written: listing.written.filter((name) => !moved.has(name)),
				},
			},
		}),
	});
	if (lists.length > 0) writeInto(join(target, shardList), joinShards(lists));
	writeRecord(recordFile, synced.record);
	// What the sync removed went to the trash, emptied by a process of its own (removeLater).
	aside();
	removeLater(cacheDir, `${TRASH}-`);
	const files = synced.files + (lists.length > 0 ? 1 : 0);
	return { ...synced, files, ...cost, assembleS: (performance.now() - started) / 1000 };
}
