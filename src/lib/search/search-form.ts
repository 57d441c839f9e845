import { ConverterFactory } from 'opencc-js/core';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

// Character tables only, never OpenCC's phrase conversion: every entry maps one code point to one
// code point, so the normalised text lines up with the original character for character. That
// is what lets a query match any substring (the normalised form of a piece of a text is the same
// piece of the normalised text, which phrase conversion does not guarantee) and lets the result
// page and the item page mark hits in the original text. It also keeps the browser bundle small
// (the character tables, not the much larger Simplified-to-Traditional phrase list).
const characterTables = [[CJKCompatibility], [HKVariantsRev, TWVariantsRev], [TSCharacters]];
const byCharacter = ConverterFactory(...characterTables);

/**
 * The characters OpenCC converts only inside phrases, as a table of its own: `瞭解` → `了解`,
 * `反覆` → `反复`, `擊沈` → `击沉`, `彷彿` → `仿佛`, which the character tables leave as they are.
 * Taken from OpenCC's Traditional-to-Simplified phrase list (TSPhrases): for
 * every phrase that keeps its length, each character that the character tables leave alone but
 * the phrase changes maps to what the phrase makes of it (the commonest, should one character be
 * made into several). Such a character then has the search form of its Simplified counterpart
 * everywhere (`沈` searches as `沉`, `覆` as `复`): a query written either way finds the other,
 * at the cost of treating the two as one character, as a search engine folds case.
 * @example phraseCharacters().includes('瞭 了') // true
 */
export function phraseCharacters(): string {
	const settle = (c: string) => {
		for (let next = byCharacter(c); next !== c; next = byCharacter(c)) c = next;
		return c;
	};
	const counts = new Map<string, Map<string, number>>();
	for (const entry of TSPhrases.split('|')) {
		const [from, to] = entry.split(' ').map((phrase) => [...phrase]);
		if (!to || from.length !== to.length) continue;
		from.forEach((c, i) => {
			if (to[i] === c || settle(c) !== c || settle(to[i]) === c) return;
			const targets = counts.get(c) ?? new Map<string, number>();
			counts.set(c, targets.set(to[i], (targets.get(to[i]) ?? 0) + 1));
		});
	}
	return [...counts]
		.map(([c, targets]) => `${c} ${[...targets].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]}`)
		.join('|');
}

const toSimplified = ConverterFactory(...characterTables, [phraseCharacters()]);

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
				throw new Error(
					`expects Traditional-to-Simplified conversion to map one character to one but found ${simplified} → ${next} (src/lib/search/search-form.ts); a dictionary entry maps more than one character`,
				);
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
