// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { siteOptions } from './src/lib/archive/site-options.ts';
import searchIndex from './src/integrations/search-index.ts';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionStorage } from './src/lib/bench/collection-storage.ts';

const { site, base } = siteOptions(process.env);

/** Bytes of the archive's content files: the store layout depends on it (about 0.3 s at 100,000 items). */
function contentBytes() {
	const dir = join(process.env.CONTENT_DIR || './content', 'editions');
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((n, e) => (e.isFile() ? n + statSync(join(e.parentPath, e.name)).size : n), 0);
	} catch {
		return 0;
	}
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The content store and incremental-build cache belong to this project folder, not to a
	// node_modules that throw-away copies (tests, benchmarks, shards) link to and would share.
	cacheDir: process.env.ASTRO_CACHE_DIR || './.cache/astro',
	build: { format: 'directory' },
	integrations: [contentCheck(), mdx(), sitemap(), searchIndex()],
	// Scale (docs/scale.md): a decades-long archive has 10^5-10^6 items.
	experimental: {
		// One data-store.json outgrows what Node can read as one string near 300 MB of content;
		// chunks do not, but are slower to write. COLLECTION_STORAGE=chunked|single-file overrides.
		collectionStorage: collectionStorage(contentBytes(), process.env.COLLECTION_STORAGE),
		// Routes that return a `cacheKey` (the item pages) are reused from the last build when
		// neither their data nor their code changed, so adding a day's edition re-renders little.
		// INCREMENTAL_BUILD=off forces every page to render.
		incrementalBuild: process.env.INCREMENTAL_BUILD !== 'off',
	},
});
