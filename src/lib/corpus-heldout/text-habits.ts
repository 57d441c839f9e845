import type { Rng } from '../bench/prng.ts';

/** One dump's printing and extraction habits; every page draws its own. */
export interface TextHabits {
	/** Items from the top of the page down, or from the bottom up. */
	order: 'top-down' | 'bottom-up';
	/** Where heads stand: before their bodies, after them, or either. */
	heads: 'before' | 'after' | 'mixed';
	/** Chance that two heads are stacked before their two bodies. */
	stacked: number;
	/** Blank lines between paragraphs. */
	blankParagraphs: 'always' | 'never' | 'mixed';
	/** Paragraphs' first lines indented by two ideographic spaces. */
	indent: boolean;
	/** Lines in a column; a blank line falls at each column break. */
	columnLines: number;
	/** Chance that a line carries junk glyphs. */
	junk: number;
	/** Chance that a Han character and a number get a space between them. */
	hanDigitSpace: number;
	/** Where labels stand. */
	labels: 'before' | 'after' | 'mixed';
	/** Where the page furniture is. */
	furniture: 'top' | 'bottom' | 'both' | 'none';
	/** Chance that a caption's last line carries the credit. */
	creditSameLine: number;
}

/** Draws the habits of one dump. */
export function drawTextHabits(rng: Rng): TextHabits {
	return {
		order: rng.chance(0.3) ? 'bottom-up' : 'top-down',
		heads: rng.pick(['before', 'after', 'mixed', 'mixed'] as const),
		stacked: rng.pick([0, 0, 0.3, 0.6]),
		blankParagraphs: rng.pick(['always', 'always', 'never', 'mixed'] as const),
		indent: rng.chance(0.25),
		columnLines: rng.int(14, 48),
		junk: rng.pick([0, 0, 0.01, 0.04]),
		hanDigitSpace: rng.pick([0, 0, 0.15, 0.5]),
		labels: rng.pick(['before', 'after', 'mixed'] as const),
		furniture: rng.pick(['top', 'bottom', 'both', 'none'] as const),
		creditSameLine: rng.pick([0, 0.5, 1]),
	};
}
