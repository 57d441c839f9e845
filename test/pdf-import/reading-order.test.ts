import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Box } from '../../src/lib/pdf-import/page-types.ts';
import { readingOrder } from '../../src/lib/pdf-import/reading-order.ts';

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

test('reads two columns under a headline across them: headline, left column, right column', () => {
	const head = box(0, 0, 400, 30);
	const left = [box(0, 40, 190, 12), box(0, 54, 190, 12)];
	const right = [box(210, 40, 190, 12), box(210, 54, 190, 12)];
	expect(readingOrder([right[1], left[1], head, right[0], left[0]])).toEqual([head, ...left, ...right]);
});

test('reads a column running on alone past its paragraph gap, the columns beside it ended, down before the next column', () => {
	// The paragraph gap under the middle column's first block is a little wider than the gutters.
	const left = box(0, 0, 100, 50);
	const middle = [box(107, 0, 100, 80), box(107, 88, 100, 60)];
	const right = box(214, 0, 100, 60);
	expect(readingOrder([right, middle[1], left, middle[0]])).toEqual([left, ...middle, right]);
});

test('reads a story down to its end beside its upright heading before the story under it in the same column', () => {
	// The gap under the column's second block ends the story headed upright beside it, though the column runs on alone.
	const column = [box(0, 0, 50, 60), box(0, 68, 50, 100), box(0, 178, 50, 80)];
	const heading = box(58, 0, 12, 100);
	expect(readingOrder([column[2], heading, column[1], column[0]])).toEqual([column[0], column[1], heading, column[2]]);
	// A short label set upright (six characters) is no such heading: the column is read on down first.
	const label = box(58, 0, 16, 100);
	expect(readingOrder([column[2], label, column[1], column[0]])).toEqual([...column, label]);
});

test('orders degenerate layouts without running away: thin rules and zero-size boxes starting together, identical boxes', () => {
	const rule = box(0, 100, 300, 0.5);
	const cases: Box[][] = [
		// Two rules on one line (borders of two modules side by side) above text.
		[rule, { ...rule }, box(0, 200, 100, 10)],
		// Zero-size runs at one point.
		[box(10, 10, 0, 0), box(10, 10, 0, 0), box(10, 10, 0, 0)],
		// A column rule starting where a line of text does.
		[box(100, 0, 0.5, 300), box(100, 20, 50, 10), box(0, 0, 50, 10)],
		// A run drawn twice (fake bold by overprinting).
		[box(0, 0, 50, 10), box(0, 0, 50, 10), box(0, 20, 50, 10)],
	];
	for (const boxes of cases) expect(new Set(readingOrder(boxes))).toEqual(new Set(boxes));
});

test('orders a page of thousands of tiny runs, one per character, without overflowing the stack', () => {
	const boxes: Box[] = [];
	for (let row = 0; row < 400; row++) for (let col = 0; col < 30; col++) boxes.push(box(col * 7, row * 9, 6, 8));
	const order = readingOrder(boxes);
	expect(order).toHaveLength(boxes.length);
	expect(order.slice(0, 3)).toEqual([boxes[0], boxes[1], boxes[2]]);
});

test('returns every box exactly once for any boxes, rotated, overlapping, empty or out of the page', () => {
	const coordinate = fc.oneof(fc.integer({ min: -50, max: 700 }), fc.constantFrom(0, 100, 100.5));
	const size = fc.oneof(fc.constantFrom(0, 0.5, 1, 2), fc.integer({ min: 0, max: 400 }));
	const boxes = fc.array(fc.record({ x: coordinate, y: coordinate, width: size, height: size }), { maxLength: 60 });
	fc.assert(
		fc.property(boxes, (list) => {
			const order = readingOrder(list);
			expect(order).toHaveLength(list.length);
			expect(new Set(order)).toEqual(new Set(list));
		}),
		{ numRuns: 500 },
	);
});

test('reads a story set in two columns under a headline whose intertitles line up across them column by column', () => {
	const head = box(0, 0, 400, 20);
	const left = [box(0, 30, 190, 30), box(0, 74, 60, 10), box(0, 94, 190, 40)];
	const right = [box(210, 30, 190, 30), box(210, 74, 60, 10), box(210, 94, 190, 40)];
	// The gap above the intertitles (60 → 74) is wider than the one under the headline (20 → 30).
	expect(readingOrder([...right, ...left, head])).toEqual([head, ...left, ...right]);
});

test('reads what stands under the end of a column rule after both columns the rule parts', () => {
	// Brief one in two columns parted by a rule, brief two's headline under the rule's end in the left column.
	const left = box(0, 0, 190, 80);
	const rule = box(200, 0, 1, 84);
	const right = box(210, 0, 190, 60);
	const head = box(0, 86, 180, 16);
	const below = box(0, 106, 190, 30);
	const order = readingOrder([below, head, right, rule, left]).filter((b) => b !== rule);
	expect(order).toEqual([left, right, head, below]);
});

test('reads a sign-off set right under the foot of a column with that column, not after the columns beside it', () => {
	// Two stories side by side, a column rule between them ending over the left one's sign-off.
	const left = box(0, 0, 190, 80);
	const rule = box(200, 0, 1, 84);
	const right = box(210, 0, 190, 80);
	const signOff = box(140, 88, 50, 10);
	const order = readingOrder([signOff, right, rule, left], (b) => b === rule).filter((b) => b !== rule);
	expect(order).toEqual([left, signOff, right]);
	// With no rule, the cut across over the sign-off gives way to the gutter between the columns.
	expect(readingOrder([signOff, right, left])).toEqual([left, signOff, right]);
});
