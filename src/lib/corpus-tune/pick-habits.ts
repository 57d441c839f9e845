import type { Rng } from '../bench/prng.ts';
import type { TextHabits } from './tune-model.ts';

/**
 * The habits of the tool that dumped a page's text, drawn per page: how it wraps, where it puts
 * headlines and labels relative to bodies, how it marks paragraphs, what junk it leaves.
 */

/** Habits for one page; picture pages and literary pages wrap narrower, as their columns are. */
export function pickHabits(rng: Rng, type: string): TextHabits {
	const narrow = type === 'culture' || type === 'pictures';
	const width = rng.chance(0.15) ? 0 : rng.int(narrow ? 11 : 13, narrow ? 18 : 26);
	return {
		width,
		columnLines: width === 0 || rng.chance(0.25) ? 0 : rng.int(18, 60),
		paragraphs: rng.pick(['blank', 'blank', 'blank', 'indent-ideographic', 'indent-spaces', 'blank-indent', 'none']),
		heads: rng.pick(['before', 'after', 'after', 'stacked', 'mixed', 'mixed']),
		labels: rng.pick(['before', 'after-head', 'after-body']),
		furnitureAt: rng.pick(['top', 'top', 'bottom', 'split']),
		junk: rng.chance(0.3),
		crlf: rng.chance(0.1),
		digitSpaces: rng.chance(0.35),
		letterSpacedHeads: rng.chance(0.15),
	};
}
