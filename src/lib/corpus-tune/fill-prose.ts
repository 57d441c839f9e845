import type { Rng } from '../bench/prng.ts';
import { personName, placeName } from '../bench/vocabulary.ts';
import { deskSentences, foreignCities, units, type Desk } from './desk-prose.ts';

/**
 * Paragraphs for one page: the desk's own sentences with their slots filled, mixed with the
 * sample's sentences on home desks. No sentence template repeats on a page until its pool runs
 * out, so two items of a page never share a paragraph (the scorer matches items by their text).
 */

/** Draws paragraphs for one page. */
export interface ProseSource {
	/** One paragraph of 1 to `most` sentences. */
	paragraph(desk: Desk, most?: number): string;
	/** A number as printed in running text. */
	number(): string;
}

/** The desks whose stories may borrow the sample's sentences (home news of a regional daily). */
const homeDesks = new Set<Desk>(['news', 'society', 'opinion', 'theory']);

/** A prose source over the sample's sentences, for one page. @example proseSource(rng, pool).paragraph('world') */
export function proseSource(rng: Rng, sample: readonly string[]): ProseSource {
	const used = new Set<string>();
	const number = () => String(rng.int(2, rng.chance(0.6) ? 99 : 2400));
	const percent = () => `${rng.int(1, 30)}.${rng.int(1, 9)}`;
	const fill = (template: string) =>
		template
			.replace(/\{P\}/g, () => placeName(rng))
			.replace(/\{N\}/g, () => personName(rng))
			.replace(/\{n\}/g, number)
			.replace(/\{p\}/g, percent)
			.replace(/\{C\}/g, () => rng.pick(foreignCities))
			.replace(/\{U\}/g, () => rng.pick(units));
	const fresh = (list: readonly string[]) => {
		const left = list.filter((s) => !used.has(s));
		if (left.length === 0) return undefined;
		const choice = rng.pick(left);
		used.add(choice);
		return choice;
	};
	// When the desk's own sentences run out, the sample's take over; only when both have run out
	// does a sentence come back (with new names and numbers in its slots).
	const sentence = (desk: Desk) => {
		const own = homeDesks.has(desk) && rng.chance(0.45) ? undefined : fresh(deskSentences[desk]);
		if (own) return fill(own);
		// A foreign or literary desk sooner repeats its own templates (with new names) than borrows.
		const slotted = deskSentences[desk].filter((t) => t.includes('{'));
		if (!homeDesks.has(desk) && rng.chance(0.7)) return fill(rng.pick(slotted));
		return fresh(sample) ?? fill(rng.pick(slotted));
	};
	return {
		number,
		paragraph(desk, most = 4) {
			const count = rng.int(1, most);
			let text = '';
			for (let i = 0; i < count; i++) text += sentence(desk);
			return text;
		},
	};
}
