import { bylineText, isVertical } from './block-role.ts';
import type { LayoutBlock } from './layout-blocks.ts';
import { bottom, right } from './page-types.ts';

/**
 * Puts each vertical headline (竖排标题, set right of its story's text) before the text it heads
 * in a reading order: the X-Y cut reads it after the blocks left of it, which may close another
 * story's text. The blocks read right before it that stand left of it (within twelve body ems, or
 * past blank space where the first of them stands further off) and
 * beside it (overlapping its height) are its story's first: it moves before them, a vertical byline
 * among them right after it; a byline right over that text and a bold label set vertically left of it are
 * its story's too, the label staying before the headline, and they open the story: blocks read before them
 * (another story's last column) stay where they are. A column further off is its story's where it stands in one row with
 * the first taken (top level, as wide, a gutter apart); a bold line over the byline stays before the headline too. Columns in one row are compared by their text's tops (past a short line run in over the first: its byline's role), their widths within a character and a half. A column in one row with the column read before it, its top not level with the text taken nearest the headline, is another story's: the walk stops there. A byline signing off under the story's last column, below the headline's foot, read right before it, stays at the end of the text. A vertical headline with text right beside it, starting level with it, heads that text instead. Blocks in type under `head` times the body size `body` stay. Pure.
 */
export function verticalHeadsFirst(blocks: LayoutBlock[], body: number, head = 1.2): LayoutBlock[] {
	const out = [...blocks];
	for (let i = 0; i < out.length; i++) {
		const h = out[i];
		if (!isVertical(h) || h.size < body * head) continue;
		// Text right beside it, starting level with it, is its story's (a vertical headline set left of its text).
		const textRight = (b: LayoutBlock) =>
			b.size < body * head &&
			b.lines.length >= 3 &&
			// (Not a label set vertically beside it, `评论员观察`: single characters one under another.)
			!isVertical(b) &&
			b.x >= right(h) - 1 &&
			b.x - right(h) < body * 3 &&
			Math.abs(b.y - h.y) < body * 3;
		if (blocks.some(textRight)) continue;
		// Within twelve ems of it; or, where the block read right before it stands further off (a
		// headline set at its frame's right edge, past blank space), with nothing between it and the
		// headline but blocks already taken.
		const clear = (b: LayoutBlock, taken: LayoutBlock[]) =>
			!blocks.some(
				(o) =>
					o !== h &&
					o !== b &&
					!taken.includes(o) &&
					o.x >= right(b) - 1 &&
					right(o) <= h.x + 1 &&
					Math.min(bottom(o), bottom(h)) - Math.max(o.y, h.y) > 0,
			);
		const near = (b: LayoutBlock) => h.x - right(b) < body * 12;
		const nearFirst = i > 0 && near(out[i - 1]);
		// Or, further off, the column before the first taken in one row with it: its top level, as wide, a gutter apart.
		const row = (b: LayoutBlock, taken: LayoutBlock[]) =>
			taken.length > 0 &&
			b.lines.length >= 3 &&
			Math.abs(textTop(b) - textTop(taken[0])) < body / 2 &&
			Math.abs(b.width - taken[0].width) < body * 1.5 &&
			taken[0].x - right(b) > 0 &&
			taken[0].x - right(b) < body * 3;
		const beside = (b: LayoutBlock, taken: LayoutBlock[]) =>
			b.size < body * head &&
			right(b) <= h.x + h.size &&
			(near(b) || (!nearFirst && clear(b, taken)) || row(b, taken)) &&
			b.y < bottom(h) &&
			bottom(b) > h.y;
		// Or, once the story's text is taken, a line or two right over it at its left edge (its byline),
		// and the column's label set vertically just left of those.
		const over = (b: LayoutBlock, first: LayoutBlock) =>
			b.size < body * head &&
			b.lines.length <= 2 &&
			!isVertical(b) &&
			Math.abs(b.x - first.x) < 1 &&
			first.y - bottom(b) > -1 &&
			first.y - bottom(b) < body * 2;
		const label = (b: LayoutBlock, first: LayoutBlock) =>
			b.size < body * head &&
			isVertical(b) &&
			b.bold &&
			first.x - right(b) > -1 &&
			first.x - right(b) < body * 3 &&
			Math.abs(b.y - first.y) < body * 2;
		// The story's byline over its text, or its label set vertically, opens it: what was read before them is another story's.
		const opens = (b: LayoutBlock, first: LayoutBlock) =>
			label(b, first) || (over(b, first) && !b.bold && bylineText(b) !== undefined);
		// A byline read right before it, under the foot of the block before that (signing off the story's
		// last column, below the headline's foot), stays at the end of the story's text.
		const end = i >= 2 && signsOffUnder(out[i - 1], out[i - 2], h, body) ? i - 1 : i;
		let j = end;
		// A column set in one row with the column read before it (their tops level, a gutter apart), its top not
		// level with the text taken nearest the headline: the row is another story's, reaching on left of it.
		const rowGoesOn = (k: number) => {
			const nearest = out
				.slice(k + 1, end)
				.filter((b) => b.lines.length >= 3 && !isVertical(b))
				.sort((a, b) => right(b) - right(a))[0];
			return (
				k > 0 &&
				nearest !== undefined &&
				levelRow(out[k - 1], out[k], body) &&
				Math.abs(out[k].y - nearest.y) >= body / 2
			);
		};
		while (
			j > 0 &&
			beside(out[j - 1], out.slice(j, end)) &&
			!(j < end && opens(out[j - 1], out[j])) &&
			!rowGoesOn(j - 1)
		)
			j--;
		if (j === end) continue;
		const text = j;
		while (j > 0 && (over(out[j - 1], out[j]) || label(out[j - 1], out[j]))) j--;
		const run = out.slice(j, end);
		const signOff = out.slice(end, i);
		// A label set vertically stays before the headline, as does a bold line over the byline (`■热点辣评`);
		// a byline set vertically comes right after it.
		const labels = run.filter((b, k) => b.bold && (isVertical(b) || j + k < text));
		const bylines = run.filter((b) => isVertical(b) && !b.bold);
		out.splice(
			j,
			i - j + 1,
			...labels,
			h,
			...bylines,
			...run.filter((b) => !bylines.includes(b) && !labels.includes(b)),
			...signOff,
		);
	}
	return out;
}

/**
 * Whether `byline` (a line or two reading as a byline, not set vertically) stands right under the
 * foot of `last`, within two body lines and across it, wholly below the vertical headline `h`: the
 * signature closing the story's last column, read between that column and the headline.
 */
function signsOffUnder(byline: LayoutBlock, last: LayoutBlock, h: LayoutBlock, body: number): boolean {
	return (
		byline.lines.length <= 2 &&
		!isVertical(byline) &&
		bylineText(byline) !== undefined &&
		byline.y >= bottom(h) &&
		byline.y - bottom(last) > -1 &&
		byline.y - bottom(last) < body * 2 &&
		Math.min(right(byline), right(last)) - Math.max(byline.x, last.x) > 0
	);
}

/**
 * Whether `b` stands in one row with `a`, the column left of it: both three lines or more, their tops level
 * (within half a body line), a gutter apart (under three body ems).
 */
function levelRow(a: LayoutBlock, b: LayoutBlock, body: number): boolean {
	return (
		a.lines.length >= 3 &&
		b.lines.length >= 3 &&
		!isVertical(a) &&
		Math.abs(a.y - b.y) < body / 2 &&
		b.x - right(a) > 0 &&
		b.x - right(a) < body * 3
	);
}

/**
 * The top of a column's text: its first line's, or, where that line stands short (under half the
 * column's width: a name or a role run in over the text, `本报评论员`, not a paragraph's last line run on from
 * the column before, `年增加。`), the second line's.
 */
function textTop(b: LayoutBlock): number {
	const [first, second] = b.lines;
	const lead = first.width < b.width / 2 && !/[，。！？；：”’）…]\s*$/u.test(first.text);
	return second !== undefined && b.lines.length >= 3 && lead ? second.y : b.y;
}
