/**
 * What opens a box set at the head of an article's body, before its dateline: an editor's note
 * (`编者按：…`, signed `——编 者`) or a box title such as 核心阅读 or 阅读提示. A convention of the
 * trade: such a box starts an article's text and never continues a sentence.
 */
const HEAD_BOX = /^(?:编者按|编者的话|编前|核心阅读|阅读提示|导读)/u;

/**
 * Whether a paragraph or line opens a box at the head of an article.
 * @example opensHeadBox('编者按：今年是…') // true
 * @example opensHeadBox('核心阅读') // true
 * @example opensHeadBox('编辑部收到来信') // false
 */
export function opensHeadBox(text: string): boolean {
	return HEAD_BOX.test(text.trim());
}

// The titles papers give a box set at the head of a story's body: its summary, a reporter's
// notes, an editor's note. A convention of the trade, not of one page.
/** A box title printed over its text, a 小标题 whatever its size. */
export const BOX_TITLE = /^(?:核心阅读|记者手记|编者按|编后|阅读提示|导读)$/u;

/**
 * Whether a line is a box title standing alone (the box's text follows it).
 * @example isBoxTitle('核心阅读') // true
 * @example isBoxTitle('核心阅读：三年来…') // false
 */
export function isBoxTitle(text: string): boolean {
	return BOX_TITLE.test(text.trim());
}
