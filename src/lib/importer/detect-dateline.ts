import { ROLE, isFourCharacterName, readNames, readsAsSignature } from './detect-names.ts';

/** A dateline that opens an article, and the authors named in its parentheses. */
export interface Dateline {
	text: string;
	authors: string[];
}

/** The papers and agencies a dateline opens with by name (`新华社北京12月31日电`); others by the ending of theirs (…日报, …社). */
export const DATELINE_SOURCES = ['本报', '新华社', '中新社', '人民日报', '央视'];

// A month or day in a dateline: in ASCII or full-width digits (`６月８日`), or in Han numerals (`六月八日`).
const DAY = String.raw`(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})`;

const DATELINE = new RegExp(
	String.raw`^(?:本报讯|据(?:新华社|中新社|[\p{Script=Han}]{2,6}(?:日报|晚报|社|台|网))电|(?:${DATELINE_SOURCES.join('|')}|[\p{Script=Han}]{2,6}(?:日报|晚报|社))?\s*[\p{Script=Han}]{0,8}\s*${DAY}\s*月\s*${DAY}\s*日\s*(?:电|讯))(?:\s*[（(【［]([^）)】］]{1,40})[）)】］])?`,
	'u',
);

// A dateline with no date, its reporters in the brackets after it: `本报北京电（记者 王芳）`,
// `新华社电（记者 王芳）`, a paper's news in brief: `光明日报讯（记者 王芳）`. Read only with a role in
// the brackets, the place short and no role or date in it (`本报记者电`, `…由来日电` are pieces of a
// dateline a PDF extraction cut and ran on after another line), and a paper named by its own
// name with 讯 only (`某某日报电` is such a piece, its date cut away).
const DATELESS = new RegExp(
	String.raw`^(?:(?:${DATELINE_SOURCES.join('|')})(?:(?![日的记者])\p{Script=Han}){0,6}?(?:电|讯)|[\p{Script=Han}]{2,6}(?:日报|晚报)讯)\s*[（(【［]([^）)】］]{1,40})[）)】］]`,
	'u',
);

// A correspondent posted abroad or away names the post and the reporter where a dateline would
// stand, the text run on after a space: `本报驻日内瓦记者 孙强 该国统计部门…`.
const POSTED =
	/^(?:本报|新华社|中新社|人民日报|[\p{Script=Han}]{2,6}(?:日报|晚报|社))驻[\p{Script=Han}]{1,8}记者\s+((?:\p{Script=Han}{2,4}\s+){1,2})(?=\S)/u;

// Many papers print the reporters run on into the text without parentheses, closed by 报道, after a
// dateline or alone: `本报讯　记者王芳　通讯员李强报道：`, `记者 王芳 报道 近日…`. The words before
// 报道 must all read as roles and names (readNames), so a sentence that reports is not taken; with no
// dateline before them, a space must also set them apart (`记者 王芳 报道：`, `本报记者　王芳报道：`),
// since a sentence may open `记者近日报道`.
const REPORTED =
	/^[\s\u3000]*([^。！？；：:，,（）()“”]{2,40}?)[\s\u3000]*报道(?:[\s\u3000]*[：:][\s\u3000]*|[\s\u3000]+|(?=\p{Script=Han}))/u;
const SPACED = /^[\s\u3000]*\S+[\s\u3000]+(?:\S.*?)?报道(?:[\s\u3000]*[：:]|[\s\u3000])/u;

/**
 * Many papers run the reporters on after a dateline without brackets, set off by spaces before the
 * text: `新华社北京12月5日电　记者王芳、李强　近日…`, `本报讯　实习生　王芳　通讯员　李强　近日…`.
 * Reads the roles and names after a dateline (`rest` opens with a space), up to the space before
 * the text: the longest run of words (at most six) that opens with a role, ends in a name and
 * reads as roles and names (readNames), with text after it that does not go on with a role. Where
 * the run ends the line (`ended`: a line read alone), the line's end closes it.
 */
function readRunOn(rest: string, ended: boolean): { text: string; authors: string[] } | undefined {
	if (!/^[\s\u3000]+/u.test(rest)) return undefined;
	const words = [...rest.slice(0, 80).matchAll(/[^\s\u3000]+/gu)];
	if (words.length === 0 || !ROLE.test(words[0][0])) return undefined;
	let found: { text: string; authors: string[] } | undefined;
	for (let k = 1; k <= Math.min(words.length, 6); k++) {
		const last = words[k - 1];
		const next = words[k];
		if (next ? ROLE.test(next[0]) : !ended || rest.length > 80) continue;
		if (ROLE.exec(last[0])?.[0] === last[0]) continue;
		const names = readNames(words.slice(0, k).join(' '));
		if (!names || names.roles.length === 0 || names.names.length === 0) continue;
		found = { text: rest.slice(0, (last.index ?? 0) + last[0].length), authors: names.names };
	}
	return found;
}

/**
 * Whether what follows a posted correspondent's role and first name is only one more name to the
 * end (`本报驻曼谷记者  雷宇航  苏少华`, `本报驻利马记者  刘一鸣  司马俊杰`): such a line is the
 * item's byline, not a dateline run on into text, so no name is read as the text's first words.
 * Words of text at a line's end (`本报驻东京记者 方丽凯 联合国`) do not read as a name.
 */
function endsInName(rest: string): boolean {
	const tail = rest.trim();
	return /^\p{Script=Han}{2,4}$/u.test(tail) && (readsAsSignature(tail) || isFourCharacterName(tail));
}

/** The roles and names closed by 报道 at the start of `rest`, as text and authors, if any. */
function readReported(rest: string, alone: boolean): { text: string; authors: string[] } | undefined {
	const match = REPORTED.exec(rest);
	if (!match || !ROLE.test(match[1].trimStart()) || (alone && !SPACED.test(match[0]))) return undefined;
	const names = readNames(match[1]);
	if (!names || names.roles.length === 0 || names.names.length === 0) return undefined;
	return { text: match[0].trimEnd(), authors: names.names };
}

/**
 * Recognises the dateline at the start of an article's first paragraph:
 * `本报北京1月1日电（记者 X）`, `新华社北京12月31日电`, `本报讯（通讯员 X）`, or a posted
 * correspondent's role and name run on into the text, `本报驻日内瓦记者 孙强 该国…`, or roles and
 * names closed by 报道, after a dateline or alone: `本报讯　记者王芳报道：`, `记者 王芳 报道 近日…`. A dateline always
 * opens a new article, which is how the parser splits items that carry no byline. An agency named
 * alone opens one too: `据新华社电`. Roles and names run on after a dateline are read up to the
 * space before the text, or, when `ended` (a line read alone), up to the line's end.
 * @example detectDateline('新华社北京12月31日电（记者 李四）今天…')?.authors // ['李四']
 */
export function detectDateline(paragraph: string, ended = false): Dateline | undefined {
	const posted = paragraph.slice(0, 16).includes('驻') ? POSTED.exec(paragraph) : null;
	if (posted && !endsInName(paragraph.slice(posted[0].length))) {
		const names = readNames(posted[1]);
		if (names) return { text: posted[0].trimEnd(), authors: names.names };
	}
	// Every dateline ends in 电 or 讯, or its names in 报道, within its first few words: a cheap test
	// before the patterns, since the importer asks about every paragraph and line.
	const head = paragraph.slice(0, 48);
	const reports = head.includes('报道');
	if (!/[电讯]/.test(head)) return reports ? readReported(paragraph, true) : undefined;
	const match = DATELINE.exec(paragraph);
	if (!match) {
		const dateless = DATELESS.exec(paragraph);
		const named = dateless && ROLE.test(dateless[1].trim()) ? readNames(dateless[1]) : undefined;
		if (dateless && named && named.roles.length > 0 && named.names.length > 0)
			return { text: dateless[0], authors: named.names };
		return reports ? readReported(paragraph, true) : undefined;
	}
	if (match[1] === undefined && reports) {
		const reported = readReported(paragraph.slice(match[0].length), false);
		if (reported) return { text: match[0] + reported.text, authors: reported.authors };
	}
	if (match[1] === undefined) {
		const runOn = readRunOn(paragraph.slice(match[0].length), ended);
		if (runOn) return { text: match[0] + runOn.text, authors: runOn.authors };
	}
	const names = match[1] ? readNames(match[1]) : undefined;
	const second = names ? secondBracket(paragraph.slice(match[0].length)) : undefined;
	if (names && second) return { text: match[0] + second.text, authors: [...names.names, ...second.authors] };
	return { text: match[0], authors: names?.names ?? [] };
}

/**
 * A second bracket group of roles and names right after a dateline's first: `本报北京6月8日电（记者
 * 王芳）（通讯员 李强）`. A role opens it, and it reads as roles and names (readNames).
 */
function secondBracket(rest: string): { text: string; authors: string[] } | undefined {
	const bracket = /^[ \u3000]*[（(]([^（()）]{2,40})[）)]/u.exec(rest);
	if (!bracket || !ROLE.test(bracket[1].trim())) return undefined;
	const read = readNames(bracket[1]);
	return read && read.roles.length > 0 && read.names.length > 0 ? { text: bracket[0], authors: read.names } : undefined;
}
