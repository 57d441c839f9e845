import { formatDate } from '../archive/format-date.ts';
import { monthOf, searchedSince } from './date-range.ts';
import type { SearchState } from './search-state.ts';
import type { ShardEntry } from './shards.ts';
import { isSingleCharacter } from './token-filters.ts';

/** The line shown above results that hold only some of the query's words. */
export const PARTIAL_NOTICE = '没有同时包含全部词语的结果，以下结果包含部分词语';

/** What the status line needs to know of a search under way (SearchSession), or null for none. */
export interface FoundSoFar {
	count: number;
	exact: boolean;
	partial: boolean;
	searched: number;
	complete(): boolean;
}

/**
 * The status line of a search. The count is exact, or 约 with the reason: the index finds the
 * candidates and each is checked against its own text only as it is shown. Until every shard is
 * searched it is of the editions searched so far, and says from which date; the next page
 * (显示更多结果) searches older ones. `shards` are those the search covers, newest first.
 * @example searchStatus(state, { count: 3, exact: true, partial: false, searched: 1, complete: () => true }, shards) // '找到 3 条与“额济纳旗”相关的结果。'
 */
export function searchStatus(state: SearchState, found: FoundSoFar | null, shards: ShardEntry[]): string {
	const count = found?.count ?? 0;
	const what = state.q ? `“${state.q}”` : '所选条件';
	const ordered = state.sort === 'date' ? '，按日期排列' : '';
	const since =
		found && !found.complete() && found.searched > 0
			? `在${formatDate(searchedSince(shards[found.searched - 1].from, monthOf(state.from, 'from')))}以来的版面中`
			: '';
	const older = since ? '点“显示更多结果”查找更早的版面。' : '';
	const about = found && !found.exact && count > 0 ? '约 ' : ' ';
	const why = about === '约 ' ? '约数按索引估计，逐条核对全文后可能更少。' : '';
	// Single characters are looked up in headlines only (docs/search.md): say so, or an empty
	// list would read as "nowhere in the archive".
	if (isSingleCharacter(state.q)) {
		const more = '输入两个或更多相连的字可以搜索全文。';
		return count === 0
			? `单字只在标题中查找，没有标题含${what}。${more}`
			: `${since}找到${about}${count} 条标题含${what}的结果${ordered}。${why}${older}单字只在标题中查找，${more}`;
	}
	if (count === 0) return `没有找到与${what}相关的结果。`;
	if (found?.partial) return `${since}找到${about}${count} 条包含${what}中部分词语的结果${ordered}。${why}${older}`;
	return `${since}找到${about}${count} 条与${what}相关的结果${ordered}。${why}${older}`;
}
