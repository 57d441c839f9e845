/**
 * The search index is built in shards, each a Pagefind bundle of its own under
 * `<base>/pagefind/<shard id>/`, so that shards index in parallel (one process per core), no
 * process holds more than one shard, and a rebuild re-indexes only the shards whose items
 * changed. The search page merges them in the browser with Pagefind's `mergeIndex`
 * (docs/search.md).
 *
 * A shard is a calendar year; a year with more items than the cap is cut into runs of whole
 * months, packed from January. Adding an edition therefore changes only the shard of its own
 * year (or of its months), and the shards of earlier years keep their ids and contents.
 */

/** The file, under `pagefind/`, that lists the shards for the search page. */
export const SHARD_MANIFEST = 'shards.json';

/**
 * Items per shard at most, unless one month alone holds more (`SEARCH_SHARD_ITEMS`). The first
 * search of a common word downloads the newest shard's page list and a filter file per token,
 * both about proportional to its items: at 2,000 items it stays under 150 kB in all (docs/scale.md).
 */
export const DEFAULT_SHARD_ITEMS = 2000;

/** One shard as the search page sees it. */
export interface ShardEntry {
	/** Folder name under `pagefind/`: `2024`, or `2024-07` for a year cut by months. */
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
 * Splits item pages into shards (see the top of this file), newest shard first.
 * @example planShards([{ pathname: '2024-03-01/01/a/', date: '2024-03-01' }], 4000) // [{ id: '2024', from: '2024-03-01', to: '2024-03-01', items: 1, pathnames: [...] }]
 */
export function planShards(pages: { pathname: string; date: string }[], maxItems: number): PlannedShard[] {
	if (!(maxItems >= 1)) throw new Error(`expects the shard size to be a whole number of at least 1 but found ${maxItems}`);
	const byMonth = new Map<string, { pathname: string; date: string }[]>();
	for (const page of [...pages].sort((a, b) => a.date.localeCompare(b.date) || a.pathname.localeCompare(b.pathname))) {
		const month = page.date.slice(0, 7);
		const list = byMonth.get(month) ?? [];
		list.push(page);
		byMonth.set(month, list);
	}
	const byYear = new Map<string, string[]>();
	for (const month of byMonth.keys()) byYear.set(month.slice(0, 4), [...(byYear.get(month.slice(0, 4)) ?? []), month]);

	const shards: PlannedShard[] = [];
	const close = (id: string, months: string[]) => {
		const items = months.flatMap((m) => byMonth.get(m)!);
		shards.push({ id, from: items[0].date, to: items.at(-1)!.date, items: items.length, pathnames: items.map((i) => i.pathname) });
	};
	for (const [year, months] of byYear) {
		const total = months.reduce((n, m) => n + byMonth.get(m)!.length, 0);
		if (total <= maxItems) {
			close(year, months);
			continue;
		}
		let run: string[] = [];
		let count = 0;
		for (const month of months) {
			const size = byMonth.get(month)!.length;
			if (run.length > 0 && count + size > maxItems) {
				close(run[0], run);
				run = [];
				count = 0;
			}
			run.push(month);
			count += size;
		}
		close(run[0], run);
	}
	return shards.reverse();
}

/** The manifest for a plan: the entries without their page lists, newest first. */
export function shardManifest(shards: PlannedShard[]): ShardManifest {
	return { shards: shards.map(({ id, from, to, items }) => ({ id, from, to, items })) };
}
