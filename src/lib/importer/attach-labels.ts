import type { Unit } from './classify.ts';
import type { Draft, ItemKind } from './assemble-items.ts';
import type { GapElement } from './group-headings.ts';
import { readsAsSignature } from './detect-names.ts';

/**
 * Attaches section labels (`■评论`, `声音`) to items. A label stands before or after its item:
 * it goes forward when what follows it belongs to the next body (a byline, a headline set
 * before it, or the body itself), and backward otherwise (another label follows, or the
 * previous item's headline, or the page ends). A label after a photo covers the run of photos
 * before it, which is how a page groups its picture items under one label.
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
	elements.forEach((gap, j) =>
		gap.forEach((element, i) => {
			if (element.type !== 'label') return;
			const next = gap[i + 1];
			const before = j > 0 ? j - 1 : undefined;
			const after = j < bodies.length ? j : undefined;
			let body: number | undefined;
			const previous = gap[i - 1];
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
			// closes that item too, whatever follows.
			else if (
				element.unit.kind === 'label' &&
				element.unit.under &&
				previous?.type === 'heading' &&
				before !== undefined &&
				target.get(previous) === before
			)
				body = before;
			else if (closing) body = before ?? after;
			else if (next === undefined) body = after ?? before;
			else if (next.type === 'label') body = before ?? after;
			else body = target.has(next) ? (target.get(next) as number) : (before ?? after);
			// The item it points to has its label already: the label is its neighbour's, across the
			// gap (a column label over a list of briefs, under a signed commentary that has its own).
			const pointed = body;
			if (body !== undefined && bodies[body].section) {
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
