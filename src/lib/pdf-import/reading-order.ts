import { bottom, right, type Box } from './page-types.ts';

/**
 * Orders boxes as a reader reads a page, by X-Y cut: the widest clear gap across the whole
 * region, horizontal or vertical, splits it (top before bottom, left before right), and each side
 * is ordered the same way. Rules passed in as boxes bar the cuts they cross. A region with no
 * clear gap is read top to bottom, then left to right. Every cut leaves boxes on both sides, so a
 * region always shrinks; regions wait on a stack, not the call stack, so no page is too deep.
 */
export function readingOrder<T extends Box>(boxes: T[]): T[] {
	const out: T[] = [];
	// Regions still to read, the next one on top.
	const todo: T[][] = [boxes];
	while (todo.length > 0) {
		const region = todo.pop()!;
		if (region.length <= 1) {
			out.push(...region);
			continue;
		}
		const across = widestGap(region, (b) => b.y, bottom);
		const down = widestGap(region, (b) => b.x, right);
		const cut = !down || (across && across.size >= down.size) ? across : down;
		if (!cut) out.push(...[...region].sort((a, b) => a.y - b.y || a.x - b.x));
		else todo.push(cut.sorted.slice(cut.index), cut.sorted.slice(0, cut.index));
	}
	return out;
}

// Boxes touching by up to this much (points) still leave a gap: a text line's box reaches a
// little below its descenders, onto the rule under it.
const TOUCH = 2;

/**
 * The widest gap along one axis that no box spans: the boxes sorted by where they start, the
 * index of the first box after the gap (at least 1), and the gap's width.
 */
function widestGap<T extends Box>(boxes: T[], start: (b: Box) => number, end: (b: Box) => number) {
	const sorted = [...boxes].sort((a, b) => start(a) - start(b));
	let reach = end(sorted[0]);
	let best: { index: number; size: number } | undefined;
	for (let i = 1; i < sorted.length; i++) {
		const box = sorted[i];
		const size = start(box) - reach + TOUCH;
		// Boxes starting together stay together: a thin rule does not part them.
		if (size > 0 && start(box) > start(sorted[i - 1]) && (!best || size > best.size)) best = { index: i, size };
		reach = Math.max(reach, end(box));
	}
	return best && { sorted, ...best };
}
