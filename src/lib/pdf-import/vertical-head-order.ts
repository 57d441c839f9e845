import { isVertical } from './block-role.ts';
import type { LayoutBlock } from './layout-blocks.ts';
import { bottom, right } from './page-types.ts';

/**
 * Puts each vertical headline (竖排标题, set right of its story's text) before the text it heads
 * in a reading order: the X-Y cut reads it after the blocks left of it, which may close another
 * story's text. The blocks read right before it that stand left of it (within twelve body ems, or
 * past blank space where the first of them stands further off) and
 * beside it (overlapping its height) are its story's first: it moves before them, a vertical byline
 * among them right after it. A vertical headline with text right beside it, starting level with it, heads that text instead. Blocks in type under `head` times the body size `body` stay. Pure.
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
		const beside = (b: LayoutBlock, taken: LayoutBlock[]) =>
			b.size < body * head &&
			right(b) <= h.x + h.size &&
			(near(b) || (!nearFirst && clear(b, taken))) &&
			b.y < bottom(h) &&
			bottom(b) > h.y;
		let j = i;
		while (j > 0 && beside(out[j - 1], out.slice(j, i))) j--;
		if (j === i) continue;
		const run = out.slice(j, i);
		const bylines = run.filter((b) => isVertical(b));
		out.splice(j, i - j + 1, h, ...bylines, ...run.filter((b) => !bylines.includes(b)));
	}
	return out;
}
