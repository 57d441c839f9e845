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
 * A reader's query as a Pagefind query over `indexTokens` words: each Han run of two or more
 * characters as its bigrams, a single Han character or another word as itself (Pagefind matches
 * every word as a prefix and requires them all). Returns '' when nothing is searchable.
 * @example pagefindQuery('額濟納旗 2327') // '额济 济纳 纳旗 2327'
 */
export function pagefindQuery(query: string): string {
	return queryTerms(query)
		.flatMap((term) => {
			const chars = [...term];
			return chars.length < 2 || !/^\p{Script=Han}/u.test(term) ? [term] : bigrams(chars);
		})
		.join(' ');
}

/**
 * The same query as a Pagefind exact phrase, when it is one Han run of three or more characters
 * (its bigrams must then be adjacent and in order, as in the text); '' otherwise. Pagefind's
 * exact mode ignores weights, so the page ranks by `pagefindQuery` and keeps only the results the
 * phrase also finds.
 * @example pagefindPhrase('額濟納旗') // '"额济 济纳 纳旗"'
 */
export function pagefindPhrase(query: string): string {
	const terms = queryTerms(query);
	if (terms.length !== 1 || [...terms[0]].length < 3 || !/^\p{Script=Han}/u.test(terms[0])) return '';
	return `"${bigrams([...terms[0]]).join(' ')}"`;
}
