import { ConverterFactory } from 'opencc-js/core';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';

// Character tables only, never OpenCC's phrase tables: every entry maps one code point to one
// code point, so the normalised text lines up with the original character for character. That
// is what lets a query match any substring (the normalised form of a piece of a text is the same
// piece of the normalised text, which phrase conversion does not guarantee) and lets the result
// page and the item page mark hits in the original text. It also keeps the browser bundle small
// (about 40 kB of tables instead of the 1 MB phrase list).
const toSimplified = ConverterFactory([CJKCompatibility], [HKVariantsRev, TWVariantsRev], [TSCharacters]);

/** Maps one code point to its search form: full width to half width, then lower case. */
function foldChar(c: string): string {
	const code = c.codePointAt(0)!;
	if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
	else if (code === 0x3000) return ' ';
	const lower = c.toLowerCase();
	// A few letters lower-case to two code points (İ); keep those as they are to stay aligned.
	return lower.length === c.length ? lower : c;
}

// The conversion of each code point met so far. Every table maps one code point to one, so a
// text converts the same character by character as whole (tested), and a cache makes indexing
// an archive a lookup per character instead of a dictionary walk per text.
const converted = new Map<string, string>();

/**
 * The search form of one code point (see normalize): what `normalize` maps it to, cached.
 * @example normalizeChar('額') // '额'
 */
export function normalizeChar(c: string): string {
	let to = converted.get(c);
	if (to === undefined) {
		// Until nothing changes: the tables chain (麼 → 么 → 幺), and a character must have the same
		// search form as the form it converts to, or `這麼` would not find `这么`.
		let simplified = c;
		for (let step = 0; step < 4; step++) {
			const next = toSimplified(simplified);
			if ([...next].length !== 1) {
				throw new Error(`expects Traditional-to-Simplified conversion to map one character to one but found ${simplified} → ${next} (src/lib/search/normalize.ts); a dictionary entry maps more than one character`);
			}
			if (next === simplified) break;
			simplified = next;
		}
		to = foldChar(simplified);
		converted.set(c, to);
	}
	return to;
}

/**
 * The search form of each code point of `text`, one entry per code point of the input:
 * Traditional to Simplified (character by character), full width to half width, lower case.
 * @example normalizeChars('額濟Ａ') // ['额', '济', 'a']
 */
export function normalizeChars(text: string): string[] {
	const chars: string[] = [];
	for (const c of text) chars.push(normalizeChar(c));
	return chars;
}

/**
 * The search form of a text, as indexed and as queried: one shared function for both sides.
 * @example normalize('額濟納旗 ＧＤＰ') // '额济纳旗 gdp'
 */
export function normalize(text: string): string {
	let out = '';
	for (const c of text) out += normalizeChar(c);
	return out;
}
