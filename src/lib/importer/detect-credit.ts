import { readNames } from './detect-names.ts';

/** A photo credit as printed (`本报记者 周丽华 摄`) and the names in it. */
export interface Credit {
	text: string;
	authors: string[];
}

// The credit may name the agency that supplied the picture after it: `王芳 摄（人民视觉）`.
const CREDIT = /^[（(]?\s*(.{1,30}?)(\s*[/／]?\s*)(?:摄|摄影|供图)\s*(?:[）)]|[（(][^（()）]{1,12}[）)])?$/u;

// Credits that name a source, not a person: `新华社发`, `受访者供图`, `（资料图片）`.
const SOURCE_CREDIT =
	/^[（(]?\s*(?:(?:新华社|中新社|人民日报|本报|[\p{Script=Han}]{2,6}(?:日报|晚报|社))发|(?:受访者|采访对象|主办方|本报资料|资料)供图|资料图片?|本报资料图片?)\s*[）)]?$/u;
// A credit that puts the picture first: `图/王海`, `图片：王海`.
const PICTURE_BY = /^[（(]?\s*(?:图|图片|摄影)\s*[/／：:]\s*([^）)]{2,30}?)\s*[）)]?$/u;
// How every other form ends: 摄, 摄影, 供图, 发, 图片, or a bracket. A cheap test before the
// patterns, since the importer asks about every line.
const CREDIT_END = /[摄影图发片）)]\s*$/u;

/**
 * Recognises a photo credit standing on its own: `本报记者 周丽华 摄`, `吴海 摄`,
 * `（新华社记者 鞠  明 摄）`, `图/王海`, and the credits that name a source instead of a person
 * (`新华社发`, `受访者供图`, `（资料图片）`, with no author).
 * @example detectCredit('吴海 摄')?.authors // ['吴海']
 */
export function detectCredit(text: string): Credit | undefined {
	const trimmed = text.trim();
	const by = PICTURE_BY.exec(trimmed);
	if (by) {
		const names = readNames(by[1]);
		return names ? { text: trimmed, authors: names.names } : undefined;
	}
	if (!CREDIT_END.test(text)) return undefined;
	// A bracket opened and not closed is the first line of a wrapped credit: `（资料图` / `片）`.
	const unclosed = /^[（(]/u.test(trimmed) && !/[）)]$/u.test(trimmed);
	if (SOURCE_CREDIT.test(trimmed)) return unclosed ? undefined : { text: trimmed, authors: [] };
	const match = CREDIT.exec(text);
	if (!match || /[。！？，,：:；“”]/.test(match[1])) return undefined;
	const read = readNames(match[1]);
	// `X摄` with nothing between is too easily a sentence's end; a role word makes it safe.
	if (!read || (match[2] === '' && read.roles.length === 0)) return undefined;
	return { text: text.trim(), authors: read.names };
}

/**
 * Splits a photo credit off the end of a caption, where the layout put it after the last
 * sentence: `…的决心。 本报记者 孙明 摄`, `…的决心。（新华社记者 鞠鹏 摄）`. Returns the caption and the
 * credit, or undefined.
 * @example splitTrailingCredit('正在田间收割小麦。 吴海 摄')?.credit.text // '吴海 摄'
 */
export function splitTrailingCredit(text: string): { caption: string; credit: Credit } | undefined {
	// The credit bare (`… 吴海 摄`) or in brackets (`…。（新华社记者 鞠鹏 摄）`, `…。（资料图片）`).
	const tail = text.slice(-40);
	if (!CREDIT_END.test(tail) && !/图\s*[/／：:]/u.test(tail)) return undefined;
	const match =
		/^(.*[。！？!?…”）)])\s*([^。！？!?…”（(）)]{2,34})$/u.exec(text) ??
		/^(.*[。！？!?…”])\s*([^。！？!?…”（(）)]{2,24}摄[（(][^。！？!?…（()）]{1,12}[）)])$/u.exec(text) ??
		(/[）)]\s*$/u.test(tail) ? /^(.*[。！？!?…”])\s*([（(][^。！？!?…（(）)]{2,34}[）)])$/u.exec(text) : null);
	if (!match) return undefined;
	const credit = detectCredit(match[2]);
	return credit ? { caption: match[1], credit } : undefined;
}
