import { isSurname } from '../importer/detect-names.ts';
import { bottom, right, union, type Box, type TextRun } from './page-types.ts';

/** One printed line: runs on one baseline, of one size and weight, close enough to be read together. */
export interface LayoutLine extends Box {
	text: string;
	size: number;
	bold: boolean;
}

const ASCII_WORD = /[A-Za-z0-9]$/;
/** A closing mark a justified line may hang past its column's edge. */
export const HUNG = /[，。、；：！？”’）」』]\s*$/u;
const ASCII_START = /^[A-Za-z0-9]/;

/**
 * Joins text runs into lines: same baseline (within a third of the type size), same size and
 * weight, and a gap under one em (of the body type, for type larger than it), or of an em after a short line
 * where no column starts there (an ideographic space between a byline's words). Runs further apart on one baseline (the page header's parts,
 * two columns, also where the second column's baselines sit a hair higher and its line comes first) stay apart.
 * Lines come sorted top to bottom, then left to right.
 */
export function toLayoutLines(runs: TextRun[], pictures: Box[] = []): LayoutLine[] {
	const gutters = photoGutters(pictures);
	// Captions of two photos side by side, set under each: the gutter between the photos parts them, however narrow.
	const parted = (run: TextRun, from: number, to: number) =>
		gutters.some((g) => run.y >= g.y && run.y <= bottom(g) && from <= right(g) + 1 && to >= g.x - 1);
	const drawn = new Map(runs.map((run, i) => [run, i]));
	const sorted = runs.filter((run) => run.text.trim() !== '').sort((a, b) => baseline(a) - baseline(b) || a.x - b.x);
	// Gutters are set in body type: a headline's em is wider than the gutter between two headlines side by side.
	const em = (run: TextRun) => Math.min(run.size, body);
	const body = medianSize(sorted);
	// An ideographic space is an em of the line's own type: a byline in text type a little larger than the
	// page's commonest (captions set smaller fill a page of photos) spaces its words so.
	const space = (run: TextRun) => (!run.bold && run.size <= body * 1.2 ? run.size : em(run));
	// A gutter: a run on a line within three lines over or under starts where this one does, and no
	// run there crosses the gap before it (columns of a few characters each, a character a run, are
	// letter-spaced rows, not columns: the line before holds three characters or more).
	// The words of a spaced short line (a byline, `本报记者　孙立娟　许阳春`): runs of two to four characters
	// an em apart (an ideographic space, give or take a fifth) from another such run on their baseline.
	const word = (run: TextRun) => {
		const n = [...run.text.trim()].length;
		return n >= 2 && n <= 4;
	};
	const spaced = new Set<TextRun>();
	for (let k = 0; k < sorted.length; k++)
		for (let m = k + 1; m < sorted.length && baseline(sorted[m]) - baseline(sorted[k]) < sorted[k].size / 3; m++) {
			const [a, b] = sorted[k].x < sorted[m].x ? [sorted[k], sorted[m]] : [sorted[m], sorted[k]];
			const gap = b.x - right(a);
			if (word(a) && word(b) && Math.abs(a.size - b.size) < 0.5 && gap > a.size * 0.8 && gap < a.size * 1.2)
				spaced.add(a).add(b);
		}
	const columnStart = (run: TextRun, from: number) => {
		const base = baseline(run);
		const mid = (from + run.x) / 2;
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const m = (lo + hi) >> 1;
			if (baseline(sorted[m]) < base - run.size * 3.5) lo = m + 1;
			else hi = m;
		}
		let edge = false;
		// Where runs crossing the gap stand only on one side (over it: the byline or headline over the columns' tops)
		// and the column's edge shows on the other, the column starts there all the same.
		const crossing = { over: false, under: false };
		const edges = { over: 0, under: 0 };
		for (let k = lo; k < sorted.length && baseline(sorted[k]) <= base + run.size * 3.5; k++) {
			const other = sorted[k];
			if (Math.abs(baseline(other) - base) <= run.size / 2 || Math.abs(other.size - run.size) >= 0.5) continue;
			const side = baseline(other) < base ? 'over' : 'under';
			// (A line's closing mark hung past its column's edge into the gutter does not cross it.)
			// (Nor does a word of a spaced short line, a byline set across two columns.)
			if (other.x < mid && right(other) - (HUNG.test(other.text) ? other.size : 0) > mid && !spaced.has(other)) {
				crossing[side] = true;
				continue;
			}
			// (Or a paragraph indented two ems in from there; a word of a spaced short line starting there, over
			// or under such a word, neither punctuated, is none: a byline wrapped with its words on a grid of
			// ems, `本报记者　彭华　通讯` / `员　彭鸣　秦霞霞`.)
			if (
				(Math.abs(other.x - run.x) < 0.5 || Math.abs(other.x - run.x - 2 * run.size) < 0.5) &&
				!(spaced.has(other) && spaced.has(run) && !/\p{P}/u.test(other.text + run.text))
			) {
				edge = true;
				// (Two lines at least starting right there: not one wrapped line of a spaced byline under its first.)
				if (Math.abs(other.x - run.x) < 0.5) edges[side]++;
			}
		}
		if (crossing.over && crossing.under) return false;
		if (crossing.over) return edges.under >= 2;
		if (crossing.under) return edges.over >= 2;
		return edge;
	};
	const open: { line: LayoutLine; runs: TextRun[] }[] = [];
	const done: { line: LayoutLine; runs: TextRun[] }[] = [];
	for (const run of sorted) {
		const base = baseline(run);
		for (let i = open.length - 1; i >= 0; i--)
			if (base - baseline(open[i].line) > run.size) done.push(...open.splice(i, 1));
		const found = open.find(
			({ line, runs: parts }) =>
				piled(line, run) ||
				(Math.abs(baseline(line) - base) < Math.min(line.size, run.size) / 3 &&
					Math.abs(line.size - run.size) < 0.5 &&
					line.bold === run.bold &&
					// An em apart (give or take a twentieth: an ideographic space between a short line's words, as a
					// byline's), unless a column starts there. (A gap of an em parts them also where it comes out a hair
					// short in floating point: a hundredth of a point.)
					(run.x - right(line) < em(run) - 0.01 ||
						(run.x - right(line) < space(run) * 1.05 &&
							[...line.text].length <= 12 &&
							!columnStart(run, right(line)))) &&
					line.x - right(run) < em(run) &&
					// A line hung into a narrow gutter (`运用，` its comma past the column's edge) stops there.
					!(run.x - right(line) > em(run) / 4 && [...line.text].length >= 3 && columnStart(run, right(line))) &&
					// The same where the column's line, its baseline a hair higher, came first and this run stands left of it.
					!(
						line.x - right(run) > em(run) / 4 &&
						[...run.text.trim()].length >= 3 &&
						columnStart(
							parts.reduce((a, b) => (b.x < a.x ? b : a)),
							right(run),
						)
					) &&
					(gutters.length === 0 || !parted(run, Math.min(right(line), right(run)), Math.max(line.x, run.x)))),
		);
		if (found) {
			Object.assign(found.line, union([found.line, run]));
			found.runs.push(run);
		} else {
			open.push({
				line: { ...boxOf(run), text: run.text.trim(), size: run.size, bold: run.bold },
				runs: [run],
			});
		}
	}
	// Runs of one line may come with baselines a hair apart, out of order: read them left to right.
	const read = headlinePhrases(
		acrossWideSpaces(letterSpacedRows(strayGlyphsPiled([...done, ...open], drawn), body), parted, body),
		body,
	)
		.map(({ line, runs }) => {
			const text = textOf(leftToRight(runs, drawn));
			return { line: { ...line, text: unspaced(text) }, spaced: text };
		})
		.filter(({ line }) => line.text !== '');
	return read
		.map(({ line, spaced }) =>
			spaced !== line.text && paddedNames(spaced) && read.some(({ line: above }) => rolesOver(above, line))
				? { ...line, text: spaced }
				: line,
		)
		.sort((a, b) => a.y - b.y || a.x - b.x);
}

/**
 * Whether a line of single characters spaced apart pairs into names of two characters, each padded
 * to three with a space (`韩 刚 冯 博`): two to four pairs, each opening with a common surname.
 */
function paddedNames(text: string): boolean {
	const chars = text.split(/\s+/u);
	return (
		chars.length % 2 === 0 &&
		chars.length >= 4 &&
		chars.length <= 8 &&
		chars.every((c, i) => /^\p{Script=Han}$/u.test(c) && (i % 2 === 1 || isSurname(c)))
	);
}

/** Whether `above` is a byline's line ending on a role word (`本报记者 黎 敏 通讯员`) right over `line`, in its type. */
function rolesOver(above: LayoutLine, line: LayoutLine): boolean {
	return (
		/(?:记者|通讯员|实习生|评论员)$/u.test(above.text) &&
		Math.abs(above.size - line.size) < line.size / 10 &&
		line.y > above.y &&
		line.y - above.y < line.size * 2.5 &&
		line.x < right(above) &&
		above.x < right(line)
	);
}

/**
 * The gutters between photos set side by side (pictures whose heights overlap by half the lower's,
 * under a fifth of the lower's height apart), reaching down under them as far again as the taller
 * is high: where their captions stand.
 */
function photoGutters(pictures: Box[]): Box[] {
	const gutters: Box[] = [];
	for (const a of pictures)
		for (const b of pictures) {
			const gap = b.x - right(a);
			const low = Math.min(a.height, b.height);
			const along = Math.min(bottom(a), bottom(b)) - Math.max(a.y, b.y);
			if (gap <= 0 || gap >= low / 5 || along < low / 2) continue;
			const y = Math.min(a.y, b.y);
			const foot = Math.max(bottom(a), bottom(b));
			gutters.push({ x: right(a), y, width: gap, height: foot - y + Math.max(a.height, b.height) });
		}
	return gutters;
}

/**
 * Joins the characters of a line set letter-spaced wider than an em (justified in a column a few
 * characters wide: `彻` `《` `条` `例` `》`, each a run of its own): parts on one baseline, of one
 * size and weight, each a single character (or a number: `1000` `余` `场`), under two and a half ems apart, where the gap to
 * the part before or after is the same within a fifth of an em, and a line right over or under
 * them crosses the gap (a gutter, as wide as the spacing in columns three characters wide, runs
 * down the page clear of every line).
 */
function letterSpacedRows<T extends { line: LayoutLine; runs: TextRun[] }>(lines: T[], body: number): T[] {
	const single = (l: T) => {
		const text = l.runs
			.map((r) => r.text)
			.join('')
			.replace(/\s+/gu, '');
		return [...text].length === 1 || /^[0-9A-Za-z.%]+$/.test(text);
	};
	const sorted = lines.filter(single).sort((a, b) => baseline(a.line) - baseline(b.line) || a.line.x - b.line.x);
	const gone = new Set<T>();
	for (let i = 0; i < sorted.length;) {
		// One baseline's parts, left to right.
		let j = i + 1;
		const a = sorted[i].line;
		while (
			j < sorted.length &&
			Math.abs(baseline(sorted[j].line) - baseline(a)) < a.size / 3 &&
			Math.abs(sorted[j].line.size - a.size) < 0.5 &&
			sorted[j].line.bold === a.bold
		)
			j++;
		const row = sorted.slice(i, j).sort((x, y) => x.line.x - y.line.x);
		i = j;
		if (row.length < 3) continue;
		const em = Math.min(a.size, body);
		const gaps = row.slice(1).map((p, k) => p.line.x - right(row[k].line));
		// A gutter runs down the page: no line right over or under the row crosses it.
		const base = baseline(a);
		const crossed = (from: number, to: number) =>
			lines.some(
				({ line: c }) =>
					Math.abs(c.size - a.size) < 0.5 &&
					Math.abs(baseline(c) - base) > a.size / 2 &&
					Math.abs(baseline(c) - base) <= a.size * 2.5 &&
					c.x < to &&
					right(c) > from,
			);
		const joins = gaps.map(
			(g, k) =>
				g > 0 &&
				g < em * 2.5 &&
				crossed(right(row[k].line), row[k + 1].line.x) &&
				((k > 0 && Math.abs(g - gaps[k - 1]) < em / 5) || (k + 1 < gaps.length && Math.abs(g - gaps[k + 1]) < em / 5)),
		);
		let head = row[0];
		joins.forEach((join, k) => {
			const part = row[k + 1];
			if (!join) {
				head = part;
				return;
			}
			Object.assign(head.line, union([head.line, part.line]));
			head.runs.push(...part.runs);
			gone.add(part);
		});
	}
	return gone.size === 0 ? lines : lines.filter((l) => !gone.has(l));
}

/**
 * Joins the two parts of a line that a wide space (an ideographic space after a dateline,
 * `本报东京10月16日电　（记者蒋平）…`, widened by justification) parts by an em or more: two
 * parts on one baseline, of one size and weight, under three ems apart, where a line of theirs
 * right over or under them (within two and a half lines) runs across the gap, from about the first
 * part's left edge to no further than the second's right edge. A gutter between two columns has
 * no line of either column across it.
 */
function acrossWideSpaces<T extends { line: LayoutLine; runs: TextRun[] }>(
	lines: T[],
	parted: (run: TextRun, from: number, to: number) => boolean,
	body: number,
): T[] {
	const sorted = [...lines].sort((a, b) => baseline(a.line) - baseline(b.line) || a.line.x - b.line.x);
	const gone = new Set<T>();
	const alike = (a: LayoutLine, b: LayoutLine) => Math.abs(a.size - b.size) < 0.5 && a.bold === b.bold;
	// Where the line starts: a run-in headline (bold, an em before) may open it.
	const start = (i: number): number => {
		const a = sorted[i].line;
		let x = a.x;
		for (let k = i - 1; k >= 0 && baseline(a) - baseline(sorted[k].line) < a.size / 3; k--) {
			const c = sorted[k].line;
			if (Math.abs(c.size - a.size) < 0.5 && x - right(c) >= 0 && x - right(c) < a.size * 1.5) x = c.x;
		}
		return x;
	};
	sorted.forEach((first, i) => {
		if (gone.has(first)) return;
		const a = first.line;
		const base = baseline(a);
		for (let j = i + 1; j < sorted.length && baseline(sorted[j].line) - base < a.size / 3; j++) {
			const b = sorted[j].line;
			const gap = b.x - right(a);
			if (gone.has(sorted[j]) || !alike(a, b) || gap < 0 || gap >= a.size * 3) continue;
			// A short line (a byline or credit, `本报记者　田子欣`) parted by about an em.
			const short = a.size < body * 1.3 && [...a.text].length + [...b.text].length <= 16;
			const left = start(i);
			const across = (c: LayoutLine) =>
				c !== a &&
				c !== b &&
				alike(a, c) &&
				Math.abs(baseline(c) - base) > a.size / 2 &&
				Math.abs(baseline(c) - base) <= a.size * 2.5 &&
				c.x < right(a) &&
				// Running on over the second part, not only into the gap's edge (a byline overhanging its column).
				right(c) > b.x + a.size / 2 &&
				c.x > left - a.size * 2.5 &&
				(right(c) < right(b) + a.size || (short && right(b) < right(c) - a.size)) &&
				// Across the greater part of the second part: not a short line (a byline set over two columns)
				// ending before the middle of it.
				(short || right(c) > b.x + b.width / 2);
			// An edge of a line right over or under inside the gap: the gap is a gutter between columns.
			const edged = (c: LayoutLine) =>
				c !== a &&
				c !== b &&
				Math.abs(baseline(c) - base) > a.size / 2 &&
				Math.abs(baseline(c) - base) <= a.size * 2.5 &&
				((c.x > right(a) && c.x < b.x + a.size / 2) || (right(c) > right(a) - a.size / 2 && right(c) < b.x));
			// A gutter on both sides: a line right over or under ending where the first part does and one
			// starting where the second does (two columns of text, a byline set across both over them).
			const columnEdge = (c: LayoutLine, at: number, edge: (l: Box) => number) =>
				c !== a &&
				c !== b &&
				alike(a, c) &&
				Math.abs(baseline(c) - base) > a.size / 2 &&
				Math.abs(baseline(c) - base) <= a.size * 2.5 &&
				Math.abs(edge(c) - at) < 1;
			let near = false;
			let edge = false;
			let [ends, starts] = [false, false];
			const look = (c: LayoutLine) => {
				near ||= across(c);
				edge ||= edged(c);
				// (The first part's closing mark may hang past the column's edge; the second part, or the line starting where
				// it does, may start a paragraph indented two ems.)
				ends ||= columnEdge(c, right(a), right) || (HUNG.test(a.text) && columnEdge(c, right(a) - a.size, right));
				starts ||=
					columnEdge(c, b.x, (l) => l.x) ||
					columnEdge(c, b.x - 2 * a.size, (l) => l.x) ||
					columnEdge(c, b.x + 2 * a.size, (l) => l.x);
			};
			for (let k = i - 1; k >= 0 && base - baseline(sorted[k].line) <= a.size * 2.5; k--) look(sorted[k].line);
			for (let k = i + 1; k < sorted.length && baseline(sorted[k].line) - base <= a.size * 2.5; k++)
				look(sorted[k].line);
			if (ends && starts && [...a.text.trim()].length >= 4 && [...b.text.trim()].length >= 4) near = false;
			// (Not where the first part, four characters or more, ends where a column's lines end and the second starts
			// where the next column's start: a column's short first line, `了。`, beside the line before the gutter.)
			const spaced =
				short &&
				gap <= a.size * 1.6 &&
				!edge &&
				!(ends && starts && [...a.text.trim()].length >= 4) &&
				!parted(sorted[j].runs[0], right(a), b.x);
			if (!near && !spaced) continue;
			Object.assign(a, union([a, b]));
			first.runs.push(...sorted[j].runs);
			gone.add(sorted[j]);
		}
	});
	return lines.filter((l) => !gone.has(l));
}

/**
 * Joins the phrases of a headline set on one line with a wide space between them (`出行更便捷　老街焕新颜`,
 * an ideographic space of the headline's type): two parts on one baseline, of one size and weight,
 * a third larger than the body or more, under an em and a half of their own type apart, where a
 * line of text right under them (within three of their lines) runs across the gap, or the
 * gap is an em of their type (an ideographic space) within a twentieth. Two headlines side by side
 * stand over their own columns, with a gutter under the gap that no line crosses; headlines wrapped
 * onto a second line (a line of theirs right over or under) are not joined.
 */
function headlinePhrases<T extends { line: LayoutLine; runs: TextRun[] }>(lines: T[], body: number): T[] {
	const heads = lines
		.filter(({ line }) => line.size >= body * 1.3)
		.sort((a, b) => baseline(a.line) - baseline(b.line) || a.line.x - b.line.x);
	if (heads.length < 2) return lines;
	const gone = new Set<T>();
	heads.forEach((first, i) => {
		if (gone.has(first)) return;
		const a = first.line;
		for (let j = i + 1; j < heads.length && baseline(heads[j].line) - baseline(a) < a.size / 3; j++) {
			const b = heads[j].line;
			const gap = b.x - right(a);
			if (gone.has(heads[j]) || Math.abs(a.size - b.size) >= 0.5 || a.bold !== b.bold) continue;
			if (gap < 0 || gap >= a.size * 1.5) break;
			// A headline wrapped onto a second line stands in its own column, not as a phrase of another.
			const wrapped = heads.filter(
				({ line: c }) =>
					c !== a &&
					c !== b &&
					Math.abs(c.size - a.size) < 0.5 &&
					c.bold === a.bold &&
					Math.abs(baseline(c) - baseline(a)) > a.size / 3 &&
					Math.abs(baseline(c) - baseline(a)) < a.size * 1.6 &&
					c.x < right(b) &&
					right(c) > a.x,
			);
			if (wrapped.length > 0 && !wrapsOn(a, b, wrapped, lines, body)) break;
			const foot = bottom(union([a, b]));
			const crossed = lines.some(
				({ line: c }) =>
					c.size < body * 1.3 && c.y >= foot - 1 && c.y - foot <= a.size * 3 && c.x < right(a) && right(c) > b.x,
			);
			// An ideographic space of the headline's own type parts its phrases, also over a gutter.
			if (!crossed && Math.abs(gap - a.size) >= a.size / 20) break;
			Object.assign(a, union([a, b]));
			first.runs.push(...heads[j].runs);
			gone.add(heads[j]);
		}
	});
	return gone.size === 0 ? lines : lines.filter((l) => !gone.has(l));
}

/**
 * Whether the headline line `a`, an ideographic space of its type before `b`, runs on over it and
 * wraps under itself (`办好家门口的事　干部沉下` over `去`): every line of the headline's type right
 * over or under them is one line under them starting where `a` starts (or centred under both), and no text under the
 * headline (type under a third larger than the body, within six of the headline's lines under its
 * foot) starts where `b` starts (an indented first line aside), and no gutter lies under the gap (text
 * ending in it, text starting within a quarter em past it): two headlines side by side stand over their own
 * columns, the second starting where its column does, a gutter under the gap. (A headline across three
 * columns may end its first phrase over a column that runs on under the space, its gutter well past it.)
 */
function wrapsOn<T extends { line: LayoutLine }>(
	a: LayoutLine,
	b: LayoutLine,
	wrapped: T[],
	lines: T[],
	body: number,
): boolean {
	if (wrapped.length !== 1) return false;
	const c = wrapped[0].line;
	const centred = Math.abs(c.x + right(c) - a.x - right(b)) < a.size / 2;
	if (c.y <= a.y || (Math.abs(c.x - a.x) > a.size / 4 && !centred) || right(c) > right(b) + a.size / 4) return false;
	const foot = bottom(c);
	const under = lines
		.map(({ line }) => line)
		.filter((t) => t.size < body * 1.3 && t.y >= foot - 1 && t.y - foot <= a.size * 6);
	// (A paragraph's indented first line starting there is no column's edge.)
	const indented = (t: LayoutLine) =>
		under.some((u) => t.x - u.x > t.size / 2 && t.x - u.x < t.size * 2.5 && right(u) > right(t) - t.size);
	// A gutter under the gap: text ending in it and text starting after it, by a quarter em of the headline's
	// type past it at most (not a column running on past it).
	const gutter = (t: LayoutLine) =>
		right(t) >= right(a) - 1 &&
		right(t) <= b.x &&
		under.some((u) => u.x >= right(t) && u.x <= b.x + a.size / 4 && !indented(u));
	return !under.some((t) => (Math.abs(t.x - b.x) < 1.5 && !indented(t)) || gutter(t));
}

/**
 * A glyph alone on its spot, drawn right after a glyph of a pile (glyphs set vertically, piled on one
 * spot) but set over the pile, or right before one but under it, at the pile's spot (within a quarter
 * em across) and under an em from it down the page: part of the pile, read in the order drawn. A flat or half-width glyph is set apart in its cell: `一`
 * in a credit `汪一摄` stands high over the rest, `/` in `龙海/摄` half an em and more over them.
 */
function strayGlyphsPiled(
	lines: { line: LayoutLine; runs: TextRun[] }[],
	drawn: Map<TextRun, number>,
): { line: LayoutLine; runs: TextRun[] }[] {
	const piles = lines.filter(({ line, runs }) => runs.length >= 2 && line.width < line.size * 1.25);
	const joined = new Set<{ line: LayoutLine; runs: TextRun[] }>();
	for (const stray of lines) {
		if (stray.runs.length !== 1) continue;
		const [run] = stray.runs;
		const pile = piles.find(
			({ line, runs }) =>
				Math.abs(line.size - run.size) < 0.5 &&
				line.bold === run.bold &&
				Math.abs(run.x - line.x) < run.size / 4 &&
				Math.max(run.y - bottom(line), line.y - bottom(run)) < run.size &&
				// (Out of turn down the page: drawn after a glyph of the pile but set over it, or before but under it; a
				// glyph set an em on, in turn, starts the column's next spot.)
				runs.some(
					(q) =>
						(drawn.get(run)! - drawn.get(q)! === 1 && run.y < line.y) ||
						(drawn.get(q)! - drawn.get(run)! === 1 && run.y > line.y),
				),
		);
		if (!pile) continue;
		Object.assign(pile.line, union([pile.line, run]));
		pile.runs.push(run);
		joined.add(stray);
	}
	return lines.filter((l) => !joined.has(l));
}

/**
 * Whether `run` is a glyph piled on the spot of `line` (glyphs set vertically, one on another, as
 * Chromium prints `writing-mode: vertical-rl`): a line no wider than a glyph and a glyph of its size
 * at its left edge (within a quarter em), their boxes overlapping by more than a quarter em down
 * the page, as a colon set high in its cell over the glyphs before it (`石门：`) does though its
 * baseline stands apart from theirs.
 */
function piled(line: LayoutLine, run: TextRun): boolean {
	return (
		Math.abs(line.size - run.size) < 0.5 &&
		line.bold === run.bold &&
		Math.abs(run.x - line.x) < run.size / 4 &&
		line.width < run.size * 1.25 &&
		run.width < run.size * 1.25 &&
		Math.min(bottom(line), bottom(run)) - Math.max(line.y, run.y) > run.size / 4
	);
}

/**
 * A line's runs left to right; runs piled on one spot (within a quarter em across: glyphs set
 * vertically that the PDF places one on another, as Chromium prints `writing-mode: vertical-rl`)
 * keep the order they are drawn in, which is their reading order.
 */
function leftToRight(runs: TextRun[], drawn: Map<TextRun, number>): TextRun[] {
	const out: TextRun[] = [];
	let pile: TextRun[] = [];
	const flush = () => out.push(...pile.sort((a, b) => drawn.get(a)! - drawn.get(b)!));
	for (const run of [...runs].sort((a, b) => a.x - b.x)) {
		if (pile.length > 0 && run.x - pile[0].x >= Math.min(run.size, pile[0].size) / 4) {
			flush();
			pile = [];
		}
		pile.push(run);
	}
	flush();
	return out;
}

/** The size most characters are set in (the median by characters): near enough the body size. */
function medianSize(runs: TextRun[]): number {
	const sizes = runs.map((run) => ({ size: run.size, n: run.text.length })).sort((a, b) => a.size - b.size);
	let half = sizes.reduce((n, s) => n + s.n, 0) / 2;
	for (const { size, n } of sizes) if ((half -= n) <= 0) return size;
	return Infinity;
}

/**
 * A short line letter-spaced throughout (ten characters at most, justified to its column:
 * `本 报 评 论 员`) read without its spaces; spaces between words (`本报记者 王芳`) stay.
 */
function unspaced(text: string): string {
	return /^(?:[^\p{ASCII}]\s+){2,9}[^\p{ASCII}]$/u.test(text) ? text.replace(/\s+/gu, '') : text;
}

/**
 * The text of a line's runs, left to right. A run letter-spaced throughout (`本 报 赤 峰 12 月 2 日 讯`,
 * each character its own word: pdfjs reads the spacing of justified type as spaces) reads without
 * those spaces. A space stands where a gap parts two ASCII words, and where a gap wider than the
 * line's letter spacing by a fifth of an em parts two runs: justified type prints a word space
 * (`记者 范英 通讯员`) as the gap between two runs.
 */
function textOf(runs: TextRun[]): string {
	const pieces = runs.map((run) => ({ run, text: letterSpaced(run.text.trim()) })).filter((p) => p.text !== '');
	const spacing = letterSpacing(pieces);
	let text = '';
	let end = -Infinity;
	for (const { run, text: piece } of pieces) {
		const gap = run.x - end;
		const ascii = gap > run.size / 4 && ASCII_WORD.test(text) && ASCII_START.test(piece);
		const word = text !== '' && gap > spacing + run.size / 5 && !/\s$/u.test(text) && !/^\s/u.test(piece);
		text += (ascii || word ? ' ' : '') + piece;
		end = right(run);
	}
	return text;
}

/**
 * A run whose every word is one character or an ASCII word (`（ 记 者`, `本 报 赤 峰 12 月 2 日 讯`),
 * Han among them: letter-spaced type, read without the spaces but those between ASCII words.
 */
function letterSpaced(piece: string): string {
	if (!/\s/u.test(piece)) return piece;
	const words = piece.split(/\s+/u);
	if (!words.every((w) => [...w].length === 1 || /^[0-9A-Za-z.%]+$/.test(w))) return piece;
	if (!words.some((w) => /\p{Script=Han}/u.test(w))) return piece;
	return words.reduce((out, w) => out + (ASCII_WORD.test(out) && ASCII_START.test(w) ? ' ' : '') + w);
}

/**
 * The widest letter spacing among a line's runs of full-width characters (each an em wide, the
 * spacing spread over the gaps between them), in points; 0 where none is spaced.
 */
function letterSpacing(pieces: { run: TextRun; text: string }[]): number {
	let spacing = 0;
	for (const { run, text } of pieces) {
		const n = [...text].length;
		if (n < 2 || /[\p{ASCII}]/u.test(text)) continue;
		spacing = Math.max(spacing, (run.width - n * run.size) / (n - 1));
	}
	return spacing;
}

function baseline(box: Box): number {
	return box.y + box.height;
}

function boxOf(run: TextRun): Box {
	return { x: run.x, y: run.y, width: run.width, height: run.height };
}
