import { normalize } from './search-form.ts';
import { queryTerms } from './tokenize.ts';

/**
 * One word of a query, normalised. `free` marks a run of characters the segmenter did not know
 * (it split them into single characters: names it has never seen, `杭锦旗`, `达拉特旗王伟`): such
 * a run of four or more characters may stand in an item cut into pieces of two or more
 * characters, each anywhere (see wordPieces).
 */
export interface QueryWord {
	text: string;
	free: boolean;
	/**
	 * For a word joined from the segmenter's pieces: those pieces, with single characters in a row
	 * put back together and a lone one joined to its neighbour (`杭锦旗火星` → `杭锦旗` `火星`). A
	 * partial match counts them as words of their own.
	 */
	parts?: string[];
}

/** A reader's query as the search uses it. */
export interface SearchQuery {
	/** The query's terms, each to be found as one run (queryTerms; a quoted part is one term). */
	terms: string[];
	/** The words every full match holds, each anywhere in the item. */
	words: QueryWord[];
	/** Whether the whole query was quoted: only the exact run counts, and nothing partial. */
	phrase: boolean;
}

// "…", “…” and 「…」 quote an exact run.
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」/gu;
const HAN_ONLY = /^\p{Script=Han}+$/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The segments Intl.Segmenter makes of a normalised Han run. ICU's dictionary knows common words
 * (`登记` `中心` `民生`) and splits what it does not know (most names) into single characters.
 */
function segments(run: string): string[] {
	segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
	return [...segmenter.segment(run)].map((s) => s.segment);
}

/**
 * The words of one normalised Han run: the segmenter's words, except where it split characters
 * off alone (names it does not know, affixes such as 市 旗 区): a run of such characters joins
 * the words on either side of it into one word, free to stand in pieces when it has four or
 * more characters (`杭锦旗登记` `中心`, `通辽市王芳`). Measured on generated and hand-written
 * queries, this finds every item a reader means where the segmenter's words alone miss some
 * (docs/search.md).
 * @example runWords('杭锦旗登记中心') // 杭锦旗登记 (free), 中心 (as ICU segments it)
 */
export function runWords(run: string, split: (run: string) => string[] = segments): QueryWord[] {
	const groups: string[][] = [];
	let afterSingle = false;
	for (const segment of split(run)) {
		const single = [...segment].length === 1;
		if (groups.length > 0 && (single || afterSingle)) groups.at(-1)!.push(segment);
		else groups.push([segment]);
		afterSingle = single;
	}
	return groups.map((segments) => {
		const text = segments.join('');
		if (segments.length === 1) return { text, free: false };
		return { text, free: [...text].length >= 4, parts: partsOf(segments) };
	});
}

/** The pieces of a joined word: single characters in a row together, a lone one with its neighbour. */
function partsOf(segments: string[]): string[] {
	const parts: string[] = [];
	let singles = '';
	let head = '';
	const flush = () => {
		if ([...singles].length === 1) {
			if (parts.length > 0) parts[parts.length - 1] += singles;
			else head += singles;
		} else if (singles) {
			parts.push(head + singles);
			head = '';
		}
		singles = '';
	};
	for (const segment of segments) {
		if ([...segment].length === 1) {
			singles += segment;
			continue;
		}
		flush();
		parts.push(head + segment);
		head = '';
	}
	flush();
	if (head) parts.push(head);
	return parts;
}

/**
 * Parses a query: its terms (runs to be found whole, as queryTerms makes them; a quoted part is
 * one term) and its words. A term of Han characters only is segmented into words (runWords); a
 * term with a number or Latin word in it (`2021年`, `5G基站`) and a quoted term are words whole.
 * @example parseQuery('杭锦旗登记中心').words.map((w) => w.text) // ['杭锦旗', '登记', '中心']
 * @example parseQuery('“杭锦旗登记中心”').phrase // true
 */
export function parseQuery(query: string, split?: (run: string) => string[]): SearchQuery {
	const terms: string[] = [];
	const words: QueryWord[] = [];
	const add = (word: QueryWord) => {
		if (!words.some((w) => w.text === word.text)) words.push(word);
	};
	let quoted = 0;
	const rest = query.replace(QUOTED, (_, a?: string, b?: string, c?: string) => {
		const exact = normalize(a ?? b ?? c ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
		if (exact && !terms.includes(exact)) {
			terms.push(exact);
			add({ text: exact, free: false });
			quoted++;
		}
		return ' ';
	});
	for (const term of queryTerms(rest)) {
		if (!terms.includes(term)) terms.push(term);
		if (HAN_ONLY.test(term)) for (const word of runWords(term, split)) add(word);
		else add({ text: term, free: false });
	}
	return { terms, words, phrase: quoted > 0 && quoted === terms.length };
}
