/**
 * How one page's text dump comes out of the typesetting system: wrap width, blank lines, indents,
 * where heads and labels land in the stream, column breaks and junk glyphs. Drawn per page, and
 * named as `text:` traits.
 */
import type { Rng } from '../bench/prng.ts';

/** One page's dump habits. */
export interface DumpHabits {
	/** Characters a line (an ASCII character counts half), or null: a paragraph a line. */
	width: number | null;
	/** Blank lines: between every block and paragraph, between items only, none, or two between items. */
	blank: 'para' | 'items' | 'none' | 'double';
	/** What starts a paragraph's first line. */
	indent: '' | '\u3000\u3000' | '  ';
	/** The chance that an item's head block follows its body. */
	headAfter: number;
	/** The chance that two neighbouring items' heads are stacked before both bodies. */
	stack: number;
	/** The section label follows the headline instead of leading the head block. */
	labelAfter: boolean;
	/** The chance that a paragraph is cut by a column break (a blank line in mid-sentence). */
	columnBreak: number;
	/** Private-use glyphs after some headlines, and a line of them at the end. */
	junk: boolean;
	/** Where the header, date line and 本版责编 go. */
	furnitureAt: 'top' | 'bottom' | 'split';
	/** The chance that a long headline is wrapped over two lines. */
	wrappedHeadline: number;
	crlf: boolean;
}

/** Draws a page's habits. */
export function drawHabits(rng: Rng): DumpHabits {
	return {
		width: rng.chance(0.15) ? null : rng.pick([8, 11, 13, 14, 16, 18, 21, 24, 30, 38]),
		blank: rng.pick(['para', 'para', 'items', 'none', 'double']),
		indent: rng.pick(['', '', '\u3000\u3000', '  ']),
		headAfter: rng.pick([0, 0, 0.3, 0.8]),
		stack: rng.pick([0, 0, 0.25]),
		labelAfter: rng.chance(0.3),
		columnBreak: rng.pick([0, 0.1, 0.25]),
		junk: rng.chance(0.3),
		furnitureAt: rng.pick(['top', 'top', 'bottom', 'split']),
		wrappedHeadline: rng.pick([0, 0.3]),
		crlf: rng.chance(0.08),
	};
}

/** The `text:` traits the habits show. */
export function habitTraits(h: DumpHabits): string[] {
	const traits: string[] = [];
	if (h.width === null) traits.push('text:unwrapped');
	else traits.push(h.width <= 11 ? 'text:wrap-narrow' : h.width <= 22 ? 'text:wrap-medium' : 'text:wrap-wide');
	if (h.blank === 'none') traits.push('text:no-blank-lines-at-all');
	if (h.blank === 'items') traits.push('text:no-blank-lines');
	if (h.indent) traits.push(h.indent === '  ' ? 'text:indent-ascii' : 'text:indent');
	if (h.labelAfter) traits.push('text:label-after');
	if (h.junk) traits.push('text:junk-glyphs');
	if (h.furnitureAt !== 'top') traits.push('text:header-last');
	if (h.crlf) traits.push('text:crlf');
	return traits;
}
