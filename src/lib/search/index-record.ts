import { isTokenFilter, textTokens, type TokenField } from './token-filters.ts';
import { SHARD_FILTER } from './run-search.ts';
import type { SearchDocument } from './read-search-document.ts';

/**
 * The plain text of every item is written beside its page, `<item url>text.txt`, for the search
 * page's excerpts and checks, and for anyone who wants an item's text (as library archives
 * offer their OCR text). It stays out of Pagefind's records, which Pagefind holds in memory for
 * a whole shard (docs/search.md).
 */
export const TEXT_FILE = 'text.txt';

/** Where an item's plain text is, given its page URL. @example textUrl('/2021-06-08/01/x/') // '/2021-06-08/01/x/text.txt' */
export function textUrl(pageUrl: string): string {
	return `${pageUrl.replace(/[?#].*$/, '').replace(/\/?$/, '/')}${TEXT_FILE}`;
}

/** The plain text of an item for its text file: the headline, then every other block, one a line. */
export function itemText(doc: SearchDocument): string {
	const body = doc.blocks.filter((b) => b.text !== doc.headline || b.tag !== 'h1').map((b) => b.text);
	return [doc.headline, ...body].join('\n');
}

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
 * The record Pagefind indexes for one item: its page filters, meta and sort. Its word index gets
 * only the plain headline; the text itself goes to a file of its own (TEXT_FILE). The item's
 * tokens (itemTokens) are not in it: they are filed into the bundle as filters of their own
 * after Pagefind writes it (src/integrations/token-filter-files.ts). The `shard` filter runSearch
 * scopes its lookups with is not stored either: the search page gives each shard's Pagefind
 * instance its id as a `mergeFilter`, so no filter file holds it.
 */
export function indexRecord(doc: SearchDocument, url: string, language: string): IndexRecord {
	const filters: Record<string, string[]> = {};
	for (const [key, value] of doc.filters) {
		if (isTokenFilter(key) || key === SHARD_FILTER)
			throw new Error(
				`expects page filters not to be named like token buckets (t123, h123) or "${SHARD_FILTER}" but found "${key}" on ${url}`,
			);
		(filters[key] ??= []).push(value);
	}
	const meta: Record<string, string> = Object.fromEntries(doc.meta);
	meta.title = doc.headline;
	return { url, content: doc.headline, language, meta, filters, sort: Object.fromEntries(doc.sort) };
}

/**
 * The tokens an item is found by: every token of the whole item (headline, byline, body,
 * captions, credits) under `t`, and the headline's tokens and each of its characters alone under
 * `h`, so that headline hits can rank first and a one-character query finds headlines.
 */
export function itemTokens(doc: SearchDocument): Record<TokenField, Set<string>> {
	const t = new Set<string>();
	for (const block of doc.blocks) textTokens(block.text, t);
	return { t, h: textTokens(doc.headline, new Set(), true) };
}
