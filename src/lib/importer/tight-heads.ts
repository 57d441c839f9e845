import { INDENT, isFull, isWide } from './column-width.ts';
import { detectDateline } from './detect-dateline.ts';
import { isBoxTitle, opensHeadBox } from './detect-head-box.ts';
import { isNumberedIntertitle } from './detect-intertitle.ts';
import { displayWidth } from './display-width.ts';
import type { Line } from './lines.ts';
import { FIGURE_CAPTION, LIST_MARK } from './marks.ts';
import { endsSentence, endsWithDash, joinWrapped, startsWithDash } from './punctuation.ts';

// Any mark of punctuation: a paragraph's first line, short by an indent the dump did not keep,
// holds one, at the block's start or after a sentence's end (a line of fourteen characters
// with none there is a head's; after a kicker's —— it may be the text the kicker runs into).
// A line opening on 本报 opens a dateline or a byline run into the text (`本报驻河` / `内记者 …`).
const PAUSED = /[，,、；;：:。！？!?“”‘’（()）《》—…·]|^本报/u;

// A full stop, question or exclamation mark, and the closing quotes and brackets that may follow it, as UTF-16 codes.
const STOP_CODES = new Set([...'。！？!?'].map((mark) => mark.charCodeAt(0)));
const STOP_CLOSER_CODES = new Set([...'”’」』）)'].map((mark) => mark.charCodeAt(0)));

/**
 * Whether a text ends on a full stop, question or exclamation mark, closing quotes or brackets after
 * it allowed (`/[。！？!?][”’」』）)]*$/u`). Speed: read back from the end, not a pattern anchored
 * there, which is tried from every position of the line.
 */
function endsOnStop(text: string): boolean {
	let end = text.length;
	while (end > 0 && STOP_CLOSER_CODES.has(text.charCodeAt(end - 1))) end--;
	return end > 0 && STOP_CODES.has(text.charCodeAt(end - 1));
}

/** A run of lines of a block, `start` included, `end` not. */
export interface Span {
	start: number;
	end: number;
}

// A head block is at most this many lines and this many em.
const HEAD_LINES = 4;
const HEAD_WIDTH = 48;
// What a reading pays: for each head block it sets apart (a head is rarer than text), for a head
// line as wide as the text around it, and for a text line that stops short of its column in
// mid-sentence (the typesetter fills a line unless the writer ended the paragraph).
const HEAD_COST = 0.5;
const WIDE_AS_TEXT_COST = 1;
const SHORT_TEXT_COST = 1;

/**
 * The head blocks set tight among the text lines of a block, with no blank line around them
 * (a dump set with few or no blank lines): the cheapest reading of the block as text lines and
 * head blocks, by dynamic programming over its lines. A head block is a run of one to four lines,
 * each short of its column or wider than it, holding no stop and ending on no pause, its quotes
 * and brackets closed, that reads as a heading (`isHead`), right after a line that ends a sentence
 * or at the block's start, and followed by no line that could continue it. Text runs on to fill
 * its column and a paragraph ends on a stop, so a text line short of its column in mid-sentence
 * costs; a head costs a little, and more for each of its lines as wide as the text around it.
 * A head opening the block heads two lines of text or more. Returns the heads' spans in order.
 */
export function tightHeads(lines: Line[], width: (line: Line) => number, isHead: (run: Line[]) => boolean): Span[] {
	const n = lines.length;
	// Lines with no punctuation at all are verse or heads, not text with heads among it.
	if (!lines.some((line) => /[。，,、；;：:！？!?]/u.test(line.text))) return [];
	// Where a line could be a paragraph's first line, short of its column by an indent: text
	// follows it in the block, and it is indented or the block marks no paragraph by an indent
	// (one line set in marks them: a wrapped head over the block's one paragraph is set flush);
	// not right over a line set in, which opens a paragraph of its own.
	const indents = lines.filter((line) => line.indented).length >= 1;
	// A block whose paragraphs open flush and full (the lines after a sentence's end fill their
	// column) sets no indent: there a line short of its column by an indent's width is short, not
	// a paragraph's first, when no pause stands in it (a column may break after a clause).
	const starts = lines.filter((_, i) => i > 0 && i < n - 1 && endsSentence(lines[i - 1].text));
	const flush = !indents && starts.length > 0 && starts.every((line) => isFull(line, width(line)));
	const opening = lines.map(
		(line, i) =>
			i < n - 1 &&
			(line.indented === true ||
				(!indents &&
					!lines[i + 1].indented &&
					!(flush && !/[，,、；;：:]/u.test(line.text)) &&
					(PAUSED.test(line.text) || (i > 0 && !endsOnStop(lines[i - 1].text))))),
	);
	// A line clearly wider than its column, and than every line near it (a line about as wide as
	// its neighbour is one of a column the estimate missed): no text line runs so. Clearly: by an
	// em, or a twelfth of a wide column, whose lines vary more.
	const wide = lines.map((line, i) => {
		// Speed: the cheap test first; the margin, its pattern read, only for a line wider than its column.
		const column = width(line);
		if (!isWide(line, column)) return false;
		// A line of Han characters only (no digit, letter or mark to make its width uncertain, and
		// no pause): wider than its column by any whole character, no text line runs so (a headline
		// one em wider than a narrow column, set tight over its text).
		const margin = HAN_ONLY.test(line.text) ? 0.5 : Math.max(1, column / 12);
		return (
			line.width > column + margin &&
			!lines.slice(Math.max(0, i - 2), i + 3).some((other) => other !== line && other.width >= line.width - margin)
		);
	});
	// In a block that sets its paragraphs in, a flush line right over a line set in ends what it
	// belongs to: as text, a paragraph's last line, which ends a sentence; a head's, however full.
	const endsParagraph = lines.map((line, i) => indents && !line.indented && lines[i + 1]?.indented === true);
	const headLike = lines.map((line, i) => headLine(line, i, lines, width, opening[i], wide[i] || endsParagraph[i]));
	// A head wrapped at the column's width over its text (`北沙县新增公交线路4` / `条` / a paragraph set
	// in): flush lines free of clauses, the last right over a line set in and ending no sentence. As
	// text, the last would end a paragraph in mid-sentence; as a head, it is one however full.
	const wrappedAt = lines.map((_, i) => wrappedHeadEnd(lines, i, endsParagraph, width));
	// Most blocks hold no line that could open a head: nothing to weigh.
	if (!headLike.some((like, i) => (like || wrappedAt[i] > 0) && (i === 0 || endsSentence(lines[i - 1].text))))
		return [];
	// best[i]: the cheapest reading of lines[i..], and the head run (its end) it opens with, if any.
	// Speed: made after the early returns, each entry set as the loop below reaches it (it reads
	// only entries after the one it sets), the end's first.
	const best: { cost: number; head?: number }[] = new Array<{ cost: number; head?: number }>(n + 1);
	best[n] = { cost: 0 };
	for (let i = n - 1; i >= 0; i--) {
		// Such a line read as text ending no sentence costs 3, however full (no paragraph ends so):
		// more than a head of one line can cost, though as wide as the text lines around it.
		const text =
			endsParagraph[i] && textCost(lines[i], () => Infinity, false, false) > 0
				? 3 * SHORT_TEXT_COST
				: textCost(lines[i], width, opening[i], wide[i]);
		best[i] = { cost: text + best[i + 1].cost };
		if (i > 0 && !endsSentence(lines[i - 1].text)) continue;
		const wrapped = wrappedAt[i];
		if (wrapped > 0 && !(i === 0 && n - wrapped < 2 && !indentedParagraph(lines[wrapped]))) {
			const cost = runCost(lines, i, wrapped, () => true, opening[wrapped - 1], wide);
			if (cost !== undefined && cost + best[wrapped].cost < best[i].cost)
				best[i] = { cost: cost + best[wrapped].cost, head: wrapped };
		}
		if (!headLike[i]) continue;
		// A list mark opens a head of its own.
		const inside = (k: number) => headLike[k] && (k === i || !LIST_MARK.test(lines[k].text));
		for (let end = i + 1; end <= Math.min(n, i + HEAD_LINES) && inside(end - 1); end++) {
			// A head opening the block heads more than a line of text.
			// Or one whole paragraph, marked by its indent under the head's flush line, or on one
			// line of a dump that never wraps its paragraphs.
			if (
				i === 0 &&
				n - end < 2 &&
				!(
					n - end === 1 &&
					(indentedParagraph(lines[end]) ||
						unwrappedParagraph(lines, end, width) ||
						fullUnderHalf(lines, i, end, width))
				)
			)
				continue;
			// A flush line alone over a paragraph set in, ending no sentence: a head however full.
			const head = end === i + 1 && endsParagraph[i] ? () => true : isHead;
			const cost = runCost(lines, i, end, head, opening[end - 1], wide);
			if (cost !== undefined && cost + best[end].cost < best[i].cost)
				best[i] = { cost: cost + best[end].cost, head: end };
		}
	}
	const spans: Span[] = [];
	for (let i = 0; i < n;) {
		const end = best[i].head;
		if (end === undefined) i++;
		else {
			spans.push({ start: i, end });
			i = end;
		}
	}
	return spans;
}

// A run's clause marks and stops: a head wrapped at the column holds none.
const CLAUSE = /[，,、；;：:。！？!?…]/u;

/**
 * Where a head wrapped at the column's width ends (the index after its last line), or 0: two or
 * three flush lines from line i, free of clause marks and stops, each but the last full, the last
 * ending no sentence right over a line set in (`endsParagraph`), the first no sign-off, bracketed note, caption, box title,
 * numbered 小标题 or dateline, at most 48 em in all.
 */
function wrappedHeadEnd(lines: Line[], i: number, endsParagraph: boolean[], width: (line: Line) => number): number {
	if (!endsParagraph[i + 1] && !endsParagraph[i + 2]) return 0;
	const first = lines[i];
	if (
		first.indented ||
		startsWithDash(first.text) ||
		/^[（(]/u.test(first.text) ||
		FIGURE_CAPTION.test(first.text) ||
		isBoxTitle(first.text) ||
		isNumberedIntertitle(first.text) ||
		opensHeadBox(first.text) ||
		LIST_MARK.test(first.text) ||
		detectDateline(first.text) !== undefined
	)
		return 0;
	for (let k = i; k < Math.min(lines.length - 1, i + 3); k++) {
		const line = lines[k];
		if (line.indented || CLAUSE.test(line.text) || /[“‘（(《]$/u.test(line.text)) return 0;
		// The wrap filled every line but the last.
		if (!endsParagraph[k] && !isFull(line, width(line))) return 0;
		if (!endsParagraph[k]) continue;
		const run = lines.slice(i, k + 1);
		const text = run.map((l) => l.text).join('');
		if (k === i || endsSentence(line.text) || !balanced(text) || displayWidth(text) > HEAD_WIDTH) return 0;
		if (startsDateline(lines[k], lines[k + 1])) return 0;
		return k + 1;
	}
	return 0;
}

/**
 * What reading line i as text costs: a line short of its column in mid-sentence (the block's
 * last too: a column break in mid-sentence falls after a full line, and the blocks are joined),
 * one wider than its column (no text line is) or one opening with a list mark.
 */
function textCost(line: Line, width: (line: Line) => number, opening: boolean, wide: boolean): number {
	if (endsSentence(line.text)) return 0;
	if (isFull(line, width(line), opening) && !wide && !LIST_MARK.test(line.text)) return 0;
	return /[，,、：:；;“‘（(《]$/u.test(line.text) ? 0 : SHORT_TEXT_COST;
}

/** What setting lines[i..end) apart as a head costs, or undefined where they cannot be one. */
function runCost(
	lines: Line[],
	i: number,
	end: number,
	isHead: (run: Line[]) => boolean,
	opening: boolean,
	wide: boolean[],
): number | undefined {
	const run = lines.slice(i, end);
	// Joined as paragraphs' joinLines does (speed: the last character handed on, not read from
	// the growing string, which would first copy its pieces into one).
	let text = '';
	let lastChar = '';
	for (const line of run) {
		text = joinWrapped(text, line.text, lastChar);
		if (line.text !== '') lastChar = line.text.charAt(line.text.length - 1);
	}
	// A kicker (ending in ——) heads a headline; alone it is a sentence running on past its dash.
	if (displayWidth(text) > HEAD_WIDTH || !balanced(text) || endsWithDash(text)) return undefined;
	// A list mark opens a brief's head whatever its width.
	if (LIST_MARK.test(run[0].text) && run.length === 1) return HEAD_COST;
	if (!isHead(run)) return undefined;
	// The text lines around (the block's last aside, which may stop short): a head line as wide
	// as they are, less a paragraph's indent where text follows it, reads as text.
	const near = Math.max(
		0,
		...lines.slice(Math.max(0, i - 3), i).map((l) => l.width),
		...lines.slice(end, Math.min(lines.length - 1, end + 3)).map((l) => l.width),
	);
	const wideAsText = run.filter(
		(line, k) => near > 0 && !wide[i + k] && line.width > near - 1.5 - (k === run.length - 1 && opening ? INDENT : 0),
	).length;
	// A last line exactly as wide as the text line under it is one of that column's lines (a line
	// set in runs as wide as its indent and text together).
	const last = run.at(-1) as Line;
	const below = lines[end] as Line | undefined;
	const column = below !== undefined && Math.abs(below.width + (below.indented ? INDENT : 0) - last.width) <= 0.5;
	return HEAD_COST + (wideAsText + (column ? 1 : 0)) * WIDE_AS_TEXT_COST;
}

/**
 * A line opening with a day and a pause (`5月15日，某村志愿者为老人…`): a photo's caption or a
 * paragraph opens so, with what happened that day; a head names its news without the day's pause.
 */
const DATED_CLAUSE = /^\d{1,2}月\d{1,2}日[，,]/u;

/** Whether line i could be a line of a head block set tight among text lines. */
function headLine(
	line: Line,
	i: number,
	lines: Line[],
	width: (line: Line) => number,
	opening: boolean,
	wide: boolean,
): boolean {
	const { text } = line;
	// The cheap and most telling tests first: most lines of a block are full text lines.
	if (line.width > HEAD_WIDTH || !(!isFull(line, width(line), opening) || wide || LIST_MARK.test(text))) return false;
	const first = i === 0 || endsSentence(lines[i - 1].text);
	return (
		!/[。；;！？!?…]/.test(text) &&
		!/[，,、：:“‘（(《]$/u.test(text) &&
		[...text].length >= (first ? 4 : 1) &&
		(!endsSentence(text) || endsWithDash(text)) &&
		// A line opening with —— after a sentence's end is a sign-off (`——编 者`), not a head's first.
		!(first && startsWithDash(text)) &&
		!/^[（(].*[）)]$/u.test(text) &&
		!FIGURE_CAPTION.test(text) &&
		!DATED_CLAUSE.test(text) &&
		!isBoxTitle(text) &&
		!isNumberedIntertitle(text) &&
		!opensHeadBox(text) &&
		// A paragraph's first line is set in; a head is not.
		!line.indented &&
		detectDateline(text) === undefined &&
		!startsDateline(line, lines[i + 1])
	);
}

/**
 * A whole paragraph on one line in a dump that holds its paragraphs unwrapped (no column: the
 * estimate is the page's widest line, far wider than a column is set): it ends a sentence and
 * runs more than twice as wide as the head's widest line.
 */
function unwrappedParagraph(lines: Line[], end: number, width: (line: Line) => number): boolean {
	const line = lines[end];
	return (
		endsSentence(line.text) &&
		width(line) > UNWRAPPED_COLUMN &&
		line.width > lines.slice(0, end).reduce((w, l) => Math.max(w, l.width), 0) * 2
	);
}

// Wider than any column a paper sets: the estimate of a dump that never wrapped its paragraphs.
const UNWRAPPED_COLUMN = 50;

// A line of Han characters only.
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** A whole paragraph on one line, set in by its indent and ending a sentence. */
/**
 * Whether the one line under a head of one line (`lines[i]`, the block's first) is a whole paragraph:
 * it fills its column and ends a sentence, and the line over it runs to half its width at most, no
 * paragraph's first line (a paragraph wraps at its column's edge, so its first line runs as full); set
 * tight under it, no blank line between (a column break leaves one where it cuts a paragraph).
 * Under a head of four Han characters or more with no mark at all, the line need not fill its column
 * (a brief's one sentence): a paragraph's first line half as wide as its second holds a stop.
 */
function fullUnderHalf(lines: Line[], i: number, end: number, width: (line: Line) => number): boolean {
	const [head, line] = [lines[i], lines[end]];
	return (
		end === i + 1 &&
		line.number === head.number + 1 &&
		endsSentence(line.text) &&
		(isFull(line, width(line)) || /^\p{Script=Han}{4,}$/u.test(head.text)) &&
		head.width * 2 <= line.width
	);
}

function indentedParagraph(line: Line): boolean {
	return line.indented === true && endsSentence(line.text);
}

/** Whether a line is the start of a dateline wrapped onto the next (`新华社包头` / `6月4日电…`). */
function startsDateline(line: Line, next: Line | undefined): boolean {
	if (next === undefined) return false;
	const joined = detectDateline(line.text + next.text);
	return joined !== undefined && joined.text.length > line.text.length;
}

/** Whether a text closes every quote and bracket it opens: a heading is whole. */
export function balanced(text: string): boolean {
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	return count(/“/gu) === count(/”/gu) && count(/[（(]/gu) === count(/[）)]/gu) && count(/《/gu) === count(/》/gu);
}
