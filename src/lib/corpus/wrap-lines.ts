import { displayWidth } from '../importer/display-width.ts';

// Chinese typesetting keeps closing punctuation off the start of a line and opening
// punctuation off its end (避头尾), and never breaks inside a number or a Latin word: such a
// unit stays whole, and its line runs a little over the column.
const UNIT = /[“‘（《「『【]*(?:[A-Za-z0-9.%]+|\P{M})[，。、；：！？”’）》」』…—]*/gu;
const CLOSING = /[，。、；：！？”’）》」』…—]+$/u;

/**
 * Hard-wraps a paragraph at a column width in em, as a typeset column does: full-width
 * characters count 1, ASCII 0.5, closing punctuation hangs past the column, and numbers and
 * opening punctuation follow the rules above.
 * @example wrapLines('一二三四五，六', 5) // ['一二三四五，', '六']
 */
export function wrapLines(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const [unit] of text.matchAll(UNIT)) {
		if (line !== '' && displayWidth(line + unit.replace(CLOSING, '')) > width) {
			lines.push(line);
			line = '';
		}
		line += unit;
	}
	if (line !== '') lines.push(line);
	return lines;
}
