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
});
