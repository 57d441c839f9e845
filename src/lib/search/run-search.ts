import { normalize } from './search-form.ts';
import { isSingleCharacter, queryFilters } from './token-filters.ts';

/** One result of Pagefind's JS API. */
export interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; meta: Record<string, string> }>;
}

/** The part of Pagefind's JS API a search uses (pagefind.js, loaded in the browser or in Node). */
export interface PagefindApi {
	search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * The filter that holds each record's shard id (src/lib/search/shards.ts). It is not stored in the
 * index: the search page gives each shard's Pagefind instance `mergeFilter: { shard: id }`, which
 * Pagefind applies to every page of that instance in the browser, with nothing to download.
 */
export const SHARD_FILTER = 'shard';

/** The `mergeFilter` option to give a shard's Pagefind instance (`options` or `mergeIndex`). */
export const shardMergeFilter = (id: string): Record<string, string> => ({ [SHARD_FILTER]: id });

/**
 * A search under way: its results in rank order, a page at a time, and how many items it has
 * found so far. Shards are searched newest first and only as far as the results asked for reach,
 * so a search whose first page fills from the newest shards never downloads the older ones.
 */
export interface SearchRun {
	/** Items holding every token of the query (before each one's text is checked, see holdsTerms), in the shards searched so far. */
	readonly count: number;
	/** How many of the shards, newest first, have been searched so far. */
	readonly searched: number;
	/** Whether every shard has been searched, so that `count` is the whole archive's. */
	complete(): boolean;
	/** The next `n` results in rank order; fewer at the end, none after it. */
	next(n: number): Promise<PagefindResult[]>;
	/** Whether every result has been handed out. */
	done(): boolean;
}

/** A result of a run of lookups, with the index of the lookup that found it. */
export interface LookupResult {
	result: PagefindResult;
	lookup: number;
}

/** A run of several lookups (see runLookups): its results a page at a time, lookup by lookup. */
export interface LookupRun extends Omit<SearchRun, 'next'> {
	next(n: number): Promise<LookupResult[]>;
}

/**
 * Runs filter lookups in the index one after another, each newest first, and hands out their
 * results a page at a time. `lookups` go from the narrowest to the widest: the last one must
 * find every item the others find, as its results are what `count` counts. With `dedupe`, an
 * item found by an earlier lookup is not handed out again; without it, every lookup hands out
 * all it finds (the caller checks each against its own rule).
 *
 * `shards` are the ids of the shards to search, newest first; `load` merges a shard into `pf`
 * (Pagefind's `mergeIndex`), and is called for each shard just before it is first searched.
 * Shards are disjoint runs of dates, so the newest-first order of a lookup is its order shard
 * by shard: the results come shard by shard (on the `shard` filter) and only as far as the
 * results asked for reach. A lookup's hits from every shard come before the next lookup's. So a
 * first page that fills from the newest shards searches (and downloads) only those, and
 * `count` counts the items found in the shards searched so far. Asking every merged shard at
 * once would not do: Pagefind ranks a sorted result by its place within its own shard, so its
 * merged list would interleave the shards' dates.
 */
export function runLookups(
	pf: PagefindApi,
	lookups: Record<string, unknown>[],
	filters: Record<string, unknown>,
	shards: string[],
	load: (shard: string) => Promise<unknown> = async () => undefined,
	dedupe = true,
): LookupRun {
	const widest = lookups.length - 1;
	const inShard = (lookup: number, shard: number) =>
		pf
			.search(null, {
				filters: { ...filters, ...lookups[lookup], [SHARD_FILTER]: shards[shard] },
				sort: { date: 'desc' },
			})
			.then((r) => r?.results ?? []);
	const widestOf: PagefindResult[][] = [];
	let count = 0;
	/** Loads and counts the shards up to `shard`, newest first. */
	const reach = async (shard: number) => {
		while (widestOf.length <= shard) {
			const at = widestOf.length;
			await load(shards[at]);
			const results = await inShard(widest, at);
			widestOf.push(results);
			count += results.length;
		}
	};
	const complete = () => widestOf.length >= shards.length;
	const given = new Set<string>();
	let lookup = 0;
	let shard = 0;
	let buffer: PagefindResult[] = [];
	// Nothing more to ask: every lookup has been through every shard, or (deduplicated) everything
	// the shards hold is handed out.
	const exhausted = () => lookup >= lookups.length || (dedupe && complete() && given.size >= count);
	const take = async (n: number) => {
		const out: LookupResult[] = [];
		while (out.length < n) {
			if (buffer.length === 0) {
				if (exhausted()) break;
				if (shard >= shards.length) {
					lookup++;
					shard = 0;
					continue;
				}
				await reach(shard);
				buffer = lookup === widest ? [...widestOf[shard]] : await inShard(lookup, shard);
				shard++;
				continue;
			}
			const result = buffer.shift()!;
			if (dedupe && given.has(result.id)) continue;
			given.add(result.id);
			out.push({ result, lookup });
		}
		return out;
	};
	// One page at a time, even when asked twice at once.
	let queue: Promise<unknown> = Promise.resolve();
	return {
		get count() {
			return count;
		},
		get searched() {
			return widestOf.length;
		},
		complete,
		next: (n) => {
			const page = queue.then(() => take(n));
			queue = page.catch(() => undefined);
			return page;
		},
		done: () => buffer.length === 0 && exhausted(),
	};
}

/**
 * Runs a reader's query against our index (src/lib/search/index-record.ts) as exact terms:
 * items whose text holds every token of the query, from the `t` filters; and items whose
 * headline holds them, from the `h` filters. By relevance, headline hits come first, then the
 * rest, each newest first; by date, newest first. A one-character query looks in headlines
 * only. `filters` are the reader's other filters (section, author, …), applied to every lookup.
 * Shards and `load` as in runLookups. The search page ranks words apart and by score on top of
 * this (search-session.ts).
 */
export async function runSearch(
	pf: PagefindApi,
	query: string,
	filters: Record<string, unknown>,
	sort: 'relevance' | 'date',
	shards: string[],
	load: (shard: string) => Promise<unknown> = async () => undefined,
): Promise<SearchRun> {
	const headline = queryFilters(query, 'h');
	const lookups: Record<string, unknown>[] =
		Object.keys(headline).length === 0
			? [{}]
			: isSingleCharacter(query)
				? [headline]
				: sort === 'date'
					? [queryFilters(query, 't')]
					: [headline, queryFilters(query, 't')];
	const run = runLookups(pf, lookups, filters, shards, load);
	return {
		get count() {
			return run.count;
		},
		get searched() {
			return run.searched;
		},
		complete: run.complete,
		next: async (n) => (await run.next(n)).map((r) => r.result),
		done: run.done,
	};
}

/**
 * Whether an item's text (its text file, TEXT_FILE) really holds every term of the query. Tokens
 * are pairs of characters, so an item can hold all the pairs of a longer query apart from each
 * other, and a term's lone characters (`2021年`) are in no token at all; its own text settles it.
 * Spaces in the text do not count: page dumps often set one around a number (`调度 1次`). Line
 * breaks do: the text file has a block a line, and a term does not run from one into the next.
 * @example holdsTerms('额济纳旗', ['济纳']) // true
 * @example holdsTerms('每月调度 1次', ['调度1次']) // true
 */
export function holdsTerms(text: string, terms: string[]): boolean {
	// Terms (from queryTerms) hold no spaces; the text's are dropped, but not its line breaks: a
	// term never runs from one block of an item (a headline, a paragraph) into the next.
	const whole = normalize(text).replace(/[^\S\n]+/gu, '');
	return terms.every((t) => whole.includes(t));
}
