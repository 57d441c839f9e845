import { describe, expect, test } from 'vitest';
import { itemDateOf, itemPath } from '../../src/lib/archive/paths.ts';
import { planShards, shardManifest } from '../../src/lib/search/shards.ts';

/** `count` items a day from `from` for `days` days. */
function items(from: string, days: number, count: number) {
	const start = new Date(`${from}T00:00:00Z`);
	return Array.from({ length: days * count }, (_, i) => {
		const date = new Date(start.getTime() + Math.floor(i / count) * 86_400_000).toISOString().slice(0, 10);
		return { pathname: itemPath({ slug: `item-${i % count}`, data: { date, page: 1 } }), date };
	});
}

describe('item dates from paths', () => {
	test('reads the date of any item path, with or without a leading slash', () => {
		const path = itemPath({ slug: 'x', data: { date: '2021-06-08', page: 3 } });
		expect(itemDateOf(path)).toBe('2021-06-08');
		expect(itemDateOf(`/${path}`)).toBe('2021-06-08');
	});

	test('is undefined for pages that are not items', () => {
		for (const path of ['2021-06-08/', '2021-06-08/01/', 'authors/x/', 'search/', '2021-06-08/01/x/text.txt'])
			expect(itemDateOf(path)).toBeUndefined();
	});
});

describe('planning shards', () => {
	test('makes one shard a year while a year fits, newest first', () => {
		const plan = planShards([...items('2022-12-30', 4, 2), ...items('2021-03-01', 2, 3)], 100);
		expect(plan.map((s) => [s.id, s.from, s.to, s.items])).toEqual([
			['2023', '2023-01-01', '2023-01-02', 4],
			['2022', '2022-12-30', '2022-12-31', 4],
			['2021', '2021-03-01', '2021-03-02', 6],
		]);
	});

	test('cuts a year that does not fit into runs of whole months, none over the cap', () => {
		const all = items('2024-01-01', 366, 10);
		const plan = planShards(all, 1000);
		expect(plan.every((s) => s.items <= 1000)).toBe(true);
		expect(plan.reduce((n, s) => n + s.items, 0)).toBe(all.length);
		expect(new Set(plan.flatMap((s) => s.pathnames)).size).toBe(all.length);
		for (const s of plan) expect(s.id).toBe(s.from.slice(0, 7));
		expect(plan.map((s) => s.id)).toEqual(['2024-10', '2024-07', '2024-04', '2024-01']);
	});

	test('keeps the earlier shards as they were when an edition is added', () => {
		const before = planShards(items('2024-01-01', 300, 10), 1000);
		const after = planShards([...items('2024-01-01', 300, 10), ...items('2024-10-27', 1, 10)], 1000);
		expect(after.slice(1)).toEqual(before.slice(1));
		expect(after[0].items).toBe(before[0].items + 10);
	});

	test('cuts a month bigger than the cap into runs of whole days, none over the cap', () => {
		// January (310 items) and February (290) are over the cap of 100; March (10) is not.
		const all = items('2024-01-01', 61, 10);
		const plan = planShards(all, 100);
		expect(plan.every((s) => s.items <= 100)).toBe(true);
		expect(new Set(plan.flatMap((s) => s.pathnames)).size).toBe(all.length);
		expect(plan.at(-1)!.id).toBe('2024-01-01');
		for (const s of plan.slice(1)) expect(s.id).toBe(s.from);
		// A run goes on from a month's last days into the next month's first.
		expect(plan.find((s) => s.id === '2024-01-31')).toMatchObject({ from: '2024-01-31', to: '2024-02-09', items: 100 });
		expect(plan.slice(0, 2).map((s) => [s.id, s.from, s.to, s.items])).toEqual([
			['2024-03', '2024-03-01', '2024-03-01', 10],
			['2024-02-20', '2024-02-20', '2024-02-29', 100],
		]);
	});

	test('keeps the earlier shards of a month cut by days as they were when an edition is added', () => {
		const before = planShards(items('2024-01-01', 25, 10), 100);
		const after = planShards(items('2024-01-01', 26, 10), 100);
		expect(before.map((s) => s.id)).toEqual(['2024-01-21', '2024-01-11', '2024-01-01']);
		expect(after.slice(1)).toEqual(before.slice(1));
		expect(after[0].items).toBe(before[0].items + 10);
	});

	test('never cuts a day, however many items it holds', () => {
		expect(planShards(items('2024-05-04', 2, 30), 20).map((s) => [s.id, s.items])).toEqual([
			['2024-05-05', 30],
			['2024-05-04', 30],
		]);
	});

	test('plans the archive’s newest month apart, the months before it as if it were not there', () => {
		// Ten items a day: March to May fit the cap together; May is the newest month, and its year
		// is cut by months although it fits.
		const all = items('2024-03-01', 92, 10);
		const ids = (plan: ReturnType<typeof planShards>) => plan.map((s) => [s.id, s.from, s.to, s.items]);
		expect(ids(planShards(all, 1000, '2024-05'))).toEqual([
			['2024-05', '2024-05-01', '2024-05-31', 310],
			['2024-03', '2024-03-01', '2024-04-30', 610],
		]);
		expect(ids(planShards(all, 1000))).toEqual([['2024', '2024-03-01', '2024-05-31', 920]]);
		// A part of the closed months and one of the newest month plan the same shards.
		const closed = all.filter((p) => p.date < '2024-05');
		const month = all.filter((p) => p.date >= '2024-05');
		expect([...ids(planShards(month, 1000, '2024-05')), ...ids(planShards(closed, 1000, '2024-05'))]).toEqual(
			ids(planShards(all, 1000, '2024-05')),
		);
		// A newest month over the cap is cut into runs of its days, never joined to April's.
		expect(ids(planShards(items('2024-04-21', 25, 10), 100, '2024-05'))).toEqual([
			['2024-05-11', '2024-05-11', '2024-05-15', 50],
			['2024-05-01', '2024-05-01', '2024-05-10', 100],
			['2024-04', '2024-04-21', '2024-04-30', 100],
		]);
		// Once June begins, May packs with the months before it.
		expect(planShards(items('2024-03-01', 93, 10), 1000, '2024-06').map((s) => s.id)).toEqual(['2024-06', '2024-03']);
		// And once the year closes, it is one shard again.
		expect(planShards(items('2024-03-01', 93, 10), 1000, '2025-01').map((s) => s.id)).toEqual(['2024']);
	});

	test('lists shards without their pages for the search page', () => {
		expect(shardManifest(planShards(items('2021-06-08', 1, 2), 10))).toEqual({
			shards: [{ id: '2021', from: '2021-06-08', to: '2021-06-08', items: 2 }],
		});
	});

	test('rejects a cap below one', () => {
		expect(() => planShards([], 0)).toThrow(/at least 1/);
	});
});
