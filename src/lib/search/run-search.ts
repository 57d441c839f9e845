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

/**
 * Runs a reader's query against our index (src/lib/search/index-record.ts): items whose text
 * holds every token of the query, from the `t` filters, newest first; and items whose headline
 * holds them, from the `h` filters. By relevance, headline hits come first, then the rest, each
 * newest first; by date, newest first. A one-character query looks in headlines only. `filters`
 * are the reader's other filters (section, author, …), applied to both lookups.
 *
 * `shards` are the ids of the shards to search, newest first, all merged into `pf`. Each lookup
 * runs shard by shard (on the `shard` filter) and the lists are joined in that order: Pagefind
 * ranks a sorted result by its place within its own shard, so its merged list would interleave
 * the shards' dates.
 */
export async function runSearch(pf: PagefindApi, query: string, filters: Record<string, unknown>, sort: 'relevance' | 'date', shards: string[]): Promise<PagefindResult[]> {
	const lookup = async (extra: Record<string, unknown>) => {
		const found = await Promise.all(shards.map((id) => pf.search(null, { filters: { ...filters, ...extra, [SHARD_FILTER]: id }, sort: { date: 'desc' } })));
		return found.flatMap((response) => response?.results ?? []);
	};
	const headline = queryFilters(query, 'h');
	const hasTokens = Object.keys(headline).length > 0;
	if (!hasTokens) return lookup({});
	if (isSingleCharacter(query)) return lookup(headline);
	const [anywhere, inHeadline] = await Promise.all([lookup(queryFilters(query, 't')), sort === 'date' ? null : lookup(headline)]);
	if (!inHeadline) return anywhere;
	const first = new Set(inHeadline.map((r) => r.id));
	return [...inHeadline, ...anywhere.filter((r) => !first.has(r.id))];
}

/**
 * Whether an item's text (its text file, TEXT_FILE) really holds every term of the query. Tokens
 * are pairs of characters, so an item can hold all the pairs of a longer query apart from each
 * other; its own text settles it.
 * @example holdsTerms('额济纳旗', ['济纳']) // true
 */
export function holdsTerms(text: string, terms: string[]): boolean {
	const whole = normalize(text);
	return terms.every((t) => whole.includes(t));
}
