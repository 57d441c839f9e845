import type { Draft } from './assemble-items.ts';
import type { GapElement } from './group-headings.ts';
import type { Line } from './lines.ts';
import { readBracketSignOff } from './detect-byline.ts';
import { endsSentence } from './punctuation.ts';
import { isFigureEntry } from './inner-headings.ts';

type Paragraph = Draft['paragraphs'][number];

/**
 * Cuts a text dump's body in two where a story printed with its head under it (body, byline,
 * headline) follows, with no head of its own above it, right after another story: the two texts
 * ran on as one body, and the late head found no body to take it (`…见效。` / `` / text /
 * `` / `（王芳）` / `` / headline). The cut is tried only where the gap after the body opens with a
 * byline and a one-line heading right under it, and the body is signed already (reporters in
 * its dateline, or a byline over it): a story is signed once, so that byline signs a text of its
 * own, printed last in the body. The text is cut at the one paragraph break set apart by more
 * blank lines than the body's others (a story keeps its paragraph breaks alike, so that paragraph
 * opens the late story), or between its two paragraphs, under a line that ends a sentence. The cut is kept only when the
 * page then reads cheaper (`cost`: the heading assignment's cost of the whole page), so a late
 * head that a body takes already keeps its reading. Works in place on `bodies` and `elements`
 * (the gap before body j is `elements[j]`); the body cut keeps its object, the text after the
 * cut is a new body.
 */
export function splitLateHeads(
	bodies: Draft[],
	elements: GapElement[][],
	cost: (bodies: Draft[], elements: GapElement[][]) => number,
): void {
	let current: number | undefined;
	for (let j = 0; j < bodies.length; j++) {
		const body = bodies[j];
		const after = elements[j + 1];
		if (!after || !signedAbove(body, elements[j])) continue;
		// The late story's signature: a byline first in the gap after the body, or a sign-off in
		// brackets closing the body (`（王芳）`, a paragraph of its own), with the heading under it.
		const signOff = closingSignOff(body);
		const head = signOff ? after[0] : after[1];
		if (!(signOff || signsFirst(after)) || !oneLineHead(head)) continue;
		const cut = cutAt(signOff ? body.paragraphs.slice(0, -1) : body.paragraphs);
		if (cut === undefined) continue;
		const rest: Draft = { paragraphs: body.paragraphs.slice(cut), bylines: [] };
		const trialBodies = [
			...bodies.slice(0, j),
			{ ...body, paragraphs: body.paragraphs.slice(0, cut) },
			rest,
			...bodies.slice(j + 1),
		];
		const trialElements = [...elements.slice(0, j + 1), [], ...elements.slice(j + 1)];
		current ??= cost(bodies, elements);
		const split = cost(trialBodies, trialElements);
		if (split >= current) continue;
		current = split;
		body.paragraphs = body.paragraphs.slice(0, cut);
		bodies.splice(j + 1, 0, rest);
		elements.splice(j + 1, 0, []);
		j++;
	}
}

/** A gap opening with a byline that names someone (not a photo's credit). */
function signsFirst(gap: GapElement[]): boolean {
	const [first] = gap;
	return (
		first?.type === 'byline' &&
		first.unit.kind === 'byline' &&
		first.unit.byline.authors.length > 0 &&
		!/摄/u.test(first.unit.text)
	);
}

/** A heading of one line with no kicker. */
function oneLineHead(element: GapElement | undefined): boolean {
	return element?.type === 'heading' && element.group.lines.length === 1 && !element.group.kicker;
}

/** Whether a body closes on a sign-off in brackets, one line of its own (`（王芳）`), after text of its own. */
function closingSignOff(body: Draft): boolean {
	const last = body.paragraphs.at(-1);
	return (
		body.paragraphs.length >= 3 &&
		last !== undefined &&
		last.lines.length === 1 &&
		!last.dateline &&
		readBracketSignOff(last.text) !== undefined
	);
}

/**
 * Whether a body is signed before its text: reporters named in its dateline, or a byline under
 * a heading last in the gap over it (a head block's; a byline alone there may sign the text above).
 */
function signedAbove(body: Draft, before: GapElement[] | undefined): boolean {
	if ((body.paragraphs[0]?.dateline?.authors.length ?? 0) > 0) return true;
	return before?.at(-1)?.type === 'byline' && before.at(-2)?.type === 'heading';
}

/**
 * Where to cut a body's paragraphs: after the one break set apart by more blank lines than the
 * others (a story's text keeps its paragraph breaks alike), or, of two paragraphs, between them;
 * under a sentence's end, and not before a dateline (splitBodies cuts there already).
 */
function cutAt(paragraphs: Paragraph[]): number | undefined {
	if (paragraphs.length < 2) return undefined;
	const blanks = paragraphs.slice(1).map((p, k) => p.lines[0].number - (paragraphs[k].lines.at(-1) as Line).number - 1);
	const most = Math.max(...blanks);
	const k = blanks.indexOf(most);
	if (blanks.lastIndexOf(most) !== k) return undefined;
	if (!endsSentence(paragraphs[k].text) || paragraphs[k + 1].dateline) return undefined;
	return k + 1;
}

/**
 * Cuts a body whose text of sentences runs on into a list of figures (three one-line entries or
 * more, each with a digit and no sentence's end, closing the body: results, a figures box) under
 * the last sentence: the list is a box of its own, its head set elsewhere (`…锁定胜局。` /
 * `男子100米：某某（某队）12秒56` / … / `昨日赛果`). Works in place; the list becomes a body
 * with an empty gap before it.
 */
export function splitListTails(bodies: Draft[], elements: GapElement[][]): void {
	for (let j = 0; j < bodies.length; j++) {
		const { paragraphs } = bodies[j];
		let k = paragraphs.length;
		while (k > 0 && isFigureEntry(paragraphs[k - 1])) k--;
		if (k === 0 || paragraphs.length - k < 3 || !endsSentence(paragraphs[k - 1].text)) continue;
		bodies.splice(j + 1, 0, { paragraphs: paragraphs.slice(k), bylines: [] });
		bodies[j].paragraphs = paragraphs.slice(0, k);
		elements.splice(j + 1, 0, []);
		j++;
	}
}
