import type { TextRun } from '../../src/lib/pdf-import/page-types.ts';

/** The body type of the hand-made layout fixtures, in points. */
export const BODY = 9;

/** A text run as pdfjs gives it: each character an em wide. */
export function run(text: string, x: number, y: number, size = BODY, bold = false): TextRun {
	return { text, x, y, width: [...text].length * size, height: size, size, bold };
}

/** A column of body lines from (x, y), a line every 1.5 em; a leading '>' marks an indented first line. */
export function column(lines: string[], x: number, y: number, size = BODY): TextRun[] {
	return lines.map((line, i) =>
		line.startsWith('>')
			? run(line.slice(1), x + 2 * size, y + i * size * 1.5, size)
			: run(line, x, y + i * size * 1.5, size),
	);
}
