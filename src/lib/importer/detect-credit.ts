import { readNames } from './detect-names.ts';

/** A photo credit as printed (`本报记者 周丽华 摄`) and the names in it. */
export interface Credit {
	text: string;
	authors: string[];
}

const CREDIT = /^[（(]?\s*(.{1,30}?)(\s*[/／]?\s*)(?:摄|摄影|供图)\s*[）)]?$/u;

/**
 * Recognises a photo credit standing on its own: `本报记者 周丽华 摄`, `吴海 摄`,
 * `（新华社记者 鞠  明 摄）`.
 * @example detectCredit('吴海 摄')?.authors // ['吴海']
 */
export function detectCredit(text: string): Credit | undefined {
	const match = CREDIT.exec(text);
	if (!match || /[。！？，,：:；“”]/.test(match[1])) return undefined;
	const read = readNames(match[1]);
	// `X摄` with nothing between is too easily a sentence's end; a role word makes it safe.
	if (!read || (match[2] === '' && read.roles.length === 0)) return undefined;
	return { text: text.trim(), authors: read.names };
}

/**
 * Splits a photo credit off the end of a caption, where the layout put it after the last
 * sentence: `…的决心。 本报记者 孙明 摄`. Returns the caption and the credit, or undefined.
 * @example splitTrailingCredit('正在田间收割小麦。 吴海 摄')?.credit.text // '吴海 摄'
 */
export function splitTrailingCredit(text: string): { caption: string; credit: Credit } | undefined {
	const match = /^(.*[。！？!?…”）)])\s*([^。！？!?…”）)]{2,34})$/u.exec(text);
	if (!match) return undefined;
	const credit = detectCredit(match[2]);
	return credit ? { caption: match[1], credit } : undefined;
}
