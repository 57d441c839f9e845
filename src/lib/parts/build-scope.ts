import { delimiter } from 'node:path';

/**
 * What one build renders (docs/scale.md, "Beyond one machine"), resolved here and nowhere else:
 *
 * - `all` (the default): the whole archive, every page.
 * - `part` (`BUILD_YEARS=2019-2020`, or months: `BUILD_YEARS=2024-01..2024-11`): the item, page
 *   and edition pages of those years or months, their `text.txt` files and search shards, and the
 *   part's summary (src/pages/[summary].json.ts).
 * - `join` (`BUILD_JOIN=<part folder>:<part folder>…`): the pages that list across years, with
 *   the items loaded from the parts' summaries instead of the content files.
 * - `part` with `join` (both set: the daily build): the part's pages as above and the pages that
 *   list across years, from its own content and the other parts' summaries, in one build.
 * - `preview` (`npm run dev`, which sets `PREVIEW_YEARS=2019-2020` or `PREVIEW_EDITIONS=30`): the
 *   editions of those years, or the newest editions, loaded and rendered; the rest not read.
 */
export type BuildScope =
	| { role: 'all' }
	| { role: 'part'; periods: string[]; label: string; join?: string[] }
	| { role: 'join'; parts: string[] }
	| { role: 'preview'; years: number[]; label: string }
	| { role: 'preview'; editions: number; label: string };

/**
 * Years from `2019-2020`, `2019`, or a comma list of both (`2001,2003-2005`), ascending.
 * Throws with a message naming the value for anything else.
 */
export function parseYears(spec: string): number[] {
	const years = new Set<number>();
	for (const piece of spec.split(',').map((s) => s.trim())) {
		const match = /^(\d{4})(?:-(\d{4}))?$/.exec(piece);
		if (!match || (match[2] && Number(match[2]) < Number(match[1])))
			throw new Error(
				`build scope: expects years like "2019", "2019-2020" or "2001,2003-2005" but found "${spec}" (BUILD_YEARS or --years)`,
			);
		for (let y = Number(match[1]); y <= Number(match[2] ?? match[1]); y++) years.add(y);
	}
	return [...years].sort((a, b) => a - b);
}

/** The months from `2024-01` to `2024-11`, both included: `YYYY-MM` each. */
function monthsBetween(from: string, to: string): string[] {
	const months: string[] = [];
	let [year, month] = from.split('-').map(Number);
	for (;;) {
		const name = `${year}-${String(month).padStart(2, '0')}`;
		if (name > to) return months;
		months.push(name);
		if (++month > 12) [year, month] = [year + 1, 1];
	}
}

/**
 * The periods of a part, ascending: years (`2019`) and months (`2024-12`), from what
 * parseYears reads and months, `2024-12` or a range `2024-01..2024-11`, in the same comma list.
 * A month inside a year also named is dropped. Throws with a message naming the value for anything else.
 * @example parsePeriods('2019-2020') // ['2019', '2020']
 * @example parsePeriods('2024-01..2024-03') // ['2024-01', '2024-02', '2024-03']
 */
export function parsePeriods(spec: string): string[] {
	const periods = new Set<string>();
	const years: string[] = [];
	for (const piece of spec.split(',').map((s) => s.trim())) {
		const month = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:\.\.(\d{4}-(?:0[1-9]|1[0-2])))?$/.exec(piece);
		if (month && (!month[2] || month[2] >= month[1]))
			monthsBetween(month[1], month[2] ?? month[1]).forEach((m) => periods.add(m));
		else if (month)
			throw new Error(
				`build scope: expects months like "2024-12" or "2024-01..2024-11" but found "${spec}" (BUILD_YEARS or --years)`,
			);
		else years.push(piece);
	}
	if (years.length > 0) for (const year of parseYears(years.join(','))) periods.add(String(year));
	const sorted = [...periods].sort();
	return sorted.filter((period) => period.length === 4 || !periods.has(period.slice(0, 4)));
}

/** Whether a date (`2024-12-31`) or a month (`2024-12`) falls in a period (`2024` or `2024-12`). */
export function inPeriod(period: string, date: string): boolean {
	return date.startsWith(`${period}-`) || date === period;
}

/**
 * The build's scope from the environment: `BUILD_YEARS` makes a part, `BUILD_JOIN` a join, both a
 * part joined with the other parts (the daily build), `PREVIEW_YEARS` or `PREVIEW_EDITIONS` a
 * preview (scripts/dev.ts sets them), none the whole site.
 */
export function buildScope(env: Record<string, string | undefined>): BuildScope {
	const years = env.BUILD_YEARS?.trim();
	const join = env.BUILD_JOIN?.trim();
	const previewYears = env.PREVIEW_YEARS?.trim();
	const previewEditions = env.PREVIEW_EDITIONS?.trim();
	if ((years || join) && (previewYears || previewEditions))
		throw new Error(
			'build scope: BUILD_YEARS (a part) or BUILD_JOIN (the join) and PREVIEW_YEARS or PREVIEW_EDITIONS (the preview) exclude each other',
		);
	const parts = join?.split(delimiter).filter(Boolean);
	if (years)
		return { role: 'part', periods: parsePeriods(years), label: years, ...(parts?.length ? { join: parts } : {}) };
	if (join) return { role: 'join', parts: parts! };
	if (previewYears) return { role: 'preview', years: parseYears(previewYears), label: previewYears };
	if (previewEditions) {
		const editions = Number(previewEditions);
		if (!Number.isInteger(editions) || editions < 1)
			throw new Error(
				`build scope: expects a number of editions like "30" but found "${previewEditions}" (PREVIEW_EDITIONS or --editions)`,
			);
		return { role: 'preview', editions, label: `${editions}` };
	}
	return { role: 'all' };
}

/**
 * Checks a part of months against the archive's edition dates: the months it holds of a year are
 * either the archive's newest month (the day's part) or every month of that year before it (the
 * closed months' part). The search shards of a year are packed from January, the newest month
 * apart (src/lib/search/shards.ts), so any other cut would give other shards than a single build.
 */
export function checkMonthCut(scope: BuildScope, dates: string[]): void {
	if (scope.role !== 'part') return;
	const newest = dates.reduce((a, b) => (b > a ? b : a), '').slice(0, 7);
	for (const year of new Set(scope.periods.filter((p) => p.length === 7).map((p) => p.slice(0, 4)))) {
		const months = [...new Set(dates.filter((d) => d.startsWith(`${year}-`)).map((d) => d.slice(0, 7)))].sort();
		const held = months.filter((m) => rendersDate(scope, m));
		const left = months.filter((m) => !rendersDate(scope, m));
		const dayPart = held.length === 1 && held[0] === newest;
		if (left.length === 0 || dayPart || (left.length === 1 && left[0] === newest)) continue;
		throw new Error(
			`build scope: a part of months holds either the archive's newest month (${newest}) or every month of its year before it, but "${scope.label}" holds ${held.join(', ') || 'none'} of ${year} without ${left.join(', ')}`,
		);
	}
}

/** Whether the build renders the pages of an edition date (`2021-06-08`): the dated pages are the parts'. */
export function rendersDate(scope: BuildScope, date: string): boolean {
	if (scope.role === 'all' || scope.role === 'preview') return true;
	if (scope.role === 'join') return false;
	return scope.periods.some((period) => inPeriod(period, date));
}

/** Whether the build renders the pages that list across years (home, archive, authors, sections, feed…). */
export function rendersListings(scope: BuildScope): boolean {
	return scope.role !== 'part' || scope.join !== undefined;
}

/** The part folders whose summaries the build loads: the join's parts, or the other parts a part is joined with. */
export function joinedParts(scope: BuildScope): string[] | undefined {
	return scope.role === 'join' ? scope.parts : scope.role === 'part' ? scope.join : undefined;
}

/**
 * The edition dates a build loads: a part those of its years or months, and each edition next to one of
 * them, whose date its edition pages link to ("older", "newer"); a preview its years or its
 * newest editions, nothing more; all dates otherwise.
 */
export function loadedDates(scope: BuildScope, dates: string[]): Set<string> {
	if (scope.role === 'preview') return checkedDates(scope, dates);
	if (scope.role !== 'part') return new Set(dates);
	const sorted = [...new Set(dates)].sort();
	const inside = (i: number) => i >= 0 && i < sorted.length && rendersDate(scope, sorted[i]);
	return new Set(sorted.filter((_, i) => inside(i) || inside(i - 1) || inside(i + 1)));
}

/**
 * A glob of the edition folders a part loads (loadedDates), so that the content loader lists
 * only those folders' files and not the whole archive's: its years' or months' folders and the
 * neighbours' dates.
 * @example partFolders({ role: 'part', periods: ['2024'], label: '2024' }, new Set(['2023-12-31', '2024-01-01'])) // '{2024-*,2023-12-31}'
 */
export function partFolders(scope: BuildScope & { role: 'part' }, loaded: Set<string>): string {
	const neighbours = [...loaded].filter((date) => !rendersDate(scope, date)).sort();
	const folders = [...scope.periods.map((period) => `${period}-*`), ...neighbours];
	return folders.length === 1 ? folders[0] : `{${folders.join(',')}}`;
}

/**
 * The edition dates whose content files a build checks and renders: a part's and a preview's own
 * (not a part's neighbours, which their own part checks), all dates otherwise.
 */
export function checkedDates(scope: BuildScope, dates: string[]): Set<string> {
	if (scope.role === 'part') return new Set(dates.filter((date) => rendersDate(scope, date)));
	if (scope.role !== 'preview') return new Set(dates);
	if ('years' in scope) return new Set(dates.filter((date) => scope.years.includes(Number(date.slice(0, 4)))));
	return new Set([...new Set(dates)].sort().slice(-scope.editions));
}
