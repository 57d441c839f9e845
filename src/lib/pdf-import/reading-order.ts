import { bottom, right, type Box } from './page-types.ts';

/**
 * Orders boxes as a reader reads a page, by recursive X-Y cut: the widest clear gap across the
 * whole region, horizontal or vertical, splits it (top before bottom, left before right), and
 * each side is ordered the same way. Rules passed in as boxes bar the cuts they cross. A region with no clear gap is read top to bottom, then
 * left to right.
 */
export function readingOrder<T extends Box>(boxes: T[]): T[] {
	if (boxes.length <= 1) return boxes;
	const across = widestGap(boxes, (b) => b.y, bottom);
	const down = widestGap(boxes, (b) => b.x, right);
	const cut = !down || (across && across.size >= down.size) ? across : down;
	if (!cut) return [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
	const start = cut === across ? (b: Box) => b.y : (b: Box) => b.x;
	const before = boxes.filter((b) => start(b) < cut.at);
	const after = boxes.filter((b) => start(b) >= cut.at);
	return [...readingOrder(before), ...readingOrder(after)];
}

// Boxes touching by up to this much (points) still leave a gap: a text line's box reaches a
// little below its descenders, onto the rule under it.
const TOUCH = 2;

/** The widest gap along one axis that no box spans: where it ends, and how wide it is. */
function widestGap(boxes: Box[], start: (b: Box) => number, end: (b: Box) => number) {
	const sorted = [...boxes].sort((a, b) => start(a) - start(b));
	let reach = end(sorted[0]);
	let best: { at: number; size: number } | undefined;
	for (const box of sorted.slice(1)) {
		const size = start(box) - reach + TOUCH;
		if (size > 0 && (!best || size > best.size)) best = { at: start(box), size };
		reach = Math.max(reach, end(box));
	}
	return best;
}
