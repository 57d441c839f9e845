import { normalize } from './search-form.ts';
import type { QueryWord } from './query-words.ts';
import { queryTokens } from './token-filters.ts';

/**
 * An item's text as queries are matched against it: normalised, spaces dropped (page dumps set
 * them around numbers and inside headlines: `调度 1次` holds `调度1次`), line breaks kept, since
 * a word never runs from one block (headline, paragraph) into the next.
 * @example compactText('額濟納 旗') // '额济纳旗'
 */
export function compactText(text: string): string {
	return normalize(text).replace(/[^\S\n]+/gu, '');
}

/**
 * The pieces in which a word stands in a compact text (compactText), or undefined when it does
 * not: the word whole, if the text holds it; for a free word (a run the segmenter did not know),
 * else the fewest pieces of two or more characters, each held by the text somewhere, that make
 * it up in order (`达拉特旗王伟` in a text holding `达拉特旗` and `王伟` apart).
 * @example wordPieces('达拉特旗的王伟', { text: '达拉特旗王伟', free: true }) // ['达拉特旗', '王伟']
 */
export function wordPieces(compact: string, word: QueryWord): string[] | undefined {
	if (compact.includes(word.text)) return [word.text];
	if (!word.free) return undefined;
	const chars = [...word.text];
	// Breadth first over the cut points: the first time the end is reached is with fewest pieces.
	const from: (number | undefined)[] = new Array(chars.length + 1);
	from[0] = 0;
	const queue = [0];
	while (queue.length > 0) {
		const at = queue.shift()!;
		for (let end = chars.length; end >= at + 2; end--) {
			if (from[end] !== undefined) continue;
			if (!compact.includes(chars.slice(at, end).join(''))) continue;
			from[end] = at;
			if (end === chars.length) {
				const pieces: string[] = [];
				for (let e = end; e > 0; e = from[e]!) pieces.unshift(chars.slice(from[e]!, e).join(''));
				return pieces;
			}
			queue.push(end);
		}
	}
	return undefined;
}

/**
 * The tokens an item holding a word must hold, to look it up in the index: the word's covering
 * pairs (queryTokens); for a free word only its first and last pair, which every cut into pieces
 * of two or more characters keeps whole. None for a single character (bodies file pairs only).
 * @example wordTokens({ text: '达拉特旗王伟', free: true }) // ['达拉', '王伟']
 */
export function wordTokens(word: QueryWord): string[] {
	const chars = [...word.text];
	if (chars.length === 1 && /\p{Script=Han}/u.test(word.text)) return [];
	if (!word.free) return queryTokens(word.text);
	return [...new Set([chars.slice(0, 2).join(''), chars.slice(-2).join('')])];
}

/**
 * The words of `words` a compact text holds, as the pieces to mark for each (undefined for a word
 * it does not hold).
 */
export function heldWords(compact: string, words: QueryWord[]): (string[] | undefined)[] {
	return words.map((word) => wordPieces(compact, word));
}
