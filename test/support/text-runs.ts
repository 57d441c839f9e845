import type { Box, PdfPageContent, TextRun } from '../../src/lib/pdf-import/page-types.ts';

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

/** `n` numbered lines of text from line `from`: `第{from}行` and `rest` after it. */
export function numbered(n: number, from: number, rest = '正文写在这里。'): string[] {
	return Array.from({ length: n }, (_, i) => `第${from + i}行${rest}`);
}

/** A broadsheet-sized page (900 × 1200 pt) holding the runs, rules and pictures. */
export function page(runs: TextRun[], rules: Box[] = [], pictures: Box[] = []): PdfPageContent {
	return { width: 900, height: 1200, runs, pictures, rules };
}

/** A small page (400 × 400 pt unless given) of photos: the runs and pictures, no rules. */
export function photoPage(runs: TextRun[], pictures: Box[], width = 400, height = 400): PdfPageContent {
	return { width, height, runs, pictures, rules: [] };
}
