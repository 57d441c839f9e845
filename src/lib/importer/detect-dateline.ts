import { readNames } from './detect-names.ts';

/** A dateline that opens an article, and the authors named in its parentheses. */
export interface Dateline {
	text: string;
	authors: string[];
}

const DATELINE =
	/^(?:本报讯|(?:本报|新华社|中新社|人民日报|央视|[\p{Script=Han}]{2,6}(?:日报|晚报|社))?\s*[\p{Script=Han}]{0,8}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯))(?:\s*[（(]([^）)]{1,40})[）)])?/u;

// A correspondent posted abroad or away names the post and the reporter where a dateline would
// stand, the text run on after a space: `本报驻日内瓦记者 孙强 该国统计部门…`.
const POSTED =
	/^(?:本报|新华社|中新社|人民日报|[\p{Script=Han}]{2,6}(?:日报|晚报|社))驻[\p{Script=Han}]{1,8}记者\s+((?:\p{Script=Han}{2,4}\s+){1,2})(?=\S)/u;

/**
 * Recognises the dateline at the start of an article's first paragraph:
 * `本报北京1月1日电（记者 X）`, `新华社北京12月31日电`, `本报讯（通讯员 X）`, or a posted
 * correspondent's role and name run on into the text, `本报驻日内瓦记者 孙强 该国…`. A dateline always
 * opens a new article, which is how the parser splits items that carry no byline.
 * @example detectDateline('新华社北京12月31日电（记者 李四）今天…')?.authors // ['李四']
 */
export function detectDateline(paragraph: string): Dateline | undefined {
	const posted = paragraph.slice(0, 16).includes('驻') ? POSTED.exec(paragraph) : null;
	if (posted) {
		const names = readNames(posted[1]);
		if (names) return { text: posted[0].trimEnd(), authors: names.names };
	}
	// Every dateline ends in 电 or 讯 within its first few words: a cheap test before the pattern,
	// since the importer asks about every paragraph and line.
	if (!/[电讯]/.test(paragraph.slice(0, 48))) return undefined;
	const match = DATELINE.exec(paragraph);
	if (!match) return undefined;
	const names = match[1] ? readNames(match[1]) : undefined;
	return { text: match[0], authors: names?.names ?? [] };
}
