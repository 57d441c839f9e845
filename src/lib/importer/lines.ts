import { displayWidth } from './display-width.ts';

/** One line of a dump, trimmed, with its 1-based line number and its printed width. */
export interface Line {
	number: number;
	text: string;
	width: number;
	/** The line was set in from the left (two or more spaces or an ideographic space): a paragraph's first line. */
	indented?: boolean;
	/** The line opens a body set in a column of another width than the text printed before it (extraction-order.ts). */
	opensBody?: boolean;
	/** The extraction order read the line as a head over a paragraph's first line (extraction-order.ts). */
	head?: boolean;
	/** The line is the head printed under a column label, however wide (extraction-order.ts), or, in a text dump, whatever pause it holds (a signed head under a label block, classify.ts). */
	underLabel?: boolean;
	/** The line joins a vertical line of print that the dump gave one character a line (vertical-lines.ts): a head, never running text. */
	vertical?: boolean;
	/** A vertical credit whose glyphs the extraction gave out of order, piled on one spot where its picture's edge starts, and read in order again (vertical-lines.ts). */
	piled?: boolean;
	/** A short vertical line right above a line set across, in a text dump: a column's name beside its head (vertical-lines.ts). */
	sideLabel?: boolean;
	/** In an extraction, the line stands below the page's first body (classify.ts): a kicker there stands a blank line over its headline, never tight (head-roles.ts). */
	belowFirstBody?: boolean;
	/** The characters of the line's text before an ideographic space inside it (`标题　正文…`), if any. */
	runIn?: number;
	/** How far the line was set in from the left, in em (an ideographic space one, an ASCII space a half), when it was. */
	indent?: number;
}

// A paragraph indent as text dumps keep it: an ideographic space, or two or more spaces.
const INDENT = /^(?:\u3000|[ \t]{2,})/;
// An ideographic space inside a line, after its first word (`标题　正文…`, a brief's run-in head).
const RUN_IN = /^[\s\u3000]*([^\s\u3000]+)\u3000+(?=\S)/;

/**
 * Splits normalised text into numbered lines. Leading and trailing whitespace (including the
 * ideographic space U+3000 used for indents) is dropped; runs of inner whitespace become one
 * space, which is how Latin words and numbers keep one space where the text had one.
 * @example toLines('a\n  b  c ')[1] // { number: 2, text: 'b c', width: 1.5, indented: true }
 */
export function toLines(text: string): Line[] {
	return text.split('\n').map((raw, index) => {
		// Speed: most lines hold no space at all (\s holds U+3000), and are kept as they are.
		const clean = /\s/.test(raw) ? raw.replace(/[\s\u3000]+/g, ' ').trim() : raw;
		const line: Line = { number: index + 1, text: unspaced(clean), width: displayWidth(clean) };
		if (clean !== '' && INDENT.test(raw)) {
			line.indented = true;
			// Speed: the spaces before the text are what trimStart drops (the same set as \s), read with no pattern.
			line.indent = displayWidth(raw.slice(0, raw.length - raw.trimStart().length));
		}
		const runIn = raw.includes('\u3000') ? RUN_IN.exec(raw) : null;
		if (runIn && line.text === clean) line.runIn = runIn[1].length;
		return line;
	});
}

/**
 * A line's text with the spaces taken out that text extraction put after nearly every character
 * of a justified line (`本 报 鄂 尔 多 斯 10 月 22 日 电`): at least five spaces (four between five
 * single Han characters, `本 报 评 论 员`), none with a word of two Han characters beside it, and at least four in five of the words one character
 * long or a number. A space between two Latin words or numbers stays. The width stays that of
 * the printed line, which the spaces stretched to its column.
 * @example unspaced('本 报 鄂 尔 多 斯 10 月 22 日 电') // '本报鄂尔多斯10月22日电'
 */
export function unspaced(text: string): string {
	// Most lines hold no space, and a line of fewer than five words is left as it is.
	if (!text.includes(' ')) return text;
	const words = text.split(' ');
	// Five single Han characters spread over a line are one word set wide (`本 报 评 论 员`), not
	// names and a credit's role (`王 芳 李 明 摄`).
	const spread = words.length === 5 && words.every((w) => /^\p{Script=Han}$/u.test(w)) && !/[摄文图]$/u.test(text);
	if ((words.length < 6 && !spread) || words.some((w) => /\p{Script=Han}{2}/u.test(w))) return text;
	const single = words.filter((w) => [...w].length === 1 || /^[0-9A-Za-z.%]+$/.test(w)).length;
	if (single * 5 < words.length * 4) return text;
	return text.replace(/ /g, (space, at: number) =>
		/[0-9A-Za-z]/.test(text[at - 1]) && /[0-9A-Za-z]/.test(text[at + 1]) ? space : '',
	);
}
