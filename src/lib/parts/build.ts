import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { SHARD_MANIFEST } from '../search/shards.ts';
import { buildScope } from './build-scope.ts';
import { joinShards, linkInto, PART_SITE, readShards, trimPart, writeInto } from './assemble.ts';
import { astroBuild } from './run-astro.ts';

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
export function buildPart({ years, out, cache, env = {}, cwd = process.cwd() }: PartOptions): { peakKb?: number } {
	const scope = buildScope({ BUILD_YEARS: years });
	if (scope.role !== 'part') throw new Error('build:part: needs --years, e.g. --years 2019-2020');
	const dir = resolve(cwd, out);
	mkdirSync(dir, { recursive: true });
	const peakKb = astroBuild(
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
	return { peakKb };
}

export interface JoinOptions {
	/** The part folders, as build:part wrote them. */
	parts: string[];
	/** The site's folder, replaced by the joined site. */
	out: string;
	/** The join build's cache and output, kept between joins (default `.cache/join`). */
	cache?: string;
	env?: Record<string, string>;
	cwd?: string;
}

/**
 * Joins parts into one site: renders the pages that list across years from the parts' summaries
 * (an Astro build of the project with BUILD_JOIN set), then assembles `out` from that build and
 * the parts' pages, with hard links where the file system allows, and writes the joined search
 * shard list. Returns how many files it linked or copied, and its build's peak memory (run-astro.ts).
 */
export function buildJoin({ parts, out, cache, env = {}, cwd = process.cwd() }: JoinOptions): {
	files: number;
	peakKb?: number;
} {
	if (parts.length === 0)
		throw new Error('build:join: name the part folders, e.g. npm run build:join -- parts/* --out dist');
	const dirs = parts.map((p) => resolve(cwd, p));
	for (const dir of dirs)
		if (!existsSync(join(dir, PART_SITE)))
			throw new Error(`${dir}: not a part (no ${PART_SITE}/ folder); build it with npm run build:part`);
	const cacheDir = resolve(cwd, cache ?? '.cache/join');
	const joinSite = join(cacheDir, 'site');
	const peakKb = astroBuild(
		joinSite,
		{
			...env,
			BUILD_YEARS: '',
			BUILD_JOIN: dirs.join(delimiter),
			SEARCH_INDEX: 'off',
			ASTRO_CACHE_DIR: join(cacheDir, 'astro'),
		},
		cwd,
	);
	const target = resolve(cwd, out);
	rmSync(target, { recursive: true, force: true });
	let files = linkInto(joinSite, target);
	for (const dir of dirs) files += linkInto(join(dir, PART_SITE), target);
	const lists = dirs
		.map((dir) => join(dir, SHARD_MANIFEST))
		.filter((file) => existsSync(file))
		.map((file) => ({ file, manifest: readShards(file) }));
	if (lists.length > 0) writeInto(join(target, 'pagefind', SHARD_MANIFEST), joinShards(lists));
	return { files: files + (lists.length > 0 ? 1 : 0), peakKb };
}
