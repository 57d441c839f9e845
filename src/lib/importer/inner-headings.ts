import { endsSentence, hasDash } from './punctuation.ts';
import { assignmentCost, bestAssignment } from './assign-headings.ts';
import type { Draft } from './assemble-items.ts';
import type { Unit } from './classify.ts';
import { readClosingSignature, readNoteAuthors } from './detect-byline.ts';
import { ROLE } from './detect-names.ts';
import { opensHeadBox } from './detect-head-box.ts';
import type { GapElement } from './group-headings.ts';
import { untitledBodies } from './later-figure.ts';

type Paragraph = Extract<Unit, { kind: 'paragraph' }>;

// A list mark before a brief's headline: such a line heads an item of its own.
const LIST_MARK = /^[●◆▲★☆○◇□]/u;

// A figure in a line of a list (a result, a count): a digit, ASCII or full width.
const FIGURE = /[0-9０-９]/u;

/**
 * Decides which headings stand inside an article rather than over one, by comparing whole
 * segmentations of the page: each candidate is tried both ways and the reading whose headings
 * leave fewer bodies without a headline (`bestAssignment`'s cost) wins; on a tie the evidence
 * of the block order decides.
 *
 * - A lone one-line heading between two bodies, the second opened by no byline and no dateline,
 *   is a 小标题 (intertitle) when the article before it is signed (its byline stands before it)
 *   — items of such a page open with their byline, so a body without one continues the last —
 *   or a question when it ends in ？ (an interview's question set as a line of its own). In a text
 *   dump, one after a body that is only an editor's note (`编者按：…`) is the first 小标题 of the
 *   story the note opens, though that story opens with its dateline; a dateline naming reporters
 *   signs the story, so the headings after it are read as above.
 * - A one-line heading set between a byline and the body it opens (not a body opening a box of
 *   its own, `编者按：…`: then it is the headline) is the body's first
 *   intertitle (a `核心阅读` box title) when the byline has its headline before it, or when the
 *   reading costs nothing. In a text dump (not `extracted`) the headed byline is not enough: a
 *   heading there that a later body needs (head blocks stacked over their bodies, the second
 *   body opened by its dateline) heads that body, unless it asks a question (ends in ？).
 * - A body left without a headline whose gap to the next body holds only bylines opens that
 *   body's item (an editor's note set above the byline), when that gives every body a headline;
 *   a body opened by a dateline is a story of its own, never such a note; nor, in a text dump, is
 *   a body under a heading set right under a column label (`labelledHead`).
 *
 * Returns the bodies and gaps after merging, with short reasons where the choice was close.
 */
export function innerHeadings(
	bodies: Draft[],
	elements: GapElement[][],
	extracted = false,
): { bodies: Draft[]; elements: GapElement[][]; uncertain: Map<Draft, string[]> } {
	const uncertain = new Map<Draft, string[]>();
	const note = (body: Draft, reason: string) => uncertain.set(body, [...(uncertain.get(body) ?? []), reason]);
	// A merged body keeps the reasons noted on the bodies it was made of.
	const carry = (from: Draft[], to: Draft) => {
		const reasons = from.flatMap((body) => uncertain.get(body) ?? []);
		if (reasons.length > 0) uncertain.set(to, reasons);
	};
	let b = [...bodies];
	let e = elements.map((gap) => [...gap]);
	const cost = (gaps: GapElement[][], list: Draft[]) => {
		const counts = gaps.map((gap) => gap.filter((x) => x.type === 'heading').length);
		return assignmentCost(bestAssignment(counts, list.length, { untitled: untitledBodies(list, gaps) }));
	};
	// The cost of the reading so far, computed again only when a merge changes it.
	let current: number | undefined;
	// Whether the item a body belongs to was opened by a byline: carried through merges.
	const signed = b.map((_, j) => e[j].some((x) => x.type === 'byline'));
	for (let j = 1; j < b.length; j++) {
		const gap = e[j];
		const next = b[j];
		const only = gap.length === 1 ? gap[0] : undefined;
		const inner = only?.type === 'heading' && isInnerCandidate(only);
		// An editor's note never opens with a dateline: a body that does is a story of its own. Nor
		// does one open right under another story's sign-off (`afterSignOff`): that text is a story
		// whose head stands elsewhere, not a note over the byline after it.
		const bylines =
			gap.length > 0 &&
			gap.every((x) => x.type === 'byline') &&
			!signed[j - 1] &&
			!b[j - 1].afterSignOff &&
			b[j - 1].paragraphs[0]?.dateline === undefined &&
			!(labelledHead(e[j - 1]) && !extracted) &&
			!closedBySignature(b[j - 1], gap);
		// Speed: a gap that holds neither a heading that may stand inside nor only bylines is left as
		// it is: the columns' widths below are not taken for it.
		if (!inner && !bylines) continue;
		// A dateline or a head box (编者按, 核心阅读) opens an article; a credit after a body closes a
		// photo's caption.
		const opening = next.paragraphs[0];
		// But an editor's note (a box at an article's head, `编者按：…`, no dateline in it) is no item
		// of its own: a lone heading between it and the story it opens is that story's first 小标题.
		const noted = inner && !extracted && noteOnly(b[j - 1]) && opening.dateline !== undefined;
		// So does text set in a column of another width than the body before (extraction-order.ts).
		if (
			(opening.dateline && !noted) ||
			opening.lines[0].opensBody ||
			opensHeadBox(opening.text) ||
			e[j + 1]?.[0]?.type === 'credit' ||
			otherColumn(b[j - 1], next)
		)
			continue;
		if (inner) {
			const question = /[？?]$/u.test(only.group.headline);
			if (!question && !signed[j - 1] && !noted) continue;
			// A heading over a list (results, figures: one line each, no sentence) after a text of
			// sentences heads a box of its own: an intertitle goes on with the story's prose. In a
			// text dump so does a heading over verse (a poem's lines hold no figure).
			if (listOnly(next, !extracted) && !listOnly(b[j - 1], !extracted)) continue;
			// A text closed by its signature (`（本报记者 X）`, `——X`) is whole: what follows is another's.
			// And a text signed under its end is an item of its own: one byline signs an item.
			if (!extracted && !question && (signedOff(b[j - 1]) || signedUnder(b, e, j))) continue;
			const merged = merge(b, e, j, asParagraph(only, !question));
			carry([b[j - 1], b[j]], merged.bodies[j - 1]);
			const before = (current ??= cost(e, b));
			const after = cost(merged.elements, merged.bodies);
			if (after > before) continue;
			if (after === before) note(merged.bodies[j - 1], `“${only.group.headline}”可能是标题而非小标题`);
			({ bodies: b, elements: e } = merged);
			current = after;
			signed.splice(j, 1);
			// The story after the note is signed in its dateline: its 小标题 follow as in a story signed by its byline.
			if (noted && (opening.dateline?.authors.length ?? 0) > 0) signed[j - 1] = true;
			j--;
			continue;
		}
		if (bylines) {
			const merged = merge(b, e, j);
			const after = cost(merged.elements, merged.bodies);
			if (after < (current ??= cost(e, b))) {
				current = after;
				carry([b[j - 1], b[j]], merged.bodies[j - 1]);
				note(merged.bodies[j - 1], '无署名的开头段并入了下一篇');
				({ bodies: b, elements: e } = merged);
				signed.splice(j - 1, 2, true);
				j--;
			}
		}
	}
	// A heading between a byline and the body it opens.
	for (let j = 0; j < b.length; j++) {
		const gap = e[j];
		const last = gap.at(-1);
		const beforeLast = gap.at(-2);
		if (last?.type !== 'heading' || beforeLast?.type !== 'byline' || !isInnerCandidate(last)) continue;
		// A body that opens its own box (`编者按：…`, `核心阅读`) has its box title: the heading above is its headline.
		if (opensHeadBox(b[j].paragraphs[0]?.text ?? '')) continue;
		// Nor does a photo's caption (a credit right after it) open with a 小标题.
		if (!extracted && e[j + 1]?.[0]?.type === 'credit') continue;
		const headed = gap.slice(0, -2).some((x) => x.type === 'heading');
		const trial = e.map((g, k) => (k === j ? g.slice(0, -1) : g));
		if ((!headed || (!extracted && !/[？?]$/u.test(last.group.headline))) && cost(trial, b) > cost(e, b)) continue;
		const opening = asParagraph(last, true);
		const opened = { ...b[j], paragraphs: [opening, ...b[j].paragraphs] };
		carry([b[j]], opened);
		b = b.map((body, k) => (k === j ? opened : body));
		e = trial;
		if (!headed) note(b[j], `“${last.group.headline}”可能是标题而非小标题`);
	}
	return { bodies: b, elements: e, uncertain };
}

/**
 * Whether a body is a list of figures, not prose: three paragraphs or more, each of one line
 * that ends no sentence and holds a figure (`女子跳远：王芳（山阳队）6米66`, `●2.4万个 新增就业`;
 * a poem's lines hold none); with `verse`, lines with no figure count too (a poem).
 */
function listOnly(body: Draft, verse: boolean): boolean {
	return (
		body.paragraphs.length >= 3 &&
		body.paragraphs.every((p) => (verse ? p.lines.length === 1 && !endsSentence(p.text) : isFigureEntry(p)))
	);
}

/** Whether a paragraph is an entry of a list of figures: one line, a digit in it, no sentence's end. */
export function isFigureEntry(paragraph: Draft['paragraphs'][number]): boolean {
	return paragraph.lines.length === 1 && FIGURE.test(paragraph.text) && !endsSentence(paragraph.text);
}

/** Whether a body's last paragraph is a note signing it (`（本报记者 X）`, `（X采访整理）`, `——X`, `（王芳）`), after text of its own. */
function signedOff(body: Draft): boolean {
	const last = body.paragraphs.at(-1)?.text ?? '';
	return (
		body.paragraphs.length >= 2 &&
		((readNoteAuthors(last)?.length ?? 0) > 0 || (readClosingSignature(last)?.length ?? 0) > 0)
	);
}

/**
 * Whether body `j` is signed under its end, in a text dump: a byline (not a photo's credit) stands
 * first in the gap after it, under its last sentence, and a heading follows that byline in its gap
 * or the page ends there; or the body's last paragraph is its signature. A byline stands under its
 * headline, never over it, so that byline closes this body.
 */
function signedUnder(bodies: Draft[], elements: GapElement[][], j: number): boolean {
	if (signedOff(bodies[j])) return true;
	const gap = elements[j + 1] ?? [];
	const first = gap[0];
	const last = bodies[j].paragraphs.at(-1)?.lines.at(-1);
	if (first?.type !== 'byline' || first.unit.kind !== 'byline' || /摄/u.test(first.unit.text)) return false;
	if (last === undefined || !endsSentence(last.text)) return false;
	return j + 1 === bodies.length || gap.some((x) => x.type === 'heading');
}

/**
 * Whether a gap of bylines opens with a writer's name under an end mark (`■ 王芳`, `◆王芳`: no
 * role) set tight under the body's last line, which ends a sentence: the mark closes that text,
 * which is then signed, not an unsigned lead to run on into the next body. (A bare name there
 * may stand inside its text's span in an extraction's order.)
 */
function closedBySignature(body: Draft, gap: GapElement[]): boolean {
	const first = gap[0];
	const last = body.paragraphs.at(-1)?.lines.at(-1);
	if (first?.type !== 'byline' || first.unit.kind !== 'byline' || last === undefined) return false;
	const { byline, lines } = first.unit;
	return (
		/^[■◆]/u.test(lines[0].text) &&
		byline.authors.length > 0 &&
		!ROLE.test(byline.text) &&
		lines[0].number === last.number + 1 &&
		endsSentence(last.text)
	);
}

/** A body made only of an editor's note (`编者按：…`): a box at an article's head, with no dateline. */
function noteOnly(body: Draft): boolean {
	return /^编者按/u.test(body.paragraphs[0]?.text ?? '') && body.paragraphs.every((p) => !p.dateline);
}

/**
 * Whether a gap ends with a heading right under a column label (`【链接】` / `这些地方这样做` /
 * text): a label stands above a head block, so that heading is the body's own headline, and the
 * body is an item of its own, not an editor's note opening the item after it.
 */
function labelledHead(gap: GapElement[] | undefined): boolean {
	return gap !== undefined && gap.at(-1)?.type === 'heading' && gap.at(-2)?.type === 'label';
}

/**
 * Whether two bodies are set in columns of clearly different widths (by the lines their wrap
 * filled, two or more each): a 小标题 stands in its article's column, so text after it at another
 * width is another item's.
 */
function otherColumn(before: Draft, after: Draft): boolean {
	const [a, b] = [columnOf(before), columnOf(after)];
	return a !== undefined && b !== undefined && Math.abs(a - b) > Math.max(1.5, Math.max(a, b) / 12);
}

// Each body's column width, taken once: the segmentation asks it of the same bodies many times.
const columns = new WeakMap<Draft, number | undefined>();

/** The width of a body's column: the median of its lines that run on (not a paragraph's last). */
function columnOf(body: Draft): number | undefined {
	if (columns.has(body)) return columns.get(body);
	const column = medianRunOn(body);
	columns.set(body, column);
	return column;
}

function medianRunOn(body: Draft): number | undefined {
	const widths = body.paragraphs
		.flatMap((paragraph) => paragraph.lines.slice(0, -1).map((line) => line.width))
		.sort((x, y) => x - y);
	return widths.length >= 2 ? widths[Math.floor(widths.length / 2)] : undefined;
}

/** A heading printed after ■: a brief's headline (a line too long for a column label), never a 小标题. */
const SQUARE_HEAD = /^■/u;

/**
 * A heading that may stand inside an article: one line, no wider than the column (a 小标题 is set
 * in its column; a banner or a headline over a narrow column runs wider), no kicker or
 * subheadline, no list mark (● or ■).
 */
function isInnerCandidate(element: Extract<GapElement, { type: 'heading' }>): boolean {
	const { group } = element;
	return (
		group.lines.length === 1 &&
		!group.wide &&
		!group.kicker &&
		!group.subheadline &&
		!LIST_MARK.test(group.lines[0].text) &&
		!SQUARE_HEAD.test(group.lines[0].text) &&
		!hasDash(group.headline)
	);
}

function asParagraph(element: Extract<GapElement, { type: 'heading' }>, intertitle: boolean): Paragraph {
	return {
		kind: 'paragraph',
		lines: element.group.lines,
		text: element.group.headline,
		...(intertitle && { intertitle: true }),
	};
}

/** Bodies j-1 and j as one, the gap between them dropped (an inner paragraph put between them, if any). */
function merge(
	bodies: Draft[],
	elements: GapElement[][],
	j: number,
	inner?: Paragraph,
): { bodies: Draft[]; elements: GapElement[][] } {
	const [first, second] = [bodies[j - 1], bodies[j]];
	const joined: Draft = {
		...first,
		paragraphs: [...first.paragraphs, ...(inner ? [inner] : []), ...second.paragraphs],
	};
	const moved = inner ? [] : elements[j];
	return {
		bodies: [...bodies.slice(0, j - 1), joined, ...bodies.slice(j + 1)],
		elements: [...elements.slice(0, j - 1), [...elements[j - 1], ...moved], ...elements.slice(j + 1)],
	};
}
