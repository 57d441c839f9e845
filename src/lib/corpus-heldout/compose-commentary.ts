import type { Rng } from '../bench/prng.ts';
import { commentaryAttribution } from './compose-byline.ts';
import { commentaryHeadlines, commentaryLabels, commentarySentences } from './features.ts';
import type { SlotContext } from './fill-slots.ts';
import { composed, composeParagraphs, printedHeadline } from './item-parts.ts';
import type { ComposedItem, GoldItem } from './types.ts';

/** A commentary under a column label, signed ◎name, by the paper's commentator, or with a unit. */
export function composeCommentary(rng: Rng, context: SlotContext, topicSentences: readonly string[]): ComposedItem {
	const attribution = commentaryAttribution(rng, context);
	const pool = [...commentarySentences, ...topicSentences.slice(0, 6)];
	const headline = rng.pick(commentaryHeadlines);
	const gold: GoldItem = {
		kind: 'commentary',
		headline,
		authors: attribution.authors,
		paragraphs: composeParagraphs(rng, pool, context, rng.int(3, 6), 3),
	};
	if (attribution.byline) gold.byline = attribution.byline;
	if (rng.chance(0.85)) gold.section = rng.pick(commentaryLabels);
	const plainName = attribution.authors.length === 1 && attribution.byline === attribution.authors[0];
	return composed(gold, 'commentary', {
		headlineLines: printedHeadline(rng, headline, 0.45),
		bylineMark: plainName && rng.chance(0.7) ? '◎' : '',
		labelMark: rng.pick(['■', '■', '【】', ''] as const),
	});
}
