import type { Rng } from '../bench/prng.ts';
import { briefLabels } from './features.ts';
import { fillSlots, peopleIn, type SlotContext } from './fill-slots.ts';
import { composed, sample } from './item-parts.ts';
import { topics } from './topics.ts';
import type { ComposedItem } from './types.ts';

/** A run of two to four briefs (●headline, then 本报讯 …) under one label printed once. */
export function composeBriefs(rng: Rng, newContext: () => SlotContext, group: number): ComposedItem[] {
	const all = topics.flatMap((t) => t.briefs);
	const label = rng.chance(0.8) ? rng.pick(briefLabels) : undefined;
	const labelMark = rng.pick(['', '■', '【】'] as const);
	return sample(rng, all, rng.int(2, 4)).map(([headline, body], i) => {
		const context = newContext();
		const gold = {
			kind: 'article' as const,
			headline: fillSlots(headline, context, rng),
			authors: peopleIn(body, context),
			paragraphs: [fillSlots(body, context, rng)],
			...(label ? { section: label } : {}),
		};
		return composed(gold, 'brief', { group, labelMark, labelPrinted: i === 0 });
	});
}
