import { describe, expect, test } from 'vitest';
import { gradeOf, ndcgAt, recallAt, reciprocalRank } from '../../src/lib/bench/judge.ts';

describe('grading an item for a query by rule', () => {
	test('gives 3 for the run in the headline, 2 in the text, 1 for every word apart, 0 else', () => {
		const words = ['杭锦旗', '登记中心'];
		expect(gradeOf({ headline: '杭锦旗登记中心开放', text: '杭锦旗登记中心开放\n正文' }, '杭锦旗登记中心', words)).toBe(
			3,
		);
		expect(gradeOf({ headline: '标题', text: '标题\n杭锦旗登记中心' }, '杭锦旗登记中心', words)).toBe(2);
		expect(gradeOf({ headline: '标题', text: '标题\n杭锦旗不动产登记中心' }, '杭锦旗登记中心', words)).toBe(1);
		expect(gradeOf({ headline: '标题', text: '标题\n杭锦旗' }, '杭锦旗登记中心', words)).toBe(0);
	});

	test('gives 2 for every word apart in the headline, above the words apart in the body', () => {
		const words = ['杭锦旗', '登记中心'];
		const item = { headline: '杭锦旗不动产登记中心开放', text: '杭锦旗不动产登记中心开放\n正文' };
		expect(gradeOf(item, '杭锦旗登记中心', words)).toBe(2);
		expect(gradeOf({ headline: '杭锦旗', text: '杭锦旗\n登记中心' }, '杭锦旗登记中心', words)).toBe(1);
	});

	test('counts a number only where it stands whole', () => {
		expect(gradeOf({ headline: '', text: '共1200人' }, '120', ['120'])).toBe(0);
		expect(gradeOf({ headline: '', text: '共120人' }, '120', ['120'])).toBe(2);
	});
});

describe('measuring a ranking', () => {
	const grades = new Map([
		['a', 3],
		['b', 2],
		['c', 1],
	]);
	test('scores the ideal order 1 and a worse order lower', () => {
		expect(ndcgAt(['a', 'b', 'c'], grades, 10)).toBe(1);
		expect(ndcgAt(['c', 'b', 'a'], grades, 10)).toBeLessThan(1);
		expect(ndcgAt(['x', 'a', 'b', 'c'], grades, 10)).toBeLessThan(ndcgAt(['a', 'b', 'c'], grades, 10));
		expect(ndcgAt([], grades, 10)).toBe(0);
	});

	test('gives recall over as many relevant items as fit, and the first relevant rank', () => {
		expect(recallAt(['a', 'x'], grades, 10)).toBeCloseTo(1 / 3);
		expect(recallAt(['a', 'b'], grades, 2)).toBe(1);
		expect(reciprocalRank(['x', 'b'], grades)).toBe(0.5);
	});
});
