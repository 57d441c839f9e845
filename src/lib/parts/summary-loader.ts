import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { inPeriod } from './build-scope.ts';
import { readSummary, SUMMARY_FILE } from './summary.ts';

/** What the loader last read of each part: its summary's stamp, the years and months it holds, and the newest month it was built with. */
type CheckedParts = Record<string, { stamp: string; periods: string[]; newest?: string }>;
const CHECKED = 'parts-3-checked';

/** Whether two periods (`2024`, `2024-12`) share a day: one holds the other. */
const overlap = (a: string, b: string) => inPeriod(a, b) || inPeriod(b, a);

/** A part's summary's stamp: a part build writes a new file (trimPart), so a rebuilt part has a new one; '' without one. */
export function summaryStamp(part: string): string {
	const stat = statSync(join(part, SUMMARY_FILE), { throwIfNoEntry: false });
	return stat ? `${stat.ino}:${stat.size}:${Math.trunc(stat.mtimeMs)}` : '';
}

/**
 * The loader of the parts' summaries (src/lib/parts/summary.ts) in the join and in the daily
 * build: it checks the parts (checkParts) and keeps none of their entries in the content store,
 * since the lists read the summaries' entries as they render (summary-entries.ts). A part whose
 * summary has the stamp the loader last read is not read again. `ownPeriods` are the years and
 * months the build loads from the content files (the daily build's part): a summary that holds
 * one is an error.
 */
export function summaryLoader(
	collection: 'items' | 'editions',
	parts: string[],
	ownPeriods: string[] = [],
	dates?: string[],
): Loader {
	return {
		name: `part-summaries-${collection}`,
		load: async ({ store, meta }) => {
			let before: CheckedParts = {};
			try {
				before = JSON.parse(meta.get(CHECKED) ?? '{}');
			} catch {
				// Unreadable: read every part.
			}
			const checked: CheckedParts = {};
			for (const part of parts) {
				const stamp = summaryStamp(part);
				const last = before[part];
				if (stamp !== '' && last?.stamp === stamp) {
					checked[part] = last;
					continue;
				}
				const summary = readSummary(part);
				const own = summary.periods.filter((period) => ownPeriods.some((mine) => overlap(mine, period)));
				if (own.length > 0)
					throw new Error(
						`${join(part, SUMMARY_FILE)}: holds ${own.join(', ')}, which this build renders from the content files; leave that part out of the join`,
					);
				checked[part] = { stamp, periods: summary.periods, ...(summary.newest && { newest: summary.newest }) };
			}
			checkParts(checked, ownPeriods, dates);
			// A store an older build filled with the parts' entries keeps none of them.
			store.clear();
			meta.set(CHECKED, JSON.stringify(checked));
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
