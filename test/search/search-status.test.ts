import { describe, expect, test } from 'vitest';
import { searchState } from '../../src/lib/search/search-state.ts';
import { searchStatus, type FoundSoFar } from '../../src/lib/search/search-status.ts';
import { searchFilters, shardsInRange } from '../../src/lib/search/search-filters.ts';
import { dayOf } from '../../src/lib/search/date-range.ts';

const shards = [
	{ id: '2021-06', from: '2021-06-01', to: '2021-06-30', items: 11 },
	{ id: '2021-05', from: '2021-05-01', to: '2021-05-31', items: 3 },
];
const state = (query: string) => searchState(new URLSearchParams(query));
const found = (over: Partial<FoundSoFar>): FoundSoFar => ({
	count: 3,
	exact: true,
	partial: false,
	searched: 2,
	complete: () => true,
	...over,
});

describe('the status line of a search', () => {
	test('gives an exact count plainly, and an estimate with 约 and why', () => {
		expect(searchStatus(state('q=额济纳旗'), found({}), shards)).toBe('找到 3 条与“额济纳旗”相关的结果。');
		expect(searchStatus(state('q=额济纳旗'), found({ exact: false }), shards)).toBe(
			'找到约 3 条与“额济纳旗”相关的结果。约数按索引估计，逐条核对全文后可能更少。',
		);
	});

	test('says from which date it looked until every shard is searched', () => {
		const partway = found({ searched: 1, complete: () => false });
		expect(searchStatus(state('q=党员&sort=date'), partway, shards)).toBe(
			'在2021年6月1日以来的版面中找到 3 条与“党员”相关的结果，按日期排列。点“显示更多结果”查找更早的版面。',
		);
	});

	test('says when the results hold only some of the words', () => {
		expect(searchStatus(state('q=杭锦旗火星'), found({ partial: true }), shards)).toBe(
			'找到 3 条包含“杭锦旗火星”中部分词语的结果。',
		);
	});

	test('says nothing was found, and where a single character was looked for', () => {
		expect(searchStatus(state('q=火星基地'), found({ count: 0 }), shards)).toBe('没有找到与“火星基地”相关的结果。');
		expect(searchStatus(state('q=旗'), found({ count: 0 }), shards)).toBe(
			'单字只在标题中查找，没有标题含“旗”。输入两个或更多相连的字可以搜索全文。',
		);
	});
});

describe('the filters of a search', () => {
	const bounds = { first: '2021-01', last: '2021-07' };
	test('reads a range by year, month or day as months for the index and days for the check', () => {
		const byDay = searchFilters(state('from=2021-06-08&to=2021-06-09'), bounds);
		expect(byDay).toEqual({
			filters: { month: { any: ['2021-06'] } },
			days: { from: '2021-06-08', to: '2021-06-09' },
			empty: false,
		});
		expect(searchFilters(state('from=2021-05'), bounds).days).toEqual({ from: '2021-05-01', to: undefined });
		expect(searchFilters(state('to=2021'), bounds).days).toEqual({ from: undefined, to: '2021-12-31' });
	});

	test('ends a month on its last day, leap years included, and rejects a day that is not', () => {
		expect(dayOf('2024-02', 'to')).toBe('2024-02-29');
		expect(dayOf('2021-6-8', 'from')).toBe('2021-06-08');
		expect(dayOf('2021-02-30', 'from')).toBeUndefined();
	});

	test('keeps the reader’s filters and marks a range that holds no month as empty', () => {
		expect(searchFilters(state('section=观潮&page=01'), bounds).filters).toEqual({ section: '观潮', page: '1' });
		expect(searchFilters(state('from=2021-06&to=2021-05'), bounds).empty).toBe(true);
	});

	test('searches only the shards a range of days reaches', () => {
		expect(shardsInRange(shards, { from: '2021-05-31', to: '' }).map((s) => s.id)).toEqual(['2021-06', '2021-05']);
		expect(shardsInRange(shards, { from: '2021-06-08', to: '' }).map((s) => s.id)).toEqual(['2021-06']);
		expect(shardsInRange(shards, { from: '', to: '2021-05-31' }).map((s) => s.id)).toEqual(['2021-05']);
	});
});
