import { detectByline } from './detect-byline.ts';
import { isSurname, readNames, readsAsSignature } from './detect-names.ts';

/** A photo credit as printed (`本报记者 周丽华 摄`) and the names in it. */
export interface Credit {
	text: string;
	authors: string[];
}

// The credit may name the agency that supplied the picture after it: `王芳 摄（人民视觉）`. A chart's credit
// reads so too: `王芳 制图`.
const CREDIT = /^[（(]?\s*(.{1,30}?)(\s*[/／]?\s*)(?:摄|摄影|供图|制图)\s*(?:[）)]|[（(][^（()）]{1,12}[）)])?$/u;

// Picture agencies that a credit may name alone (`（人民视觉）`): a source, not a person.
const PICTURE_AGENCY = '人民视觉|视觉中国|人民图片|东方IC|CFP|IC photo|图虫创意';
// Credits that name a source, not a person: `新华社发`, `受访者供图`, `（资料图片）`, `（人民视觉）`.
const SOURCE_CREDIT = new RegExp(
	String.raw`^[（(]?\s*(?:(?:新华社|中新社|人民日报|本报|[\p{Script=Han}]{2,6}(?:日报|晚报|社))发|(?:受访者|采访对象|主办方|本报资料|资料)供图|资料(?:图片?|照片)|本报资料(?:图片?|照片)|${PICTURE_AGENCY})\s*[）)]?$`,
	'u',
);
// A source named before the photographer: `新华社发（王芳 摄）`, `新华社发 王芳 摄`.
const SOURCE_THEN_CREDIT = /^([（(]?\s*(?:新华社|中新社|人民日报|[\p{Script=Han}]{2,6}(?:日报|晚报|社))发)\s*(.+)$/u;
// An organisation that supplied the picture: `某某县委宣传部供图`, `视觉中国供图`, `图片来源：视觉中国`
// (not `…提供图`, a body line wrapped inside `提供图书`).
const SUPPLIED =
	/^[（(]?\s*(?:[\p{Script=Han}A-Za-z]{2,16}(?<!提)供图|图片来源\s*[：:]\s*[^，,。；;：:（()）]{2,16}|图片由[\p{Script=Han}A-Za-z]{2,16}提供)\s*[）)]?$/u;
// A credit that puts the picture first: `图/王海`, `图片：王海`, `图｜王海`, `摄影 王海` (摄影 set off by a
// space alone), a chart's `制图/王海` (not `制图：王海`, an editor's credit), or a paper's picture desk before the photographer or agency: `光明图片/王海`,
// `光明图片/视觉中国`.
const PICTURE_BY =
	/^[（(]?\s*(?:(?:图|图片|摄影|\p{Script=Han}{2,4}图片)\s*[/／：:|｜]|制图\s*[/／]|摄影\s+(?=\p{Script=Han}))\s*([^）)]{2,30}?)\s*[）)]?$/u;
// A picture agency named alone where the photographer would stand: `光明图片/视觉中国`.
const AGENCY_ALONE = new RegExp(String.raw`^(?:${PICTURE_AGENCY})$`, 'u');
// A picture agency named alone after a caption's last sentence, set apart by a space: `…游戏。  视觉中国`.
const AGENCY_AFTER_SPACE = new RegExp(String.raw`[。！？!?…”]\s+(?:${PICTURE_AGENCY})$`, 'u');
// The characters a picture agency's name ends on, as UTF-16 codes. Speed: the pattern above, anchored at the
// end, would be tried from every position of a text; it is run only on a text ending on one of these.
const AGENCY_LAST = new Set(PICTURE_AGENCY.split('|').map((name) => name.charCodeAt(name.length - 1)));
// How every other form ends: 摄, 摄影, 供图, 发, 图片, 提供, a source named, or a bracket. A cheap test before the
// patterns, since the importer asks about every line.
const CREDIT_END = /[摄影图发片）)]\s*$|(?:供图|提供|来源\s*[：:]\s*\S{2,16})\s*$/u;

// The characters a credit may end on (摄, 摄影, 图, 发, 图片, a bracket), as UTF-16 codes: read without slicing.
const CREDIT_LAST = new Set([...'摄影图发片）)'].map((mark) => mark.charCodeAt(0)));

/** Whether a text ends as a credit does (`CREDIT_END`). Speed: its last characters are looked at, and the pattern run only where a source is named (来源). */
function endsAsCredit(text: string): boolean {
	const end = text.trimEnd();
	return (
		(end !== '' && CREDIT_LAST.has(end.charCodeAt(end.length - 1))) ||
		end.endsWith('提供') ||
		(end.includes('来源') && CREDIT_END.test(end))
	);
}

// What a credit for all the pictures of a page or group opens with: `本版图片均为`, `本组照片由`.
const ALL_PICTURES = /^(?:本版|本组|以上|本页)(?:图片|照片)均?(?:为|由)\s*/u;
// Which pictures of a group a part of a credit names: `图①②：`, `其余：`.
const FIGURES_CREDITED = /^\s*(?:图\s*[①-⑩\d、，,]+|其余|其他|其它)\s*[：:]\s*/u;

/**
 * Whether a credit covers all the pictures of a page or group (`本版图片均为…摄`, `图①②：王芳 摄；其余：新华社发`,
 * a photo report's byline closing its captions: `本报记者 王芳 摄影报道`), not one photo's alone.
 */
export function creditsAllPictures(credit: Credit): boolean {
	const text = credit.text.replace(/^[（(]\s*/u, '');
	return ALL_PICTURES.test(text) || FIGURES_CREDITED.test(text) || /摄影报道$/u.test(text);
}

/**
 * Recognises a photo credit standing on its own: `本报记者 周丽华 摄`, `吴海 摄`,
 * `（新华社记者 鞠  明 摄）`, `图/王海`, and the credits that name a source instead of a person
 * (`新华社发`, `受访者供图`, `（资料图片）`, with no author), a credit for all the pictures of a page
 * (`本版图片均为本报记者 王芳摄`) and credits for a group's pictures by number (`图①②：王芳 摄；其余：新华社发`).
 * `placed`: where the text stands says it is a credit, so `X摄` with no space before 摄 is one.
 * @example detectCredit('吴海 摄')?.authors // ['吴海']
 */
export function detectCredit(text: string, placed = false): Credit | undefined {
	const trimmed = text.trim();
	// Credits for the pictures of a group by their numbers: `图①②：王芳 摄；其余：新华社发`, the
	// parts also set apart by a space alone (`图①：王芳摄 图②：李强摄`). The numbers say each part
	// is a credit, so `X摄` needs no space before 摄 there.
	if (FIGURES_CREDITED.test(trimmed) && /[；;]|\s图\s*[①-⑩\d]/u.test(trimmed)) {
		const parts = trimmed
			.split(/[；;]|\s+(?=(?:图\s*[①-⑩\d][①-⑩\d、，,]*|其余|其他|其它)\s*[：:])/u)
			.map((part) => detectCredit(part.replace(FIGURES_CREDITED, ''), true));
		if (parts.every((part) => part !== undefined))
			return { text: trimmed, authors: parts.flatMap((part) => part?.authors ?? []) };
	}
	// A credit for every picture of a page or group: `本版图片均为本报记者 王芳摄`, also in
	// brackets (`（本版图片均为本报记者 王芳摄）`).
	// Speed: asked only of a text naming pictures (图片, 照片), as every such credit does. Whether the
	// text holds 图 at all is asked once, for this and for PICTURE_BY below.
	const pictured = trimmed.includes('图');
	const all =
		(pictured && trimmed.includes('图片')) || trimmed.includes('照片')
			? ALL_PICTURES.exec(trimmed.replace(/^[（(]\s*(.*?)\s*[）)]$/u, '$1'))
			: null;
	if (all) {
		const credit = detectCredit(trimmed.replace(/^[（(]\s*(.*?)\s*[）)]$/u, '$1').slice(all[0].length), true);
		return credit && { text: trimmed, authors: credit.authors };
	}
	// A source, then the photographer, in brackets or not: the photographer is the author.
	const sourced = trimmed.length <= 40 && trimmed.includes('发') ? SOURCE_THEN_CREDIT.exec(trimmed) : null;
	if (sourced) {
		const shot = detectCredit(sourced[2].replace(/^[（(](.*)[）)]$/u, '$1'), true);
		const balanced = (trimmed.match(/[（(]/gu) ?? []).length === (trimmed.match(/[）)]/gu) ?? []).length;
		// A bracket left open is the first line of a wrapped credit.
		if (shot && shot.authors.length > 0) return balanced ? { text: trimmed, authors: shot.authors } : undefined;
	}
	// Speed: every PICTURE_BY credit names the picture (图, 摄影); the pattern is run only on those.
	const by = pictured || trimmed.includes('摄影') ? PICTURE_BY.exec(trimmed) : null;
	if (by) {
		if (AGENCY_ALONE.test(by[1])) return { text: trimmed, authors: [] };
		const names = readNames(by[1]);
		return names ? { text: trimmed, authors: names.names } : undefined;
	}
	// A picture agency named alone on the credit's line (`视觉中国`, `人民视觉`): the source, as `（人民视觉）` is.
	if (trimmed.length <= 8 && AGENCY_ALONE.test(trimmed)) return { text: trimmed, authors: [] };
	if (!endsAsCredit(text)) return undefined;
	// A bracket opened and not closed is the first line of a wrapped credit: `（资料图` / `片）`.
	const unclosed = /^[（(]/u.test(trimmed) && !/[）)]$/u.test(trimmed);
	if (SOURCE_CREDIT.test(trimmed)) return unclosed ? undefined : { text: trimmed, authors: [] };
	const person = /^([\p{Script=Han}]{2,4})\s+供图$/u.exec(trimmed);
	if (SUPPLIED.test(trimmed) && !person) return unclosed ? undefined : { text: trimmed, authors: [] };
	const match = CREDIT.exec(text);
	if (!match || /[。！？，,：:；“”]/.test(match[1])) return undefined;
	const read = readNames(match[1]);
	// `X摄` with nothing between is too easily a sentence's end; a role word makes it safe, and so
	// does the agency named after it in brackets (`王芳摄（新华社）`), or where it stands (`placed`):
	// after a source (`新华社发（王芳摄）`) or set apart after a caption's last sentence (`…。 王芳摄`).
	const agency = /[（(][^（()）]{2,12}[）)]$/u.test(trimmed) && !/^[（(]/u.test(trimmed);
	// A name padded to three cells (`王　芳摄`) is set as a credit is, never as a sentence.
	const padded = /^\p{Script=Han}\s+\p{Script=Han}$/u.test(match[1]);
	if (!read || (match[2] === '' && read.roles.length === 0 && !agency && !placed && !padded)) return undefined;
	return { text: text.trim(), authors: read.names };
}

// A chart's maker, the name before or after 制图: `制图/王芳`, `制图：王芳`, `王芳 制图`, or run in (`制图王芳`).
const CHART_MAKER = /^制图\s*[/／：:]?\s*(\p{Script=Han}{2,4})$|^(\p{Script=Han}{2,4}?)\s*制图$/u;

/**
 * A chart's maker credited as a photographer is: `制图/王芳`, `制图：王芳` (an editor's credit's form,
 * which only where it stands makes the chart's), `王芳 制图`, or run in (`制图王芳`, `王芳制图`); the name
 * one that reads as a person's (`readsAsSignature`). Shared by the text path (blocks.ts) and the layout's
 * (block-role.ts).
 * @example detectChartCredit('制图：王芳')?.authors // ['王芳']
 */
export function detectChartCredit(text: string): Credit | undefined {
	const trimmed = text.trim();
	const maker = trimmed.includes('制图') ? CHART_MAKER.exec(trimmed) : null;
	const name = maker?.[1] ?? maker?.[2];
	return name !== undefined && readsAsSignature(name) ? { text: trimmed, authors: [name] } : undefined;
}

// A picture's label before its credit, anywhere in a caption's tail: `图/王芳`, `图片：新华社`, `摄影／李强`.
const PICTURE_LABEL = /(?:图|图片|摄影)\s*[/／：:]/u;

/**
 * Splits a photo credit off the end of a caption, where the layout put it after the last
 * sentence: `…的决心。 本报记者 孙明 摄`, `…的决心。（新华社记者 鞠鹏 摄）`, or a photo report's byline
 * (`…摘苹果。  本报记者 王芳 摄影报道`). Returns the caption and the
 * credit, or undefined.
 * @example splitTrailingCredit('正在田间收割小麦。 吴海 摄')?.credit.text // '吴海 摄'
 */
export function splitTrailingCredit(text: string): { caption: string; credit: Credit } | undefined {
	// The credit bare (`… 吴海 摄`) or in brackets (`…。（新华社记者 鞠鹏 摄）`, `…。（资料图片）`).
	const tail = text.slice(-40);
	// A photo report's byline run on after the caption: `…摘苹果。  本报记者 王芳 李强 摄影报道`.
	const report = text.endsWith('摄影报道')
		? /^(.*[。！？!?…”])\s+(\S[^。！？!?…”（(）)]{1,30}摄影报道)$/u.exec(text)
		: null;
	const reporters = report ? detectByline(report[2]) : undefined;
	if (report && reporters) return { caption: report[1], credit: { text: report[2], authors: reporters.authors } };
	// Speed: the pattern is run only where its 图 or 摄影 stands in the tail.
	// A picture agency named alone is a credit only set apart by a space after the last sentence (`…游戏。  视觉中国`).
	if (
		!endsAsCredit(tail) &&
		!((tail.includes('图') || tail.includes('摄影')) && PICTURE_LABEL.test(tail)) &&
		!(AGENCY_LAST.has(tail.charCodeAt(tail.length - 1)) && AGENCY_AFTER_SPACE.test(tail))
	)
		return undefined;
	const match =
		/^(.*[。！？!?…”）)])\s*([^。！？!?…”（(）)]{2,34})$/u.exec(text) ??
		/^(.*[。！？!?…”])\s*([^。！？!?…”（(）)]{2,24}摄[（(][^。！？!?…（()）]{1,12}[）)])$/u.exec(text) ??
		/^(.*[。！？!?…”])\s*([^。！？!?…”（(）)]{2,12}发[（(][^。！？!?…（()）]{2,24}[）)])$/u.exec(text) ??
		(/[）)]\s*$/u.test(tail) ? /^(.*[。！？!?…”])\s*([（(][^。！？!?…（(）)]{2,34}[）)])$/u.exec(text) : null);
	if (!match) return undefined;
	// Set apart by a space after the caption's last sentence, `X摄` is a credit.
	const credit = detectCredit(match[2], /^\s/u.test(text.slice(match[1].length)));
	return credit ? { caption: match[1], credit } : undefined;
}

// Credits naming a source, no person, whose glyphs a scrambled vertical credit may hold (`图供者受访`).
const SOURCE_FORMS = [
	'受访者供图',
	'主办方供图',
	'本报资料供图',
	'资料图片',
	'资料照片',
	'视觉中国',
	'人民视觉',
	'新华社发',
	'中新社发',
];
// The role words a scrambled vertical credit may open with, longest first.
const ROLE_FORMS = ['新华社记者', '中新社记者', '本报通讯员', '本报记者', '特约记者', '通讯员', '实习生', '记者'];
// The agencies a scrambled vertical credit may name in brackets after 摄.
const AGENCY_FORMS = ['人民视觉', '视觉中国', '新华社', '中新社'];

/** The characters of a text as a multiset with those of `part` taken out, or undefined when `part`'s are not all there. */
function without(chars: string[], part: string): string[] | undefined {
	const rest = [...chars];
	for (const char of part) {
		const at = rest.indexOf(char);
		if (at < 0) return undefined;
		rest.splice(at, 1);
	}
	return rest;
}

/**
 * A credit set vertically whose glyphs the extraction read out of order (a browser prints
 * `writing-mode: vertical-rl` with every glyph piled on one spot, and pdftotext sorts them by
 * position, so the order is lost): `华记者社新万摄秋实`, `图供者受访`. Returns the credit read in
 * order, `新华社记者 万秋实 摄`, `受访者供图`, when the characters are exactly those of a source's
 * credit, or of a role word, a name of two to four characters and 摄 (an agency in brackets after
 * it); the name keeps the order the glyphs came in, turned round to open on a common surname.
 * Undefined for anything else, a credit already in order among them.
 * @example unscrambleCredit('图供者受访') // '受访者供图'
 */
export function unscrambleCredit(text: string): string | undefined {
	if (!/^[\p{Script=Han}（）()]{3,16}$/u.test(text) || detectCredit(text)) return undefined;
	const chars = [...text];
	const sorted = (s: string) => [...s].sort().join('');
	const source = SOURCE_FORMS.find((form) => sorted(form) === sorted(text));
	if (source) return source;
	let rest = without(chars, '摄');
	if (!rest) return undefined;
	let agency = '';
	if (rest.includes('（') || rest.includes('(')) {
		const open = rest.includes('（') ? '（' : '(';
		const close = open === '（' ? '）' : ')';
		const named = AGENCY_FORMS.find((form) => without(rest!, `${open}${close}${form}`));
		if (!named) return undefined;
		rest = without(rest, `${open}${close}${named}`)!;
		agency = `${open}${named}${close}`;
	}
	const role = ROLE_FORMS.find((form) => without(rest!, form)) ?? '';
	const name = without(rest, role)!;
	if (name.length < 2 || name.length > 4 || !name.every((c) => /\p{Script=Han}/u.test(c))) return undefined;
	const turn = name.findIndex((_, i) => isSurname(name[i]) && i > 0 && !isSurname(name[0]));
	const ordered = turn > 0 ? [...name.slice(turn), ...name.slice(0, turn)] : name;
	// With no role word, only a name opening on a common surname says the line is a credit.
	if (role === '' && !isSurname(ordered[0])) return undefined;
	const credit = `${role === '' ? '' : `${role} `}${ordered.join('')} 摄${agency}`;
	return detectCredit(credit) ? credit : undefined;
}
