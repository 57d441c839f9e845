/** Where each heading of each gap goes: a body index, or -1 when no body takes it. */
export interface HeadingAssignment {
	targets: number[][];
	/** Bodies left without a headline. */
	headless: number;
	/** Headings no body takes. */
	excess: number;
}

/**
 * How headlines stand relative to their bodies on a page, by majority. `after`: a headline
 * follows its body, as PDF text extraction usually leaves it. `before`: it precedes its body, as
 * typed copy has it. Each heading is placed on its own; this only summarises.
 */
export type Layout = 'after' | 'before';

/**
 * What the gap around a heading says about its direction: `forward` when it carries a kicker (an extraction's; a
 * head block), `byline` when a byline that opens the next body follows it (headline, byline,
 * body), `backward` when it follows a photo credit, or a commentary's ◎signature or a column
 * label follows it (the body before is its own). A `byline` hint weighs like `forward` but says
 * nothing of the page's order: a page of headlines under their bodies, each body opened by its
 * byline, shows the same sequence between two items. `tight` (an extraction's): the heading is
 * printed in one block with the body under it (no blank line between, none to the body above):
 * pdftotext sets a blank line where a block ends, so the heading belongs to the text under it.
 * Sent back to the body before or left spare, it costs more than a headless body and a spare heading.
 */
export type HeadingHint = 'forward' | 'byline' | 'tight' | 'backward' | undefined;

// The weights of the evidence, all below the cost of a body without a headline (1), so they only
// break ties between segmentations that leave the same bodies without headlines.
const HINT = 0.3;
// A spare heading the page banner can absorb still costs a little, so a reading that uses every
// heading wins a tie; a heading sent forward costs a trace, so that, all else equal, the common
// PDF order (headline after body) is read.
const SPARE = 0.05;
const FORWARD = 0.01;
// A page's items are mostly printed one way (a dump keeps its source's order): a heading with no
// evidence of its own placed against the page's order costs this, so it follows the rest.
const AGAINST = 0.2;
// A photo's caption may stand without a title (many photos print none): left without a headline
// it costs this, not a whole headless body.
const UNTITLED_PHOTO = 0.6;
// A text opening right under another story's sign-off, with no head between (a text dump's story
// closed by its writer's brackets): its head may stand anywhere, or nowhere the split can tell, so
// left without a headline it costs as an untitled photo does, and takes no neighbour's headline
// where that would leave another body without one.
const UNTITLED_AFTER_SIGN_OFF = 0.6;
// The last of stacked headings, set right over the byline of the body under it, sent to a photo
// after that body: more than a photo left untitled and a spare heading (the banner) together.
const STACKED_OVER_BYLINE = 0.7;
// A heading an extraction printed in one block with the body under it (`tight`), placed on the
// body before or left spare: more than a body left without a headline and a spare heading
// together, so the headings keep their blocks.
const TIGHT = 2;
// pdftotext reads a page top-down, so an extraction prints a story's head above its text: a
// heading placed on the body before its gap, with no evidence pointing back (a photo credit
// before it, a label under it), costs this more, above a body left without a headline.
const EXTRACTED_BACK = 1.1;
// A heading that cannot be the page's banner (`notBanner`), left spare, costs this more than
// SPARE: less than a body left without a headline, so it stays spare where nothing takes it.
const NOT_BANNER = 0.6;
// A spare heading past the first body, where the page's first gap opens with a heading shaped as
// a banner (`bannerOnTop`), costs this more than SPARE: the page has its banner already, so a
// heading in mid-page heads an item, not the page.
const MID_BANNER = 0.5;

/**
 * What placing heading `index` of gap `gap` on body `body` costs beyond the structure: how poorly
 * the heading's words fit that body's text (0 for a perfect fit or no evidence); body -1 is no
 * body (a spare heading).
 */
export type Fit = (gap: number, index: number, body: number) => number;

const noFit: Fit = () => 0;

/** A linked list, so that a state shares the tail it extends (no copying per state). */
type List<T> = { head: T; tail: List<T> } | undefined;

function* items<T>(list: List<T>): Generator<T> {
	for (let node = list; node; node = node.tail) yield node.head;
}

interface State {
	cost: number;
	/** Headings placed from this gap on: [gap, index in gap, body]. */
	picks: List<[number, number, number]>;
	headless: number;
	excess: number;
	/** Gaps where another choice cost the same. */
	ties: List<number>;
}

/** What `bestAssignment` weighs besides the counts; every field may be left out (no evidence). */
export interface AssignmentEvidence {
	/** Per gap, per heading: what its place says of the order (`forward`, `backward`, …). */
	hints?: HeadingHint[][];
	/** Bodies that need no headline (photos left untitled, notes). */
	untitled?: boolean[];
	/** How well a heading's words fit a body (0 best); none: no word evidence. */
	fit?: Fit;
	/** Bodies that are photos. */
	photos?: boolean[];
	/** Per gap, per heading: never the page banner. */
	notBanner?: boolean[][];
	/** A pdftotext dump: a heading sent back costs EXTRACTED_BACK more unless its evidence points back. */
	extracted?: boolean;
	/** Bodies opened under another story's sign-off. */
	afterSignOff?: boolean[];
	/** Bodies opened by a dateline with no heading printed between them and the body above (extractions). */
	opensStory?: boolean[];
	/** The page's first gap opens with a heading shaped as its banner (a text dump's). */
	bannerOnTop?: boolean;
}

/**
 * Assigns headings to bodies by scoring whole segmentations of the page (dynamic programming over
 * the gaps between bodies). Each body takes at most one heading: either the first heading of the
 * gap after it (headline under its body), or one from the run of headings stacked before it, which
 * map in order to the bodies that follow (stacked headlines). The cost counts bodies left without
 * a headline and headings left over (the first spare is the page banner and nearly free); `hints`
 * break ties. `headings[j]` is the number of headings in the gap before body j (the last gap
 * follows the last body). Returns the cheapest assignment, the majority layout and the gaps where
 * another reading cost the same (uncertain). The page's order (headline after or before body) is
 * what the hints say by majority, the page's edges counted (no heading over the first body, or
 * none under the last); with no majority, the cheaper of the two readings. In a pdftotext dump
 * (`extracted`), a heading sent back to the body before costs EXTRACTED_BACK more unless its own
 * evidence points back. A body marked in `afterSignOff` (opened under another story's sign-off)
 * left without a headline costs UNTITLED_AFTER_SIGN_OFF, not a whole headless body. In an
 * extraction, a body marked in `opensStory` (opened by a dateline, no heading printed between it and
 * the body above) takes a heading from the gap after it at EXTRACTED_BACK whatever that heading's
 * evidence: pdftotext printed its head above it, stacked with the heads of the bodies before.
 * Where the page's first gap opens with a heading shaped as its banner (`bannerOnTop`, a text dump's),
 * a heading spare as the banner past the first body costs MID_BANNER more.
 * @example bestAssignment([0, 1], 1).targets // [[], [0]]
 */
export function bestAssignment(
	headings: number[],
	bodies: number,
	evidence: AssignmentEvidence = {},
): HeadingAssignment & { layout: Layout; ties: number[]; cost: number } {
	const page: Required<AssignmentEvidence> = {
		hints: evidence.hints ?? [],
		untitled: evidence.untitled ?? [],
		fit: evidence.fit ?? noFit,
		photos: evidence.photos ?? [],
		notBanner: evidence.notBanner ?? [],
		extracted: evidence.extracted ?? false,
		afterSignOff: evidence.afterSignOff ?? [],
		opensStory: evidence.opensStory ?? [],
		bannerOnTop: evidence.bannerOnTop ?? false,
	};
	const { hints, untitled, photos } = page;
	// The page's order, by the evidence of its block order; with none either way, the cheaper reading.
	const votes = hints.flat();
	// The page's edges vote too: a first body with no heading above it, or a last with none under it.
	// A photo needs no title: a last body that is one, with none under it, outvotes no first body
	// left without a heading above it (a page of texts headed under them, a photo closing it).
	const photoLast = photos[bodies - 1] === true || untitled[bodies - 1] === true;
	const forward =
		votes.filter((h) => h === 'forward' || h === 'tight').length +
		Number(bodies > 0 && !headings[bodies] && !(photoLast && !headings[0]));
	const backward = votes.filter((h) => h === 'backward').length + Number(bodies > 0 && !headings[0]);
	const inOrder = (order: 'before' | 'after') => assignInOrder(headings, bodies, order, page);
	if (forward !== backward) return inOrder(forward > backward ? 'before' : 'after');
	const readings = (['after', 'before'] as const).map((order) => inOrder(order));
	return readings[1].cost < readings[0].cost ? readings[1] : readings[0];
}

/** The cheapest assignment when the page reads in `order`: a heading placed the other way costs AGAINST. */
function assignInOrder(
	headings: number[],
	bodies: number,
	order: Layout,
	evidence: Required<AssignmentEvidence>,
): HeadingAssignment & { layout: Layout; ties: number[]; cost: number } {
	const { hints, untitled, fit, photos, notBanner, extracted, afterSignOff, opensStory, bannerOnTop } = evidence;
	const againstBack = order === 'before' ? AGAINST : 0;
	const againstForward = order === 'after' ? AGAINST : 0;
	const memo = new Map<number, State>();
	const fitted = fit !== noFit;
	const hint = (j: number, i: number) => hints[j]?.[i];
	// At gap j: whether the body before it is titled, the queue of forward headings (gap, next
	// index, end) waiting for bodies, and whether the banner is taken.
	const solve = (j: number, titled: boolean, qGap: number, qNext: number, qEnd: number, banner: boolean): State => {
		const key = ((((j * 2 + Number(titled)) * 1024 + (j - qGap)) * 64 + qNext) * 64 + qEnd) * 2 + Number(banner);
		const known = memo.get(key);
		if (known) return known;
		const count = headings[j] ?? 0;
		let best: State | undefined;
		let second = Infinity;
		const consider = (option: State) => {
			if (best === undefined || option.cost < best.cost) {
				second = best?.cost ?? Infinity;
				best = option;
			} else second = Math.min(second, option.cost);
		};
		for (const back of j > 0 && !titled && count > 0 ? [false, true] : [false]) {
			const first = back ? 1 : 0;
			// The first forward heading may be a spare: a banner standing over a head block, or one
			// standing alone over the first body or between two bodies when the body after it shows
			// its own headline under it; anywhere, when the headlines' words weigh where they go.
			const lone =
				count - first === 1 && (j === 0 || fitted || (hint(j + 1, 0) === 'backward' && !pointsForward(hint(j, first))));
			for (const skip of count - first > 1 || lone ? [false, true] : [false]) {
				let cost = 0;
				let excess = 0;
				let headless = 0;
				let bannerTaken = banner;
				// A banner stands over the page's items, never under the last of them.
				const spare = (gap: number, index: number) => {
					excess++;
					const banner = !bannerTaken && gap < bodies;
					const below = banner && gap > 0 && bannerOnTop ? MID_BANNER : 0;
					cost += (banner ? SPARE + below + (notBanner[gap]?.[index] ? NOT_BANNER : 0) : 1) + fit(gap, index, -1);
					if (gap < bodies) bannerTaken = true;
				};
				const picks: [number, number, number][] = [];
				if (back) {
					picks.push([j, 0, j - 1]);
					cost += fit(j, 0, j - 1);
					// A story's opening (a dateline) under a gap of no heading had its head printed above,
					// stacked with the heads before: a label or credit after it points back in vain.
					if (extracted && (hint(j, 0) !== 'backward' || opensStory[j - 1])) cost += EXTRACTED_BACK;
					if (hint(j, 0) === 'tight') cost += TIGHT;
					else if (pointsForward(hint(j, 0))) cost += HINT;
					else if (hint(j, 0) === undefined) cost += againstBack;
				} else if (j > 0 && !titled && !untitled[j - 1]) {
					headless++;
					cost += photos[j - 1] ? UNTITLED_PHOTO : afterSignOff[j - 1] ? UNTITLED_AFTER_SIGN_OFF : 1;
				}
				let from = first;
				if (skip) {
					spare(j, from);
					if (hint(j, from) === 'tight') cost += TIGHT;
					else if (pointsForward(hint(j, from))) cost += HINT;
					from++;
				}
				let [nGap, nNext, nEnd] = [qGap, qNext, qEnd];
				if (from < count) {
					// New stacked headings replace a queue not used up: what is left of it is spare.
					for (let k = qNext; k < qEnd; k++) spare(qGap, k);
					[nGap, nNext, nEnd] = [j, from, count];
					for (let i = from; i < count; i++) {
						const evidence = hint(j, i);
						cost += FORWARD + (evidence === 'backward' ? HINT : evidence === undefined ? againstForward : 0);
					}
					// The last of stacked headings set right over the byline that opens the next body
					// heads that body, not a photo after it: a photo's title stands over no reporter's
					// byline (the heading above is the page's title, or spare).
					if (count - from > 1 && hint(j, count - 1) === 'byline' && photos[j + count - 1 - from])
						cost += STACKED_OVER_BYLINE;
				}
				if (j >= bodies) {
					for (let k = nNext; k < nEnd; k++) spare(nGap, k);
					consider({ cost, excess, headless, picks: prepend(picks, undefined), ties: undefined });
					continue;
				}
				// Body j takes the next queued heading, if any. A body that needs none (a later photo of
				// a group) passes the queue on; it may still take a heading under it (a group's title
				// set under its run), and costs nothing without one.
				const takes = nNext < nEnd && !untitled[j];
				if (takes) picks.push([nGap, nNext, j]);
				const taken = takes ? fit(nGap, nNext, j) : 0;
				const rest = solve(j + 1, takes, nGap, takes ? nNext + 1 : nNext, nEnd, bannerTaken);
				consider({
					cost: cost + taken + rest.cost,
					excess: excess + rest.excess,
					headless: headless + rest.headless,
					picks: prepend(picks, rest.picks),
					ties: rest.ties,
				});
			}
		}
		const chosen = best as State;
		const tie = second - chosen.cost < FORWARD / 2;
		const state = tie ? { ...chosen, ties: { head: j, tail: chosen.ties } } : chosen;
		memo.set(key, state);
		return state;
	};
	const result = solve(0, true, 0, 0, 0, false);
	const targets = headings.map((count) => new Array<number>(count).fill(-1));
	let back = 0;
	let count = 0;
	for (const [gap, index, body] of items(result.picks)) {
		count++;
		if (targets[gap] === undefined || index >= targets[gap].length) continue;
		targets[gap][index] = body;
		if (body === gap - 1) back++;
	}
	const forward = count - back;
	return {
		targets,
		headless: result.headless,
		excess: result.excess,
		layout: forward > back ? 'before' : 'after',
		ties: [...items(result.ties)],
		cost: result.cost,
	};
}

function pointsForward(hint: HeadingHint): boolean {
	return hint === 'forward' || hint === 'byline' || hint === 'tight';
}

function prepend<T>(values: T[], list: List<T>): List<T> {
	let out = list;
	for (let i = values.length - 1; i >= 0; i--) out = { head: values[i], tail: out };
	return out;
}

/** What an assignment leaves wrong: bodies without a headline, and spare headings beyond one (the banner). */
export function assignmentCost(a: HeadingAssignment): number {
	return a.headless + Math.max(0, a.excess - 1);
}
