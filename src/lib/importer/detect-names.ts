/**
 * Reading roles and person names out of bylines and credits: `本报记者 王立新 实习生 李雨`.
 */

// The words one of which every ROLE match holds: its role word (撰稿 for 撰稿人) or 读者.
const ROLE_KEY = /记者|通讯员|评论员|实习生|撰稿|读者/;

/**
 * Whether `text` may open with a ROLE (speed: ROLE's pattern backtracks over every way to read a
 * paper's name, post and department before it fails, and the importer asks it of most lines).
 * A match's key word (`ROLE_KEY`) starts at most 26 characters in (a paper's name of 10, a post
 * of 9, a department of 4 and a rank of 3), so it ends within the first 29 characters: 58 UTF-16
 * units at most, a character outside the Basic Multilingual Plane taking two. No text without one
 * there matches, so ROLE's answers stay its pattern's own.
 */
function mayOpenWithRole(text: string): boolean {
	return ROLE_KEY.test(text.length > 58 ? text.slice(0, 58) : text);
}

/** ROLE's pattern, run only on a text that may match it (`mayOpenWithRole`). */
class RoleWord extends RegExp {
	override test(text: string): boolean {
		return mayOpenWithRole(text) && super.test(text);
	}
	override exec(text: string): RegExpExecArray | null {
		return mayOpenWithRole(text) ? super.exec(text) : null;
	}
}

/**
 * A role word as printed before names: 记者, 本报记者, 见习记者, 实习生, 本报通讯员, 新华社记者,
 * 特约评论员, 高级记者 … A newspaper's, agency's or news site's name may stand before it (`中国青年报记者`,
 * `澎湃新闻记者`), or a magazine's, station's or site's own (`本刊记者`, `本台记者`, `本网记者`), and a
 * department's (`国际部记者`, `本报经济部记者`). A letter is signed by its reader,
 * with where the reader lives: `某某社区读者 王芳`.
 */
export const ROLE: RegExp = new RoleWord(
	/^(?:(?:本报|本刊|本台|本网|新华社|中新社|人民日报|中国日报|央视|央广|总台|[\p{Script=Han}]{2,8}(?:报|社|台|网|周刊|周末|新闻))?(?:驻[\p{Script=Han}]{1,8}?)?(?:\p{Script=Han}{1,3}(?<![全大内外局本])部)?(?:首席|特约|特派|见习|实习|摄影|融媒体|融媒|全媒体|资深|高级)?(?:记者|通讯员|评论员|实习生|撰稿人|撰稿)|\p{Script=Han}{0,10}?读者(?=\s|$))/u,
);

// A name of Han characters, one of several parts joined by a middle dot as a transliterated name is
// set (`阿依古丽·买买提`; also `‧`, `･`, `∙`, `．`, the dot as other fonts and dumps give it), or a Latin one.
const NAME =
	/^(?:[\p{Script=Han}]{2,5}|[\p{Script=Han}]{1,8}[·・•‧･∙．][\p{Script=Han}·・•‧･∙．]{1,12}|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})$/u;

// Function words that never occur in a person's name: `见习记者的文章` is text, not a byline.
const NOT_IN_NAMES = /[的了是在等我你您他她它们这个说对把被就而稿件]/u;
// How the names of columns end, never a person's: `▲驻外记者手记`, `▲观察者言`, `▲国际观察` are labels.
const COLUMN_NAME =
	/(?:手记|笔记|札记|随笔|观察|者言|视点|快评|时评|漫谈|杂谈|纵横|论坛|之声|调查|蹲点|基层|见闻|纪实|探访|直击)$/u;

// Words after the names that say what the byline signs: 报道, 摄影报道, 采写, 整理 …, also where
// from (`北京报道`, `发自北京`) or how (`综合报道`, `编译`).
const REPORT_WORD =
	/^(?:摄影报道|图文报道|报道|采写|整理|撰文|文图|图文|编译|口述|\p{Script=Han}{1,6}(?:报道|采写|编译)|发自\p{Script=Han}{1,6})$/u;

/**
 * Whether a byline word says what the byline signs or where from, not who (`报道`, `北京报道`,
 * `发自上海`, `编译`).
 * @example isReportWord('北京报道') // true
 */
export function isReportWord(word: string): boolean {
	// Speed: the word's last two characters, or its first two (发自), are asked before the pattern.
	return (REPORT_ENDS.has(word.slice(-2)) || word.startsWith('发自')) && REPORT_WORD.test(word);
}

// How every REPORT_WORD but 发自… ends.
const REPORT_ENDS = new Set(['报道', '采写', '整理', '撰文', '文图', '图文', '编译', '口述']);

// A job named alone before a name, with no role word: 摄影, 摄像, 文字, 图片.
const JOB_WORD = /^(?:摄影|摄像|文字|图片|文图|图文)$/u;

/** Roles and names read from a run of byline words. */
export interface Names {
	roles: string[];
	names: string[];
}

// What sets byline words apart: spaces, enumeration commas, commas, slashes and bars.
const WORD_BREAK = /[\s、，,／/|｜]+/;

// The marks that set a job apart from the names it goes with (`文/王芳`, `作者：王芳`, `文·图`): readNames's patterns each need one.
const JOB_MARK = /[/／:：|｜·・]/u;

/**
 * Splits byline words into role words and person names. Spaces inside a name (`鞠  明`, set to
 * fill three characters' width) are removed: a lone Han character is never a whole name, so
 * neighbouring lone characters join, in pairs where four or six stand in a row (`王 芳 李 强`). Returns undefined when a word is neither a role nor a
 * plausible name, so that ordinary text is never taken for a byline.
 * @example readNames('本报记者 王立新 实习生 李雨') // { roles: ['本报记者', '实习生'], names: ['王立新', '李雨'] }
 */
export function readNames(text: string): Names | undefined {
	const roles: string[] = [];
	const words: string[] = [];
	// What each name did, set before it or after it with a slash: `文/王芳 图/李强`, `王芳/文`.
	const job = (word: string) => {
		roles.push(word.trim());
		return ' ';
	};
	// Speed: each pattern needs a slash, colon, bar or dot (`JOB_MARK`): the text is looked at for one first.
	const marked = JOB_MARK.test(text)
		? text
				// What the names did, after them: `本报记者 王芳 文/图`.
				.replace(/\s+(?:文\s*[/／·・|｜]\s*图|图\s*[/／·・|｜]\s*文)$/u, job)
				.replace(/(?<=^|\s)(?:文|图|图文|摄影|摄|作者|撰文|执笔|编译|口述|整理)\s*[/／:：|｜]\s*/gu, job)
				.replace(/\s*[/／](?:文|图|图文|摄影|摄)(?=\s|$)/gu, job)
		: text;
	// Speed: the words are gathered in a plain loop, not by flatMap (several times as slow here).
	const tokens: string[] = [];
	for (const word of marked.split(WORD_BREAK)) for (const token of splitGluedRole(word)) tokens.push(token);
	for (let token of tokens) {
		// A job named alone between names: `记者 王芳 摄影 李强`.
		if (JOB_WORD.test(token)) {
			roles.push(token);
			continue;
		}
		// A role may be glued to the name after it: `本报记者孙明`; and the next role to that name,
		// where a line break took the space between them (`记者王芳` / `通讯员李强` read back as
		// `记者王芳通讯员李强`).
		for (let rest: string[] = [token]; rest.length > 0;) {
			token = rest.shift() ?? '';
			for (let role = ROLE.exec(token); role !== null && role[0] !== ''; role = ROLE.exec(token)) {
				roles.push(role[0]);
				token = token.slice(role[0].length);
			}
			const glued = roles.length > 0 ? splitGluedRole(token) : [token];
			if (glued.length > 1) {
				rest.unshift(...glued.slice(1));
				token = glued[0];
			}
			// What a byline says it is, after the names: `本报记者 王某 摄影报道`.
			if (token !== '' && !isReportWord(token)) words.push(token);
		}
	}
	const names: string[] = [];
	let lone = '';
	// Only a two-character name is padded to three cells, so a run of four or six lone characters
	// is two or three such names (`王　芳　李　强`), not one.
	const flush = () => {
		if (lone.length >= 4 && lone.length % 2 === 0) names.push(...(lone.match(/../gu) ?? []));
		else if (lone !== '') names.push(lone);
		lone = '';
	};
	for (const word of words) {
		if (/^\p{Script=Han}$/u.test(word)) {
			lone += word;
			continue;
		}
		flush();
		names.push(...twoNamesGlued(word));
	}
	flush();
	if (
		names.length === 0 ||
		names.length > 8 ||
		!names.every((n) => NAME.test(n) && !NOT_IN_NAMES.test(n) && !COLUMN_NAME.test(n))
	)
		return undefined;
	return { roles, names };
}

/**
 * A word of four Han characters that is two names of two run together, where a wrap took the space
 * between them (`本报记者 王芳` / `李强` read back as `王芳李强`): both halves open with a common
 * surname, and the first is no compound surname (`欧阳明月`). A name of four characters of one
 * person opens with a compound surname or is a transliteration (`巴特尔欣`), whose third character
 * is no common surname. A word of six is two names of three where both open with a common
 * surname (`王立新李雨菲`): no one name runs to six.
 * @example twoNamesGlued('王芳李强') // ['王芳', '李强']
 */
function twoNamesGlued(word: string): string[] {
	// Speed: the surname, one look-up, is asked before the pattern.
	if (!COMMON_SURNAME.has(word[0])) return [word];
	// Six: two names of three (`王立新李雨菲`), each opening with a common surname.
	if (COMMON_SURNAME.has(word[3]) && /^\p{Script=Han}{6}$/u.test(word)) return [word.slice(0, 3), word.slice(3)];
	// Five: a name of two and one of three, either way round (`田静孔玉艳`, `孔玉艳田静`), where just one
	// of the third and fourth characters is a common surname, and the first is no compound surname: a
	// transliterated name of five (`吉日嘎拉芳`) has neither.
	if (/^\p{Script=Han}{5}$/u.test(word) && COMMON_SURNAME.has(word[2]) !== COMMON_SURNAME.has(word[3]))
		return COMPOUND_SURNAME.test(word.slice(0, 4))
			? [word]
			: COMMON_SURNAME.has(word[2])
				? [word.slice(0, 2), word.slice(2)]
				: [word.slice(0, 3), word.slice(3)];
	if (!/^\p{Script=Han}{4}$/u.test(word) || !COMMON_SURNAME.has(word[2])) return [word];
	return COMPOUND_SURNAME.test(word) ? [word] : [word.slice(0, 2), word.slice(2)];
}

// A role word glued to the name before it, where a byline or dateline wrapped between them
// (`记者 王芳` / `通讯员 李强` read back as `王芳通讯员`).
const GLUED_ROLE =
	/^(\p{Script=Han}{1,4}?)((?:本报|新华社)?(?:首席|特约|特派|见习|实习|摄影|融媒)?(?:记者|通讯员|评论员|实习生).*)$/u;

/** A byline word, split where a role word follows a name with no space; empty words dropped. */
function splitGluedRole(token: string): string[] {
	if (token === '') return [];
	// Speed: the pattern is run only on a token holding its role word's 记者 or 员 (通讯员, 评论员, 实习生).
	const glued =
		token.includes('员') || token.includes('记者') || token.includes('实习生') ? GLUED_ROLE.exec(token) : null;
	// Not where the role reads whole, unless a name runs on into 本报 or 新华社 (a note closing a text
	// and wrapped inside its second role: `王芳 本` / `报通讯员 李强` read back as `王芳本报通讯员`),
	// which ROLE would take for a paper's name.
	if (glued && (!ROLE.test(token) || /^\p{Script=Han}{2,3}(?:本报|新华社)/u.test(token))) return [glued[1], glued[2]];
	// A job named alone glued to the name before or after it, where a wrap took the space
	// (`王芳摄影` / `李强`, `王芳` / `摄影李强`).
	// Speed: the pattern is run only on a token holding 摄, as 摄影 and 摄像 do.
	const job = token.includes('摄') ? GLUED_JOB.exec(token) : null;
	return job ? [job[1] ?? job[3], job[2] ?? job[4]] : [token];
}

// 摄影 or 摄像 glued to a name of two or three characters, after it or before it.
const GLUED_JOB = /^(?:(\p{Script=Han}{2,3})(摄影|摄像)|(摄影|摄像)(\p{Script=Han}{2,3}))$/u;

// The hundred most common Chinese surnames (文 and 欧 aside: 文化, 欧洲 open column names; 欧阳 is a
// compound surname, below): a bare two- or three-character line opening with one reads as
// a person's name where a signature stands (under a headline, over its body), not a column label.
const COMMON_SURNAME = new Set(
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤高常康易' +
		// Less common surnames that open no common word a column's name would start with (not 文, 关,
		// 党, 时, 安, 焦, 纪 …).
		'乔庞颜倪聂翟赖傅萧殷詹耿俞祁阮柯裴霍靳柴鲍喻蒲滕屈饶牟艾尤穆卓缪褚娄窦戚岑晏瞿佟臧闵苟邬卞姬栾隋寇郎甄虞敖巩佘邝樊葛邢伍岳申符舒凌毕翁冉骆辛蒙阎',
);

/**
 * Whether one Han character is a common surname: the first letter of a name set spaced apart.
 * @example isSurname('张') // true
 */
export function isSurname(char: string): boolean {
	return COMMON_SURNAME.has(char);
}

/**
 * Whether a bare line of two or three Han characters reads as a person's name: it opens with a
 * common surname and holds no word that names no person.
 * @example readsAsSignature('袁亚英') // true
 * @example readsAsSignature('声音') // false
 */
export function readsAsSignature(text: string): boolean {
	return (
		((/^\p{Script=Han}{2,3}$/u.test(text) && COMMON_SURNAME.has(text[0])) || COMPOUND_SURNAME.test(text)) &&
		!NOT_IN_NAMES.test(text) &&
		!COLUMN_NAME.test(text)
	);
}

// Surnames of two characters, before a given name of one or two: `欧阳明`, `司马光华`.
const COMPOUND_SURNAME =
	/^(?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|公孙|慕容|夏侯|司徒|端木|长孙|宇文|尉迟|南宫)\p{Script=Han}{1,2}$/u;

// Compound surnames that open no common word (not 东方, 南宫): a bare line of four Han characters
// opening with one is a person's name (`司马光华`), not a short headline.
const NAME_ONLY_COMPOUND =
	/^(?:欧阳|司马|上官|诸葛|皇甫|令狐|公孙|慕容|夏侯|司徒|端木|长孙|宇文|尉迟)\p{Script=Han}{2}$/u;

/**
 * Whether a bare line of four Han characters is a person's name of a compound surname that
 * opens no common word: `司马光华`, `欧阳明月`, not `东方欲晓`.
 * @example isFourCharacterName('司马光华') // true
 */
export function isFourCharacterName(text: string): boolean {
	return NAME_ONLY_COMPOUND.test(text) && readsAsSignature(text);
}

/**
 * The names of a bare line that reads as one or more signatures (`袁亚英`, `乔 毅`, `王芳　李强`):
 * names only, no role, each accepted by `accepts` (by default readsAsSignature).
 * @example signatureNames('王芳 李强') // ['王芳', '李强']
 */
export function signatureNames(text: string, accepts = readsAsSignature): string[] | undefined {
	const read = readNames(text);
	return read && read.roles.length === 0 && read.names.every(accepts) ? read.names : undefined;
}
