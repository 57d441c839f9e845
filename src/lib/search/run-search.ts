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

/**
 * Runs a reader's query against our index (src/lib/search/index-record.ts): items whose text
 * holds every token of the query, from the `t` filters, newest first; and items whose headline
 * holds them, from the `h` filters. By relevance, headline hits come first, then the rest, each
 * newest first; by date, newest first. A one-character query looks in headlines only. `filters`
 * are the reader's other filters (section, author, …), applied to both lookups.
 */
export async function runSearch(pf: PagefindApi, query: string, filters: Record<string, unknown>, sort: 'relevance' | 'date'): Promise<PagefindResult[]> {
	const byDate = { sort: { date: 'desc' } };
	const headline = queryFilters(query, 'h');
	const hasTokens = Object.keys(headline).length > 0;
	if (!hasTokens) return (await pf.search(null, { filters, ...byDate }))?.results ?? [];
	if (isSingleCharacter(query)) return (await pf.search(null, { filters: { ...filters, ...headline }, ...byDate }))?.results ?? [];
	const [anywhere, inHeadline] = await Promise.all([
		pf.search(null, { filters: { ...filters, ...queryFilters(query, 't') }, ...byDate }),
		sort === 'date' ? null : pf.search(null, { filters: { ...filters, ...headline }, ...byDate }),
	]);
	const all = anywhere?.results ?? [];
	if (!inHeadline) return all;
	const first = new Set(inHeadline.results.map((r) => r.id));
	return [...inHeadline.results, ...all.filter((r) => !first.has(r.id))];
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
