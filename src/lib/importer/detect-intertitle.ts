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
