/**
 * Site-relative paths of every view, without the base path (see `withBase`). One scheme,
 * derived only from content, so that permalinks stay stable:
 *
 *   /                                  home (latest edition)
 *   /archive/                          calendar of editions (往期回顾)
 *   /2021-06-08/                       edition (版面导航)
 *   /2021-06-08/01/                    page view (第01版)
 *   /2021-06-08/01/da-chu-wei-min/     item (slug from the file name, not the order)
 *   /authors/  /authors/郝佳丽/         authors
 *   /sections/ /sections/观潮/          sections and columns
 *   /search/?q=…                       search
 */

/** Zero-padded page number as printed: 1 -> `01`. */
export function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

/** Path of an edition. @example editionPath('2021-06-08') // '2021-06-08/' */
export function editionPath(date: string): string {
	return `${date}/`;
}

/** Path of a page view. @example pagePath('2021-06-08', 1) // '2021-06-08/01/' */
export function pagePath(date: string, page: number): string {
	return `${date}/${pad2(page)}/`;
}

/** Path of an item. @example itemPath({ slug: 'x', data: { date: '2021-06-08', page: 1 } }) // '2021-06-08/01/x/' */
export function itemPath(item: { slug: string; data: { date: string; page: number } }): string {
	return `${pagePath(item.data.date, item.data.page)}${item.slug}/`;
}

/**
 * The date of an item's path (as itemPath writes it, with or without a leading slash), or
 * undefined when the path is not an item's.
 * @example itemDateOf('2021-06-08/01/x/') // '2021-06-08'
 */
export function itemDateOf(path: string): string | undefined {
	return /^\/?(\d{4}-\d{2}-\d{2})\/\d+\/[^/]+\/$/.exec(path)?.[1];
}

/** Path of an author's page; the name is kept as printed and percent-encoded. */
export function authorPath(name: string): string {
	return `authors/${encodeURIComponent(name)}/`;
}

/** Path of a section's page; the label is kept as printed and percent-encoded. */
export function sectionPath(name: string): string {
	return `sections/${encodeURIComponent(name)}/`;
}

/** Path of the archive calendar, optionally at one year. */
export function archivePath(year?: string | number): string {
	return year === undefined ? 'archive/' : `archive/${year}/`;
}

/**
 * Joins the configured base path and a site-relative path.
 * @example withBase('/paper/', '2021-06-08/') // '/paper/2021-06-08/'
 */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/^\/+/, '')}`;
}

/**
 * Path of a file a page imported from its PDF keeps (its page image, its PDF), beside its page view.
 * @example pageFilePath('2021-06-08', 1, 'page-960.webp') // '2021-06-08/01/page-960.webp'
 */
export function pageFilePath(date: string, page: number, file: string): string {
	return `${pagePath(date, page)}${file}`;
}
