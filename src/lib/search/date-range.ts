const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/;

/**
 * A range end as `YYYY-MM`: a year means its first month (`from`) or last (`to`); a full date
 * counts as its month. Returns undefined for an empty or unreadable value.
 * @example monthOf('2021', 'to') // '2021-12'
 */
export function monthOf(value: string, end: 'from' | 'to'): string | undefined {
	const year = YEAR.exec(value.trim());
	if (year) return `${year[1]}-${end === 'from' ? '01' : '12'}`;
	const month = MONTH.exec(value.trim());
	if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2].padStart(2, '0')}`;
	return undefined;
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
