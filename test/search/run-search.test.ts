import { describe, expect, test } from 'vitest';
import { holdsTerms, runSearch, SHARD_FILTER, type PagefindApi } from '../../src/lib/search/run-search.ts';
import { textTokens, tokenFilters } from '../../src/lib/search/token-filters.ts';
import { filtersMatch } from '../support/pagefind-filters.ts';

interface FakeItem {
	id: string;
	shard: string;
	date: string;
	headline: string;
	text: string;
}

/**
 * Pagefind as our search page sees it, several shards merged: filter-only searches over every
 * merged shard, each shard's results sorted by date when asked, and the shards' lists merged by a
 * score that is the result's rank inside its own shard (as Pagefind 1.6 ranks sorted results), so
 * the merged list interleaves the shards. Counts the searches made. `load` merges a shard; with
 * `lazy`, only the shards loaded so far are searched (else all are, as if merged up front).
 */
function fakePagefind(
	items: FakeItem[],
	lazy = false,
): PagefindApi & { searches: number; loaded: string[]; load(shard: string): Promise<void> } {
	const records = items.map((item) => ({
		item,
		filters: {
			...tokenFilters(textTokens(`${item.headline}\n${item.text}`)),
			...tokenFilters(textTokens(item.headline, new Set(), true), 'h'),
			[SHARD_FILTER]: [item.shard],
		} as Record<string, string[]>,
	}));
	const api = {
		searches: 0,
		loaded: [] as string[],
		async load(shard: string) {
			api.loaded.push(shard);
		},
		async search(
			_term: string | null,
			options: { filters?: Record<string, unknown>; sort?: Record<string, string> } = {},
		) {
			api.searches++;
			const shards = [...new Set(items.map((i) => i.shard))].filter((shard) => !lazy || api.loaded.includes(shard));
			const scored = shards.flatMap((shard) => {
				const found = records.filter((r) => r.item.shard === shard && filtersMatch(r.filters, options.filters ?? {}));
				if (options.sort) found.sort((a, b) => b.item.date.localeCompare(a.item.date));
				return found.map((r, i) => ({ r, score: options.sort ? found.length - i : 0 }));
			});
			scored.sort((a, b) => b.score - a.score);
			return {
				results: scored.map(({ r }) => ({
					id: r.item.id,
					data: async () => ({ url: `/${r.item.id}/`, meta: { date: r.item.date } }),
				})),
			};
		},
	};
	return api;
}

const items: FakeItem[] = [
	{ id: 'a', shard: '2024', date: '2024-03-02', headline: '草原上的那达慕', text: '牧民赛马' },
	{ id: 'b', shard: '2024', date: '2024-03-01', headline: '春耕', text: '草原生态向好' },
	{ id: 'c', shard: '2024', date: '2024-02-01', headline: '夜市', text: '草原羊肉' },
	{ id: 'd', shard: '2023', date: '2023-12-31', headline: '草原新貌', text: '牧区' },
	{ id: 'e', shard: '2023', date: '2023-06-01', headline: '口岸', text: '草原通道' },
	{ id: 'f', shard: '2023', date: '2023-05-01', headline: '健身', text: '全民' },
];

describe('running a search over merged shards', () => {
	test('puts headline hits first, then the rest, each newest first across shards', async () => {
		const run = await runSearch(fakePagefind(items), '草原', {}, 'relevance', ['2024', '2023']);
		expect((await run.next(10)).map((r) => r.id)).toEqual(['a', 'd', 'b', 'c', 'e']);
		expect(run.count).toBe(5);
		expect(run.done()).toBe(true);
		expect(await run.next(10)).toEqual([]);
	});

	test('sorts by date across shards when asked', async () => {
		const run = await runSearch(fakePagefind(items), '草原', {}, 'date', ['2024', '2023']);
		expect((await run.next(10)).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	test('hands out results a page at a time and loads older shards only when a page reaches them', async () => {
		const pf = fakePagefind(items, true);
		const run = await runSearch(pf, '草原', {}, 'date', ['2024', '2023'], (shard) => pf.load(shard));
		expect((await run.next(2)).map((r) => r.id)).toEqual(['a', 'b']);
		expect(pf.loaded).toEqual(['2024']);
		expect(pf.searches).toBe(1);
		expect([run.count, run.searched, run.complete(), run.done()]).toEqual([3, 1, false, false]);
		expect((await run.next(2)).map((r) => r.id)).toEqual(['c', 'd']);
		expect(pf.loaded).toEqual(['2024', '2023']);
		expect([run.count, run.searched, run.complete(), run.done()]).toEqual([5, 2, true, false]);
		expect((await run.next(2)).map((r) => r.id)).toEqual(['e']);
		expect(run.done()).toBe(true);
	});

	test('asks every shard for headline hits before the newest shard’s other hits', async () => {
		const pf = fakePagefind(items, true);
		const run = await runSearch(pf, '草原', {}, 'relevance', ['2024', '2023'], (shard) => pf.load(shard));
		expect((await run.next(1)).map((r) => r.id)).toEqual(['a']);
		expect(pf.loaded).toEqual(['2024']);
		expect(run.complete()).toBe(false);
		expect((await run.next(2)).map((r) => r.id)).toEqual(['d', 'b']);
		expect(pf.loaded).toEqual(['2024', '2023']);
		expect((await run.next(10)).map((r) => r.id)).toEqual(['c', 'e']);
		expect([run.count, run.done()]).toEqual([5, true]);
	});

	test('goes through every shard when nothing is found, and then counts none', async () => {
		const pf = fakePagefind(items, true);
		const run = await runSearch(pf, '沙漠', {}, 'relevance', ['2024', '2023'], (shard) => pf.load(shard));
		expect(await run.next(10)).toEqual([]);
		expect(pf.loaded).toEqual(['2024', '2023']);
		expect([run.count, run.complete(), run.done()]).toEqual([0, true, true]);
	});

	test('applies the reader’s filters and searches only the shards given', async () => {
		const run = await runSearch(fakePagefind(items), '草原', {}, 'relevance', ['2023']);
		expect((await run.next(10)).map((r) => r.id)).toEqual(['d', 'e']);
		expect(run.count).toBe(2);
		const none = await runSearch(fakePagefind(items), '沙漠', {}, 'relevance', ['2024', '2023']);
		expect(await none.next(10)).toEqual([]);
		expect(none.count).toBe(0);
	});

	test('finds a single character in headlines only', async () => {
		const run = await runSearch(fakePagefind(items), '夜', {}, 'relevance', ['2024', '2023']);
		expect((await run.next(10)).map((r) => r.id)).toEqual(['c']);
	});
});

describe('checking an item’s own text', () => {
	test('holds every term, wherever each stands, and the characters of a term together', () => {
		expect(holdsTerms('将八项民生工程列为2021年的重点工作', ['2021年'])).toBe(true);
		expect(holdsTerms('2021的年度工作', ['2021年'])).toBe(false);
		expect(holdsTerms('杭锦旗……党员', ['杭锦旗', '党员'])).toBe(true);
		expect(holdsTerms('杭锦旗', ['杭锦旗', '党员'])).toBe(false);
	});

	test('does not join one line of the text (a block of the item) to the next', () => {
		expect(holdsTerms('传承红色精神\n阵地', ['精神阵地'])).toBe(false);
		expect(holdsTerms('干部沉下去 带来新变化', ['沉下去带来'])).toBe(true);
	});

	test('ignores the spaces a dump sets around numbers, on either side', () => {
		expect(holdsTerms('每月调度 1次“我为群众办实事”', ['调度1次'])).toBe(true);
		expect(holdsTerms('惠及群众1.2万余人次', ['1.2万'])).toBe(true);
		expect(holdsTerms('惠及群众1.3万余人次', ['1.2万'])).toBe(false);
	});
});
