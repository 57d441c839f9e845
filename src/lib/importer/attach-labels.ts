import type { Unit } from './classify.ts';
import type { Draft, ItemKind } from './assemble-items.ts';
import type { GapElement } from './group-headings.ts';
import { readsAsSignature } from './detect-names.ts';

/**
 * Attaches section labels (`■评论`, `声音`) to items. A label stands before or after its item:
 * it goes forward when what follows it belongs to the next body (a byline, a headline set
 * before it, or the body itself), and backward otherwise (another label follows, or the
 * previous item's headline, or the page ends). A label after a photo covers the run of photos
 * before it, which is how a page groups its picture items under one label. Labels stacked over
 * headings stacked (an extraction's row of side-by-side heads) pair with them in order.
 * Returns the labels that found no free item. In a PDF extraction (`extracted`), a bare name standing
 * alone (`许平`) that finds no free item signs the unsigned item it points to instead: a column's
 * name is no person's, and the extraction sets a byline spread a word a line among other columns' lines.
 */
export function attachLabels(
	elements: GapElement[][],
	target: Map<GapElement, number>,
	bodies: Draft[],
	kinds: ItemKind[],
	extracted = false,
): Unit[] {
	const missed: Unit[] = [];
	// A page sets its labels one way: one after the last body and none before the first says its
	// labels close their items (`…正文` / `观潮`), so each goes to the body before it.
	const hasLabel = (gap: GapElement[] | undefined) => (gap ?? []).some((e) => e.type === 'label');
	const last = elements[bodies.length] ?? [];
	const closing =
		bodies.length > 1 && hasLabel(last) && last.every((e) => e.type === 'label') && !hasLabel(elements[0]);
	// A label after the last item's head (`…正文` / headline / `观潮`, or its signature) says the
	// page sets its labels after their items' heads: a label right under a headline that closes
	// the body before it is that item's, not the next one's.
	const lastBody = bodies.length - 1;
	const afterHead =
		bodies.length > 1 &&
		last.some(
			(e, i) =>
				e.type === 'label' &&
				i > 0 &&
				(last[i - 1].type === 'heading' || last[i - 1].type === 'byline') &&
				target.get(last[i - 1]) === lastBody,
		);
	elements.forEach((gap, j) =>
		gap.forEach((element, i) => {
			if (element.type !== 'label') return;
			const next = gap[i + 1];
			const before = j > 0 ? j - 1 : undefined;
			const after = j < bodies.length ? j : undefined;
			let body: number | undefined;
			const previous = gap[i - 1];
			const paired = pairedHead(gap, i, j, target);
			// A label right under a commentary's signature that closed the body before is that
			// item's: a label stands above a head block, never between a signature and its body.
			if (
				previous?.type === 'byline' &&
				previous.unit.kind === 'byline' &&
				previous.unit.byline.commentary &&
				before !== undefined &&
				target.get(previous) === before &&
				!headedBelow(gap, i)
			)
				body = before;
			// A label its head block set under a headline (`under`) that closes the body before it
			// closes that item too, whatever follows; so does any label right under such a headline
			// on a page whose labels follow their items' heads (`afterHead`).
			else if (
				((element.unit.kind === 'label' && element.unit.under) || afterHead) &&
				previous?.type === 'heading' &&
				before !== undefined &&
				target.get(previous) === before
			)
				body = before;
			else if (paired !== undefined) body = paired;
			else if (closing) body = before ?? after;
			else if (next === undefined) body = after ?? before;
			else if (next.type === 'label') body = before ?? after;
			else body = target.has(next) ? (target.get(next) as number) : (before ?? after);
			// The item it points to has its label already: the label is its neighbour's, across the
			// gap (a column label over a list of briefs, under a signed commentary that has its own).
			// A label paired with its head takes its item from a label copied over a group.
			const pointed = body;
			const own = paired !== undefined && bodies[paired].sectionCopied === true;
			if (body !== undefined && bodies[body].section && !own) {
				const other = body === before ? after : before;
				body = other !== undefined && !bodies[other].section ? other : undefined;
			}
			const unit = element.unit;
			if (
				body === undefined &&
				pointed !== undefined &&
				extracted &&
				unit.kind === 'label' &&
				unit.bare &&
				kinds[pointed] !== 'photo' &&
				bodies[pointed].bylines.length === 0 &&
				readsAsSignature(unit.text.replace(/\s/gu, '')) &&
				// An item whose own label is such a name is signed by that one.
				!readsAsSignature((bodies[pointed].section?.text ?? '').replace(/\s/gu, ''))
			) {
				const name = unit.text.replace(/\s/gu, '');
				const byline = { text: unit.text, authors: [name], commentary: false, bare: true };
				return void bodies[pointed].bylines.push({ kind: 'byline', lines: unit.lines, text: unit.text, byline });
			}
			if (body === undefined) return void missed.push(element.unit);
			bodies[body].section = element.unit;
			bodies[body].sectionCopied = false;
			// A copy: the label's text is placed once, on the item it stands next to.
			const copy = (k: number) => {
				bodies[k].section = element.unit;
				bodies[k].sectionCopied = true;
			};
			if (body === before && kinds[body] === 'photo') {
				for (let k = body - 1; k >= 0 && kinds[k] === 'photo' && !bodies[k].section; k--) copy(k);
			} else if (body >= j) {
				// A label over a group covers the group's items after the first: the photos of a
				// run without a title of their own, or a column of briefs.
				const photo = kinds[body] === 'photo';
				const brief = isBrief(bodies[body], kinds[body]);
				for (let k = body + 1; k < bodies.length && !bodies[k].section && !gapHolds(elements[k]); k++) {
					if (photo && (kinds[k] !== 'photo' || bodies[k].headline)) break;
					if (!photo && !(brief && isBrief(bodies[k], kinds[k]))) break;
					copy(k);
				}
			}
		}),
	);
	return missed;
}

/**
 * Labels stacked over headings stacked (`观潮` / `简讯` / headline / headline): an extraction that
 * read the heads of items set side by side row by row gives each label to the head in the same
 * place in its own stack. The body of the head paired with the label at `i`, when the run of
 * labels it stands in (two or more) is followed by at least as many headings of later bodies.
 */
function pairedHead(gap: GapElement[], i: number, j: number, target: Map<GapElement, number>): number | undefined {
	let start = i;
	while (start > 0 && gap[start - 1].type === 'label') start--;
	let end = i;
	while (gap[end + 1]?.type === 'label') end++;
	if (end === start) return undefined;
	// A name among them signs a text: no stack of column labels.
	for (const e of gap.slice(start, end + 1))
		if (e.type === 'label' && readsAsSignature(e.unit.text.replace(/\s/gu, ''))) return undefined;
	const bodies: number[] = [];
	for (const e of gap.slice(end + 1)) {
		if (e.type !== 'heading') break;
		const t = target.get(e);
		if (t !== undefined && t >= j && !bodies.includes(t)) bodies.push(t);
	}
	return bodies.length >= end - start + 1 ? bodies[i - start] : undefined;
}

/** A brief of a column of briefs (简讯): a headed one-paragraph article no byline signs. */
function isBrief(body: Draft, kind: ItemKind): boolean {
	return kind === 'article' && body.paragraphs.length === 1 && body.bylines.length === 0 && body.headline !== undefined;
}

/** Whether a gap between two items holds a label or a byline of its own, which ends a group. */
function gapHolds(gap: GapElement[] | undefined): boolean {
	return (gap ?? []).some((e) => e.type === 'label' || e.type === 'byline');
}

/**
 * Whether a head block stands under the label at `i`: a heading, then a byline of its own (a
 * letter's reader, a story's reporter) that goes with the body after the gap.
 */
function headedBelow(gap: GapElement[], i: number): boolean {
	return gap[i + 1]?.type === 'heading' && gap[i + 2]?.type === 'byline' && gap[i + 3] === undefined;
}
