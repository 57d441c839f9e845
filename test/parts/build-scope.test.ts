import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import {
	buildScope,
	checkedDates,
	checkMonthCut,
	joinedParts,
	loadedDates,
	parsePeriods,
	parseYears,
	partFolders,
	rendersDate,
	rendersListings,
} from '../../src/lib/parts/build-scope.ts';

describe('the build scope', () => {
	test('is the whole site when neither BUILD_YEARS nor BUILD_JOIN is set', () => {
		const scope = buildScope({});
		expect(scope).toEqual({ role: 'all' });
		expect(rendersDate(scope, '2019-01-01')).toBe(true);
		expect(rendersListings(scope)).toBe(true);
	});

	test('is a part of the named years with BUILD_YEARS, which renders their dates and no listings', () => {
		const scope = buildScope({ BUILD_YEARS: '2019-2020' });
		expect(scope).toMatchObject({ role: 'part', periods: ['2019', '2020'] });
		expect(rendersDate(scope, '2020-12-31')).toBe(true);
		expect(rendersDate(scope, '2021-01-01')).toBe(false);
		expect(rendersListings(scope)).toBe(false);
	});

	test('is the join with BUILD_JOIN, which renders listings and no dated pages', () => {
		const scope = buildScope({ BUILD_JOIN: 'parts/2019:parts/2020' });
		expect(scope).toEqual({ role: 'join', parts: ['parts/2019', 'parts/2020'] });
		expect(rendersDate(scope, '2019-05-01')).toBe(false);
		expect(rendersListings(scope)).toBe(true);
	});

	test('is a part joined with the other parts with both, which renders its dates and the listings', () => {
		const scope = buildScope({ BUILD_YEARS: '2024', BUILD_JOIN: 'parts/2022:parts/2023' });
		expect(scope).toMatchObject({ role: 'part', periods: ['2024'], join: ['parts/2022', 'parts/2023'] });
		expect(rendersDate(scope, '2024-12-31')).toBe(true);
		expect(rendersDate(scope, '2023-12-31')).toBe(false);
		expect(rendersListings(scope)).toBe(true);
		expect(joinedParts(scope)).toEqual(['parts/2022', 'parts/2023']);
		expect(joinedParts(buildScope({ BUILD_YEARS: '2024' }))).toBeUndefined();
	});

	test('is a part of months with BUILD_YEARS of months, which renders those months’ dates', () => {
		expect(parsePeriods('2024-01..2024-03')).toEqual(['2024-01', '2024-02', '2024-03']);
		expect(parsePeriods('2023-11..2024-01,2022')).toEqual(['2022', '2023-11', '2023-12', '2024-01']);
		expect(parsePeriods('2024,2024-05')).toEqual(['2024']);
		expect(() => parsePeriods('2024-03..2024-01')).toThrow(/found "2024-03..2024-01"/);
		expect(() => parsePeriods('2024-13')).toThrow(/BUILD_YEARS or --years/);
		const day = buildScope({ BUILD_YEARS: '2024-12', BUILD_JOIN: 'parts/2023:parts/2024-01..2024-11' });
		expect(rendersDate(day, '2024-12-01')).toBe(true);
		expect(rendersDate(day, '2024-11-30')).toBe(false);
		expect(rendersListings(day)).toBe(true);
		if (day.role !== 'part') throw new Error('a part');
		const dates = ['2024-10-31', '2024-11-30', '2024-12-01', '2024-12-02'];
		expect([...loadedDates(day, dates)].sort()).toEqual(['2024-11-30', '2024-12-01', '2024-12-02']);
		expect(partFolders(day, loadedDates(day, dates))).toBe('{2024-12-*,2024-11-30}');
	});

	test('takes as months of a year its newest month, or every month before it, and no other cut', () => {
		const dates = ['2023-12-31', '2024-01-05', '2024-02-05', '2024-03-05', '2024-04-05'];
		for (const ok of ['2024-04', '2024-01..2024-03', '2024-01..2024-04', '2023', '2024'])
			expect(() => checkMonthCut(buildScope({ BUILD_YEARS: ok }), dates), ok).not.toThrow();
		expect(() => checkMonthCut(buildScope({ BUILD_YEARS: '2024-03' }), dates)).toThrow(
			/newest month \(2024-04\) or every month of its year before it, but "2024-03" holds 2024-03 of 2024 without 2024-01, 2024-02, 2024-04/,
		);
		expect(() => checkMonthCut(buildScope({ BUILD_YEARS: '2024-02..2024-03' }), dates)).toThrow(
			/without 2024-01, 2024-04/,
		);
	});

	test('refuses a part or a join with a preview', () => {
		expect(() => buildScope({ BUILD_JOIN: 'parts/2019', PREVIEW_YEARS: '2019' })).toThrow(/exclude each other/);
	});

	test('reads single years, ranges and lists of both', () => {
		expect(parseYears('2019')).toEqual([2019]);
		expect(parseYears('2001,2003-2005')).toEqual([2001, 2003, 2004, 2005]);
	});

	test('names the value it cannot read', () => {
		expect(() => parseYears('2020-2019')).toThrow(/found "2020-2019"/);
		expect(() => parseYears('19')).toThrow(/BUILD_YEARS or --years/);
	});

	test('loads a part’s editions and each edition next to one of them, which its pages link to', () => {
		const dates = ['2018-12-30', '2018-12-31', '2019-01-02', '2019-12-31', '2020-01-01', '2020-01-02', '2021-01-01'];
		const scope = buildScope({ BUILD_YEARS: '2019' });
		expect([...loadedDates(scope, dates)].sort()).toEqual(['2018-12-31', '2019-01-02', '2019-12-31', '2020-01-01']);
		const gap = buildScope({ BUILD_YEARS: '2018,2021' });
		expect([...loadedDates(gap, dates)].sort()).toEqual([
			'2018-12-30',
			'2018-12-31',
			'2019-01-02',
			'2020-01-02',
			'2021-01-01',
		]);
	});

	test('names for the loader the folders of a part’s years and its neighbours’, and no other', () => {
		const dates = ['2018-12-30', '2018-12-31', '2019-01-02', '2019-12-31', '2020-01-01', '2020-01-02', '2021-01-01'];
		for (const years of ['2019', '2018,2021', '2018-2021']) {
			const scope = buildScope({ BUILD_YEARS: years });
			if (scope.role !== 'part') throw new Error('a part');
			const loaded = loadedDates(scope, dates);
			const matches = picomatch(partFolders(scope, loaded));
			expect(
				dates.filter((date) => matches(date)),
				years,
			).toEqual([...loaded].sort());
		}
	});

	test('checks a part’s own years only, not the neighbours it loads', () => {
		const dates = ['2018-12-31', '2019-01-02', '2019-12-31', '2020-01-01'];
		expect([...checkedDates(buildScope({ BUILD_YEARS: '2019' }), dates)].sort()).toEqual(['2019-01-02', '2019-12-31']);
		expect([...checkedDates(buildScope({}), dates)]).toHaveLength(4);
	});

	test('is a preview with PREVIEW_YEARS or PREVIEW_EDITIONS, which loads and renders those editions and lists them', () => {
		const dates = ['2019-12-31', '2020-01-01', '2020-06-01', '2021-01-01', '2021-01-02'];
		const years = buildScope({ PREVIEW_YEARS: '2020' });
		expect(years).toMatchObject({ role: 'preview', years: [2020] });
		expect([...loadedDates(years, dates)].sort()).toEqual(['2020-01-01', '2020-06-01']);
		const newest = buildScope({ PREVIEW_EDITIONS: '3' });
		expect(newest).toMatchObject({ role: 'preview', editions: 3 });
		expect([...loadedDates(newest, dates)].sort()).toEqual(['2020-06-01', '2021-01-01', '2021-01-02']);
		expect(rendersDate(newest, '2021-01-02')).toBe(true);
		expect(rendersListings(newest)).toBe(true);
	});

	test('refuses a preview with a part, and a number of editions that is not one', () => {
		expect(() => buildScope({ BUILD_YEARS: '2019', PREVIEW_EDITIONS: '30' })).toThrow(/exclude each other/);
		expect(() => buildScope({ PREVIEW_EDITIONS: 'thirty' })).toThrow(
			/found "thirty" \(PREVIEW_EDITIONS or --editions\)/,
		);
	});
});
