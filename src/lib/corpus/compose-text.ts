import type { Corpus } from '../bench/corpus.ts';
import { headline as benchHeadline, localise } from '../bench/generate-edition.ts';
import type { Rng } from '../bench/prng.ts';
import { personName, placeName } from '../bench/vocabulary.ts';

/**
 * Text for corpus pages: the sample's sentences and clauses recombined with generated people,
 * places and numbers (as the synthetic archive does), so no third-party article text is used.
 */

/** What an item's text is drawn from: the corpus and the item's own proper nouns. */
export interface TextSource {
	rng: Rng;
	corpus: Corpus;
	place: string;
	person: string;
	year: string;
	/** The page's sentences not yet used, so that items of one page rarely share a sentence. */
	deck: string[];
}

/** A source for one page; `forItem` gives each item its own place and person. */
export function textSource(rng: Rng, corpus: Corpus, year: string): TextSource {
	return { rng, corpus, place: placeName(rng), person: personName(rng), year, deck: [] };
}

/** The same page source with a new place and person, for the next item. */
export function forItem(source: TextSource): TextSource {
	source.place = placeName(source.rng);
	source.person = personName(source.rng);
	return source;
}

/** One sentence of running text, drawn from the page's deck (reshuffled when it runs out). */
export function sentence(source: TextSource): string {
	const { rng, corpus, place, person, year } = source;
	if (source.deck.length === 0) {
		source.deck = [...corpus.sentences];
		for (let i = source.deck.length - 1; i > 0; i--) {
			const j = rng.int(0, i);
			[source.deck[i], source.deck[j]] = [source.deck[j], source.deck[i]];
		}
	}
	return localise(source.deck.pop() as string, rng, place, person, year);
}

/** A paragraph of `min` to `max` sentences. */
export function paragraph(source: TextSource, min: number, max: number): string {
	let text = '';
	const count = source.rng.int(min, max);
	for (let i = 0; i < count; i++) text += sentence(source);
	return text;
}

/** A headline: one or two clauses, sometimes led by a place (`达拉特旗：…`). */
export function headline(source: TextSource): string {
	return benchHeadline(source.rng, source.corpus);
}

/** A short clause of 6 to 12 characters with no punctuation: an intertitle, a photo title. */
export function clause(source: TextSource, max = 12): string {
	const { rng, corpus } = source;
	const short = corpus.clauses.filter((c) => c.length <= max);
	return localise(rng.pick(short.length > 0 ? short : corpus.clauses), rng, source.place, source.person, '');
}

/** A question a reporter asks, ending in ？. */
export function question(source: TextSource): string {
	const lead = source.rng.pick(['如何', '怎样', '为什么要', '怎么看待', '下一步如何']);
	return `${lead}${clause(source, 10)}？`;
}
