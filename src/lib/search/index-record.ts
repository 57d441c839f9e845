import { indexTokens } from './tokenize.ts';
import { textTokens, tokenFilters, TOKEN_FILTER_PREFIX } from './token-filters.ts';
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
 * The record Pagefind indexes for one item. Pagefind's word index gets only the headline's
 * tokens (scored search, so headline hits rank first); every token of the whole item (headline,
 * byline, body, captions, credits) goes into bucketed filters, which Pagefind stores without
 * positions or weights: about a quarter of the memory and a third of the time of indexing the
 * same tokens as words (docs/search.md). The original text is kept as meta for excerpts.
 */
export function indexRecord(doc: SearchDocument, url: string, language: string): IndexRecord {
	const tokens = new Set<string>();
	for (const block of doc.blocks) textTokens(block.text, tokens);
	const filters: Record<string, string[]> = tokenFilters(tokens);
	for (const [key, value] of doc.filters) {
		if (key.startsWith(TOKEN_FILTER_PREFIX) && /^\w\d+$/.test(key)) throw new Error(`expects page filters not to be named like token buckets (${TOKEN_FILTER_PREFIX}123) but found "${key}" on ${url}`);
		(filters[key] ??= []).push(value);
	}
	const body = doc.blocks
		.filter((b) => b.text !== doc.headline || b.tag !== 'h1')
		.map((b) => b.text)
		.join('\n');
	const meta: Record<string, string> = Object.fromEntries(doc.meta);
	meta.title = doc.headline;
	meta[TEXT_META] = [...body].length > TEXT_META_MAX ? [...body].slice(0, TEXT_META_MAX).join('') : body;
	return { url, content: indexTokens(doc.headline), language, meta, filters, sort: Object.fromEntries(doc.sort) };
}
