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

/**
 * The normalised terms of a query, for marking hits: its Han runs and other words.
 * @example queryTerms('額濟納旗，2327') // ['额济纳旗', '2327']
 */
export function queryTerms(query: string): string[] {
	return runs(normalize(query)).map((r) => r.text);
}
