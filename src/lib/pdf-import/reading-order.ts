import { bottom, right, type Box } from './page-types.ts';

/**
 * Orders boxes as a reader reads a page, by X-Y cut: a clear gap across the whole region,
 * horizontal or vertical, splits it (top before bottom, left before right), and each side is
 * ordered the same way. Of the gaps, a cut across where a column rule ends comes first (what
 * stands under the rule's end follows both its columns); then the widest gap, except that a cut
 * across that only meets the columns' own paragraph gaps (every box over it continues in a box
 * under it at the same left edge, as where two columns' intertitles line up) gives way to any
 * other cut, as does one that parts a `bound` pair (a heading over its text) where something over
 * the cut stands beside the heading, or one over nothing but sign-offs, each set right under the foot of a
 * column (read with that column, also under a column rule's end). Rules passed in as boxes bar the cuts they cross. In a region with no clear gap, a
 * `frame` box (a picture or rule box) holding others, as round a sidebar, comes first and the rest are read without it;
 * else the region is read top to bottom, then left to right. Every cut leaves boxes on both sides, so a region always
 * shrinks; regions wait on a stack, not the call stack, so no page is too deep.
 */
export function readingOrder<T extends Box>(
	boxes: T[],
	frame: (box: T) => boolean = () => false,
	bound: (above: T, below: T) => boolean = () => false,
): T[] {
	const out: T[] = [];
	// The bound pairs, found once: each heading with the text right under it.
	const pairs = boxes.flatMap((a) => boxes.flatMap((b) => (a !== b && bound(a, b) ? [[a, b] as const] : [])));
	// Regions still to read, the next one on top.
	const todo: T[][] = [boxes];
	while (todo.length > 0) {
		const region = todo.pop()!;
		if (region.length <= 1) {
			out.push(...region);
			continue;
		}
		const cuts = [...gaps(region, (b) => b.y, bottom, true, frame), ...gaps(region, (b) => b.x, right, false, frame)];
		// A cut across parting a heading from the text right under it, where something stands beside
		// the heading over the cut (another story's heading), gives way to any other cut.
		const across = (a: Box, b: Box) => Math.min(right(a), right(b)) - Math.max(a.x, b.x) > 0;
		for (const c of pairs.length > 0 ? cuts : [])
			if (c.across && !c.weak) {
				const over = new Set(c.sorted.slice(0, c.index));
				c.weak = pairs.some(
					([a, b]) =>
						over.has(a) && !over.has(b) && region.includes(b) && [...over].some((o) => !across(o, a) && !frame(o)),
				);
			}
		const cut = cuts.find((c) => c.ruleEnd) ?? best(cuts.filter((c) => !c.weak)) ?? best(cuts);
		// A frame round boxes (a tinted or ruled box holding a sidebar) bars every cut inside it: read
		// it first and what it holds without it.
		const frames = cut ? [] : region.filter((f) => frame(f) && region.some((b) => b !== f && holds(f, b)));
		if (frames.length > 0 && frames.length < region.length) {
			out.push(...frames);
			todo.push(region.filter((b) => !frames.includes(b)));
		} else if (!cut) out.push(...[...region].sort((a, b) => a.y - b.y || a.x - b.x));
		else todo.push(cut.sorted.slice(cut.index), cut.sorted.slice(0, cut.index));
	}
	return out;
}

// Boxes touching by up to this much (points) still leave a gap: a text line's box reaches a
// little below its descenders, onto the rule under it.
const TOUCH = 2;

/** Whether `frame` holds `box` wholly (within a touch of its edges). */
function holds(frame: Box, box: Box): boolean {
	return (
		box.x >= frame.x - TOUCH &&
		box.y >= frame.y - TOUCH &&
		right(box) <= right(frame) + TOUCH &&
		bottom(box) <= bottom(frame) + TOUCH &&
		box.width * box.height < frame.width * frame.height
	);
}

interface Gap<T> {
	sorted: T[];
	/** The first box after the gap (at least 1). */
	index: number;
	size: number;
	/** A cut across right under the end of a column rule. */
	ruleEnd: boolean;
	/** A cut across that meets only paragraph gaps of columns running on under it, or parts a heading from its text. */
	weak: boolean;
	across: boolean;
}

/** The widest of some gaps (the first of equals), if any. */
function best<T>(cuts: Gap<T>[]): Gap<T> | undefined {
	return cuts.reduce<Gap<T> | undefined>((a, b) => (a && a.size >= b.size ? a : b), undefined);
}

/** A column rule: a thin line standing upright. */
const columnRule = (b: Box) => b.width < 3 && b.height > 20;

/**
 * The clear gaps along one axis that no box spans (`across`: gaps between rows, cut across), with
 * the boxes sorted by where they start.
 */
function gaps<T extends Box>(
	boxes: T[],
	start: (b: Box) => number,
	end: (b: Box) => number,
	across: boolean,
	frame: (box: T) => boolean,
) {
	const sorted = [...boxes].sort((a, b) => start(a) - start(b));
	let reach = end(sorted[0]);
	let reacher: T = sorted[0];
	const out: Gap<T>[] = [];
	for (let i = 1; i < sorted.length; i++) {
		const box = sorted[i];
		const size = start(box) - reach + TOUCH;
		// Boxes starting together stay together: a thin rule does not part them.
		if (size > 0 && start(box) > start(sorted[i - 1])) {
			// (A clear gap: not a rule under the column rule's foot.)
			const ruleEnd =
				across && columnRule(reacher) && start(box) > reach && underColumns(sorted.slice(0, i), reacher, box, frame);
			// A cut across over nothing but sign-offs (a few boxes), each closing a column over it, gives way too.
			const signOffs =
				across &&
				!ruleEnd &&
				sorted.length - i <= 4 &&
				sorted
					.slice(i)
					.every((b) => columnRule(b) || (!frame(b) && sorted.slice(0, i).some((o) => !frame(o) && closes(b, o))));
			out.push({
				sorted,
				index: i,
				size,
				ruleEnd,
				across,
				weak: across && !ruleEnd && (signOffs || paragraphGap(sorted, i, reach)),
			});
		}
		if (end(box) > reach) [reach, reacher] = [end(box), box];
	}
	return out;
}

/**
 * Whether `box`, under the end of the column rule `rule`, stands under one of the columns the rule
 * parts: it overlaps a box of `above` beside the rule (within 20 pt of it, along its height).
 */
function underColumns<T extends Box>(above: T[], rule: Box, box: T, frame: (box: T) => boolean): boolean {
	if (columnRule(box)) return false;
	const beside = (b: Box) =>
		!columnRule(b) &&
		Math.min(bottom(b), bottom(rule)) - Math.max(b.y, rule.y) > 0 &&
		((right(b) <= rule.x + TOUCH && right(b) > rule.x - 20) || (b.x >= right(rule) - TOUCH && b.x < right(rule) + 20));
	const over = above.filter((b) => beside(b) && Math.min(right(b), right(box)) - Math.max(b.x, box.x) > 0);
	return over.length > 0 && (frame(box) || !over.some((b) => !frame(b) && closes(box, b)));
}

/**
 * Whether `box` is a line set in the right half of the column `over`, right under its foot (a
 * sign-off, `（某某）`): it closes that column, and is read with it, not after the columns beside it.
 */
function closes(box: Box, over: Box): boolean {
	return (
		!columnRule(over) &&
		box.x > over.x + over.width / 2 &&
		box.x < right(over) &&
		box.y - bottom(over) > -TOUCH &&
		box.y - bottom(over) < box.height * 2
	);
}

/**
 * Whether a cut across before `sorted[index]` (boxes sorted by top, `top` the lowest bottom
 * above the cut) meets only the paragraph gaps of columns: within a line's height of it, every
 * box over it has a box under it at the same left edge and the other way round, and none spans
 * two boxes of the other side; two at least each side, or one column running on alone (one box
 * over, one as wide under, no heading set upright beside it).
 */
function paragraphGap(sorted: Box[], index: number, top: number): boolean {
	const below = sorted[index].y;
	const near = Math.max(12, below - top);
	const over = sorted.slice(0, index).filter((b) => bottom(b) > top - near && !columnRule(b));
	const under = sorted.slice(index).filter((b) => b.y < below + near && !columnRule(b));
	if (columnsRunOn(sorted, over, under, top)) return true;
	// A sign-off under the cut closing a column over it (`◎某某` right under its foot) ends that column there:
	// neither runs on across the cut.
	const signOffs = under.filter((b) => over.some((o) => closes(b, o)));
	if (signOffs.length === 0) return false;
	return columnsRunOn(
		sorted,
		over.filter((o) => !signOffs.some((b) => closes(b, o))),
		under.filter((b) => !signOffs.includes(b)),
		top,
	);
}

/**
 * Whether the boxes `over` a cut across (the cut at `top`) run on in those `under` it: every box has one at the
 * same left edge on the other side and spans no two of them; two at least each side, or one column running on alone.
 */
function columnsRunOn(sorted: Box[], over: Box[], under: Box[], top: number): boolean {
	// One column running on alone (the columns beside it ended further up): its own paragraph gap, its blocks as wide.
	// Not beside a heading set upright (seven times as tall as wide or more: a line of seven characters or more stood
	// on end, no short label), its top over the cut, within a column's width of that column: there stories are
	// stacked down one column, each headed upright beside it, and such a gap is where one story ends.
	const upright = (b: Box, column: Box) => {
		const apart = Math.max(b.x - right(column), column.x - right(b));
		return !columnRule(b) && b.height >= 7 * b.width && b.y < top && apart >= 0 && apart < column.width;
	};
	const alone =
		over.length === 1 &&
		under.length === 1 &&
		Math.abs(over[0].width - under[0].width) < 3 &&
		!sorted.some((b) => upright(b, over[0]));
	if ((over.length < 2 || under.length < 2) && !alone) return false;
	const overlaps = (a: Box, b: Box) => Math.min(right(a), right(b)) - Math.max(a.x, b.x) > 0;
	const paired = (a: Box, others: Box[]) => others.some((b) => Math.abs(a.x - b.x) < 3);
	const single = (a: Box, others: Box[]) => others.filter((b) => overlaps(a, b)).length <= 1;
	return (
		over.every((a) => paired(a, under) && single(a, under)) && under.every((b) => paired(b, over) && single(b, over))
	);
}
