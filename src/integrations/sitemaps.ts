import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	parseSitemapName,
	SITEMAP_INDEX,
	sitemapFiles,
	sitemapIndexXml,
	urlsetXml,
	type SitemapGroup,
} from '../lib/archive/sitemaps.ts';
import { PART_SITE } from '../lib/parts/assemble-site.ts';
import { joinedParts, rendersDate, rendersListings, type BuildScope } from '../lib/parts/build-scope.ts';

/** Whether a build writes a group's sitemap: a month's if it renders that month's dated pages, the lists' if it renders the lists. */
export function writesSitemap(scope: BuildScope, group: SitemapGroup): boolean {
	if (group === 'lists') return rendersListings(scope);
	return rendersDate(scope, group);
}

/** The month sitemaps a part's site holds (`<part>/site/sitemap-2021-06.xml`…), by name; none when it has no site. */
export function partSitemaps(part: string): string[] {
	let names: string[];
	try {
		names = readdirSync(join(part, PART_SITE));
	} catch {
		return [];
	}
	const group = (name: string) => parseSitemapName(name)?.group;
	return names.filter((name) => group(name) !== undefined && group(name) !== 'lists');
}

/**
 * The site's sitemaps (docs/scale.md, "The daily case"): a file per month of its dated pages
 * (`sitemap-2021-06.xml`), one of the pages that list across years (`sitemap-lists.xml`), and the
 * index that lists them (`sitemap-index.xml`), from the pages the build wrote or reused. A part
 * writes its months' files only, which the join's index lists from the parts' sites; the join and
 * the daily build write the lists' file and the index. A day thus writes the current month's file
 * and the lists', never the whole archive's URLs, and a single build writes the same files.
 */
export default function sitemaps(scope: BuildScope): AstroIntegration {
	let root: URL | undefined;
	return {
		name: 'sitemaps',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.site
					? new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site)
					: undefined;
			},
			'astro:build:done': ({ dir, pages, logger }) => {
				if (!root) {
					logger.warn('no sitemap: the site URL is not set (SITE_URL)');
					return;
				}
				const site = fileURLToPath(dir);
				const files = sitemapFiles(
					pages.map((page) => page.pathname),
					root,
					(group) => writesSitemap(scope, group),
				);
				for (const file of files) writeFileSync(join(site, file.name), urlsetXml(file.urls));
				if (!rendersListings(scope)) return;
				const names = [...files.map((file) => file.name), ...(joinedParts(scope) ?? []).flatMap(partSitemaps)];
				writeFileSync(join(site, SITEMAP_INDEX), sitemapIndexXml(names, root));
				logger.info(`${SITEMAP_INDEX}: ${names.length} sitemaps, ${files.length} written`);
			},
		},
	};
}
