import { displayWidth } from './display-width.ts';

/** One line of a dump, trimmed, with its 1-based line number and its printed width. */
export interface Line {
	number: number;
	text: string;
	width: number;
	/** The line was set in from the left (two or more spaces or an ideographic space): a paragraph's first line. */
	indented?: boolean;
}

// A paragraph indent as text dumps keep it: an ideographic space, or two or more spaces.
const INDENT = /^(?:\u3000|[ \t]{2,})/;

/**
 * Splits normalised text into numbered lines. Leading and trailing whitespace (including the
 * ideographic space U+3000 used for indents) is dropped; runs of inner whitespace become one
 * space, which is how Latin words and numbers keep one space where the text had one.
 * @example toLines('a\n  b  c ')[1] // { number: 2, text: 'b c', width: 1.5, indented: true }
 */
export function toLines(text: string): Line[] {
	return text.split('\n').map((raw, index) => {
		const clean = raw.replace(/[\s\u3000]+/g, ' ').trim();
		const line: Line = { number: index + 1, text: clean, width: displayWidth(clean) };
		if (clean !== '' && INDENT.test(raw)) line.indented = true;
		return line;
	});
}
