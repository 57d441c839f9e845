import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';

/** The part of @node-rs/jieba this module uses. */
interface Segmenter {
	cut(text: string, hmm?: boolean): string[];
}

let segmenter: Segmenter | undefined;
let pairs: Pairs | undefined;

/** jieba with its own dictionary, loaded on first use (about a second): most dumps never need it. */
function jieba(): { segmenter: Segmenter; pairs: Pairs } {
	if (!segmenter || !pairs) {
		const require = createRequire(import.meta.url);
		const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Segmenter } };
		const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
		segmenter = Jieba.withDict(dict);
		pairs = new Pairs(dict);
	}
	return { segmenter, pairs };
}

/**
 * Every two characters that stand side by side inside a word of jieba's dictionary (UTF-8, a word,
 * its count and its tag a line). Speed: read from the bytes into a table open-addressed by hash,
 * in a tenth of a second; a Set of the 300,000 pairs takes several times as long to fill.
 */
class Pairs {
	// Keys `first << 16 | second` (never 0); four slots for each pair, so probes stay short.
	private readonly table = new Int32Array(1 << 20);
	/**
	 * The dictionary's words, each by its hash (`wordHash` over its UTF-16 units, never 0), in a
	 * table open-addressed like `table`: a word of the Basic Multilingual Plane is found by its
	 * hash, and two words that share a hash only send `wordAcross` on to jieba.
	 */
	private readonly words = new Int32Array(1 << 20);
	constructor(dict: Uint8Array) {
		const bytes = Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength);
		for (let at = 0; at < bytes.length;) {
			let end = bytes.indexOf(10, at);
			if (end < 0) end = bytes.length;
			const space = bytes.indexOf(32, at);
			const wordEnd = space >= 0 && space < end ? space : end;
			let previous = 0;
			let hash = HASH_SEED;
			let plane = true;
			for (let k = at; k < wordEnd;) {
				// One character of UTF-8: one byte, two or three (four, outside the Basic Multilingual
				// Plane, where no pair or word is kept: `wordAcross` asks jieba about those).
				const lead = bytes[k];
				let code = 0;
				if (lead < 0x80) code = lead;
				else if (lead < 0xe0) code = ((lead & 0x1f) << 6) | (bytes[k + 1] & 0x3f);
				else if (lead < 0xf0) code = ((lead & 0x0f) << 12) | ((bytes[k + 1] & 0x3f) << 6) | (bytes[k + 2] & 0x3f);
				else plane = false;
				k += lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
				if (previous !== 0 && code !== 0) this.add(this.table, (previous << 16) | code);
				previous = code;
				hash = nextHash(hash, code);
			}
			if (plane && wordEnd > at) this.add(this.words, hash || 1);
			at = end + 1;
		}
	}
	private slot(table: Int32Array, key: number): number {
		const mask = table.length - 1;
		let at = Math.imul(key, 0x9e3779b1) >>> 12;
		while (table[at] !== 0 && table[at] !== key) at = (at + 1) & mask;
		return at;
	}
	private add(table: Int32Array, key: number): void {
		table[this.slot(table, key)] = key;
	}
	/** Whether the characters with codes `a` and `b` (of the Basic Multilingual Plane) stand side by side in a word. */
	has(a: number, b: number): boolean {
		return this.table[this.slot(this.table, (a << 16) | b)] !== 0;
	}
	/**
	 * Whether some part of `text` that runs across position `join` (a character on each side) may
	 * be a word of the dictionary: false only where none is (a hash shared by two words may answer
	 * true for either). `text` holds no surrogate. Speed: a word's characters stand side by side in
	 * it two by two (`has`), so only the run of such pairs around the join is looked up, not every
	 * part of the text (each look-up a read far into a table of megabytes).
	 */
	mayHoldWordAcross(text: string, join: number): boolean {
		const code = (at: number) => text.charCodeAt(at);
		if (join < 1 || join >= text.length || !this.has(code(join - 1), code(join))) return false;
		let first = join - 1;
		while (first > 0 && this.has(code(first - 1), code(first))) first--;
		let last = join;
		while (last + 1 < text.length && this.has(code(last), code(last + 1))) last++;
		for (let start = first; start < join; start++) {
			let hash = HASH_SEED;
			for (let end = start; end <= last; end++) {
				hash = nextHash(hash, code(end));
				if (end >= join && this.words[this.slot(this.words, hash || 1)] !== 0) return true;
			}
		}
		return false;
	}
}

const HASH_SEED = 0x811c9dc5 | 0;

/** The hash (FNV-1a over UTF-16 units) of a text one unit `code` longer than the text of `hash`. */
function nextHash(hash: number, code: number): number {
	return Math.imul(hash ^ code, 0x01000193);
}

/** Whether a character code is an ASCII letter or digit: jieba keeps a run of them whole. */
function isAsciiWord(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether a UTF-16 unit is a surrogate: half of a character outside the Basic Multilingual Plane. */
function isSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdfff;
}

/** Whether a text holds a character outside the Basic Multilingual Plane (a surrogate). */
function hasSurrogate(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isSurrogate(text.charCodeAt(i))) return true;
	return false;
}

// A punctuation mark or symbol outside ASCII: never part of a word jieba reads (see `wordAcross`).
const STANDS_ALONE = /^(?!\p{ASCII})[\p{P}\p{S}]$/u;
// STANDS_ALONE's answer for each UTF-16 unit, once asked: 1 no, 2 yes (speed: no string made or
// pattern run per join).
const alone = new Uint8Array(1 << 16);

/** Whether the UTF-16 unit `code`, alone, is a punctuation mark or symbol outside ASCII (`STANDS_ALONE`). */
function standsAlone(code: number): boolean {
	if (alone[code] === 0) alone[code] = STANDS_ALONE.test(String.fromCharCode(code)) ? 2 : 1;
	return alone[code] === 2;
}

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
	// (An empty side joins nothing.)
	if (before === '' || after === '') return false;
	const [a, b] = [before.charCodeAt(before.length - 1), after.charCodeAt(0)];
	if (standsAlone(a) || standsAlone(b)) return false;
	// Nor does one where the two characters either side of the join stand side by side in no word
	// of the dictionary, unless both are ASCII letters or digits or both spaces (runs jieba keeps
	// whole): most wrong joins, which the segmenter is then not asked about.
	const { segmenter, pairs } = jieba();
	const besideInWord =
		pairs.has(a, b) ||
		isSurrogate(a) ||
		isSurrogate(b) ||
		(isAsciiWord(a) && isAsciiWord(b)) ||
		/^\s\s$/u.test(String.fromCharCode(a, b));
	if (!besideInWord) return false;
	const left = before.slice(-WINDOW);
	const text = left + after.slice(0, WINDOW);
	// Nor does one where no part of the text across the join is a word of the dictionary: the
	// segmenter's words (with no HMM) are the dictionary's, single characters, and runs of ASCII
	// letters and digits, which it joins (asked about above, as are surrogates and spaces). Half
	// the joins the pairs let through; the segmenter reads a text several times as slowly.
	const ownRun = (isAsciiWord(a) && isAsciiWord(b)) || /^\s\s$/u.test(String.fromCharCode(a, b));
	if (!ownRun && !hasSurrogate(text) && !pairs.mayHoldWordAcross(text, left.length)) return false;
	let at = 0;
	for (const word of segmenter.cut(text, false)) {
		const end = at + word.length;
		if (at < left.length && end > left.length) return true;
		at = end;
	}
	return false;
}
