import { describe, expect, test } from 'vitest';
import { bestAssignment } from '../../src/lib/importer/assign-headings.ts';

describe('bestAssignment', () => {
	test('puts a heading that could head either neighbour on the side the rest of the page reads', () => {
		// A lead with its head block first, then items printed headline after body: a photo, two
		// articles, a run of three photos titled under the run. The heading after the photo's
		// credit has a label under it (hint backward); the two after it have no evidence of their
		// own and follow the rest of the page: each article keeps its own headline.
		const result = bestAssignment([1, 0, 1, 1, 1, 0, 0, 1], 7, [
			['forward'],
			[],
			['backward'],
			[undefined],
			[undefined],
			[],
			[],
			['backward'],
		]);
		expect(result.targets).toEqual([[0], [], [1], [2], [3], [], [], [6]]);
		expect(result.layout).toBe('after');
	});

	test('reads a page of headlines over their bodies forward', () => {
		const result = bestAssignment([1, 1, 1, 0], 3);
		expect(result.targets).toEqual([[0], [1], [2], []]);
		expect(result.headless).toBe(0);
	});

	test('reads a page of headlines under their bodies backward', () => {
		const result = bestAssignment([0, 1, 1, 1], 3);
		expect(result.targets).toEqual([[], [0], [1], [2]]);
		expect(result.layout).toBe('after');
	});
});
