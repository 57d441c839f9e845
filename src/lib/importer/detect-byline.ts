import { isReportWord, readNames, readsAsSignature, ROLE, signatureNames } from './detect-names.ts';

/** A byline as printed, without its mark, and the person names in it. */
export interface Byline {
	text: string;
	authors: string[];
	/** Signed with ◎ or by a 评论员: the item is a commentary. */
	commentary: boolean;
	/** A name alone on a bare line, read as a signature by where it stands: no evidence of the page's order. */
	bare?: boolean;
}

// Marks set before a byline. ◎ signs a commentary in most Chinese papers.
const MARK = /^([□◎☆★△○▲●])\s*/;
const COMMENTARY_MARK = '◎';

// A role word and the colon or bar after it, before the names.
const ROLE_SEPARATOR = /(记者|通讯员|评论员|实习生|撰稿人?|摄影|摄像|整理|编译|口述)\s*[：:|｜]\s*(?=\p{Script=Han})/gu;

// The interviewer's cue opening a question (`记者：`), one run of five or more characters after it.
const INTERVIEW_QUESTION = /^(?:本报)?记者\s*[：:]\s*\p{Script=Han}{5,}$/u;

// A paper's commentary department signs as one, with no name: `本报评论部`, `人民日报评论部`.
const DEPARTMENT = /^(?:本报|新华社|[\p{Script=Han}]{2,8}(?:报|社))评论部$/u;

/** Whether a text is a paper's commentary department (`DEPARTMENT`). Speed: its end, 评论部, is asked before the pattern. */
function isDepartment(text: string): boolean {
	return text.endsWith('评论部') && DEPARTMENT.test(text);
}

// A label's mark (■, ◆) set before a reporter's role is a byline's: `■本报记者 王芳`. A label is a
// column's name and never opens with a role word.
const LABEL_MARK = /^([■◆])\s*/u;

function reporterUnderLabelMark(line: string): RegExpExecArray | null {
	const mark = LABEL_MARK.exec(line);
	if (!mark) return null;
	const rest = line.slice(mark[0].length);
	// So is a writer's prefix after it: `■文/王芳`, `◆作者：王芳`; and a writer's name alone, set
	// apart from the mark by a space as a signature is (`■ 王芳`): a column's name is set close to
	// its mark (`■视点`), and never opens with a common surname (`signatureNames`).
	return ROLE.test(rest) || WRITER_UNDER_MARK.test(rest) || nameUnderMark(mark[0], rest) ? mark : null;
}

/** Whether the words after a label's mark, set apart from it by a space, are a writer's names alone: `■ 王芳`. */
function nameUnderMark(mark: string, rest: string): boolean {
	return /\s$/u.test(mark) && (signatureNames(rest)?.length ?? 0) > 0;
}

// A writer's prefix with its slash, bar or colon: `文/`, `文｜`, `作者：`, `撰文：`, `文/图`.
const WRITER_UNDER_MARK = /^(?:(?:文|作者|撰文|文图|图文)\s*[/／:：|｜]|文\s*[/／·・]\s*图)/u;

/**
 * A note on who wrote a piece, in brackets: `（作者为某大学教授）`, `（作者单位：某市委党校）`,
 * `（作者简介：…）`. It closes a commentary's text, or follows its writer's name on the signature.
 */
export const WRITER_NOTE = /^[（(]作者(?:为|系|是|单位|简介)/u;

// A writer's word set off from the name by a space or a middle dot alone: `文　王芳`, `作者 王芳`,
// `撰文 王芳`, `文·王芳`.
const SPACED_WRITER = /^(?:文|作者|撰文|编译)(?:\s*[·・]\s*|\s+)(?=\p{Script=Han})/u;

/**
 * A writer's word set off from the names by a space or a dot alone (`文　王芳`, `作者 王芳 李强`):
 * only where every name after it reads as a person's (a common surname: `readsAsSignature`), so
 * that a head set letter-spaced (`文 化 强 国`) or a column's name is not taken for one.
 */
function spacedWriter(rest: string): RegExpExecArray | null {
	const spaced = SPACED_WRITER.exec(rest);
	if (!spaced) return null;
	const names = signatureNames(rest.slice(spaced[0].length));
	return names && names.length > 0 ? spaced : null;
}

// Names each with what its person did after it, and no role: `王芳 编译`, `王芳 口述 李强 整理`,
// `王芳/文 李强/图`, `王芳 文 李强 图`.
// Names with pictures alone after them (`王芳/图`, `王芳 摄影`) are a photo's credit.
const NAMES_THEN_JOB = /^(?:\p{Script=Han}{2,4}(?: |\s*[/／]\s*)(?:口述|整理|编译|采写|文|图|文图|图文) ?)+$/u;
const NAMES_THEN_PICTURE = /^(?:\p{Script=Han}{2,4}(?: |\s*[/／]\s*)图 ?)+$/u;

/** Whether a line holds only names, each followed by its job (`NAMES_THEN_JOB`), the names of common surnames. */
function namesThenJob(rest: string): boolean {
	if (!NAMES_THEN_JOB.test(rest.trim()) || NAMES_THEN_PICTURE.test(rest.trim())) return false;
	const read = readNames(jobsMarked(rest));
	return read !== undefined && read.names.every((name) => readsAsSignature(name));
}

/**
 * Whether a line holds names and then, after a space, what the byline signs or where from, with no
 * role: `王芳　报道`, `王芳　李强　北京报道`, `王芳 采写`. The names read as people's (a common surname:
 * `signatureNames`), so that a headline ending in 报道 (`两会报道`) is not taken for one.
 */
function namesThenReport(rest: string): boolean {
	// Speed: the last word, after the last run of spaces, is read first, with no pattern run over the
	// line (`^(.+?)\s+(\S+)$`, the names before the spaces and the word after them): most lines end
	// in no word that says what a byline signs.
	const text = rest.trim();
	let end = text.length;
	while (end > 0 && !isSpace(text.charCodeAt(end - 1))) end--;
	if (end === 0 || !isReportWord(text.slice(end))) return false;
	let start = end - 1;
	while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
	const names = text.slice(0, start);
	// (The names' `.` runs over no line break.)
	if (/[\n\r\u2028\u2029]/u.test(names)) return false;
	return (signatureNames(names)?.length ?? 0) > 0;
}

/** Whether a UTF-16 unit is white space as a pattern's `\s` reads it (and `trim` drops it). */
function isSpace(code: number): boolean {
	return (
		(code >= 0x09 && code <= 0x0d) ||
		code === 0x20 ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** A line of names and jobs with 文 or 图 after a name marked by a slash, as readNames reads it: `王芳 文` → `王芳/文`. */
function jobsMarked(rest: string): string {
	return rest.replace(/(?<=\p{Script=Han}{2}) (文|图|文图|图文)(?= |$)/gu, '/$1');
}

// A reader's signature under a letter: where the reader lives (`place`), 读者, the name.
const readerPattern = (place: string) =>
	new RegExp(String.raw`^[\s\u3000]*(${place})[\s\u3000]*读者[\s\u3000]*(\p{Script=Han}{2,4})[\s\u3000]*$`, 'u');
// The place ending as a place's name does.
const READER = readerPattern(String.raw`\p{Script=Han}{1,12}?(?:省|市|区|县|旗|盟|州|镇|乡|村|街道|社区|嘎查|苏木)`);
// Where the line stands says it signs (`placed`): any place, or none.
const PLACED_READER = readerPattern(String.raw`\p{Script=Han}{0,12}?`);

/**
 * A reader's signature with where the reader lives (`READER`), the place set off from 读者 by a space or the
 * name glued to it, as ROLE reads it: `湖南省珠海市读者 王芳`; the name of a common surname. `placed`: where the
 * line stands says it signs a letter (the layout's sign-off at a text's foot), so the place may end any way or
 * be left out (`某某单位读者王芳`, `读者王芳`).
 * @example readerSignature('湖南省珠海市读者王芳') // '湖南省珠海市读者 王芳'
 */
export function readerSignature(rest: string, placed = false): string | undefined {
	const reader = rest.includes('读者') ? (placed ? PLACED_READER : READER).exec(rest) : null;
	return reader && readsAsSignature(reader[2]) ? `${reader[1]}读者 ${reader[2]}` : undefined;
}

/**
 * Recognises a byline line: `□本报记者 孙明`, `◎赵晓`, `本报记者 王立新 实习生 李雨`,
 * `本报通讯员 X`, `新华社记者 鞠  明`, `文/X`, and a commentator's role alone, `◎本报评论员`
 * (no names), a writer's mark: `文/X`, `文/图 X`, `文　X`, `编译：X`, `口述：X 整理：Y`, names with
 * their jobs after them (`X 编译`), and a role under a label's mark, `■本报记者 X`. Without a mark it must start with a role word, so
 * a body line that starts with a name is not taken for one. A line ending in 摄 is a photo
 * credit, not a byline.
 * @example detectByline('□本报记者 孙明')?.authors // ['孙明']
 */
export function detectByline(line: string): Byline | undefined {
	if (line.length > 40 || line.endsWith('摄') || line.endsWith('供图')) return undefined;
	// Speed: a stop, comma, quote or bracket anywhere makes a line no byline (see the test on `rest`
	// below: no mark or writer's prefix holds one), unless a note in brackets closes it.
	const closed = line.endsWith('）') || line.endsWith(')');
	if (!closed && /[。！？；，,“”（）()]/.test(line)) return undefined;
	const mark = MARK.exec(line) ?? reporterUnderLabelMark(line);
	let rest = mark ? line.slice(mark[0].length) : line;
	// Who wrote it, or wrote it and took its pictures: `文/X`, `作者：X`, `文｜X`, `文/图 X`, `文·图/X`, `图文/X`.
	const writer =
		/^(?:(?:文\s*[/／·・]\s*图|图\s*[/／·・]\s*文)(?:\s*[/／:：|｜]\s*|\s+)|(?:文图|图文|文|作者|撰文|执笔|编译|口述|整理)\s*[/／:：|｜]\s*)/u.exec(
			rest,
		) ?? spacedWriter(rest);
	if (writer) rest = rest.slice(writer[0].length);
	// A signature may carry a note on its writer in brackets: `◎王芳（作者为某大学教授）`; a note that
	// says so (`（作者为…）`, `（作者单位：…）`) makes a name without a mark a signature too.
	const note = closed ? /\s*[（(][^（()）]{2,30}[）)]$/u.exec(rest) : null;
	const noted = note !== null && WRITER_NOTE.test(note[0].trim());
	if (note && (mark || noted)) rest = rest.slice(0, note.index);
	// A role set off from its names by a colon or a bar: `记者：王芳`, `本报记者｜王芳 通讯员｜李强`.
	// Speed: the pattern is tried only where a colon or bar stands.
	if (/[：:|｜]/u.test(rest)) {
		// An interview's question wrapped at the column's edge (`记者：群众最关心` / `的问题是什么？`):
		// one unbroken run of five or more characters after the colon is text, not a name.
		if (INTERVIEW_QUESTION.test(rest)) return undefined;
		rest = rest.replace(ROLE_SEPARATOR, '$1 ');
	}
	if (/[。！？；：:，,“”（）()]/.test(rest)) return undefined;
	// A reader signing a letter with where the reader lives, the place set off from 读者 by a space or the
	// name glued to it (`湖南省珠海市 读者 王芳`, `湖南省珠海市读者王芳`): read as `湖南省珠海市读者 王芳`.
	if (!mark && !writer) rest = readerSignature(rest) ?? rest;
	const job = !mark && !writer && namesThenJob(rest);
	if (job) rest = jobsMarked(rest);
	const reported = !mark && !writer && !job && namesThenReport(rest);
	if (!mark && !writer && !noted && !job && !reported && !ROLE.test(rest) && !isDepartment(rest.trim()))
		return undefined;
	// ▲ marks a column's name or a brief's headline; it signs only with a role: `▲基层声音` is a label.
	if (mark?.[1] === '▲' && !writer && !ROLE.test(rest)) return undefined;
	// A paper's own commentary is signed by the role alone, with no name: `◎本报评论员`.
	const signature = rest.trim();
	// `评论员文章` (a commentator's article) names the genre: 文章 is no name. Under a label's mark it
	// is the column's label; alone, the commentator's role signing with no name.
	const genre = /评论员文章$/u.test(signature);
	if (genre && mark) return undefined;
	const role = ROLE.exec(signature);
	const read =
		(role && (role[0] === signature || genre) && role[0].endsWith('评论员')) || isDepartment(signature)
			? { roles: [signature], names: [] }
			: readNames(rest);
	if (!read) return undefined;
	return {
		text: (mark ? line.slice(mark[0].length) : line).trim(),
		authors: read.names,
		// A reporter signs with a role (本报记者 X); a writer signing with the name alone (□X) signs
		// an opinion piece, as a commentator does.
		commentary:
			mark?.[1] === COMMENTARY_MARK ||
			genre ||
			read.roles.some((r) => /评论[员部]$/u.test(r)) ||
			(!writer && !job && !reported && read.roles.length === 0 && read.names.length > 0),
	};
}

/**
 * Reads the note that signs an interview told in the first person, a paragraph wholly in
 * brackets: `（本报记者 王芳采访整理）`. Returns the names in it, or undefined.
 * @example readNoteAuthors('（本报记者 王芳采访整理）') // ['王芳']
 */
export function readNoteAuthors(paragraph: string): string[] | undefined {
	// Also `（本报记者 王芳根据采访整理）`, `（本报记者 王芳根据录音整理）`.
	const note = /^[（(]\s*(.+?)\s*(?:根据|据)?(?:采访|录音|口述)?(?:整理|采写)\s*[）)]$/u.exec(paragraph.trim());
	if (note) return readNames(note[1])?.names;
	// A story signed at its end, a role and names in brackets: `（本报记者 王芳）`, or with a colon
	// after the role, `（本报记者：王芳）`.
	const signed = /^[（(]\s*([^（()）]+?)\s*[）)]$/u.exec(paragraph.trim());
	return signed && ROLE.test(signed[1]) ? readNames(signed[1].replace(ROLE_SEPARATOR, '$1 '))?.names : undefined;
}

/**
 * Reads a writer's name closing a text as a paragraph of its own, after a dash or in brackets:
 * `——王芳`, `（王芳）`, `（作者：王芳）`, `（文/王芳）`, or a reporter's role and names after the dash
 * (`——新华社记者 王芳`). The names without a role read as people's (a common surname,
 * `signatureNames`): an editor's sign-off (`——编 者`) names no one.
 * @example readClosingSignature('——王芳') // ['王芳']
 * @example readClosingSignature('（作者：王芳）') // ['王芳']
 * @example readClosingSignature('（文/王芳）') // ['王芳']
 */
export function readClosingSignature(paragraph: string): string[] | undefined {
	const text = paragraph.trim();
	// A reporter signing at the end after a dash, with a role: `——新华社记者 王芳`, `——本报记者 王芳 李强`.
	// Only roles and names (Han names of four characters at most) follow the dash.
	const reporter = /^(?:——|[—－―─]{2})\s*(\S[^。！？；，,“”（）()：:]{2,24})$/u.exec(text);
	if (reporter && ROLE.test(reporter[1])) {
		const read = readNames(reporter[1]);
		if (read && read.roles.length > 0 && read.names.length > 0 && read.names.every((n) => [...n].length <= 3))
			return read.names;
	}
	const signed =
		/^(?:——|[—－―─]{2})\s*(\S.{0,9})$/u.exec(text) ??
		/^[（(]\s*(?:(?:作者|撰文)\s*[：:]\s*|文\s*[/／:：|｜]\s*)?([^（()）]{2,12}?)\s*[）)]$/u.exec(text);
	return signed ? signatureNames(signed[1]) : undefined;
}

// Text and pictures by one hand, opening a sign-off's brackets before a role: `文/图 `, `图/文 `.
const SIGN_OFF_WRITER = /^(?:文\s*[/／·・]\s*图|图\s*[/／·・]\s*文)(?:\s*[/／:：|｜]\s*|\s+)(?=\S)/u;
// That mark after the names, a space before it: `本报记者 王芳 文/图`.
const SIGN_OFF_WRITER_AFTER = /\s+(?:文\s*[/／·・]\s*图|图\s*[/／·・]\s*文)$/u;

/**
 * Reads a story's signature closing it on a line of its own, wholly in brackets: its writer's name
 * (`（王芳）`) or a reporter's role and names (`（记者 王芳）`, `（本报记者 王芳 李强）`). A brief or a
 * report signed so ends there, and the brackets are its byline, not its text. An interview's note
 * (`（本报记者 王芳采访整理）`) is the story's own text, and a writer's note (`（作者为…）`) names no one.
 * Text and pictures by one reporter may open the brackets: `（文/图 本报记者 王芳）`.
 * @example readBracketSignOff('（本报记者 王芳 李强）') // ['王芳', '李强']
 * @example readBracketSignOff('（本报记者 王芳采访整理）') // undefined
 */
export function readBracketSignOff(paragraph: string): string[] | undefined {
	const text = paragraph.trim();
	const inner = /^[（(]\s*([^（()）]+?)\s*[）)]$/u.exec(text)?.[1];
	if (inner === undefined || /(?:整理|采写)$/u.test(inner) || WRITER_NOTE.test(text)) return undefined;
	// A reporter who wrote the text and took its pictures (`（文/图 本报记者 王芳）`): the names after the role sign.
	const writer = SIGN_OFF_WRITER.exec(inner);
	if (writer) {
		const rest = inner.slice(writer[0].length);
		const read = !/[：:/／|｜]/u.test(rest) && ROLE.test(rest) ? readNames(rest) : undefined;
		return read && read.roles.length > 0 && read.names.length > 0 ? read.names : undefined;
	}
	// The same mark after the names (`（本报记者 王芳 文/图）`).
	const trailing = SIGN_OFF_WRITER_AFTER.exec(inner);
	if (trailing) {
		const rest = inner.slice(0, trailing.index);
		const read = !/[：:/／|｜]/u.test(rest) && ROLE.test(rest) ? readNames(rest) : undefined;
		return read && read.roles.length > 0 && read.names.length > 0 ? read.names : undefined;
	}
	if (/[：:/／|｜]/u.test(inner)) return undefined;
	const names = ROLE.test(inner) ? readNoteAuthors(text) : readClosingSignature(text);
	return names && names.length > 0 ? names : undefined;
}

/**
 * Reads such a note at the end of a paragraph, where the extraction ran it on after the last
 * sentence with no paragraph break (`…志愿服务。（本报记者 王芳采访整理）`).
 * @example readTrailingNoteAuthors('…的事儿。（本报记者 王芳采访整理）') // ['王芳']
 */
export function readTrailingNoteAuthors(paragraph: string): string[] | undefined {
	const note = /[。！？!?…”][（(]([^（()）]+?[）)])$/u.exec(paragraph.trim());
	return note ? readNoteAuthors(`（${note[1]}`) : undefined;
}

/**
 * Reads the reporters of the one dateline's brackets that a body holds anywhere in its text, where
 * a PDF extraction set the story's opening among another column's lines (`…这种模式既降低了成本，
 * （记者王芳、李强）近日…`): a role opens the brackets and only roles and names (Han names of four
 * characters at most) fill them. Two such brackets, naming different reporters, are two stories'
 * openings, and sign neither.
 * @example readInnerBracketAuthors(['成本，（记者杜建）近日…']) // ['杜建']
 */
export function readInnerBracketAuthors(paragraphs: string[]): string[] | undefined {
	let found: string[] | undefined;
	for (const paragraph of paragraphs)
		for (const bracket of paragraph.matchAll(/[（(]\s*([^（()）]{3,40}?)\s*[）)]/gu)) {
			if (!ROLE.test(bracket[1])) continue;
			const read = readNames(bracket[1]);
			if (!read || read.roles.length === 0 || read.names.length === 0) continue;
			if (!read.names.every((n) => [...n].length <= 4 || /[ ·・•‧･∙．]/u.test(n))) continue;
			if (found && found.join('、') !== read.names.join('、')) return undefined;
			found = read.names;
		}
	return found;
}

/**
 * Reads the reporters of a dateline's brackets opening a paragraph with its text run on after
 * them, where the place and date before them went elsewhere: `（记者 王芳）近日…`,
 * `（记者王芳 通讯员李强）…`. A role opens the brackets and only roles and names (Han names of
 * four characters at most) fill them.
 * @example readOpeningBracketAuthors('（记者杜建）记者在现场看到…') // ['杜建']
 */
export function readOpeningBracketAuthors(paragraph: string): string[] | undefined {
	const open = /^[（(]\s*([^（()）]{3,40}?)\s*[）)](?=\S)/u.exec(paragraph);
	if (!open || !ROLE.test(open[1])) return undefined;
	const read = readNames(open[1]);
	// A Chinese name runs to four characters at most: `（记者从会上获悉）` is text.
	return read && read.roles.length > 0 && read.names.every((n) => [...n].length <= 4 || /[ ·・•‧･∙．]/u.test(n))
		? read.names
		: undefined;
}
