import { HUNG, type LayoutLine } from './layout-lines.ts';
import { bottom, right, union, type Box } from './page-types.ts';

/** Lines set one under another in one column, in one size and weight: a run of paragraphs, a headline, a caption. */
export interface LayoutBlock extends Box {
	lines: LayoutLine[];
	size: number;
	bold: boolean;
}

/**
 * Groups lines into blocks: a line joins the block whose last line stands right above it (its
 * baseline at most a fifth further down than the page's usual line pitch for that size, or half a
 * line of gap where there is none, an em between bold lines: a heading's lines are set with more leading), in the same size and weight, starting at the block's left edge
 * or indented by up to three em (or centred under it, within an em, or flush right under a block of one
 * line: a credit wrapping once), and overlapping it horizontally (or, a paragraph's first line indented an em
 * to two and a half, starting past the end of a last line shorter than the indent: `了。`). Everything else opens a block.
 */
export function toLayoutBlocks(lines: LayoutLine[]): LayoutBlock[] {
	const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
	const pitches = linePitches(sorted);
	// A size set in too few lines to show its pitch is set with the page's leading: that of the size most lines show.
	const leading = pageLeading(pitches);
	const blocks: LayoutBlock[] = [];
	for (const line of sorted) {
		const pitch = pitches.get(sizeKey(line.size))?.pitch ?? (leading && line.size * leading);
		const block = blocks.find((b) => {
			const last = b.lines.at(-1)!;
			const gap = line.y - bottom(last);
			return (
				Math.abs(b.size - line.size) < 0.5 &&
				b.bold === line.bold &&
				gap > -line.size / 3 &&
				(gap < line.size * (line.bold ? 1 : 0.6) ||
					(pitch !== undefined && bottom(line) - bottom(last) <= pitch * 1.2) ||
					// Lines of a character or two stacked flush left in a narrow column (a credit set up a
					// photo's edge at the line pitch of the caption beside it): up to an em apart.
					(narrow(line) && narrow(last) && Math.abs(line.x - last.x) < line.size / 3 && gap < line.size)) &&
				((line.x > b.x - line.size * 3.2 && line.x < b.x + line.size * 3.2) ||
					// A headline's lines set centred.
					Math.abs(line.x + line.width / 2 - (b.x + b.width / 2)) < line.size ||
					// A line set flush right (a credit, a signature) wrapping once.
					(b.lines.length === 1 && Math.abs(right(line) - right(last)) < line.size / 2 && line.width <= last.width)) &&
				(overlap(b, line) > Math.min(line.size, line.width) / 2 ||
					// A paragraph's first line indented (an em to two and a half) under a last line shorter than the indent (`了。`).
					(!line.bold &&
						last.x - b.x < 0.5 &&
						line.x - b.x >= line.size * 0.8 &&
						line.x - b.x <= line.size * 2.5 &&
						right(last) <= line.x + 1))
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

/**
 * The usual line pitch (baseline to baseline) of each type size on a page: the most common
 * distance from a line to the nearest line of its size right under it in its column, up to
 * two and a half lines. Sizes set in single lines have none.
 */
function linePitches(sorted: LayoutLine[]): Map<number, { pitch: number; n: number }> {
	const counts = new Map<number, Map<number, number>>();
	sorted.forEach((line, i) => {
		for (let j = i + 1; j < sorted.length && sorted[j].y - line.y <= line.size * 2.5; j++) {
			const next = sorted[j];
			if (
				Math.abs(next.size - line.size) >= 0.5 ||
				next.y <= line.y + line.size / 2 ||
				overlap(line, next) <= line.size
			)
				continue;
			const key = sizeKey(line.size);
			const pitch = Math.round((bottom(next) - bottom(line)) * 2) / 2;
			const byPitch = counts.get(key) ?? new Map<number, number>();
			byPitch.set(pitch, (byPitch.get(pitch) ?? 0) + 1);
			counts.set(key, byPitch);
			break;
		}
	});
	const pitches = new Map<number, { pitch: number; n: number }>();
	for (const [key, byPitch] of counts) {
		const [pitch, n] = [...byPitch].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
		if (n >= 3) pitches.set(key, { pitch, n });
	}
	return pitches;
}

/** The page's leading: the line pitch of the size most lines show it in, over that size (undefined on a page of single lines). */
function pageLeading(pitches: Map<number, { pitch: number; n: number }>): number | undefined {
	const [size, most] = [...pitches].sort((a, b) => b[1].n - a[1].n)[0] ?? [];
	return most && most.pitch / size;
}

/** A line of a character or two (at most two and a half ems wide). */
function narrow(line: LayoutLine): boolean {
	return line.width <= line.size * 2.5;
}

function sizeKey(size: number): number {
	return Math.round(size * 2) / 2;
}

function overlap(a: Box, b: Box): number {
	return Math.min(right(a), right(b)) - Math.max(a.x, b.x);
}

/**
 * A block's box as wide as its column: a line whose closing mark hangs past the column's edge into
 * the gutter (`…回来了。` an em past the right edge other lines of the block end at) counts up to
 * that edge, so the gutter stays clear for the reading order. Undefined where no line hangs.
 */
export function unhungBox(block: LayoutBlock): Box | undefined {
	if (block.lines.length < 2) return undefined;
	const hangs = (line: LayoutLine) =>
		HUNG.test(line.text) &&
		block.lines.some((o) => o !== line && Math.abs(right(o) - (right(line) - line.size)) < line.size / 4);
	const edge = Math.max(...block.lines.map((line) => right(line) - (hangs(line) ? line.size : 0)));
	return edge < right(block) - 0.5
		? { x: block.x, y: block.y, width: edge - block.x, height: block.height }
		: undefined;
}
