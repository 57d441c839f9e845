/**
 * The search index is built in shards, each a Pagefind bundle of its own under
 * `<base>/pagefind/<shard id>/`, so that shards index in parallel (one process per core), no
 * process holds more than one shard, and a rebuild re-indexes only the shards whose items
 * changed. The search page merges them in the browser with Pagefind's `mergeIndex`
 * (docs/search.md).
 *
 * A shard is a calendar year; a year with more items than the cap is cut into runs of whole
 * months, packed from January, and a month with more items than the cap into runs of whole days.
 * The archive's newest month is never packed with the months before it: its items are a shard of
 * their own (`2024-12`), or runs of its days, and its year is cut by months whatever its size,
 * the months before it packed as if it were not there. So the current month can be built as a
 * part of its own beside the year's closed months (docs/scale.md, "The daily case"), both giving
 * the single build's shards; once a newer month begins, the month packs with those before it as
 * usual, and its shard is indexed again.
 * Adding an edition therefore changes only the newest shard, and the shards before it keep their
 * ids and contents.
 */

/** The file, under `pagefind/`, that lists the shards for the search page. */
export const SHARD_MANIFEST = 'shards.json';

/**
 * Items per shard at most, unless one day alone holds more (`SEARCH_SHARD_ITEMS`). The first
 * search of a common word downloads the newest shard's page list and a filter file per token,
 * both about proportional to its items, so this bounds the first search's download, even when a
 * new year's first small shard is searched first (`first_query_kb`, docs/scale.md).
 */
export const DEFAULT_SHARD_ITEMS = 1500;

/** One shard as the search page sees it. */
export interface ShardEntry {
	/** Folder name under `pagefind/`: `2024`, `2024-07` for a year cut by months, `2024-07-16` for a month cut by days. */
	id: string;
	/** First and last date of its items, `YYYY-MM-DD`. */
	from: string;
	to: string;
	items: number;
}

/** `pagefind/shards.json`: the shards, newest first. */
export interface ShardManifest {
	shards: ShardEntry[];
}

/** One shard of a build plan: its entry and the site-relative paths of its item pages. */
export interface PlannedShard extends ShardEntry {
	pathnames: string[];
}

/**
 * Splits item pages into shards (see the top of this file), newest shard first. `newestMonth` is
 * the archive's newest month (`2024-12`), whose pages are planned apart, whether or not the
 * build holds the months before it.
 * @example planShards([{ pathname: '2024-03-01/01/a/', date: '2024-03-01' }], 4000) // [{ id: '2024', from: '2024-03-01', to: '2024-03-01', items: 1, pathnames: [...] }]
 */
export function planShards(
	pages: { pathname: string; date: string }[],
	maxItems: number,
	newestMonth?: string,
): PlannedShard[] {
	if (!(maxItems >= 1))
		throw new Error(`expects the shard size to be a whole number of at least 1 but found ${maxItems}`);
	type Page = { pathname: string; date: string };
	const group = (list: Page[], key: (page: Page) => string) => {
		const groups = new Map<string, Page[]>();
		for (const page of list) {
			const k = key(page);
			const members = groups.get(k);
			if (members) members.push(page);
			else groups.set(k, [page]);
		}
		return groups;
	};
	const sorted = [...pages].sort((a, b) => a.date.localeCompare(b.date) || a.pathname.localeCompare(b.pathname));
	const shards: PlannedShard[] = [];
	const close = (id: string, items: Page[]) =>
		shards.push({
			id,
			from: items[0].date,
			to: items.at(-1)!.date,
			items: items.length,
			pathnames: items.map((i) => i.pathname),
		});
	// The newest month's pages are a year of their own to the plan; it and the months before it in
	// its year are cut by months whatever their size, so that their ids do not depend on each other.
	const yearOf = (p: Page) => (p.date.slice(0, 7) === newestMonth ? `${newestMonth}/` : p.date.slice(0, 4));
	for (const [year, inYear] of group(sorted, yearOf)) {
		if (inYear.length <= maxItems && year !== newestMonth?.slice(0, 4) && !year.endsWith('/')) {
			close(year, inYear);
			continue;
		}
		// The year is cut into runs of whole months (`2024-07`), and a month over the cap into runs
		// of whole days (`2024-07-16`), packed in date order: a run closes when the next month or
		// day would take it over the cap. Earlier runs never change as later days are added.
		const units: { id: string; items: Page[] }[] = [];
		for (const [month, inMonth] of group(inYear, (p) => p.date.slice(0, 7))) {
			if (inMonth.length <= maxItems) units.push({ id: month, items: inMonth });
			else for (const [day, inDay] of group(inMonth, (p) => p.date)) units.push({ id: day, items: inDay });
		}
		let run: { id: string; items: Page[] }[] = [];
		let count = 0;
		const closeRun = () =>
			close(
				run[0].id,
				run.flatMap((u) => u.items),
			);
		for (const unit of units) {
			if (run.length > 0 && count + unit.items.length > maxItems) {
				closeRun();
				run = [];
				count = 0;
			}
			run.push(unit);
			count += unit.items.length;
		}
		closeRun();
	}
	return shards.reverse();
}

/** The manifest for a plan: the entries without their page lists, newest first. */
export function shardManifest(shards: PlannedShard[]): ShardManifest {
	return { shards: shards.map(({ id, from, to, items }) => ({ id, from, to, items })) };
}

/**
 * The manifest as written to SHARD_MANIFEST: JSON with a shard a line, not indented, since every
 * first search downloads it and it grows by a line for every DEFAULT_SHARD_ITEMS items.
 */
export function shardManifestText(shards: PlannedShard[]): string {
	return `{"shards":[\n${shardManifest(shards)
		.shards.map((entry) => JSON.stringify(entry))
		.join(',\n')}\n]}\n`;
}
