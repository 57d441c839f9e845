import type { Rng } from '../bench/prng.ts';
import { fillSlots, type SlotContext } from './fill-slots.ts';
import { drawPlaces, personName } from './names.ts';
import type { ComposedItem, GoldItem, Role } from './types.ts';

/** A fresh context for one item: its own places, people and numbers, dated from the page. */
export function newContext(rng: Rng, month: number, day: number): SlotContext {
	const people = new Set<string>();
	while (people.size < 3) people.add(personName(rng));
	const [甲, 乙, 丙] = [...people];
	return { places: drawPlaces(rng), people: { 甲, 乙, 丙 }, n1: rng.int(6, 90), n2: rng.int(12, 600), month, day };
}

/** Draws `count` distinct entries of a list in random order (fewer if the list is shorter). */
export function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
	const pool = [...list];
	const out: T[] = [];
	while (out.length < count && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
	return out;
}

/** Paragraphs of one to `most` sentences each, drawn without repeats from the pools. */
export function composeParagraphs(
	rng: Rng,
	pool: readonly string[],
	context: SlotContext,
	count: number,
	most: number,
): string[] {
	const sentences = sample(rng, pool, count * most);
	const paragraphs: string[] = [];
	for (let i = 0; i < count && sentences.length > 0; i++) {
		const take = Math.min(sentences.length, rng.int(1, most));
		paragraphs.push(
			sentences
				.splice(0, take)
				.map((s) => fillSlots(s, context, rng))
				.join(''),
		);
	}
	return paragraphs;
}

/** A headline as printed: on one line, or broken over two at a space or after a comma or a run. */
export function printedHeadline(rng: Rng, headline: string, wrapChance: number): string[] {
	if (headline.length < 7 || !rng.chance(wrapChance)) return [headline];
	const space = headline.indexOf(' ');
	if (space > 0) return [headline.slice(0, space + 1), headline.slice(space + 1)];
	const comma = headline.indexOf('，');
	const at = comma > 0 && comma < headline.length - 2 ? comma + 1 : rng.int(3, headline.length - 3);
	return [headline.slice(0, at), headline.slice(at)];
}

/** Wraps a gold item with its printing choices. */
export function composed(gold: GoldItem, role: Role, extra: Partial<ComposedItem> = {}): ComposedItem {
	return {
		gold,
		role,
		bylineMark: '',
		labelMark: '',
		labelPrinted: true,
		headlineLines: gold.headline ? [gold.headline] : [],
		creditLines: gold.credit ? [gold.credit] : [],
		...extra,
	};
}
