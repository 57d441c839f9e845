import { escapeHtml } from './decode-entities.ts';
import { indexTokens } from './tokenize.ts';
import type { SearchDocument } from './read-search-document.ts';

/** Meta key under which the original text of the item is kept, for excerpts and highlighting. */
export const TEXT_META = 'text';

/** Pagefind weight of the headline: its maximum. */
const HEADLINE_WEIGHT = '10';

/**
 * The page Pagefind indexes in place of a built item page: the same blocks, tags and weights, but
 * each block's text replaced by its `indexTokens` (so Pagefind's own segmenter never runs), and
 * the original headline and text kept as meta outside the indexed body for display.
 * @example indexHtml({ headline: '额济纳旗', blocks: [{ tag: 'h1', text: '额济纳旗' }], filters: [], meta: [], sort: [] })
 */
export function indexHtml(doc: SearchDocument): string {
	const parts = ['<!doctype html><html><body><main data-pagefind-body>'];
	for (const block of doc.blocks) {
		const tag = /^h[1-6]$/.test(block.tag) ? block.tag : 'p';
		// The headline outweighs any number of mentions in the body: Pagefind's default for h1 (7)
		// lost to items that repeat the words, so an item whose headline holds the query ranks first.
		const given = block.weight ?? (block.tag === 'h1' && block.text === doc.headline ? HEADLINE_WEIGHT : undefined);
		const weight = given ? ` data-pagefind-weight="${escapeHtml(given)}"` : '';
		parts.push(`<${tag}${weight}>${escapeHtml(indexTokens(block.text))}</${tag}>`);
	}
	parts.push('</main>');
	const field = (attr: string, key: string, value: string) => `<p data-pagefind-${attr}="${escapeHtml(key)}">${escapeHtml(value)}</p>`;
	// The h1 would give Pagefind's default title; it holds tokens now, so name the headline here.
	parts.push(field('meta', 'title', doc.headline));
	const body = doc.blocks.filter((b) => b.text !== doc.headline || b.tag !== 'h1').map((b) => b.text);
	parts.push(field('meta', TEXT_META, body.join('\n')));
	for (const [key, value] of doc.meta) parts.push(field('meta', key, value));
	for (const [key, value] of doc.filters) parts.push(field('filter', key, value));
	for (const [key, value] of doc.sort) parts.push(field('sort', key, value));
	parts.push('</body></html>');
	return parts.join('');
}
