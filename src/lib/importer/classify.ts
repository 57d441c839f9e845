import {
	readClosingSignature,
	readNoteAuthors,
	readTrailingNoteAuthors,
	WRITER_NOTE,
	type Byline,
} from './detect-byline.ts';
import { detectCredit, splitTrailingCredit, type Credit } from './detect-credit.ts';
import { DATELINE_SOURCES, detectDateline, type Dateline } from './detect-dateline.ts';
import { isBoxTitle } from './detect-head-box.ts';
import { detectLabel } from './detect-label.ts';
import { isFourCharacterName, ROLE, readsAsSignature, signatureNames } from './detect-names.ts';
import { isNumberedIntertitle } from './detect-intertitle.ts';
import type { Block } from './blocks.ts';
import { isFull, isWide } from './column-width.ts';
import { displayWidth } from './display-width.ts';
import { FIGURE_CAPTION, LIST_MARK } from './marks.ts';
import type { Line } from './lines.ts';
import { joinLines, splitParagraphs, standsAlone } from './paragraphs.ts';
import { cutInWord, FIELD_REPORT, headRoles, type HeadBlockPart, type HeadingRole } from './head-roles.ts';
import { endsSentence, endsWithDash, joinWrapped, startsWithDash, tidySpaces } from './punctuation.ts';
import { balanced, tightHeads } from './tight-heads.ts';
import { wordAcross } from './word-join.ts';

/** One classified piece of a page, with the lines it came from. */
export type Unit =
	| { kind: 'paragraph'; lines: Line[]; text: string; dateline?: Dateline; intertitle?: boolean }
	| { kind: 'heading'; lines: Line[]; text: string; wide?: boolean; role?: HeadingRole; guessed?: boolean }
	| { kind: 'label'; lines: Line[]; text: string; bare: boolean; under?: boolean }
	| { kind: 'byline'; lines: Line[]; text: string; byline: Byline }
	| { kind: 'credit'; lines: Line[]; text: string; credit: Credit };

export type { HeadingRole };

// A headline is short: a few lines and at most this many em in all.
const HEADING_MAX_LINES = 4;
const HEADING_MAX_WIDTH = 48;

/**
 * Classifies blocks into units: headings (short blocks that do not read as sentences), bare
 * section labels, paragraphs (with a photo credit at a caption's end split off), bylines,
 * credits and marked labels as recognised line by line.
 */
export function classify(given: Block[], width: (line: Line) => number, tight = true): Unit[] {
	const units = classifyOnce(given, width, tight);
	if (tight) return units;
	// In an extraction a kicker stands a blank line over its headline, never tight in its block, past
	// the page's top (`headRoles`' `belowFirstBody`): read the page's heads again where one below its
	// first body was read with a kicker.
	const body = units.find((unit) => unit.kind === 'paragraph')?.lines[0].number;
	if (
		body === undefined ||
		!units.some((unit) => unit.kind === 'heading' && unit.role === 'kicker' && unit.lines[0].number > body)
	)
		return units;
	for (const block of given) for (const line of block.lines) if (line.number > body) line.belowFirstBody = true;
	return classifyOnce(given, width, tight);
}

function classifyOnce(given: Block[], width: (line: Line) => number, tight: boolean): Unit[] {
	const units: Unit[] = [];
	const blocks = namesUnderHeads(
		tight ? namesUnderTexts(notesApart(given), width) : namesUnderVerse(notesApart(given)),
		width,
		tight,
	);
	const stanzas = verseStanzas(blocks);
	blocks.forEach((block, b) => {
		if (stanzas.has(b))
			units.push(...block.lines.map((line): Unit => ({ kind: 'paragraph', lines: [line], text: line.text })));
		else if (block.kind === 'byline')
			units.push({ kind: 'byline', lines: block.lines, text: block.byline.text, byline: block.byline });
		else if (block.kind === 'credit')
			units.push({ kind: 'credit', lines: block.lines, text: block.credit.text, credit: block.credit });
		else if (block.kind === 'label') units.push({ kind: 'label', lines: block.lines, text: block.label, bare: false });
		else if (
			// A vertical line of print standing alone is a head (a headline set vertically), never text.
			// So is a line the extraction order read as a head under a column label (extraction-order.ts).
			(block.lines.length === 1 && (block.lines[0].vertical || block.lines[0].underLabel)) ||
			headsByline(block.lines, blocks[b + 1]) ||
			headsArticle(block.lines, blocks[b + 1]) ||
			headsSubheadline(block.lines, blocks[b + 1]) ||
			standsAloneAsHead(block.lines, tight && units.at(-1)?.kind === 'label', tight)
		)
			units.push({ kind: 'heading', lines: block.lines, text: block.lines[0].text.replace(BRIEF_MARK, '') });
		else if (headBlockOverByline(block.lines, blocks[b + 1]) || besideSideLabel(block.lines))
			units.push(...headingUnits(block.lines, width, tight));
		else if (endsOverByline(block.lines, blocks[b + 1]))
			units.push(
				...classifyText(block.lines.slice(0, -1), width, false, tight),
				tightHeading(block.lines.at(-1) as Line),
			);
		else if (endsOverByline(block.lines, blocks[b + 1], true))
			units.push(
				...classifyText(block.lines.slice(0, -2), width, false, tight),
				...headingUnits(block.lines.slice(-2), width, tight),
			);
		else if (tight && headUnderLabel(block, units.at(-1), width) > 0) {
			const end = headUnderLabel(block, units.at(-1), width);
			units.push(
				tightHeading(...block.lines.slice(0, end)),
				...classifyText(block.lines.slice(end), width, blocks[b + 1]?.kind === 'credit', tight),
			);
		} else if (headsUnderKicker(block.lines, units.at(-1), width, tight))
			units.push(
				tightHeading(block.lines[0]),
				...classifyText(block.lines.slice(1), width, blocks[b + 1]?.kind === 'credit', tight),
			);
		else
			units.push(
				...classifyText(block.lines, width, blocks[b + 1]?.kind === 'credit', tight, tight && creditOver(blocks, b)),
			);
	});
	const labelled = firstLinesJoined(
		tight ? columnNamesApart(trailingLabels(units, blocks)) : trailingLabels(units, blocks),
		tight,
	);
	const marked = squareQuestions(
		markIntertitles(markBodyLines(tight ? labelled : piecesAsText(datelinesAsText(labelled)))),
		width,
	);
	return tight ? rejoinCutLines(marked) : marked;
}

/**
 * A column's name that says its genre (`民生速览`, `经济观察`, `国际简讯`: `namesColumn`) alone on a
 * line set apart by blank lines from what stands above and under it (a head, a byline, text): the
 * column's label over its first item, not a headline (a headline is no genre's name). In a text
 * dump's own order only.
 */
function columnNamesApart(units: Unit[]): Unit[] {
	return units.map((unit, i) => {
		const [before, after] = [units[i - 1], units[i + 1]];
		if (unit.kind !== 'heading' || unit.lines.length !== 1 || after === undefined) return unit;
		const line = unit.lines[0];
		if (!namesColumn(line.text)) return unit;
		const apart =
			(before === undefined || (before.lines.at(-1) as Line).number + 1 < line.number) &&
			after.lines[0].number > line.number + 1;
		return apart ? { kind: 'label', lines: unit.lines, text: line.text, bare: true } : unit;
	});
}

/**
 * A bare line of two to four Han characters read as a column label (or as a heading the grouping
 * would read as one, `labelsBesideHeadings`) over a heading is the first line of a headline broken
 * by phrase, not a label, where the page says so, tight or one blank line apart:
 * - a word runs across the join (`泰国推` / `进数字经济合作`: 推进, `cutInWord`), which a label and
 *   a headline of their own seldom make; in a pdftotext extraction only over a line of Han
 *   characters alone two or more wider (its narrow columns set text a few characters a line);
 * - the line under it holds at most three characters, the two together five or more, over a news
 *   report's dateline or a reporter's byline (`老手艺` / `新活力` / `本报讯…`): a report's headline is
 *   no shorter, and a label stands over a whole headline (a poem's or a photo's title may be that short);
 *   the line under it may have been read as a bare label too;
 * - a marked label stands right over it, the three lines set tight (`【一线】` / `小村庄` /
 *   `蹚出致富新路子`), the label opening its block: the item has its label, and a page stacks a
 *   bare label under a marked one only where the marked one closes the item before.
 * Never a column's name by its genre (`namesLabel`) nor a person's name.
 */
function firstLinesJoined(units: Unit[], dump: boolean): Unit[] {
	const out: Unit[] = [];
	for (let i = 0; i < units.length; i++) {
		const [unit, next] = [units[i], units[i + 1]];
		if (next && headlineStart(unit, next, units[i + 2], dump, out.slice(-2))) {
			out.push(joinHeadStart(unit, next));
			i++;
		} else out.push(unit);
	}
	return out;
}

/**
 * Whether `unit`, a bare short line, opens the headline `next` goes on with (`firstLinesJoined`);
 * `after` is the unit under `next`, `above` the two units over `unit`.
 */
function headlineStart(unit: Unit, next: Unit, after: Unit | undefined, dump: boolean, above: Unit[]): boolean {
	const short =
		(unit.kind === 'label' && unit.bare) || (unit.kind === 'heading' && unit.role === undefined && !unit.wide);
	if (!short || unit.lines.length !== 1 || !bareShortLine(unit.lines[0].text)) return false;
	const line = unit.lines[0];
	// The line under it read as a bare label too (`文化润` / `民心`).
	const labelNext = next.kind === 'label' && next.bare && next.lines.length === 1 && bareShortLine(next.lines[0].text);
	if (!labelNext && (next.kind !== 'heading' || next.role !== undefined)) return false;
	const first = next.lines[0];
	if (first.number !== line.number + 1 && first.number !== line.number + 2) return false;
	if (!/^\p{Script=Han}/u.test(first.text)) return false;
	const size = (text: string) => [...text.replace(/\s/gu, '')].length;
	if (
		!labelNext &&
		cutInWord(line.text, first.text) &&
		(dump || (size(first.text) >= size(line.text) + 2 && /^[\p{Script=Han}\s]+$/u.test(first.text)))
	)
		return true;
	const report =
		(after?.kind === 'byline' && REPORTER.test(after.text)) ||
		(after?.kind === 'paragraph' && (after.dateline ?? detectDateline(after.text)) !== undefined);
	if (report && next.lines.length === 1 && size(first.text) <= 3 && size(line.text) + size(first.text) >= 5)
		return true;
	const [before, label] = above.length === 2 ? above : [undefined, above[0]];
	return (
		!labelNext &&
		label?.kind === 'label' &&
		!label.bare &&
		label.lines.at(-1)!.number + 1 === line.number &&
		first.number === line.number + 1 &&
		(before === undefined || before.lines.at(-1)!.number + 1 < label.lines[0].number)
	);
}

/** A line of two to four Han characters that names no column by its genre nor a person (`headlineStart`). */
function bareShortLine(text: string): boolean {
	return /^\p{Script=Han}{2,4}$/u.test(text) && !namesLabel(text) && !readsAsSignature(text);
}

// A reporter's byline (`本报记者 王芳`, `通讯员 李强`): a news report follows, not a poem under its title.
const REPORTER = /记者|通讯员/u;

/**
 * A label's name as papers name their columns: by its genre (`namesColumn`, `调查`, `延伸阅读`,
 * `新闻链接`, `基层之声`), or a reporter's visit to the field (`一线见闻`, the kicker).
 */
function namesLabel(text: string): boolean {
	return (
		namesColumn(text) ||
		GENRE_WORD.test(text) ||
		FIELD_REPORT.test(text) ||
		/(?:简讯|快讯|短讯|阅读|链接|背景|资料|数据|快报|速递|速览|调查|之声|声音)$/u.test(text)
	);
}

/** The heading a headline's short first line and what follows it make: one head, its lines in order. */
function joinHeadStart(unit: Unit, next: Unit): Unit {
	const lines = [...unit.lines, ...next.lines];
	return { kind: 'heading', lines, text: joinLines(lines).replace(BRIEF_MARK, '') };
}

// A column of briefs named so (`国际简讯`, `体育快讯`).
const BRIEFS_NAME = /^\p{Script=Han}{2,3}(?:简讯|快讯)$/u;

/** Whether a line names a column by its genre (`民生速览`, `经济观察`, `国际简讯`): no photo's title nor headline. */
export function namesColumn(text: string): boolean {
	return COLUMN_NAME.test(text) || BRIEFS_NAME.test(text);
}

/**
 * An interview's question set under ■ and wrapped in its column (`■群众最关心的是文化` /
 * `传承方面的打算？`): the marked line runs to its column's edge (less an indent: a question's bold
 * type sets fewer characters to a line), so it runs on into the line or two right under it, the
 * last ending the question and none before it ending a sentence (each line before it full). The
 * lines are one paragraph of the body (a 小标题 of the interview), not a brief's headline under its
 * mark over a line of text or a head of its own.
 */
function squareQuestions(units: Unit[], width: (line: Line) => number): Unit[] {
	const out: Unit[] = [];
	for (let i = 0; i < units.length; i++) {
		const [unit, next] = [units[i], units[i + 1]];
		const mark = unit.lines.length === 1 ? unit.lines[0] : undefined;
		const tail = next && next.lines.length <= 2 ? next.lines : [];
		const lines = mark ? [mark, ...tail] : [];
		if (
			mark &&
			tail.length > 0 &&
			unit.kind === 'heading' &&
			(next.kind === 'heading' || (next.kind === 'paragraph' && !next.dateline)) &&
			SQUARE_MARK.test(mark.text) &&
			lines.every((line, k) => k === 0 || line.number === lines[k - 1].number + 1) &&
			lines.slice(0, -1).every((line, k) => isFull(line, width(line), k === 0)) &&
			/[？?]$/u.test(lines.at(-1)!.text) &&
			!/[。！？!?；;]/u.test(joinLines(lines).slice(0, -1))
		) {
			out.push({ kind: 'paragraph', lines, text: joinLines(lines) });
			i++;
		} else out.push(unit);
	}
	return out;
}

/**
 * A writer's note (`（作者为某大学教授）`, on one to three lines) closes the commentary it follows,
 * and the block holds nothing more of it: a line set tight under the note (`（作者为某研究中心主任）`
 * / `山村通了快递` / byline) starts the next item, and a note set tight under the text's last
 * sentence is a paragraph of its own. The block is cut around the note, which opens the block or
 * stands under a line that ends a sentence and closes its bracket at a line's end.
 */
function notesApart(blocks: Block[]): Block[] {
	return blocks.flatMap((block): Block[] => {
		if (block.kind !== 'text') return [block];
		const { lines } = block;
		const start = lines.findIndex((line) => WRITER_NOTE.test(line.text.trim()));
		if (start < 0 || (start > 0 && !endsSentence(lines[start - 1].text))) return [block];
		let text = '';
		let end = start;
		for (; end < Math.min(lines.length, start + 3); end++) {
			text += lines[end].text.trim();
			if (balanced(text)) break;
		}
		if (end === lines.length || !balanced(text) || !/[）)]$/u.test(text)) return [block];
		if (start === 0 && end === lines.length - 1) return [block];
		return [lines.slice(0, start), lines.slice(start, end + 1), lines.slice(end + 1)]
			.filter((part) => part.length > 0)
			.map((part) => ({ kind: 'text', lines: part }));
	});
}

/**
 * A person's name set alone on a line right under a line that ends a sentence (`…都说放心。` /
 * `周涛`), the block's last line or over a head closing the block (one to three short lines that
 * end no sentence: `周涛` / `新春走基层` / `河边步道建成`, then a blank line or the page's end): the
 * signature closing that text, as a writer's or a commentator's is set under it, not a
 * paragraph's last words (a paragraph ends on a stop, and no sentence is a bare name) nor a
 * wrap's tail. The name is two or three Han characters opening with a common surname, a compound
 * surname's four, or names padded apart (`乔 毅`, `王芳　李强`); it becomes a bare byline block of
 * its own. So does a note closing a text (`（本报记者 王芳）`, `——王芳`) end its block over such a
 * head, which then stands in a block of its own (a dump that sets no blank line between items).
 * In a text dump's own order only, where the line under a text's last is the next line of print.
 */
function namesUnderTexts(blocks: Block[], width: (line: Line) => number): Block[] {
	return blocks.flatMap((block, b): Block[] => {
		if (block.kind !== 'text' || block.lines.length < 2) return [block];
		const { lines } = block;
		// The line above the block's first: the last of the text block before it, a blank line apart.
		const before = blocks[b - 1];
		const above = before?.kind === 'text' ? before.lines.at(-1) : undefined;
		for (let k = lines.length - 1; k >= Math.max(0, lines.length - 4); k--) {
			if (k < lines.length - 1 && !headShaped(lines[k + 1], width)) break;
			const over = k > 0 ? lines[k - 1] : above;
			if (over === undefined || !(endsSentence(over.text) || underVerse(lines, k))) continue;
			const head: Block[] = k < lines.length - 1 ? [{ kind: 'text', lines: lines.slice(k + 1) }] : [];
			const { text } = lines[k];
			const shaped = /^\p{Script=Han}{2,3}$/u.test(text) || isFourCharacterName(text) || paddedName(text) !== undefined;
			const authors = shaped ? signatureNames(text) : undefined;
			if (authors !== undefined && authors.length > 0)
				return [
					...(k > 0 ? [{ kind: 'text' as const, lines: lines.slice(0, k) }] : []),
					{ kind: 'byline', lines: [lines[k]], byline: { text, authors, commentary: true, bare: true } },
					...head,
				];
			if (head.length > 0 && isSignOff(text.trim())) return [{ kind: 'text', lines: lines.slice(0, k + 1) }, ...head];
		}
		return [block];
	});
}

/**
 * In a pdftotext extraction (which keeps no indent), a person's name closing a block of verse
 * lines (`吹绿了河滩上的柳` / `风从山口吹来` / `把心事交给春天` / `王芳`): three lines or more, each of Han
 * characters and quotes only, none a name, then the name (two or three Han characters opening with
 * a common surname, or a compound surname's four) as the block's last line. It is the poem's
 * signature, a bare byline block of its own, not a line of the poem.
 */
function namesUnderVerse(blocks: Block[]): Block[] {
	return blocks.flatMap((block): Block[] => {
		if (block.kind !== 'text' || block.lines.length < 4) return [block];
		const verse = block.lines.slice(0, -1);
		const name = block.lines.at(-1) as Line;
		const { text } = name;
		if (!(/^\p{Script=Han}{2,3}$/u.test(text) || isFourCharacterName(text))) return [block];
		if (!verse.every((line) => VERSE_LINE.test(line.text) && !readsAsSignature(line.text))) return [block];
		const authors = signatureNames(text);
		if (authors === undefined || authors.length === 0) return [block];
		return [
			{ kind: 'text', lines: verse },
			// A poem is no commentary: its writer signs it as an article's.
			{ kind: 'byline', lines: [name], byline: { text, authors, commentary: false, bare: true } },
		];
	});
}

/**
 * Whether line `k`, set flush, closes a block whose lines above it are each set in and free of
 * punctuation (`　　吹绿了河滩上的柳` / `　　风从山口吹来` / `王芳`): verse, a line to a paragraph, ends
 * no sentence, and a paragraph's first line wrapped onto a flush line holds its clauses' marks.
 */
function underVerse(lines: Line[], k: number): boolean {
	return (
		k >= 2 &&
		k === lines.length - 1 &&
		!lines[k].indented &&
		lines.slice(0, k).every((line) => line.indented === true && VERSE_LINE.test(line.text.trim()))
	);
}

/** A line a head block may hold set tight under a signature: a headline's (`isTightHeadline`) or a kicker's ending in ——, short of its column. */
function headShaped(line: Line, width: (line: Line) => number): boolean {
	return (
		isTightHeadline(line, width, 2) ||
		(endsWithDash(line.text) && !isFull(line, width(line)) && !/[。；;，,、：:！？]/u.test(line.text))
	);
}

/**
 * A text block right under a marked column label (`■地方传真`, `【背景】`; a bare one may be a
 * signature) that opens on a line short of its column with no stop or pause, over text that ends
 * a sentence: a label stands over a head block, so that line (and its wrap, `什么是“一站式”` /
 * `服务`, a quote it opens closed on the wrap) is the headline of the text under it. Returns the
 * headline's number of lines, or 0. A paragraph's first line runs to its column's edge, or ends its
 * sentence; the text under the head opens on a line wider than the head (a line the wrap cut runs
 * on onto a short one, `…队长石` / `瑞说。`).
 */
function headUnderLabel(block: Block, above: Unit | undefined, width: (line: Line) => number): number {
	const { lines } = block;
	if (
		block.kind !== 'text' ||
		lines.length < 2 ||
		above?.kind !== 'label' ||
		above.bare ||
		// Text under it: a sentence ends in the block (a head block of headline and subheadline
		// under its label holds none).
		!lines.some((line) => /[。！？]/u.test(line.text)) ||
		detectDateline(lines[0].text) !== undefined
	)
		return 0;
	const [first, second, third] = lines;
	// Under text lines wider than the column read (a dump of unwrapped paragraphs), the head's
	// fullness tells nothing: the text's line under it, wider, does.
	const unwrapped = lines.slice(1, 3).some((line) => isWide(line, width(line)) && line.width > first.width);
	const opens = balanced(first.text)
		? isTightHeadline(first, width, 4, unwrapped)
		: balanced(first.text + second.text) && (unwrapped || !isFull(first, width(first))) && [...first.text].length >= 4;
	// A line of Han characters alone (no mark, digit or letter to blur its width) wider than the two
	// text lines under it, the second no wider than the first: no text line runs past the column its
	// neighbours fill, so it is the head, set an em or more wider over a narrow column (`「记者手记」` /
	// `以绿色发展答好民生答卷` / `群众的眼睛是雪亮的。` / `只有让群众少跑腿、好`).
	if (
		!opens &&
		third !== undefined &&
		/^\p{Script=Han}{4,}$/u.test(first.text) &&
		second.width + 0.5 < first.width &&
		third.width + 0.5 < first.width &&
		!wordAcross(first.text, second.text)
	)
		return 1;
	if (!opens || /[。；;，,、：:！？]/u.test(first.text)) return 0;
	const end = !balanced(first.text) || (third !== undefined && wrapsHead(first, second, third, width)) ? 2 : 1;
	if (
		end === 2 &&
		(third === undefined ||
			second.width > first.width ||
			/[。；;，,、：:]/u.test(second.text) ||
			endsSentence(second.text) ||
			(!unwrapped && isFull(second, width(second), true)))
	)
		return 0;
	// A line that runs on into the text under it in mid-word (`…东济村巾` / `帼志愿服务队…`) is text.
	return lines[end].width > first.width && !wordAcross(lines[end - 1].text, lines[end].text) ? end : 0;
}

/**
 * A column label set tight under the end of a body (`…开始一天的巡查。` / `简讯`): a text block's
 * last line, a bare label's shape (two or three Han characters, see `detectLabel`), under a line
 * that ends a sentence, with a new item's start after the block (a heading, label or byline, or a
 * paragraph opened by a dateline). No sentence is two characters with no mark; a sentence a column
 * break cut after its first characters runs on in the next block, which then opens in mid-sentence.
 */
function trailingLabels(units: Unit[], blocks: Block[]): Unit[] {
	// Speed: the text blocks' last lines, gathered with no array per block.
	const lastLines = new Set<Line>();
	for (const block of blocks) if (block.kind === 'text') lastLines.add(block.lines[block.lines.length - 1]);
	return units.map((unit, u) => {
		const [before, after] = [units[u - 1], units[u + 1]];
		if (
			unit.kind !== 'paragraph' ||
			unit.lines.length !== 1 ||
			!lastLines.has(unit.lines[0]) ||
			before?.kind !== 'paragraph' ||
			before.lines.at(-1)!.number + 1 !== unit.lines[0].number ||
			!endsSentence(before.lines.at(-1)!.text) ||
			after === undefined ||
			(after.kind === 'paragraph' ? !after.dateline : after.kind === 'credit')
		)
			return unit;
		const label = detectLabel(unit.text, true);
		return label ? { kind: 'label', lines: unit.lines, text: label, bare: true } : unit;
	});
}

/**
 * In pdftotext's order, a heading that holds a clause mark (`，`) the way a sentence does is a
 * piece of some column's text that the extraction set apart, never a head: it ends on a pause
 * (`参与调研的专家建议，`), or its pause does not part two whole phrases of four Han characters or more
 * (`截至目前，全`, `4134名，为产业发展注入`), or it leaves a quote open (`“我们要做的，就是把群众`). A headline with a
 * pause sets two phrases side by side (`脚下有泥，心中有光`, `——办事不再跑腿，好山好水好风光`). So is a
 * heading that opens a dateline the extraction cut short (`DATELINE_CUT`). Either is read as text.
 */
function piecesAsText(units: Unit[]): Unit[] {
	const piece = units.map(
		(unit) =>
			unit.kind === 'heading' &&
			!unit.lines.some((l) => l.vertical) &&
			(readsAsTextPiece(joinLines(unit.lines)) || DATELINE_CUT.test(joinLines(unit.lines))),
	);
	const out: Unit[] = [];
	// Narrow pieces among heads, waiting for the text after those heads.
	const carried: Unit[] = [];
	const push = (...text: Unit[]) => {
		if (text[0]?.kind === 'paragraph') out.push(...carried.splice(0));
		out.push(...text);
	};
	for (let u = 0; u < units.length; u++) {
		if (!piece[u]) {
			push(units[u]);
			continue;
		}
		let end = u;
		while (piece[end + 1]) end++;
		const pieces = units.slice(u, end + 1);
		const run = pieces.flatMap((unit) => paragraphUnits(unit.lines));
		// Text on either side: the piece runs on from it or into it. So does a piece a column's line
		// wide among heads (it opens the text under the head above).
		const touches = units[u - 1]?.kind === 'paragraph' || units[end + 1]?.kind === 'paragraph';
		const wide = pieces.some((unit) => unit.lines.some((l) => l.width >= PIECE_LINE));
		// A narrow piece among heads, a line of a narrow column cut line by line: it opens the text
		// after the heads, or else goes on the text before them (as a head, or as text where it
		// stands, it would make an item of its own).
		if (touches || wide) push(...run);
		else carried.push(...run);
		u = end;
	}
	if (carried.length > 0) {
		let at = out.length;
		while (at > 0 && out[at - 1].kind !== 'paragraph') at--;
		out.splice(at > 0 ? at : out.length, 0, ...carried);
	}
	return out;
}

/**
 * A head that is the start of a dateline the extraction cut from the rest of it: a paper or agency,
 * a place and a date's first digits (`本报拉布正县12月5`, `新华社成都10月10日电`), `本报讯` and its
 * bracket (`本报讯（记者常春`), a bracket of reporters (`（记者田佳`, `通讯员陈静春）`). No headline opens so.
 */
const DATELINE_CUT =
	/^(?:据?(?:新华社|本报)\p{Script=Han}{0,8}[0-9]|本报讯|[（(](?:记者|通讯员)|通讯员\p{Script=Han}{1,4}[）)])/u;

/** Whether a head's text reads as a piece of a sentence: see `piecesAsText`. */
export function readsAsTextPiece(text: string): boolean {
	return /[，、；]$/u.test(text) || (text.includes('，') && (!PHRASES_PAUSED.test(text) || !balanced(text)));
}

/** The width (em) from which a piece among heads is a column's line, text under the head above. */
const PIECE_LINE = 10;

// Two whole phrases parted by a pause, a subheadline's dash before them.
const PHRASES_PAUSED = /^(?:——)?[\p{Script=Han}“”]{4,12}，[\p{Script=Han}“”]{4,12}$/u;

/**
 * In pdftotext's order, a heading that opens with a dateline (`本报北京8月15日电`, `本报讯（记者郑悦`,
 * a dateline's first line set apart from the rest of it) over a paragraph with no dateline of its
 * own is the first line of that text, never a head: no headline opens with a paper's name and a
 * date. It is read as text. Over another dateline it stays a heading (as text it would make an
 * item of its own).
 */
function datelinesAsText(units: Unit[]): Unit[] {
	return units.flatMap((unit, u) => {
		const next = units[u + 1];
		return unit.kind === 'heading' &&
			!unit.lines.some((l) => l.vertical) &&
			detectDateline(unit.lines[0].text) &&
			next?.kind === 'paragraph' &&
			!next.dateline
			? paragraphUnits(unit.lines)
			: [unit];
	});
}

/**
 * In a text dump, headings that are a body line a column break cut in mid-sentence (the dump's
 * column ragged, so the cut line need not fill it): a heading of one or two lines ending no
 * sentence (nor on a dash, a colon or an open bracket; no numbered 小标题 or brief's mark), right
 * before a paragraph with no dateline whose first line is not set in and opens in mid-sentence: on
 * a closing mark (`，`, `。`, `”`) or on one character and a clause mark (`记者了解` / `到，…`); or the
 * heading leaves a quote or bracket open that the paragraph closes (`“河水清了，住在岸边` / `心里
 * 也舒坦。”…`); or it is set in as a paragraph's first line (no headline is); or it holds a pause
 * (which a headline rarely does) and ends on one or the paragraph has a clause mark within its
 * first eight characters (`…表示，下一步将建立巡河` / `制度，…`); or a dictionary word runs across
 * the join (`…切勿轻` / `易转账。`: 轻易) where the heading holds a pause or the paragraph such a
 * clause mark (a headline's last word rarely makes a word with a sentence's first, but jieba
 * finds one now and then). A headline stands over the start of a sentence. The
 * heading joins the paragraph's text. So do two paragraphs that such a break cut apart, on the
 * same evidence (`splitBefore`). Not in pdftotext's order, where a line's neighbours may be
 * another column's.
 */
function rejoinCutLines(units: Unit[]): Unit[] {
	const out: Unit[] = [];
	for (let i = 0; i < units.length; i++) {
		const unit = units[i];
		const next = units[i + 1];
		if (unit.kind === 'heading' && next?.kind === 'paragraph' && cutBefore(unit, next)) {
			// The paragraph's text as read (a credit at its end already split off), the cut line before it.
			const text = joinWrapped(joinLines(unit.lines), next.text);
			out.push({ ...next, lines: [...unit.lines, ...next.lines], ...tidy(text, unit.lines[0].text) });
			i++;
			continue;
		}
		if (unit.kind === 'paragraph' && next?.kind === 'heading' && headStartBefore(unit, next)) {
			// The paragraph's last line is the head's first, cut from it by the head's wrap.
			const cut = unit.lines.at(-1) as Line;
			const lines = [cut, ...next.lines];
			out.push(
				{ ...unit, lines: unit.lines.slice(0, -1), text: unit.text.slice(0, -cut.text.length) },
				{ ...next, lines, text: joinLines(lines) },
			);
			i++;
			continue;
		}
		const previous = out.at(-1);
		if (unit.kind === 'paragraph' && previous?.kind === 'paragraph' && splitBefore(previous, unit)) {
			const text = joinWrapped(previous.text, unit.text);
			out[out.length - 1] = { ...previous, lines: [...previous.lines, ...unit.lines], text };
			continue;
		}
		out.push(unit);
	}
	return out;
}

/**
 * Whether a paragraph's last line is the first line of the headline set tight under it, which the
 * head's wrap cut in mid-word (rejoinCutLines): a line of two or more, right over the head's first
 * and an em or more narrower, ending no sentence and holding no stop or pause, with a dictionary
 * word running across the break or a place and its colon before a word's start (`cutInWord`:
 * `…10秒54` / `某某：快` / `递进村网点上新`). Text fills its column; a head's first line, cut short
 * in a word, does not.
 */
function headStartBefore(
	unit: Extract<Unit, { kind: 'paragraph' }>,
	next: Extract<Unit, { kind: 'heading' }>,
): boolean {
	if (unit.lines.length < 2 || unit.intertitle || next.role !== undefined) return false;
	const cut = unit.lines.at(-1) as Line;
	const first = next.lines[0];
	return (
		first.number === cut.number + 1 &&
		!cut.indented &&
		cut.width + 1 <= first.width &&
		!/[。；;！？!?，,、“”（）()]/u.test(cut.text) &&
		!endsSentence(cut.text) &&
		unit.text.endsWith(cut.text) &&
		cutInWord(cut.text, first.text)
	);
}

/**
 * Whether two paragraphs are one that a column break cut in mid-sentence (rejoinCutLines): the
 * first ends no sentence (nor on a dash or a colon), and the second, with no dateline, not set
 * in and no 小标题, opens in mid-sentence (on a closing mark, or one character and a clause mark),
 * closes a quote or bracket the first left open, or ends a word the first began with a clause
 * mark in its first eight characters.
 */
function splitBefore(
	previous: Extract<Unit, { kind: 'paragraph' }>,
	unit: Extract<Unit, { kind: 'paragraph' }>,
): boolean {
	// A sign-off (`——编 者`) ends what it signs.
	if (previous.intertitle || unit.intertitle || unit.dateline || startsWithDash(previous.text)) return false;
	const last = (previous.lines.at(-1) as Line).text;
	const first = unit.lines[0];
	if (first.indented || endsSentence(last) || endsWithDash(last) || /[：:]$/u.test(last)) return false;
	if (FIGURE_CAPTION.test(first.text)) return false;
	if (!balanced(previous.text) && balanced(previous.text + first.text)) return true;
	return OPENS_MID_SENTENCE.test(first.text) || (CLAUSE_SOON.test(first.text) && wordAcross(last, first.text));
}

// A mark that closes a clause or a quote: no sentence opens on one.
// (One character and a colon opens a question or answer, `问：`.)
const OPENS_MID_SENTENCE = /^(?:[，。、；：！？…）》」』”’,.;:!?)]|\p{Script=Han}[，。、；！？])/u;

// A clause mark within the first eight characters.
const CLAUSE_SOON = /^[^，。、；：！？]{1,7}[，。、；：！？]/u;

/** Whether a heading is a body line cut by a column break before the paragraph `next` (rejoinCutLines). */
function cutBefore(unit: Extract<Unit, { kind: 'heading' }>, next: Extract<Unit, { kind: 'paragraph' }>): boolean {
	if (unit.role || unit.lines.length > 2 || next.dateline || next.intertitle) return false;
	const last = (unit.lines.at(-1) as Line).text;
	const first = next.lines[0];
	if (first.indented || endsSentence(last) || endsWithDash(last) || /[：:]$/u.test(last)) return false;
	if (isNumberedIntertitle(unit.text) || BRIEF_MARK.test(unit.lines[0].text)) return false;
	if (FIGURE_CAPTION.test(first.text)) return false;
	// A quote or bracket the heading leaves open, closed in the paragraph: one sentence.
	if (!balanced(unit.text)) return balanced(unit.text + next.text);
	if (OPENS_MID_SENTENCE.test(first.text)) return true;
	if (unit.lines[0].indented) return true;
	// A pause in the heading (headlines rarely hold one) and the clause going on.
	if (/[，,、]/u.test(unit.text) && (/[，,、]$/u.test(last) || CLAUSE_SOON.test(first.text))) return true;
	return (/[，,、]/u.test(unit.text) || CLAUSE_SOON.test(first.text)) && wordAcross(last, first.text);
}

/**
 * A bare name set tight under a head (`把功夫下在平时` / `金子志`, `以实干赢得口碑` / `秦红` / `　　仓库里…`)
 * signs the text under it: it stands apart from the head above and the text below, so the
 * head does not read as one headline wrapped onto the name. The name is two or three Han
 * characters opening with a common surname, or such a name padded (`乔 毅`); the head one to
 * three lines of four characters or more with no stop, pause or bracket (a phrase it quotes whole,
 * `多一些“送学上门”`, is no bracket: `quotesWhole`), the last not as full as
 * its column (a line the wrap cut runs on there: `　　我们经过多` / `方研究`), unless in a text dump's
 * own order the name closes its block under a head set flush (there the head may hold a pause
 * inside a line, not at its end: `学用结合，做好新时代的组织工作`); under the name, nothing
 * in the block, or a paragraph's first line (set in, or holding a pause or stop). So does such a
 * name opening a block over a paragraph's first line (`signsBlock`); in a text dump's own order
 * (`bylines`) that name is read as a byline at once. A head opened by a column's name set upright
 * (`今` / `日` / `谈`, `markSideLabels`) is one whatever that name's length and the head's width,
 * and the name under it is read as a byline too. In a text dump's own order, so is a head whose
 * first line is a bare column label (`今日谈` / `把好事办到群众心里` / `王立新`, `detectLabel`).
 */
function namesUnderHeads(blocks: Block[], width: (line: Line) => number, bylines = true): Block[] {
	const out: Block[] = [];
	for (const [b, block] of blocks.entries()) {
		const at = block.kind === 'text' ? signedAt(block.lines, width, blocks[b - 1], bylines) : -1;
		if (at < 0) {
			out.push(block);
			continue;
		}
		// A head line under a marked label's block is read as a head whatever pause it holds (`signedAt`).
		// So is one under a label opening its block (`今日谈`), the label a block of its own.
		const [first, second] = block.lines;
		if (bylines && at === 1 && labelledAbove(first, blocks[b - 1]))
			out.push({ kind: 'text', lines: [{ ...first, underLabel: true }] });
		else if (bylines && at === 2 && labelOver(first.text, second.text))
			out.push(
				{ kind: 'label', lines: [first], label: detectLabel(first.text) ?? first.text },
				{ kind: 'text', lines: [{ ...second, underLabel: true }] },
			);
		else if (at > 0) out.push({ kind: 'text', lines: block.lines.slice(0, at) });
		const name = block.lines[at];
		// In a text dump's own order, a name opening its block over the text it signs (`signsBlock`)
		// is that text's byline already, whatever stands around it (a page's top, a label): a
		// writer's name, not a commentator's as such.
		// So is one under a head that a column's name set upright opens (`今` / `日` / `谈` / headline):
		// a commentary's head block, signed as its byline would be.
		if ((at === 0 || block.lines[0].sideLabel === true) && bylines)
			out.push({
				kind: 'byline',
				lines: [name],
				byline: { text: name.text, authors: [name.text], commentary: true, bare: true },
			});
		else out.push({ kind: 'text', lines: [name] });
		if (at + 1 < block.lines.length) out.push({ kind: 'text', lines: block.lines.slice(at + 1) });
	}
	return out;
}

/** Where a name signs under a head in a block of text lines (namesUnderHeads), or -1. */
function signedAt(lines: Line[], width: (line: Line) => number, before?: Block, tight = false): number {
	if (signsBlock(lines, before)) return 0;
	for (let at = 1; at <= Math.min(3, lines.length - 1); at++) {
		const { text } = lines[at];
		const name =
			/^\p{Script=Han}{2,3}$/u.test(text) || isFourCharacterName(text)
				? readsAsSignature(text)
				: paddedName(text) !== undefined;
		if (!name) continue;
		const head = lines.slice(0, at);
		// A column's label opening the block right over one line (`■知行合一`, `今日谈`) stands over a
		// head block: that line is a headline, however full its line, and it may hold a pause
		// (`学用结合，做好新时代的组织工作`).
		// So does a marked label standing as a block of its own right above it.
		const labelled =
			(at === 2 && labelOver(head[0].text, head[1].text)) || (at === 1 && labelledAbove(head[0], before));
		// In a text dump's own order, a name closing its block under a head set flush may sign a
		// headline of two clauses (`学用结合，做好新时代的组织工作` / `薛彬`): running text closes on a stop.
		// A line ending on a pause runs on (`公交线路调整后，` / `金川区` / `` / `的居民…`, a column break).
		const closing = tight && at === lines.length - 1 && !head.some((line) => line.indented);
		const pauses = labelled || (closing && !/[，,、]$/u.test((head.at(-1) as Line).text));
		// A column's name set upright beside the head (`今` / `日` / `谈`, `markSideLabels`) opens it.
		if (
			!head.every(
				(line, k) =>
					(k === 0 && ((line.sideLabel === true && at > 1) || (labelled && at > 1))) ||
					(k === 0 && at > 1 && tight && detectLabel(line.text, true) !== undefined) ||
					// A kicker ending in a dash over the headline (`聚焦民生——` / headline / name).
					(k < at - 1 && isDashKicker(line.text)) ||
					(!tight && wrapTail(head, k)) ||
					([...line.text].length >= 4 &&
						!(pauses ? /[。！？；;：:（()）]/u : /[。！？；;，,、：:（()）]/u).test(line.text) &&
						!endsSentence(line.text) &&
						quotesWhole(line.text)),
			)
		)
			return -1;
		if (labelled) return signsUnder(lines[at + 1], width) ? at : -1;
		// A head line as full as its column (a paragraph's indent in) wrapped onto the line under it
		// (`　　我们经过多` / `方研究`): no name stands there.
		const above = lines[at - 1];
		// Not a head line of two parts set apart by a space (`夜市热起来　项目建设提速`): running text
		// sets no space between Han characters.
		// Not under a column's name set upright: that stands beside a head, never over text.
		// In a text dump's own order (`tight`) a name closing its block under a head set flush stands
		// there all the same: a paragraph's lines run on to a stop, and a head's first line is not set in.
		// Not where a column break joined the name to the head, a blank line between
		// (`前所处的历史新` / `` / `方位`): the head's line as full as its column runs on there.
		const under = closing && lines[at].number === lines[at - 1].number + 1;
		// In a pdftotext extraction a head is set in its own type, so its line's width says nothing
		// of the column's: a name tight between the head's last line and a text line signs there,
		// however full that head line (a wrapped head's tail ends its block or a blank line parts it).
		if (
			!(head[0].sideLabel === true) &&
			!under &&
			!(!tight && setBetween(lines, at)) &&
			isFull(above, width(above), above.indented) &&
			!isWide(above, width(above)) &&
			!/\p{Script=Han}[ \u3000]+\p{Script=Han}/u.test(above.text)
		)
			return -1;
		return signsUnder(lines[at + 1], width) ? at : -1;
	}
	return -1;
}

/**
 * In a pdftotext extraction, whether head line `k` is the short tail of a wrapped headline over the
 * name that signs it (`办实事要办到群众` / `心坎上` / `王立新`): the head's last line, one to three Han
 * characters set tight under a head line of four or more that holds no pause or stop. A paragraph's
 * line does not break off so short with no stop over a name of its own.
 */
function wrapTail(head: Line[], k: number): boolean {
	const [line, above] = [head[k], head[k - 1]];
	return (
		k === head.length - 1 &&
		above !== undefined &&
		line.number === above.number + 1 &&
		/^\p{Script=Han}{1,3}$/u.test(line.text) &&
		[...above.text].length >= 4 &&
		!/[。！？；;，,、：:（()）]/u.test(above.text)
	);
}

/**
 * Whether the name at `at` stands tight between the head line over it and a text line under it, in
 * the block (no blank line either side).
 */
function setBetween(lines: Line[], at: number): boolean {
	const [above, name, below] = [lines[at - 1], lines[at], lines[at + 1]];
	return below !== undefined && name.number === above.number + 1 && below.number === name.number + 1;
}

/**
 * Whether a head line is a kicker ending in a dash with no other punctuation (`聚焦急难愁盼——`): it
 * ends as a sentence may, but opens the headline under it.
 */
function isDashKicker(text: string): boolean {
	return [...text].length >= 4 && endsWithDash(text) && !/[。！？；;，,、：:（()）]/u.test(text);
}

/**
 * Whether the line under a name set under a head (`signedAt`) lets it sign: nothing (the block ends
 * there) or a paragraph's first line, set in, holding a pause or stop, or as full as its column (a
 * head's next line is not).
 */
function signsUnder(below: Line | undefined, width: (line: Line) => number): boolean {
	return (
		below === undefined ||
		below.indented === true ||
		/[，。、；：！？]/u.test(below.text) ||
		(isFull(below, width(below)) && !isWide(below, width(below)))
	);
}

/** Whether a line stands right under a column label's block of its own (`【观潮】` / head line). */
function labelledAbove(line: Line, before: Block | undefined): boolean {
	return before?.kind === 'label' && (before.lines.at(-1) as Line).number === line.number - 1;
}

/**
 * Whether a block's first line is a column's label over the headline line under it: a marked label
 * (`■知行合一`, `【观潮】`), or a bare one (`今日谈`) that reads as no writer's name, over a longer line.
 */
function labelOver(text: string, head: string): boolean {
	if (detectLabel(text) !== undefined) return true;
	return /^\p{Script=Han}{2,4}$/u.test(text) && !readsAsSignature(text) && [...head].length > [...text].length;
}

/**
 * A bare name opening a block, right over a paragraph's first line, set in or flush (`姜新思` /
 * `　　按照计划，…`; pages that set no indent print it flush): the text's signature, set over it
 * as a byline is. Two or three Han characters opening with a common surname; text does not open
 * a paragraph on a line of its own holding only a name. Not right after text that ends a sentence, where the name may as well
 * close the text above it (a signature under its text, the head printed after).
 */
function signsBlock(lines: Line[], before: Block | undefined): boolean {
	const [name, below] = lines;
	return (
		!(before?.kind === 'text' && endsSentence((before.lines.at(-1) as Line).text) && !opensText(name, below, before)) &&
		below !== undefined &&
		!name.indented &&
		(/^\p{Script=Han}{2,3}$/u.test(name.text) || isFourCharacterName(name.text)) &&
		readsAsSignature(name.text)
	);
}

/**
 * Whether a bare name set after text that ends a sentence opens the text under it all the same:
 * a blank line parts it from the text above, and a paragraph's first line (set in,
 * or holding a pause or stop) stands tight under it. A signature closing the text above is set
 * under it, not apart from it over the next text.
 */
function opensText(name: Line, below: Line | undefined, before: Block): boolean {
	return (
		below !== undefined &&
		name.number > (before.lines.at(-1) as Line).number + 1 &&
		(below.indented === true || /[，。、；：！？]/u.test(below.text))
	);
}

// A line of verse: two Han characters or more, no punctuation but quotes.
export const VERSE_LINE = /^[\p{Script=Han}“”‘’ ]{2,}$/u;
// A line of verse set a line to a block: the poet may close it with a pause or a stop.
const VERSE_LINE_END = /^[\p{Script=Han}“”‘’ ]{2,}[，。！？；]?$/u;

/**
 * The blocks that are stanzas of a poem: a run of two or more text blocks set one after another
 * (blank lines between them, nothing else), each of two lines or more, every line verse-shaped
 * (no punctuation at all, none a bare name: a title over its poet's name is a head), six lines or more in all and at most a third of them as wide as the
 * widest. A stanza of two to four such lines alone reads as a head block, but head blocks do not
 * follow one another with nothing between them, and a wrapped head's lines share one width; a
 * poem's lines end where the poet ended them.
 */
function verseStanzas(blocks: Block[]): Set<number> {
	const out = new Set<number>();
	const stanza = (block: Block | undefined): boolean =>
		block?.kind === 'text' &&
		block.lines.length >= 2 &&
		block.lines.every((line) => VERSE_LINE.test(line.text) && !readsAsSignature(line.text));
	for (let b = 0; b < blocks.length;) {
		let end = b;
		while (stanza(blocks[end]) && (end === b || adjacent(blocks[end - 1], blocks[end]))) end++;
		if (end - b >= 2) {
			const lines = blocks.slice(b, end).flatMap((block) => block.lines);
			const widest = Math.max(...lines.map((line) => line.width));
			if (lines.length >= 6 && lines.filter((line) => line.width >= widest - 0.5).length * 3 <= lines.length)
				for (let i = b; i < end; i++) out.add(i);
		}
		b = Math.max(end, b + 1);
	}
	for (const b of verseLines(blocks)) out.add(b);
	return out;
}

/**
 * The blocks that are lines of a poem set a line to a block (a blank line after each): a run of
 * four blocks or more set one after another, each one verse-shaped line (no punctuation but a
 * pause or stop closing it, not a bare name), at most a third of them as wide as the widest, with the poet's byline right
 * before the run or right after it (`□某某`). Stacked heads stand over the bodies they head, each
 * byline over its own body, not against a run of four heads; a poem's lines end where the poet
 * ended them, so few share the widest width. (A head set in the same shape right next to the run,
 * with no text between, is read as one of its lines.)
 */
function verseLines(blocks: Block[]): number[] {
	const out: number[] = [];
	const line = (block: Block | undefined): boolean =>
		block?.kind === 'text' &&
		block.lines.length === 1 &&
		VERSE_LINE_END.test(block.lines[0].text.trim()) &&
		[...block.lines[0].text.trim()].length >= 4 &&
		!readsAsSignature(block.lines[0].text.trim());
	for (let b = 0; b < blocks.length;) {
		let end = b;
		while (line(blocks[end]) && (end === b || adjacent(blocks[end - 1], blocks[end]))) end++;
		const signed =
			end - b >= 4 &&
			((blocks[b - 1]?.kind === 'byline' && adjacent(blocks[b - 1], blocks[b])) ||
				(blocks[end]?.kind === 'byline' && adjacent(blocks[end - 1], blocks[end])));
		const lines = blocks.slice(b, end).flatMap((block) => block.lines);
		const widest = Math.max(...lines.map((l) => l.width));
		if (signed && lines.filter((l) => l.width >= widest - 0.5).length * 3 <= lines.length)
			for (let i = b; i < end; i++) out.push(i);
		b = Math.max(end, b + 1);
	}
	return out;
}

/** Two blocks with nothing but blank lines between them. */
function adjacent(a: Block, b: Block): boolean {
	return b.lines[0].number - (a.lines.at(-1) as Line).number <= 3;
}

/**
 * A line of five characters or more standing alone right above a byline, with no sentence in it
 * and ending none: a headline over its byline, however full its line. A body line that ends no sentence runs on into the text
 * after it, and a byline is no text.
 */
function headsByline(lines: Line[], next: Block | undefined): boolean {
	if (lines.length !== 1 || next?.kind !== 'byline') return false;
	const [{ text }] = lines;
	return (
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		// Two to four characters above a byline are a column label (声音, 乡村振兴).
		[...text].length >= 5 &&
		!endsSentence(text) &&
		!/[。；;，,]|[：:]$/.test(text) &&
		!/^[（(].*[）)]$/u.test(text) &&
		detectDateline(text) === undefined
	);
}

/**
 * A block of two or three lines right above a byline, none holding a stop or pause (a colon may
 * set a place before a head, `某区：…`, not end a line) and none ending a sentence, its quotes and
 * brackets closed: a head block (a headline wrapped, a kicker over a headline) over its byline,
 * however full its lines. Text runs on past a line with no
 * pause only into a paragraph, and a byline is none.
 */
function headBlockOverByline(lines: Line[], next: Block | undefined): boolean {
	if (lines.length < 2 || lines.length > 3 || next?.kind !== 'byline') return false;
	const text = joinLines(lines);
	return (
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		balanced(text) &&
		lines.every((line) => [...line.text].length >= 3 && headLine(line.text))
	);
}

/**
 * A line a head block may hold: it ends no sentence and holds no stop or pause, opens no bracket,
 * and is no figure caption, signature closing the text above (`——王芳`) or dateline.
 */
function headLine(text: string): boolean {
	return (
		!endsSentence(text) &&
		!/[。；;，,、！？!?…]|[：:]$/u.test(text) &&
		!/^[（(]/u.test(text) &&
		!FIGURE_CAPTION.test(text) &&
		!isSignOff(text) &&
		detectDateline(text) === undefined
	);
}

/**
 * A block opened by a column's name set upright beside a head (`热` / `点` / `辣` / `评` over
 * `用心回应群众期待`, `markSideLabels`), the rest one to three lines holding no stop or pause, its
 * quotes and brackets closed: that head, however full its lines (a narrow column's estimate may
 * be the head's own width). A name set upright stands beside a head, never over text.
 */
function besideSideLabel(lines: Line[]): boolean {
	if (lines.length < 2 || lines.length > 4 || lines[0].sideLabel !== true) return false;
	const rest = lines.slice(1);
	const text = joinLines(rest);
	return displayWidth(text) <= HEADING_MAX_WIDTH && balanced(text) && rest.every((line) => headLine(line.text));
}

/**
 * The last line of a block of text right above a byline, after a line that ends a sentence (or a
 * caption that its photo credit closes, `…听取意见。　王阳摄`), and
 * itself ending none (five characters or more, no stop or pause, its quotes closed): the headline
 * of the byline's item, however full its line, set tight under the body before. A body's last line
 * ends a sentence, and a byline opens the next item. `labelled`: with a column label on the line
 * between (the block's last two lines are the head).
 */
function endsOverByline(lines: Line[], next: Block | undefined, labelled = false): boolean {
	if (labelled) {
		// A column label (`今日谈`: two to four Han characters, shorter than the line under it)
		// between the body's end and the headline: the label's line is set apart with the head.
		const label = lines.at(-2);
		if (lines.length < 3 || !label || !/^\p{Script=Han}{2,4}$/u.test(label.text)) return false;
		if (label.width + 1 >= (lines.at(-1) as Line).width) return false;
		return endsOverByline([...lines.slice(0, -2), lines.at(-1) as Line], next);
	}
	// A kicker's dash (`某某村：绿色发展——`) ends no sentence: the line under it is its headline.
	const before = (lines.at(-2) as Line | undefined)?.text ?? '';
	if (next?.kind !== 'byline' || endsWithDash(before)) return false;
	// A caption closed by its photo credit (`…听取意见。　王阳摄`) ends as a sentence does, and so
	// does a text closed by its writer's signature (`——社区读者 王芳`, `（本报记者 王芳）`).
	if (!endsSentence(before) && !isSignOff(before) && !(lines.length >= 2 && endsInCredit(lines.slice(0, -1))))
		return false;
	const last = lines.at(-1) as Line;
	return headsByline([last], next) && balanced(last.text) && !LIST_MARK.test(last.text);
}

/**
 * A line standing alone, however full its column, that reads as a headline by its place: under a
 * brief's list mark (`●…`), or right above a block that opens an article with its dateline. It
 * holds no full stop and ends no sentence nor on a pause (a body line that ends so runs on into
 * the text after it, and a column break before a dateline ends its sentence).
 */
function headsArticle(lines: Line[], next: Block | undefined): boolean {
	if (lines.length !== 1) return false;
	const [{ text }] = lines;
	const marked = LIST_MARK.test(text);
	const opens = next?.kind === 'text' && detectDateline(next.lines[0].text) !== undefined;
	return (
		(marked || opens) &&
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		[...text.replace(BRIEF_MARK, '')].length >= 4 &&
		!endsSentence(text) &&
		!/[。；;]|[，,、：:]$/.test(text) &&
		!/^[（(].*[）)]$/u.test(text) &&
		!isNumberedIntertitle(text) &&
		detectDateline(text) === undefined
	);
}

/**
 * A line standing alone between blank lines, however full its column, with no stop or pause in
 * it: a heading. A body line that ends no sentence runs on, and was joined to the text after it
 * as a column break; one that stays alone was set apart. Right under a column label (`labelled`,
 * `【快评】` / `用心用情，做好惠民实事`) it may hold a pause or quote a phrase whole: a label stands
 * over a head block; not an exclamation or question (a caption's quoted voice). Anywhere in a text
 * dump (`quoted`) it may quote short phrases whole (`“六学”并举学习模式`, `phrasesQuoted`).
 */
function standsAloneAsHead(lines: Line[], labelled = false, quoted = false): boolean {
	if (lines.length !== 1) return false;
	const [{ text }] = lines;
	return (
		[...text].length >= 4 &&
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		!endsSentence(text) &&
		!(labelled ? /[。；;！？!?"（(]|[：:—―─，,、]$/ : /[。；;，,、"（(]|[：:—―─]$/).test(text) &&
		(labelled ? quotesWhole(text) : quoted ? phrasesQuoted(text) : !/[“”]/u.test(text)) &&
		detectDateline(text) === undefined &&
		detectLabel(text, true) === undefined &&
		paddedName(text) === undefined &&
		!isNumberedIntertitle(text)
	);
}

/**
 * A line standing alone, however full its column, right above a subheadline standing alone
 * (`——…`): the headline of that head block. It holds no clause and ends no sentence; a body's
 * last line over a sign-off (`——编 者`) ends one.
 */
function headsSubheadline(lines: Line[], next: Block | undefined): boolean {
	if (lines.length !== 1 || next?.kind !== 'text' || next.lines.length !== 1) return false;
	const [{ text }] = lines;
	return (
		startsWithDash(next.lines[0].text) &&
		!/[。！？；;，,、]/.test(next.lines[0].text) &&
		displayWidth(text) <= HEADING_MAX_WIDTH &&
		[...text].length >= 4 &&
		!endsSentence(text) &&
		!/[。；;，,、]|[：:]$/.test(text) &&
		detectDateline(text) === undefined
	);
}

/**
 * The first line of a text block right under a kicker standing alone (ending in ——), short of its
 * column or wider than it and ending no sentence: the kicker's headline, which the extraction set
 * tight above the first line of its body (`河翁区：搭起政府与群众——` / `系列志愿服务活动` / `有了…`).
 * A kicker is never followed by body text. A block that is all heading is left whole. So is, in a
 * text dump, the first line of a block set tight under a marked label (a box's title).
 */
function headsUnderKicker(
	lines: Line[],
	previous: Unit | undefined,
	width: (line: Line) => number,
	tight: boolean,
): boolean {
	if (lines.length < 2) return false;
	const kicker = previous?.kind === 'heading' && endsWithDash(previous.text);
	// In a text dump, a box's marked label set tight over its title, the title tight over its text
	// (`【相关阅读】` / `相关政策解读` / `统计显示，全年…`): the line under the title opens a paragraph
	// (set in, or pausing), not a dateline, and does not run the title on (`确保流动党员离` / `乡不`).
	const label =
		tight &&
		previous?.kind === 'label' &&
		!previous.bare &&
		(previous.lines.at(-1) as Line).number + 1 === lines[0].number &&
		(lines[1].indented === true || /[，。、；,;]/u.test(lines[1].text)) &&
		detectDateline(joinLines(lines.slice(1))) === undefined;
	if (!kicker && !label) return false;
	// A block that reads as a heading throughout is the headline wrapped, with no body under it.
	if (isHeading(lines, joinLines(lines), width)) return false;
	const [first] = lines;
	return (
		(isTightHeadline(first, width) || (isWide(first, width(first)) && !/[。；;，,、：:]/.test(first.text))) &&
		!endsSentence(first.text) &&
		detectDateline(first.text) === undefined &&
		displayWidth(first.text) <= HEADING_MAX_WIDTH
	);
}

/**
 * A numbered heading (`一、…`, `（二）…`) standing alone right before a paragraph that opens no
 * new article (no dateline) is a 小标题 inside that article, not the headline of another: it
 * becomes a paragraph marked `intertitle`, so the article is not split there.
 */
function markIntertitles(units: Unit[]): Unit[] {
	// A line ending a sentence (a question, `怎么看待…？`, or an exclamation) right under a numbered
	// 小标题 is the part's own text or its question, not another item's headline: the article goes on.
	const underNumbered = (i: number): boolean => {
		const [above, unit, next] = [units[i - 1], units[i], units[i + 1]];
		return (
			above?.kind === 'heading' &&
			isNumberedIntertitle(above.text) &&
			unit?.kind === 'heading' &&
			unit.lines.length === 1 &&
			endsSentence(unit.text) &&
			next?.kind === 'paragraph' &&
			!next.dateline &&
			!next.intertitle
		);
	};
	return units.map((unit, i) => {
		if (underNumbered(i)) return { kind: 'paragraph', lines: unit.lines, text: unit.text, intertitle: true };
		const next = underNumbered(i + 1) ? units[i + 2] : units[i + 1];
		if (
			unit.kind !== 'heading' ||
			next?.kind !== 'paragraph' ||
			next.dateline ||
			next.intertitle ||
			!isNumberedIntertitle(unit.text)
		)
			return unit;
		return { kind: 'paragraph', lines: unit.lines, text: unit.text, intertitle: true };
	});
}

/**
 * Headings that read as lines of a body: a box title right before its text (`核心阅读`, a
 * 小标题 of the article); a line wholly in brackets (`（本报记者 X采访整理）`, a
 * note, never a headline) or a book review's note of its book (`《某书》 某某著 某某出版社出版`), and a line starting with —— right after a paragraph (a sign-off such
 * as `——编 者`; a subheadline follows its headline, not body text).
 */
function markBodyLines(units: Unit[]): Unit[] {
	const entry = units.map((unit) => (unit.kind === 'heading' && unit.lines.length === 1 ? listEntry(unit.text) : ''));
	return units.flatMap((unit, i): Unit | Unit[] => {
		// A figures box's last line, printed without its mark, set tight over the next story's
		// headline (`●4.5万个　新增市场主体` / `10个：外贸进出口总额增幅` / headline): the list's line,
		// not the headline's first, when the lines above are the list's entries.
		if (
			unit.kind === 'heading' &&
			unit.lines.length >= 2 &&
			!unit.role &&
			entry[i - 1] === 'figure' &&
			entry[i - 2] === 'figure' &&
			listEntry(unit.lines[0].text.trim()) === 'figure' &&
			listEntry(unit.lines[1].text.trim()) === ''
		) {
			const rest = unit.lines.slice(1);
			return [
				{ kind: 'paragraph', lines: unit.lines.slice(0, 1), text: unit.lines[0].text.trim() },
				{ ...unit, lines: rest, text: joinLines(rest).replace(BRIEF_MARK, '') },
			];
		}
		// A list's line keeps its mark (`●2.2万人 新建充电设施`): the mark a heading drops is the list's own.
		if (entry[i] !== '' && (entry[i - 1] === entry[i] || entry[i + 1] === entry[i]))
			return { kind: 'paragraph', lines: unit.lines, text: unit.lines[0].text.trim() };
		if (unit.kind !== 'heading' || unit.lines.length > 2) return unit;
		const note = /^[（(][^（(）)]+[）)]$/u.test(unit.text) || BOOK_NOTE.test(unit.text);
		if (isBoxTitle(unit.text) && units[i + 1]?.kind === 'paragraph')
			return { kind: 'paragraph', lines: unit.lines, text: unit.text, intertitle: true };
		const signOff = startsWithDash(unit.text) && units[i - 1]?.kind === 'paragraph';
		return note || signOff ? { kind: 'paragraph', lines: unit.lines, text: unit.text } : unit;
	});
}

// An entry of a figures box (数读: `●2.2万人 新建充电设施`, `44.1%：外贸进出口总额增幅`): a number
// with its unit, a space or colon, a short label with no punctuation.
const FIGURE_ENTRY = /^[●◆▲■]?\s*\d[\d.,]*[^\s：:\d，。！？]{0,4}[\s：:]+[^\s，。！？、；]{2,16}$/u;
// An entry of a results list (成绩一览: `女子跳远：某某（某某队）6米66`, `男子双打决赛：甲队3∶1胜乙队`):
// an event, a colon, and a result with a figure in it, no sentence punctuation.
const RESULT_ENTRY = /^[^\s：:，。！？]{2,12}[：:][^。！？，；]*\d[^。！？，；]*$/u;

// A book review's note of the book under review (`《某书》 某某著 某某出版社出版`): the review's
// text, never a headline (the review's headline names the book in other words).
const BOOK_NOTE = /^《[^》]{1,20}》\s*\S.{0,20}著.{0,20}出版(?:社)?$/u;

/**
 * What kind of list entry a one-line heading reads as (`figure`, `result`), or '' for none. Such
 * lines set one to a block look like stacked heads, but two or more of the same kind in a row are
 * the lines of a list (a figures box, a table of results): body text of the item around them.
 */
function listEntry(text: string): string {
	if (FIGURE_ENTRY.test(text)) return 'figure';
	return RESULT_ENTRY.test(text) ? 'result' : '';
}

// Marks set before a brief's headline in a list of briefs (简讯): ● 呼和浩特市启动….
const BRIEF_MARK = /^[●◆▲■★☆○◇□]\s*/u;
const SQUARE_MARK = /^■/u;

/**
 * Whether the lines under a block's first line are a photo's caption closed by its credit (at its
 * end, on the next line, or set right above the block: then the caption ends a sentence), the first
 * line its title: four characters or more, or as few as two where the credit is set beside the
 * caption (on its last line, on the next line or above).
 */
function photoTitled(lines: Line[], creditBeside: boolean): boolean {
	const rest = lines.slice(1);
	const inline = splitTrailingCredit(joinLines(rest)) !== undefined;
	if ([...lines[0].text].length < 4 && !creditBeside && !inline) return false;
	return endsInCredit(rest) || (creditBeside && endsSentence(joinLines(rest)));
}

/**
 * Whether the first line of a block is a caption's first line, not the photo's title: the caption
 * under it holds one line of text (its credit aside) narrower than it by an em or more
 * (`志愿者为社区老人` / `测量血压。` / `王芳摄（新华社）`). A title is set no wider than its caption's
 * lines; a caption wrapped over two lines leaves its sentence's end on a shorter one.
 */
function wrapsCaption(lines: Line[]): boolean {
	const caption = lines.slice(1).filter((line) => detectCredit(line.text) === undefined);
	if (caption.length !== 1) return false;
	const text = splitTrailingCredit(caption[0].text)?.caption ?? caption[0].text;
	return displayWidth(text.trim()) + 1 <= lines[0].width && endsSentence(text.trim());
}

/** A credit set right above a block (no blank line between): a photo's credit printed over its title and caption. */
function creditOver(blocks: Block[], b: number): boolean {
	const above = blocks[b - 1];
	return above?.kind === 'credit' && (above.lines.at(-1) as Line).number + 1 === blocks[b].lines[0].number;
}

function classifyText(
	lines: Line[],
	width: (line: Line) => number,
	creditNext = false,
	tight = true,
	creditAbove = false,
): Unit[] {
	// A head block marked by its subheadline (a line starting with ——), set tight above its body.
	const head = markedHeadEnd(lines);
	if (head > 0)
		return [
			...classifyText(lines.slice(0, head + 1), width, false, tight),
			...classifyText(lines.slice(head + 1), width, creditNext, tight),
		];
	const kicked = tight ? kickedHeadEnd(lines) : -1;
	if (kicked > 0)
		return [
			...classifyText(lines.slice(0, kicked + 1), width, false, tight),
			...classifyText(lines.slice(kicked + 1), width, creditNext, tight),
		];
	// A dateline always opens an article; a short line set tight above one, ending no sentence, is
	// that article's headline (a list of briefs: `●某市启动…` / `本报讯 6月8日，…`); so is the
	// block's first line however full (a brief's headline over its one-line text in a pdftotext dump,
	// whose column is read from the lines around it): no body line ends on a dateline's line.
	// Speed: the line above is asked first (most are full body lines), the dateline after.
	const cut = lines.findIndex(
		(line, i) =>
			i > 0 &&
			(isTightHeadline(lines[i - 1], width, 4, i === 1 && !wrapsDateline(lines[0], line)) ||
				// A headline's short tail, two or three characters, under its wrapped first line (`粮食安全合作前` / `景广阔`).
				(tight && i > 1 && isTightHeadline(lines[i - 1], width, 2) && wrappedOver(lines, i - 1, width))) &&
			// The dateline whole on its line, or wrapped onto the next (`本报黄和镇8月12` / `日电（记者…`).
			(detectDateline(line.text) !== undefined || (i + 1 < lines.length && wrapsDateline(line, lines[i + 1]))) &&
			// Not the dateline's own first line, its date wrapped onto this one (`据新华社阿斯塔纳` / `12月11日电 …`).
			!wrapsDateline(lines[i - 1], line),
	);
	if (cut > 0) {
		// In a text dump's own order (pdftotext may set another column's line over a head). Its
		// kicker (ending in ——) set tight above it, under a sentence's end (`…甜头。` /
		// `基层一线——` / headline / dateline), heads the article with it.
		const kicker = cut >= 3 && isTightKicker(lines[cut - 2], lines[cut - 3], width);
		const from = kicker
			? cut - 2
			: cut - 1 - Number((tight && wrappedOver(lines, cut - 1, width)) || (!tight && phraseWrapped(lines, cut - 1)));
		return [
			...(from > 0 ? classifyText(lines.slice(0, from), width, false, tight) : []),
			...(kicker || from === cut - 1
				? lines.slice(from, cut).map((line) => tightHeading(line))
				: headingUnits(lines.slice(from, cut), width, tight)),
			...classifyText(lines.slice(cut), width, false, tight),
		];
	}
	// A brief's headline under its list mark (`●某市启动…`), set tight in a dump with no blank
	// lines: short of its column, no stop in it, with text under it.
	const marked = lines.findIndex(
		(line, i) =>
			i < lines.length - 1 &&
			((LIST_MARK.test(line.text) && isTightHeadline(line, width)) ||
				// ■ before a line too long for a column label (see `detectLabel`): a brief's headline, however full its line.
				(SQUARE_MARK.test(line.text) && isTightHeadline(line, width, 4, true))),
	);
	if (marked >= 0) {
		const end = marked + 1 + Number(wrapsHead(lines[marked], lines[marked + 1], lines[marked + 2], width));
		return [
			...(marked > 0 ? classifyText(lines.slice(0, marked), width, false, tight) : []),
			tightHeading(...lines.slice(marked, end)),
			...(end < lines.length ? classifyText(lines.slice(end), width, creditNext, tight) : []),
		];
	}
	// A story signed at its end on a line of its own (`（本报记者 王芳）`, `——新华社记者 王芳`) ends
	// there: a short line set tight under the signature, holding no stop, with text under it, is
	// the next item's headline, not body text run on.
	const signedOff = lines.findIndex(
		(line, i) =>
			i >= 2 &&
			i < lines.length - 1 &&
			isTightHeadline(line, width) &&
			((endsSentence(lines[i - 2].text) && isSignOff(lines[i - 1].text)) || wrappedSignOff(lines, i)),
	);
	if (signedOff > 0)
		return [
			...classifyText(lines.slice(0, signedOff), width, false, tight),
			tightHeading(lines[signedOff]),
			...classifyText(lines.slice(signedOff + 1), width, creditNext, tight),
		];
	// A kicker (ending in ——) set tight under the end of the body before, in a dump with no blank
	// lines: a line short of its column or wider than it, holding no sentence, after a line that
	// ends one, with its headline under it. A body line ending in a dash fills its column.
	const kicker = lines.findIndex(
		(line, i) => i > 0 && i < lines.length - 1 && isTightKicker(line, lines[i - 1], width),
	);
	if (kicker > 0) {
		const head = tightHeading(lines[kicker]);
		const rest = lines.slice(kicker + 1);
		return [
			...classifyText(lines.slice(0, kicker), width, false, tight),
			head,
			...(headsUnderKicker(rest, head, width, false)
				? [tightHeading(rest[0]), ...classifyText(rest.slice(1), width, creditNext, tight)]
				: classifyText(rest, width, creditNext, tight)),
		];
	}
	// Likewise a photo's title set tight above its caption, which ends in the credit
	// (`金秋稻田` / `兴安盟扎赉特旗的稻田迎来丰收。 本报记者 孙丽 摄`).
	// The credit may stand on the next line, a block of its own, or right above the title (`受访者供图` /
	// `冬日暖阳` / `近日，…。`); a photo title may be as short as 2.
	if (
		lines.length >= 2 &&
		isTightHeadline(lines[0], width, 2) &&
		photoTitled(lines, creditNext || creditAbove) &&
		// A line that runs on into the next in mid-word (`…东济村巾` / `帼志愿服务队…`) is text.
		!wordAcross(lines[0].text, lines[1].text) &&
		!wrapsCaption(lines)
	) {
		return [tightHeading(lines[0]), ...classifyText(lines.slice(1), width, creditNext, tight)];
	}
	// Speed: a block of more lines than a heading has is neither a label nor a heading (see
	// `isHeading`), and its text is not joined just to be asked.
	if (lines.length <= HEADING_MAX_LINES) {
		const text = joinLines(lines);
		const bare = lines.length === 1 ? (paddedName(lines[0].text) ?? detectLabel(text, true)) : undefined;
		if (bare) return [{ kind: 'label', lines, text: bare, bare: true }];
		if (isHeading(lines, text, width)) return headingUnits(lines, width, tight);
	}
	// A head block set tight between paragraphs, with no blank line around it.
	// The block is read as a whole once: its parts are not asked again, as their first lines
	// would stand at a block's start.
	const runs = tight ? tightHeads(lines, width, (head) => isHeading(head, joinLines(head), width)) : [];
	if (runs.length > 0) {
		const units: Unit[] = [];
		let at = 0;
		for (const run of runs) {
			if (run.start > at) units.push(...classifyText(lines.slice(at, run.start), width, false, false));
			units.push(...headingUnits(lines.slice(run.start, run.end), width, true));
			at = run.end;
		}
		if (at < lines.length) units.push(...classifyText(lines.slice(at), width, creditNext, false));
		return units;
	}
	// A headline set tight under the end of its body, with no blank line: the block's last line
	// reads as a headline on its own, and the line before it ends a sentence. Not a numbered
	// 小标题 (a headline almost never opens with `三、`): a column that ends on one goes on elsewhere.
	const last = lines.at(-1)!;
	const trailing =
		lines.length >= 2 &&
		endsSentence(lines.at(-2)!.text) &&
		isHeading([last], last.text, width) &&
		(standsAlone(last, width(last)) || isWide(last, width(last))) &&
		!startsWithDash(last.text) &&
		!isNumberedIntertitle(last.text) &&
		[...last.text].length >= 4;
	const paragraphs = splitParagraphs(trailing ? lines.slice(0, -1) : lines, width);
	const units = paragraphs.flatMap((whole, k): Unit[] => {
		// A numbered 小标题 set tight above its part, with no blank line: its own short line, or a
		// paragraph of its own between two others (splitParagraphs).
		const [first, ...rest] = whole;
		if (
			rest.length === 0 &&
			k > 0 &&
			k < paragraphs.length - 1 &&
			isNumberedIntertitle(first.text) &&
			!endsSentence(first.text) &&
			!/[。；;！？]/u.test(first.text)
		)
			return [{ kind: 'paragraph', lines: [first], text: first.text, intertitle: true }];
		if (
			rest.length > 0 &&
			isNumberedIntertitle(first.text) &&
			!isFull(first, width(first), true) &&
			!endsSentence(first.text)
		) {
			return [{ kind: 'paragraph', lines: [first], text: first.text, intertitle: true }, ...paragraphUnits(rest)];
		}
		return paragraphUnits(whole);
	});
	if (trailing) units.push({ kind: 'heading', lines: [last], text: last.text, wide: isWide(last, width(last)) });
	return units;
}

/** The units of a head block: its parts (kicker, headline, subheadline), a bare label on its first line apart. */
function headingUnits(lines: Line[], width: (line: Line) => number, labelUnder = false): Unit[] {
	return headParts(lines, labelUnder).map((part): Unit => {
		if (part.label)
			return {
				kind: 'label',
				lines: part.lines,
				text: part.lines[0].text,
				bare: true,
				...(part.under && { under: true }),
			};
		const wide = part.lines.length === 1 && isWide(part.lines[0], width(part.lines[0]));
		const text = joinLines(part.lines).replace(BRIEF_MARK, '');
		return {
			kind: 'heading',
			lines: part.lines,
			text,
			wide,
			...(part.role && { role: part.role }),
			...(part.guessed && { guessed: true }),
		};
	});
}

/**
 * Where a head block set tight above its body ends: at a subheadline (a line starting with ——)
 * under one to three lines of headline (and kicker) that hold no sentence, with text under it
 * (`…的基础上` / `——某镇：…` / `本报讯…`). Returns the subheadline's index, or -1. Body text does
 * not open with lines free of every stop and then a line starting with ——.
 */
function markedHeadEnd(lines: Line[]): number {
	const k = lines.findIndex((line, i) => i > 0 && startsWithDash(line.text));
	if (k < 1 || k > 3 || k === lines.length - 1) return -1;
	const head = lines.slice(0, k + 1);
	if (head.some((line) => /[。；;！？!?]|[：:]$/.test(line.text) || displayWidth(line.text) > HEADING_MAX_WIDTH))
		return -1;
	return k;
}

/**
 * Where a head block opened by its kicker and set tight above its story ends: a first line ending
 * in —— with no sentence in it, then one to three lines free of every stop and pause, then a line
 * that opens with a dateline (`聚焦民生实事——` / headline / plain subheadline / `　　本报讯（记者…）`).
 * Returns the head's last index, or -1. Body text does not open on a kicker's mark, and a dateline
 * opens a story.
 */
function kickedHeadEnd(lines: Line[]): number {
	if (lines.length < 3 || !endsWithDash(lines[0].text) || /[。；;！？!?，,]/u.test(lines[0].text)) return -1;
	const d = lines.findIndex((line, i) => i >= 2 && detectDateline(line.text.trim()) !== undefined);
	if (d < 2 || d > 4) return -1;
	const head = lines.slice(0, d);
	if (
		head.some(
			(line, i) =>
				(i > 0 && /[。；;！？!?，,、：:（(]/u.test(line.text)) || displayWidth(line.text) > HEADING_MAX_WIDTH,
		)
	)
		return -1;
	return d - 1;
}

/** One paragraph's units: the paragraph, and a photo credit at its end split off. */
function paragraphUnits(paragraph: Line[]): Unit[] {
	const joined = joinLines(paragraph);
	const split = splitTrailingCredit(joined);
	const last = paragraph.at(-1) as Line;
	if (split) {
		return [
			{ kind: 'paragraph', lines: paragraph, ...tidy(split.caption) },
			{ kind: 'credit', lines: [last], text: split.credit.text, credit: split.credit },
		];
	}
	// A credit wrapped onto a line of its own inside the caption's block.
	const credit = paragraph.length > 1 ? detectCredit(last.text) : undefined;
	if (credit) {
		const caption = paragraph.slice(0, -1);
		const captionText = joinLines(caption);
		return [
			{ kind: 'paragraph', lines: caption, ...tidy(captionText) },
			{ kind: 'credit', lines: [last], text: credit.text, credit },
		];
	}
	return [{ kind: 'paragraph', lines: paragraph, ...tidy(joined, paragraph[0]?.text, paragraph) }];
}

/**
 * A paragraph's text with extraction spaces removed (a dateline's own space kept), and its dateline.
 * A dateline whose run-on names end its `first` line (`本报讯　记者　王芳` / `近日…`) is read from
 * that line, where the line's end says where the last name ends.
 */
function tidy(text: string, first?: string, lines?: Line[]): { text: string; dateline?: Dateline } {
	let dateline = detectDateline(text);
	if (dateline && dateline.authors.length === 0 && first !== undefined && text.startsWith(first)) {
		const alone = detectDateline(first.trimEnd(), true);
		if (alone && alone.authors.length > 0) dateline = alone;
	}
	dateline ??= lines && postedAcrossLines(text, lines);
	// A signature closing the text keeps the spaces between its names, as a byline does
	// (`——本报记者 王芳 李强`).
	if (!dateline && isSignOff(text)) return { text };
	return { text: tidySpaces(text, Math.max(4, dateline?.text.length ?? 0)), dateline };
}

/**
 * A posted correspondent's role and name run on into the text (`本报驻河内记者 戴强明 乌兰…`)
 * where line ends stood for its spaces, a narrow column wrapping after the role (`本报驻北京记者` /
 * `汪雪晓 同时，…`), after the name (`本报驻河` / `内记者 戴强明` / `乌兰图克镇…`) or both: read
 * with a space at one or two of the first four line ends. The paragraph's text stays as printed.
 */
function postedAcrossLines(text: string, lines: Line[]): Dateline | undefined {
	if (!text.slice(0, 16).includes('驻')) return undefined;
	// Where each of the first four lines ends in the text, where no space stands there already.
	const ends: number[] = [];
	let at = 0;
	for (const line of lines.slice(0, 4)) {
		if (!text.startsWith(line.text, at)) break;
		at += line.text.length;
		if (at < text.length && !/\s/u.test(text[at - 1]) && !/\s/u.test(text[at])) ends.push(at);
	}
	const spaced = (cuts: number[]) => cuts.reduceRight((t, cut) => `${t.slice(0, cut)} ${t.slice(cut)}`, text);
	for (const [k, a] of ends.entries())
		for (const cuts of [[a], ...ends.slice(k + 1).map((b) => [a, b])]) {
			const posted = detectDateline(spaced(cuts));
			// The reading must use every space put in: the last one closes the name or stands inside it.
			const end = posted?.text.length ?? 0;
			const inside = cuts.filter((cut, c) => cut + c < end).length;
			if (posted && posted.authors.length > 0 && end >= (cuts.at(-1) as number) + cuts.length - 1)
				return { text: text.slice(0, end - inside).trimEnd(), authors: posted.authors };
		}
	return undefined;
}

/** Whether lines read as a caption closed by its photo credit: on a line of its own, or at the end. */
function endsInCredit(lines: Line[]): boolean {
	const last = lines.at(-1)!;
	return (
		(lines.length > 1 && detectCredit(last.text) !== undefined) || splitTrailingCredit(joinLines(lines)) !== undefined
	);
}

/** The heading a tight headline line makes (with its wrap, if any), its list mark dropped. */
function tightHeading(...lines: Line[]): Unit {
	return { kind: 'heading', lines, text: joinLines(lines).replace(BRIEF_MARK, '') };
}

/**
 * Whether `tail` is the end of the headline `head` wrapped onto a line of its own, above the text
 * `after` if any: no wider than the headline, short of its column by more than an indent, with no stop
 * or pause, and no dateline. A body line that ends no sentence runs on to its column's edge, so
 * such a line under a headline is the headline's last (`●…发展路` / `径`).
 */
function wrapsHead(
	head: Line,
	tail: Line | undefined,
	after: Line | undefined,
	width: (line: Line) => number,
): boolean {
	return (
		tail !== undefined &&
		tail.width <= head.width &&
		standsAlone(tail, width(tail)) &&
		!/[，,、：:]/.test(tail.text) &&
		!LIST_MARK.test(tail.text) &&
		balanced(tail.text) &&
		detectDateline(tail.text) === undefined &&
		// The start of a dateline wrapped onto the next line (`新华社呼和浩特` / `6月4日电`) is none.
		(after === undefined || detectDateline(after.text) !== undefined || !wrapsDateline(tail, after))
	);
}

/**
 * A kicker set tight under the end of the body before: ending in ——, holding no sentence, short of
 * its column or wider than it, under a line that ends a sentence. A body line ending in a dash
 * fills its column.
 */
function isTightKicker(line: Line, above: Line, width: (line: Line) => number): boolean {
	return (
		endsWithDash(line.text) &&
		!/[。！？；;!?]/.test(line.text) &&
		(!isFull(line, width(line)) || isWide(line, width(line))) &&
		endsSentence(above.text)
	);
}

/**
 * Whether the two lines over `lines[at]` are a note signing a story at its end, wrapped inside it:
 * `（本报记者 王芳 本` / `报通讯员 李强）` under a line that ends a sentence, or run on after the
 * text's last sentence, `…出门了。（本报记者 王芳 本` / `报通讯员 李强）`. The first line leaves its
 * bracket open, and the second closes it.
 */
function wrappedSignOff(lines: Line[], at: number): boolean {
	if (at < 2) return false;
	const first = lines[at - 2].text.trim();
	const second = lines[at - 1].text.trim();
	if (!/[）)]$/u.test(second) || /[（()）]/u.test(second.slice(0, -1)) || !/[（(][^（()）]*$/u.test(first))
		return false;
	const joined = first + second;
	if (/^[（(]/u.test(first)) return at >= 3 && endsSentence(lines[at - 3].text) && isSignOff(joined);
	return (readTrailingNoteAuthors(joined)?.length ?? 0) > 0;
}

/** A line that reads as a headline on its own: short of its column, no full stop, not a sentence's end. */
/**
 * A line that signs a story at its end: `（本报记者 王芳）`, `——王芳`, `——新华社记者 王芳`, and a
 * writer's name in brackets, `（王芳）`, `（文/王芳）` (names of common surnames).
 */
function isSignOff(text: string): boolean {
	return (
		(/^[（(]/u.test(text) && (readNoteAuthors(text)?.length ?? 0) > 0) ||
		((startsWithDash(text) || /^[（(]/u.test(text)) && (readClosingSignature(text)?.length ?? 0) > 0)
	);
}

function isTightHeadline(line: Line, width: (line: Line) => number, min = 4, first = false): boolean {
	// Speed: the cheap tests first (most lines asked are full body lines).
	if (!first && isFull(line, width(line))) return false;
	const text = line.text.replace(BRIEF_MARK, '');
	return !/[。；;，,、：:]/.test(text) && [...text].length >= min && !endsSentence(text) && balanced(text);
}

/**
 * Whether the headline set tight over a dateline (`lines[i]`) is the last line of a headline
 * wrapped over two: the line above holds no punctuation at all, is set flush, runs no narrower
 * than it (a wrap fills each line but the last) and no wider than its column, and stands at the
 * block's start or right after a line that ends a sentence (`某县多措并举推进老旧小区改造让居民` /
 * `住得更舒心` / `本报讯…`). A body line holds a pause or stop within a column's width.
 */
function wrappedOver(lines: Line[], i: number, width: (line: Line) => number): boolean {
	const above = lines[i - 1];
	if (above === undefined || above.indented || /[\p{P}\p{S}]/u.test(above.text) || [...above.text].length < 6)
		return false;
	if (above.width < lines[i].width || isWide(above, width(above))) return false;
	return i - 1 === 0 || endsSentence(lines[i - 2].text);
}

/**
 * Whether the headline set tight over a dateline (`lines[i]`) is the last line of a two-phrase
 * headline wrapped inside one of its phrases (`农产品直播间落户田间 日` / `子更红火`,
 * `快递进村网点走进` / `社区 日子更红火`): the two lines read together as two phrases of three Han
 * characters or more apart by a space, the space inside one line, not at the break (a kicker or a
 * headline of its own ends on a whole phrase), the line above at the block's start or right after
 * a line that ends a sentence.
 */
function phraseWrapped(lines: Line[], i: number): boolean {
	const [above, line] = [lines[i - 1], lines[i]];
	if (above === undefined || !(i - 1 === 0 || endsSentence(lines[i - 2].text))) return false;
	return (
		/\S[ \u3000]+\S/u.test(above.text) !== /\S[ \u3000]+\S/u.test(line.text) && TWO_PHRASES.test(above.text + line.text)
	);
}

// What a dateline opens with: a paper's or agency's name, or 据 (`据新华社北京6月4日电`).
const DATELINE_SOURCE = new RegExp(`^(?:${[...DATELINE_SOURCES, '据'].join('|')})`, 'u');

/** Whether a line is the start of the dateline wrapped onto the next (`新华社呼和浩特` / `6月4日电（记者…`). */
function wrapsDateline(line: Line, next: Line): boolean {
	// A line that opens with the paper's or the agency's name starts its own dateline: the line
	// above is no part of it (`风` / `本报鄂尔多斯11月24日讯…`).
	if (DATELINE_SOURCE.test(next.text)) return false;
	const joined = detectDateline(line.text + next.text);
	if (joined !== undefined && joined.text.length > (detectDateline(next.text)?.text.length ?? 0) + line.text.length - 1)
		return true;
	// A reporter's role alone, its names and 报道 wrapped onto the next line (`本报记者` / `王芳　报道：…`).
	return (
		ROLE.exec(line.text)?.[0] === line.text && (detectDateline(`${line.text} ${next.text}`)?.authors.length ?? 0) > 0
	);
}

/**
 * A headline: a few short lines, none filling its column, with no full stop anywhere. A
 * headline may end in ！ or ？ but not in 。, …, ；, or ：.
 */
function isHeading(lines: Line[], text: string, width: (line: Line) => number): boolean {
	if (lines.length > HEADING_MAX_LINES || /[。；;]|[…：:]$/.test(text) || FIGURE_CAPTION.test(text)) return false;
	// A quoted exclamation standing alone (`“办成了，真的办成了！”`) is a speaker's words, a
	// paragraph of its own: a headline quoting a voice drops the closing ！ inside the quotes.
	if (/[！!][”’」』"]+$/u.test(text)) return false;
	// A head block set tight: a kicker ending in —— above, or a subheadline starting with —— below;
	// its lines run as wide as the heads are, whatever the column under them, and each part is
	// held to a headline's width, not the whole block.
	if (lines.length >= 2) {
		const parts = splitHeadingParts(lines);
		if (parts.length >= 2 && parts.every((part) => displayWidth(joinLines(part)) <= HEADING_MAX_WIDTH)) return true;
	}
	if (displayWidth(text) > HEADING_MAX_WIDTH) return false;
	// One line wider than its column: a headline set across a narrow column.
	if (lines.length === 1 && isWide(lines[0], width(lines[0])) && !endsSentence(text)) return true;
	// One line standing alone that ends in —— with no sentence in it: a kicker set apart from its
	// headline (a body line ending so continues, and would not stand alone).
	// So is a kicker wrapped over lines with its dash alone on the last.
	if (
		(lines.length === 1 || isDashAlone((lines.at(-1) as Line).text)) &&
		endsWithDash(text) &&
		!/[。！？!?]/.test(text)
	)
		return true;
	// Lines short of their column, or in a block of several lines with no clause in it, wider than
	// it: no body line runs wider than its column, but a headline under its kicker may
	// (`从人居环境入手` / a longer line).
	const wideHead = lines.length >= 2 && !/[，,、“”]/.test(text) && !endsSentence(text);
	if (lines.every((line) => !isFull(line, width(line)) || (wideHead && isWide(line, width(line))))) return true;
	// A block of a few lines with no stop or pause anywhere, ending short of its column: a body
	// ends its paragraphs on a stop, and a column break ends on a full line. A colon inside the
	// first line may set a place before the head (`某区：…`). Quotes mark no pause
	// (`守好“绿色账”` / `点亮金名片`).
	const last = lines.at(-1) as Line;
	return (
		lines.length >= 2 &&
		!/[。，,、；;！？!?]/.test(text) &&
		!lines.slice(1).some((l) => /[：:]/.test(l.text)) &&
		!isFull(last, width(last))
	);
}

/**
 * The parts of a head block, a bare column label on its first line set apart (`时评` above a
 * kicker ending in ——): a label is two to four Han characters, and a head block with a kicker
 * or subheadline never opens with so short a line of its own; so is such a line above a longer
 * one, by an em or more (`新闻特写` / `难题有人管`): a headline wrapped over lines is widest on
 * its first; so is a column's name set vertically beside a head set across (`markSideLabels`),
 * first in the block or last. The roles of the rest are read by `headRoles`.
 */
function headParts(lines: Line[], labelUnder = false): HeadPart[] {
	const [first, ...rest] = lines;
	if (
		rest.length > 0 &&
		!(labelUnder && FIELD_REPORT.test(first.text)) &&
		(first.sideLabel ||
			(labelUnder && COLUMN_NAME.test(first.text) && /^\p{Script=Han}{4,}$/u.test(rest[0].text)) ||
			(/^\p{Script=Han}{2,4}$/u.test(first.text) &&
				detectDateline(first.text) === undefined &&
				(splitHeadingParts(rest).length >= 2 ||
					rest[0].width >= first.width + 1 ||
					(labelUnder && rest.length >= 2 && FIELD_REPORT.test(rest[0].text))) &&
				!(labelUnder && cutInWord(first.text, rest[0].text))))
	)
		return [{ lines: [first], label: true }, ...headRoles(rest, labelUnder)];
	const last = lines.at(-1) as Line;
	if (lines.length >= 2 && last.sideLabel && !first.sideLabel)
		return [...headParts(lines.slice(0, -1), labelUnder), { lines: [last], label: true, under: true }];
	// A whole two-phrase headline on one line (`外贸订单回暖  服务送上门`) with two to four Han
	// characters under it: a wrap never breaks a line after a whole second phrase to leave so short a
	// tail, and a subheadline says more than that. The short line is a column label printed under
	// its head (on pages that print the head after its body). Only in a text dump's own order
	// (`labelUnder`): pdftotext may set another column's line under a head.
	if (labelUnder && rest.length === 1 && /^\p{Script=Han}{2,4}$/u.test(rest[0].text) && TWO_PHRASES.test(first.text))
		return [...headRoles([first], labelUnder), { lines: rest, label: true, under: true }];
	// So is a column's name of two to five Han characters naming its genre (`新闻特写`, `评论员观察`,
	// `文化评说`) under a headline line holding no mark: a wrap's tail cut from a headline names no
	// column's genre.
	if (labelUnder && rest.length === 1 && COLUMN_NAME.test(rest[0].text) && /^\p{Script=Han}{4,}$/u.test(first.text))
		return [...headRoles([first], labelUnder), { lines: rest, label: true, under: true }];
	// So is such a name under a headline of two phrases set a phrase to a line (`平安建设见实效` /
	// `荒坡变成果园` / `调查`): each line above a whole phrase, the name no phrase's tail.
	const head = lines.slice(0, -1);
	if (
		labelUnder &&
		head.length === 2 &&
		(COLUMN_NAME.test(last.text) || GENRE_WORD.test(last.text)) &&
		head.every((line) => /^\p{Script=Han}{4,8}$/u.test(line.text))
	)
		return [...headRoles(head, labelUnder), { lines: [last], label: true, under: true }];
	return headRoles(lines, labelUnder);
}

/** A part of a head block: its lines, what it is when no —— says so, and whether that is a guess. */
interface HeadPart extends HeadBlockPart {
	label?: boolean;
	/** A label under its head: not read again as the head's wrapped tail. */
	under?: boolean;
}

/** Two phrases of three or more Han characters each, set apart by a space: a whole two-phrase headline. */
const TWO_PHRASES = /^\p{Script=Han}{3,}[ \u3000]+\p{Script=Han}{3,}$/u;

// A column's name that says its genre, as papers name their columns (`新闻特写`, `评论员观察`,
// `文化评说`, `一线调研`, `观点`, `国际论坛`): two to five Han characters ending in the genre's word.
const COLUMN_NAME = /^\p{Script=Han}{0,3}(?:观察|特写|评说|调研|观点|时评|快评|短评|锐评|热评|视点|速递|速览|论坛)$/u;

// A genre's word standing alone as a column's name (`调查`, `观点`): no wrap leaves it as a headline's tail.
const GENRE_WORD = /^(?:调查|调研|观察|观点|特写|时评|快评|短评|视点)$/u;

/**
 * A kicker (ending in ——) and a subheadline (starting with ——) set tight against the headline
 * share its block; they are separate parts, grouped again by group-headings. A dash alone on its
 * line ends the line above it (a kicker wrapped right before its dash).
 */
function splitHeadingParts(lines: Line[]): Line[][] {
	const parts: Line[][] = [];
	lines.forEach((line, i) => {
		const previous = lines[i - 1];
		const part = parts.at(-1);
		const ended = part !== undefined && endsWithDash(part.map((l) => l.text).join(''));
		const apart = previous !== undefined && !isDashAlone(line.text) && (ended || startsWithDash(line.text));
		if (parts.length === 0 || apart) parts.push([line]);
		else parts[parts.length - 1].push(line);
	});
	return parts;
}

/** A line holding only a dash (——), which the wrap cut off the line above. */
function isDashAlone(text: string): boolean {
	return /^(?:[—―─]{2}|－－)$/u.test(text.trim());
}

/**
 * A two-character name padded to three cells alone on a line (`乔 毅`), read as a bare label as
 * a name printed unpadded would be, so that it signs the body under it where a signature stands.
 */
function paddedName(text: string): string | undefined {
	// Speed: each form holds a space, and most lines none (the patterns read Han characters one by one).
	if (!text.includes(' ') && !text.includes('\u3000')) return undefined;
	if (/^\p{Script=Han} {1,3}\p{Script=Han}$/u.test(text))
		return readsAsSignature(text.replace(/ +/gu, '')) ? text : undefined;
	// Or two or three names set apart by spaces (`王芳　李强`), each of a common surname.
	if (!/^\p{Script=Han}+(?:[ \u3000]{1,3}\p{Script=Han}+){1,5}$/u.test(text) || text.length > 16) return undefined;
	const names = signatureNames(text);
	return names && names.length >= 2 && names.length <= 3 ? text : undefined;
}

/** A line whose every quote opens and closes within it (`把“急难愁盼”放在心上`); quotesWhole and phrasesQuoted ask it. */
const CLOSED_QUOTES = /^(?:[^“”]*“[^“”]+”)+[^“”]*$/u;

/**
 * Whether every quote a head line opens it also closes, none at its start (`把“急难愁盼”放在心上`,
 * `多一些“送学上门”`): a headline quotes a phrase inside itself, where a line of running text may
 * open a quote it closes on a later line, or open with a speaker's words.
 */
function quotesWhole(text: string): boolean {
	if (!/[“”]/u.test(text)) return true;
	return !/^[“”]/u.test(text) && CLOSED_QUOTES.test(text);
}

/**
 * Whether each quote in a line is a short phrase opened and closed within it, the line holding
 * more than its quotes (`什么是“一次办”套餐服务`, `“六学”并举学习模式`): a headline quotes a
 * phrase; a line of running text opens a quote it closes on a later line, or quotes a speaker.
 */
function phrasesQuoted(text: string): boolean {
	if (!/[“”]/u.test(text)) return true;
	const quotes = [...text.matchAll(/“([^“”]*)”/gu)];
	return (
		CLOSED_QUOTES.test(text) && quotes.every((q) => [...q[1]].length <= 8) && text.replace(/“[^“”]*”/gu, '').length >= 2
	);
}
