import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/archive/build-archive.ts';
import { neighbours } from '../../src/lib/archive/neighbours.ts';
import { slugFromFile } from '../../src/lib/archive/slug-from-file.ts';
import { authorPath, editionPath, itemPath, pagePath, withBase } from '../../src/lib/archive/paths.ts';
import { citation } from '../../src/lib/archive/citation.ts';
import { formatDate, weekday } from '../../src/lib/archive/format-date.ts';
import { pageLabel } from '../../src/lib/archive/page-label.ts';
import { groupDates, monthGrid } from '../../src/lib/archive/calendar.ts';
import { groupBy } from '../../src/lib/archive/group-by.ts';

const item = (date: string, page: number, order: number, slug: string, authors: string[] = []) => ({
	id: `${date}/${page}/${slug}`,
	slug,
	data: { headline: slug, date, page, order, kind: 'article' as const, authors },
});

describe('buildArchive', () => {
	const archive = buildArchive(
		[
			{
				date: '2021-06-08',
				pages: [
					{ number: 2, name: '要闻' },
					{ number: 1, name: '党建', banner: '五化协同' },
				],
			},
			{ date: '2021-06-09', pages: [{ number: 1 }] },
		],
		[
			item('2021-06-08', 1, 2, 'b'),
			item('2021-06-08', 1, 1, 'a'),
			item('2021-06-08', 2, 1, 'c'),
			item('2021-06-10', 3, 1, 'orphan'),
		],
	);

	test('puts the newest edition first', () => {
		expect(archive.map((e) => e.date)).toEqual(['2021-06-10', '2021-06-09', '2021-06-08']);
	});

	test('orders pages by number and items by their order on the page', () => {
		const june8 = archive[2];
		expect(june8.pages.map((p) => p.number)).toEqual([1, 2]);
		expect(june8.pages[0].items.map((i) => i.slug)).toEqual(['a', 'b']);
		expect(june8.pages[0]).toMatchObject({ name: '党建', banner: '五化协同' });
	});

	test('keeps items whose edition has no manifest, on an unnamed page', () => {
		expect(archive[0].pages).toHaveLength(1);
		expect(archive[0].pages[0].number).toBe(3);
		expect(archive[0].pages[0].name).toBeUndefined();
		expect(archive[0].pages[0].items[0].slug).toBe('orphan');
	});

	test('lists a page from the manifest even before it has items', () => {
		expect(archive[1].pages[0].items).toEqual([]);
	});
});

describe('neighbours', () => {
	test('gives previous and next inside the list and nothing past its ends', () => {
		expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ prev: 'a', next: 'c' });
		expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ prev: undefined, next: 'b' });
		expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ prev: 'b', next: undefined });
		expect(neighbours(['a'], 5)).toEqual({});
	});
});

describe('permalinks', () => {
	test('derive the slug from the file name without its order prefix', () => {
		expect(slugFromFile('content/editions/2021-06-08/01/03-xue-dang-shi.md')).toBe('xue-dang-shi');
		expect(slugFromFile('content/editions/2021-06-08/01/12-a.mdx')).toBe('a');
		expect(slugFromFile('x/no-prefix.md')).toBe('no-prefix');
		expect(slugFromFile('x/2021.md')).toBe('2021');
	});

	test('do not change when another item is added before it on the page', () => {
		const before = itemPath({ slug: slugFromFile('02-zhong-wen-li-shi.md'), data: { date: '2021-06-08', page: 1 } });
		const after = itemPath({ slug: slugFromFile('03-zhong-wen-li-shi.md'), data: { date: '2021-06-08', page: 1 } });
		expect(after).toBe(before);
		expect(before).toBe('2021-06-08/01/zhong-wen-li-shi/');
	});

	test('are built from date, zero-padded page and slug', () => {
		expect(editionPath('2021-06-08')).toBe('2021-06-08/');
		expect(pagePath('2021-06-08', 12)).toBe('2021-06-08/12/');
		expect(authorPath('郝佳丽')).toBe('authors/%E9%83%9D%E4%BD%B3%E4%B8%BD/');
	});

	test('join the base path once, whatever slashes it was given', () => {
		expect(withBase('/', '2021-06-08/')).toBe('/2021-06-08/');
		expect(withBase('/paper/', '/2021-06-08/')).toBe('/paper/2021-06-08/');
		expect(withBase('/paper', '')).toBe('/paper/');
	});
});

describe('labels and citations', () => {
	test('print dates and weekdays as Chinese papers do, whatever the time zone', () => {
		expect(formatDate('2021-06-08')).toBe('2021年6月8日');
		expect(weekday('2021-06-08')).toBe('星期二');
		expect(formatDate('2000-01-01')).toBe('2000年1月1日');
	});

	test('label a page as in 版面导航', () => {
		expect(pageLabel({ number: 1, name: '党建' })).toBe('第01版：党建');
		expect(pageLabel({ number: 12 })).toBe('第12版');
	});

	test('cite an item with its authors, paper, date and page', () => {
		expect(citation({ headline: '重温历史', authors: ['宋爽'], date: '2021-06-08', page: 1 }, '内蒙古日报')).toBe(
			'宋爽：重温历史，《内蒙古日报》（2021年6月8日 第01版）',
		);
		expect(citation({ headline: '无名', date: '2021-06-08', page: 3 }, '报')).toBe(
			'无名，《报》（2021年6月8日 第03版）',
		);
	});
});

describe('calendar', () => {
	test('lays a month out in weeks starting on Monday', () => {
		const june = monthGrid(2021, 6);
		expect(june.weeks[0].slice(0, 2)).toEqual([null, { day: 1, date: '2021-06-01' }]);
		expect(june.weeks.flat().filter(Boolean)).toHaveLength(30);
		expect(june.weeks.every((w) => w.length === 7)).toBe(true);
		expect(monthGrid(2024, 2).weeks.flat().filter(Boolean)).toHaveLength(29);
	});

	test('groups dates by year, newest year first, then by month', () => {
		const years = groupDates(['2020-12-31', '2021-06-08', '2021-06-01', '2021-01-05']);
		expect([...years.keys()]).toEqual([2021, 2020]);
		expect([...years.get(2021)!.keys()]).toEqual([1, 6]);
		expect(years.get(2021)!.get(6)).toEqual(['2021-06-01', '2021-06-08']);
	});
});

describe('groupBy', () => {
	test('lists an item under each of its authors, names in pinyin order', () => {
		const groups = groupBy(
			[item('2021-06-08', 1, 1, 'a', ['刘向平', '冯雪']), item('2021-06-08', 1, 2, 'b', ['冯雪'])],
			(i) => i.data.authors,
		);
		expect([...groups.keys()]).toEqual(['冯雪', '刘向平']);
		expect(groups.get('冯雪')!.map((i) => i.slug)).toEqual(['a', 'b']);
	});

	test('skips items without the key', () => {
		expect(groupBy([{ s: undefined }, { s: '观潮' }], (i) => [i.s]).size).toBe(1);
	});
});
