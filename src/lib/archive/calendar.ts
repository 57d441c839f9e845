/** One cell of a month grid: a day of the month, or null for padding before the 1st. */
export type CalendarCell = { day: number; date: string } | null;

/** A month laid out in weeks starting on Monday, as Chinese calendars are. */
export interface CalendarMonth {
	year: number;
	month: number;
	weeks: CalendarCell[][];
}

/** Weeks every month grid has, so that months side by side are as tall as each other. */
export const WEEKS_SHOWN = 6;

/**
 * The weeks of one month, Monday first, padded to WEEKS_SHOWN weeks.
 * @example monthGrid(2021, 6).weeks[0] // [null, { day: 1, date: '2021-06-01' }, …]
 */
export function monthGrid(year: number, month: number): CalendarMonth {
	const first = new Date(Date.UTC(year, month - 1, 1));
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const lead = (first.getUTCDay() + 6) % 7;
	const cells: CalendarCell[] = Array.from({ length: lead }, () => null);
	for (let day = 1; day <= days; day++) {
		cells.push({ day, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
	}
	while (cells.length < WEEKS_SHOWN * 7) cells.push(null);
	const weeks: CalendarCell[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return { year, month, weeks };
}

/**
 * Dates grouped by year and month, newest year first, months in calendar order.
 * @example groupDates(['2021-06-08', '2021-07-01']) // Map { 2021 => Map { 6 => [...], 7 => [...] } }
 */
export function groupDates(dates: Iterable<string>): Map<number, Map<number, string[]>> {
	const years = new Map<number, Map<number, string[]>>();
	for (const date of [...dates].sort()) {
		const y = Number(date.slice(0, 4));
		const m = Number(date.slice(5, 7));
		if (!years.has(y)) years.set(y, new Map());
		const months = years.get(y)!;
		if (!months.has(m)) months.set(m, []);
		months.get(m)!.push(date);
	}
	return new Map([...years].sort((a, b) => b[0] - a[0]));
}
