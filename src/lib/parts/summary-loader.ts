import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { inPeriod } from './build-scope.ts';
import { readSummary, SUMMARY_FILE, type PartSummary, type SummaryItem } from './summary.ts';

/** What the join's store last loaded from each part: its summary's stamp and the years and months it holds. */
type LoadedParts = Record<string, { stamp: string; periods: string[] }>;
const LOADED = 'parts-2';

/** Whether two periods (`2024`, `2024-12`) share a day: one holds the other. */
const overlap = (a: string, b: string) => inPeriod(a, b) || inPeriod(b, a);

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
 * date (`2021-06-08/…`) in its years or months. `ownPeriods` are the years and months the build
 * loads from the content files (the daily build's part): a summary that holds one is an error.
 */
export function summaryLoader(collection: 'items' | 'editions', parts: string[], ownPeriods: string[] = []): Loader {
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
			const owner = new Map<string, string>();
			const read: PartSummary[] = [];
			for (const part of parts) {
				const stamp = summaryStamp(part);
				const last = before[part];
				if (stamp !== '' && last?.stamp === stamp) loaded[part] = last;
				else {
					const summary = readSummary(part);
					const own = summary.periods.filter((period) => ownPeriods.some((mine) => overlap(mine, period)));
					if (own.length > 0)
						throw new Error(
							`${join(part, SUMMARY_FILE)}: holds ${own.join(', ')}, which this build renders from the content files; leave that part out of the join`,
						);
					read.push(summary);
					loaded[part] = { stamp, periods: summary.periods };
				}
				for (const period of loaded[part].periods) owner.set(period, part);
			}
			const reloaded = new Set(read.flatMap((summary) => summary.periods));
			// An entry's period: its month's or its year's, as its part named it.
			const periodOf = (id: string) => [id.slice(0, 7), id.slice(0, 4)].find((p) => owner.has(p));
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
			// Gone: an entry of a year or month no part holds, or of a part read again that no longer has it.
			for (const id of store.keys()) {
				const period = periodOf(id);
				if (!set.has(id) && (period === undefined || reloaded.has(period))) store.delete(id);
			}
			meta.set(LOADED, JSON.stringify(loaded));
		},
	};
}
