// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import { settings } from './src/settings.ts';
import searchIndex from './src/integrations/search-index.ts';
import pruneOutput from './src/integrations/prune-output.ts';
import sitemaps from './src/integrations/sitemaps.ts';
import previewMode from './src/integrations/preview-mode.ts';
import { currentWindow, outsideWindow } from './src/lib/parts/preview-window.ts';
import { bodyProcessor } from './src/lib/markdown/body-processor.ts';

// Every setting from env (SITE_URL, BASE_PATH, BUILD_CONCURRENCY, …) comes from src/settings.ts.
const { site, base } = settings;
// The preview (npm run dev) neither watches nor lists the edition folders it does not load.
const editions = fileURLToPath(new URL(`${settings.contentDir}/editions/`, new URL('./', import.meta.url)));
const preview = currentWindow(editions, settings.scope);

// https://docs.astro.build/en/reference/configuration-reference/
// Not through `defineConfig` ('astro/config'), which only returns its argument: that module also
// exports Astro's SVG optimizer and so loads SVGO and its CSS tools, some 300 modules, at the
// start of every build and preview, which a day's build pays for nothing (docs/scale.md).
/** @type {import('astro').AstroUserConfig} */
const config = {
	site,
	base,
	trailingSlash: 'always',
	// The content store and incremental-build cache belong to this project folder, not to a
	// node_modules that throw-away copies (tests, benchmarks, shards) link to and would share.
	cacheDir: settings.astroCacheDir,
	// Pages wait on file reads and writes while rendering: a few at once keep the cores busy, for
	// rendered and cached pages alike (docs/scale.md).
	build: { format: 'directory', concurrency: settings.buildConcurrency },
	// pruneOutput last: with the incremental build the output folder is kept between builds, and
	// at the end it removes what no step of this build wrote (src/integrations/prune-output.ts).
	integrations: [
		contentCheck(),
		previewMode(),
		mdx(),
		// A sitemap per year, one of the lists and their index, each build writing its own (docs/scale.md, "The sitemaps").
		sitemaps(settings.scope),
		searchIndex(),
		pruneOutput(),
	],
	// The preview is the editors' (docs/scale.md, "The preview"): no developer toolbar, whose
	// modules and their dependencies would be loaded and pre-bundled before the first page shows;
	// and no scan of every page for client dependencies to pre-bundle (the client scripts import
	// ES modules, which Vite serves as they are).
	...(preview && { devToolbar: { enabled: false } }),
	vite: {
		// Scripts and styles are linked, never inlined: Astro inlines a component's script or
		// stylesheet under 4 kB into every page that shows the component, and an archive has tens of
		// thousands of pages (docs/scale.md). A number, so that the build cache's config hash sees it.
		build: { assetsInlineLimit: 0 },
		...(preview && {
			server: { watch: { ignored: [outsideWindow(preview, editions)] } },
			optimizeDeps: { noDiscovery: true, include: [] },
		}),
	},
	// Item bodies are text, never code (docs/editing.zh-CN.md): the unified processor, which MDX
	// inherits, so that both run our plugins (src/lib/markdown/body-processor.ts, which loads it
	// when it first renders a body; its cost per item: docs/scale.md). remarkBodyPolicy refuses an MDX item's import, export, expressions and unknown
	// tags, and pictures outside the edition, before MDX compiles anything; rehypeSanitizeBody
	// publishes only the allowlisted HTML of Markdown and MDX bodies; rehypeExcerpt then takes each
	// item's rendered, sanitised text for teasers, the feed and structured data.
	markdown: {
		processor: bodyProcessor(fileURLToPath(new URL('./', import.meta.url))),
	},
	// Scale (docs/scale.md): a decades-long archive has 10^5-10^6 items.
	experimental: {
		// A single data-store.json of 100,000 items is too big for one string: the build stops
		// ("Failed to convert rust `&str` into napi `string`"). Chunks have no ceiling; Astro
		// writes them slowly, which patches/astro+7.4.8.patch fixes (docs/patches.md).
		collectionStorage: 'chunked',
		// Routes that return a `cacheKey` (the item pages) are reused from the last build when
		// neither their data nor their code changed, so adding a day's edition re-renders little.
		// INCREMENTAL_BUILD=off forces every page to render.
		incrementalBuild: settings.incrementalBuild,
	},
};
export default config;
