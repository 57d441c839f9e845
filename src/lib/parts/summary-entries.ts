import { createHash } from 'node:crypto';
import { readSummary } from './summary.ts';

/** An entry of a collection as getCollection gives it, taken from a part's summary (summary.ts). */
export interface SummaryEntry {
	id: string;
	collection: 'items' | 'editions';
	data: Record<string, unknown>;
	body?: string;
	filePath?: string;
	/**
	 * Its content file's digest, as its part's summary keeps it, or else one of its data and body: the
	 * incremental build's keys of the lists that show it change with it.
	 */
	digest: string;
	/** What render() gives the feed as remarkPluginFrontmatter: the part's rendered text (the newest items only). */
	rendered?: { html: string; metadata: { frontmatter: { excerpt: string; textLength: number } } };
}

const digestOf = (data: unknown, body: string | undefined) =>
	createHash('sha1')
		.update(JSON.stringify([data, body ?? null]))
		.digest('base64url');

/**
 * The entries of the join, and the other parts' entries of the daily build (a part joined with the
 * other parts: docs/scale.md, "The daily case"), read from their summaries as the build runs, for
 * the pages that list across years, instead of being kept in its content store: the store would
 * be read, parsed and written back whole at every build (twice read: for the sync and for
 * prerendering), the parts' entries being most of it though they change once a month at most. The summaries are checked by the
 * build's loader (summary-loader.ts: none may hold the build's own years or months, none may be
 * stale); an entry `owned` by the build's own content files (a neighbour edition its part also
 * holds) is left out, as the store's two loaders leave it to the files (shared-loader.ts).
 */
export function summaryEntries(
	parts: string[],
	owned: (id: string) => boolean,
): { items: SummaryEntry[]; editions: SummaryEntry[] } {
	const items: SummaryEntry[] = [];
	const editions: SummaryEntry[] = [];
	for (const part of parts) {
		const summary = readSummary(part);
		for (const entry of summary.editions)
			if (!owned(entry.id))
				editions.push({
					id: entry.id,
					collection: 'editions',
					data: entry.data,
					filePath: entry.filePath,
					digest: entry.digest ?? digestOf(entry.data, undefined),
				});
		for (const entry of summary.items)
			if (!owned(entry.id))
				items.push({
					id: entry.id,
					collection: 'items',
					data: entry.data,
					...(entry.body !== undefined && { body: entry.body }),
					...(entry.text && { rendered: { html: '', metadata: { frontmatter: entry.text } } }),
					filePath: entry.filePath,
					digest: entry.digest ?? digestOf(entry.data, entry.body),
				});
	}
	return { items, editions };
}
