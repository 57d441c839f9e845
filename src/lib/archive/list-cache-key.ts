import type { ListView } from './list-pages.ts';
import { itemPath } from './paths.ts';

/** What a page of an author's or a section's list needs to know of one item. */
interface ListedItem {
	slug: string;
	/** The entry's digest: changes whenever its data or body does. */
	digest?: string | number;
	data: { date: string; page: number };
}

/**
 * The incremental build's key for one view of a list (an author's, a section's; see
 * list-pages.ts): everything the view shows, so Astro reuses the page from the last build while
 * it is unchanged. A new edition changes only the landing and newest pages of its own authors'
 * and sections' lists.
 * @example listCacheKey('郝佳丽', { number: 3, items: [item, item], older: 2, newer: 4 })
 */
export function listCacheKey(name: string, view: ListView<ListedItem>): string {
	return JSON.stringify([
		name,
		view.number ?? null,
		view.older ?? null,
		view.newer ?? null,
		view.total ?? null,
		view.earlier ?? null,
		view.items.map((item) => [itemPath(item), item.digest]),
	]);
}
