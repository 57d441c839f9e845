/** The sitemap index, linked from every page's footer: it lists the lists' sitemap and each month's. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** URLs in one sitemap file at most: the protocol allows 50,000; a larger group is cut into files of this many. */
export const SITEMAP_URLS = 45_000;

/** What a sitemap file holds: the dated pages of one month (`2021-06`), or the pages that list across years (`lists`). */
export type SitemapGroup = string;

/** One sitemap file: its name in the site's root and its URLs, in order. */
export interface SitemapFile {
	name: string;
	urls: string[];
}

/** Status pages are no content: @astrojs/sitemap's rule, kept. */
const STATUS_PAGES = new Set(['404', '500']);
/** One collator for every comparison: the URLs' order is @astrojs/sitemap's (`localeCompare(b, 'en', { numeric: true })`). */
const urlOrder = new Intl.Collator('en', { numeric: true });

/**
 * The group a built page belongs to, from its path as Astro names it: a dated page's month, `lists`
 * for every other page, undefined for a status page (404).
 * @example sitemapGroup('2021-06-08/01/da-chu-wei-min/') // '2021-06'
 * @example sitemapGroup('authors/郝佳丽/') // 'lists'
 */
export function sitemapGroup(path: string): SitemapGroup | undefined {
	const bare = path.replace(/^\/+|\/+$/g, '');
	if (STATUS_PAGES.has(bare)) return undefined;
	const dated = /^(\d{4}-\d{2})-\d{2}(?:\/|$)/.exec(bare);
	return dated ? dated[1] : 'lists';
}

/**
 * A sitemap file's name: `sitemap-lists.xml`, `sitemap-2021-06.xml`, and a group's later cuts
 * `sitemap-2021-06-2.xml`, `sitemap-2021-06-3.xml`… (`cut` counts from 0).
 */
export function sitemapName(group: SitemapGroup, cut = 0): string {
	return `sitemap-${group}${cut > 0 ? `-${cut + 1}` : ''}.xml`;
}

/** A name sitemapName gives, read back; undefined for any other file (the index included). */
export function parseSitemapName(name: string): { group: SitemapGroup; cut: number } | undefined {
	const match = /^sitemap-(lists|\d{4}-\d{2})(?:-(\d+))?\.xml$/.exec(name);
	if (!match || match[2] === '1') return undefined;
	return { group: match[1], cut: match[2] ? Number(match[2]) - 1 : 0 };
}

/** The order of the index: the lists' sitemap first, then the months from the oldest, each's cuts in order. */
export function compareSitemapNames(a: string, b: string): number {
	const key = (name: string) => {
		const parsed = parseSitemapName(name);
		if (!parsed)
			throw new Error(`sitemaps: "${name}" is not a sitemap file's name (sitemap-lists.xml, sitemap-2021-06.xml…)`);
		return [parsed.group === 'lists' ? '' : parsed.group, parsed.cut] as const;
	};
	const [ga, ca] = key(a);
	const [gb, cb] = key(b);
	return ga.localeCompare(gb) || ca - cb;
}

/**
 * The sitemap files of a build's pages (their paths as Astro's `astro:build:done` gives them),
 * one per group that `wanted` accepts, cut every `limit` URLs; each file's URLs absolute under
 * `root` (the site with its base path, ending in `/`), sorted as @astrojs/sitemap sorts them.
 * A group's files depend on its pages only, so a part writes its months' files as a single build does.
 */
export function sitemapFiles(
	pages: string[],
	root: URL,
	wanted: (group: SitemapGroup) => boolean,
	limit = SITEMAP_URLS,
): SitemapFile[] {
	const groups = new Map<SitemapGroup, Set<string>>();
	for (const page of pages) {
		const group = sitemapGroup(page);
		if (group === undefined || !wanted(group)) continue;
		if (!groups.has(group)) groups.set(group, new Set());
		groups.get(group)!.add(new URL(root.pathname + page.replace(/^\/+/, ''), root).href);
	}
	return [...groups].flatMap(([group, set]) => {
		const urls = [...set].sort(urlOrder.compare);
		return Array.from({ length: Math.ceil(urls.length / limit) }, (_, cut) => ({
			name: sitemapName(group, cut),
			urls: urls.slice(cut * limit, (cut + 1) * limit),
		}));
	});
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A sitemap file's XML: one `<url><loc>` per URL (sitemaps.org 0.9). */
export function urlsetXml(urls: string[]): string {
	return `${XML_HEAD}<urlset xmlns="${SITEMAP_NS}">${urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('')}</urlset>`;
}

/** The sitemap index's XML: the sitemap files named, in compareSitemapNames' order, absolute under `root`. */
export function sitemapIndexXml(names: string[], root: URL): string {
	const sorted = [...new Set(names)].sort(compareSitemapNames);
	return `${XML_HEAD}<sitemapindex xmlns="${SITEMAP_NS}">${sorted.map((name) => `<sitemap><loc>${escapeXml(new URL(name, root).href)}</loc></sitemap>`).join('')}</sitemapindex>`;
}
