import { normalize } from './normalize.ts';
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

/** The filter every record carries with its shard's id (src/lib/search/shards.ts). */
export const SHARD_FILTER = 'shard';

/** A search under way: how many items it found, and its results in rank order, a page at a time. */
export interface SearchRun {
	/** Items holding every token of the query (before each one's text is checked, see holdsTerms). */
	count: number;
	/** The next `n` results in rank order; fewer at the end, none after it. */
	next(n: number): Promise<PagefindResult[]>;
	/** Whether every result has been handed out. */
	done(): boolean;
}

/**
 * Runs a reader's query against our index (src/lib/search/index-record.ts): items whose text
 * holds every token of the query, from the `t` filters; and items whose headline holds them,
 * from the `h` filters. By relevance, headline hits come first, then the rest, each newest
 * first; by date, newest first. A one-character query looks in headlines only. `filters` are
 * the reader's other filters (section, author, …), applied to every lookup.
 *
 * `shards` are the ids of the shards to search, newest first, all merged into `pf`. One merged
 * search per lookup gives the whole set and the count. The order comes shard by shard (on the
 * `shard` filter), newest first and only as far as the results asked for reach: Pagefind ranks a
 * sorted result by its place within its own shard, so its merged list would interleave the
 * shards' dates, and a search per shard runs in every merged shard, so asking every shard at
 * once would cost shards² searches.
 */
export async function runSearch(pf: PagefindApi, query: string, filters: Record<string, unknown>, sort: 'relevance' | 'date', shards: string[]): Promise<SearchRun> {
	const headline = queryFilters(query, 'h');
	const lookups: Record<string, unknown>[] =
		Object.keys(headline).length === 0 ? [{}] : isSingleCharacter(query) ? [headline] : sort === 'date' ? [queryFilters(query, 't')] : [headline, queryFilters(query, 't')];
	const inShards = { [SHARD_FILTER]: { any: shards } };
	const sets = await Promise.all(lookups.map(async (extra) => new Set(((await pf.search(null, { filters: { ...filters, ...extra, ...inShards } }))?.results ?? []).map((r) => r.id))));
	const count = new Set(sets.flatMap((set) => [...set])).size;
	// What is left of each lookup's set to hand out; a lookup is done when nothing is.
	const left = sets.map((set) => set.size);
	const given = new Set<string>();
	let lookup = 0;
	let shard = 0;
	let buffer: PagefindResult[] = [];
	const take = async (n: number) => {
		const out: PagefindResult[] = [];
		while (out.length < n && given.size < count) {
			if (buffer.length === 0) {
				if (lookup >= lookups.length) break;
				if (left[lookup] === 0 || shard >= shards.length) {
					lookup++;
					shard = 0;
					continue;
				}
				const response = await pf.search(null, { filters: { ...filters, ...lookups[lookup], [SHARD_FILTER]: shards[shard++] }, sort: { date: 'desc' } });
				buffer = response?.results ?? [];
				continue;
			}
			const result = buffer.shift()!;
			if (given.has(result.id)) continue;
			given.add(result.id);
			sets.forEach((set, i) => set.has(result.id) && left[i]--);
			out.push(result);
		}
		return out;
	};
	// One page at a time, even when asked twice at once.
	let queue: Promise<unknown> = Promise.resolve();
	return {
		count,
		next: (n) => {
			const page = queue.then(() => take(n));
			queue = page.catch(() => undefined);
			return page;
		},
		done: () => given.size >= count,
	};
}

/**
 * Whether an item's text (its text file, TEXT_FILE) really holds every term of the query. Tokens
 * are pairs of characters, so an item can hold all the pairs of a longer query apart from each
 * other, and a term's lone characters (`2021年`) are in no token at all; its own text settles it.
 * Spaces in the text do not count: page dumps often set one around a number (`调度 1次`).
 * @example holdsTerms('额济纳旗', ['济纳']) // true
 * @example holdsTerms('每月调度 1次', ['调度1次']) // true
 */
export function holdsTerms(text: string, terms: string[]): boolean {
	// Terms (from queryTerms) hold no spaces; the text's are dropped.
	const whole = normalize(text).replace(/\s+/gu, '');
	return terms.every((t) => whole.includes(t));
}
