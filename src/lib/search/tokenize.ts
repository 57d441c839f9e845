import { normalize } from './normalize.ts';

// A run of Han characters, or a run of other letters and digits (Latin words, numbers).
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** One searchable run of a normalised text: a Han run, or a word of other letters and digits. */
export interface Run {
	text: string;
	han: boolean;
}

/**
 * The runs of an already normalised text, in order; punctuation and spaces separate runs.
 * @example runs('额济纳旗2327人') // [{ text: '额济纳旗', han: true }, { text: '2327', han: false }, { text: '人', han: true }]
 */
export function runs(normalised: string): Run[] {
	const found: Run[] = [];
	for (const m of normalised.matchAll(RUN)) found.push({ text: m[0], han: m[1] !== undefined });
	return found;
}

/** Overlapping pairs of a Han run: 额济纳旗 -> 额济 济纳 纳旗. */
function bigrams(chars: string[]): string[] {
	const pairs: string[] = [];
	for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
	return pairs;
}

/**
 * The words Pagefind indexes for a text: every Han run as its overlapping bigrams plus its last
 * character alone (so each character starts some word, and a one-character query, matched as a
 * prefix, finds it anywhere), every other word as itself. Space-separated.
 * @example indexTokens('額濟納旗 2327') // '额济 济纳 纳旗 旗 2327'
 */
export function indexTokens(text: string): string {
	const words: string[] = [];
	for (const run of runs(normalize(text))) {
		if (!run.han) {
			words.push(run.text);
			continue;
		}
		const chars = [...run.text];
		words.push(...bigrams(chars), chars[chars.length - 1]);
	}
	return words.join(' ');
}

/**
 * The normalised terms of a query, for marking hits: its Han runs and other words.
 * @example queryTerms('額濟納旗，2327') // ['额济纳旗', '2327']
 */
export function queryTerms(query: string): string[] {
	return runs(normalize(query)).map((r) => r.text);
}

/**
 * A reader's query as a Pagefind query over `indexTokens` words. A Han run of two characters is
 * one bigram; a longer run is its bigrams as a quoted phrase, so they must be adjacent, in order,
 * as in the text; a single Han character or another word is matched as a word prefix.
 * Returns '' when the query has nothing searchable.
 * @example pagefindQuery('額濟納旗 2327') // '"额济 济纳 纳旗" 2327'
 */
export function pagefindQuery(query: string): string {
	return queryTerms(query)
		.map((term) => {
			const chars = [...term];
			if (chars.length < 2 || !/^\p{Script=Han}/u.test(term)) return term;
			const pairs = bigrams(chars);
			return pairs.length === 1 ? pairs[0] : `"${pairs.join(' ')}"`;
		})
		.join(' ');
}
