import { describe, expect, test } from 'vitest';
import { fitCosts, fitIsEvidence, fitScores } from '../../src/lib/importer/headline-fit.ts';

const bodies = [
	'今年以来，河口镇新建日光温室三百余座，带动农民增收致富，鼓起了钱袋子。',
	'城北社区的老年食堂开张半年，每天为八十多位老人提供午餐，老人们吃得暖心。',
	'全市各级河长深入河道巡查，清理垃圾一千余吨，让河流重现清澈。',
];

describe('headline fit', () => {
	test('scores a headline highest against the body that tells its story', () => {
		const scores = fitScores(['日光温室鼓起农民钱袋子', '老年食堂暖了老人胃', '河长巡河护清流'], bodies);
		scores.forEach((row, h) => expect(row.indexOf(Math.max(...row))).toBe(h));
	});

	test('weighs a pair of characters that every body holds at nothing', () => {
		const [row] = fitScores(['今年以来'], ['今年以来，甲。', '今年以来，乙。']);
		expect(row).toEqual([0, 0]);
	});

	test('costs nothing on any body for a headline whose words fit none', () => {
		const costs = fitCosts(fitScores(['点亮希望'], bodies));
		expect(costs[0]).toEqual([0, 0, 0]);
	});

	test('costs nothing for a title that shares one pair of characters with a story by chance', () => {
		const costs = fitCosts(fitScores(['传承红色精神'], [...bodies, '参观红色教育基地，重温入党誓词。']));
		expect(costs[0]).toEqual([0, 0, 0, 0]);
	});

	test('costs most on the bodies that share none of a headline’s words', () => {
		const [row] = fitCosts(fitScores(['老年食堂暖了老人胃'], bodies));
		expect(row[1]).toBe(0);
		expect(row[0]).toBeGreaterThan(0.4);
		expect(row[2]).toBeGreaterThan(0.4);
	});

	test('takes the fit as evidence only when most headlines fit best a body within their reach', () => {
		const scores = fitScores(['日光温室鼓起农民钱袋子', '老年食堂暖了老人胃', '河长巡河护清流'], bodies);
		// Each headline stands after its body: it may head that body or the next.
		expect(
			fitIsEvidence(scores, [
				[0, 1],
				[1, 2],
				[2, 3],
			]),
		).toBe(true);
		// Headlines whose best body lies beyond their reach (made-up pages) say nothing.
		expect(
			fitIsEvidence(scores, [
				[1, 2],
				[2, 3],
				[-1, 0],
			]),
		).toBe(false);
	});
});
