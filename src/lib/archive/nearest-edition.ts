/**
 * The edition dates closest to a date: the date itself when it has a paper, else the nearest
 * before or after (the earlier one on a tie). `dates` are sorted `YYYY-MM-DD`.
 * @example nearestEdition(['2021-06-01', '2021-06-08'], '2021-06-06') // '2021-06-08'
 */
export function nearestEdition(dates: readonly string[], date: string): string | undefined {
	if (dates.length === 0) return undefined;
	const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
	const target = day(date);
	let best = dates[0];
	for (const d of dates) if (Math.abs(day(d) - target) < Math.abs(day(best) - target)) best = d;
	return best;
}

/**
 * Edition dates written compactly for a page to carry: the first date, then the gaps in days.
 * @example packDates(['2021-05-31', '2021-06-01', '2021-06-08']) // '2021-05-31+1+7'
 */
export function packDates(dates: readonly string[]): string {
	const sorted = [...dates].sort();
	const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
	return sorted.map((d, i) => (i === 0 ? d : String(day(d) - day(sorted[i - 1])))).join('+');
}

/**
 * The dates packDates wrote.
 * @example unpackDates('2021-05-31+1+7') // ['2021-05-31', '2021-06-01', '2021-06-08']
 */
export function unpackDates(packed: string): string[] {
	if (!packed) return [];
	const [first, ...gaps] = packed.split('+');
	const dates = [first];
	let at = Date.parse(`${first}T00:00:00Z`);
	for (const gap of gaps) {
		at += Number(gap) * 86_400_000;
		dates.push(new Date(at).toISOString().slice(0, 10));
	}
	return dates;
}
