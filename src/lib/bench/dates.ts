/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day. */

/** The date `days` days after `date` (negative goes back). @example addDays('2021-06-08', -1) // '2021-06-07' */
export function addDays(date: string, days: number): string {
	const t = Date.parse(`${date}T00:00:00Z`);
	if (Number.isNaN(t)) throw new Error(`addDays expects a date written YYYY-MM-DD but found "${date}"`);
	return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}
