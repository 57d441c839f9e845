import type { Unit } from './classify.ts';
import type { Line } from './lines.ts';

type Paragraph = Extract<Unit, { kind: 'paragraph' }>;

// How much wider or narrower, in em, another item's column runs: justified text with squeezed
// punctuation makes one column's lines differ by 2 em in a dump.
const OTHER_COLUMN = 3;

/**
 * Whether a paragraph, after a blank line, is set to a column clearly wider or narrower than the
 * paragraph before it: both wrap over two full lines or more (their lines before the last), and
 * the widths those lines run to differ by 3 em or more. One item is wrapped to one width.
 * @example otherColumn(narrow, wide) // true when wide's lines run 3 em or more past narrow's
 */
export function otherColumn(before: Paragraph | undefined, after: Paragraph): boolean {
	if (!before || after.lines[0].number <= (before.lines.at(-1) as Line).number + 1) return false;
	const a = setWidth(before);
	const b = setWidth(after);
	return a !== undefined && b !== undefined && Math.abs(a - b) >= OTHER_COLUMN;
}

/** The width a paragraph's wrapped lines run to (the median of all but its last), when it has two or more. */
function setWidth(paragraph: Paragraph): number | undefined {
	const widths = paragraph.lines
		.slice(0, -1)
		.map((line) => line.width)
		.sort((x, y) => x - y);
	return widths.length >= 2 ? widths[Math.floor(widths.length / 2)] : undefined;
}
