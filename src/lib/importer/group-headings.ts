import type { Unit } from './classify.ts';
import type { Line } from './lines.ts';
import { namesItsReport, SERIES, wholeHeadlineOver } from './head-roles.ts';
import { signatureNames } from './detect-names.ts';
import { continuesHeading, endsWithDash, joinWrapped, startsWithDash } from './punctuation.ts';

/** A headline with the kicker (引题) above it and the subheadline (副题) below it, if printed. */
export interface HeadingGroup {
	headline: string;
	kicker?: string;
	subheadline?: string;
	lines: Line[];
	/** One line set wider than the column under it: a headline or banner, never a 小标题. */
	wide?: boolean;
	/** Two unmarked lines that may be a headline and its kicker or subheadline, not one wrapped headline. */
	guessed?: boolean;
}

/** What stands between two bodies of text: headlines, labels, bylines, credits, in order. */
export type GapElement = { type: 'heading'; group: HeadingGroup } | { type: 'label' | 'byline' | 'credit'; unit: Unit };

/**
 * Turns the units between two bodies into gap elements, joining what belongs to one headline:
 * the parts of a headline wrapped over lines with a blank line inside (`守护好群众的` + `钱袋子`),
 * a kicker ending in —— above it, a subheadline starting with —— below it.
 */
export function groupGap(units: Unit[], opensStory = false, signedBelow = false): GapElement[] {
	const out: GapElement[] = [];
	let kickerAbove = false;
	for (const unit of units) {
		const previous = out.at(-1);
		const group = previous?.type === 'heading' ? previous.group : undefined;
		// A bare label under a heading may be its wrapped tail, unless its head block set it apart (`under`).
		const isHeadingText =
			unit.kind === 'heading' || (unit.kind === 'label' && unit.bare && !unit.under && group !== undefined);
		if (!isHeadingText) {
			if (kickerAbove) kickerUnderHeadline(out);
			out.push({ type: unit.kind as 'label' | 'byline' | 'credit', unit });
			kickerAbove = false;
			continue;
		}
		const before = out.at(-2);
		if (
			group &&
			kickerAbove &&
			(startsWithDash(unit.text) || (unit.kind === 'heading' && unit.role === 'subheadline')) &&
			before?.type === 'heading' &&
			before.group.kicker === undefined &&
			before.group.subheadline === undefined
		) {
			// A kicker with a subheadline under it, no headline between: the kicker was printed under
			// the headline before it (`某某热起来` / `一线调研——` / `——某某覆盖城乡`).
			before.group.kicker = group.headline;
			before.group.subheadline = unit.text;
			before.group.lines.push(...group.lines, ...unit.lines);
			out.pop();
			kickerAbove = false;
			continue;
		}
		if (group && kickerAbove) {
			// The previous heading ended in ——: it was the kicker of this one.
			group.kicker = group.headline;
			group.headline = unit.text;
			const [first, second] = unit.lines;
			if (
				unit.kind === 'heading' &&
				unit.lines.length === 2 &&
				wholeHeadlineOver(first, second) &&
				Math.abs(first.width - second.width) <= 1
			) {
				group.headline = first.text;
				group.subheadline = second.text;
			}
			group.lines.push(...unit.lines);
			kickerAbove = false;
			continue;
		}
		const role = unit.kind === 'heading' ? unit.role : undefined;
		if (
			group &&
			(startsWithDash(unit.text) || role === 'subheadline' || (role === undefined && reportNamedUnder(group, unit)))
		) {
			group.subheadline = group.subheadline ? joinWrapped(group.subheadline, unit.text) : unit.text;
			group.lines.push(...unit.lines);
			continue;
		}
		const last = group?.subheadline ?? group?.headline;
		// A kicker opens a head block: it never runs on from the heading before it.
		const continues =
			role !== 'kicker' &&
			!endsWithDash(unit.text) &&
			(continuesHeading(last ?? '', unit.text) || (group && (cutByWrap(group, unit) || wrappedTail(group, unit))));
		if (group && last !== undefined && continues) {
			if (group.subheadline) group.subheadline = joinWrapped(group.subheadline, unit.text);
			else group.headline = joinWrapped(group.headline, unit.text);
			group.lines.push(...unit.lines);
			continue;
		}
		if (unit.kind === 'label') {
			out.push({ type: 'label', unit });
			continue;
		}
		const wide = unit.kind === 'heading' && unit.wide;
		const guessed = unit.kind === 'heading' && unit.guessed;
		out.push({
			type: 'heading',
			group: { headline: unit.text, lines: [...unit.lines], ...(wide && { wide }), ...(guessed && { guessed }) },
		});
		kickerAbove = endsWithDash(unit.text) || role === 'kicker';
	}
	if (kickerAbove) kickerUnderHeadline(out);
	// Signatures first: a short headline right over a name is that item's headline, not a label.
	return labelsBesideHeadings(signaturesUnderHeadings(out, signedBelow), opensStory);
}

/**
 * A line of its own right under a headline with no subheadline, naming the report it heads
 * (`记某村种粮大户张三`, `某区基层治理调查`, `…纪实`: `namesItsReport`), six characters or more (a column's
 * label, `一线调查`, is shorter) and not a reporter's (`记者…`): the subheadline printed without
 * its ——, even a blank line under the headline, not the next item's headline (a headline says what
 * happened, not what kind of report tells it).
 */
function reportNamedUnder(group: HeadingGroup, unit: Unit): boolean {
	return (
		group.subheadline === undefined &&
		unit.lines.length === 1 &&
		[...unit.text].length >= 6 &&
		!unit.text.startsWith('记者') &&
		namesItsReport(group.lines.at(-1) as Line, unit.lines[0])
	);
}

/**
 * A kicker (ending in ——, or naming its series: `走基层·看变化`) that heads nothing, set tight under
 * a headline with no kicker of its own: the kicker of that headline, printed under it (`村路变通途` /
 * `记者蹲点——` / `本报记者…`).
 * It joins that head block.
 */
function kickerUnderHeadline(out: GapElement[]): void {
	const [above, kicker] = [out.at(-2), out.at(-1)];
	if (above?.type !== 'heading' || kicker?.type !== 'heading') return;
	const { group } = kicker;
	if (group.kicker || group.subheadline || above.group.kicker) return;
	if (!endsWithDash(group.headline) && !SERIES.test(group.headline)) return;
	if ((above.group.lines.at(-1) as Line).number + 1 !== group.lines[0].number) return;
	above.group.kicker = group.headline;
	above.group.lines.push(...group.lines);
	out.pop();
}

/**
 * A bare label that reads as a person's name (`袁亚英`), standing last in its gap right under a
 * heading, is the signature of the body after it: a column label stands above a head block, a
 * signature between the headline and the text it signs. A name of any surname (`巴特尔`) signs
 * when the body after it ends in a note on its writer (`signedBelow`: `（作者为某大学教授）`).
 */
function signaturesUnderHeadings(elements: GapElement[], signedBelow: boolean): GapElement[] {
	const last = elements.at(-1);
	if (last?.type !== 'label' || last.unit.kind !== 'label') return elements;
	const above = elements.at(-2);
	// A name under a label's mark set tight under a headline (`把好事办到群众心坎上` / `■周立新`): a
	// column label stands above a head block, never inside it, so the mark signs the text as ◎ does.
	if (
		!last.unit.bare &&
		above?.type === 'heading' &&
		(above.group.lines.at(-1) as Line).number + 1 === last.unit.lines[0].number
	) {
		const { lines, text } = last.unit;
		const authors = signatureNames(text);
		if (authors === undefined) return elements;
		const byline: Unit = { kind: 'byline', lines, text, byline: { text, authors, commentary: true } };
		return [...elements.slice(0, -1), { type: 'byline', unit: byline }];
	}
	const underHeading = above?.type === 'heading' && signatureNames(last.unit.text) !== undefined;
	if (!underHeading && !signedBelow) return elements;
	// Set tight under the headline (no blank line), the name is part of its head block: it says
	// which way the head goes, as a byline does.
	const tight =
		above?.type === 'heading' && (above.group.lines.at(-1) as Line).number + 1 === last.unit.lines[0].number;
	return lastNameAsSignature(elements, 2, 4, true, !tight);
}

/**
 * Makes a bare label standing last in a gap (right above the next body) that reads as people's
 * names that body's signature, where other evidence says it signs: names of a common surname
 * (`乔 毅`, `王芳　李强`: readsAsSignature), or one name of any surname and `shortest` to
 * `longest` characters (`巴特尔`). Such a name signs a commentary unless `commentary` is false.
 */
export function lastNameAsSignature(
	elements: GapElement[],
	shortest = 2,
	longest = 4,
	commentary = true,
	bare = true,
): GapElement[] {
	const last = elements.at(-1);
	if (last?.type !== 'label' || last.unit.kind !== 'label' || !last.unit.bare) return elements;
	const { lines, text } = last.unit;
	const names =
		signatureNames(text) ??
		signatureNames(
			text,
			(name) => name.length >= shortest && name.length <= longest && /^\p{Script=Han}+$/u.test(name),
		);
	if (names === undefined || (names.length > 1 && signatureNames(text) === undefined)) return elements;
	const byline: Unit = {
		kind: 'byline',
		lines,
		text,
		byline: { text, authors: names, commentary, ...(bare && { bare }) },
	};
	return [...elements.slice(0, -1), { type: 'byline', unit: byline }];
}

/**
 * A one-line heading of two to four Han characters set right above another heading or a label, or
 * between a headline and a byline or a story opened by its dateline, is a column label without its mark (`乡村振兴` over a head
 * block, or under the headline of the item it closes): a headline that short is rare, and labels
 * stand at the edges of head blocks. Not right under a photo credit: there it is the title of the
 * photos above.
 */
function labelsBesideHeadings(elements: GapElement[], opensStory: boolean): GapElement[] {
	return elements.map((element, i) => {
		const next = elements[i + 1];
		const previous = elements[i - 1];
		// Under a headline, only with the next item's byline after it, or right over a story opened
		// by its dateline: a short heading right over other text may be a photo's title (金色麦浪
		// over its caption).
		const beside =
			next?.type === 'heading' ||
			next?.type === 'label' ||
			(previous?.type === 'heading' &&
				((next?.type === 'byline' && !(next.unit.kind === 'byline' && next.unit.byline.bare)) ||
					(next === undefined && opensStory)));
		// Right under a photo credit, a short heading is the photo's title (金色麦浪).
		if (element.type !== 'heading' || !beside || previous?.type === 'credit') return element;
		const { group } = element;
		if (group.kicker || group.subheadline || group.lines.length !== 1 || !/^\p{Script=Han}{2,4}$/u.test(group.headline))
			return element;
		return { type: 'label', unit: { kind: 'label', lines: group.lines, text: group.headline, bare: true } };
	});
}

/**
 * A headline wrapped over lines of one width whose last line is as full as the others was cut by
 * the wrap, not ended: a heading after it no wider than those lines, across a blank line, is its
 * tail (`…部认领了社区群` / `众`), where the wrap lost a line to the next column. Not a name (a
 * common surname) under lines of two widths: there the last line is the headline under its kicker.
 */
/**
 * Whether a heading of one or two Han characters is the wrapped tail of the head above it, set
 * tight under its last line (no blank line between): no headline stands on so short a line of its
 * own (a column label of two characters is set apart, or stands with its mark).
 */
function wrappedTail(group: HeadingGroup, unit: Unit): boolean {
	return (
		unit.kind === 'heading' &&
		/^\p{Script=Han}{1,2}$/u.test(unit.text) &&
		unit.lines.length === 1 &&
		unit.lines[0].number === (group.lines.at(-1) as Line).number + 1
	);
}

function cutByWrap(group: HeadingGroup, unit: Unit): boolean {
	const lines = group.lines.slice(group.kicker ? 1 : 0);
	if (group.subheadline || lines.length < 2 || unit.lines.length !== 1 || namesColumn(unit.text)) return false;
	const width = Math.max(...lines.map((line) => line.width));
	// A name (`以实干赢得口碑` / `秦红`) under lines of two widths (a kicker over its headline, not one
	// headline wrapped) is a signature, not a wrapped tail.
	if (unit.kind === 'label' && signatureNames(unit.text) && lines.some((line) => line.width < width - 0.5))
		return false;
	return (lines.at(-1) as Line).width >= width - 0.5 && unit.lines[0].width <= width;
}

// The words a column's name ends in, naming its genre (`简讯`, `相关阅读`, `金台随笔`, `记者手记`,
// `国际视点`): a phrase a wrap cut from a headline ends in no such word as a line of its own.
const COLUMN_WORD =
	/^\p{Script=Han}{0,3}(?:简讯|短讯|快讯|快览|速览|速递|简报|快报|阅读|链接|手记|随笔|走笔|观察|视点|时评|快评|论坛|纵横)$/u;

/**
 * Whether a heading of two to five Han characters names a column by its genre (`COLUMN_WORD`):
 * set apart from a headline by a blank line, it labels the item, it is no tail the wrap cut off.
 */
function namesColumn(text: string): boolean {
	return COLUMN_WORD.test(text);
}
