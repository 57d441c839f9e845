/** Where the site is served, from the environment the build runs in. */
export interface SiteOptions {
	/** Absolute origin (and path) the site is published at, for feeds, sitemaps and canonical links. */
	site: string;
	/** Sub-path the site is served under, always starting and ending with `/`. */
	base: string;
}

/**
 * Reads `SITE_URL` and `BASE_PATH`, normalising the base path to `/x/` form.
 * @example siteOptions({ BASE_PATH: 'paper' }) // { site: 'http://localhost:4321', base: '/paper/' }
 */
export function siteOptions(env: Record<string, string | undefined>): SiteOptions {
	const site = (env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '');
	const trimmed = (env.BASE_PATH || '/').trim().replace(/^\/+|\/+$/g, '');
	return { site, base: trimmed ? `/${trimmed}/` : '/' };
}

/** Pages Astro renders at once when BUILD_CONCURRENCY does not say (docs/scale.md: 4 rendered 10,000 items a sixth to a third faster than 1 on two cores). */
export const DEFAULT_BUILD_CONCURRENCY = 4;

/**
 * Reads `BUILD_CONCURRENCY`, the number of pages Astro renders (or restores from its build cache)
 * at once: a page's render waits on file reads and writes, so a few at a time keep the CPU busy.
 * @example buildConcurrency({}) // 4
 * @example buildConcurrency({ BUILD_CONCURRENCY: '8' }) // 8
 */
export function buildConcurrency(env: Record<string, string | undefined>): number {
	const raw = env.BUILD_CONCURRENCY?.trim();
	if (!raw) return DEFAULT_BUILD_CONCURRENCY;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1)
		throw new Error(
			`expects BUILD_CONCURRENCY to be a whole number of at least 1 (pages rendered at once) but found "${env.BUILD_CONCURRENCY}"`,
		);
	return value;
}
