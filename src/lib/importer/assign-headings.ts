/** Where each heading of each gap goes: a body index, or -1 when no body takes it. */
export interface HeadingAssignment {
	targets: number[][];
	headless: number;
	excess: number;
}

/**
 * How headlines stand relative to their bodies on a page. `after`: a headline follows its body,
 * as PDF text extraction usually leaves it, and headlines stacked before bylined bodies map to
 * them in order. `before`: every headline precedes its body, as typed copy has it.
 */
export type Layout = 'after' | 'before';

/**
 * Assigns headings to bodies under both layouts and keeps the one that leaves fewer bodies
 * without a headline and fewer headings without a body (one spare heading is the page banner,
 * so it costs nothing). Ties go to `after`, the common shape of PDF dumps, unless the page opens
 * with a heading and has none after its last body.
 * `headings[j]` is the number of headings in the gap before body j (the last gap follows the
 * last body).
 * @example bestAssignment([0, 1], 1).targets // [[], [0]]
 */
export function bestAssignment(headings: number[], bodies: number): HeadingAssignment & { layout: Layout } {
	const after = assign(headings, bodies, 'after');
	const before = assign(headings, bodies, 'before');
	if (assignmentCost(before) < assignmentCost(after)) return { ...before, layout: 'before' };
	// A tie: a page that opens with a heading and ends on a body, with no heading after it, reads
	// top down (under `after`, the last body could only take a heading printed after it).
	const topDown = (headings[0] ?? 0) > 0 && (headings[bodies] ?? 0) === 0;
	return assignmentCost(before) === assignmentCost(after) && topDown
		? { ...before, layout: 'before' }
		: { ...after, layout: 'after' };
}

/** What an assignment leaves wrong: bodies without a headline, and spare headings beyond one (the banner). */
export function assignmentCost(a: HeadingAssignment): number {
	return a.headless + Math.max(0, a.excess - 1);
}

function assign(headings: number[], bodies: number, layout: Layout): HeadingAssignment {
	const has = (gap: number) => (headings[gap] ?? 0) > 0;
	const titled = new Array<boolean>(bodies).fill(false);
	const targets = headings.map((count) => new Array<number>(count).fill(-1));
	for (let gap = 0; gap <= bodies; gap++) {
		const count = headings[gap] ?? 0;
		let used = 0;
		// A body still without a headline takes the first heading after it.
		if (count > 0 && gap > 0 && !titled[gap - 1] && (layout === 'after' || gap === bodies)) {
			targets[gap][0] = gap - 1;
			titled[gap - 1] = true;
			used = 1;
		}
		if (gap === bodies || count === used) continue;
		// The rest go forward, in order, to the bodies that will get no headline of their own:
		// under `after`, those whose following gap holds none; under `before`, those up to the next
		// gap that holds one.
		let span = layout === 'after' ? 0 : 1;
		if (layout === 'after') while (gap + span < bodies && !has(gap + span + 1)) span++;
		else while (gap + span < bodies && !has(gap + span)) span++;
		const take = Math.min(span, count - used);
		for (let i = 0; i < take; i++) {
			targets[gap][count - take + i] = gap + i;
			titled[gap + i] = true;
		}
	}
	const excess = targets.flat().filter((t) => t === -1).length;
	return { targets, headless: titled.filter((t) => !t).length, excess };
}
