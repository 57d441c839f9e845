import { createRequire } from 'node:module';

/** The part of @node-rs/jieba this module uses. */
interface Segmenter {
	cut(text: string, hmm?: boolean): string[];
}

let segmenter: Segmenter | undefined;

/** jieba with its own dictionary, loaded on first use (about a second): most dumps never need it. */
function jieba(): Segmenter {
	if (!segmenter) {
		const require = createRequire(import.meta.url);
		const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Segmenter } };
		const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
		segmenter = Jieba.withDict(dict);
	}
	return segmenter;
}

// A punctuation mark or symbol outside ASCII: never part of a word jieba reads (see `wordAcross`).
const STANDS_ALONE = /^(?!\p{ASCII})[\p{P}\p{S}]$/u;

// How much text on each side of a join the segmenter sees: enough for the words around it.
const WINDOW = 6;

/**
 * Whether joining `before` and `after` puts a dictionary word across the join, as a column
 * break in mid-word does (`思路逐` + `渐清晰`: 逐渐): evidence, from the language rather than the
 * layout, that `after` continues `before`. A wrong join rarely makes a word; a right one often
 * (not always: a line may end between two words).
 * @example wordAcross('思路逐', '渐清晰') // true
 */
export function wordAcross(before: string, after: string): boolean {
	// Speed: jieba cuts only runs of Han characters, ASCII letters and digits (and `+#&._%-`)
	// into words; any other mark is a word of its own, so no word runs across a join beside a
	// full-width punctuation mark or symbol (`，`, `“`, `●`), and jieba is not asked.
	if (STANDS_ALONE.test(before.slice(-1)) || STANDS_ALONE.test(after.slice(0, 1))) return false;
	const left = before.slice(-WINDOW);
	const text = left + after.slice(0, WINDOW);
	let at = 0;
	for (const word of jieba().cut(text, false)) {
		const end = at + word.length;
		if (at < left.length && end > left.length) return true;
		at = end;
	}
	return false;
}
