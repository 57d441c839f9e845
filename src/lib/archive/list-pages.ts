import { listCacheKey } from './list-cache-key.ts';

/** Items on a numbered page of an author's or a section's list, unless LIST_PAGE_SIZE says. */
export const LIST_PAGE_SIZE = 50;

/**
 * One view of an author's or a section's list: the landing page, or a numbered page.
 *
 * Numbered pages count from the oldest: page 1 holds the oldest `size` items, page 2 the next,
 * and the newest page whatever is left (1 to `size` items). A new edition adds its items to the
 * newest page (or starts another), and every other page keeps its items and its address: a link
 * to page 7 of a section shows the same items years later, and a rebuild renders again only the
 * landing page and the newest one or two (newest-first pages would all shift by the new items).
 * The landing page shows the two newest pages together, newest first, so that it always lists
 * more than `size` items once there are that many; numbered pages are made only for a list of
 * more than two pages, the first time the landing page links one (an author with a few items
 * has the landing page alone, which is then the one page a new item of theirs changes). The
 * landing page also lists the pages before its own by year, so that a reader can go straight to
 * one (`earlier`).
 */
export interface ListView<T> {
	/** The page's number, 1 for the oldest; none for the landing page. */
	number?: number;
	/** Its items, newest first. */
	items: T[];
	/** The number of the page with the next older items, if any. */
	older?: number;
	/** The number of the page with the next newer items, or `landing` for the newest page. */
	newer?: number | 'landing';
	/** All the list's items, on the landing page (the one view that changes with every item). */
	total?: number;
	/**
	 * On the landing page, when there are numbered pages it does not show: those pages, oldest
	 * first, with the dates of their oldest and newest items, so that a reader can go straight to
	 * a year (given `dateOf`).
	 */
	earlier?: { number: number; from: string; to: string }[];
}

/**
 * The landing page and the numbered pages of a list given newest first; with `dateOf`, the
 * landing page also lists the pages before its own (`earlier`).
 * @example listViews([5, 4, 3, 2, 1], 2) // landing [5, 4, 3] then page 1; pages 1 [2, 1], 2 [4, 3], 3 [5]
 * @example listViews(['b', 'a'], 2) // the landing page [b, a] alone
 */
export function listViews<T>(newestFirst: T[], size = LIST_PAGE_SIZE, dateOf?: (item: T) => string): ListView<T>[] {
	const total = newestFirst.length;
	const count = Math.max(1, Math.ceil(total / size));
	// Page n (from 1) holds the items at oldest-first positions [(n - 1) × size, n × size).
	const itemsOf = (n: number) => newestFirst.slice(Math.max(0, total - n * size), total - (n - 1) * size);
	const pages: ListView<T>[] = Array.from({ length: count > 2 ? count : 0 }, (_, i) => {
		const number = i + 1;
		return {
			number,
			items: itemsOf(number),
			older: number > 1 ? number - 1 : undefined,
			newer: number < count ? number + 1 : 'landing',
		};
	});
	const landing: ListView<T> = {
		items: count > 1 ? [...itemsOf(count), ...itemsOf(count - 1)] : itemsOf(1),
		older: count > 2 ? count - 2 : undefined,
		total,
	};
	if (dateOf && count > 2)
		landing.earlier = pages
			.slice(0, count - 2)
			.map(({ number, items }) => ({ number: number!, from: dateOf(items.at(-1)!), to: dateOf(items[0]) }));
	return [landing, ...pages];
}

/**
 * Where a view of the list at `list` is: the landing page at `list`, a numbered page under it.
 * @example listViewPath('/authors/郝佳丽/', 3) // '/authors/郝佳丽/3/'
 * @example listViewPath('/authors/郝佳丽/', 'landing') // '/authors/郝佳丽/'
 */
export function listViewPath(list: string, number: number | 'landing' | undefined): string {
	return number === undefined || number === 'landing' ? list : `${list}${number}/`;
}

/**
 * The static paths of the author or section list route: every view of every group's list,
 * with its incremental-build key (list-cache-key.ts).
 */
export function listPaths<T extends { slug: string; digest?: string | number; data: { date: string; page: number } }>(
	groups: Map<string, T[]>,
	size: number,
) {
	return [...groups].flatMap(([name, list]) =>
		listViews(list, size, (item) => item.data.date).map((view) => ({
			params: { name, page: view.number?.toString() },
			props: { name, view },
			cacheKey: listCacheKey(name, view),
		})),
	);
}
