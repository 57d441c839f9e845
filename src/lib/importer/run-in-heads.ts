import { detectByline } from './detect-byline.ts';
import { detectCredit } from './detect-credit.ts';
import { detectDateline } from './detect-dateline.ts';
import { detectFurniture } from './detect-furniture.ts';
import { ROLE } from './detect-names.ts';
import { displayWidth } from './display-width.ts';
import type { Line } from './lines.ts';
import { endsSentence } from './punctuation.ts';

/**
 * A brief's run-in headline, set on the first line of its text before an ideographic space
 * (`校园周边的安全守护　近日，昆都仑区…`), stands apart: the line becomes the headline, a blank
 * line, and the text, which opens a paragraph and keeps the line's printed width (it filled its
 * column). The head reads as a headline: four to 24 characters holding no stop or pause, no
 * dateline (`本报北京1月1日电　（记者 X）`), byline, photo credit or role before names (`本报记者　王　芳`,
 * `新华社记者　王芳摄`: a role is never a headline) or page furniture (`2021年8月16日　星期一`),
 * first in its block or right after a line that ends a sentence, with no bracket it leaves open. Lines keep their numbers.
 * A headline in two parts set on one line (`产业兴起来　老厂房有了新用途`) stays whole (`headlineInTwoParts`).
 * A head line run on into its byline (`全市推进老旧小区改造工程　本报记者　王芳`) splits the same way
 * wherever it stands in its head block: under a head line (a wrapped headline's last line, its
 * wrap's tail of two characters or more, a subheadline), after an ideographic space or, in a dump
 * not in pdftotext's order, a plain one, and it may pause (`，`). `extracted`: a pdftotext dump.
 */
export function splitRunInHeads(lines: Line[], extracted = false): Line[] {
	// Speed: one list pushed to, not a list made for each line and flattened.
	const out: Line[] = [];
	for (let i = 0; i < lines.length; i++) {
		const split = runInSplit(lines, i, extracted);
		if (split) out.push(...split);
		else out.push(lines[i]);
	}
	return out;
}

/** The lines `lines[i]` splits into where a head runs on in it (`splitRunInHeads`), or undefined. */
function runInSplit(lines: Line[], i: number, extracted: boolean): Line[] | undefined {
	const line = lines[i];
	const before = lines[i - 1];
	// pdftotext sets a head's lines beside a byline's when it reads columns across (`仆 风整顿提升` /
	// `邹洋 实习生 汤辉晨`): there a plain space joins no head to its byline.
	const at =
		(extracted ? undefined : gluedByline(line, before)) ?? line.runIn ?? spacedRunIn(line, before, lines[i - 2]);
	if (at === undefined) return undefined;
	const head = line.text.slice(0, at);
	const rest = line.text.slice(at).trimStart();
	// A head line run on into its byline (`…改造工程　本报记者　王芳`) may be any line of its head
	// block, a wrapped headline's last or a subheadline, and may pause (`，`).
	const signed = signsHead(rest) && (before === undefined || before.text === '' || headLike(before.text));
	// Under a head line, the head may be a wrap's short tail (`社区食堂暖了` / `老人心`).
	const shortest = signed && before !== undefined && before.text !== '' ? 2 : 4;
	if (
		[...head].length < shortest ||
		[...head].length > 24 ||
		rest === '' ||
		(!signed && headlineInTwoParts(line, rest, lines[i + 1], lines[i + 2])) ||
		(signed ? /[。；;：:！？!?]/ : /[。，,、；;：:！？!?]/).test(head) ||
		unclosedBracket(head) ||
		(line.runIn !== undefined && before !== undefined && before.text !== '' && !endsSentence(before.text) && !signed) ||
		detectDateline(line.text) !== undefined ||
		detectByline(head) !== undefined ||
		detectByline(line.text) !== undefined ||
		readsAsRole(head) ||
		// The paper's or an agency's source line with no date (`本报综合外电报道`): a dateline, no head.
		(AGENCY.test(head) && head.endsWith('报道')) ||
		detectCredit(line.text) !== undefined ||
		detectFurniture(line.text, true) !== undefined ||
		detectFurniture(head, true) !== undefined
	)
		return undefined;
	return [
		{ number: line.number, text: head, width: displayWidth(head) },
		{ number: line.number, text: '', width: 0 },
		{ number: line.number, text: rest, width: line.width, indented: true },
	];
}

/**
 * Whether text after a head line's space is a byline and nothing else (`本报记者　王芳`,
 * `新华社记者 王芳 李强`, `□王芳`, `文/王芳`, `作者：王芳`): a role word, a byline's mark or a
 * writer's prefix first. A body line never runs on into a byline after a space; a head line over
 * its byline may, where the dump lost the line break.
 */
function signsHead(rest: string): boolean {
	return (ROLE.test(rest) || /^[□◎]/u.test(rest) || WRITER_PREFIX.test(rest)) && detectByline(rest) !== undefined;
}

// A writer's prefix before the names: `文/王芳`, `文｜王芳`, `作者：王芳`, `文/图 王芳`.
const WRITER_PREFIX = /^(?:文|作者|撰文|文图|图文)\s*[/／:：|｜]|^文\s*[/／·・]\s*图/u;

/** A line that reads as a head's, not text: no stop, pause or bracket (a dateline's), at most 24 characters. */
function headLike(text: string): boolean {
	return [...text].length <= 24 && !/[。，,、；;！？!?（()）]/u.test(text);
}

/**
 * Where a head line runs on into its byline after a plain space (`全市推进老旧小区改造工程 记者 王芳`,
 * under a head line `改造工程 本报记者 王芳`, `——来自某区的调查 本报记者 王芳`): the head is the
 * text before the first space that opens a byline running to the line's end. The line above, if any, ends a sentence
 * or reads as a head's (no stop or pause).
 */
function gluedByline(line: Line, before: Line | undefined): number | undefined {
	if (!line.text.includes(' ')) return undefined;
	if (before !== undefined && before.text !== '' && !headLike(before.text) && !endsSentence(before.text))
		return undefined;
	// The first space after which a byline runs to the line's end: a headline may hold spaces of its own (`学党史 办实事`).
	for (const space of line.text.matchAll(/ (?=[□◎\p{Script=Han}])/gu))
		if (signsHead(line.text.slice(space.index + 1))) return space.index;
	return undefined;
}

// A news agency's or the paper's dateline opening a brief's text: `据新华社柏林9月27日电`, `本报驻东京记者 X`.
const AGENCY = /^(?:据)?(?:本报|新华社|中新社|人民日报)/u;

/**
 * Where a run-in headline ends in a line whose ideographic space pdftotext printed as a plain one
 * (`柏林举行国际能源论坛 新华社柏林9月27日电…`): Han characters (and quotes) up to the line's first
 * space, with the brief's dateline or correspondent right after it, on a line first in its block,
 * after one that ends a sentence, or under a column label (`国际视点`, set tight over its briefs);
 * under a label (tight, or one blank line above) any text with a clause in it may follow.
 */
function spacedRunIn(line: Line, before: Line | undefined, above: Line | undefined): number | undefined {
	// Speed: most lines hold no space, and the pattern reads their Han characters one by one.
	const match = line.text.includes(' ') ? /^([\p{Script=Han}“”‘’]+) (?=\S)/u.exec(line.text) : null;
	if (!match) return undefined;
	const rest = line.text.slice(match[0].length);
	// Under a column label (`国际视点`, `财经速递`) any text may follow the head; elsewhere a
	// space between Han text may as well join two columns' lines, so a dateline must follow.
	const isLabel = (l: Line | undefined) => l !== undefined && /^\p{Script=Han}{2,6}$/u.test(l.text);
	const label = isLabel(before) || (before?.text === '' && isLabel(above));
	if (!AGENCY.test(rest) && !(label && /[，。]/u.test(rest))) return undefined;
	if (before !== undefined && before.text !== '' && !endsSentence(before.text) && !isLabel(before)) return undefined;
	return match[1].length;
}

/**
 * Whether a line split at its space is one headline in two parts, not a brief's run-in head and
 * the first line of its text: by the width of the line under it (`shortSecondPart`), or by what
 * follows on it (`markFreeSecondPart`).
 */
function headlineInTwoParts(line: Line, rest: string, next: Line | undefined, after: Line | undefined): boolean {
	// Not a dateline's start that the wrap cut (`据新华` / `社北京…电`, `本` / `报…`).
	if (cutAgency(rest)) return false;
	return shortSecondPart(line, rest, next) || markFreeSecondPart(rest, next, after);
}

/**
 * Whether a line split at its space is one headline in two parts (`产业兴起来　老厂房有了新用途`):
 * the part after the space is a short
 * phrase with no stop, pause or colon (a brief's text runs to its clauses), opens no dateline
 * (`本报…`, `新华社…`), and the line is neither indented (a paragraph's first line) nor as wide as
 * the line under it (a run-in brief's first line fills its column like the lines after it).
 */
function shortSecondPart(line: Line, rest: string, next: Line | undefined): boolean {
	if (line.indented || AGENCY.test(rest) || [...rest].length > 12 || !headLike(rest) || /[：:]/u.test(rest))
		return false;
	return next === undefined || next.text === '' || Math.abs(next.width - line.width) > 2;
}

/**
 * Whether the text after a head's ideographic space is the second part of a headline set on one
 * line (`日子红火了　小区添活力`), not a brief's text run in after its head: it holds no mark at all
 * (a brief's text pauses or stops) and nothing on the next line goes on with it (the line ends its
 * block; a byline, dateline or subheadline follows, marked or closing the block (`subheadlineUnder`);
 * a paragraph's first line set in follows, where a brief's text run in after its head would run on
 * unbroken; or a byline or dateline the wrap cut follows: a role and a space, or an agency, opening
 * the next line). A dateline's start the wrap cut is text.
 */
function markFreeSecondPart(rest: string, next: Line | undefined, after?: Line): boolean {
	if (!/^\p{Script=Han}{2,24}$/u.test(rest) || AGENCY.test(rest)) return false;
	if (next === undefined || next.text === '') return true;
	return (
		next.text.startsWith('——') ||
		next.indented === true ||
		closesHead(next.text) ||
		subheadlineUnder(next, after) ||
		AGENCY.test(next.text) ||
		opensWrappedByline(next.text)
	);
}

/** Whether a line closes a head block: a byline or a dateline (`本报记者　王芳`, `本报北京1月1日电`). */
function closesHead(text: string): boolean {
	return detectByline(text) !== undefined || detectDateline(text) !== undefined;
}

/**
 * Whether the line under a head's line is its subheadline, a head block's last line
 * (`菜园变花园　小区换新颜` / `某镇三个片区改造完工` / `本报记者　王芳`): a line of Han text and
 * digits with no mark at all, closed by a blank line, a byline or a dateline. A brief's text run
 * in after its head goes on in clauses, and its second line pauses or runs on into more text.
 */
function subheadlineUnder(next: Line, after: Line | undefined): boolean {
	return (
		/^[\p{Script=Han}\d]{4,24}$/u.test(next.text) &&
		!AGENCY.test(next.text) &&
		(after === undefined || after.text === '' || closesHead(after.text))
	);
}

/**
 * Whether a line opens a byline the wrap cut (`本报记者　王芳　实习生　李` / `强`, `本报驻东京记者　王` / `芳`):
 * a reporter's role, then a space. A brief's text never sets a role word apart so.
 */
function opensWrappedByline(text: string): boolean {
	const role = ROLE.exec(text)?.[0];
	return role !== undefined && role !== '' && /^\s/u.test(text.slice(role.length));
}

/** Whether text is the start of a dateline's agency that a wrap cut short (`据新华`, `本`). */
function cutAgency(text: string): boolean {
	return ['本报', '新华社', '中新社', '人民日报'].some(
		(agency) => agency.startsWith(text) || `据${agency}`.startsWith(text),
	);
}

/** Whether a run-in head is a reporter's role alone (`新华社记者`), which opens a byline or a credit. */
function readsAsRole(head: string): boolean {
	return ROLE.exec(head)?.[0] === head;
}

/** Whether a bracket opened in a run-in head closes after it (`（本报记者　王芳采访整理）`): a headline's would close. */
function unclosedBracket(head: string): boolean {
	return (head.match(/[（(]/gu)?.length ?? 0) > (head.match(/[）)]/gu)?.length ?? 0);
}
