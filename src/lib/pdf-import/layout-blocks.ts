import type { LayoutLine } from './layout-lines.ts';
import { bottom, right, union, type Box } from './page-types.ts';

/** Lines set one under another in one column, in one size and weight: a run of paragraphs, a headline, a caption. */
export interface LayoutBlock extends Box {
	lines: LayoutLine[];
	size: number;
	bold: boolean;
}

/**
 * Groups lines into blocks: a line joins the block whose last line stands right above it (a gap
 * under about half a line), in the same size and weight, starting at the block's left edge or
 * indented by up to three em, and overlapping it horizontally. Everything else opens a block.
 */
export function toLayoutBlocks(lines: LayoutLine[]): LayoutBlock[] {
	const blocks: LayoutBlock[] = [];
	for (const line of [...lines].sort((a, b) => a.y - b.y || a.x - b.x)) {
		const block = blocks.find((b) => {
			const last = b.lines.at(-1)!;
			const gap = line.y - bottom(last);
			return (
				Math.abs(b.size - line.size) < 0.5 &&
				b.bold === line.bold &&
				gap > -line.size / 3 &&
				gap < line.size * 0.6 &&
				line.x > b.x - line.size * 3.2 &&
				line.x < b.x + line.size * 3.2 &&
				Math.min(right(b), right(line)) - Math.max(b.x, line.x) > Math.min(line.size, line.width) / 2
			);
		});
		if (block) {
			block.lines.push(line);
			Object.assign(block, union([block, line]));
		} else
			blocks.push({
				x: line.x,
				y: line.y,
				width: line.width,
				height: line.height,
				lines: [line],
				size: line.size,
				bold: line.bold,
			});
	}
	return blocks;
}
