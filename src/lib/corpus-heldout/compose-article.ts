import type { Rng } from '../bench/prng.ts';
import { articleAttribution } from './compose-byline.ts';
import { articleLabels, editorNotes, intertitles as intertitlePool } from './features.ts';
import { fillSlots, type SlotContext } from './fill-slots.ts';
import { composed, composeParagraphs, printedHeadline, sample } from './item-parts.ts';
import { genericSentences, type Topic } from './topics.ts';
import type { ComposedItem, GoldItem } from './types.ts';

const numberings = [
	(i: number) => `${'一二三四五'[i]}、`,
	(i: number) => `（${'一二三四五'[i]}）`,
	(i: number) => `${i + 1}．`,
	() => '',
	() => '',
];

/** Puts intertitles before runs of paragraphs; returns the new paragraphs and their indices. */
function withIntertitles(rng: Rng, paragraphs: string[]): { paragraphs: string[]; intertitles: number[] } {
	const parts = Math.min(rng.int(2, 4), Math.floor(paragraphs.length / 2));
	const titles = sample(rng, intertitlePool, parts);
	const numbering = rng.pick(numberings);
	const lead = rng.chance(0.6) ? 1 : 0;
	const per = Math.max(1, Math.floor((paragraphs.length - lead) / parts));
	const out = paragraphs.slice(0, lead);
	const indices: number[] = [];
	for (let i = 0; i < parts; i++) {
		indices.push(out.length);
		out.push(numbering(i) + titles[i]);
		const end = i === parts - 1 ? paragraphs.length : lead + (i + 1) * per;
		out.push(...paragraphs.slice(lead + i * per, end));
	}
	return { paragraphs: out, intertitles: indices };
}

/** A news article (the page's lead or another story), with the head and box features papers use. */
export function composeArticle(rng: Rng, topic: Topic, context: SlotContext, lead: boolean): ComposedItem {
	const attribution = articleAttribution(rng, context);
	const pool = [...topic.sentences, ...genericSentences.slice(0, rng.int(0, genericSentences.length))];
	let paragraphs = composeParagraphs(rng, pool, context, lead ? rng.int(5, 9) : rng.int(2, 6), 3);
	if (attribution.dateline) paragraphs[0] = attribution.dateline + paragraphs[0];
	let intertitles: number[] = [];
	if (paragraphs.length >= 5 && rng.chance(lead ? 0.5 : 0.25))
		({ paragraphs, intertitles } = withIntertitles(rng, paragraphs));
	const head: string[] = [];
	if (lead && rng.chance(0.2)) {
		head.push('核心阅读', fillSlots(rng.pick(topic.coreReading), context, rng));
		intertitles = [0, ...intertitles.map((i) => i + 2)];
	} else if (rng.chance(lead ? 0.15 : 0.05)) {
		head.push(fillSlots(rng.pick(editorNotes), context, rng), '——编 者');
		intertitles = intertitles.map((i) => i + 2);
	}
	paragraphs = [...head, ...paragraphs];
	const headline = fillSlots(rng.pick(topic.headlines), context, rng);
	const gold: GoldItem = { kind: 'article', headline, authors: attribution.authors, paragraphs };
	if (rng.chance(lead ? 0.6 : 0.25)) gold.kicker = fillSlots(rng.pick(topic.kickers), context, rng);
	if (rng.chance(lead ? 0.4 : 0.12)) gold.subheadline = fillSlots(rng.pick(topic.subheadlines), context, rng);
	if (attribution.byline) gold.byline = attribution.byline;
	if (rng.chance(0.2)) gold.section = rng.pick(articleLabels);
	if (intertitles.length > 0) gold.intertitles = intertitles;
	return composed(gold, lead ? 'lead' : 'story', {
		headlineLines: printedHeadline(rng, headline, lead ? 0.5 : 0.3),
		labelMark: rng.pick(['', '■', '【】'] as const),
	});
}
