const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function parts(date: string): { y: number; m: number; d: number; weekday: number } {
	const t = new Date(`${date}T00:00:00Z`);
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
}

/**
 * A date as Chinese newspapers print it; the time zone never shifts the day.
 * @example formatDate('2021-06-08') // '2021年6月8日'
 */
export function formatDate(date: string): string {
	const { y, m, d } = parts(date);
	return `${y}年${m}月${d}日`;
}

/** Day of the week in Chinese. @example weekday('2021-06-08') // '星期二' */
export function weekday(date: string): string {
	return `星期${WEEKDAYS[parts(date).weekday]}`;
}
