import type { Line } from './lines.ts';

/**
 * Estimates, for every line, the width of the column it was set in: the upper quartile of the
 * widths of nearby body lines. Columns vary across a page (7 to 20+ em) and photo captions run
 * wider, so a page-wide figure would misjudge both; a local one follows the layout.
 * `isBody[i]` says which lines were wrapped (not the last of their block), so short lines that
 * end paragraphs, headlines and bylines do not pull the estimate down.
 */
export function columnWidths(lines: Line[], isBody: boolean[]): number[] {
	const bodyWidths = lines.filter((_, i) => isBody[i]).map((l) => l.width);
	const textWidths = lines.filter((l) => l.text !== '').map((l) => l.width);
	// With no wrapped line at all, the widest line is the best guess at the column.
	const fallback = bodyWidths.length > 0 ? upperQuartile(bodyWidths) : Math.max(0, ...textWidths);
	// A dump that holds its paragraphs unwrapped, one line each (a quarter or more of its lines of
	// 10 em or wider run wider than any column a paper sets), has no column to fill: its few wrapped
	// blocks are head blocks. A block of five lines or more (a poem's stanza, a wrapped column) says
	// the dump is wrapped.
	const long = textWidths.filter((w) => w >= 10);
	if (long.length > 0 && long.filter((w) => w > UNWRAPPED).length * 4 >= long.length && longestRun(isBody) < 4) {
		const widest = Math.max(0, ...textWidths);
		return lines.map(() => widest);
	}
	// The body widths within the first radius of the line, kept sorted as the window slides down
	// the lines (speed: each line enters and leaves it once, instead of all being sorted again).
	const [radius, wider] = RADII;
	const window = new Float64Array(2 * radius + 1);
	let size = 0;
	const enter = (j: number) => {
		if (j < 0 || j >= lines.length || !isBody[j]) return;
		const width = lines[j].width;
		let at = size++;
		for (; at > 0 && window[at - 1] > width; at--) window[at] = window[at - 1];
		window[at] = width;
	};
	const leave = (j: number) => {
		if (j < 0 || j >= lines.length || !isBody[j]) return;
		let at = window.indexOf(lines[j].width);
		for (size--; at < size; at++) window[at] = window[at + 1];
	};
	for (let j = 0; j < radius; j++) enter(j);
	// One buffer for every line's nearby widths, kept sorted as they come (at most 31 of them).
	const near = new Float64Array(31);
	return lines.map((_, i) => {
		leave(i - radius - 1);
		enter(i + radius);
		if (size >= 3) return window[Math.min(size - 1, Math.floor(size * 0.75))];
		// Fewer than three: the wider radius.
		let count = 0;
		for (let j = Math.max(0, i - wider); j <= Math.min(lines.length - 1, i + wider); j++) {
			if (!isBody[j]) continue;
			const width = lines[j].width;
			let at = count++;
			for (; at > 0 && near[at - 1] > width; at--) near[at] = near[at - 1];
			near[at] = width;
		}
		return count >= 3 ? near[Math.min(count - 1, Math.floor(count * 0.75))] : fallback;
	});
}

// How far (in lines) to look for a line's column: near first, wider where few body lines stand near.
const RADII = [6, 15];

/**
 * True when a line fills its column: it was wrapped by the typesetter, not ended by the writer.
 * The tolerance allows for squeezed punctuation and half-width digits; a paragraph's first line
 * (`opening`) is set two em in, as Chinese paragraphs are indented.
 * @example isFull({ width: 18 } as Line, 20) // true
 */
export function isFull(line: Line, column: number, opening = false): boolean {
	return line.width >= column - Math.max(1.5, column * 0.1) - (opening ? INDENT : 0);
}

/**
 * True when a line runs wider than its column (beyond one hanging punctuation mark): no body
 * line does, so it was set in a wider frame, as a headline over a narrow column is.
 * @example isWide({ width: 13 } as Line, 8) // true
 */
export function isWide(line: Line, column: number): boolean {
	// A body line may hang one punctuation mark past the column; nothing else.
	const hanging = /[，。、；：！？”’）》,.;:!?]$/u.test(line.text) ? 1 : 0;
	return column > 0 && line.width - hanging > column + 0.5;
}

/** The indent of a paragraph's first line, in em. */
export const INDENT = 2;

// Wider than any column a paper sets (7 to 20-odd em, 30 at most across a photo): a paragraph
// the dump never wrapped.
const UNWRAPPED = 36;

/** The most `true` values in a row. */
function longestRun(flags: boolean[]): number {
	let run = 0;
	let longest = 0;
	for (const flag of flags) {
		run = flag ? run + 1 : 0;
		longest = Math.max(longest, run);
	}
	return longest;
}

function upperQuartile(values: number[]): number {
	if (values.length === 0) return 0;
	// Speed: a typed array sorts numbers with no comparator called.
	const sorted = Float64Array.from(values).sort();
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.75))];
}
