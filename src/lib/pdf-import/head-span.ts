import { bylineText } from './block-role.ts';
import type { LayoutBlock } from './layout-blocks.ts';
import { bottom, right, type Box } from './page-types.ts';

/**
 * The width each heading spans for the reading order: a headline is often narrower than the
 * columns of its story (set centred over them, or over the first few), and the X-Y cut would
 * otherwise read a column beside it before the headline. A heading (type at least `head` times
 * the body size `body`, a few lines) spans the row of blocks right under it (their tops under its foot, within
 * four body lines of it, and within a line of each other): those it overlaps, and beside them
 * every block of that row in the same type or larger (not a caption) no further than three body ems from the last, where nothing beside the
 * heading stands over the block. The box reaches down over its decks (lines a little larger than the body,
 * not bold, stacked right under it), so that no cut parts them from it. Returns each heading's widened box (the others keep theirs);
 * everything is measured in the page's body type, not in points.
 */
export function headSpans(blocks: LayoutBlock[], pictures: Box[], body: number, head = 1.2): Map<LayoutBlock, Box> {
	const large = (b: LayoutBlock) => b.size >= body * head && b.lines.length <= 4;
	// A deck in light type a little over the head size, stacked right under a headline half as large again: text of its stack.
	const deck = (b: LayoutBlock) =>
		!b.bold &&
		b.size < body * 1.35 &&
		blocks.some(
			(o) =>
				o !== b &&
				large(o) &&
				o.size >= b.size * 1.5 &&
				b.y >= bottom(o) - 1 &&
				b.y - bottom(o) < body * 2 &&
				Math.min(right(o), right(b)) - Math.max(o.x, b.x) > 0,
		);
	const isHead = (b: LayoutBlock) => large(b) && !deck(b);
	const heads = blocks.filter(isHead);
	const text = blocks.filter((b) => !isHead(b));
	const spans = new Map<LayoutBlock, Box>();
	const across = (a: Box, b: Box) => Math.min(right(a), right(b)) - Math.max(a.x, b.x) > 0;
	for (const h of heads) {
		// Past its stack (a subheadline, a byline: a line or two each, right under it) to the text it heads.
		let foot = bottom(h);
		const stack = new Set<Box>([h]);
		// The foot of its decks: lines a little larger than the body, not bold, stacked right under it (`——访…`), and
		// a byline's line under them set in from its left edge by more than an em (centred, over a later column).
		let deckFoot = foot;
		let decks = true;
		// Where text starts right under it, it has no stack to pass.
		const textUnder = text.some(
			(b) => b.lines.length >= 3 && b.y >= foot - 1 && b.y <= foot + body * 2 && across(b, h),
		);
		while (!textUnder) {
			// A line right over another heading is that one's kicker, not this one's.
			const kicker = (b: LayoutBlock) =>
				heads.some((o) => o !== h && o.y >= bottom(b) - 1 && o.y - bottom(b) < body * 2 && across(o, b));
			const next = text.filter(
				(b) => b.y >= foot - 1 && b.y <= foot + body * 2 && b.lines.length <= 2 && across(b, h) && !kicker(b),
			);
			if (next.length === 0 || Math.max(...next.map(bottom)) <= foot) break;
			for (const b of next) stack.add(b);
			foot = Math.max(...next.map(bottom));
			decks &&= next.every(
				(b) =>
					(b.size >= body * 1.08 && !b.bold) ||
					(b.lines.length === 1 && b.x > h.x + body && bylineText(b) !== undefined),
			);
			if (decks) deckFoot = foot;
		}
		const near = (from: number) => text.filter((b) => b.y >= from - 1 && b.y <= from + body * 4 && across(b, h));
		// Or its stack set beside it, left of it under its foot (a subheadline and byline over the first column, the
		// headline centred over all the columns): its text starts under that stack's foot.
		const side = near(foot).length > 0 || near(bottom(h)).length > 0 ? undefined : sideStack(h, text, body);
		const under = near(foot).length > 0 ? near(foot) : near(side ?? bottom(h));
		if (under.length === 0) continue;
		const top = Math.min(...under.map((b) => b.y));
		// A block beside them heads its column only where nothing stands over it up to the heading.
		const open = (b: Box) =>
			![...blocks, ...pictures].some(
				(o) => o !== b && !stack.has(o) && across(o, b) && bottom(o) > h.y && o.y < foot - 1 && bottom(o) <= b.y + 1,
			);
		const row = text
			.filter(
				(b) =>
					Math.abs(b.y - top) <= body && b.y >= bottom(h) - 1 && under.some((u) => b.size > u.size - 0.5) && open(b),
			)
			.sort((a, b) => a.x - b.x);
		// Never over text standing beside the heading (another story's column running past it).
		const beside = text.filter((o) => o.y < bottom(h) && bottom(o) > h.y);
		// Another headline in a row with it (two stories side by side): its top level with this one's, in
		// type near its size, set across, a line or two.
		const level = (o: LayoutBlock) =>
			o !== h && Math.abs(o.y - h.y) < body && o.size > h.size * 0.8 && o.width > o.height && o.lines.length <= 2;
		const inRow = h.lines.length <= 2 ? heads.filter(level) : [];
		// The span reaches right to an em short of one on its right, and never left past its own left edge
		// where one stands on its left (the columns between are that story's, read first). It takes in
		// only whole columns short of that edge: a column it would reach into only in part is the other story's.
		const edge = Math.min(...[...inRow, ...beside].filter((o) => o.x >= right(h)).map((o) => o.x));
		const reach = new Map(row.map((b) => [b, columnOf(b, blocks, body)]));
		const extent = (b: Box) => reach.get(b as LayoutBlock) ?? { x: b.x, end: right(b) };
		let [left, end] = [Math.min(h.x, ...under.map((b) => b.x)), Math.max(right(h), ...under.map(right))];
		// Where the column grid (read over the whole page) runs up to that edge, the column's own blocks say how far it reaches.
		const reachOf = (b: LayoutBlock) => (extent(b).end <= edge - body ? extent(b).end : stackRight(b, text, body));
		for (const b of row)
			if (b.x >= end && extent(b).x - end <= body * 3 && reachOf(b) < edge) end = Math.max(end, reachOf(b));
		for (const b of [...row].reverse())
			if (right(b) <= left && left - extent(b).end <= body * 3) left = Math.min(left, extent(b).x);
		end = Math.min(end, edge - body);
		// (One set inside a frame that does not hold this heading, a sidebar's title, bars the span only at the frame's edge.)
		const barrier = (o: Box) => {
			const frame = pictures.find((f) => within(o, f) && !within(h, f));
			return frame ? Math.min(h.x, right(frame)) : h.x;
		};
		for (const o of inRow) if (right(o) <= h.x) left = Math.max(left, barrier(o));
		// So does a smaller heading left of it, its top level with this one's (a story headed by a deck, a line or two in
		// type over the body's or bold): the columns between are that story's.
		const smaller = (o: LayoutBlock) =>
			o !== h &&
			!inRow.includes(o) &&
			Math.abs(o.y - h.y) < body &&
			right(o) <= h.x &&
			o.lines.length <= 2 &&
			o.width > o.height &&
			(o.size >= body * 1.08 || o.bold);
		for (const o of blocks) if (smaller(o)) left = Math.max(left, barrier(o));
		// Set centred over its columns beside another headline in the row: the widest run of the row's
		// columns it stands centred over (within an em), none past the headline beside it, is its span.
		// (Headlines of a size: not a deck set level with the headline beside its story. A column counts as wide as the
		// page grid reads it or as its own block: a grid read over tiers of other widths may take it wider.)
		const peers = inRow.filter((o) => h.size > o.size * 0.8);
		const centred =
			peers.length > 0
				? centredSpan(
						h,
						row.flatMap((b) => [extent(b), { x: b.x, end: right(b) }]),
						peers,
						body,
					)
				: undefined;
		if (centred) [left, end] = centred;
		left = Math.max(left, ...beside.filter((o) => right(o) <= h.x).map((o) => right(o) + body));
		// (Past a stack beside it only where it stands centred over the columns it then spans.)
		if (side !== undefined && Math.abs((left + end) / 2 - (h.x + h.width / 2)) >= body) continue;
		// It reaches down over its decks: the cut under the headline would otherwise read a column
		// beside a deck (the story's first, starting further up) before the deck.
		if (left < h.x || end > right(h) || deckFoot > bottom(h) + 1)
			spans.set(h, { x: left, y: h.y, width: end - left, height: deckFoot - h.y });
	}
	return spans;
}

/**
 * The widest span from the left edge of one of `columns` to the right edge of one, taking in the
 * heading `h`, centred on it within an em of the body size `body`, and reaching past no other
 * headline of its row (`inRow`); undefined where there is none.
 */
function centredSpan(
	h: Box,
	columns: { x: number; end: number }[],
	inRow: Box[],
	body: number,
): [number, number] | undefined {
	const from = Math.max(-Infinity, ...inRow.filter((o) => right(o) <= h.x).map(right));
	const to = Math.min(Infinity, ...inRow.filter((o) => o.x >= right(h)).map((o) => o.x));
	// One set flush left with a column heads it from there.
	if (columns.some((c) => Math.abs(c.x - h.x) < body / 2)) return undefined;
	const middle = h.x + h.width / 2;
	let best: [number, number] | undefined;
	for (const a of columns)
		for (const b of columns)
			if (
				a.x <= h.x + 1 &&
				a.x >= from &&
				b.end >= right(h) - 1 &&
				b.end <= to &&
				Math.abs((a.x + b.end) / 2 - middle) < body &&
				(!best || b.end - a.x > best[1] - best[0])
			)
				best = [a.x, b.end];
	return best;
}

/**
 * The foot of the stack set beside the heading `h`, left of it under its foot: short blocks (a line or two each, not
 * across it), the first within two body lines of its foot, each within two of the last; undefined where none stands so.
 */
function sideStack(h: LayoutBlock, text: LayoutBlock[], body: number): number | undefined {
	let foot = bottom(h);
	let found = false;
	for (const o of [...text].sort((a, b) => a.y - b.y))
		if (o.lines.length <= 2 && right(o) <= h.x && o.y >= foot - 1 && o.y - foot < body * 2) {
			foot = Math.max(foot, bottom(o));
			found = true;
		}
	return found ? foot : undefined;
}

/** The right edge of a block and the blocks stacked under it at its left edge (each within two body lines of the last). */
function stackRight(block: LayoutBlock, text: LayoutBlock[], body: number): number {
	let [foot, end] = [bottom(block), right(block)];
	for (const o of [...text].sort((a, b) => a.y - b.y))
		if (o !== block && Math.abs(o.x - block.x) < 1 && o.y >= foot - 1 && o.y - foot < body * 2)
			[foot, end] = [bottom(o), Math.max(end, right(o))];
	return end;
}

/**
 * The column a block stands in, from the page's column grid: the left edge and the usual right
 * edge of the blocks of text (three lines or more, under heading size) that start at its left edge
 * or up to an indent of two and a half ems before it, and reach as far as it does. A one-line
 * paragraph ends short of its column's right edge, an indented one starts after its left edge,
 * and a box title (`核心阅读`) over a column is narrower than it; the column reaches as far as
 * its full blocks do.
 */
export function columnOf(
	block: Box & { size: number },
	blocks: LayoutBlock[],
	body: number,
): { x: number; end: number } {
	const columns = blocks.filter(
		(o) =>
			o !== block &&
			o.lines.length >= 3 &&
			o.size < body * 1.2 &&
			o.x <= block.x + 1 &&
			block.x - o.x <= body * 2.5 &&
			right(o) >= right(block) - 1,
	);
	if (columns.length === 0) return { x: block.x, end: right(block) };
	const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
	return {
		x: Math.min(block.x, median(columns.map((o) => o.x))),
		end: Math.max(right(block), median(columns.map(right))),
	};
}

/** Whether `box` stands wholly inside `frame` (within two points of its edges). */
function within(box: Box, frame: Box): boolean {
	return (
		box.x >= frame.x - 2 && box.y >= frame.y - 2 && right(box) <= right(frame) + 2 && bottom(box) <= bottom(frame) + 2
	);
}
