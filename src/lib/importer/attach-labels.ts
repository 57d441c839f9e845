import type { Unit } from './classify.ts';
import type { Draft, ItemKind } from './assemble-items.ts';
import type { GapElement } from './group-headings.ts';

/**
 * Attaches section labels (`■评论`, `声音`) to items. A label stands before or after its item:
 * it goes forward when what follows it belongs to the next body (a byline, a headline set
 * before it, or the body itself), and backward otherwise (another label follows, or the
 * previous item's headline, or the page ends). A label after a photo covers the run of photos
 * before it, which is how a page groups its picture items under one label.
 * Returns the labels that found no free item.
 */
export function attachLabels(
	elements: GapElement[][],
	target: Map<GapElement, number>,
	bodies: Draft[],
	kinds: ItemKind[],
): Unit[] {
	const missed: Unit[] = [];
	elements.forEach((gap, j) =>
		gap.forEach((element, i) => {
			if (element.type !== 'label') return;
			const next = gap[i + 1];
			const before = j > 0 ? j - 1 : undefined;
			const after = j < bodies.length ? j : undefined;
			let body: number | undefined;
			if (next === undefined) body = after ?? before;
			else if (next.type === 'label') body = before ?? after;
			else body = target.has(next) ? (target.get(next) as number) : (before ?? after);
			if (body === undefined || bodies[body].section) return void missed.push(element.unit);
			bodies[body].section = element.unit;
			if (body === before && kinds[body] === 'photo') {
				for (let k = body - 1; k >= 0 && kinds[k] === 'photo' && !bodies[k].section; k--) {
					bodies[k].section = element.unit;
					// A copy: the label's text is placed once, on the item it stands next to.
					bodies[k].sectionCopied = true;
				}
			}
		}),
	);
	return missed;
}
