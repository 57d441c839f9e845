const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/;

/**
 * A range end as `YYYY-MM`: a year means its first month (`from`) or last (`to`); a full date
 * counts as its month (the index filters by month; dayOf narrows to the day). Returns undefined for an empty or unreadable value.
 * @example monthOf('2021', 'to') // '2021-12'
 */
export function monthOf(value: string, end: 'from' | 'to'): string | undefined {
	const year = YEAR.exec(value.trim());
	if (year) return `${year[1]}-${end === 'from' ? '01' : '12'}`;
	const month = MONTH.exec(value.trim());
	if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2].padStart(2, '0')}`;
	return undefined;
}

const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A range end as `YYYY-MM-DD`: a year or a month means its first day (`from`) or last (`to`); a
 * full date is itself. Returns undefined for an empty or unreadable value.
 * @example dayOf('2021-06', 'to') // '2021-06-30'
 * @example dayOf('2021-6-8', 'from') // '2021-06-08'
 */
export function dayOf(value: string, end: 'from' | 'to'): string | undefined {
	const day = DAY.exec(value.trim());
	if (day) {
		const [y, m, d] = day.slice(1).map(Number);
		const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
		if (m < 1 || m > 12 || d < 1 || d > last) return undefined;
		return `${day[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	}
	const month = monthOf(value, end);
	if (!month) return undefined;
	const [y, m] = month.split('-').map(Number);
	return `${month}-${end === 'from' ? '01' : String(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/**
 * Every month from `from` to `to` inclusive (both `YYYY-MM`), for Pagefind's `month` filter with
 * `any`; empty when the range runs backwards.
 * @example monthsBetween('2020-11', '2021-02') // ['2020-11', '2020-12', '2021-01', '2021-02']
 */
export function monthsBetween(from: string, to: string): string[] {
	const months: string[] = [];
	let [y, m] = from.split('-').map(Number);
	const [ty, tm] = to.split('-').map(Number);
	while (y < ty || (y === ty && m <= tm)) {
		months.push(`${y}-${String(m).padStart(2, '0')}`);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return months;
}

/**
 * The oldest date a search has looked at, to tell the reader: the first day of the oldest shard
 * searched so far, or of the date range (`YYYY-MM`, from monthOf) when that is later.
 * @example searchedSince('2021-01-01', '2021-06') // '2021-06-01'
 * @example searchedSince('2021-06-01', undefined) // '2021-06-01'
 */
export function searchedSince(shardFrom: string, rangeFrom: string | undefined): string {
	const rangeStart = rangeFrom ? `${rangeFrom}-01` : '';
	return rangeStart > shardFrom ? rangeStart : shardFrom;
}
