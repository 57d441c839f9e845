/**
 * The numbering that opens a 小标题 (intertitle) inside a long article: `一、` `（二）` `3．`
 * `第四，`. Chinese articles number their parts this way; a headline almost never starts so.
 */
const ORDINAL =
	/^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．](?!\d)|\d{1,2}\.(?!\d)|第[一二三四五六七八九十]{1,3}[，、：:])\s*\S/u;

/**
 * Whether a short line reads as a numbered intertitle. The caller checks that it stands short of
 * its column and inside an article (a body before or after it).
 * @example isNumberedIntertitle('一、广开言路听意见') // true
 * @example isNumberedIntertitle('（二）主动下访问需求') // true
 * @example isNumberedIntertitle('2021年的重点工作') // false
 */
export function isNumberedIntertitle(text: string): boolean {
	return ORDINAL.test(text.trim());
}

const HAN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Han numeral up to 99 (`三` 3, `十二` 12, `二十` 20), or undefined. */
function hanNumber(text: string): number | undefined {
	const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
	if (!m || text === '') return undefined;
	const [, tens, ten, units] = m;
	if (!ten) return tens && !units ? HAN_DIGIT[tens] : undefined;
	return (tens ? HAN_DIGIT[tens] : 1) * 10 + (units ? HAN_DIGIT[units] : 0);
}

/**
 * The numbering a numbered 小标题 opens with: its style (`一、`, `（一）`, `1.`, `第一，`, so that
 * only numbers of one style count on from each other) and its number. Undefined for a line that
 * opens no ordinal (`isNumberedIntertitle`).
 * @example ordinalOf('二、广泛接受社会监督') // { style: 'han、', n: 2 }
 * @example ordinalOf('（三）在学思践悟中') // { style: '（han）', n: 3 }
 */
export function ordinalOf(text: string): { style: string; n: number } | undefined {
	const trimmed = text.trim();
	if (!isNumberedIntertitle(trimmed)) return undefined;
	let m = /^([一二三四五六七八九十]{1,3})([、．.])/u.exec(trimmed);
	if (m) {
		const n = hanNumber(m[1]);
		return n === undefined ? undefined : { style: `han${m[2] === '、' ? '、' : '.'}`, n };
	}
	m = /^[（(]([一二三四五六七八九十]{1,3})[）)]/u.exec(trimmed);
	if (m) {
		const n = hanNumber(m[1]);
		return n === undefined ? undefined : { style: '（han）', n };
	}
	m = /^(\d{1,2})([、．.])/u.exec(trimmed);
	if (m) return { style: `digit${m[2] === '、' ? '、' : '.'}`, n: Number(m[1]) };
	m = /^第([一二三四五六七八九十]{1,3})[，、：:]/u.exec(trimmed);
	if (m) {
		const n = hanNumber(m[1]);
		return n === undefined ? undefined : { style: '第han', n };
	}
	return undefined;
}
