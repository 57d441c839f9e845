import { relative, resolve, sep } from 'node:path';
import { LIST_PAGE_SIZE } from '../archive/list-pages.ts';
import { buildScope, type BuildScope } from '../parts/build-scope.ts';
import { DEFAULT_SHARD_ITEMS } from '../search/shards.ts';
import { positiveInteger, type Env } from './positive-integer.ts';

/** Pages Astro renders at once, unless BUILD_CONCURRENCY says: a page's render waits on file reads and writes. */
export const DEFAULT_BUILD_CONCURRENCY = 4;

/** Every setting the build, the routes and the scripts take from the environment, resolved in one place. */
export interface Settings {
	/** `CONTENT_DIR`: the content root holding `editions/`, as given (project-relative or absolute); `content` by default. */
	readonly contentDir: string;
	/** `SITE_URL`: the absolute origin (and path) the site is published at, without a trailing slash. */
	readonly site: string;
	/** `BASE_PATH`: the sub-path the site is served under, always starting and ending with `/`. */
	readonly base: string;
	/** `BUILD_CONCURRENCY`: pages Astro renders (or restores from its build cache) at once. */
	readonly buildConcurrency: number;
	/** `LIST_PAGE_SIZE`: items on a numbered page of an author's or a section's list. */
	readonly listPageSize: number;
	/** `SEARCH_SHARD_ITEMS`: items in one search shard at most, unless one day alone holds more. */
	readonly searchShardItems: number;
	/** `SEARCH_JOBS`: indexing processes; undefined means one per core. */
	readonly searchJobs: number | undefined;
	/** `SEARCH_INDEX=off` skips the search index. */
	readonly searchIndex: boolean;
	/** `INCREMENTAL_BUILD=off` renders every page, reusing none from the last build. */
	readonly incrementalBuild: boolean;
	/** `ASTRO_CACHE_DIR`: Astro's cache folder (content store, build cache, kept checks). */
	readonly astroCacheDir: string;
	/** `BUILD_YEARS` or `BUILD_JOIN`: what this build renders (src/lib/parts/build-scope.ts). */
	readonly scope: BuildScope;
	/** `CHROMIUM_PATH`: the Chromium that benchmarks, corpus generators and tests drive. */
	readonly chromiumPath: string;
	/** The editions folder relative to `root` in forward slashes: `content/editions` unless CONTENT_DIR says. */
	editionsDir(root: string): string;
}

/**
 * The settings held in `env`. Each is read when first asked for, so a bad value stops only
 * what uses it, with a message naming the variable.
 * @example resolveSettings({ LIST_PAGE_SIZE: '20' }).listPageSize // 20
 * @example resolveSettings({ CONTENT_DIR: 'archive/' }).editionsDir('/p') // 'archive/editions'
 */
export function resolveSettings(env: Env): Settings {
	const contentDir = env.CONTENT_DIR?.trim() || 'content';
	const site = () => (env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '');
	const trimmedBase = () => (env.BASE_PATH || '/').trim().replace(/^\/+|\/+$/g, '');
	return once({
		contentDir: () => contentDir,
		site,
		base: () => (trimmedBase() ? `/${trimmedBase()}/` : '/'),
		buildConcurrency: () =>
			positiveInteger(env, 'BUILD_CONCURRENCY', DEFAULT_BUILD_CONCURRENCY, 'pages rendered at once'),
		listPageSize: () =>
			positiveInteger(env, 'LIST_PAGE_SIZE', LIST_PAGE_SIZE, "items on a page of an author's or a section's list"),
		searchShardItems: () =>
			positiveInteger(env, 'SEARCH_SHARD_ITEMS', DEFAULT_SHARD_ITEMS, 'items in one search shard'),
		searchJobs: () => positiveInteger(env, 'SEARCH_JOBS', undefined, 'search indexing processes'),
		searchIndex: () => env.SEARCH_INDEX !== 'off',
		incrementalBuild: () => env.INCREMENTAL_BUILD !== 'off',
		astroCacheDir: () => env.ASTRO_CACHE_DIR || './.cache/astro',
		scope: () => buildScope(env),
		chromiumPath: () => env.CHROMIUM_PATH || '/usr/bin/chromium',
		editionsDir: () => (root: string) =>
			relative(root, resolve(root, contentDir, 'editions'))
				.split(sep)
				.join('/'),
	});
}

/** An object whose properties are the getters' values, each computed on first read and kept. */
function once<T extends object>(getters: { [K in keyof T]: () => T[K] }): T {
	const settings = {} as T;
	for (const key of Object.keys(getters) as (keyof T)[]) {
		let value: T[typeof key];
		let done = false;
		Object.defineProperty(settings, key, {
			enumerable: true,
			get: () => {
				if (!done) [value, done] = [getters[key](), true];
				return value;
			},
		});
	}
	return settings;
}
