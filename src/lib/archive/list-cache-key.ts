import { itemPath } from './paths.ts';

/** What a page of an author's or a section's list needs to know of one item. */
interface ListedItem {
	slug: string;
	/** The entry's digest: changes whenever its data or body does. */
	digest?: string | number;
	data: { date: string; page: number };
}

/**
 * The incremental build's key for one page of a paginated list (an author's, a section's):
 * everything the page shows, so Astro reuses the page from the last build while it is unchanged.
 * A new edition changes only the lists of its own authors and sections.
 * @example listCacheKey('郝佳丽', { currentPage: 1, lastPage: 1, total: 2, data: [item, item] })
 */
export function listCacheKey(name: string, page: { currentPage: number; lastPage: number; total: number; data: ListedItem[] }): string {
	return JSON.stringify([name, page.currentPage, page.lastPage, page.total, page.data.map((item) => [itemPath(item), item.digest])]);
}
