import type { Rng } from '../bench/prng.ts';
import { sidebarLabels } from './features.ts';
import { fillSlots, type SlotContext } from './fill-slots.ts';
import { composed } from './item-parts.ts';
import type { Topic } from './topics.ts';
import type { ComposedItem } from './types.ts';

/** A boxed sidebar (链接, 相关阅读 …) set beside a story: a label, a title and a few lines. */
export function composeSidebar(rng: Rng, topic: Topic, context: SlotContext): ComposedItem {
	const [title, paragraphs] = rng.pick(topic.sidebars);
	return composed(
		{
			kind: 'article',
			headline: title,
			authors: [],
			section: rng.pick(sidebarLabels),
			paragraphs: paragraphs.map((p) => fillSlots(p, context, rng)),
		},
		'sidebar',
		{ labelMark: rng.pick(['', '■', '【】'] as const) },
	);
}
