// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { siteOptions } from './src/lib/archive/site-options.ts';
import searchIndex from './src/integrations/search-index.ts';

const { site, base } = siteOptions(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [contentCheck(), mdx(), sitemap(), searchIndex()],
	// Scale (docs/scale.md): a decades-long archive has 10^5-10^6 items.
	experimental: {
		// One data-store.json of every item outgrows what V8 can hold as one string; chunks do not.
		collectionStorage: 'chunked',
		// Routes that return a `cacheKey` (the item pages) are reused from the last build when
		// neither their data nor their code changed, so adding a day's edition re-renders little.
		// INCREMENTAL_BUILD=off forces every page to render.
		incrementalBuild: process.env.INCREMENTAL_BUILD !== 'off',
	},
});
