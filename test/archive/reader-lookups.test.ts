import { describe, expect, test } from 'vitest';
import { nearestEdition, packDates, unpackDates } from '../../src/lib/archive/nearest-edition.ts';
import { bylineParts, signedByline, unprintedAuthors } from '../../src/lib/archive/byline.ts';
import { dayNeighbours } from '../../src/lib/archive/day-neighbours.ts';
import { monthGrid, WEEKS_SHOWN } from '../../src/lib/archive/calendar.ts';
import { excerpt } from '../../src/lib/archive/cut-at-sentence.ts';
import { groupByInitial } from '../../src/lib/archive/group-by-initial.ts';

describe('nearestEdition', () => {
	const dates = ['2021-05-31', '2021-06-01', '2021-06-08'];
	test('finds the date itself, or the nearest edition before or after it', () => {
		expect(nearestEdition(dates, '2021-06-01')).toBe('2021-06-01');
		expect(nearestEdition(dates, '2021-06-06')).toBe('2021-06-08');
		expect(nearestEdition(dates, '2021-06-03')).toBe('2021-06-01');
		expect(nearestEdition(dates, '2030-01-01')).toBe('2021-06-08');
		expect(nearestEdition(dates, '1990-01-01')).toBe('2021-05-31');
		expect(nearestEdition([], '2021-06-01')).toBeUndefined();
	});

	test('takes the earlier edition when two are as near', () => {
		expect(nearestEdition(['2021-06-01', '2021-06-05'], '2021-06-03')).toBe('2021-06-01');
	});

	test('packs dates as gaps in days and unpacks them again, across months and years', () => {
		const many = ['2020-12-31', '2021-01-01', '2021-02-28', '2021-03-01', '2024-02-29'];
		expect(packDates(many)).toBe('2020-12-31+1+58+1+1095');
		expect(unpackDates(packDates(many))).toEqual(many);
		expect(unpackDates(packDates([]))).toEqual([]);
	});
});

describe('bylines', () => {
	test('cuts a byline into text and the authors’ names it prints', () => {
		expect(bylineParts('本报记者 刘向平 实习生 冯雪', ['刘向平', '冯雪'])).toEqual([
			{ text: '本报记者 ' },
			{ name: '刘向平' },
			{ text: ' 实习生 ' },
			{ name: '冯雪' },
		]);
		expect(bylineParts('本报记者 陈春艳 摄', [])).toEqual([{ text: '本报记者 陈春艳 摄' }]);
	});

	test('finds the authors printed in no line', () => {
		expect(unprintedAuthors(['本报记者 宋爽', undefined], ['宋爽'])).toEqual([]);
		expect(unprintedAuthors([undefined, '本报记者 陈春艳 摄'], ['陈春艳', '张三'])).toEqual(['张三']);
	});

	test('signs a commentary with ◎, once', () => {
		expect(signedByline('commentary', '郝佳丽')).toBe('◎郝佳丽');
		expect(signedByline('commentary', '◎郝佳丽')).toBe('◎郝佳丽');
		expect(signedByline('article', '本报记者 宋爽')).toBe('本报记者 宋爽');
	});
});

describe('dayNeighbours', () => {
	const editions = [
		{ date: '2021-06-08', pages: [{ number: 1 }] },
		{ date: '2021-06-01', pages: [{ number: 1 }, { number: 2 }] },
		{ date: '2021-05-31', pages: [{ number: 1 }, { number: 2 }] },
	];
	test('links the days before and after, to the same page where that day has it', () => {
		expect(dayNeighbours(editions, '2021-06-01', 2)).toEqual({
			older: { date: '2021-05-31', path: '2021-05-31/02/' },
			newer: { date: '2021-06-08', path: '2021-06-08/' },
		});
		expect(dayNeighbours(editions, '2021-06-08')).toEqual({
			older: { date: '2021-06-01', path: '2021-06-01/' },
			newer: undefined,
		});
		expect(dayNeighbours(editions, '1999-01-01')).toEqual({});
	});
});

describe('month grids', () => {
	test('are six weeks tall, whatever the month', () => {
		for (const [y, m] of [
			[2021, 2],
			[2021, 5],
			[2021, 6],
		])
			expect(monthGrid(y, m).weeks).toHaveLength(WEEKS_SHOWN);
	});
});

describe('excerpt', () => {
	test('cuts rendered text on a sentence end, or marks the cut', () => {
		expect(excerpt('<script> 与 *星号*。第二句很长很长。', 18)).toBe('<script> 与 *星号*。');
		expect(excerpt('一二三四五六七八九十', 5)).toBe('一二三四五……');
		expect(excerpt('短。', 5)).toBe('短。');
	});
});

describe('groupByInitial', () => {
	test('groups names under the first letter of their pinyin, letters in order, names as given', () => {
		const groups = groupByInitial(['陈春艳', '冯雪', '郝佳丽', '及庆玲', '刘向平', '宋爽', 'Anna', '《观潮》']);
		expect([...groups.keys()]).toEqual(['A', 'C', 'F', 'H', 'J', 'L', 'S', '#']);
		expect(groups.get('C')).toEqual(['陈春艳']);
		expect(groups.get('#')).toEqual(['《观潮》']);
	});

	test('reads a family name as one', () => {
		expect([...groupByInitial(['曾明', '单雄'], { surname: true }).keys()]).toEqual(['S', 'Z']);
	});
});
