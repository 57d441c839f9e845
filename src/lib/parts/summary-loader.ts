import type { Loader } from 'astro/loaders';
import { readSummary, type SummaryItem } from './summary.ts';

/**
 * The join's loader: a collection's entries from the parts' summaries (src/lib/parts/summary.ts)
 * instead of the content files. Entries keep the data their part validated; items have no body
 * but for the newest, which the feed shows.
 */
export function summaryLoader(collection: 'items' | 'editions', parts: string[]): Loader {
	return {
		name: `part-summaries-${collection}`,
		load: async ({ store, generateDigest }) => {
			store.clear();
			for (const part of parts) {
				const summary = readSummary(part);
				for (const entry of collection === 'items' ? summary.items : summary.editions) {
					const body = 'body' in entry ? (entry.body as string | undefined) : undefined;
					const text = 'text' in entry ? (entry.text as SummaryItem['text']) : undefined;
					store.set({
						id: entry.id,
						data: entry.data,
						body,
						// What render() gives the feed as remarkPluginFrontmatter: the part's rendered text.
						...(text ? { rendered: { html: '', metadata: { frontmatter: text } } } : {}),
						filePath: entry.filePath,
						digest: generateDigest(JSON.stringify([entry.data, body ?? null])),
					});
				}
			}
		},
	};
}
