import { describe, expect, test } from 'vitest';
import { SHARD_FILTER, type PagefindApi } from '../../src/lib/search/run-search.ts';
import { startSearch } from '../../src/lib/search/search-session.ts';
import { textTokens, tokenFilters } from '../../src/lib/search/token-filters.ts';
import { filtersMatch } from '../support/pagefind-filters.ts';

interface FakeItem {
	id: string;
	shard: string;
	date: string;
	text: string;
}

/** Pagefind over our filters, one result list per shard, with `any` of compound filters as Pagefind reads it. */
function fakePagefind(items: FakeItem[]): PagefindApi & { searches: number } {
	const records = items.map((item) => ({
		item,
		filters: {
			...tokenFilters(textTokens(item.text)),
			...tokenFilters(textTokens(item.text.split('\n')[0], new Set(), true), 'h'),
			[SHARD_FILTER]: [item.shard],
		} as Record<string, string[]>,
	}));
	const api = {
		searches: 0,
		async search(_term: string | null, options: { filters?: Record<string, unknown> } = {}) {
			api.searches++;
			const found = records
				.filter((r) => filtersMatch(r.filters, options.filters ?? {}))
				.sort((a, b) => b.item.date.localeCompare(a.item.date));
			return {
				results: found.map(({ item }) => ({
					id: item.id,
					data: async () => ({ url: `/${item.id}/`, meta: { date: item.date } }),
				})),
			};
		},
	};
	return api;
}

const lead = '这是一段足够长的导语段落，它介绍了新闻的主要内容，读者由此了解全文要点和背景情况。';
const items: FakeItem[] = [
	{ id: 'apart-new', shard: 'b', date: '2024-05-01', text: `通知\n${lead}\n杭锦旗不动产登记中心搬迁` },
	{ id: 'body-run', shard: 'b', date: '2024-04-01', text: `消息\n${lead}\n杭锦旗登记中心开放` },
	{ id: 'some', shard: 'b', date: '2024-03-01', text: `杭锦旗新闻\n${lead}\n登记` },
	{ id: 'head-run', shard: 'a', date: '2023-01-01', text: `杭锦旗登记中心开放\n${lead}\n正文` },
	{ id: 'apart-old', shard: 'a', date: '2022-01-01', text: `通知\n${lead}\n中心……杭锦旗……登记` },
	{ id: 'none', shard: 'a', date: '2021-01-01', text: `通知\n${lead}\n草原` },
];
const texts = new Map(items.map((i) => [`/${i.id}/`, i.text]));
const split = (run: string) => run.match(/登记|中心|杭锦旗|草原|那达慕|.{1}/gu) ?? [];
const options = {
	shards: ['b', 'a'],
	split,
	text: async (url: string) => ({ text: texts.get(url) ?? '', whole: true }),
};
const ids = async (q: string, more: object = {}) => {
	const session = startSearch(fakePagefind(items), q, { ...options, ...more });
	return { session, ids: (await session.next(10)).map((r) => r.id) };
};

describe('a search session', () => {
	test('ranks the run in a headline, then the run in the text, then the words apart, across shards', async () => {
		const { session, ids: found } = await ids('杭锦旗登记中心');
		expect(found).toEqual(['head-run', 'body-run', 'apart-new', 'apart-old']);
		expect([session.partial, session.count, session.exact]).toEqual([false, 4, true]);
	});

	test('finds the words in another order, the item holding them as a run no longer first', async () => {
		const { ids: found } = await ids('登记中心杭锦旗');
		expect(found.sort()).toEqual(['apart-new', 'apart-old', 'body-run', 'head-run']);
	});

	test('orders the words-apart items by score: closer words first, whatever their date', async () => {
		const { ids: found } = await ids('杭锦旗登记中心', { window: 10 });
		expect(found.indexOf('apart-new')).toBeLessThan(found.indexOf('apart-old'));
		const withFar = startSearch(
			fakePagefind([
				{ id: 'far', shard: 'a', date: '2024-01-01', text: `通知\n${lead}\n中心${'很'.repeat(60)}杭锦旗登记` },
				{ id: 'near', shard: 'a', date: '2020-01-01', text: `通知\n${lead}\n杭锦旗的登记中心` },
			]),
			'杭锦旗登记中心',
			{
				...options,
				shards: ['a'],
				text: async (url: string) => ({
					text: url === '/far/' ? `通知\n${lead}\n中心${'很'.repeat(60)}杭锦旗登记` : `通知\n${lead}\n杭锦旗的登记中心`,
					whole: true,
				}),
			},
		);
		expect((await withFar.next(10)).map((r) => r.id)).toEqual(['near', 'far']);
	});

	test('ranks an old item holding every word in its headline above a page of newer ones holding them in the body', async () => {
		const body = Array.from({ length: 12 }, (_, i) => ({
			id: `body-${i}`,
			shard: 'a',
			date: `2024-01-${String(i + 10)}`,
			text: `通知\n${lead}\n杭锦旗的不动产登记中心`,
		}));
		const all = [
			...body,
			{ id: 'headline', shard: 'a', date: '2020-01-01', text: `杭锦旗不动产登记中心开放\n${lead}\n正文` },
		];
		const byUrl = new Map(all.map((i) => [`/${i.id}/`, i.text]));
		const session = startSearch(fakePagefind(all), '杭锦旗登记中心', {
			...options,
			shards: ['a'],
			text: async (url: string) => ({ text: byUrl.get(url) ?? '', whole: true }),
		});
		expect((await session.next(10))[0].id).toBe('headline');
	});

	test('sorts by date when asked, newest first', async () => {
		const { ids: found } = await ids('杭锦旗登记中心', { sort: 'date' });
		expect(found).toEqual(['apart-new', 'body-run', 'head-run', 'apart-old']);
	});

	test('by date, loads an older shard only when the page reaches it', async () => {
		const loaded: string[] = [];
		const load = async (shard: string) => void loaded.push(shard);
		const session = startSearch(fakePagefind(items), '杭锦旗登记中心', { ...options, sort: 'date', load });
		expect((await session.next(2)).map((r) => r.id)).toEqual(['apart-new', 'body-run']);
		expect(loaded).toEqual(['b']);
		await session.next(10);
		expect(loaded).toEqual(['b', 'a']);
	});

	test('falls back to the items holding most of the words, and says so', async () => {
		const { session, ids: found } = await ids('杭锦旗那达慕中心');
		expect(session.partial).toBe(true);
		expect(found.slice(0, 4).sort()).toEqual(['apart-new', 'apart-old', 'body-run', 'head-run']);
		expect(found[4]).toBe('some');
		expect(found).not.toContain('none');
	});

	test('counts the pieces of a word the segmenter did not know when no item holds it all', async () => {
		// 杭锦旗 and 火星 join into one word; no item holds 火星, the items holding 杭锦旗 are shown.
		const session = startSearch(fakePagefind(items), '杭锦旗火星', {
			...options,
			split: (run: string) => run.match(/火星|./gu) ?? [],
		});
		const found = (await session.next(10)).map((r) => r.id);
		expect(session.partial).toBe(true);
		expect(found.sort()).toEqual(['apart-new', 'apart-old', 'body-run', 'head-run', 'some']);
	});

	test('takes a quoted query as the exact run, with no partial results', async () => {
		const { session, ids: found } = await ids('“杭锦旗登记中心”');
		expect(found).toEqual(['head-run', 'body-run']);
		const none = await ids('“杭锦旗那达慕”');
		expect([none.ids, none.session.partial]).toEqual([[], false]);
		expect(session.exact).toBe(true);
	});

	test('keeps to a range of days, and counts what is left', async () => {
		const { session, ids: found } = await ids('杭锦旗登记中心', { days: { from: '2022-01-01', to: '2024-04-01' } });
		expect(found).toEqual(['head-run', 'body-run', 'apart-old']);
		expect([session.count, session.exact]).toEqual([3, true]);
	});

	test('gives an estimate, not an exact count, until every candidate has been checked', async () => {
		const session = startSearch(fakePagefind(items), '杭锦旗登记中心', { ...options, window: 1 });
		await session.next(1);
		expect(session.exact).toBe(false);
		await session.next(10);
		expect([session.count, session.exact]).toEqual([4, true]);
	});
});
