/**
 * The few facts about Chinese punctuation the parser leans on: what ends a sentence, what
 * cannot end a headline, and how two wrapped lines join.
 */

// Closing quotes and brackets may follow the sentence-final mark: 。” or ！）.
const CLOSERS = '”’」』）)》〉"\'';

const SENTENCE_END = new RegExp(`(?:[。！？!?…]|——)[${CLOSERS}]*$`);

/**
 * True when a line ends a sentence (。！？… or ——, optionally followed by closing quotes), so a
 * paragraph may end after it.
 * @example endsSentence('全年接待游客1.2万人次。') // true
 */
export function endsSentence(text: string): boolean {
	return SENTENCE_END.test(text);
}

// Characters after which a Chinese headline cannot stop: the wrap must go on. Pausing
// punctuation, opening brackets, and function words that always need a following word.
const OPEN_END = /[，,、：:；;“‘「『（(《〈—·的之和与及或在对把被向从将让给]$/;
const CLOSE_START = /^[，,、。：:；;！？!?”’」』）)》〉]/;

/**
 * True when headline part `before` cannot end there and `after` continues it, as in a
 * headline wrapped over several lines: `稳住基本盘，` + `守护好群众的` + `钱袋子`.
 * @example continuesHeading('守护好群众的', '钱袋子') // true
 */
export function continuesHeading(before: string, after: string): boolean {
	return OPEN_END.test(before) || CLOSE_START.test(after);
}

/**
 * Joins two hard-wrapped lines of one paragraph. Han text joins with no space; two Latin words
 * or numbers keep one space; a hyphen at a Latin line end keeps the word whole.
 * @example joinWrapped('in the', 'city') // 'in the city'
 */
export function joinWrapped(before: string, after: string): string {
	if (before === '') return after;
	if (after === '') return before;
	if (/[A-Za-z0-9.,;:!?%)]$/.test(before) && /^[A-Za-z0-9(]/.test(after) && !/[A-Za-z]-$/.test(before))
		return `${before} ${after}`;
	return before + after;
}
