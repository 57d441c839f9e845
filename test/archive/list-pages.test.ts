import { describe, expect, test } from 'vitest';
import { listViews } from '../../src/lib/archive/list-pages.ts';

/** Items 1 (oldest) to n, newest first, as a list is given. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('the pages of an author’s or a section’s list', () => {
	test('number pages from the oldest, the newest page holding what is left', () => {
		const [landing, ...pages] = listViews(newestFirst(7), 3);
		expect(pages.map((p) => [p.number, p.items])).toEqual([
			[1, [3, 2, 1]],
			[2, [6, 5, 4]],
			[3, [7]],
		]);
		expect(pages.map((p) => [p.older, p.newer])).toEqual([
			[undefined, 2],
			[1, 3],
			[2, 'landing'],
		]);
		// The landing page: the two newest pages, newest first, then on to the page before them.
		expect(landing).toEqual({ items: [7, 6, 5, 4], older: 1, total: 7 });
	});

	test('keep every page but the newest as it was when items are added at the newest end', () => {
		const before = listViews(newestFirst(1003), 50).slice(1);
		const after = listViews(newestFirst(1047), 50).slice(1);
		const full = before.filter((p) => p.items.length === 50);
		expect(full).toHaveLength(20);
		for (const page of full)
			expect(after[page.number! - 1]).toEqual({
				...page,
				newer: page.newer === 'landing' ? page.number! + 1 : page.newer,
			});
		expect(after[20]).toEqual({ number: 21, items: newestFirst(1047).slice(0, 47), older: 20, newer: 'landing' });
	});

	test('list everything on the landing page alone while there are at most two pages', () => {
		expect(listViews(newestFirst(6), 3)).toEqual([{ items: [6, 5, 4, 3, 2, 1], older: undefined, total: 6 }]);
		expect(listViews(newestFirst(2), 3)).toEqual([{ items: [2, 1], older: undefined, total: 2 }]);
		expect(listViews([], 3)).toEqual([{ items: [], older: undefined, total: 0 }]);
		// One more item: three pages, all made, the landing page linking the first.
		expect(listViews(newestFirst(7), 3).map((v) => v.number)).toEqual([undefined, 1, 2, 3]);
	});

	test('list on the landing page, given the items’ dates, the pages before its own with the dates they span', () => {
		const dated = newestFirst(8).map((n) => ({ n, date: `2021-06-0${n}` }));
		const [landing] = listViews(dated, 2, (item) => item.date);
		// Pages 3 and 4 are the landing page's own; 1 and 2 come before.
		expect(landing.items.map((i) => i.n)).toEqual([8, 7, 6, 5]);
		expect(landing.earlier).toEqual([
			{ number: 1, from: '2021-06-01', to: '2021-06-02' },
			{ number: 2, from: '2021-06-03', to: '2021-06-04' },
		]);
		expect(listViews(dated.slice(0, 4), 2, (item) => item.date)[0].earlier).toBeUndefined();
		expect(listViews(dated, 2)[0].earlier).toBeUndefined();
	});
});
