import type { Rng } from '../bench/prng.ts';
import { photoCredit } from './compose-byline.ts';
import { photoLabels } from './features.ts';
import { fillSlots, type SlotContext } from './fill-slots.ts';
import { composed, sample } from './item-parts.ts';
import type { Topic } from './topics.ts';
import type { ComposedItem, GoldItem } from './types.ts';

function photo(rng: Rng, title: string | null, caption: string, group?: number): ComposedItem {
	const { credit, authors, breakAt } = photoCredit(rng);
	const gold: GoldItem = { kind: 'photo', headline: title, authors, credit, paragraphs: [caption] };
	return composed(gold, 'photo', {
		group,
		creditLines: breakAt > 0 ? [credit.slice(0, breakAt), credit.slice(breakAt)] : [credit],
	});
}

/** One photo with its title (or none), caption and credit. */
export function composePhoto(rng: Rng, topic: Topic, context: SlotContext, titled: boolean): ComposedItem {
	const [title, caption] = rng.pick(topic.photos);
	return photo(rng, titled ? title : null, fillSlots(caption, context, rng));
}

/** The photo of a story, captioned 图为… under it, untitled. */
export function composeStoryPhoto(rng: Rng, topic: Topic, context: SlotContext): ComposedItem {
	const [, caption] = rng.pick(topic.photos);
	return photo(rng, null, '图为' + fillSlots(caption, context, rng).replace(/^近日，/, ''));
}

/** A group of photos 图① … 图④, each its own item, sharing a label printed once. */
export function composePhotoGroup(
	rng: Rng,
	pool: readonly Topic[],
	context: SlotContext,
	group: number,
): ComposedItem[] {
	const label = rng.chance(0.7) ? rng.pick(photoLabels) : undefined;
	const labelMark = rng.pick(['', '■', '【】'] as const);
	const chosen = sample(
		rng,
		pool.flatMap((t) => t.photos),
		rng.int(2, 4),
	);
	return chosen.map(([, caption], i) => {
		const item = photo(rng, null, `图${'①②③④'[i]}：${fillSlots(caption, context, rng)}`, group);
		if (label) item.gold.section = label;
		return { ...item, labelMark, labelPrinted: i === 0 };
	});
}
