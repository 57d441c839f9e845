import { dayOf, monthOf, monthsBetween } from './date-range.ts';
import type { SearchState } from './search-state.ts';
import type { ShardEntry } from './shards.ts';

/** What a search's state asks of the index besides its query. */
export interface SearchFilters {
	/** Pagefind filters: section, author, kind, page, and the range's months (`month: { any }`). */
	filters: Record<string, unknown>;
	/** The range by day (`YYYY-MM-DD`), checked on each result's date. */
	days: { from?: string; to?: string };
	/** Whether the range holds no month of the archive, so that nothing can be found. */
	empty: boolean;
}

/**
 * The filters of a search (SearchState): the reader's filters as Pagefind's, and the date range
 * as the months it touches (the index files months) and its first and last day. An open end of
 * the range is the archive's first or last month (`bounds`, `YYYY-MM`).
 * @example searchFilters({ ...state, from: '2021-06-08' }, { first: '2021-01', last: '2021-07' }).days // { from: '2021-06-08', to: undefined }
 */
export function searchFilters(state: SearchState, bounds: { first: string; last: string }): SearchFilters {
	const filters: Record<string, unknown> = {};
	if (state.section) filters.section = state.section;
	if (state.author) filters.author = state.author;
	if (state.kind) filters.kind = state.kind;
	if (state.page) filters.page = state.page;
	const from = monthOf(state.from, 'from');
	const to = monthOf(state.to, 'to');
	let empty = false;
	if (from || to) {
		const months = monthsBetween(from ?? bounds.first, to ?? bounds.last);
		filters.month = { any: months };
		// Pagefind would read an empty `any` as no filter at all.
		empty = months.length === 0;
	}
	return { filters, days: { from: dayOf(state.from, 'from'), to: dayOf(state.to, 'to') }, empty };
}

/** The shards a date range reaches, newest first as listed. */
export function shardsInRange(shards: ShardEntry[], state: Pick<SearchState, 'from' | 'to'>): ShardEntry[] {
	const from = dayOf(state.from, 'from');
	const to = dayOf(state.to, 'to');
	return shards.filter((s) => (!from || s.to >= from) && (!to || s.from <= to));
}
