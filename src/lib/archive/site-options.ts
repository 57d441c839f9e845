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
