import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { inPeriod } from './build-scope.ts';
import { readSummary, SUMMARY_FILE, type PartSummary, type SummaryItem } from './summary.ts';

/** What the join's store last loaded from each part: its summary's stamp, the years and months it holds, and the newest month it was built with. */
type LoadedParts = Record<string, { stamp: string; periods: string[]; newest?: string }>;
const LOADED = 'parts-3';
/** The same, kept by a loader that only checks the parts and stores none of their entries. */
const CHECKED = 'parts-3-checked';

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
 * With `entries` false (the join and the daily build, which read the summaries' entries as they
 * render: summary-entries.ts), it only checks the parts, and keeps none of their entries in the store.
 */
export function summaryLoader(
	collection: 'items' | 'editions',
	parts: string[],
	ownPeriods: string[] = [],
	dates?: string[],
	{ entries = true }: { entries?: boolean } = {},
): Loader {
	const key = entries ? LOADED : CHECKED;
	return {
		name: `part-summaries-${collection}`,
		load: async ({ store, meta, generateDigest }) => {
			let before: LoadedParts = {};
			try {
				before = JSON.parse(meta.get(key) ?? '{}');
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
					loaded[part] = { stamp, periods: summary.periods, ...(summary.newest && { newest: summary.newest }) };
				}
				for (const period of loaded[part].periods) owner.set(period, part);
			}
			checkParts(loaded, ownPeriods, dates);
			const reloaded = new Set(read.flatMap((summary) => summary.periods));
			// An entry's period: its month's or its year's, as its part named it.
			const periodOf = (id: string) => [id.slice(0, 7), id.slice(0, 4)].find((p) => owner.has(p));
			const set = new Set<string>();
			if (!entries) {
				store.clear();
				meta.set(key, JSON.stringify(loaded));
				return;
			}
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
			meta.set(key, JSON.stringify(loaded));
		},
	};
}

/** The month before `2024-12`: `2024-11`. */
const monthBefore = (month: string) => {
	const [year, m] = month.split('-').map(Number);
	return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * Checks that the parts are the ones the archive needs now, naming the part and what to rebuild:
 *
 * - **Not stale.** A part of the newest month's year plans its search shards and months from the
 *   archive's newest month (src/lib/search/shards.ts), so a part built when another month was the
 *   newest (the closed months' part of last month, or a year built before it closed) gives other
 *   shards than a single build. The newest month is the content's (`dates`, the daily build) or,
 *   in a join of parts alone, the newest any part was built with.
 * - **Complete** (with `dates`): every edition date is the build's own or some part's.
 */
export function checkParts(
	parts: Record<string, { periods: string[]; newest?: string }>,
	ownPeriods: string[],
	dates?: string[],
): void {
	const built = Object.values(parts).flatMap((part) => (part.newest ? [part.newest] : []));
	const newest = (dates ?? built).reduce((a, b) => (b > a ? b : a), '').slice(0, 7);
	for (const [part, { periods, newest: then }] of Object.entries(parts)) {
		if (!then || !newest || then === newest) continue;
		const years = new Set(periods.map((period) => period.slice(0, 4)));
		if (!years.has(newest.slice(0, 4)) && !years.has(then.slice(0, 4))) continue;
		const year = newest.slice(0, 4);
		const months = periods.every((period) => period.length === 7 && period.startsWith(`${year}-`));
		const rebuild = !months
			? `npm run build:part -- --years ${periods.join(',')} --out ${part}`
			: newest.endsWith('-01')
				? `leave it out of the join (the current year has no closed months in January)`
				: `npm run build:part -- --years ${year}-01..${monthBefore(newest)} --out ${part}`;
		throw new Error(
			`${join(part, SUMMARY_FILE)}: built when the archive's newest month was ${then}, but it is ${newest} now, and the part's search shards and months are planned from the newest month; rebuild it: ${rebuild}`,
		);
	}
	if (!dates) return;
	const held = [...ownPeriods, ...Object.values(parts).flatMap((part) => part.periods)];
	const missing = [
		...new Set(dates.filter((date) => !held.some((period) => inPeriod(period, date))).map((d) => d.slice(0, 7))),
	].sort();
	if (missing.length > 0)
		throw new Error(
			`build:join: no part holds ${missing.join(', ')}, and this build does not render ${missing.length > 1 ? 'them' : 'it'}; build the part (npm run build:part -- --years …) and name it among the parts`,
		);
}
