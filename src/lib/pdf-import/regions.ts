import { bottom, right, union, type Box } from './page-types.ts';

/**
 * An item's regions: its blocks' boxes, merged where they stand in one column one under the
 * other (overlapping by half the narrower width, at most a line apart), rounded to 0.1 pt.
 * A story set in three columns gives three rectangles; a headline across them joins none; a box
 * inside another is left out.
 */
export function mergeRegions(boxes: Box[]): Box[] {
	const out: Box[] = [];
	for (const box of [...boxes].sort((a, b) => a.x - b.x || a.y - b.y)) {
		const into = out.find((o) => {
			const overlap = Math.min(right(o), right(box)) - Math.max(o.x, box.x);
			const gap = Math.max(box.y - bottom(o), o.y - bottom(box));
			return (
				overlap > Math.min(o.width, box.width) / 2 &&
				Math.abs(o.width - box.width) < Math.max(o.width, box.width) / 3 &&
				gap < 24
			);
		});
		if (into) Object.assign(into, union([into, box]));
		else out.push({ x: box.x, y: box.y, width: box.width, height: box.height });
	}
	// A box inside another (a short line beside a headline over its column) adds nothing to the outline.
	const within = (a: Box, b: Box) =>
		a !== b && a.x >= b.x && a.y >= b.y && right(a) <= right(b) && bottom(a) <= bottom(b);
	return out
		.filter((box) => !out.some((other) => within(box, other)))
		.sort((a, b) => a.y - b.y || a.x - b.x)
		.map((b) => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) }));
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
