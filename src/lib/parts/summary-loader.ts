import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readSummary, SUMMARY_FILE, type PartSummary, type SummaryItem } from './summary.ts';

/** What the join's store last loaded from each part: its summary's stamp and the years it holds. */
type LoadedParts = Record<string, { stamp: string; years: number[] }>;
const LOADED = 'parts';

/** A part's summary's stamp: a part build writes a new file (trimPart), so a rebuilt part has a new one; '' without one. */
export function summaryStamp(part: string): string {
	const stat = statSync(join(part, SUMMARY_FILE), { throwIfNoEntry: false });
	return stat ? `${stat.ino}:${stat.size}:${Math.trunc(stat.mtimeMs)}` : '';
}

/**
 * The join's loader: a collection's entries from the parts' summaries (src/lib/parts/summary.ts)
 * instead of the content files. Entries keep the data their part validated; items have no body
 * but for the newest, which the feed shows. A part whose summary is the one the store last
 * loaded is not read again: its entries stay as they are, so the daily join reads only the
 * rebuilt part's summary and writes back only what changed. Entries are a part's by their id's
 * year (`2021-06-08/…`). `ownYears` are the years the build loads from the content files (the
 * daily build's part): a summary that holds one of them is an error.
 */
export function summaryLoader(collection: 'items' | 'editions', parts: string[], ownYears: number[] = []): Loader {
	return {
		name: `part-summaries-${collection}`,
		load: async ({ store, meta, generateDigest }) => {
			let before: LoadedParts = {};
			try {
				before = JSON.parse(meta.get(LOADED) ?? '{}');
			} catch {
				// Unreadable: load every part.
			}
			const loaded: LoadedParts = {};
			const owner = new Map<number, string>();
			const read: PartSummary[] = [];
			for (const part of parts) {
				const stamp = summaryStamp(part);
				const last = before[part];
				if (stamp !== '' && last?.stamp === stamp) loaded[part] = last;
				else {
					const summary = readSummary(part);
					const own = summary.years.filter((year) => ownYears.includes(year));
					if (own.length > 0)
						throw new Error(
							`${join(part, SUMMARY_FILE)}: holds ${own.join(', ')}, which this build renders from the content files; leave that part out of the join`,
						);
					read.push(summary);
					loaded[part] = { stamp, years: summary.years };
				}
				for (const year of loaded[part].years) owner.set(year, part);
			}
			const reloaded = new Set(read.flatMap((summary) => summary.years));
			const set = new Set<string>();
			for (const summary of read)
				for (const entry of collection === 'items' ? summary.items : summary.editions) {
					const body = 'body' in entry ? (entry.body as string | undefined) : undefined;
					const text = 'text' in entry ? (entry.text as SummaryItem['text']) : undefined;
					set.add(entry.id);
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
			// Gone: an entry of a year no part holds, or of a part read again that no longer has it.
			for (const id of store.keys()) {
				const year = Number(id.slice(0, 4));
				if (!set.has(id) && (!owner.has(year) || reloaded.has(year))) store.delete(id);
			}
			meta.set(LOADED, JSON.stringify(loaded));
		},
	};
}
