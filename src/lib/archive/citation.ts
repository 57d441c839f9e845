import { formatDate } from './format-date.ts';
import { pad2 } from './paths.ts';

/**
 * How to cite an item, in the form Chinese libraries use.
 * @example citation({ headline: '重温历史', authors: ['宋爽'], date: '2021-06-08', page: 1 }, '内蒙古日报')
 * // '宋爽：重温历史，《内蒙古日报》（2021年6月8日 第01版）'
 */
export function citation(
	item: { headline: string; authors?: string[]; date: string; page: number },
	paper: string,
): string {
	const who = item.authors?.length ? `${item.authors.join('、')}：` : '';
	return `${who}${item.headline}，《${paper}》（${formatDate(item.date)} 第${pad2(item.page)}版）`;
}
