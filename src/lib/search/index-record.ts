import { textTokens, tokenFilters } from './token-filters.ts';
import type { SearchDocument } from './read-search-document.ts';

/** Meta key under which the original text of the item is kept, for excerpts and highlighting. */
export const TEXT_META = 'text';

/** The longest text kept for excerpts, in characters: fragments stay small to download. */
export const TEXT_META_MAX = 3000;

/** A Pagefind custom record (the fields of pagefind's `CustomRecord` we use). */
export interface IndexRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/**
 * The record Pagefind indexes for one item. Every token of the whole item (headline, byline,
 * body, captions, credits) goes into bucketed `t` filters, and the headline's tokens again into
 * `h` filters, so that headline hits can rank first. Pagefind stores filters without positions or
 * weights: far less memory and time than the same tokens as words (docs/search.md). Its word
 * index gets only the plain headline. The original text is kept as meta for excerpts.
 */
export function indexRecord(doc: SearchDocument, url: string, language: string): IndexRecord {
	const tokens = new Set<string>();
	for (const block of doc.blocks) textTokens(block.text, tokens);
	const filters: Record<string, string[]> = { ...tokenFilters(tokens, 't'), ...tokenFilters(textTokens(doc.headline, new Set(), true), 'h') };
	for (const [key, value] of doc.filters) {
		if (/^[th]\d+$/.test(key)) throw new Error(`expects page filters not to be named like token buckets (t123, h123) but found "${key}" on ${url}`);
		(filters[key] ??= []).push(value);
	}
	const body = doc.blocks
		.filter((b) => b.text !== doc.headline || b.tag !== 'h1')
		.map((b) => b.text)
		.join('\n');
	const meta: Record<string, string> = Object.fromEntries(doc.meta);
	meta.title = doc.headline;
	meta[TEXT_META] = [...body].length > TEXT_META_MAX ? [...body].slice(0, TEXT_META_MAX).join('') : body;
	return { url, content: doc.headline, language, meta, filters, sort: Object.fromEntries(doc.sort) };
}
