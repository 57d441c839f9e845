import { expect, test } from 'vitest';
import { checkConservation } from '../../src/lib/importer/index.ts';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import type { Box } from '../../src/lib/pdf-import/page-types.ts';
import { column, page, run } from '../support/text-runs.ts';

const lines = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => (i === 0 ? '>' : '') + `第${from + i}行正文写在这里，接着往下写。`);

/** A tag: a filled rectangle hugging a line of `chars` characters of type `size` set at (x, y). */
const tag = (x: number, y: number, chars: number, size: number): Box => ({
	x: x - size / 2,
	y: y - size / 4,
	width: chars * size + size,
	height: size * 1.5,
});

/** A commentary: a word in light type a tenth larger than the body over a bold headline, a byline and text. */
const commentary = () => [
	run('来论', 20, 20, 9.9),
	run('让好政策真正落地', 20, 36, 10.8, true),
	run('◎本报评论员 韩红宇', 20, 54, 8),
	...column(lines(4), 20, 70),
];

test('reads a word on its own line right over a headline as its kicker where it stands on the page’s ground', () => {
	const result = layoutSplit(page(commentary()));
	expect(result.items[0]).toMatchObject({ kicker: '来论', headline: '让好政策真正落地' });
});

test('reads a word set in reverse type (on a filled rectangle hugging it) over a headline as the column’s label, not its kicker', () => {
	const content = { ...page(commentary()), fills: [tag(20, 20, 2, 9.9)] };
	const result = layoutSplit(content);
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ section: '来论', headline: '让好政策真正落地', authors: ['韩红宇'] });
	expect(result.items[0].kicker).toBeUndefined();
});

test('reads a word underlined by a short rule right under it, over a headline, as the column’s label, not its kicker', () => {
	// The rule as wide as the word and a little more, right under its foot.
	const rule = { x: 20, y: 20 + 9.9 + 3, width: 2 * 9.9 + 4, height: 1.5 };
	const result = layoutSplit(page(commentary(), [rule]));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ section: '来论', headline: '让好政策真正落地', authors: ['韩红宇'] });
	expect(result.items[0].kicker).toBeUndefined();
});

test('reads text right under a label in reverse type as the labelled story’s, not the text of the story over the label', () => {
	const runs = [
		run('土巴区全力打造生态保护', 20, 20, 18, true),
		...column(lines(3), 20, 46),
		run('走基层', 20, 120, 9.9),
		...column(lines(4, 10), 20, 140),
	];
	const result = layoutSplit({ ...page(runs), fills: [tag(20, 120, 3, 9.9)] });
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items).toHaveLength(2);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/第10行/u);
	expect(result.items[1]).toMatchObject({ section: '走基层', headlineMissing: true });
	expect(result.items[1].paragraphs.join('')).toMatch(/^第10行/u);
});

test('does not read a headline on a tint as a label: a tag hugs a short line', () => {
	// A box tinted behind a whole story is a picture, not a tag; a fill much wider than the line is no tag either.
	const content = { ...page(commentary()), fills: [{ x: 10, y: 14, width: 300, height: 16 }] };
	const result = layoutSplit(content);
	expect(result.items[0]).toMatchObject({ kicker: '来论', headline: '让好政策真正落地' });
});

test('reads a short line in a frame stroked round it (not filled) as the column’s label, not an item of its own', () => {
	// Two stories side by side under a rule; over the left one, a word a tenth larger than the body in a frame.
	const runs = [
		run('视点', 22, 20, 9.9),
		// The right story's label, marked, on the same line.
		run('■本地', 300, 20, 9.9),
		run('多一些送学上门', 60, 36, 15, true),
		...column(lines(6), 20, 60),
		run('让群众少跑腿', 320, 36, 18, true),
		...column(lines(6, 10), 300, 60),
	];
	const framed = { ...page(runs), frames: [tag(22, 20, 2, 9.9)] };
	const result = layoutSplit(framed);
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ headline: '多一些送学上门', section: '视点' });
	expect(result.items[1]).toMatchObject({ headline: '让群众少跑腿', section: '本地' });
});
