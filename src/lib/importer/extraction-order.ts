import { munkres } from 'munkres';
import { INDENT, isFull } from './column-width.ts';
import { detectByline } from './detect-byline.ts';
import { ROLE, readsAsSignature } from './detect-names.ts';
import { detectCredit } from './detect-credit.ts';
import { DATELINE_SOURCES, detectDateline } from './detect-dateline.ts';
import { detectFurniture } from './detect-furniture.ts';
import { isBoxTitle, opensHeadBox } from './detect-head-box.ts';
import { detectLabel } from './detect-label.ts';
import { displayWidth } from './display-width.ts';
import { isNumberedIntertitle } from './detect-intertitle.ts';
import type { Line } from './lines.ts';
import { FIGURE_CAPTION, LIST_MARK } from './marks.ts';
import { endsSentence, startsWithDash } from './punctuation.ts';
import { balanced } from './tight-heads.ts';
import { wordAcross } from './word-join.ts';

/**
 * How pdftotext (poppler, default mode) orders a page: it cuts the page into flows of text
 * blocks and prints them one after another, a blank line after each. A column of a multi-column
 * body often lands far from the column before it, behind other items' heads, captions and
 * columns. Where columns are set side by side in short paragraphs or on a tight grid, it prints
 * them a line or two at a time, in turn. This pre-pass finds such orphaned columns by their shape
 * (a piece that ends in mid-sentence on a line filling its column; a piece that starts with a
 * line filling a column of the same width, where a paragraph would start two em in; pieces of a
 * line or two at a width the page's columns share) and moves each continuation right after the
 * piece it continues, so the splitter reads a clean stream. Lines are only moved, never changed:
 * every character stays where the conservation check looks for it.
 */

/** A run of non-blank lines between blank lines, as pdftotext prints a flow. */
interface Piece {
	lines: Line[];
	/** Furniture lines at the piece's end (an editor's credit set into a column): kept last. */
	tail: Line[];
	/** A headline alone under its column's label (see `headlineUnderLabel`): it continues no column. */
	headline?: boolean;
}

// How far two column widths (em) may differ and still be one column: squeezed punctuation and
// half-width digits make full lines of one column differ by about one em.
const SAME_COLUMN = 1.5;
// A fragment's width is one line's, not a column's common width: quotes and digits make it vary more.
const FRAGMENT_COLUMN = 2.5;
// How far short of its column a paragraph's first line may stand, in em: the indent (two em, give
// or take a squeezed pause) and about an em that half-width digits or quotes take off.
const INDENT_REACH = 3.25;
// The narrowest line a fragment of a column may have (narrower ones are headings, names, labels).
const FRAGMENT_WIDTH = 6;
// The narrowest column whose width tells a body from a head or another body: a headline's wrap
// or a byline is as narrow as the narrowest columns.
const COLUMN_WIDTH = 8;
// What each pair at the same stride nearby adds to a fragment's pair: three of them stay short
// of a word across the join, the language's own evidence.
const STRIDE = 600;
// What changing the round of columns printed a line at a time costs, in the language's evidence
// (a word across the join weighs 2): a round changes only where a column ends.
const ROUND_CHANGE = 2.5;
// What changing the round costs right after a round in which a column's line ended its
// paragraph: a column ends (or the next story's opens) only where a paragraph ends.
const ROUND_END = 1;
// What a fragment pair on its run's round adds, in stride votes (see `strides`).
const PERIOD = 2;
// How many pieces on a fragment's continuation may stand (the other columns' fragments between).
const FRAGMENT_REACH = 6;
// How many pieces on a fragment's continuation may stand on the steady round of a run of seven or
// eight columns printed a line at a time (past FRAGMENT_REACH only on its run's round, in running text).
const ROUND_REACH = 8;
// How many other fragments printed within two rounds of a fragment (2 * ROUND_REACH pieces either
// way) share its width (within an em) where that width stands for its column though few of the
// page's lines share it: a narrow column printed a line at a time beside a wide one.
const LOCAL_COLUMN = 3;
// A pause or stop: running text holds one in most of its lines, a headline or a kicker none.
const STOP_OR_PAUSE = /[，、。；：！？]/u;
// Costs of the assignment: any pairing that fits beats none (LINK outweighs every score), except
// between two fragments: in a round of columns one pair too many shifts every pair after it, so
// there the best-supported pairs win, not the most pairs. A pair that does not fit is never taken.
const LINK = 100_000;
// pdftotext keeps most columns in order: the piece printed next outweighs the dump's vocabulary
// alone, not a word across the join as well.
const ADJACENT = 4000;
// What the piece printed next loses per em its first line's column differs from the open end's:
// two columns an em apart are two stories' as often as one column's (digits and quotes make a
// column's full lines vary by about an em), so an em's difference leaves it one unit of the
// dump's vocabulary, and a column on the page of the very width may take the join instead.
const ADJACENT_WIDTH = 3000;
const UNFIT = 1e12;
// How far short of its column a justified line's characters fall, in em, where pdftotext prints
// it spread with spaces (see `justified`).
const SPREAD = 1.5;
// What a column's bottom printed right after the rest of it earns (see `continuations`): one unit
// of the dump's vocabulary, so that any join the language supports outweighs it.
const COLUMN_TAIL = 1000;
// The least support of the page's vocabulary (see `pageSupport`) that joins two columns of a chain
// with no word across the join (see `joinColumns`): its cap. Grams that stand together once or
// twice on the page join mostly wrong columns (at two: 4 right of 75 on the open sets).
const COLUMN_VOCABULARY = 3;

/**
 * Reorders the lines of a dump that is a pdftotext extraction (`paged`: the dump held a form
 * feed, pdftotext's page end) or reads like one (see `looksExtracted`) so that each orphaned
 * column follows the column it continues. Other dumps come back unchanged. Returned lines keep
 * their numbers; a blank line stands between pieces.
 */
export function reorderExtraction(lines: Line[], paged = false): Line[] {
	if (!paged && !looksExtracted(lines)) return lines;
	plain.clear();
	const pieces = joinDatelines(piecesOf(justified(lines))).flatMap((piece, i, all) => {
		const split = splitHead(piece);
		if (split.length === 1 && i > 0 && headlineUnderLabel(all[i - 1], piece))
			return [{ lines: [{ ...piece.lines[0], head: true, underLabel: true }], tail: piece.tail, headline: true }];
		if (split.length > 1 || i === 0 || !headsUnderLabel(all[i - 1], piece)) return split;
		return [
			{ lines: [{ ...piece.lines[0], head: true, underLabel: true }], tail: [] },
			{ lines: piece.lines.slice(1), tail: piece.tail },
		];
	});
	const openEnds = pieces.map(openEnd);
	const dated = datelineJoins(pieces);
	const next = continuations(pieces, openEnds, dated);
	// Columns left open in mid-sentence that no piece continues: a full line may be their continuation.
	const open = pieces.flatMap((_, i) => {
		const end = next.has(i) ? undefined : openEnds[i];
		return end === undefined ? [] : [end];
	});
	const moved = new Set(next.values());
	const words = spreadWords(pieces, moved, next);
	const gathered = new Set([...words.values()].flat());
	const out: Line[] = [];
	let blank = 0;
	const separator = (): Line => ({ number: lines.length + ++blank, text: '', width: 0 });
	let before: Line[] | undefined;
	// A chain stands where its first piece was printed; one that opens on a dateline joined across
	// a wrap stands where its running text was (pdftotext prints a dateline's lines wherever their
	// rows fall, the column's text in the flow under its head).
	const slot = (i: number): number => {
		const completing = dated.get(i);
		if (completing === undefined || completing > i || pieces[i].lines.length > 1) return i;
		let first = Infinity;
		for (let at = next.get(completing); at !== undefined; at = next.get(at)) first = Math.min(first, at);
		return first === Infinity ? Math.min(i, completing) : first;
	};
	const order = pieces
		.flatMap((_, i) => (moved.has(i) || gathered.has(i) ? [] : [i]))
		.sort((a, b) => slot(a) - slot(b) || a - b);
	order.forEach((i) => {
		const piece = pieces[i];
		const tails: Line[] = [];
		const chain: Line[] = [...pieces[i].lines];
		let at: number | undefined = i;
		tails.push(...piece.tail);
		for (const k of words.get(i) ?? []) chain.push(separator(), ...pieces[k].lines);
		while ((at = next.get(at)) !== undefined) {
			chain.push(...pieces[at].lines);
			tails.push(...pieces[at].tail);
			for (const k of words.get(at) ?? []) chain.push(separator(), ...pieces[k].lines);
		}
		if (before && opensOtherColumn(before, chain, open)) chain[0] = { ...chain[0], opensBody: true };
		// A label set tight under the last sentence of a body stands apart from it (see `isTrailingLabel`).
		if (isTrailingLabel(chain)) out.push(...chain.slice(0, -1), separator(), ...chain.slice(-1), ...tails, separator());
		else out.push(...chain, ...tails, separator());
		// A lone heading between two bodies leaves the body before in view: whether the next is
		// another story's decides whether that heading is its headline or a 小标题 (inner-headings.ts).
		if (chain.length > 1) before = chain;
	});
	return out;
}

/**
 * The lines with each justified line that pdftotext spread with spaces (`覆 盖 91% 以 上 的`) given
 * the width of the column it fills: the spaces stand for the stretch of a justified line, not for
 * half an em each, so its printed width lies between its characters' width and its width with
 * the spaces. A line is spread where its characters fall short of the measure (half-width digits,
 * a squeezed pause): of the widths the page's other lines share (`columnWidths`), the one in that
 * range nearest `SPREAD` em past its characters' width. A line no shared width fits keeps its width.
 */
function justified(lines: Line[]): Line[] {
	const spread = (line: Line) => line.width - displayWidth(line.text) >= 2;
	if (!lines.some(spread)) return lines;
	const columns = columnWidths([{ lines: lines.filter((l) => l.text !== '' && !spread(l)), tail: [] }]);
	return lines.map((line) => {
		if (!spread(line)) return line;
		const [low, high] = [displayWidth(line.text), line.width];
		const fits = columns.filter((c) => c >= low && c <= high);
		const fit = fits.sort((a, b) => Math.abs(a - low - SPREAD) - Math.abs(b - low - SPREAD))[0];
		return fit === undefined ? line : { ...line, width: fit };
	});
}

/**
 * Whether a run of text printed right after another opens a body of its own: both are set in
 * columns (three lines or more, 8 em or wider) of clearly different widths, the run before ends
 * its sentence and opens no box at an article's head, and the run opens a paragraph. pdftotext
 * prints the blocks of a page one after the other; a column's continuation keeps its width, so
 * text of another width is another story's (its headline printed elsewhere). `open` holds the
 * widths of columns the page leaves open in mid-sentence, with no continuation found.
 */
function opensOtherColumn(before: Line[], run: Line[], open: number[]): boolean {
	if (before.length < 3 || run.length < 3) return false;
	const [a, b] = [columnOf(before), columnOf(run)];
	if (a < COLUMN_WIDTH || b < COLUMN_WIDTH || sameColumn(a, b)) return false;
	if (!endsSentence((before.at(-1) as Line).text) || opensHeadBox(before[0].text)) return false;
	// A paragraph's first line: an indent short of its column, or full (a page that spaces its
	// paragraphs apart) where no column on the page is left open in mid-sentence at that width.
	const short = b - run[0].width;
	const indent = short >= 1.25 && short <= 3.25;
	const full = sameColumn(run[0].width, b) && !open.some((w) => sameColumn(w, b));
	return isPlain(run[0].text) && (indent || full);
}

/**
 * Whether a run of lines ends in a line of two to four Han characters alone, right under a line
 * that ends a sentence: a column label or box title (`简讯`, `核心阅读`) that pdftotext printed
 * in the flow of the body above it. A body's last line ends its sentence, and a column's wrap
 * runs full.
 */
function isTrailingLabel(run: Line[]): boolean {
	return (
		run.length >= 2 &&
		/^\p{Script=Han}{2,4}$/u.test((run.at(-1) as Line).text) &&
		endsSentence(run[run.length - 2].text)
	);
}

/** The width of the column a run of lines is set in: the width most of its wrapped lines share. */
function columnOf(run: Line[]): number {
	return commonWidth(run.slice(0, -1).map((l) => l.width));
}

/**
 * Whether a dump reads like pdftotext's default output: no line is set in (pdftotext drops
 * indents), and inside runs of lines a line after a sentence's end is more often short of the
 * column by about the two-em indent of a paragraph's first line (with a full line after it) than
 * flush with it, as a hard-wrapped text dump leaves it.
 */
export function looksExtracted(lines: Line[]): boolean {
	if (lines.some((l) => l.indented)) return false;
	let gap = 0;
	let flush = 0;
	for (const { lines: run } of piecesOf(lines)) {
		if (run.length < 4) continue;
		// The run's column width is only needed once a line ends a sentence: most runs never ask.
		let column = NaN;
		for (let i = 1; i + 1 < run.length; i++) {
			if (!endsSentence(run[i - 1].text)) continue;
			if (Number.isNaN(column)) column = upperQuartile(run.slice(0, -1).map((l) => l.width));
			const short = column - run[i].width;
			if (short >= 1.25 && short <= 2.75 && run[i + 1].width >= column - 1) gap++;
			else if (Math.abs(short) <= 0.75) flush++;
		}
	}
	return gap >= 2 && gap * 4 >= flush * 3;
}

function piecesOf(lines: Line[]): Piece[] {
	const pieces: Piece[] = [];
	let run: Line[] = [];
	const flush = () => {
		if (run.length === 0) return;
		let end = run.length;
		while (end > 1 && detectFurniture(run[end - 1].text, false)) end--;
		pieces.push({ lines: run.slice(0, end), tail: run.slice(end) });
		run = [];
	};
	for (const line of lines) {
		if (line.text === '') flush();
		else run.push(line);
	}
	flush();
	return pieces;
}

/** Whether a line opens brackets it does not close (`本报讯（记者孙立`). */
function unclosed(text: string): boolean {
	return (text.match(/[（(]/gu)?.length ?? 0) > (text.match(/[）)]/gu)?.length ?? 0);
}

// A role word alone on a line (`本报记者`, `通讯员`), its names set on lines of their own.
const ROLE_ALONE = new RegExp(String.raw`${ROLE.source}$`, 'u');
// A line that is a reporter's sign-off in brackets and nothing else (`（本报记者 王芳 李明）`), set
// under the last paragraph of its story: no sentence runs on from it.
const SIGN_OFF = new RegExp(String.raw`^[（(]\s*(?:${ROLE.source.slice(1)})[^（()）]*[）)]$`, 'u');
// One Han character alone: a letter of a name set spaced apart (`胡　霞`); not a credit's 摄.
const LETTER = /^(?![摄文图电讯])\p{Script=Han}$/u;

/**
 * The words of a byline or credit set spread apart (`新华社记者　胡　霞`, `本报记者　王芳　摄`), by
 * the piece of the role word they follow. pdftotext prints each word as a block of its own, in its
 * row's turn, so a word falls among the rows of the columns beside it (`新华社记者` / `胡` /
 * `■冬季长跑…` / `霞`). A piece of one line alone, that continues nothing and that nothing
 * continues, is such a word when it is a letter (one Han character), a name (`readsAsSignature`),
 * a helper's role (`通讯员`, `实习生`, not yet in the run) or `摄` (last), and follows a piece ending
 * on a role word alone, or another such word, by at most FRAGMENT_REACH pieces; a reporter's role
 * (`本报记者`) opens another item's byline and ends the run. Not a role inside a dateline's
 * brackets (the piece before opens them), nor a letter the next piece completes to a role (`通` /
 * `讯员…`): a dateline cut by the wrap (`datelineJoins`). The words go after the role word, in the order printed,
 * a blank line apart, where the byline reader takes them as one (`blocks.ts`, a byline spread one
 * word a line); their pieces keep their turn in the rounds of the columns around them.
 */
function spreadWords(pieces: Piece[], moved: Set<number>, next: Map<number, number>): Map<number, number[]> {
	const last = (piece: Piece) => (piece.lines.at(-1) as Line).text;
	const role = (piece: Piece) => ROLE_ALONE.test(last(piece));
	const alone = (piece: Piece, k: number) =>
		piece.lines.length === 1 && piece.tail.length === 0 && !moved.has(k) && !next.has(k);
	const out = new Map<number, number[]>();
	const taken = new Set<number>();
	pieces.forEach((piece, i) => {
		if (taken.has(i) || piece.tail.length > 0 || !role(piece)) return;
		// A role inside a dateline's brackets (`本报讯（记者孙立` / `通讯员` / `何美玲）…`) is the dateline's.
		if (i > 0 && unclosed(last(pieces[i - 1]))) return;
		const roles = new Set([ROLE.exec(last(piece))?.[0]]);
		const found: number[] = [];
		let at = i;
		for (let j = i + 1; j < pieces.length && j - at <= FRAGMENT_REACH; j++) {
			if (taken.has(j) || !alone(pieces[j], j)) continue;
			const word = pieces[j].lines[0].text;
			// A second role of one byline is a helper's (`通讯员`, `实习生`); a reporter's opens another byline.
			const another = ROLE_ALONE.test(word) && !roles.has(ROLE.exec(word)?.[0]) && !/(?:记者|评论员)$/u.test(word);
			if (ROLE_ALONE.test(word) && !another) break;
			if (!(word === '摄' || another || LETTER.test(word) || readsAsSignature(word))) continue;
			// A date's weekday (`星期五`) is furniture, however it reads as a name.
			if (detectFurniture(word, true)) continue;
			// A letter that the next piece completes to a role (`通` / `讯员赵小川）…`) is that role's.
			const after = pieces[j + 1]?.lines[0].text ?? '';
			if (LETTER.test(word) && ROLE.test(word + after) && !ROLE.test(after)) continue;
			if (another) roles.add(ROLE.exec(word)?.[0]);
			found.push((at = j));
			taken.add(j);
			if (word === '摄') break;
		}
		if (found.length > 0) out.set(i, found);
	});
	return out;
}

/**
 * Joins a dateline ending its piece (`本报日内瓦2月28日电`, alone or under its headline) to the piece after it when
 * that opens with the dateline's parentheses (`（记者 X）…`): pdftotext breaks a line at a wide
 * space, and a dateline is set with one before its reporter's name.
 */
function joinDatelines(pieces: Piece[]): Piece[] {
	const out: Piece[] = [];
	for (const piece of pieces) {
		const before = out.at(-1);
		if (
			before &&
			before.tail.length === 0 &&
			isBareDateline((before.lines.at(-1) as Line).text) &&
			/^[（(]/u.test(piece.lines[0].text)
		)
			out[out.length - 1] = { lines: [...before.lines, ...piece.lines], tail: piece.tail };
		else out.push(piece);
	}
	return out;
}

/**
 * The pieces that end on a dateline cut by the wrap (`新华社巴黎3月25` / `日电（记者董桂）…`,
 * `本报讯（记者夏思` / `通讯员何轩新）…`) and the pieces, printed before or after them, whose
 * first line completes it: the join reads as one dateline naming its reporters, running past the
 * line's end, and the first line opens no dateline of its own. pdftotext prints a narrow
 * column's top line wherever its row falls; the join's own shape finds it. Returns continuation
 * by piece index.
 */
function datelineJoins(pieces: Piece[]): Map<number, number> {
	const pairs: { from: number; to: number }[] = [];
	// Whether each piece's first line may complete a cut dateline (it opens as the rest of one and no
	// dateline of its own). Speed: asked once a piece, the first time a cut dateline looks for it,
	// not once for every cut dateline on the page.
	const completes: (boolean | undefined)[] = [];
	const mayComplete = (to: number, head: string): boolean =>
		(completes[to] ??= CUT_DATELINE.test(head) && !detectDateline(head));
	pieces.forEach((piece, from) => {
		if (piece.tail.length > 0) return;
		const tail = datelineTail(piece);
		if (tail === undefined || (detectDateline(tail)?.authors.length ?? 0) > 0) return;
		pieces.forEach((other, to) => {
			const head = other.lines[0].text;
			if (to === from || !mayComplete(to, head) || !cutInRole(tail, head)) return;
			const joined = detectDateline(tail + head);
			if (joined && joined.authors.length > 0 && joined.text.length > tail.length) pairs.push({ from, to });
		});
	});
	// A join with no rival is taken. Where as many cut datelines as completing lines could pair
	// every way (bare datelines `本报武汉11月26日电` over lines opening `（记者X）…`, or `本报讯（记者X`
	// and `本报讯（记者Y` over `通讯员Z）…` and `通讯员W）…`), pdftotext printed them row by row in the
	// same order: the first dateline takes the first line, and so on. Any other rivalry
	// (`本报讯（记者X` and `本报讯（记者Y` over `通讯员Z）…` alone) leaves the shape undecided.
	const key = (from: number, to: number) => from * pieces.length + to;
	const valid = new Set(pairs.map((p) => key(p.from, p.to)));
	const next = new Map<number, number>();
	const seen = new Set<number>();
	for (const { from } of pairs) {
		if (seen.has(from)) continue;
		// The rival set of `from`: the datelines and lines linked to it through shared candidates.
		const [froms, tos] = [new Set([from]), new Set<number>()];
		for (let grown = true; grown;) {
			grown = false;
			for (const p of pairs)
				if (froms.has(p.from) !== tos.has(p.to)) {
					froms.add(p.from);
					tos.add(p.to);
					grown = true;
				}
		}
		for (const f of froms) seen.add(f);
		const [a, b] = [[...froms].sort((x, y) => x - y), [...tos].sort((x, y) => x - y)];
		if (a.length !== b.length || !a.every((f) => b.every((t) => valid.has(key(f, t))))) continue;
		a.forEach((f, k) => {
			if (!closesLoop(next, f, b[k])) next.set(f, b[k]);
		});
	}
	return joinDatelinesOverWord(pieces, next);
}

/**
 * A dateline cut by the wrap whose wide space before a role made pdftotext print the role's first
 * characters, or the role and part of a name, as a piece of one line of their own
 * (`本报讯（记者周琪` / `通` / `讯员乔兰）上个月…`, `本报讯（记者郝国` / `通讯员` / `谢晓平）…`):
 * the three read as one dateline naming its reporters, the word printed at most FRAGMENT_REACH
 * pieces after the dateline, the completing line anywhere. Taken only where the dateline has no
 * completion of its own and the join no rival. `next` is extended in place and returned.
 */
function joinDatelinesOverWord(pieces: Piece[], next: Map<number, number>): Map<number, number> {
	const paired = new Set([...next.keys(), ...next.values()]);
	const triples: { from: number; word: number; to: number }[] = [];
	pieces.forEach((piece, from) => {
		if (piece.tail.length > 0 || paired.has(from)) return;
		const tail = datelineTail(piece);
		if (tail === undefined || !unclosed(tail) || (detectDateline(tail)?.authors.length ?? 0) > 0) return;
		for (let word = from + 1; word < Math.min(pieces.length, from + 1 + FRAGMENT_REACH); word++) {
			const { lines } = pieces[word];
			if (lines.length !== 1 || paired.has(word) || !/^\p{Script=Han}{1,6}$/u.test(lines[0].text)) continue;
			const cut = tail + lines[0].text;
			pieces.forEach((other, to) => {
				if (to === from || to === word || paired.has(to)) return;
				const head = other.lines[0].text;
				if (!/^\p{Script=Han}{1,6}[）)]/u.test(head) || detectDateline(head)) return;
				const joined = detectDateline(cut + head);
				if (joined && joined.authors.length > 1 && joined.text.length > cut.length) triples.push({ from, word, to });
			});
		}
	});
	// A dateline whose word is followed right away by a line completing it (the column's next row)
	// takes that one: its rivals are other columns' rows.
	const near = triples.filter((t) => t.to === t.word + 1);
	const chosen = triples.filter((t) => t.to === t.word + 1 || !near.some((u) => u.from === t.from || u.to === t.to));
	const count = (pick: (t: (typeof triples)[number]) => number, value: number) =>
		chosen.filter((t) => pick(t) === value).length;
	for (const t of chosen) {
		if (count((u) => u.from, t.from) > 1 || count((u) => u.word, t.word) > 1 || count((u) => u.to, t.to) > 1) continue;
		if (next.has(t.from) || next.has(t.word) || [...next.values()].some((v) => v === t.word || v === t.to)) continue;
		if (closesLoop(next, t.from, t.word) || closesLoop(next, t.word, t.to)) continue;
		next.set(t.from, t.word);
		next.set(t.word, t.to);
	}
	return next;
}

/**
 * Carries a dateline joined across a wrap (`datelineJoins`) on into its text: the line that
 * completes it ends in mid-sentence, and its column goes on in the first piece printed after it
 * (at most `FRAGMENT_REACH` on) that starts in running text on a full line of about its width and
 * that no piece continues yet. The language says little across a dateline's brackets; pdftotext
 * prints the rest of that column in the flow of its completing line. `next` is extended in place
 * and returned.
 */
function datelineRuns(
	pieces: Piece[],
	starts: (number | undefined)[],
	dated: Map<number, number>,
	next: Map<number, number>,
): Map<number, number> {
	const reached = new Set(next.values());
	for (const [, completing] of dated) {
		let at = completing;
		while (next.has(at)) at = next.get(at) as number;
		const last = pieces[at].lines.at(-1) as Line;
		if (at !== completing || endsSentence(last.text)) continue;
		for (let to = at + 1; to < Math.min(pieces.length, at + 1 + FRAGMENT_REACH); to++) {
			const start = starts[to];
			if (start === undefined || reached.has(to) || Math.abs(start - last.width) > FRAGMENT_COLUMN) continue;
			if (detectDateline(pieces[to].lines[0].text) || closesLoop(next, at, to)) continue;
			next.set(at, to);
			reached.add(to);
			break;
		}
	}
	return next;
}

// Where a wrap cuts a dateline so that the join's own shape shows it: in the date, before its 电 or
// 讯, before the brackets, before a role (`通讯员…`) or inside one (`…（记` / `者王芳）…`, `…通讯` / `员李强）…`:
// `cutInRole`); a cut inside a name reads as a name too.
const CUT_DATELINE = new RegExp(String.raw`^(?:\d|[日月电讯（(]|者|员|${ROLE.source.slice(1)})`, 'u');

/**
 * Whether a line opening on the rest of a role word the wrap cut (`者王芳）…`, `员李强）…`) goes on
 * from `tail`, which must end on the role's head (`…（记`, `…通讯`); any other opening passes.
 */
function cutInRole(tail: string, head: string): boolean {
	if (head.startsWith('者')) return tail.endsWith('记');
	if (head.startsWith('员')) return tail.endsWith('通讯');
	return true;
}

// How a dateline opens: a paper's or agency's name, or a place and date (`本报`, `新华社`, `据…`).
const DATELINE_START = new RegExp(
	String.raw`^(?:本报|据|${DATELINE_SOURCES.join('|')}|[\p{Script=Han}]{2,6}(?:日报|晚报|社))`,
	'u',
);

/**
 * The opening of a dateline a piece ends on, as the dateline reader reads it: its last line when
 * that opens a dateline (`本报讯（记者周琪`), or its reporters' brackets alone (`（记者朱子红`,
 * their place and date printed on the line before or elsewhere), read after a stand-in opening.
 */
function datelineTail(piece: Piece): string | undefined {
	const tail = (piece.lines.at(-1) as Line).text;
	if (DATELINE_START.test(tail)) return tail;
	// The brackets' opening joined to its bare dateline (`joinDatelines`): `本报北京8月15日电` / `（记`.
	const above = piece.lines.at(-2)?.text;
	if (above !== undefined && /^[（(]/u.test(tail) && isBareDateline(above)) return above + tail;
	return /^[（(](?:本报)?记者\p{Script=Han}/u.test(tail) && unclosed(tail) ? `本报讯${tail}` : undefined;
}

/** Whether a line is a dateline and nothing more: `本报日内瓦2月28日电`. */
function isBareDateline(text: string): boolean {
	return detectDateline(text)?.text === text;
}

/**
 * Whether the top line of a piece is a head over a text of a line or two (and a label set tight
 * under it): a line of three characters or more with no punctuation but quotes, short of every line under
 * it by more than an indent, over text that ends its sentence (`这些数字值得关注` over a box's
 * one-line text). Running text has no short line but a paragraph's last, which ends a sentence.
 */
function headsShortText(lines: Line[]): boolean {
	const [top, ...rest] = lines;
	// A label set tight under the text (`isTrailingLabel`) is the next item's.
	const text = isTrailingLabel(lines) ? rest.slice(0, -1) : rest;
	return (
		text.length >= 1 &&
		text.length <= 2 &&
		[...top.text].length >= 3 &&
		!/[，,、。；;：:！？!?…—]/u.test(top.text) &&
		text.every((l) => l.width >= top.width + 4 && isPlain(l.text)) &&
		endsSentence((text.at(-1) as Line).text) &&
		isPlain(top.text) &&
		detectDateline(top.text) === undefined
	);
}

// A kicker printed alone: Han characters (a series' middle dot, quotes) ending in ——.
const KICKER_ALONE = /^\p{Script=Han}[\p{Script=Han}·“”]{1,15}——$/u;

/**
 * Whether the top line of a piece printed right after a column label alone in its piece (marked,
 * `【读者来信】`, `■一线观察`, or bare, two to four Han characters, `财经速递`; or a kicker ending in
 * ——, `奋进新征程——`, over its headline) is a head: a label
 * stands over a head block, so the line under
 * it that holds no pause or stop, ends no sentence and closes its quotes is the item's headline
 * (however wide: a headline over a narrow column may fill it), unless the join to the line under
 * it puts a dictionary word across it (`…党建引` / `领作用…`: a paragraph's first line).
 */
function headsUnderLabel(before: Piece, piece: Piece): boolean {
	const { lines } = piece;
	// The label alone in its piece, or set tight under the last sentence of the body before (`isTrailingLabel`).
	if (before.tail.length > 0 || (before.lines.length !== 1 && !isTrailingLabel(before.lines))) return false;
	const label = (before.lines.at(-1) as Line).text;
	// A kicker alone in its piece (`奋进新征程——`) stands over its headline as a label stands over a head block.
	const kicker = before.lines.length === 1 && KICKER_ALONE.test(label);
	if (!kicker && !detectLabel(label) && !(/^\p{Script=Han}{2,4}$/u.test(label) && isPlain(label))) return false;
	if (lines.length < 2) return false;
	const [top, first, second] = lines;
	// The text under it: a paragraph (a pause or stop in its first two lines), no head line of a
	// headline wrapped over two lines, a subheadline or a byline. A piece of two lines is the head
	// and the first row of a body that pdftotext reads row by row: a row's line, as wide as a column.
	if (!/[，,、。；;：:！？!?]/u.test(first.text + (second?.text ?? ''))) return false;
	// (Not under a name alone, a byline's word pdftotext printed apart, nor a head line as wide as the
	// row's: a narrow column's two lines.)
	if (
		second === undefined &&
		(first.width < FRAGMENT_WIDTH ||
			readsAsSignature(label) ||
			ROLE.test(label) ||
			/\s/u.test(top.text) ||
			sameColumn(top.width, first.width))
	)
		return false;
	if (lines.slice(1, 4).some((l) => startsWithDash(l.text) || detectByline(l.text))) return false;
	return (
		[...top.text].length >= 3 &&
		!/[，,、。；;：:！？!?…]/u.test(top.text) &&
		!endsSentence(top.text) &&
		!LIST_MARK.test(top.text) &&
		balanced(top.text) &&
		isPlain(top.text) &&
		detectDateline(top.text) === undefined &&
		detectDateline(first.text) === undefined &&
		isPlain(first.text) &&
		!wordAcross(top.text, first.text)
	);
}

/**
 * Whether a piece of one line printed right after a marked column label alone in its piece
 * (`■一家之言`, `【综合】`) is that column's headline: a line that holds
 * no pause or stop, ends no sentence and closes its quotes, however wide (a headline over a narrow
 * column may fill it). Such a line ends in mid-sentence on a full line, as a column printed apart
 * does, but continues no column.
 */
function headlineUnderLabel(before: Piece, piece: Piece): boolean {
	if (piece.lines.length !== 1 || before.lines.length !== 1 || before.tail.length > 0) return false;
	// A marked label only: two to four Han characters alone are as often a narrow column's line.
	if (!detectLabel(before.lines[0].text)) return false;
	const { text } = piece.lines[0];
	return (
		[...text].length >= 3 &&
		!/[，,、。；;：:！？!?…]/u.test(text) &&
		// A space: a headline run in with its dateline's first words (`…新考验 据新华社日内瓦8月`), cut by the wrap.
		!/\s/u.test(text) &&
		!endsSentence(text) &&
		!LIST_MARK.test(text) &&
		balanced(text) &&
		isPlain(text) &&
		detectDateline(text) === undefined
	);
}

/**
 * Splits the head lines off the top of a piece: pdftotext prints a headline (kicker, subheadline)
 * in the flow of its body with no blank line, and wider or narrower than the column. A top line
 * is a head line when it ends no sentence and no clause (a wrapped line would), is set neither to
 * the column's width (a column's continuation) nor an indent short of it (a paragraph's first
 * line), and the lines under it open a paragraph: a line an indent short of the column over a
 * full one (or over the piece's last line, ending its sentence), a dateline, a byline, a box
 * title (核心阅读), or a short box title over such a line. A top line ending no sentence, over a
 * paragraph's first line of plain text (an indent short of the column, over a full line), is a
 * head however wide (over a narrow column, only wider than it), and is marked `head`: no column
 * break joins it to the text under it (paragraphs.ts).
 */
/**
 * Whether a piece's top line is running text that goes on into the line under it, not a head: it
 * holds an enumeration's pause (`、`), as no head of the open sets does but a numbered 小标题's
 * (`二、集体经济情况`), or the join puts a dictionary word across it (`…教育群` / `众、关心…`).
 */
function runsOn(top: Line, first: Line): boolean {
	return /、/u.test(top.text) && (!/^[一二三四五六七八九十]+、/u.test(top.text) || wordAcross(top.text, first.text));
}

/**
 * Whether a top line is a paragraph's first line (set in by an indent) whose last character the
 * wrap pushed onto the line under it with the mark that follows it (`…平均年龄只有6` / `岁。…`): a
 * mark that may not open a line (。，、；：！？ and closing quotes or brackets) takes the character
 * before it along, so the line stops short of its indent by that character. The line with the
 * character and its mark would overfill the column less its indent, and without them it runs to
 * within one em of that width.
 */
function pushedOn(top: Line, first: Line, column: number): boolean {
	const pushed = /^(\p{Script=Han}[。，、；：！？”’）》])/u.exec(first.text);
	if (!pushed) return false;
	const room = column - 2;
	return top.width < room && top.width + displayWidth(pushed[1]) > room - 0.25 && room - top.width <= 2.25;
}

/**
 * The head lines `splitHead` set apart over a paragraph's opening, marked `head` (no column break
 * joins them to the text under them, paragraphs.ts) where none holds a pause or stop: such a line
 * set over a paragraph's first line is no line of running text, which would run on into that
 * paragraph. A line with a pause may be a paragraph's first line set in, which the column break
 * joins back when it reads so.
 */
function heads(lines: Line[]): Line[] {
	if (lines.some((line) => /[，,、。；;！？!?]/u.test(line.text))) return lines;
	return lines.map((line) => ({ ...line, head: true }));
}

/**
 * Whether a piece's top line of Han characters (no mark but closed quotes or book marks) stands off the measure of the
 * text under it. The running lines among the five under it (Han text and full-width marks, ending
 * no sentence: the line right under the top one first, a pause or stop in it or the next) fill
 * their column, each its width less half an em for each mark the typesetter may have squeezed; the
 * widest is the column (8 em or wider), which the others fill within 1½ em (the first may fall
 * short by an indent more: a paragraph's first line; one under a sentence's end says nothing), and
 * no line under the top one runs wider. A running line fills that column too, and a paragraph's
 * first line falls short of it by the two-em indent, or by a character more that the wrap pushed on
 * with its mark; a top line shorter still (3¼ em or more) is no line of that column but a head set
 * tight over its text (`把实事算得更细一些` over a column of 13 em, `案情回顾` over one of 15), also
 * over a piece's one line of text that runs on elsewhere (`小切口做好大文章` over `答好这份答卷，…`).
 */
function offMeasure(lines: Line[]): boolean {
	const [top, first] = lines;
	if (first === undefined || !HEAD_PHRASE.test(top.text) || !balanced(top.text)) return false;
	// The running lines under it (ending no sentence, Han text and full-width marks): each fills its
	// column, less half an em for each mark the typesetter may have squeezed; all one column's.
	const measure = (line: Line) => line.width - (line.text.match(SQUEEZED)?.length ?? 0) / 2;
	const under = lines.slice(1, 6);
	const running = under.filter((line) => !endsSentence(line.text) && RUNNING.test(line.text));
	if (running[0] !== first || !under.slice(0, 2).some((line) => /[，、；。！？]/u.test(line.text))) return false;
	const column = Math.max(...running.map(measure));
	// The line right under the top line may open a paragraph, an indent in; a line under a
	// sentence's end may open one, or a list, and says nothing.
	const apart = (line: Line) => line !== first && endsSentence(under[under.indexOf(line) - 1].text);
	const short = (line: Line) => column - measure(line) - (line === first ? INDENT : 0) > SAME_COLUMN;
	if (column < COLUMN_WIDTH || running.some((line) => !apart(line) && short(line))) return false;
	// No line under it is wider than that column: the text under a head, not a column's.
	if (under.some((line) => measure(line) > column + SAME_COLUMN)) return false;
	// Text, no caption (a photo's title set tight over it, its credit under it) nor dateline.
	if (lines.some((line) => !isPlain(line.text) || /摄$/u.test(line.text))) return false;
	if (detectDateline(first.text) !== undefined || detectDateline(top.text) !== undefined) return false;
	return column - top.width >= INDENT + 1.25;
}

// A head's phrase: Han characters (four or more) and quotes or book marks, no other mark.
const HEAD_PHRASE = /^(?=(?:[“”‘’《》]*\p{Script=Han}){4})[\p{Script=Han}“”‘’《》]+$/u;
// Marks a typesetter may squeeze to half an em, and the characters of a running line of Han text.
const SQUEEZED = /[，、；：。！？“”‘’《》]/gu;
const RUNNING = /^[\p{Script=Han}，、；：。！？“”‘’《》]+$/u;

/** A piece's top line split off as a head, over the rest of the piece. */
function topAsHead(piece: Piece): Piece[] {
	const [top, ...rest] = piece.lines;
	return [
		{ lines: [{ ...top, head: true }], tail: [] },
		{ lines: rest, tail: piece.tail },
	];
}

function splitHead(piece: Piece): Piece[] {
	const { lines } = piece;
	// A label over the head splits off first, then the head.
	if (headsShortText(lines))
		return [{ lines: lines.slice(0, 1), tail: [] }, ...splitHead({ lines: lines.slice(1), tail: piece.tail })];
	// A head over a paragraph of two lines at least, the last ending its sentence (a piece of three
	// lines may as well be a headline wrapped over two lines and its byline).
	if (lines.length === 2 && offMeasure(lines)) return topAsHead(piece);
	if (lines.length < 3 || (lines.length === 3 && !endsSentence(lines[2].text))) return [piece];
	const column = commonWidth(lines.slice(1, 12).map((l) => l.width));
	// A line ending no sentence over a paragraph's first line (an indent short of the column, plain
	// text, over a full line) is a head however wide: a body line that ends no sentence runs on
	// into its paragraph, so no paragraph opens under it. Over a narrow column (a headline's wrap
	// and a byline are as narrow) only a line wider than the column is.
	const [top, first, second] = lines;
	const indent = column - first.width;
	// No body line ends right above a dateline: the line over one is its article's head.
	const paragraph =
		(((indent >= 1.25 && indent <= 3.25) || pushedOn(first, second, column)) &&
			sameColumn(second.width, column) &&
			// A byline under it is no paragraph's second line: the line is the head's own.
			detectByline(second.text) === undefined &&
			/^[\p{Script=Han}“‘《（]/u.test(first.text) &&
			!/[0-9A-Za-z]/.test(first.text)) ||
		(detectDateline(first.text) !== undefined && detectDateline(top.text) === undefined);
	if (
		!runsOn(top, first) &&
		!/[，,、。；;：:！？!?“‘（(《]$/u.test(top.text) &&
		!/[，,。；;！？!?]/u.test(top.text) &&
		!endsSentence(top.text) &&
		Math.abs(top.width - (column - 2)) > 0.75 &&
		isPlain(top.text) &&
		paragraph &&
		(column >= COLUMN_WIDTH || top.width > column + 1)
	)
		return topAsHead(piece);
	if (offMeasure(lines)) return topAsHead(piece);
	// Lines narrower than a column's (a headline's wrap, a byline) open no paragraph under a head.
	if (column < COLUMN_WIDTH) return [piece];
	const opens = (k: number, wrapped = true): boolean => {
		const [line, after] = [lines[k], lines[k + 1]];
		if (after === undefined) return false;
		if (detectDateline(line.text) || detectByline(line.text) || isBoxTitle(line.text)) return true;
		// A dateline wrapped onto the next line (`据新华社里约热内卢4月` / `3日电 …`).
		const dateline = wrapped ? (detectDateline(line.text + after.text)?.text ?? '') : '';
		if (dateline.length > line.text.length && dateline.startsWith(line.text)) return true;
		const short = column - line.width;
		const full = (l: Line) => sameColumn(l.width, column);
		// A paragraph of two lines closing the piece: its last line ends the sentence.
		const last = (l: Line) => full(l) || (l === lines.at(-1) && endsSentence(l.text));
		// A paragraph's first line is set an indent in, or (a page that spaces its paragraphs
		// apart instead) fills its column like the line under it.
		return ((short >= 1.25 && short <= 3.25) || full(line) || pushedOn(line, after, column)) && last(after);
	};
	// A box title of the trade (`核心阅读`) opens a box at an article's head: no running line stands
	// over it, so the line above is a head however wide (a headline as wide as the column).
	const overBox = (line: Line): boolean => line === top && isBoxTitle(first.text) && opens(1);
	const isHead = (line: Line): boolean =>
		!endsSentence(line.text) &&
		!/[，,、：:；;“‘（(《]$/u.test(line.text) &&
		(!sameColumn(line.width, column) || overBox(line)) &&
		Math.abs(line.width - (column - 2)) > 0.75 &&
		!(line === top && pushedOn(top, first, column)) &&
		isPlain(line.text);
	// A top line of running text (`runsOn`) is a paragraph's first line set in deeper than an indent.
	if (runsOn(top, first)) return [piece];
	for (let k = 1; k <= 3 && isHead(lines[k - 1]); k++) {
		// A head's last characters wrapped onto a line of their own (`…发展路` / `径`, `…自查自纠的` /
		// `基础上`) over the paragraph's first line stay with it; not a box title of the trade
		// (`编者按`), a name signed under the head (`罗强娟`), or a line over a subheadline.
		if (
			/^\p{Script=Han}{1,3}$/u.test(lines[k].text) &&
			!isBoxTitle(lines[k].text) &&
			!readsAsSignature(lines[k].text) &&
			!startsWithDash(lines[k + 1]?.text ?? '') &&
			opens(k + 1)
		)
			return [
				{ lines: heads(lines.slice(0, k + 1)), tail: [] },
				{ lines: lines.slice(k + 1), tail: piece.tail },
			];
		// A short line over a box that opens with its own mark (`编者按：…`, a dateline) is no box
		// title: the head's last characters, wrapped (`…志愿服务队打通` / `了宣传群众`). Nor is one
		// over a byline (`集体经济壮起来` / `走出致富路` / `本报记者 …`): a box stands in its story's
		// text, under the byline, so the line is the head's second phrase, however wide.
		if (
			/^[\p{Script=Han}“”‘’]{1,8}$/u.test(lines[k].text) &&
			(lines[k].width < lines[k - 1].width || detectByline(lines[k + 1]?.text ?? '') !== undefined) &&
			!isBoxTitle(lines[k].text) &&
			!readsAsSignature(lines[k].text) &&
			lines[k + 1] !== undefined &&
			!isBoxTitle(lines[k + 1].text) &&
			(opensHeadBox(lines[k + 1].text) ||
				detectDateline(lines[k + 1].text) !== undefined ||
				detectByline(lines[k + 1].text) !== undefined) &&
			opens(k + 1)
		)
			return [
				{ lines: heads(lines.slice(0, k + 1)), tail: [] },
				{ lines: lines.slice(k + 1), tail: piece.tail },
			];
		// (A short line over a dateline wrapped over two lines is the headline's wrap, not a box title.)
		const boxTitle = lines[k].width <= 6 && !endsSentence(lines[k].text) && opens(k + 1, false);
		// A line as wide as the head line above it (within 1 em) is the head's second line, not a
		// box title: a headline set in two even lines (`产业提质增效` / `绿色成为底色`).
		if (boxTitle && !opens(k) && Math.abs(lines[k].width - lines[k - 1].width) <= 1)
			return [
				{ lines: heads(lines.slice(0, k + 1)), tail: [] },
				{ lines: lines.slice(k + 1), tail: piece.tail },
			];
		if (opens(k) || boxTitle)
			return [
				{ lines: heads(lines.slice(0, k)), tail: [] },
				{ lines: lines.slice(k), tail: piece.tail },
			];
	}
	return [piece];
}

/**
 * Pairs pieces that end in mid-sentence with the pieces that continue them, in a column of the
 * same width. Several columns of one width may be open at once (a lead story's columns beside a
 * column of briefs), so each pairing is weighed by the dump's own vocabulary: how often the two
 * characters (and three) that the join would put side by side stand together elsewhere in the
 * dump (`干|部` is common, `干|了` is not), and a dictionary word across the join. The
 * best-supported pairs are taken first; then the piece printed next, then the nearest.
 * A fragment (a piece of a line or two) pairs only with a piece printed after it, at most
 * `FRAGMENT_REACH` pieces on, only on the language's evidence or on the stride of the fragment
 * pairs around it (columns printed in turn continue every second or third piece) and of the round
 * read over the whole run (`strides`); a paragraph's last line alone in its piece may close it.
 * Seven or eight columns printed in turn continue up to `ROUND_REACH` pieces on: a pair that far
 * stands only on its run's round, between lines of running text.
 * `openEnds` holds each piece's `openEnd`. Returns continuation by piece index.
 */
function continuations(
	pieces: Piece[],
	openEnds: (number | undefined)[],
	dated: Map<number, number>,
): Map<number, number> {
	const pageColumns = columnWidths(pieces);
	const fragments = pieces.map(isFragment);
	// A fragment's line stands for a column only at a width many lines of the page share, or that
	// the fragments printed around it share (a column printed a line at a time, in its round).
	const local = (at: number, width: number) => {
		let count = 0;
		for (let k = Math.max(0, at - 2 * ROUND_REACH); k <= Math.min(pieces.length - 1, at + 2 * ROUND_REACH); k++)
			if (k !== at && fragments[k] && pieces[k].lines.some((l) => Math.abs(l.width - width) <= 1)) count++;
		return count >= LOCAL_COLUMN;
	};
	const fits = (at: number, width: number | undefined) =>
		width !== undefined && (!fragments[at] || pageColumns.some((c) => Math.abs(c - width) <= 1) || local(at, width))
			? width
			: undefined;
	// A head line printed alone (split off the top of its body, or under a label) continues no column.
	const heads = (piece: Piece) => {
		const last = piece.lines.at(-1) as Line;
		return last.head === true && !/\s/u.test(last.text);
	};
	const ends = pieces.map((piece, i) => (heads(piece) ? undefined : fits(i, openEnds[i])));
	const starts = pieces.map((piece, i) => fits(i, openStart(piece)));
	const pairs: [number, number][] = [];
	// A dateline cut by the wrap goes on where the join completes it, wherever that was printed.
	const datedTo = new Set(dated.values());
	ends.forEach((end, from) => {
		if (end === undefined || dated.has(from)) return;
		// A fragment pairs only with a piece within FRAGMENT_REACH, or ROUND_REACH on its round (see
		// below): none further off is looked at.
		const [first, last] = fragments[from]
			? [Math.max(0, from - FRAGMENT_REACH), Math.min(pieces.length - 1, from + ROUND_REACH)]
			: [0, pieces.length - 1];
		for (let to = first; to <= last; to++) {
			const start = starts[to];
			if (to === from || datedTo.has(to)) continue;
			// A piece of a line or two shows no column of its own: its line's width stands in for it.
			const fragment = fragments[from] || fragments[to] || start === undefined;
			if (fragment) {
				const distance = to - from;
				// A column's head of two lines may be printed after the rest of the column (a piece
				// of three lines or more that starts on a full line): it continues there.
				const whole = pieces[from].lines.length === 2 && !fragments[to] && start !== undefined;
				const back = whole && distance < 0 && distance >= -FRAGMENT_REACH;
				if (!back && (distance < 1 || distance > ROUND_REACH)) continue;
				// A paragraph's first line, two em short of the line an open end fills (both of plain
				// Han text and pauses, whose widths are exact), opens no sentence.
				if (indentedUnder(pieces[from], pieces[to])) continue;
				// A paragraph's last line, alone in its piece, ends the sentence a fragment left open; a
				// paragraph's first line goes on in a line of its column, an indent wider.
				if (
					closes(pieces[to], end) ||
					(start !== undefined && (Math.abs(end - start) <= FRAGMENT_COLUMN || opensIndented(pieces[from], start)))
				)
					pairs.push([from, to]);
			} else if (start !== undefined && sameColumn(end, start)) pairs.push([from, to]);
		}
	});
	// The language is asked (a second's load of jieba's dictionary) only where a piece has a choice.
	// Speed: counted by piece index in two arrays, no Map entry or array made per pair.
	const choiceCounts = [new Int32Array(pieces.length), new Int32Array(pieces.length)];
	for (const [from, to] of pairs) {
		choiceCounts[0][from]++;
		choiceCounts[1][to]++;
	}
	const choices = (index: 0 | 1, piece: number) => choiceCounts[index][piece];
	if (pairs.length === 0) return datelineRuns(pieces, starts, dated, new Map(dated));
	const supports = pageSupport(pieces, pairs);
	const all = pairs.map(([from, to], k) => {
		const tail = (pieces[from].lines.at(-1) as Line).text;
		const head = pieces[to].lines[0].text;
		const support = supports[k];
		const fragment = isFragment(pieces[from]) || isFragment(pieces[to]) || starts[to] === undefined;
		const contested = fragment || choices(0, from) > 1 || choices(1, to) > 1;
		const language = support + (contested && wordAcross(tail, head) ? 2 : 0);
		const distance = to > from ? to - from : pieces.length + from - to;
		const gap = Math.abs((ends[from] as number) - (starts[to] as number));
		const near = !fragment && to === from + 1 ? Math.max(0, ADJACENT - ADJACENT_WIDTH * gap) : 0;
		return { from, to, fragment, language, score: language * 1000 + near - distance };
	});
	// Columns printed a line or two in turn continue at a steady stride: fragment pairs that keep
	// the stride of their neighbours' pairs support each other.
	// The ends of the fragment pairs the language supports, by stride (pairs are unique by ends).
	const byStride = new Map<number, number[]>();
	for (const o of all) {
		if (!o.fragment || o.language === 0) continue;
		const list = byStride.get(o.to - o.from);
		if (list) list.push(o.from);
		else byStride.set(o.to - o.from, [o.from]);
	}
	// Speed: each stride's ends are in ascending order (as `all` is), so those near an end are
	// found by bisection rather than by reading the whole list.
	const votes = (c: (typeof all)[number]) => {
		const stride = c.to - c.from;
		const reach = 2 * stride + 2;
		// (None is near enough at a stride back of one piece or more.)
		if (reach <= 0) return 0;
		const list = byStride.get(stride) ?? [];
		const from = firstAtLeast(list, c.from - reach);
		const to = firstAtLeast(list, c.from + reach + 1);
		const self = from < to && list[firstAtLeast(list, c.from)] === c.from ? 1 : 0;
		return to - from - self;
	};
	const period = strides(pieces, all);
	// Each piece's best word across a join (a language of 2 or more), for the round to yield to.
	const words = new Map<number, number>();
	for (const { from, language } of all) if (language >= 2) words.set(from, Math.max(words.get(from) ?? 0, language));
	// Running text on both sides of a join: a pause or stop in each of its two lines.
	const running = (c: { from: number; to: number }) =>
		STOP_OR_PAUSE.test((pieces[c.from].lines.at(-1) as Line).text) && STOP_OR_PAUSE.test(pieces[c.to].lines[0].text);
	// The bottom of a column printed right after the rest of it: a piece of two lines after a column's
	// piece left open, its first line at the column's width (within an em), its last a paragraph's
	// end, short of the column (pdftotext cuts a column into blocks where its line spacing changes).
	const columnTail = (c: { from: number; to: number }) => {
		if (fragments[c.from] || !fragments[c.to] || c.to !== c.from + 1) return false;
		const end = ends[c.from] as number;
		const [first, last] = pieces[c.to].lines;
		return (
			last !== undefined &&
			Math.abs(first.width - end) <= 1 &&
			endsSentence(last.text) &&
			last.width < end - 1 &&
			isPlain(last.text)
		);
	};
	// Whether a piece other than `from`, left in mid-sentence, puts a dictionary word across a join into `to`.
	const wordInto = (c: { from: number; to: number }) => {
		const head = pieces[c.to].lines[0].text;
		return pieces.some((p, k) => {
			const tail = (p.lines.at(-1) as Line).text;
			return k !== c.from && k !== c.to && !endsSentence(tail) && wordAcross(tail, head);
		});
	};
	const candidates = all.filter((c) => {
		if (!c.fragment) return true;
		const stride = Math.min(votes(c), 3);
		// The round outweighs the dump's vocabulary, not a word across another join of the piece.
		const word = (words.get(c.from) ?? 0) > c.language;
		const round = !word && period.get(c.from) === c.to - c.from;
		c.score += (stride + (round ? PERIOD : 0)) * STRIDE;
		// Seven or eight columns printed in turn continue seven or eight pieces on: a pair that far
		// only on its run's round, between lines of running text (a headline's lines hold no pause).
		if (c.to - c.from > FRAGMENT_REACH && (period.get(c.from) !== c.to - c.from || !running(c))) return false;
		// A fragment's shape says little (a headline fills as many em as a column's line): the
		// language joins it, or the stride of the pairs around it.
		if (c.language > 0 || stride >= 2) return true;
		// Or it is the bottom of the column printed right before it, where no other join into it reads as the language's.
		if (!columnTail(c) || all.some((o) => o.to === c.to && o.language > 0) || wordInto(c)) return false;
		c.score += COLUMN_TAIL;
		return true;
	});
	if (candidates.length === 0) return datelineRuns(pieces, starts, dated, new Map(dated));
	// The pairing with the most support overall (`bestPairs`).
	const inRound = (c: { from: number; to: number }) => fragments[c.from] && fragments[c.to] && c.to > c.from;
	const next = new Map<number, number>(dated);
	const best = bestPairs(candidates.map((c) => ({ from: c.from, to: c.to, score: c.score + (inRound(c) ? 0 : LINK) })));
	for (const [from, to] of best) if (!inRound({ from, to }) && !closesLoop(next, from, to)) next.set(from, to);
	// Columns printed a line at a time in turn keep their order in every round (left to right):
	// the pairs between fragments never cross. They are chosen as a whole (`inOrder`), among the
	// pieces the other pairs leave free.
	const [taken, reached] = [new Set(next.keys()), new Set(next.values())];
	const free = candidates.filter((c) => inRound(c) && !taken.has(c.from) && !reached.has(c.to));
	for (const [from, to] of inOrder(free)) if (!closesLoop(next, from, to)) next.set(from, to);
	datelineRuns(pieces, starts, dated, next);
	paragraphTurns(pieces, fragments, pageColumns, next);
	joinColumns(pieces, ends, starts, next);
	return next;
}

/**
 * The pairs of most support overall, an optimal assignment (Munkres): the pairs' ends are rows,
 * their starts and a "no continuation" column of each end's own are columns, a pair costs minus its
 * score. The chosen pairs, in the order of their ends' first appearance.
 */
function bestPairs(pairs: { from: number; to: number; score: number }[]): [number, number][] {
	const rows = [...new Set(pairs.map((c) => c.from))];
	const columns = [...new Set(pairs.map((c) => c.to))];
	const cost = rows.map((_, r) => {
		const row: number[] = new Array<number>(columns.length + rows.length).fill(UNFIT);
		row[columns.length + r] = 0;
		return row;
	});
	const rowAt = new Map(rows.map((from, r) => [from, r]));
	const columnAt = new Map(columns.map((to, c) => [to, c]));
	for (const { from, to, score } of pairs) cost[rowAt.get(from) as number][columnAt.get(to) as number] = -score;
	return munkres(cost)
		.sort((a, b) => a[0] - b[0])
		.filter(([r, c]) => c < columns.length && cost[r][c] !== UNFIT)
		.map(([r, c]) => [rows[r], columns[c]]);
}

/**
 * Joins the columns that the pairing built, as a whole: a column printed a line at a time ends
 * (its bottom line) in mid-sentence, and the story's next column starts at its top, printed
 * before or far after it (pdftotext goes down the page a row at a time, and the next column's top
 * may stand higher than the head over the first). Each chain that ends open in mid-sentence is
 * paired (Munkres) with a chain that no piece continues and that starts on a full line of the same
 * width, on the dump's vocabulary across the join (a word across it, the grams it makes).
 * `ends` and `starts` hold each piece's open end and start; `next` is extended in place.
 */
function joinColumns(
	pieces: Piece[],
	ends: (number | undefined)[],
	starts: (number | undefined)[],
	next: Map<number, number>,
): void {
	const before = new Map<number, number>();
	for (const [a, b] of next) before.set(b, a);
	const tails: number[] = [];
	const heads: number[] = [];
	pieces.forEach((_, i) => {
		// A column's bottom: a chain of two pieces or more, or a piece of three lines or more.
		const column = before.has(i) || !isFragment(pieces[i]);
		if (!next.has(i) && ends[i] !== undefined && column) tails.push(i);
		// A column's top: running text (no byline, no subheadline's dash: a head block's).
		// (Speed: asked only of a piece that may be a top, as `isPlain` reads each line four ways.)
		const running = () => pieces[i].lines.slice(0, 3).every((l) => isPlain(l.text) && !startsWithDash(l.text));
		if (!before.has(i) && starts[i] !== undefined && running()) heads.push(i);
	});
	const pairs: [number, number][] = [];
	for (const from of tails)
		for (const to of heads)
			if (to !== from && Math.abs((ends[from] as number) - (starts[to] as number)) <= 1 && !closesLoop(next, from, to))
				pairs.push([from, to]);
	if (pairs.length === 0) return;
	const supports = pageSupport(pieces, pairs);
	const scored = pairs.flatMap(([from, to], k) => {
		const tail = (pieces[from].lines.at(-1) as Line).text;
		const head = pieces[to].lines[0].text;
		const support = supports[k];
		const word = wordAcross(tail, head);
		// A word across the join, or the page's vocabulary at its cap: grams that stand together
		// once or twice elsewhere on the page join mostly wrong columns.
		return word || support >= COLUMN_VOCABULARY
			? [{ from, to, score: (support + (word ? 2 : 0)) * 1000 - Math.abs(to - from) }]
			: [];
	});
	if (scored.length === 0) return;
	for (const [from, to] of bestPairs(scored)) if (!closesLoop(next, from, to)) next.set(from, to);
}

/**
 * The pairs (forward, between fragments) of the most support overall that never cross: both
 * ends rise together, as columns printed in turn keep their order round after round. A
 * weighted longest chain, read in order of the pairs' first ends with the best chain ending
 * before each second end kept in a prefix-maximum tree. Returns continuation by piece index.
 */
function inOrder(pairs: { from: number; to: number; score: number }[]): Map<number, number> {
	const next = new Map<number, number>();
	if (pairs.length === 0) return next;
	const sorted = [...pairs].sort((a, b) => a.from - b.from || a.to - b.to);
	const size = Math.max(...sorted.map((p) => p.to)) + 2;
	// tree[k]: the best chain (score, pair index) ending at a second end up to k (Fenwick, 1-based).
	const [treeScore, treeAt] = [new Float64Array(size + 1), new Int32Array(size + 1).fill(-1)];
	const best = (end: number): [number, number] => {
		let [score, at] = [0, -1];
		for (let k = end; k > 0; k -= k & -k) if (treeScore[k] > score) [score, at] = [treeScore[k], treeAt[k]];
		return [score, at];
	};
	const chainScore = new Float64Array(sorted.length);
	const back = new Int32Array(sorted.length);
	for (let start = 0; start < sorted.length;) {
		let end = start;
		while (end < sorted.length && sorted[end].from === sorted[start].from) end++;
		// Pairs of one first end share no chain: all are scored before any enters the tree.
		for (let k = start; k < end; k++) {
			// Chains whose second end stands before this pair's (1-based: `to` itself is excluded).
			const [score, at] = best(sorted[k].to);
			chainScore[k] = score + sorted[k].score;
			back[k] = at;
		}
		for (let k = start; k < end; k++)
			for (let i = sorted[k].to + 1; i <= size; i += i & -i)
				if (chainScore[k] > treeScore[i]) [treeScore[i], treeAt[i]] = [chainScore[k], k];
		start = end;
	}
	let at = best(size)[1];
	for (; at >= 0; at = back[at]) next.set(sorted[at].from, sorted[at].to);
	return next;
}

/**
 * The page's own support for each join (at most 3): how often the grams the join would make (the
 * tail's last one or two characters with the head's first one or two) stand elsewhere in the
 * dump's text, all counted in one reading of it.
 */
function pageSupport(pieces: Piece[], pairs: [number, number][]): number[] {
	// Speed: each gram is kept as its UTF-16 units, with no string made, hashed and looked up per gram.
	const grams: number[][] = [];
	for (const [from, to] of pairs) {
		const tail = (pieces[from].lines.at(-1) as Line).text;
		const head = pieces[to].lines[0].text;
		grams.push(gramUnits(tail, 1, head, 1), gramUnits(tail, 2, head, 1), gramUnits(tail, 1, head, 2));
	}
	const seen = gramCounts(pageText(pieces), grams);
	return pairs.map((_, k) => Math.min(3, seen[3 * k] + seen[3 * k + 1] + seen[3 * k + 2]));
}

/** The UTF-16 units of `tail.slice(-last) + head.slice(0, first)`. */
function gramUnits(tail: string, last: number, head: string, first: number): number[] {
	const units: number[] = [];
	for (let at = Math.max(0, tail.length - last); at < tail.length; at++) units.push(tail.charCodeAt(at));
	for (let at = 0; at < first && at < head.length; at++) units.push(head.charCodeAt(at));
	return units;
}

// The text of each page's pieces, kept for the pairing and the column join, which both read it.
const pageTexts = new WeakMap<Piece[], string>();

/** The pieces' text, each piece's lines run together, pieces a line apart (read once a page). */
function pageText(pieces: Piece[]): string {
	let text = pageTexts.get(pieces);
	if (text === undefined) {
		text = pieces.map((p) => p.lines.map((l) => l.text).join('')).join('\n');
		pageTexts.set(pieces, text);
	}
	return text;
}

// Which UTF-16 units some gram opens with, while `gramCounts` reads a text (cleared after).
const opening = new Uint8Array(1 << 16);

/**
 * How often each gram (two or three UTF-16 units, each gram given as its units) stands in `text`,
 * overlaps counted, by gram index. Speed: the text is read once for all grams, and a gram is
 * looked up only where a gram's first unit stands, in a table open-addressed by the units' codes
 * (no string or number boxed per place).
 */
function gramCounts(text: string, grams: number[][]): number[] {
	const size = 1 << Math.max(4, Math.ceil(Math.log2(grams.length * 4)));
	// Slot k holds a gram's first two units (`first << 16 | second`, never 0: no gram opens with
	// U+0000) and its third (-1 for a gram of two), and its count. A gram given twice shares its slot.
	const [pairs, thirds, counts] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
	const slot = (pair: number, third: number, add: boolean): number => {
		let at = (Math.imul(pair, 0x9e3779b1) ^ Math.imul(third + 2, 0x85ebca6b)) >>> 0;
		for (at &= size - 1; pairs[at] !== 0; at = (at + 1) & (size - 1))
			if (pairs[at] === pair && thirds[at] === third) return at;
		if (!add) return -1;
		[pairs[at], thirds[at]] = [pair, third];
		return at;
	};
	const out = new Array<number>(grams.length).fill(0);
	const slots = grams.map((units, k) => {
		if ((units.length !== 2 && units.length !== 3) || units[0] === 0) {
			const gram = String.fromCharCode(...units);
			let count = 0;
			if (gram !== '') for (let at = text.indexOf(gram); at >= 0; at = text.indexOf(gram, at + 1)) count++;
			out[k] = count;
			return -1;
		}
		opening[units[0]] = 1;
		return slot((units[0] << 16) | units[1], units.length === 3 ? units[2] : -1, true);
	});
	for (let at = 0; at + 1 < text.length; at++) {
		const first = text.charCodeAt(at);
		if (opening[first] === 0) continue;
		const pair = (first << 16) | text.charCodeAt(at + 1);
		const two = slot(pair, -1, false);
		if (two >= 0) counts[two]++;
		if (at + 2 < text.length) {
			const three = slot(pair, text.charCodeAt(at + 2), false);
			if (three >= 0) counts[three]++;
		}
	}
	grams.forEach((units, k) => {
		if (units.length > 0) opening[units[0]] = 0;
		if (slots[k] >= 0) out[k] = counts[slots[k]];
	});
	return out;
}

/**
 * Carries a column printed a line at a time across its paragraph breaks. A fragment whose line
 * ends a sentence (a paragraph's last line) goes on to the next paragraph's first line, a fragment
 * an indent short of a column the page's lines share, no piece continues yet, on the round of its
 * column: as many pieces on as the piece the fragment continues stood back, or one more or one
 * fewer (two at least) where the round changes. The language says nothing across a sentence's
 * end; the round does. `next` (continuation by piece index) is extended in place.
 */
function paragraphTurns(pieces: Piece[], fragments: boolean[], columns: number[], next: Map<number, number>): void {
	const from = new Map<number, number>();
	for (const [a, b] of next) from.set(b, a);
	pieces.forEach((piece, at) => {
		const before = from.get(at);
		if (!fragments[at] || next.has(at) || before === undefined || !endsParagraph(piece)) return;
		const stride = at - before;
		if (stride < 1 || stride > ROUND_REACH) return;
		// The round may change by one piece where the paragraph turns (a column ends or starts).
		for (const to of [at + stride, at + stride + 1, at + stride - 1]) {
			if (to < at + 2 || !fragments[to] || from.has(to)) continue;
			const column = opensParagraph(pieces[to], columns);
			if (column === undefined || (piece.lines.at(-1) as Line).width > column + 1 || closesLoop(next, at, to)) continue;
			next.set(at, to);
			from.set(to, at);
			return;
		}
	});
}

/**
 * The stride at which each piece of a run of fragments continues: pdftotext prints columns set
 * side by side on one baseline grid a line at a time, going round the columns, so a column's next
 * line comes a whole round later, and the round shortens by one wherever a column ends. The
 * strides are read as a whole (a Viterbi path over the run): each piece's stride earns the
 * language's evidence for its join, and changing the stride from one piece to the next costs
 * `ROUND_CHANGE` (`ROUND_END` right after a round in which a line ended its paragraph: only there
 * does a column end), so a round is kept until the joins say it has changed. Rounds of two to
 * `ROUND_REACH` pieces are read. Returns the stride by piece index, for every piece of a run of four
 * fragments or more.
 */
function strides(pieces: Piece[], pairs: { from: number; to: number; language: number }[]): Map<number, number> {
	// Keyed by from * pieces + to (speed: no string made per pair and per look-up).
	const evidence = new Map(pairs.map((p) => [p.from * pieces.length + p.to, p.language]));
	const evidenceOf = (from: number, to: number) =>
		to < pieces.length ? (evidence.get(from * pieces.length + to) ?? 0) : 0;
	const out = new Map<number, number>();
	// Each piece's `endsParagraph`, asked only of pieces in or just before a run (speed: most pieces never are).
	const closing: (boolean | undefined)[] = [];
	const closes = (k: number) => (closing[k] ??= endsParagraph(pieces[k]));
	// Whether a piece of the round before `at` (`round` pieces) ends its paragraph: a column may end there.
	const ended = (at: number, round: number) => {
		for (let k = Math.max(0, at - round); k < at; k++) if (closes(k)) return true;
		return false;
	};
	for (let start = 0; start < pieces.length; start++) {
		if (!isFragment(pieces[start])) continue;
		let end = start;
		while (end + 1 < pieces.length && isFragment(pieces[end + 1])) end++;
		const run = end - start + 1;
		const rounds = Array.from({ length: ROUND_REACH - 1 }, (_, k) => k + 2);
		if (run >= 2 * rounds[0]) {
			// best[k][r]: the best score of the run's first k + 1 pieces with piece k at round rounds[r].
			const best: number[][] = [];
			const from: number[][] = [];
			for (let k = 0; k < run; k++) {
				best.push([]);
				from.push([]);
				rounds.forEach((round, r) => {
					const gain = evidenceOf(start + k, start + k + round);
					if (k === 0) {
						best[k][r] = gain;
						from[k][r] = r;
						return;
					}
					let top = -Infinity;
					rounds.forEach((_, q) => {
						const change = q === r ? 0 : ended(start + k, rounds[q]) ? ROUND_END : ROUND_CHANGE;
						const score = best[k - 1][q] - change;
						if (score > top) [top, from[k][r]] = [score, q];
					});
					best[k][r] = top + gain;
				});
			}
			let r = best[run - 1].indexOf(Math.max(...best[run - 1]));
			for (let k = run - 1; k >= 0; k--) {
				out.set(start + k, rounds[r]);
				r = from[k][r];
			}
		}
		start = end;
	}
	return out;
}

/** The index of the first value in the ascending list `values` at least `value` (its length if none). */
function firstAtLeast(values: number[], value: number): number {
	let [low, high] = [0, values.length];
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (values[middle] < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Whether linking `from` to `to` would make a chain run back into itself. */
function closesLoop(next: Map<number, number>, from: number, to: number): boolean {
	for (let at: number | undefined = to; at !== undefined; at = next.get(at)) if (at === from) return true;
	return false;
}

/** The column width a piece ends in, when its last line fills it and ends no sentence. */
function openEnd(piece: Piece): number | undefined {
	const { lines } = piece;
	const last = lines.at(-1) as Line;
	// A line under a list mark is a brief's head, printed tight under the text before it: no sentence runs on from it.
	if (LIST_MARK.test(last.text) || last.text.startsWith('■')) return undefined;
	// A reporter's sign-off in brackets, a line of its own (`（本报记者 王芳 李明）`), closes its story.
	if (SIGN_OFF.test(last.text.trim())) return undefined;
	// A headline alone under its column's label (see `headlineUnderLabel`) leaves no sentence open.
	if (piece.headline) return undefined;
	if (isFragment(piece)) {
		if (endsSentence(last.text) || /[：:；;]$/.test(last.text) || !lines.every((l) => isPlain(l.text)))
			return undefined;
		return lines.every((l) => Math.abs(l.width - last.width) <= FRAGMENT_COLUMN) ? last.width : undefined;
	}
	// (Speed: a sentence's end is read before the column, which sorts the piece's widths.)
	if (lines.length < 3 || endsSentence(last.text)) return undefined;
	const column = Math.max(
		commonWidth(lines.slice(-9, -1).map((l) => l.width)),
		upperQuartile(lines.slice(0, -1).map((l) => l.width)),
	);
	if (endsSentence(last.text) || !isFull(last, column) || !sameColumn(last.width, column)) return undefined;
	if (/[：:；;]$/.test(last.text) || !isPlain(last.text)) return undefined;
	// A numbered 小标题 under a sentence's end closes a column whose part goes on elsewhere: no sentence is left open.
	if (isNumberedIntertitle(last.text) && endsSentence(lines[lines.length - 2].text)) return undefined;
	return column;
}

/** The column width a piece starts in, when its first line fills it: no paragraph's first line does. */
function openStart(piece: Piece): number | undefined {
	const { lines } = piece;
	const first = lines[0];
	// A list mark (`●`, `■`) opens an item of its own: no column runs on into it.
	if (LIST_MARK.test(first.text) || first.text.startsWith('■') || FIGURE_CAPTION.test(first.text)) return undefined;
	if (isFragment(piece)) return isPlain(first.text) && !detectDateline(first.text) ? first.width : undefined;
	if (lines.length < 3) return undefined;
	// A dateline opens a story: no column runs on into one (a place and date the wrap cut from its
	// paper's name, `利斯8月16日电…` under `…本报布宜诺斯艾`, may). (Speed: asked before the column,
	// which sorts the piece's widths.)
	if (!isPlain(first.text) || (DATELINE_START.test(first.text) && detectDateline(first.text))) return undefined;
	const column = Math.max(commonWidth(lines.slice(0, 9).map((l) => l.width)), upperQuartile(lines.map((l) => l.width)));
	if (!sameColumn(first.width, column)) return endsTurnedParagraph(lines, column) ? column : undefined;
	// A line with no stop or pause over a name signed alone (`小切口也能做大文章` / `王芳` / `“…`) is a
	// headline over its byline: a head block, which continues no column.
	const signs = (line: Line) => readsAsSignature(line.text) || detectByline(line.text) !== undefined;
	if (
		!STOP_OR_PAUSE.test(first.text) &&
		(readsAsSignature(lines[1].text) || (!STOP_OR_PAUSE.test(lines[1].text) && signs(lines[2])))
	)
		return undefined;
	return column;
}

/**
 * Whether a piece opens on the last line of a paragraph begun elsewhere: its first line ends a
 * sentence short of the column, and the line under it opens the next paragraph (an indent short
 * of the column, over a full line). No column's text starts so but the rest of a column printed
 * apart from its top: a paragraph of one short line opens no column.
 */
function endsTurnedParagraph(lines: Line[], column: number): boolean {
	const [first, second, third] = lines;
	if (!endsSentence(first.text) || first.width > column - 1 || !third) return false;
	const short = column - second.width;
	return short >= 1.25 && short <= 3.25 && sameColumn(third.width, column) && !endsSentence(second.text);
}

/**
 * Whether a fragment ends on a paragraph's first line set in from a column `width` wide by more
 * than a fragment's width varies (FRAGMENT_COLUMN), up to an indent and the em that digits and
 * squeezed punctuation take off a line (3.25 em): a line holding a pause, alone in its piece or
 * under a line ending a sentence (`上个月，第一批60名学员` over `顺利结业，大多数已经找到了工`).
 */
function opensIndented(piece: Piece, width: number): boolean {
	const { lines } = piece;
	const last = lines.at(-1) as Line;
	const short = width - last.width;
	if (short <= FRAGMENT_COLUMN || short > INDENT_REACH || !/[，、：；]/u.test(last.text)) return false;
	return lines.length === 1 || endsSentence(lines[lines.length - 2].text);
}

/** Whether a fragment's last line ends a sentence, in running text: a paragraph's last line. */
function endsParagraph(piece: Piece): boolean {
	const last = piece.lines.at(-1) as Line;
	return endsSentence(last.text) && piece.lines.every((l) => isPlain(l.text));
}

/**
 * The column a fragment opens a paragraph in: its first line is short of one of the page's
 * column widths by the two-em indent (Han text only: digits and Latin letters, half as wide,
 * make full lines short too), holds a pause (a head printed alone, a kicker or a headline, has
 * none), ends no sentence, and the line under it, if any, fills that column.
 */
function opensParagraph(piece: Piece, columns: number[]): number | undefined {
	const [first, second] = piece.lines;
	if (endsSentence(first.text) || !/^[\p{Script=Han}“‘《（]/u.test(first.text) || /[0-9A-Za-z]/.test(first.text))
		return undefined;
	if (!/[，、：；]/u.test(first.text) || !isPlain(first.text) || detectDateline(first.text)) return undefined;
	const column = columns.find((c) => c - first.width >= 1.25 && c - first.width <= 3.25);
	if (column === undefined || (second && !sameColumn(second.width, column))) return undefined;
	return column;
}

// Han text and the pauses and stops set a full em wide: a line of them fills its measure exactly.
const EVEN = /^[\p{Script=Han}，、；：。！？]+$/u;

/**
 * Whether a piece opens a paragraph under a piece's open end: its first line, of Han text and
 * pauses only, holds a pause and is two em short of the end's last line, of the same characters.
 */
function indentedUnder(before: Piece, piece: Piece): boolean {
	const [end, start] = [before.lines.at(-1) as Line, piece.lines[0]];
	if (!EVEN.test(end.text) || !EVEN.test(start.text) || !/[，、；：]/u.test(start.text)) return false;
	return Math.abs(end.width - start.width - 2) <= 0.25 && isPlain(start.text);
}

/**
 * Whether a piece opens on a line that ends a sentence, no wider than the column `width`: one
 * line alone, or over the next paragraph's first line, an indent short of that column.
 */
function closes(piece: Piece, width: number): boolean {
	// Speed: a piece of three lines or more never closes, and the width is read before the text.
	if (piece.lines.length > 2) return false;
	const [line, next] = piece.lines;
	if (line.width > width + 1 || !endsSentence(line.text) || !isPlain(line.text)) return false;
	if (next === undefined) return true;
	const short = width - next.width;
	return piece.lines.length === 2 && short >= 1.25 && short <= 3.25 && !endsSentence(next.text) && isPlain(next.text);
}

/**
 * A piece of one or two lines, each at least a fragment's width: pdftotext prints justified
 * columns set side by side as such pieces, a line or two of each column in turn.
 */
function isFragment(piece: Piece): boolean {
	return piece.lines.length < 3 && piece.lines[0].width >= FRAGMENT_WIDTH && !piece.lines.some((l) => l.vertical);
}

/**
 * The widths (to the nearest em) that the lines of a page's columns share: each width held by
 * at least a twelfth of the page's lines (and four), with the widths next to it. Headlines,
 * bylines and captions vary in width; the lines of a column repeat its width.
 */
function columnWidths(pieces: Piece[]): number[] {
	const counts = new Map<number, number>();
	const lines = pieces.flatMap((p) => p.lines);
	for (const { width } of lines) counts.set(Math.round(width), (counts.get(Math.round(width)) ?? 0) + 1);
	const near = (w: number) => (counts.get(w - 1) ?? 0) + (counts.get(w) ?? 0) + (counts.get(w + 1) ?? 0);
	return [...counts.keys()].filter((w) => w >= FRAGMENT_WIDTH && near(w) >= Math.max(4, lines.length / 12));
}

/**
 * Whether two widths are one column's: within an em and a half, or a twelfth of a wide column
 * (its full lines differ by the quotes and digits in them).
 */
function sameColumn(a: number, b: number): boolean {
	return Math.abs(a - b) <= Math.max(SAME_COLUMN, Math.max(a, b) * 0.08);
}

// Each line's answer from `isPlain`, kept while one dump is reordered: a line is asked about as a
// piece's end, as its start and as the end a fragment may close, about twice on average.
const plain = new Map<string, boolean>();

/** A line of running text: no byline, credit, label or furniture. */
function isPlain(text: string): boolean {
	let answer = plain.get(text);
	if (answer === undefined) {
		answer = !detectByline(text) && !detectCredit(text) && !detectLabel(text) && !detectFurniture(text, false);
		plain.set(text, answer);
	}
	return answer;
}

function upperQuartile(values: number[]): number {
	// Speed: a typed array sorts numbers with no comparator called.
	const sorted = Float64Array.from(values).sort();
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.75))] ?? 0;
}

/**
 * The width most lines share (to the nearest em; of equal counts the wider): a column's full
 * lines, however many short ones (paragraph ends, intertitles) stand among them.
 */
function commonWidth(values: number[]): number {
	const counts = new Map<number, number>();
	for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
	let best = 0;
	for (const [width, count] of counts)
		if (count > (counts.get(best) ?? 0) || (count === counts.get(best) && width > best)) best = width;
	return best;
}
