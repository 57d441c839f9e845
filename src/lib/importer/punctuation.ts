/**
 * The few facts about Chinese punctuation the parser leans on: what ends a sentence, what
 * cannot end a headline, and how two wrapped lines join.
 */

// Closing quotes and brackets may follow the sentence-final mark: 。” or ！）.
const CLOSERS = '”’」』）)》〉"\'';

// The dash (破折号) as printed, two em dashes, or as other fonts and encodings give it: two
// horizontal bars (――, Windows' code page 936 reads GBK's dash so), box-drawing lines (──) or
// full-width hyphens (－－).
const DASH = '(?:[—―─]{2}|－－)';
const DASH_CHARS = '—―─－';
const STARTS_DASH = new RegExp(`^${DASH}`, 'u');
const ENDS_DASH = new RegExp(`[^${DASH_CHARS}]${DASH}$`, 'u');
const HAS_DASH = new RegExp(DASH, 'u');
// Anything but a dash or a space: what a line of dashes alone (a rule) lacks.
const NOT_DASH = new RegExp(`[^${DASH_CHARS}\\s]`, 'u');

/**
 * True when text opens with a dash, as a subheadline (`——记…`) or a sign-off (`——编 者`) does;
 * a line of dashes alone (a rule) does not.
 * @example startsWithDash('——记某村党支部书记') // true
 */
export function startsWithDash(text: string): boolean {
	return STARTS_DASH.test(text) && NOT_DASH.test(text);
}

/**
 * True when text ends in a dash after other text, as a kicker (引题) may: `在希望的田野上——`.
 * @example endsWithDash('在希望的田野上――') // true
 */
export function endsWithDash(text: string): boolean {
	// Speed: the pattern spans the last three characters, so only they are read (a pattern
	// anchored at the end is still tried from every position of a long text).
	return ENDS_DASH.test(text.slice(-3));
}

/** True when text holds a dash anywhere. */
export function hasDash(text: string): boolean {
	return HAS_DASH.test(text);
}

// The closers, the sentence marks (。！？!?…) and the dashes of DASH (two of —―─, or －－), by
// their codes (see `endsSentence`).
const codes = (chars: string) => new Set([...chars].map((char) => char.charCodeAt(0)));
const CLOSER_CODES = codes(CLOSERS);
const MARK_CODES = codes('。！？!?…');
const DASH_CODES = codes('—―─');
const FULL_WIDTH_HYPHEN = 0xff0d;

/**
 * True when a line ends a sentence (。！？… or a dash, optionally followed by closing quotes), so a
 * paragraph may end after it.
 * @example endsSentence('全年接待游客1.2万人次。') // true
 */
export function endsSentence(text: string): boolean {
	// Speed: read back from the end over the closing quotes to the mark before them, instead of a
	// pattern anchored at the end, which is tried from every position of a long paragraph; by
	// their codes, with no string made per character.
	// (The closers, the marks and the dashes are all single UTF-16 units, and no closer is a mark.)
	let end = text.length;
	while (end > 0 && CLOSER_CODES.has(text.charCodeAt(end - 1))) end--;
	if (end === 0) return false;
	const last = text.charCodeAt(end - 1);
	if (MARK_CODES.has(last)) return true;
	if (end < 2) return false;
	const before = text.charCodeAt(end - 2);
	return (
		(DASH_CODES.has(last) && DASH_CODES.has(before)) || (last === FULL_WIDTH_HYPHEN && before === FULL_WIDTH_HYPHEN)
	);
}

// Characters after which a Chinese headline cannot stop: the wrap must go on. Pausing
// punctuation, opening brackets, and function words that always need a following word.
const OPEN_END = /[，,、：:；;“‘「『（(《〈—―─·的之和与及或在对把被向从将让给]$/;
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
 * or numbers keep one space; a hyphen at a Latin line end keeps the word whole; a number of Han
 * text that the wrap cut joins whole.
 * @example joinWrapped('in the', 'city') // 'in the city'
 * @example joinWrapped('收集民生实事 6', '24条') // '收集民生实事 624条'
 */
export function joinWrapped(before: string, after: string, last?: string): string {
	if (before === '') return after;
	if (after === '') return before;
	if (isDigit(after.charCodeAt(0)) && HAN_NUMBER_START.test(after) && HAN_NUMBER_END.test(before))
		return before + after;
	// Speed: only the last characters of `before` are read (it grows as joinLines joins a
	// paragraph's lines, and a pattern anchored at its end would be tried from every position);
	// `last`, its last character, where the caller knows it (reading it from a string joined of
	// pieces would first copy them all into one).
	// (A hyphen at a Latin line end is none of those marks: the word joins whole.)
	if (/[A-Za-z0-9.,;:!?%)]/.test(last ?? before.charAt(before.length - 1)) && /^[A-Za-z0-9(]/.test(after))
		return `${before} ${after}`;
	return before + after;
}

// A number set in Han text (`收集民生实事 6` / `24条`) that the wrap cut: digits after a Han
// character or full-width mark (a space between them allowed) at a line's end, and digits before
// one at the next line's start. Two numbers in Han text stand apart with a word between them.
const HAN_NUMBER_END = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u2018-\u201D] ?[0-9][0-9.]*$/u;
const HAN_NUMBER_START = /^[0-9][0-9.]*%? ?(?:[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u2018-\u201D]|$)/u;

/** An ASCII digit's character code (a cheap test before the regular expressions above). */
function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

// Han characters and the full-width punctuation set among them.
const HAN = '\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\u2018-\\u201D';
const EXTRACTED_SPACE = new RegExp(`(?<=[${HAN}]) (?=[${HAN}0-9])|(?<=[0-9%]) (?=[${HAN}])`, 'gu');
// A role word before a name keeps its space: `（记者 王芳）`.
const ROLE_BEFORE = /(?:记者|通讯员|评论员|实习生)$/u;

/**
 * Removes the spaces that text extraction put into body text: between a Han character and a
 * number (`实事 624条`) and inside a run of Han text (`每 季度`), where the paper sets none.
 * Kept: spaces between Latin words and numbers, beside a Latin word (`是 The Belt`, which papers
 * set apart), after a role word (`记者 王芳`), after a dateline (`…电 记者从…`), and among the
 * first four characters of a paragraph, which sets a lead word apart (`编者按 …`). Headlines,
 * bylines and credits are not passed here.
 * @example tidySpaces('收集民生实事 624条，每 季度通报 1次') // '收集民生实事624条，每季度通报1次'
 * `keepBefore` protects spaces up to that offset (a dateline's length).
 */
export function tidySpaces(text: string, keepBefore = 4): string {
	if (!text.includes(' ')) return text;
	return text.replace(EXTRACTED_SPACE, (space, offset: number) =>
		offset <= keepBefore || ROLE_BEFORE.test(text.slice(Math.max(0, offset - 3), offset)) ? space : '',
	);
}
