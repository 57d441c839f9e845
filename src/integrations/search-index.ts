import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from './index-site.ts';

/**
 * Builds the search index in `astro:build:done` from the built item pages (see index-site.ts)
 * into `<outDir>/pagefind/`, and logs `search index: <pages> pages, <seconds> s`, the line
 * `npm run bench` reads. Any Pagefind error fails the build. `SEARCH_INDEX=off` skips indexing.
 */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				if (process.env.SEARCH_INDEX === 'off') {
					logger.info('search index: skipped (SEARCH_INDEX=off)');
					return;
				}
				const started = performance.now();
				const count = await indexSite({ dir: fileURLToPath(dir), pathnames: pages.map((p) => p.pathname) });
				logger.info(`search index: ${count} pages, ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
