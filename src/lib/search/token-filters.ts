import { normalize, normalizeChar } from './search-form.ts';
import { runs } from './tokenize.ts';

/**
 * How many filters the tokens are spread over. A query downloads one bucket's file per token,
 * which holds every token of the shard that falls in the bucket: fewer buckets make that file
 * larger, more make more files per shard (two per bucket). The count trades the first search's
 * download (`first_query_kb`, docs/scale.md) against the files a shard holds.
 */
export const TOKEN_BUCKETS = 256;

/**
 * Prefixes of the token filters' names: `t` for tokens anywhere in the item, `h` for tokens of
 * the headline. No other filter may be named like them (a letter and digits).
 */
export type TokenField = 't' | 'h';

/** Whether a filter's name is one of the token filters' (`t123`, `h45`). */
export function isTokenFilter(name: string): boolean {
	return /^[th]\d+$/.test(name);
}

// Filter names by bucket, made once: indexing files millions of tokens.
const BUCKET_NAMES: Record<TokenField, string[]> = {
	t: Array.from({ length: TOKEN_BUCKETS }, (_, i) => `t${i}`),
	h: Array.from({ length: TOKEN_BUCKETS }, (_, i) => `h${i}`),
};

/** The bucket number of a token: a stable hash (FNV-1a), the same in Node and in the browser. */
export function bucketIndex(token: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < token.length; i++) {
		hash ^= token.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash % TOKEN_BUCKETS;
}

/** The name of a field's bucket by its number: `bucketName(12, 'h')` is `h12`. */
export function bucketName(index: number, field: TokenField = 't'): string {
	return BUCKET_NAMES[field][index];
}

/**
 * The filter a token is filed under: its bucket's name.
 * @example bucketOf('额济') // 't…' (one of TOKEN_BUCKETS names)
 */
export function bucketOf(token: string, field: TokenField = 't'): string {
	return bucketName(bucketIndex(token), field);
}

// What a code point of normalised text is to the tokeniser, by code point, worked out once each.
const HAN = 1;
const WORD = 2; // a letter or digit of another script (Latin words, numbers)
const SPACE = 3; // a space that is not a line break
const OTHER = 0; // punctuation, line breaks, anything else: ends a run
const kinds = new Map<string, number>();

function kindOf(c: string): number {
	let kind = kinds.get(c);
	if (kind === undefined) {
		kind = /\p{Script=Han}/u.test(c) ? HAN : /[\p{L}\p{N}]/u.test(c) ? WORD : /[^\S\n]/u.test(c) ? SPACE : OTHER;
		kinds.set(c, kind);
	}
	return kind;
}

/**
 * The distinct tokens of a text: every pair of adjacent Han characters (so any run of two or
 * more Han characters of the text is made of tokens of the text, spaces between them ignored),
 * and every Latin word or number whole. Text is normalised first (Traditional to Simplified,
 * full width, case). The same runs as `runs(normalize(text))`, with spaces between Han characters
 * dropped, in one pass: indexing tokenises every item of the archive.
 * @example textTokens('額濟納旗 2327') // Set { '额济', '济纳', '纳旗', '2327' }
 */
export function textTokens(text: string, into = new Set<string>(), singles = false): Set<string> {
	// The Han character before, while its run goes on: spaces between Han characters do not part
	// them, since a page dump sets them in headlines and bylines (`干部沉下去 带来新变化`, `本报记者
	// 宋爽`) and readers type the words without them.
	let han = '';
	let word = '';
	for (const raw of text) {
		const c = normalizeChar(raw);
		const kind = kindOf(c);
		if (kind === WORD) {
			han = '';
			word += c;
			continue;
		}
		if (word) {
			into.add(word);
			word = '';
		}
		if (kind === HAN) {
			if (han) into.add(han + c);
			// Headlines also file each character alone, so that a one-character query finds them.
			if (singles) into.add(c);
			han = c;
		} else if (kind === OTHER) han = '';
	}
	if (word) into.add(word);
	return into;
}

/**
 * Tokens filed under their buckets, as Pagefind record filters.
 * @example tokenFilters(['额济', '2327']) // { t…: ['额济'], t…: ['2327'] }
 */
export function tokenFilters(
	tokens: Iterable<string>,
	field: TokenField = 't',
	into: Record<string, string[]> = {},
): Record<string, string[]> {
	const lists: (string[] | undefined)[] = new Array(TOKEN_BUCKETS);
	for (const token of tokens) (lists[bucketIndex(token)] ??= []).push(token);
	const names = BUCKET_NAMES[field];
	for (let i = 0; i < TOKEN_BUCKETS; i++) if (lists[i]) into[names[i]] = lists[i]!;
	return into;
}

/**
 * The tokens a query needs an item to hold: for each Han run of two or more characters, pairs
 * that cover it (every other pair, and the last), for each other word the word. A Han run of one
 * character (`2021年`, `1.2万`, `旗 党员`) has no pair, and bodies file none: it adds no token
 * when the query has others (the search checks it in the item's text, see queryTerms), and is
 * its own token, which only headlines file, when the query is nothing but such characters.
 * @example queryTokens('额济纳旗') // ['额济', '纳旗']
 * @example queryTokens('2021年') // ['2021']
 * @example queryTokens('旗') // ['旗']
 */
export function queryTokens(query: string): string[] {
	const tokens = new Set<string>();
	const singles: string[] = [];
	for (const run of runs(normalize(query))) {
		if (!run.han) {
			tokens.add(run.text);
			continue;
		}
		const chars = [...run.text];
		if (chars.length === 1) singles.push(chars[0]);
		for (let i = 0; i + 1 < chars.length; i += 2) tokens.add(chars[i] + chars[i + 1]);
		if (chars.length > 2 && chars.length % 2 === 1) tokens.add(chars[chars.length - 2] + chars[chars.length - 1]);
	}
	if (tokens.size === 0) for (const c of singles) tokens.add(c);
	return [...tokens];
}

/**
 * A query as Pagefind filters on one field: every token must be present (`all`), by bucket.
 * @example queryFilters('额济纳旗', 'h') // { h…: { all: ['额济'] }, h…: { all: ['纳旗'] } }
 */
export function queryFilters(query: string, field: TokenField = 't'): Record<string, { all: string[] }> {
	const filters: Record<string, { all: string[] }> = {};
	for (const [bucket, tokens] of Object.entries(tokenFilters(queryTokens(query), field)))
		filters[bucket] = { all: tokens };
	return filters;
}

/**
 * Whether a query is only Han characters standing alone (`旗`, `旗 党`), which only headlines
 * can match: bodies file pairs, not single characters.
 */
export function isSingleCharacter(query: string): boolean {
	const found = runs(normalize(query));
	return found.length > 0 && found.every((run) => run.han && [...run.text].length === 1);
}
