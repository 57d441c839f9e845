import { columnWidths, INDENT, isFull, isWide } from './column-width.ts';
import type { Block } from './blocks.ts';
import { splitTrailingCredit } from './detect-credit.ts';
import { detectDateline } from './detect-dateline.ts';
import { readNames, ROLE, signatureNames } from './detect-names.ts';
import { isBoxTitle, opensHeadBox } from './detect-head-box.ts';
import { isNumberedIntertitle } from './detect-intertitle.ts';
import type { Line } from './lines.ts';
import { FIGURE_CAPTION } from './marks.ts';
import { endsSentence, endsWithDash, joinWrapped, startsWithDash } from './punctuation.ts';

// A head block is at most this many lines (kicker, headline wrapped, subheadline).
const HEAD_LINES = 4;

/**
 * Estimates the column width at every line from the lines that were wrapped by the typesetter:
 * every line of a text block but its last, which may stop short. Returns a lookup by line.
 */
export function columnWidthsOf(lines: Line[], blocks: Block[]): (line: Line) => number {
	// By position: a pdftotext extraction's lines may have been reordered (extraction-order.ts);
	// in a dump read in order a line's position is its number.
	const inOrder = lines.every((line, i) => line.number === i + 1);
	const at = inOrder ? undefined : new Map(lines.map((line, i) => [line, i]));
	const position = (line: Line) => (at ? (at.get(line) as number) : line.number - 1);
	const isBody = lines.map(() => false);
	for (const block of blocks)
		if (block.kind === 'text') for (const line of block.lines.slice(0, -1)) isBody[position(line)] = true;
	const widths = columnWidths(lines, isBody);
	return (line) => widths[position(line)];
}

/**
 * Rejoins text blocks that a column break split in mid-sentence: the blank line follows a line
 * that fills its column and does not end a sentence, so the writer did not end the paragraph
 * there; the typesetter ran out of column.
 */
export function joinColumnBreaks(blocks: Block[], width: (line: Line) => number, extracted = false): Block[] {
	const out: Block[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i];
		const previous = out.at(-1);
		// A dateline or byline whose brackets a narrow column wrapped over lines that pdftotext
		// printed apart: `本报讯（记者余阳` / `通讯员` / `郭悦红）近年来…`, `…（记者周琪` / `通` /
		// `讯员乔兰）…`. The pieces between join it, one note, not heads of their own.
		const pieces = previous?.kind === 'text' ? bracketPieces(previous, blocks, i) : 0;
		if (pieces > 0 && previous?.kind === 'text') {
			const joined = blocks.slice(i, i + pieces + 1).flatMap((b) => b.lines);
			out[out.length - 1] = { kind: 'text', lines: [...previous.lines, ...joined] };
			i += pieces;
			continue;
		}
		// A single line right under a column label is the head the label stands over, not a column's
		// last line, however full (`【经济观察】` / `某区：纳入巡视巡察范围` / a blank line / text). Not
		// in pdftotext's order, which prints a label wherever its box falls.
		const underLabel =
			!extracted && out.at(-2)?.kind === 'label' && previous?.kind === 'text' && previous.lines.length === 1;
		if (
			block.kind === 'text' &&
			previous?.kind === 'text' &&
			!underLabel &&
			!overByline(block, blocks[i + 1]) &&
			breaksMidSentence(previous, block, width, !extracted)
		) {
			out[out.length - 1] = { kind: 'text', lines: [...previous.lines, ...block.lines] };
			continue;
		}
		// A label line that the extraction put in mid-sentence (`…发展` / `■民生一线` / `特色养殖，…`):
		// the sentence joins and the label stands after it. In pdftotext's order the second half may
		// end its sentence on its first line (`…让` / `【观潮】` / `党旗高高飘扬。` / more text): a
		// column's text runs on under it, where a one-line head over a label's item would stand alone.
		const before = out.at(-2);
		if (
			block.kind === 'text' &&
			previous?.kind === 'label' &&
			before?.kind === 'text' &&
			!(!extracted && kickerOver(before.lines, width)) &&
			breaksMidSentence(before, block, width, !extracted) &&
			(!endsSentence(block.lines[0].text) || (extracted && block.lines.length > 1))
		) {
			out.splice(-2, 2, { kind: 'text', lines: [...before.lines, ...block.lines] }, previous);
			continue;
		}
		out.push(block);
	}
	return out;
}

/** Whether a block ends on a headline set tight under its text: see `breaksMidSentence`. */
function headUnderText(lines: Line[], width: (line: Line) => number): boolean {
	const last = lines.at(-1) as Line;
	const above = lines.at(-2);
	return (
		above !== undefined &&
		endsSentence(above.text) &&
		isWide(last, width(last)) &&
		last.width > width(last) + 1 &&
		!/[\p{P}\p{S}]/u.test(last.text)
	);
}

/**
 * A block over a label opening with a kicker ending in —— short of its column, over lines free
 * of clauses (`美丽乡村行——` / `夜市热起来　就业有门路` / `文化惠民活动覆盖城乡` / `■今日谈`): a
 * head block, however full its last line runs in a narrow column, not a column's text that a
 * label cut in mid-sentence. In a text dump's own order a label stands over its item, and a
 * paragraph cut there seldom opens on a phrase ending in a dash (`各方力量加速汇聚——` / `320多个…`
 * runs on under it, with no label between).
 */
function kickerOver(lines: Line[], width: (line: Line) => number): boolean {
	const [first] = lines;
	return (
		endsWithDash(first.text) &&
		/\p{Script=Han}/u.test(first.text) &&
		!isFull(first, width(first)) &&
		!lines.some((l) => /[，,、。；;！？!?]/u.test(l.text))
	);
}

/**
 * A line standing alone right over a byline, with no punctuation in it (`草原的风` / `□ 萧艳`): the
 * head the byline signs under, not the tail of the column before; a column's last words end a
 * sentence before the next item's byline. So is such a line ending the dump's text (a poem's
 * title printed after it, then only page furniture): the page's last words end a sentence too.
 * In pdftotext's order too (`夜市热起来` / `本报记者` under a column pdftotext left open).
 */
function overByline(block: Extract<Block, { kind: 'text' }>, next: Block | undefined): boolean {
	return (
		block.lines.length === 1 && (next === undefined || next.kind === 'byline') && !/\p{P}/u.test(block.lines[0].text)
	);
}

// The marks of a clause or quote a running text holds within a column's width.
const CLAUSE_MARK = /[，,、。；;！？!?“”（）]/u;

/**
 * Whether the blank line (or label) between two text blocks cut a sentence: the first ends on
 * a line that fills its column and ends no sentence, so the writer did not end the paragraph
 * there. In a text dump (`ragged`) the line may stop short where the block after opens with a
 * sentence's last words (`cutShort`).
 */
function breaksMidSentence(
	previous: Extract<Block, { kind: 'text' }>,
	block: Extract<Block, { kind: 'text' }>,
	width: (line: Line) => number,
	ragged = false,
): boolean {
	const last = previous.lines.at(-1) as Line;
	// A vertical line of print is a head, not a column's last or first line, however full; so is a
	// head the extraction order split off the top of its text, and a column left open above it goes
	// on elsewhere.
	if (last.vertical || last.head || block.lines[0].vertical || block.lines[0].head) return false;
	// A bracket left open at the block's end and closed in the next block's first line, before any
	// other opens there (`（作者为某大学马克思主义` / `学院副教授）`): one note, cut by the column.
	if (/^[^（(]*[）)]/u.test(block.lines[0].text) && openBrackets(previous.lines.map((l) => l.text).join('')) > 0)
		return true;
	// A dateline standing alone (`本报北京4月2日电`) over a block that opens with its reporters'
	// bracket (`（记者王芳）截至目前…`): the article's first sentence, which the extraction set apart
	// where the column's width changed.
	if (bareDateline(last.text) && /^[（(]/u.test(block.lines[0].text)) return true;
	// A paragraph's first line may stop an indent short of its column. Not, in a text dump, a line
	// standing alone that is not set in and holds no clause mark (`安平：综合执法平台上新` over a
	// photo's caption): a head set apart, which fills its column or not by its own length.
	const alone = ragged && previous.lines.length === 1 && !last.indented && !CLAUSE_MARK.test(last.text);
	const opening = (previous.lines.length === 1 || endsSentence(previous.lines.at(-2)?.text ?? '')) && !alone;
	// A numbered 小标题 under a sentence's end leaves no sentence open, however full it runs. In a
	// text dump, so does one standing alone between blank lines: a head set apart, not a column's
	// first line cut by the column's end (a paragraph's first line opens with no such number).
	if (opening && (previous.lines.length > 1 || ragged) && isNumberedIntertitle(last.text)) return false;
	// Two one-line blocks that end no sentence are stacked headlines, not a broken sentence.
	const stacked = previous.lines.length === 1 && block.lines.length === 1 && !endsSentence(block.lines[0].text);
	// A head block ends with its subheadline (——…) or stands wider than the column (a kicker
	// ending in —— over a narrow column), never mid-sentence.
	const head =
		previous.lines.length >= 2 &&
		previous.lines.length <= 4 &&
		(startsWithDash(last.text) || previous.lines.some((l) => endsWithDash(l.text) && isWide(l, width(l))));
	// A note wholly in brackets is complete: `（本报记者 X采访整理）`; so is a name standing alone,
	// a signature (`张桂雅`, `乔 毅`): no column holds one line of two or three characters.
	// (Speed: asked last, as the names are read, of a line that ends no sentence.)
	const note = () =>
		/^[（(][^（(）)]*[）)]$/u.test(last.text) ||
		(previous.lines.length === 1 && signatureNames(last.text) !== undefined);
	// A caption line ending in its photo credit is complete however full it is; a line standing
	// alone wider than its column is no body line (a headline over a narrow column).
	// A block opening with a dateline or a head box (编者按, 核心阅读) starts an article, and one
	// opening with a figure mark (`图①：…`) a photo's caption: what stands before it is complete, a
	// headline however wide.
	const opens = () =>
		detectDateline(block.lines[0].text) !== undefined ||
		opensHeadBox(block.lines[0].text) ||
		FIGURE_CAPTION.test(block.lines[0].text);
	return (
		!stacked &&
		!(ragged && nameOverText(block)) &&
		!(ragged && twoPhraseHead(previous)) &&
		// No body line runs wider than its column: a short block free of clauses ending on such a line
		// is a head block.
		!(
			previous.lines.length <= HEAD_LINES &&
			// The column read at the line itself, or (a line alone) the column of the text under it:
			// the lines around a headline may be another column's.
			(isWide(last, width(last)) || (previous.lines.length === 1 && isWide(last, width(block.lines[1] ?? last)))) &&
			!previous.lines.some((l) => /[，,、。；;]/.test(l.text))
		) &&
		// Nor, in a text dump, a block's last line set tight under a sentence's end, clearly wider
		// than its column (by more than an em) and free of any mark: a headline set tight under the
		// text before, not a column's line that the break cut in mid-sentence.
		!(ragged && headUnderText(previous.lines, width)) &&
		// A line set in opens a paragraph: the sentence before it was complete.
		!block.lines[0].indented &&
		!head &&
		!endsSentence(last.text) &&
		(isFull(last, width(last), opening) || (ragged && cutShort(previous, block, width))) &&
		!opens() &&
		!note() &&
		!splitTrailingCredit(last.text)
	);
}

/**
 * Whether a block is one line of two phrases set apart by a space, with no punctuation
 * (`党建引领聚合力　志愿服务暖人心`): a two-part headline; running text sets no space between Han
 * characters, so no column break cut a sentence there, however full the line.
 */
function twoPhraseHead(block: Extract<Block, { kind: 'text' }>): boolean {
	const { text } = block.lines[0];
	return block.lines.length === 1 && /^\p{Script=Han}{2,}(?:[ \u3000]+\p{Script=Han}{2,})+$/u.test(text.trim());
}

/**
 * Whether a block opens with a name alone over more lines (`汤杰` / `　　从实践看，…`): a signature
 * over its text, not a sentence's last words that a column break cut off; a wrapped paragraph's
 * short line is its last, which ends a sentence. Names of common surnames (`signatureNames`).
 */
function nameOverText(block: Extract<Block, { kind: 'text' }>): boolean {
	const { text } = block.lines[0];
	return (
		block.lines.length > 1 && /^[\p{Script=Han} \u3000]{2,8}$/u.test(text) && (signatureNames(text)?.length ?? 0) > 0
	);
}

/**
 * A column break that left its line short (a ragged dump): the block after opens with the last
 * words of a sentence, one to four characters and its stop on a line of their own (`举办此类` /
 * `` / `活动。`), and the block before is running text (a full line above its last, or a clause
 * mark in it). No sentence is so short, and a head is not followed by one.
 */
function cutShort(
	previous: Extract<Block, { kind: 'text' }>,
	block: Extract<Block, { kind: 'text' }>,
	width: (line: Line) => number,
): boolean {
	if (!/^[^，,。、：:；;“”！？!?\s]{1,4}[。！？]”?$/u.test(block.lines[0].text)) return false;
	const body = previous.lines.slice(0, -1);
	return body.some((line) => isFull(line, width(line))) || previous.lines.some((line) => /[，,、]/u.test(line.text));
}

/** A line that is a dateline and nothing more, closed by 电 or 讯: `本报北京4月2日电`, `本报讯`. */
function bareDateline(text: string): boolean {
	return /[电讯]$/u.test(text) && detectDateline(text)?.text === text;
}

// A piece of a wrapped dateline's or byline's brackets: a role's or a name's part, one to four
// Han characters alone in its block.
const BRACKET_PIECE = /^\p{Script=Han}{1,4}$/u;

/**
 * How many one-line blocks, from `blocks[start]` on (at most three), stand between a block that
 * ends on a dateline's or byline's bracket left open (`本报讯（记者余阳`, `（记者雷然萍`) and the
 * block whose first line closes it (`郭悦红）近年来…`), where the bracket then holds only roles and
 * names (it opens with a role word, no punctuation but `、`, and its words read as roles and names
 * however the lines fell, `记者余阳通讯员郭悦红`): 0 where there are none or the
 * evidence fails. A column's text never breaks in pieces of one to four characters, so these are
 * the note's wrapped parts, not heads.
 */
function bracketPieces(previous: Extract<Block, { kind: 'text' }>, blocks: Block[], start: number): number {
	const last = (previous.lines.at(-1) as Line).text;
	const open = Math.max(last.lastIndexOf('（'), last.lastIndexOf('('));
	if (open < 0 || /[）)]/u.test(last.slice(open))) return 0;
	let n = 0;
	while (n < 3 && blocks[start + n]?.lines.length === 1 && BRACKET_PIECE.test(blocks[start + n].lines[0].text)) n++;
	const closer = blocks[start + n];
	if (n === 0 || closer?.kind !== 'text') return 0;
	const close = /^[^（(）)]*[）)]/u.exec(closer.lines[0].text);
	if (!close) return 0;
	const inside = [
		last.slice(open + 1),
		...blocks.slice(start, start + n).map((b) => b.lines[0].text),
		close[0].slice(0, -1),
	].join('');
	if (inside.length > 40 || !ROLE.test(inside) || /[^\p{Script=Han}\s、·]/u.test(inside) || !readNames(inside))
		return 0;
	// Before the bracket: nothing, or a dateline (`本报讯`, `本报南宁9月13日电`).
	const before = last.slice(0, open);
	return before === '' || detectDateline(`${before}（${inside}）`) !== undefined ? n : 0;
}

/** How many round brackets a text leaves open (full-width or ASCII). */
function openBrackets(text: string): number {
	let open = 0;
	for (const char of text) {
		if (char === '（' || char === '(') open++;
		else if ((char === '）' || char === ')') && open > 0) open--;
	}
	return open;
}

/**
 * Splits a text block into paragraphs. Inside a block a paragraph ends on a line that ends a
 * sentence where the evidence says the writer ended it: the line stops clearly short of its
 * column (the rest was left empty), or the next line is indented (text dumps keep the indent),
 * or the next line is short of the column by about an indent while the one after it is full
 * (PDF extraction drops the indent but not the gap), or the next line starts with —— (a
 * sign-off such as `——编 者`). A short line that ends no sentence, standing between paragraphs
 * inside the block, is a paragraph of its own: an intertitle or a heading the typesetter set
 * tight, never a wrapped line.
 */
export function splitParagraphs(lines: Line[], width: (line: Line) => number): Line[][] {
	if (isVerse(lines)) return lines.map((line) => [line]);
	const paragraphs: Line[][] = [];
	let current: Line[] = [];
	// A box title (核心阅读) heads its text: a paragraph of its own, even first in its block.
	// A line about as wide as the text line under it (an indent narrower, where it is set in) is
	// that column's, whatever the column estimate says: the last line of the block aside.
	const aloneAt = (i: number): boolean => {
		const [line, next] = [lines[i], lines[i + 1]];
		if (line === undefined || next === undefined) return false;
		const column = i + 2 < lines.length && next.width <= line.width + 1.5 + (line.indented ? INDENT : 0);
		return i > 0 ? (standsAlone(line, width(line)) && !column) || opensPart(lines, i, width) : isBoxTitle(line.text);
	};
	// A block set flush (pdftotext drops indents) marks no paragraph by an indent: a short line
	// (shorter than the line above it) between two sentences' ends is a head set tight, and the
	// sentence above it ends a paragraph.
	const flush = !lines.some((line) => line.indented);
	lines.forEach((line, i) => {
		const next = lines[i + 1];
		const alone = aloneAt(i);
		if (current.length === 0 && next !== undefined && alone) {
			paragraphs.push([line]);
			return;
		}
		current.push(line);
		// A caption ends on its photo credit, and the next caption opens with its figure mark. A
		// bracket on the next line goes on with the credit (`… 王芳摄` / `（新华社）`).
		const caption =
			next !== undefined &&
			((splitTrailingCredit(line.text) !== undefined && !/^[（(]/u.test(next.text)) || opensCaption(line, next));
		if (
			caption ||
			(endsSentence(line.text) &&
				(!isFull(line, width(line)) ||
					opensParagraph(next, lines[i + 2], width) ||
					opensPart(lines, i + 1, width) ||
					(flush && next !== undefined && next.width < line.width - 1.5 && aloneAt(i + 1))))
		) {
			paragraphs.push(current);
			current = [];
		}
	});
	if (current.length > 0) paragraphs.push(current);
	return paragraphs;
}

/**
 * Whether lines are verse, set a line to each: four or more lines of two Han characters or more
 * with no punctuation at all (quotes aside), at most a third of them as wide as the widest. Prose in a narrow column
 * may run four lines without a pause, but its lines fill the column; a poem's lines end where
 * the poet ended them.
 */
function isVerse(lines: Line[]): boolean {
	// Speed: the widest line is sought only for lines that pass the cheap tests (most blocks fail them).
	if (lines.length < 4 || !lines.every((l) => /^[\p{Script=Han}“”‘’ ]{2,}$/u.test(l.text))) return false;
	const widest = Math.max(...lines.map((l) => l.width));
	return lines.filter((l) => l.width >= widest - 0.5).length * 3 <= lines.length;
}

/** A short line that ends no sentence and has no sentence inside: it cannot be a wrapped line. */
export function standsAlone(line: Line, column: number): boolean {
	return !isFull(line, column, true) && !endsSentence(line.text) && !/[。；;]/.test(line.text);
}

/**
 * Whether the line at `i` is a numbered 小标题 set tight between two paragraphs (`一、广开言路听意见`
 * under a sentence's end, over a paragraph's first line): numbered, no wider than its column, no
 * sentence in it, with text under it that is short of its column or opens a paragraph (short by an
 * indent over a full line). pdftotext sets it in the text's flow, often about as wide as the
 * column's lines; a running line that opens with `二、` runs on in mid-sentence, full.
 */
function opensPart(lines: Line[], i: number, width: (line: Line) => number): boolean {
	const [line, next] = [lines[i], lines[i + 1]];
	if (line === undefined || next === undefined || i === 0 || !endsSentence(lines[i - 1].text)) return false;
	if (!isNumberedIntertitle(line.text) || endsSentence(line.text) || /[。；;！？]/u.test(line.text)) return false;
	return !isWide(line, width(line)) && (standsAlone(line, width(line)) || opensParagraph(next, lines[i + 2], width));
}

/** Whether `next` opens a photo's caption by its figure mark right after a sentence's end. */
function opensCaption(line: Line, next: Line): boolean {
	return endsSentence(line.text) && FIGURE_CAPTION.test(next.text);
}

/** Whether `line` shows it opens a paragraph: indented, a sign-off, or short by an indent before a full line. */
function opensParagraph(line: Line | undefined, after: Line | undefined, width: (line: Line) => number): boolean {
	if (line === undefined) return false;
	if (line.indented || startsWithDash(line.text)) return true;
	return (
		after !== undefined &&
		!isFull(line, width(line)) &&
		isFull(line, width(line), true) &&
		isFull(after, width(after)) &&
		!endsSentence(line.text)
	);
}

/**
 * The text of wrapped lines as one line: no hard wraps, Latin words keep their space.
 * @example joinLines([{ text: '年产值' }, { text: '达2327万元。' }] as Line[]) // '年产值达2327万元。'
 */
export function joinLines(lines: Line[]): string {
	let text = '';
	// The last character of `text` (speed: see `joinWrapped`).
	let last = '';
	for (const line of lines) {
		text = joinWrapped(text, line.text, last);
		if (line.text !== '') last = line.text.charAt(line.text.length - 1);
	}
	return text;
}
