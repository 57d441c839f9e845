import { normalize } from './search-form.ts';

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
 * The normalised terms of a query, for checking an item's text and marking hits: its Han runs
 * and other words, where runs that touch in the query (`2021年`) or a number's decimal point
 * joins (`1.2万`) make one term, as they must stand together in the text. Spaces and other
 * punctuation separate terms, which may then stand apart.
 * @example queryTerms('額濟納旗，2327') // ['额济纳旗', '2327']
 * @example queryTerms('2021年 1.2万') // ['2021年', '1.2万']
 */
export function queryTerms(query: string): string[] {
	const text = normalize(query);
	const terms: string[] = [];
	let end = -1;
	for (const m of text.matchAll(RUN)) {
		const between = text.slice(end, m.index);
		const joins = end >= 0 && (between === '' || (between === '.' && /\d$/.test(terms.at(-1)!) && /^\d/.test(m[0])));
		if (joins) terms[terms.length - 1] += between + m[0];
		else terms.push(m[0]);
		end = m.index + m[0].length;
	}
	return terms;
}
