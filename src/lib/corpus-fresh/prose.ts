/**
 * Running text for the fresh corpus: sentences of the sample page recombined
 * (src/lib/bench/corpus.ts) mixed with sentences of the generator's own (words.ts).
 */
import type { Corpus } from '../bench/corpus.ts';
import type { Rng } from '../bench/prng.ts';
import { ownHeadline, ownSentence } from './words.ts';

/** Draws paragraphs and headlines from one sentence pool. */
export interface Prose {
	/** A paragraph of about `chars` characters (at least one sentence). */
	paragraph(chars: number): string;
	/** Paragraphs of a story body: `n` of them, each about `chars` long. */
	paragraphs(n: number, chars: number): string[];
	/** A headline of 6 to 20 characters, no closing punctuation. */
	headline(): string;
}

/** The prose of one page, drawn with `rng` from the sample's pool. */
export function createProse(pool: Corpus, rng: Rng): Prose {
	const sentence = () => (rng.chance(0.55) ? rng.pick(pool.sentences) : ownSentence(rng));
	const paragraph = (chars: number) => {
		let text = sentence();
		while (text.length < chars) text += sentence();
		return text;
	};
	return {
		paragraph,
		paragraphs: (n, chars) => Array.from({ length: n }, () => paragraph(rng.int(Math.ceil(chars * 0.5), chars * 2))),
		headline: () => {
			if (rng.chance(0.5)) return ownHeadline(rng);
			const first = rng.pick(pool.clauses);
			return rng.chance(0.4) ? `${first} ${rng.pick(pool.clauses)}`.slice(0, 22).trim() : first;
		},
	};
}
