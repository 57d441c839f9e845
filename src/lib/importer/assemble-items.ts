import { bestAssignment, type Fit, type HeadingHint } from './assign-headings.ts';
import { namesColumn, VERSE_LINE, type Unit } from './classify.ts';
import { groupGap, lastNameAsSignature, type GapElement, type HeadingGroup } from './group-headings.ts';
import { attachLabels } from './attach-labels.ts';
import { fitCosts, fitIsEvidence, fitScores, spareCost } from './headline-fit.ts';
import {
	readBracketSignOff,
	readClosingSignature,
	readInnerBracketAuthors,
	readNoteAuthors,
	readOpeningBracketAuthors,
	readTrailingNoteAuthors,
	WRITER_NOTE,
} from './detect-byline.ts';
import { creditsAllPictures, detectCredit } from './detect-credit.ts';
import { opensHeadBox } from './detect-head-box.ts';
import { ordinalOf } from './detect-intertitle.ts';
import { innerHeadings } from './inner-headings.ts';
import { splitLateHeads, splitListTails } from './late-heads.ts';
import { needsNoHeadline, titledApart, untitledBodies } from './later-figure.ts';
import type { Line } from './lines.ts';
import { LIST_MARK } from './marks.ts';
import { FIELD_REPORT } from './head-roles.ts';
import { endsSentence, endsWithDash, joinWrapped, startsWithDash } from './punctuation.ts';
import { INDENT } from './column-width.ts';
import { isFourCharacterName, readsAsSignature, ROLE, signatureNames } from './detect-names.ts';
import { lineSpan, type Warning } from './warnings.ts';

/** The kinds of item, as in the content schema. */
export type ItemKind = 'article' | 'commentary' | 'photo';

/** One item as parsed from the dump, before it is rendered to a file. */
export interface ParsedItem {
	headline: string;
	/** True when the dump held no headline for this item and `headline` is a placeholder. */
	headlineMissing: boolean;
	kicker?: string;
	subheadline?: string;
	byline?: string;
	authors: string[];
	section?: string;
	/** True when `section` was copied from a label placed on a neighbouring item of the group. */
	sectionCopied: boolean;
	kind: ItemKind;
	credit?: string;
	paragraphs: string[];
	/** Which of `paragraphs` are 小标题 (numbered intertitles inside the article), by index. */
	intertitles: number[];
	firstLine: number;
	lastLine: number;
	/**
	 * Why the split around this item is uncertain, when it is: another reading of the page cost the
	 * same. A stable code that review-reasons.ts words for editors (`heading-tie`: a heading that
	 * could head this item or its neighbour), or a reason already in Chinese (a line that could be
	 * a headline or an intertitle).
	 */
	uncertain?: string[];
}

/** A body of text with everything attached to it so far. */
export interface Draft {
	paragraphs: Extract<Unit, { kind: 'paragraph' }>[];
	headline?: HeadingGroup;
	bylines: Unit[];
	credit?: Unit;
	section?: Unit;
	/** The section label stands next to another item of a group and was copied here. */
	sectionCopied?: boolean;
	/** The body opens right under another story's sign-off (`closedBySignOff`), with no head between. */
	afterSignOff?: boolean;
}

/** Written when the dump shows no headline for an item; an editor replaces it. */
export const PLACEHOLDER_HEADLINE = '（无标题）';

/**
 * Builds items from classified units. Runs of paragraphs are the bodies; what stands between
 * them (headlines, bylines, credits, labels) is attached to the body before or after it by
 * structure: a byline directly before a body opens it, a credit directly after a caption closes
 * it, headlines go where `bestAssignment` puts them, labels where `attachLabels` does.
 */
export function assemble(
	units: Unit[],
	extracted = false,
): { items: ParsedItem[]; banner?: HeadingGroup; warnings: Warning[] } {
	const split = captionsApart(
		numberedTailsBack(
			splitBodies(numberedHeadsBack(captionsBeforeCredits(pairFigureCredits(units, extracted)), extracted), extracted),
			extracted,
		),
		extracted,
	);
	const { bodies, elements, uncertain } = innerHeadings(
		split.bodies,
		split.gaps.map((gap, j) =>
			groupGap(
				gap,
				split.bodies[j]?.paragraphs[0]?.dateline !== undefined,
				WRITER_NOTE.test(split.bodies[j]?.paragraphs.at(-1)?.text ?? ''),
			),
		),
		extracted,
	);
	splitListTails(bodies, elements);
	if (!extracted) signTightUnderBodies(bodies, elements);
	else elements.forEach(unjoinSignedPair);
	if (!extracted)
		splitLateHeads(
			bodies,
			elements,
			(b, e) => assignHeadings(headingsOf(e), b, hintsOf(b, e, false), photoCaptions(b, e), false, e).cost,
		);
	const warnings: Warning[] = [];
	const target = new Map<GapElement, number>();
	const headings = headingsOf(elements);
	const { targets, layout, ties } = assignHeadings(
		headings,
		bodies,
		hintsOf(bodies, elements, extracted),
		photoCaptions(bodies, elements),
		extracted,
		elements,
	);
	if (extracted) {
		pairTightStacks(elements, headings, targets, bodies);
		spreadHeadStacks(elements, headings, targets, bodies);
		kickersOverLabels(elements, headings, targets, bodies);
		dashKickersOverBylines(elements, headings, targets);
	}
	fieldReportKickers(elements, headings, targets);
	let banner: HeadingGroup | undefined;
	const overPhotos = !extracted && titlesPhotoPage(headings, targets, bodies, elements);
	headings.forEach((gap, j) =>
		gap.forEach((element, i) => {
			let body = targets[j][i];
			if (element.type !== 'heading') return;
			if (overPhotos && j === 0 && i === 0) body = -1;
			// A spare heading of two to four Han characters is a column label without its mark
			// (乡村振兴): a banner or a headline is longer.
			if (body < 0 && isBareLabel(element.group)) {
				const { lines, headline } = element.group;
				elements[j][elements[j].indexOf(element)] = {
					type: 'label',
					unit: { kind: 'label', lines, text: headline, bare: true },
				};
				return;
			}
			// A spare heading right under a headline that has a kicker but no subheadline is its
			// subheadline, printed without its ——: a head block, not a banner, sits above it.
			const above = i > 0 ? gap[i - 1] : undefined;
			if (
				body < 0 &&
				above?.type === 'heading' &&
				targets[j][i - 1] >= 0 &&
				above.group.kicker &&
				!above.group.subheadline &&
				element.group.lines.length === 1 &&
				!element.group.kicker &&
				elements[j].indexOf(above) === elements[j].indexOf(element) - 1 &&
				!(!extracted && apartFromTightHead(above.group.lines, element.group.lines))
			) {
				above.group.subheadline = element.group.headline;
				above.group.lines.push(...element.group.lines);
				elements[j].splice(elements[j].indexOf(element), 1);
				return;
			}
			// A spare head block whose kicker ends in ——, right above a headline with neither kicker
			// nor subheadline, is that item's head: a banner carries no kicker's mark, so the heading
			// under it is its subheadline printed without —— (`某某——` / `headline` / `plain line`). In a
			// text dump only: an extraction's stacked heads are not in the page's order.
			// The heading set right below this spare one, where that heading heads a body.
			const at = elements[j].indexOf(element);
			const next = gap[i + 1];
			const below =
				body < 0 && next?.type === 'heading' && targets[j][i + 1] >= 0 && elements[j][at + 1] === next
					? next
					: undefined;
			if (
				below &&
				!extracted &&
				element.group.kicker !== undefined &&
				endsWithDash(element.group.kicker) &&
				!element.group.subheadline &&
				!below.group.kicker &&
				!below.group.subheadline &&
				!below.group.wide &&
				below.group.lines.length === 1
			) {
				below.group.kicker = element.group.kicker;
				below.group.subheadline = below.group.headline;
				below.group.headline = element.group.headline;
				below.group.lines.unshift(...element.group.lines);
				elements[j].splice(at, 1);
				return;
			}
			// A spare heading right above a headline that has a subheadline but no kicker is its
			// kicker, printed without its —— (the mirror of the rule above). A banner over the
			// item's head block reads the same, so the item is marked for review.
			if (
				below &&
				!below.group.kicker &&
				!element.group.kicker &&
				!element.group.subheadline &&
				!element.group.wide &&
				element.group.lines.length === 1 &&
				below.group.subheadline &&
				!(!extracted && apartFromTightHead(below.group.lines, element.group.lines))
			) {
				below.group.kicker = element.group.headline;
				below.group.lines.unshift(...element.group.lines);
				elements[j].splice(at, 1);
				const owner = bodies[targets[j][i + 1]];
				uncertain.set(owner, [...(uncertain.get(owner) ?? []), 'kicker-or-banner']);
				return;
			}
			// A spare heading set tight right above a headline with no kicker (the line over it, the
			// block cut where a dateline follows) is that headline's first line: a head block's lines.
			if (
				below &&
				!extracted &&
				!below.group.kicker &&
				!element.group.kicker &&
				!element.group.subheadline &&
				element.group.lines.length === 1 &&
				below.group.lines.length === 1 &&
				below.group.lines[0].number === element.group.lines[0].number + 1 &&
				/^\p{Script=Han}{4,}$/u.test(element.group.headline) &&
				/^\p{Script=Han}{4,}$/u.test(below.group.headline) &&
				element.group.lines[0].width <= below.group.lines[0].width
			) {
				below.group.headline = element.group.headline + below.group.headline;
				below.group.lines.unshift(...element.group.lines);
				elements[j].splice(at, 1);
				return;
			}
			// A spare phrase one blank line over a one-phrase headline set tight over its byline, past the
			// page's first body: the headline's first phrase (`phrasesApart`).
			const signs = elements[j][at + 2];
			if (
				below &&
				!extracted &&
				j > 0 &&
				phrasesApart(element.group, below.group) &&
				signs?.type === 'byline' &&
				signs.unit.lines[0].number === (below.group.lines.at(-1) as Line).number + 1
			) {
				below.group.headline = `${element.group.headline} ${below.group.headline}`;
				below.group.lines.unshift(...element.group.lines);
				elements[j].splice(at, 1);
				return;
			}
			// In an extraction, the page's first heading, one phrase set a blank line over a headline
			// set tight over its byline or body, is that headline's kicker, not the page's banner; other
			// heads, each set apart, may stand between (`kickerOverTightHead`).
			if (body < 0 && extracted && !banner && j === 0 && elements[j].slice(0, at).every((e) => e.type === 'label')) {
				const head = kickerOverTightHead(elements[j], at, bodies[j]);
				if (head && targets[j][gap.indexOf(head)] >= 0) {
					head.group.kicker = element.group.headline;
					head.group.lines.unshift(...element.group.lines);
					elements[j].splice(at, 1);
					return;
				}
			}
			// In an extraction, the page's first head block, opening on a plain line set tight over a
			// kicker line ending in ——: that plain line is the page's banner, printed over the head.
			if (body >= 0 && extracted && !banner && j === 0 && elements[j].slice(0, at).every((e) => e.type === 'label'))
				banner = bannerOverKicker(element.group, warnings);
			if (body >= 0) {
				bodies[body].headline = element.group;
				if (element.group.guessed)
					uncertain.set(bodies[body], [...(uncertain.get(bodies[body]) ?? []), 'kicker-or-subheadline']);
				target.set(element, body);
			} else if (!banner && j < bodies.length) {
				// A banner stands over the page's items, never under the last of them.
				banner = element.group;
				warnings.push({
					code: 'banner',
					line: element.group.lines[0].number,
					message: `took "${element.group.headline}" as the page banner: it is a heading with no item of its own`,
				});
			} else
				unplaced(
					warnings,
					element.group.lines.map((l) => l.number),
					[element.group.kicker, element.group.headline, element.group.subheadline].filter(Boolean).join(' '),
					'a heading with no item',
				);
		}),
	);
	if (!extracted) namesApartUnderBodies(elements, bodies);
	if (!extracted) namesApartOverBodies(elements, bodies);
	if (extracted) namesTightUnderBodies(elements, bodies);
	const under = signsUnderBodies(elements, bodies.length);
	const over = signsOverBodies(elements, bodies.length);
	// There a bare name standing last over a body (`巴特尔`) is its signature, not a column label (a
	// writer's, as on a page of essays and poems, not a commentator's); a
	// column's name or a box's title runs to two or four characters (`链接`, `北疆风采`), so a name
	// of any surname read this way has three.
	// A photo's caption is not signed so: a short line over it is its title (`剪羊毛`).
	if (over)
		for (let j = 0; j < bodies.length; j++)
			if (elements[j + 1]?.[0]?.type !== 'credit') elements[j] = lastNameAsSignature(elements[j], 3, 3, false);
	const runs = extracted ? creditRuns(elements, bodies) : new Map<GapElement, number>();
	const photos = photoCaptions(bodies, elements);
	elements.forEach((gap, j) => {
		const lastHeading = gap.findLastIndex((e) => e.type === 'heading');
		const firstHeading = gap.findIndex((e) => e.type === 'heading');
		gap.forEach((element, i) => {
			const paired = runs.get(element);
			if (paired !== undefined && element.type === 'credit') {
				bodies[paired].credit = element.unit;
				target.set(element, paired);
				return;
			}
			if (element.type === 'byline') {
				// A story whose dateline names its reporters is signed there: no byline closes it.
				// In an extraction, a byline standing before the headings of its gap may give the name to a
				// body signed by a role alone (`本报评论员`, the name read out after the text).
				const first = firstHeading === -1 || i < firstHeading;
				const before =
					j > 0 && !namedBy(bodies[j - 1], extracted && first) && !namedInDateline(bodies[j - 1]) ? j - 1 : undefined;
				const after = j < bodies.length ? j : undefined;
				// A commentary's signature set right under a headline goes where that headline went, and a
				// byline of a stack where the headline of its rank went.
				const stacked = stackedByline(gap, i, target, bodies);
				if (stacked === NO_BODY)
					return unplaced(
						warnings,
						element.unit.lines.map((l) => l.number),
						element.unit.text,
						'a byline with no item',
					);
				const signed = (over ? undefined : signatureOf(gap, i, target, bodies, j)) ?? stacked;
				// A byline right under a headline that went to a later body than the next (head blocks
				// stacked in one gap, each headline with its byline, then their bodies in order) signs
				// that headline's body: a head block's byline stays with its headline. Only in a text
				// dump's own order: an extraction's order of head pieces proves no stack.
				const headed =
					signed === undefined
						? extracted
							? captionHeadBlock(gap, i, target, bodies, j, photos)
							: stackedHeadBlock(gap, i, target, bodies, j)
						: undefined;
				if (headed !== undefined) {
					bodies[headed].bylines.push(element.unit);
					target.set(element, headed);
					return;
				}
				// A byline right before a body opens it; one standing among headlines after a body
				// (◎ under a commentary's headline) closes the body before.
				let body =
					signed ?? (i > lastHeading ? (after ?? before) : layout === 'after' ? (before ?? after) : (after ?? before));
				// Another head block between this byline and the next body (a label and a heading after
				// it, or a heading with a byline of its own): the byline closes the body before, when
				// that body is unsigned or took the headline right above the byline; else it has no item.
				// Two bylines in a row after an unsigned body: the first signs the body it ends (a letter's
				// reader, a commentary's writer), the second opens the next.
				// On a page that signs its commentaries under their text, a signature standing before
				// the headings of its gap closes the body before.
				if (
					under &&
					before !== undefined &&
					element.unit.kind === 'byline' &&
					element.unit.byline.commentary &&
					(firstHeading === -1 || i < firstHeading)
				)
					body = before;
				// In a text dump's own order, a commentary's signature standing first in its gap, with
				// a heading or a photo's credit after it, closes the unsigned body above it: a head
				// block sets its signature under its headline, and a photo is signed by its credit.
				if (
					!extracted &&
					body === after &&
					before !== undefined &&
					i === 0 &&
					element.unit.kind === 'byline' &&
					element.unit.byline.commentary &&
					(firstHeading > i || gap.slice(i + 1).some((e) => e.type === 'credit'))
				)
					body = before;
				if (
					!extracted &&
					body === after &&
					before !== undefined &&
					(signsTightAbove(gap, i, bodies[before], firstHeading, photos[j]) ||
						// So does one with no heading after it, over a text that closes on its own signature
						// (`…办实。` / `本报记者 王芳` / `■简讯` / text / `（李强）`): a story is signed once.
						(after !== undefined &&
							signedInText(bodies[after]) &&
							signsTightAbove(gap, i, bodies[before], gap.length)) ||
						// So does one alone in its gap, tight under the text above and set apart by a blank
						// line from the text below (`…见效。` / `本报记者 王芳` / `` / text): a byline
						// opening a text is set tight over it or apart from both.
						(after !== undefined && gap.length === 1 && closesApartFromBelow(element, bodies[before], bodies[after])))
				)
					body = before;
				if (extracted && body === after && before !== undefined && closesAboveAlone(gap, i, bodies[before]))
					body = before;
				if (
					body === after &&
					before !== undefined &&
					gap[i + 1]?.type === 'byline' &&
					gap[i - 1]?.type !== 'byline' &&
					!gap.slice(0, i).some((e) => e.type === 'heading')
				)
					body = before;
				// In an extraction, a byline set tight under its headline with a column label right under
				// it (a label stands over a head block, never inside one) closes its head block: it stays
				// with its headline, wherever that went. pdftotext prints a box set beside a head block
				// right under that head block's byline.
				const own = extracted && gap[i + 1]?.type === 'label' ? ownHeadline(gap, i, target, bodies) : undefined;
				if (own !== undefined && own !== body && headBlockFollows(gap, i)) {
					bodies[own].bylines.push(element.unit);
					target.set(element, own);
					return;
				}
				if (
					body === after &&
					j > 0 &&
					headBlockFollows(gap, i) &&
					(extracted || after === undefined || !withItsHeadline(gap, i, target, after))
				) {
					const above = gap[i - 1];
					const earlier = before === undefined && extracted ? unsignedEarlier(gap, i, bodies, j) : undefined;
					if (earlier !== undefined) {
						bodies[earlier].bylines.push(element.unit);
						target.set(element, earlier);
						return;
					}
					if (before === undefined && !(above?.type === 'heading' && target.get(above) === j - 1))
						return unplaced(
							warnings,
							element.unit.lines.map((l) => l.number),
							element.unit.text,
							'a byline with no item',
						);
					body = j - 1;
				}
				// A commentary's signature never opens a reported story (a body opened by a dateline,
				// `本报讯（记者 X）…`): it signs the unsigned body before it. In an extraction, neither
				// does any byline open a story whose dateline names its reporters: a story is signed in
				// its head or in its dateline, not both.
				if (
					after !== undefined &&
					body === after &&
					before !== undefined &&
					element.unit.kind === 'byline' &&
					(element.unit.byline.commentary ||
						(extracted && (bodies[after].paragraphs[0]?.dateline?.authors.length ?? 0) > 0)) &&
					bodies[after].paragraphs[0]?.dateline
				)
					body = before;
				if (body === undefined)
					return unplaced(
						warnings,
						element.unit.lines.map((l) => l.number),
						element.unit.text,
						'a byline with no item',
					);
				bodies[body].bylines.push(element.unit);
				target.set(element, body);
			} else if (element.type === 'credit') {
				const before = j > 0 && !bodies[j - 1].credit ? j - 1 : undefined;
				// A credit closes a caption: it never stands before a reported story's opening
				// (`本报讯（记者 X）…`), where the extraction may print a photo's credit.
				const after = j < bodies.length && !bodies[j].credit && !bodies[j].paragraphs[0]?.dateline ? j : undefined;
				const forward =
					after !== undefined && creditAbove(gap, i, bodies[j - 1], bodies[j], elements[j + 1], extracted);
				let body = !forward && (firstHeading === -1 || i < firstHeading) ? (before ?? after) : (after ?? before);
				// In an extraction, a credit the caption before cannot take (closed already) is not the
				// next caption's when a credit of its own is set tight under that caption's last line:
				// taking it would shift every credit after it one caption on.
				if (
					extracted &&
					body === after &&
					before === undefined &&
					after !== undefined &&
					closedBelow(bodies[after], elements[after + 1])
				)
					body = undefined;
				const source = body === undefined && j > 0 ? sourceCreditGoesOn(bodies[j - 1].credit, element.unit) : undefined;
				if (source) {
					bodies[j - 1].credit = source;
					target.set(element, j - 1);
					return;
				}
				if (body === undefined)
					return unplaced(
						warnings,
						element.unit.lines.map((l) => l.number),
						element.unit.text,
						'a photo credit with no item',
					);
				bodies[body].credit = element.unit;
				target.set(element, body);
			}
		});
	});
	// A body left without a headline, with a bare label of 3 or more characters standing first
	// after it where its headline would be (headline after body): that is its headline, short as
	// photo titles are (剪羊毛), which the label rule took. Likewise a photo (a caption its credit
	// closes) left without a title, on a page of either order, from such a label standing last
	// right above it (`桥通了`, tried first where headlines stand before their bodies) or first
	// after it.
	const above = layout === 'before';
	if (above) bodies.forEach((body, j) => body.credit && titleFromLabel(body, elements[j] ?? [], 'last'));
	bodies.forEach((body, j) => {
		if (layout === 'after' || body.credit) titleFromLabel(body, elements[j + 1] ?? [], 'first', bodies[j + 1] ?? null);
	});
	if (!above) bodies.forEach((body, j) => body.credit && titleFromLabel(body, elements[j] ?? [], 'last'));
	if (!extracted) bodies.forEach((body, j) => titleOverByline(body, elements[j] ?? []));
	if (!extracted) bodies.forEach((body, j) => titleFromLabelOverText(body, elements[j] ?? []));
	signTextPastPhotos(bodies);
	if (extracted) headsPastPhotos(bodies, elements);
	const apart = titledApart(bodies, elements);
	labelPhotoRuns(bodies, apart);
	titlePhotoGroups(bodies, apart);
	bodies.forEach(signOffApart);
	if (extracted) {
		const labels = new Set(
			elements.flat().flatMap((e) => (e.type === 'label' ? [e.unit.text.replace(LABEL_MARKS, '')] : [])),
		);
		for (const body of bodies) stackedSignatures(body, warnings, labels);
	}
	const kinds = bodies.map((body) => kindOf(body));
	for (const miss of attachLabels(elements, target, bodies, kinds, extracted))
		unplaced(
			warnings,
			miss.lines.map((l) => l.number),
			miss.text,
			'a second section label for one item',
		);
	// Gaps where another placement of the headings cost the same: both neighbours are uncertain.
	for (const j of ties)
		for (const k of [j - 1, j])
			if (bodies[k] && headings[j].length > 0)
				uncertain.set(bodies[k], [...(uncertain.get(bodies[k]) ?? []), 'heading-tie']);
	const joined = extracted ? tailsBeforeCredits(bodies, kinds) : new Set<Draft>();
	answersJoined(bodies, kinds, joined);
	figureRunsJoined(bodies, kinds, joined);
	const kept = bodies.flatMap((body, i) => (joined.has(body) ? [] : [{ body, kind: kinds[i] }]));
	const items = kept.map(({ body, kind }) => {
		const item = toItem(body, kind, warnings, extracted);
		const reasons = uncertain.get(body);
		return reasons ? { ...item, uncertain: [...new Set(reasons)] } : item;
	});
	return { items, banner, warnings };
}

// The marks and brackets a column label is printed with (`■来论`, `【来论】`), and spaces.
const LABEL_MARKS = /[\s■□●◆▲◎【】[\]]/gu;

/**
 * In a pdftotext extraction, a body that took two writers' signatures or more, each a name alone on
 * a line of its own set apart by a blank line from the next (`◎王芳` / `` / `李强`), the last set tight
 * over a paragraph of the body (its first, or one after a line such as `（外一首）`): pdftotext stacked the signatures of items set side by side, and a
 * signature tight over a text signs that text alone. The others sign another item whose head this
 * body took too; they are left unplaced rather than name a second writer here.
 */
function stackedSignatures(body: Draft, warnings: Warning[], labels: Set<string>): void {
	const { bylines } = body;
	if (bylines.length < 2) return;
	const bare = bylines.every(
		(b) => b.kind === 'byline' && b.lines.length === 1 && b.byline.commentary && b.byline.authors.length === 1,
	);
	const apart = bylines.every(
		(b, k) => k === 0 || b.lines[0].number > (bylines[k - 1].lines.at(-1) as Line).number + 1,
	);
	const last = bylines.at(-1) as Unit;
	const under = (last.lines.at(-1) as Line).number + 1;
	if (!bare || !apart || !body.paragraphs.some((p) => p.lines[0]?.number === under)) return;
	// A column label of the page printed again over the text (`■来论` / head / `□王芳` / `来论` / text)
	// reads as a name alone but names no one: the signature before it signs the text.
	if (labels.has(last.text.replace(LABEL_MARKS, ''))) {
		unplaced(
			warnings,
			last.lines.map((l) => l.number),
			last.text,
			'a second section label for one item',
		);
		body.bylines = bylines.slice(0, -1);
		stackedSignatures(body, warnings, labels);
		return;
	}
	for (const other of bylines.slice(0, -1))
		unplaced(
			warnings,
			other.lines.map((l) => l.number),
			other.text,
			'a byline of another item',
		);
	body.bylines = [last];
}

// An interview's turn opening a paragraph: the question's or the answer's mark (`问：`, `答：`, `记者：`).
const INTERVIEW_TURN = /^(?:问|答|记者)[：:]/u;

/**
 * An interview's questions and answers (`问：…` / `答：…`) that the page or the extraction cut
 * off their article, left as a body of their own with nothing to head it: no headline, byline,
 * label, credit or dateline, its first paragraph a question or an answer. The interview goes on
 * there: the body joins the nearest earlier one whose paragraphs hold the interview's turns
 * (another item's piece may stand between). A story of its own opens with its head or its
 * dateline, not in mid-interview. `joined` gains the bodies emptied so; `kinds` is updated in place.
 */
function answersJoined(bodies: Draft[], kinds: ItemKind[], joined: Set<Draft>): void {
	bodies.forEach((body, j) => {
		const [first] = body.paragraphs;
		if (
			!first ||
			joined.has(body) ||
			body.headline ||
			body.bylines.length > 0 ||
			body.section ||
			body.credit ||
			first.dateline ||
			!INTERVIEW_TURN.test(first.text)
		)
			return;
		for (let k = j - 1; k >= 0; k--) {
			const before = bodies[k];
			if (joined.has(before) || !before.paragraphs.some((p) => INTERVIEW_TURN.test(p.text))) continue;
			before.paragraphs.push(...body.paragraphs);
			kinds[k] = kindOf(before);
			joined.add(body);
			return;
		}
	});
}

/**
 * A photo group's numbered captions that the extraction printed in two pieces with another item's
 * text between (`图①…` under the group's title, then `图②…` closed by the group's credit): the
 * later piece, untitled (no headline, byline, label or dateline), its captions numbered on from
 * the earlier piece's last (every paragraph of both a figure's caption, the numbers counting up
 * by one from ①), goes back to the earlier piece, which has no credit of its own: the credit
 * closes the whole group. Only where these are all the page's numbered captions (see
 * `figureRunsOn`). `joined` gains the bodies emptied so; `kinds` is updated in place.
 */
function figureRunsJoined(bodies: Draft[], kinds: ItemKind[], joined: Set<Draft>): void {
	const figures = bodies.reduce((n, body) => n + body.paragraphs.filter((p) => FIGURE.test(p.text)).length, 0);
	bodies.forEach((body, j) => {
		if (joined.has(body) || body.headline || body.bylines.length > 0 || body.section) return;
		for (let k = j - 1; k >= 0; k--) {
			const before = bodies[k];
			if (joined.has(before) || !FIGURE.test(before.paragraphs[0]?.text ?? '')) continue;
			const paragraphs = [...before.paragraphs, ...body.paragraphs];
			if (before.credit || paragraphs.length !== figures || !figureRunsOn(paragraphs)) return;
			before.paragraphs.push(...body.paragraphs);
			before.credit = body.credit;
			kinds[k] = kindOf(before);
			joined.add(body);
			return;
		}
	});
}

/** A caption's figure mark opening a paragraph: `图①：`, `图2：`, `（图为…）`, `上图：`. */
const FIGURE_MARK = /^(?:[（(]?图[①-⑳0-9一二三四五六七八九十为：:]|[上下左右中]图)/u;

/**
 * In a PDF extraction, the tail of a sentence that the extraction cut off its story and set right
 * before a photo's credit (`…学习贯彻《条` / `例》，要在真学上下功夫。` / `X 摄`) reads as an
 * untitled photo of its own. Such a "caption" is one paragraph with no headline, byline, label or
 * figure mark, that closes a sentence, right after a body whose last paragraph breaks off
 * mid-sentence (no closing mark, no dash, its last line the column's full width) and has no
 * credit: the tail goes back to that body,
 * joined to its last paragraph. The credit goes to the open body when it is a bare caption (one or
 * two paragraphs, no headline, byline or dateline), else to the nearest body above without one
 * that a figure mark opens (a caption, the open body itself first); with no such caption the split
 * stays.
 * Returns the bodies emptied so (their items are dropped); `kinds` is updated in place.
 */
function tailsBeforeCredits(bodies: Draft[], kinds: ItemKind[]): Set<Draft> {
	const joined = new Set<Draft>();
	for (let j = 1; j < bodies.length; j++) {
		const tail = bodies[j];
		const open = bodies[j - 1];
		const text = tail.paragraphs[0]?.text ?? '';
		const last = open.paragraphs.at(-1);
		if (
			!tail.credit ||
			tail.headline ||
			tail.bylines.length > 0 ||
			tail.section ||
			tail.paragraphs.length !== 1 ||
			tail.paragraphs[0].dateline ||
			FIGURE_MARK.test(text) ||
			!endsSentence(text) ||
			joined.has(open) ||
			open.credit ||
			!last ||
			last.intertitle ||
			endsSentence(last.text) ||
			/[。！？!?…）)」』”’]$/u.test(last.text) ||
			!fullLine(last.lines.at(-1), [...last.lines, ...tail.paragraphs[0].lines])
		)
			continue;
		// An open body of one or two bare paragraphs (no headline, byline or dateline) is the caption
		// itself, cut in two (`志愿者为老人测量血压。` / `“虽然…，` / `感谢…。” X 摄`).
		const bare =
			!open.headline && open.bylines.length === 0 && open.paragraphs.length <= 2 && !open.paragraphs[0].dateline;
		let photo = bare ? j - 1 : -1;
		for (let k = j - 1; k >= 0 && photo < 0; k--)
			if (!bodies[k].credit && !joined.has(bodies[k]) && FIGURE_MARK.test(bodies[k].paragraphs[0]?.text ?? ''))
				photo = k;
		if (photo < 0) continue;
		open.paragraphs[open.paragraphs.length - 1] = {
			...last,
			lines: [...last.lines, ...tail.paragraphs[0].lines],
			text: joinWrapped(last.text, text),
		};
		bodies[photo].credit = tail.credit;
		kinds[photo] = kindOf(bodies[photo]);
		kinds[j - 1] = kindOf(open);
		joined.add(tail);
	}
	return joined;
}

/**
 * True when `line` runs about the full width of its column, the widest of `lines` (at least
 * 85% of it: a line of full-width quotes reads wider): a wrap cut it, so the sentence goes on; a
 * short line ends its text.
 */
function fullLine(line: Line | undefined, lines: Line[]): boolean {
	return line !== undefined && line.width >= 0.85 * Math.max(...lines.map((l) => l.width));
}

/**
 * Credits that pdftotext printed in a run after the captions they close, also in a run (a row of
 * photos: their captions read first, then their credits): the credits opening a gap, two or more
 * in a row, close as many one-paragraph captions right before it, in order, when no credit or
 * byline stands between those captions (each still open) and no caption that no credit closes
 * follows the run. A credit set tight under the last caption closes it, and the others the
 * captions before, in order. Returns the caption's body by credit.
 */
function creditRuns(elements: GapElement[][], bodies: Draft[]): Map<GapElement, number> {
	const out = new Map<GapElement, number>();
	elements.forEach((gap, j) => {
		let run = 0;
		while (gap[run]?.type === 'credit') run++;
		if (run < 2) return;
		// The captions the run closes: the one-paragraph bodies right before it, back to one that a
		// credit or byline before it closes or heads (that one is the run's first).
		let open = 0;
		while (open < run && j - open - 1 >= 0 && bodies[j - open - 1].paragraphs.length === 1) {
			open++;
			if (elements[j - open].some((e) => e.type === 'credit' || e.type === 'byline')) break;
		}
		// More credits than captions open before the run (`④…` / `图⑤…` / `陆丹宏 摄` / `任建志 摄` /
		// `马海丹 摄` / `图⑥…`): the first close those captions, in order, and the rest are the
		// photos' after the run, set over their captions.
		if (open < run) {
			if (open < 2) return;
			const credits = gap.slice(0, open) as Extract<GapElement, { unit: Unit }>[];
			credits.forEach((credit, m) => out.set(credit, j - open + m));
			return;
		}
		// A caption after the run that no credit closes may be the photo the last credit stands over
		// (a credit set above its caption): then the run says nothing sure.
		const next = bodies[j];
		if (next && next.paragraphs.length === 1 && elements[j + 1]?.[0]?.type !== 'credit') return;
		const credits = gap.slice(0, run) as Extract<GapElement, { unit: Unit }>[];
		// A credit set tight under the last caption closes it; the rest close the captions before, in order.
		const tight = credits[0].unit.lines[0].number === (bodies[j - 1].paragraphs[0].lines.at(-1) as Line).number + 1;
		const order = tight ? [j - 1, ...Array.from({ length: run - 1 }, (_, m) => j - run + m)] : [];
		credits.forEach((credit, m) => out.set(credit, tight ? order[m] : j - run + m));
	});
	return out;
}

/**
 * A photo credit set over its photo's title and caption, as some pages print it (`王芳　摄` /
 * `雪后初晴` / `游客在…`): a blank line parts it from the text above, none from what follows it
 * down to the body after, and that body is closed by no credit of its own set tight under it.
 * So does one set tight under a story (over a title and caption, or alone over a caption under a
 * signed story).
 */
function creditAbove(
	gap: GapElement[],
	i: number,
	before: Draft | undefined,
	after: Draft,
	next: GapElement[] | undefined,
	extracted = false,
): boolean {
	const first = (e: GapElement) => (e.type === 'heading' ? e.group.lines : e.unit.lines)[0].number;
	const last = (e: GapElement) => ((e.type === 'heading' ? e.group.lines : e.unit.lines).at(-1) as Line).number;
	const above = i > 0 ? last(gap[i - 1]) : before?.paragraphs.at(-1)?.lines.at(-1)?.number;
	// Set tight under the text above, it stands over a title and caption when that text runs to
	// several paragraphs (a caption is one) and ends a sentence on its last line (nothing there
	// runs on into the credit), and the title tops one paragraph (see `creditOverTitle`).
	const overTitle =
		(before?.paragraphs.length ?? 0) >= 2 &&
		endsSentence(before?.paragraphs.at(-1)?.lines.at(-1)?.text ?? '') &&
		after.paragraphs.length === 1 &&
		gap.length === i + 2 &&
		gap[i + 1].type === 'heading';
	// Or it stands right over a one-paragraph caption, alone in its gap, under a signed story of
	// several paragraphs: a credit closes a caption, never a reporter's story.
	const overCaption =
		(before?.paragraphs.length ?? 0) >= 2 &&
		(before?.bylines.length ?? 0) > 0 &&
		endsSentence(before?.paragraphs.at(-1)?.lines.at(-1)?.text ?? '') &&
		after.paragraphs.length === 1 &&
		gap.length === i + 1;
	if (extracted && signedOverTitle(gap, i, before, after)) return !closedBelow(after, next);
	if (above !== undefined && above + 1 >= first(gap[i]) && !overTitle && !overCaption) return false;
	for (let k = i; k < gap.length; k++) {
		const below = k + 1 < gap.length ? first(gap[k + 1]) : after.paragraphs[0]?.lines[0]?.number;
		// In an extraction, one blank line may part a credit tight under the text from the title it
		// stands over (see `creditOverTitle`).
		const apart = extracted && overTitle && k === i && above !== undefined && above + 1 === first(gap[i]);
		if (below !== last(gap[k]) + 1 && !(apart && below === last(gap[k]) + 2)) return false;
	}
	const end = after.paragraphs.at(-1)?.lines.at(-1)?.number;
	const closing = next?.[0];
	return !(closing?.type === 'credit' && end !== undefined && first(closing) === end + 1);
}

/**
 * In a pdftotext extraction, whether a credit stands between a text closed by its signature and a
 * photo's title over its caption (`…就业。` / `◎王芳` / `` / `资料图片` / `` / `春耕正忙` / `近日，…。`):
 * the signature is set tight under the text's last sentence, which it closes, and the title tight
 * over a caption of one paragraph; a blank line at most parts the credit from each. The credit is
 * that photo's: a signed text ends on its signature.
 */
function signedOverTitle(gap: GapElement[], i: number, before: Draft | undefined, after: Draft): boolean {
	const sign = gap[i - 1];
	const title = gap[i + 1];
	const end = before?.paragraphs.at(-1)?.lines.at(-1);
	if (i !== 1 || gap.length !== 3 || sign?.type !== 'byline' || title?.type !== 'heading' || !end) return false;
	const credit = gap[i].type === 'heading' ? undefined : gap[i].unit;
	const caption = after.paragraphs[0]?.lines[0];
	if (!credit || !caption || after.paragraphs.length !== 1) return false;
	const signEnd = (sign.unit.lines.at(-1) as Line).number;
	const creditEnd = (credit.lines.at(-1) as Line).number;
	const titleEnd = (title.group.lines.at(-1) as Line).number;
	return (
		endsSentence(end.text) &&
		sign.unit.lines[0].number === end.number + 1 &&
		credit.lines[0].number - signEnd <= 2 &&
		title.group.lines[0].number - creditEnd <= 2 &&
		caption.number === titleEnd + 1
	);
}

/** Whether a caption is closed by a credit set tight under its last line (no blank line between). */
function closedBelow(body: Draft, next: GapElement[] | undefined): boolean {
	const end = body.paragraphs.at(-1)?.lines.at(-1)?.number;
	const closing = next?.[0];
	return closing?.type === 'credit' && end !== undefined && closing.unit.lines[0].number === end + 1;
}

/**
 * A photographer's credit that no caption takes (`梁娟摄`), after a caption whose credit names a
 * source and no photographer (`新华社发`): the one credit `新华社发　梁娟摄`, which the wrap or the
 * extraction cut at its space. Returns the credit joined, when the second is a name and 摄 alone
 * and the two read as one credit naming that photographer.
 */
function sourceCreditGoesOn(before: Unit | undefined, credit: Unit): Unit | undefined {
	if (before?.kind !== 'credit' || credit.kind !== 'credit') return undefined;
	if (before.credit.authors.length > 0 || credit.credit.authors.length === 0) return undefined;
	// Only a name and 摄: a credit with a role of its own (`本报记者 X 摄`) or a source of its own
	// (`X 摄（人民视觉）`) is whole.
	if (!/^\p{Script=Han}{2,4}\s*摄$/u.test(credit.text.trim())) return undefined;
	const text = `${before.text} ${credit.text}`;
	const joined = detectCredit(text);
	if (!joined || joined.authors.join('、') !== credit.credit.authors.join('、')) return undefined;
	return { kind: 'credit', lines: [...before.lines, ...credit.lines], text, credit: joined };
}

/** The bodies that are a photo's caption: one paragraph, closed by the credit that opens the gap after it. */
function photoCaptions(bodies: Draft[], elements: GapElement[][]): boolean[] {
	return bodies.map((body, j) => body.paragraphs.length === 1 && elements[j + 1]?.[0]?.type === 'credit');
}

/**
 * Whether the one heading over a text dump's first body heads the page, not that body: the body is
 * a photo's caption opening a run of three photos or more, each with a credit of its own (closing
 * its caption, or set right above it), and no heading titles any other photo of the run. A page of photos printed each
 * with its caption and credit, none titled, carries one title over them all (the page's banner,
 * `镜头里的家乡`); a title over the first photo alone would leave the others untitled where
 * they stand alike.
 */
function titlesPhotoPage(
	headings: GapElement[][],
	targets: number[][],
	bodies: Draft[],
	elements: GapElement[][],
): boolean {
	const photos = photoCaptions(bodies, elements);
	if (headings[0]?.length !== 1 || headings[0][0].type !== 'heading' || targets[0][0] !== 0) return false;
	// A caption closed by its credit, or set under it (the credit ends the gap above: `资料图片` / `图①：…`).
	const photo = (j: number) =>
		photos[j] || (bodies[j]?.paragraphs.length === 1 && elements[j]?.at(-1)?.type === 'credit');
	let run = 0;
	while (photo(run)) run++;
	if (run < 3) return false;
	return !targets.some((gap, j) => j > 0 && gap.some((body) => body > 0 && body < run));
}

/**
 * A spare heading set apart by a blank line from a head block whose parts are set tight (`一线见闻——`
 * / `快递进村…`, then a blank line, then another headline): a head block's parts are set alike, so
 * the spare is no part of it (a banner above, the next item's headline below). Not in a
 * pdftotext dump, which sets blank lines where the type changes.
 */
function apartFromTightHead(head: Line[], spare: Line[]): boolean {
	const tight = head.length >= 2 && head.every((line, i) => i === 0 || line.number === head[i - 1].number + 1);
	const [first, last] = spare[0].number < head[0].number ? [spare, head] : [head, spare];
	return tight && last[0].number > (first.at(-1) as Line).number + 1;
}

/**
 * A bare name set tight under a body's last line, which ends a sentence, with a head block after
 * it (`…摸得着。` / `周立新` / `` / headline): the signature closing that text (a commentary's or an
 * essay's), not the next item's column label. It reads as a person's name (a common surname:
 * `readsAsSignature`); a column's name set tight under a body (`简讯`) does not. In a text dump's
 * own order only, where the line under a body's last is the next line of print.
 */
function signTightUnderBodies(bodies: Draft[], elements: GapElement[][]): void {
	for (let j = 1; j < elements.length; j++) {
		const [first, next] = elements[j];
		if (first?.type !== 'label' || first.unit.kind !== 'label' || !first.unit.bare || next?.type !== 'heading')
			continue;
		const last = bodies[j - 1]?.paragraphs.at(-1)?.lines.at(-1) as Line | undefined;
		const { lines, text } = first.unit;
		if (last === undefined || lines.length !== 1 || last.number + 1 !== lines[0].number || !endsSentence(last.text))
			continue;
		const names = signatureNames(text);
		if (names?.length !== 1) continue;
		elements[j][0] = {
			type: 'byline',
			unit: { kind: 'byline', lines, text, byline: { text, authors: names, commentary: true, bare: true } },
		};
	}
}

/**
 * Whether a byline standing first in its gap signs the text above it, as a reporter's or writer's
 * byline set under the text does (`…的决心。` / `本报记者　王芳` / `` / headline): set under that
 * body's last line, which ends a sentence, tight or one or two blank lines apart (a dump that
 * sets its paragraphs or its items apart so), a heading after it, tight under it or apart (a dump
 * that sets no blank line between items), and that body signed nowhere else (no byline, no
 * reporters in its dateline). A byline stands under its headline, never over it: over a headline
 * it is the text above's. So it is over a photo's caption (`photo`: the body after the gap is one
 * paragraph closed by its credit), with no heading between: a photo is signed by its credit.
 */
function signsTightAbove(gap: GapElement[], i: number, body: Draft, firstHeading: number, photo = false): boolean {
	const element = gap[i];
	if (i !== 0 || element.type !== 'byline' || element.unit.kind !== 'byline') return false;
	if (firstHeading <= i && !(photo && firstHeading < 0)) return false;
	if (body.bylines.length > 0 || namedInDateline(body) || element.unit.byline.authors.length === 0) return false;
	const last = body.paragraphs.at(-1)?.lines.at(-1);
	return last !== undefined && endsSentence(last.text) && last.number + 3 >= element.unit.lines[0].number;
}

/**
 * Whether a byline alone between two texts closes the one above: set tight under its last line
 * (no blank line between), which ends a sentence, and a blank line or more over the first line
 * of the text below (`…见效。` / `本报记者 王芳` / `` / text), with that text above signed nowhere
 * else. A byline that opens a text sits tight over it, or apart from both texts alike.
 */
function closesApartFromBelow(element: GapElement, above: Draft, below: Draft): boolean {
	if (element.type !== 'byline' || element.unit.kind !== 'byline') return false;
	if (above.bylines.length > 0 || namedInDateline(above) || element.unit.byline.authors.length === 0) return false;
	const last = above.paragraphs.at(-1)?.lines.at(-1);
	const next = below.paragraphs[0]?.lines[0];
	const { lines } = element.unit;
	return (
		last !== undefined &&
		next !== undefined &&
		endsSentence(last.text) &&
		last.number + 1 === lines[0].number &&
		(lines.at(-1) as Line).number + 1 < next.number
	);
}

/**
 * Whether a byline standing first in its gap signs the text above it, in a pdftotext extraction:
 * set tight under that body's last line (no blank line between), which ends a sentence
 * (`…门口。` / `◎王芳` / `` / `责任编辑：…` / another text or a headline), and that body signed
 * nowhere else. A byline opening a text stands under its headline, not over it: one set tight
 * under a finished sentence closes the text it ends.
 */
function closesAboveAlone(gap: GapElement[], i: number, body: Draft): boolean {
	const element = gap[i];
	if (i !== 0 || element.type !== 'byline' || element.unit.kind !== 'byline') return false;
	// A byline naming a role alone (`本报评论员`) leaves the text unnamed: a writer's signature set under
	// it (a name alone, `◎王芳`) signs it; a reporter's byline does not sign a commentator's text.
	const unnamed = element.unit.byline.commentary ? !namedBy(body, true) : body.bylines.length === 0;
	if (!unnamed || namedInDateline(body) || element.unit.byline.authors.length === 0) return false;
	const last = body.paragraphs.at(-1)?.lines.at(-1);
	return (
		last !== undefined &&
		(endsSentence(last.text) || versesOnly(body)) &&
		last.number + 1 === element.unit.lines[0].number
	);
}

/**
 * Whether a body is a poem's lines, three or more, each a paragraph of one line of Han characters
 * and quotes: verse ends no sentence, and its last line closes the poem all the same.
 */
function versesOnly(body: Draft): boolean {
	return (
		body.paragraphs.length >= 3 &&
		body.paragraphs.every((p) => p.lines.length === 1 && !p.dateline && VERSE_LINE.test(p.text))
	);
}

/**
 * Whether a byline set tight under a headline (no blank line) goes with it: the segmentation gave
 * that headline the body after the gap (`新业态吸引年轻人` / `本报记者　王芳` / `` / `■走基层` /
 * `山村通了快递` / text): a head block's byline stays with its headline, when the head block after
 * it has no byline of its own.
 */
function withItsHeadline(gap: GapElement[], i: number, target: Map<GapElement, number>, body: number): boolean {
	const [above, element] = [gap[i - 1], gap[i]];
	if (above?.type !== 'heading' || element.type === 'heading' || target.get(above) !== body) return false;
	// A head block after it with a byline of its own would sign that body too.
	if (gap.slice(i + 1).some((e) => e.type === 'byline')) return false;
	return (above.group.lines.at(-1) as Line).number + 1 === element.unit.lines[0].number;
}

/**
 * The body of the headline set right above the byline at `i` (no blank line between), when that
 * body is signed nowhere else (no byline, no reporters in its dateline).
 */
function ownHeadline(
	gap: GapElement[],
	i: number,
	target: Map<GapElement, number>,
	bodies: Draft[],
): number | undefined {
	const [above, element] = [gap[i - 1], gap[i]];
	if (above?.type !== 'heading' || element.type === 'heading') return undefined;
	const body = target.get(above);
	if (body === undefined || bodies[body].bylines.length > 0 || namedInDateline(bodies[body])) return undefined;
	return (above.group.lines.at(-1) as Line).number + 1 === element.unit.lines[0].number ? body : undefined;
}

/**
 * In a pdftotext extraction, a person's name set alone tight under a text's last line (no blank
 * line between), which ends a sentence, first in its gap with a blank line under it (`…的结果。` /
 * `常志` / `` / label / headline), is that text's signature, not the next item's column label: a
 * name of a common surname (`signatureNames`) under a body signed nowhere else. pdftotext prints
 * a block's lines together; a label set over a head block stands apart from the text above it.
 */
function namesTightUnderBodies(elements: GapElement[][], bodies: Draft[]): void {
	elements.forEach((gap, j) => {
		const body = bodies[j - 1];
		const first = gap[0];
		if (body === undefined || first?.type !== 'label' || first.unit.kind !== 'label' || !first.unit.bare) return;
		const names = signatureNames(first.unit.text);
		const last = body.paragraphs.at(-1)?.lines.at(-1);
		const { lines, text } = first.unit;
		if (names === undefined || last === undefined || lines.length !== 1 || !endsSentence(last.text)) return;
		if (last.number + 1 !== lines[0].number || body.bylines.length > 0 || namedInDateline(body)) return;
		const after = gap[1];
		const next = after ? (after.type === 'heading' ? after.group.lines : after.unit.lines)[0].number : undefined;
		if (next !== undefined && next <= lines[0].number + 1) return;
		// Not a word of a byline or credit spread a word a line (`本报记者` / `王芳` / `通讯员` / `李强`):
		// what follows in the gap is a head block (a heading, or columns' labels over a heading or the
		// next text), or nothing.
		if (after && after.type !== 'heading' && !(after.type === 'label' && headedLabel(gap, 1))) return;
		gap[0] = {
			type: 'byline',
			unit: { kind: 'byline', lines, text, byline: { text, authors: names, commentary: true, bare: true } },
		};
	});
}

/**
 * Whether the labels from `i` of a gap on stand over a heading or over the next text (nothing but
 * labels after them): columns' labels, no byline's words (a role, a name).
 */
function headedLabel(gap: GapElement[], i: number): boolean {
	let k = i;
	while (gap[k]?.type === 'label') {
		const unit = (gap[k] as { unit: Unit }).unit;
		if (ROLE.test(unit.text.trim()) || signatureNames(unit.text) !== undefined) return false;
		k++;
	}
	return k === gap.length || gap[k]?.type === 'heading';
}

/**
 * On a page that signs its texts under them, a person's name set alone a blank line or two under
 * a text's last sentence, first in its gap (`…都说放心。` / `` / `周涛` / `` / headline), is that
 * text's signature, not the next item's column label: names of common surnames (`signatureNames`)
 * under a body signed nowhere else. The page signs under its texts when its last body has a
 * byline or such a name after it and nothing more (no head block follows the last text), or a
 * byline stands tight under the last sentence of a text in more gaps than one stands tight under a
 * headline. On any page, such a name set in deeper than every paragraph of the text above it opens
 * (`setInUnder`) signs that text. In a text dump's own order only.
 */
function namesApartUnderBodies(elements: GapElement[][], bodies: Draft[]): void {
	const nameOf = (e: GapElement | undefined) =>
		e?.type === 'label' && e.unit.kind === 'label' && e.unit.bare ? signatureNames(e.unit.text) : undefined;
	const signs = (e: GapElement | undefined) =>
		e?.type === 'byline' && e.unit.kind === 'byline' && !/摄/u.test(e.unit.text);
	const end = elements[bodies.length];
	const closing = end !== undefined && end.length > 0 && end.every((e) => signs(e) || nameOf(e) !== undefined);
	let under = 0;
	let over = 0;
	elements.forEach((gap, j) => {
		const last = bodies[j - 1]?.paragraphs.at(-1)?.lines.at(-1);
		const first = gap[0];
		if (
			signs(first) &&
			last !== undefined &&
			endsSentence(last.text) &&
			last.number + 1 === (first as { unit: Unit }).unit.lines[0].number
		)
			under++;
		gap.forEach((e, i) => {
			const above = gap[i - 1];
			if (
				signs(e) &&
				above?.type === 'heading' &&
				(above.group.lines.at(-1) as Line).number + 1 === (e as { unit: Unit }).unit.lines[0].number
			)
				over++;
		});
	});
	const pageSigns = closing || under > over;
	elements.forEach((gap, j) => {
		const body = bodies[j - 1];
		const names = nameOf(gap[0]);
		const last = body?.paragraphs.at(-1)?.lines.at(-1);
		if (names === undefined || last === undefined || !endsSentence(last.text)) return;
		if (!pageSigns && !setInUnder((gap[0] as { unit: Unit }).unit.lines[0], body, last)) return;
		if (body.bylines.length > 0 || namedInDateline(body)) return;
		const { lines, text } = (gap[0] as { unit: Unit }).unit;
		gap[0] = {
			type: 'byline',
			unit: { kind: 'byline', lines, text, byline: { text, authors: names, commentary: true, bare: true } },
		};
	});
}

/**
 * Whether a name's line stands set in deeper than every paragraph of the body above it opens, by
 * two em or more, a blank line or two under its last line: a signature set to the right under its
 * text, as a column label never is.
 */
function setInUnder(name: Line, body: Draft, last: Line): boolean {
	const indent = name.indent ?? 0;
	if (indent < 2 || name.number - last.number > 3) return false;
	return body.paragraphs.every((p) => (p.lines[0]?.indent ?? 0) < indent);
}

/**
 * A person's name set alone last in a gap, a blank line at most over the next body (`■记者手记` / `` /
 * `汪涛` / `` / text, the headline printed after the text), is that text's signature, not its column
 * label: names of common surnames (`signatureNames`) over a body of sentences or of verse (not a
 * photo's caption, not a table's rows) whose dateline names no reporter.
 * It does not close the text above: a label stands between them, or that text is signed already
 * (its dateline names its reporters, a byline stands in the gap before it, or a note on its writer
 * closes it). In a text dump's own order only.
 */
function namesApartOverBodies(elements: GapElement[][], bodies: Draft[]): void {
	const photos = photoCaptions(bodies, elements);
	for (let j = 1; j < bodies.length; j++) {
		const gap = elements[j];
		const name = gap.at(-1);
		if (name?.type !== 'label' || name.unit.kind !== 'label' || !name.unit.bare || name.unit.lines.length !== 1)
			continue;
		const first = bodies[j].paragraphs[0]?.lines[0];
		const names = signatureNames(name.unit.text);
		if (first === undefined || names === undefined || names.length === 0 || namedInDateline(bodies[j])) continue;
		// Over a text of sentences or of verse only: a photo's caption (closed by its credit) is signed
		// by the credit, and a short line over it is its title (`黄河谣`); one over a table's rows names it (`金牌榜`).
		const { paragraphs } = bodies[j];
		const verse = paragraphs.every((p) => p.lines.every((line) => /^[\p{Script=Han}“”‘’，、 ]{2,}$/u.test(line.text)));
		if (!(endsSentence(paragraphs[0].text) || verse) || photos[j]) continue;
		const { lines, text } = name.unit;
		if (lines[0].number + 2 < first.number) continue;
		const above = bodies[j - 1];
		const signedAbove =
			namedInDateline(above) ||
			WRITER_NOTE.test(above.paragraphs.at(-1)?.text ?? '') ||
			elements[j - 1].some((e) => e.type === 'byline');
		if (gap.length < 2 && !signedAbove) continue;
		gap[gap.length - 1] = {
			type: 'byline',
			unit: { kind: 'byline', lines, text, byline: { text, authors: names, commentary: true, bare: true } },
		};
	}
}

/**
 * Whether the page signs its commentaries under their text: the page ends in a signature
 * (`◎X`, a name alone) after its last body, with no heading after it, so that the signatures
 * standing first in the gaps before close the bodies above them too.
 */
function signsUnderBodies(elements: GapElement[][], bodies: number): boolean {
	const last = elements[bodies];
	return (
		bodies > 1 &&
		last !== undefined &&
		last.length > 0 &&
		last.every((e) => e.type === 'byline' && e.unit.kind === 'byline' && e.unit.byline.commentary)
	);
}

/**
 * Whether the page signs its texts above them, under headlines set after their bodies: the page
 * opens with a signature (not a photographer's) right above its first body, with no heading before it. There a
 * signature right under a headline opens the body after it.
 */
function signsOverBodies(elements: GapElement[][], bodies: number): boolean {
	const first = elements[0];
	const signature = first?.at(-1);
	if (bodies <= 1 || first === undefined || first.some((e) => e.type === 'heading')) return false;
	if (signature?.type === 'byline' && signature.unit.kind === 'byline') return !/摄/u.test(signature.unit.text);
	// A bare name of a common surname over the first body (`钟瑞`, under a column label), where a
	// later body has its byline standing last over it too (`◎邱浩娜` / text): signatures stand over
	// their texts there, the first one read as a label only by its shape.
	return (
		signature?.type === 'label' &&
		signature.unit.kind === 'label' &&
		signature.unit.bare === true &&
		signatureNames(signature.unit.text) !== undefined &&
		elements.some(
			(gap, j) =>
				j > 0 && j < bodies && gap.at(-1)?.type === 'byline' && !/摄/u.test((gap.at(-1) as { unit: Unit }).unit.text),
		)
	);
}

/**
 * Whether the page sets its photos' titles above them: a photo (one paragraph of caption, closed by
 * its credit) has a heading set tight over its caption (no blank line). A page sets its photo
 * titles alike, so a heading under another photo's credit is no title of that photo.
 */
function photoTitlesAbove(bodies: Draft[], elements: GapElement[][]): boolean {
	return bodies.some((body, j) => {
		const above = elements[j]?.at(-1);
		const first = body.paragraphs[0]?.lines[0]?.number;
		return (
			body.paragraphs.length === 1 &&
			elements[j + 1]?.[0]?.type === 'credit' &&
			above?.type === 'heading' &&
			first !== undefined &&
			(above.group.lines.at(-1) as Line).number + 1 === first
		);
	});
}

/** Whether a head's last line is the first line of `body`'s text (a run-in head split from it). */
function runsInto(lines: Line[], body: Draft | undefined): boolean {
	const first = body?.paragraphs[0]?.lines[0];
	return first !== undefined && first.number === (lines.at(-1) as Line).number;
}

/** The headings of each gap. */
function headingsOf(elements: GapElement[][]): GapElement[][] {
	return elements.map((gap) => gap.filter((e) => e.type === 'heading'));
}

/**
 * What the block order says of each heading's direction (`hintOf`, else `tightHint`). The blank
 * lines may outweigh a photo credit's sign in a text dump only: pdftotext sets blank lines where
 * the type changes.
 */
function hintsOf(bodies: Draft[], elements: GapElement[][], extracted: boolean): HeadingHint[][] {
	const titlesAbove = !extracted && photoTitlesAbove(bodies, elements);
	// Whether each gap opens its body with a byline under no headline of that body's own: none in
	// the gap, or only headings that head the body above (a body that prints its head under it).
	const headless: boolean[] = [];
	return elements.map((gap, j) => {
		const hints = hintsOfGap(gap, j);
		// The page's first body under no heading (of several) has its headline under it too, if any.
		const firstUnheaded = j === 0 && bodies.length > 1 && !gap.some((e) => e.type === 'heading');
		headless[j] = signedHeadless(gap) || signedUnderBackHeads(gap, hints) || firstUnheaded;
		return hints;
	});
	function hintsOfGap(gap: GapElement[], j: number): HeadingHint[] {
		return gap.flatMap((element, i) => {
			if (element.type !== 'heading') return [];
			// A head run on into the first line of the body under it (`splitRunInHeads`: the two share
			// the line) heads that body: a text dump printed them on one line.
			if (!extracted && i === gap.length - 1 && runsInto(element.group.lines, bodies[j])) return ['tight'];
			const tight = tightHint(gap, i, bodies[j - 1], bodies[j]);
			// Where the page's photo titles stand tight over their captions, a heading set apart
			// by a blank line from the body under it is set as no photo title is.
			const below = bodies[j]?.paragraphs[0]?.lines[0]?.number;
			const apart =
				titlesAbove &&
				i === gap.length - 1 &&
				below !== undefined &&
				below > (element.group.lines.at(-1) as Line).number + 1;
			const titledAbove = (j > 0 && elements[j - 1].some((e) => e.type === 'heading')) || apart;
			// In a text dump, nothing stands above the first gap: a label under a heading there closes no item.
			const top = j === 0 && !extracted;
			// An extraction's credit set over this heading (its photo's title, tight over the caption
			// under it) closes no body above: the title heads that caption.
			if (
				extracted &&
				tight === 'forward' &&
				gap[i - 1]?.type === 'credit' &&
				bodies[j] &&
				creditAbove(gap, i - 1, bodies[j - 1], bodies[j], elements[j + 1], true)
			)
				return ['tight'];
			const hint = hintOf(gap, i, bodies[j], titledAbove, extracted ? undefined : tight, top, extracted) ?? tight;
			// A body opened by its byline with no heading over it prints its headline under its
			// text: a heading over the next body's byline is that body's, set after it. A kicker still
			// makes a head block, which opens the body under it.
			// So does a body opened by its byline under headings that all went to the body above, and
			// the page's first body under no heading: its head stands under it, or nowhere.
			if (!extracted && i === 0 && hint === 'byline' && !element.group.kicker && headless[j - 1]) return ['backward'];
			// An extraction's heading printed in one block with the body under it heads that body.
			const block = tight === 'forward' || (hint === 'byline' && blockOver(gap, i, bodies[j]));
			return [extracted && block && hint !== 'backward' ? 'tight' : hint];
		});
	}
}

/**
 * Whether a gap's headings all point back to the body before it (`backward`) and a byline ends
 * it: the body under the gap is signed above its text, its own headline printed under it.
 */
function signedUnderBackHeads(gap: GapElement[], hints: HeadingHint[]): boolean {
	const last = gap.at(-1);
	if (hints.length === 0 || hints.some((h) => h !== 'backward')) return false;
	return last?.type === 'byline' && last.unit.kind === 'byline' && !/摄/u.test(last.unit.text);
}

/**
 * Whether the gap before a body opens it with a byline (the last element of the gap, no heading in
 * it): the body is signed above its text but has no headline there.
 */
function signedHeadless(gap: GapElement[] | undefined): boolean {
	const last = gap?.at(-1);
	if (!gap || gap.some((e) => e.type === 'heading' || e.type === 'label')) return false;
	return last?.type === 'byline' && last.unit.kind === 'byline' && !/摄/u.test(last.unit.text);
}

/**
 * Whether the heading at `i` stands in one block with the body after its gap through the bylines
 * under it: each line tight over the next (no blank line), the last byline tight over the body's
 * first line, nothing else between.
 */
function blockOver(gap: GapElement[], i: number, body: Draft | undefined): boolean {
	const element = gap[i];
	if (element.type !== 'heading') return false;
	let end = (element.group.lines.at(-1) as Line).number;
	for (const next of gap.slice(i + 1)) {
		if (next.type !== 'byline' || next.unit.kind !== 'byline' || next.unit.lines[0].number !== end + 1) return false;
		end = (next.unit.lines.at(-1) as Line).number;
	}
	return body?.paragraphs[0]?.lines[0]?.number === end + 1;
}

/**
 * Places the headings on bodies (`bestAssignment`), weighing, where the page's headlines speak of
 * their bodies, how well each headline's words fit each body (`headline-fit.ts`): read once by
 * the block order alone, the fit counts when most headlines so placed fit their own body better
 * than the one on their other side.
 */
function assignHeadings(
	headings: GapElement[][],
	bodies: Draft[],
	hints: HeadingHint[][],
	photos: boolean[],
	extracted: boolean,
	gaps: GapElement[][],
) {
	const counts = headings.map((h) => h.length);
	const untitled = untitledBodies(bodies, gaps);
	const afterSignOff = bodies.map((body) => body.afterSignOff === true);
	const notBanner = extracted ? [] : notBanners(headings, hints);
	// A body past the first that a dateline opens, with no heading printed between it and the body above.
	const opensStory = bodies.map(
		(body, j) => j > 0 && (headings[j]?.length ?? 0) === 0 && body.paragraphs[0]?.dateline !== undefined,
	);
	const bannerOnTop = !extracted && bannerShapedTop(headings[0] ?? [], hints[0] ?? []);
	const assign = (fit?: Fit) =>
		bestAssignment(counts, bodies.length, {
			hints,
			untitled,
			fit,
			photos,
			notBanner,
			extracted,
			afterSignOff,
			opensStory,
			bannerOnTop,
		});
	const index = headings.map(() => [] as number[]);
	const texts: string[] = [];
	headings.forEach((gap, j) =>
		gap.forEach((element) => {
			if (element.type !== 'heading') return;
			index[j].push(texts.length);
			const { kicker, headline, subheadline } = element.group;
			texts.push([kicker, headline, subheadline].filter(Boolean).join(''));
		}),
	);
	// Words are evidence only where two headlines or more fit one of two bodies or more (fitIsEvidence).
	if (texts.length < 2 || bodies.length < 2) return assign();
	const scores = fitScores(
		texts,
		bodies.map((body) => body.paragraphs.map((p) => p.text).join('')),
	);
	// A heading can head the body before its gap, or one of the bodies after it (stacked).
	const reach = headings.flatMap((gap, j) => gap.map((): [number, number] => [j - 1, j + gap.length - 1]));
	if (!fitIsEvidence(scores, reach)) return assign();
	const costs = fitCosts(scores);
	return assign((j, i, body) => (body >= 0 ? costs[index[j][i]][body] : spareCost(scores[index[j][i]])));
}

/**
 * Whether a text dump's first gap opens with a heading shaped as the page's banner: a plain line
 * (no kicker, no subheadline, no digit of a page header, nothing pointing it at the body) over
 * another heading, which heads the first body.
 */
function bannerShapedTop(gap: GapElement[], hints: HeadingHint[]): boolean {
	const first = gap[0];
	if (gap.length < 2 || first?.type !== 'heading' || hints[0] !== undefined) return false;
	const { kicker, subheadline, headline } = first.group;
	return !kicker && !subheadline && !/\p{Nd}/u.test(headline);
}

/**
 * A spare heading of one phrase set one blank line over a headline of one phrase, past the page's
 * first body (`菜园变花园` / a blank line / `小区换新颜`): the first phrase of a two-phrase headline
 * that the dump set a phrase to a line, with a blank line between, not a banner (a banner stands
 * over the page, before its first item) nor a kicker (a kicker is set tight over its headline).
 * Each phrase is three to eight Han characters with no mark, on a line of its own, and neither
 * heading has a kicker or subheadline; the caller asks too that a byline be set tight under the
 * second (the head block ends there, over the story it opens).
 */
function phrasesApart(spare: HeadingGroup, below: HeadingGroup): boolean {
	const phrase = (group: HeadingGroup) =>
		group.lines.length === 1 &&
		!group.kicker &&
		!group.subheadline &&
		!group.wide &&
		/^\p{Script=Han}{3,8}$/u.test(group.headline);
	return phrase(spare) && phrase(below) && below.lines[0].number === spare.lines[0].number + 2;
}

/**
 * The headings of a text dump that are no page banner: a head block with a kicker, anywhere (a
 * kicker heads an item); past the first body (a banner stands over the page, so a spare heading
 * there is the banner only for want of a better reading), a head block whose subheadline is printed
 * with its mark (——; a banner prints none), and a heading set after such a head block over the
 * byline that opens the next body (a banner signs no story; the gap holds head blocks, the first
 * the body's above, the last the body's below).
 */
function notBanners(headings: GapElement[][], hints: HeadingHint[][]): boolean[][] {
	const marked = (e: GapElement) => e.type === 'heading' && /^[\s\u3000]*——/u.test(e.group.subheadline ?? '');
	const kicked = (e: GapElement) => e.type === 'heading' && e.group.kicker !== undefined;
	return headings.map((gap, j) =>
		gap.map(
			(element, i) =>
				kicked(element) || (j > 0 && (marked(element) || (hints[j]?.[i] === 'byline' && gap.slice(0, i).some(marked)))),
		),
	);
}

/**
 * Which way the gap around a heading points: a column label right under it closes the item before
 * (labels stand above a head block, never inside it); a byline after it that opens the next body
 * makes it that body's head; a photo credit right before it makes it the title of the photo
 * before, unless the blank lines (`tight`, a text dump's) set it apart from the credit and tight
 * over the next body; a kicker makes a head block, and a list mark a brief's head.
 */
function hintOf(
	gap: GapElement[],
	i: number,
	body?: Draft,
	titledAbove = false,
	tight?: HeadingHint,
	top = false,
	extracted = false,
): HeadingHint {
	// A column label stands above its item's head block: one right under a heading closes the
	// item that heading ends (label after), it does not sit inside a head block. Above the first
	// body (`top`) there is no item to close: the label under the page's first heading is its
	// item's label printed after its head, and the heading reads on.
	// In an extraction (`labelBeside`), a label set apart under the last head of its gap may be
	// that head's own, printed after it: it says nothing of the order.
	if (gap[i + 1]?.type === 'label' && !top && !(extracted && labelBeside(gap, i))) return 'backward';
	let k = i + 1;
	while (gap[k]?.type === 'label') k++;
	const next = gap[k];
	if (next?.type === 'byline' && next.unit.kind === 'byline') {
		// A column label stands above a head block, not between its signature and its body: a
		// label after a commentary's signature closes the item before.
		// A body opened by a dateline is a reported article, never the commentary so signed.
		const last = k + 1 === gap.length && k === i + 1 && !body?.paragraphs[0].dateline;
		// A label under the byline, with another heading after it, ends this head block there: the
		// byline signs the heading above it, and the next head block heads the next body.
		if (headBlockFollows(gap, k) && gap[k + 1]?.type === 'label') return 'backward';
		// A name read as a signature by where it stands says nothing of the order.
		if (next.unit.byline.bare) return 'backward';
		if (!next.unit.byline.commentary || last) return 'byline';
		return 'backward';
	}
	// Unless the photo before has a heading set above it: then the photos' titles stand above them.
	// A heading set apart from the credit by a blank line and tight over the next body's first
	// line (a text dump's `tight`) heads that body: a photo's title is set close to its picture.
	if (gap[i - 1]?.type === 'credit' && !titledAbove && tight !== 'forward') return 'backward';
	// A kicker makes a head block: it heads an item, it is no banner; a list mark (●) heads the
	// brief set under it, as a column of briefs reads. In a text dump a kicker says only that
	// (`notBanners`), not which side: a dump prints a head block under its body as well as over it.
	const element = gap[i];
	if (
		element.type === 'heading' &&
		((element.group.kicker && extracted) || LIST_MARK.test(element.group.lines[0].text))
	)
		return 'forward';
	return undefined;
}

/**
 * Whether the label right under the heading at `i` of an extraction's gap may be that heading's
 * own column label printed after it: set apart from it (a blank line between) and no other
 * heading after it in the gap. pdftotext prints a label set beside or over a head block in a block
 * of its own, after the head as often as before; a label over the next head block has that head
 * after it, and one set tight under the heading was printed in one block with it, closing its item.
 */
function labelBeside(gap: GapElement[], i: number): boolean {
	const head = gap[i];
	const label = gap[i + 1];
	if (head.type !== 'heading' || label?.type !== 'label') return false;
	const tight = label.unit.lines[0].number === (head.group.lines.at(-1) as Line).number + 1;
	return !tight && !gap.slice(i + 1).some((e) => e.type === 'heading');
}

/**
 * A byline that opened a photo's caption (one paragraph its credit closes) signs the unsigned text
 * after the photo, or after the run of photos set there, and takes the headline set right above
 * it along when that text has none: the extraction set the photos between a head block and its
 * body, and a photo's authors are its photographers. A byline of a photo report (`…摄影报道`)
 * stays, and a story opened by its dateline signs itself.
 */
function signTextPastPhotos(bodies: Draft[]): void {
	bodies.forEach((body, j) => {
		// A caption is one paragraph: text of several that ends in a credit is an article with its photo.
		if (!body.credit || body.bylines.length === 0 || body.paragraphs.length !== 1) return;
		const opened = body.paragraphs[0]?.lines[0]?.number ?? 0;
		const signature = (b: Unit) =>
			b.kind === 'byline' && !/摄影?报道$|摄影$/u.test(b.text) && b.lines[0].number < opened;
		if (!body.bylines.every(signature)) return;
		// Past the run of photos the extraction set there, to the text it heads.
		let k = j + 1;
		while (bodies[k]?.credit && bodies[k].bylines.length === 0 && !bodies[k].headline) k++;
		const next = bodies[k];
		if (!next || next.credit || next.bylines.length > 0 || next.paragraphs[0]?.dateline) return;
		// The headline set right above the byline heads that text too.
		const signed = body.bylines[0].lines[0].number;
		const head = body.headline?.lines.at(-1)?.number;
		if (!next.headline && head !== undefined && head < signed && signed - head <= 2) {
			next.headline = body.headline;
			body.headline = undefined;
		}
		next.bylines.push(...body.bylines);
		body.bylines = [];
	});
}

/**
 * Whether another item's head block stands after the byline at `i` in its gap: a column label
 * followed by a heading or a byline (a label stands at the edge of a head block, never between a
 * byline and its body), or a heading followed by a byline of its own. A head block holds one byline, set
 * last (above its body) or right under its headline (headline after body).
 */
function headBlockFollows(gap: GapElement[], i: number): boolean {
	const rest = gap.slice(i + 1);
	const signs = (e: GapElement) => e.type === 'byline' && e.unit.kind === 'byline';
	// A label, then a byline of its own: the next item's head block (label before) or this one's
	// edge (label after), never inside one head block with this byline.
	const label = rest.findIndex((e) => e.type === 'label');
	if (label >= 0 && rest.slice(label + 1).some(signs) && !rest.slice(0, label).some(signs)) return true;
	const heading = rest.findIndex((e) => e.type === 'heading');
	if (heading < 0) return false;
	return rest.slice(0, heading).some((e) => e.type === 'label') || rest.slice(heading + 1).some(signs);
}

/**
 * The body a byline of a stack goes to: head blocks stacked in one gap (two headlines, then two
 * bylines, then the bodies) are printed in one order, so the bylines pair with the headlines set
 * right above them, first with first, when those headlines went to bodies of their own; a byline
 * whose headline went to no body is NO_BODY's.
 */
function stackedByline(
	gap: GapElement[],
	i: number,
	target: Map<GapElement, number>,
	bodies: Draft[],
): number | undefined {
	const signs = (e: GapElement | undefined) => e?.type === 'byline' && e.unit.kind === 'byline';
	let start = i;
	while (signs(gap[start - 1])) start--;
	let end = i;
	while (signs(gap[end + 1])) end++;
	const count = end - start + 1;
	if (count < 2 || start < count) return undefined;
	const heads = gap.slice(start - count, start);
	if (!heads.every((e) => e.type === 'heading')) return undefined;
	const bodiesOf = heads.map((e) => target.get(e) ?? -1);
	const placed = bodiesOf.filter((b) => b >= 0);
	if (placed.length === 0 || new Set(placed).size !== placed.length) return undefined;
	const body = bodiesOf[i - start];
	// The headline of its rank went to no body (taken for the banner): its byline signs none of
	// the bodies the other headlines went to.
	if (body < 0) return NO_BODY;
	return bodies[body].bylines.length === 0 ? body : undefined;
}

/**
 * The body of the headline set right above the byline at `i` in gap `j`, when head blocks stand
 * stacked whole (`headline A` / `byline A` / `headline B` / `byline B` / body A / body B): each
 * headline went to a body after the gap, A's to an earlier one than B's, and this byline's body is
 * not signed yet. A column label standing between the head blocks (`■动态` over B) parts them.
 */
function stackedHeadBlock(
	gap: GapElement[],
	i: number,
	target: Map<GapElement, number>,
	bodies: Draft[],
	j: number,
): number | undefined {
	const signs = (e: GapElement | undefined) => e?.type === 'byline' && e.unit.kind === 'byline';
	const headed = (k: number) => (gap[k]?.type === 'heading' ? (target.get(gap[k]) ?? -1) : -1);
	const body = headed(i - 1);
	if (!signs(gap[i]) || body < j || body >= bodies.length || bodies[body].bylines.length > 0) return undefined;
	// A column label may stand over either head block (`headline A` / `byline A` / `■label` /
	// `headline B` / `byline B`): it is the edge of a head block, not a piece of another.
	let up = i - 2;
	while (gap[up]?.type === 'label') up--;
	let down = i + 1;
	while (gap[down]?.type === 'label') down++;
	const before = signs(gap[up]) ? headed(up - 1) : -1;
	const after = signs(gap[down + 1]) ? headed(down) : -1;
	return (before >= j && before < body) || after > body ? body : undefined;
}

/**
 * In an extraction, the body of the headline that a byline is set tight under (no blank line: one
 * block of pdftotext's), where the body after the byline's gap is a photo's caption (closed by the
 * credit after it) and the headline went to a later body that has no byline yet: pdftotext printed
 * the head block where its column's top stood, over a picture beside it; a caption is signed by its
 * credit, and the head block's byline stays with its headline.
 */
function captionHeadBlock(
	gap: GapElement[],
	i: number,
	target: Map<GapElement, number>,
	bodies: Draft[],
	j: number,
	photos: boolean[],
): number | undefined {
	const element = gap[i];
	const above = gap[i - 1];
	if (element?.type !== 'byline' || element.unit.kind !== 'byline' || above?.type !== 'heading') return undefined;
	if (!photos[j] || i !== gap.length - 1) return undefined;
	const body = target.get(above) ?? -1;
	if (body <= j || body >= bodies.length || bodies[body].bylines.length > 0) return undefined;
	const last = above.group.lines.at(-1) as Line;
	return element.unit.lines[0].number === last.number + 1 ? body : undefined;
}

/**
 * In an extraction, corrects the order in which stacked headings went to the bodies after them.
 * pdftotext prints the heads of items set side by side as one stack before their bodies: the
 * headlines, then the bylines under them, each run in the order of their heights on the page (a
 * point of type size apart), then the bodies left to right; so the assignment's reading (first
 * heading, first body) is a guess. A line set tight (no blank line) over the first body's first
 * line was printed as one block with that body's column, so it belongs there:
 * - the last heading of the gap, set tight over the body (or over the bylines set tight over it,
 *   each over the next), heads it; the heading the assignment gave that body takes the tight
 *   one's place (a later body, or none: the banner or spare). Not a line opening on a dash (a
 *   subheadline left apart from its head block) nor, above bylines, one tight under the line
 *   above it (the wrapped tail of a head block's line);
 * - two headlines then two bylines, the second byline tight over the body (and apart from the
 *   first): the bylines stand in the headlines' order, so the second headline heads the first
 *   body and the first the next (`stackedByline` then signs each body with the byline of its
 *   headline's rank).
 */
function pairTightStacks(
	elements: GapElement[][],
	headings: GapElement[][],
	targets: number[][],
	bodies: Draft[],
): void {
	const last = (lines: Line[]) => (lines.at(-1) as Line).number;
	elements.forEach((gap, j) => {
		let opening = bodies[j]?.paragraphs[0]?.lines[0]?.number;
		let at = gap.length - 1;
		// Bylines set tight over the body, each tight over the next, carry the block up.
		for (let e = gap[at]; e?.type === 'byline' && e.unit.kind === 'byline'; e = gap[--at]) {
			if (opening === undefined || last(e.unit.lines) + 1 !== opening) return;
			opening = e.unit.lines[0].number;
		}
		const tight = gap[at];
		if (opening === undefined || tight?.type !== 'heading') return;
		// A line opening on a dash is a subheadline left apart from its head block, not a headline.
		if (last(tight.group.lines) + 1 !== opening || /^[—―─]/u.test(tight.group.headline)) return;
		// Nor is a heading tight under the line above it: the wrapped tail of a head block's line.
		const above = gap[at - 1];
		const lines = above?.type === 'heading' ? above.group.lines : above?.unit.lines;
		if (at < gap.length - 1 && lines && last(lines) + 1 === tight.group.lines[0].number) return;
		const t = headings[j].indexOf(tight);
		const s = targets[j].indexOf(j);
		if (s < 0 || s === t || (targets[j][t] <= j && targets[j][t] !== -1)) return;
		[targets[j][s], targets[j][t]] = [targets[j][t], targets[j][s]];
	});
	elements.forEach((gap, j) => {
		if (j >= bodies.length - 1 || gap.length < 4) return;
		const [h1, h2, b1, b2] = gap.slice(-4);
		const signs = (e: GapElement) => e.type === 'byline' && e.unit.kind === 'byline';
		if (h1.type !== 'heading' || h2.type !== 'heading' || !signs(b1) || !signs(b2)) return;
		if (b1.type === 'heading' || b2.type === 'heading') return;
		const opening = bodies[j].paragraphs[0]?.lines[0]?.number;
		if (opening === undefined || last(b2.unit.lines) + 1 !== opening) return;
		if (last(b1.unit.lines) + 1 === b2.unit.lines[0].number) return;
		const [i1, i2] = [headings[j].indexOf(h1), headings[j].indexOf(h2)];
		const [t1, t2] = [targets[j][i1], targets[j][i2]];
		if (t1 !== j || t2 <= j) return;
		targets[j][i1] = t2;
		targets[j][i2] = t1;
	});
}

/**
 * In an extraction, a headline joined from two lines a blank line apart (read as one wrapped over
 * the blank: `切实把基层群众的` / `` / `扎城浩村不断转变工作作风`), with two signatures right under it,
 * each under its own mark (`◎王芳` / `◎李强`): the headlines of two commentaries set side by side,
 * which pdftotext stacked, each with its signature. A wrapped headline has one writer. The heading
 * is parted into its two lines again (`spreadHeadStacks` then pairs them with their bodies).
 */
function unjoinSignedPair(gap: GapElement[]): void {
	const at = gap.length - 3;
	const [head, first, second] = gap.slice(at);
	const signs = (e: GapElement | undefined) =>
		e?.type === 'byline' &&
		e.unit.kind === 'byline' &&
		e.unit.byline.commentary &&
		e.unit.byline.authors.length === 1 &&
		/^[◎□■●▲★☆○◇◆△]/u.test(e.unit.lines[0].text);
	if (head?.type !== 'heading' || !signs(first) || !signs(second)) return;
	const { group } = head;
	if (group.kicker || group.subheadline || group.lines.length !== 2) return;
	const [a, b] = group.lines;
	if (b.number <= a.number + 1 || group.headline !== joinWrapped(a.text.trim(), b.text.trim())) return;
	gap.splice(
		at,
		1,
		{ type: 'heading', group: { headline: a.text.trim(), lines: [a] } },
		{ type: 'heading', group: { headline: b.text.trim(), lines: [b] } },
	);
}

/**
 * In an extraction, the head blocks of items set side by side, printed as one stack before the
 * first of their bodies (`headline A` / `headline B` / `byline A` / `byline B` / body A … body B):
 * pdftotext reads the heads row by row, left to right, and the bodies column by column, so body A
 * (the first after the stack) is headed by the first headline, and each later headline of the
 * stack heads the next body after it that no other heading heads and no byline opens (the
 * column's text, read out later). The bylines then pair with the headlines by rank
 * (`stackedByline`). Left as assigned when a later headline finds no such body, or when a
 * headline of the stack went to a body before the gap.
 */
function spreadHeadStacks(
	elements: GapElement[][],
	headings: GapElement[][],
	targets: number[][],
	bodies: Draft[],
): void {
	const signs = (e: GapElement | undefined) =>
		e?.type === 'byline' && e.unit.kind === 'byline' && !/摄/u.test(e.unit.text);
	// Bodies a heading heads, and bodies a byline stands right over (it opens them).
	const headed = new Set(targets.flat());
	const opened = new Set(elements.flatMap((gap, j) => (gap.some((e) => e.type === 'byline') ? [j] : [])));
	elements.forEach((gap, j) => {
		if (j >= bodies.length) return;
		let k = 0;
		while (signs(gap[gap.length - 1 - k])) k++;
		if (k < 2 || gap.length < 2 * k) return;
		const heads = gap.slice(gap.length - 2 * k, gap.length - k);
		if (!heads.every((e) => e.type === 'heading')) return;
		const at = heads.map((e) => headings[j].indexOf(e));
		const was = at.map((i) => targets[j][i]);
		// Only where the assignment left a headline of the stack with no body (its byline then has none).
		if (!was.includes(-1) || was.some((t) => t >= 0 && t < j)) return;
		// The last byline set tight over the body: `pairTightStacks` read that stack already.
		const opening = bodies[j].paragraphs[0]?.lines[0]?.number;
		const last = gap.at(-1) as GapElement;
		if (last.type !== 'heading' && (last.unit.lines.at(-1) as Line).number + 1 === opening) return;
		const own = new Set(was);
		const others = new Set([...headed].filter((b) => !own.has(b) || targets.some((t, g) => g !== j && t.includes(b))));
		if (others.has(j) || headings[j].some((_, i) => !at.includes(i) && targets[j][i] === j)) return;
		const next: number[] = [j];
		for (let b = j + 1; b < bodies.length && next.length < k; b++)
			if (
				!others.has(b) &&
				!opened.has(b) &&
				!namedInDateline(bodies[b]) &&
				!headings[j].some((_, i) => !at.includes(i) && targets[j][i] === b)
			)
				next.push(b);
		if (next.length < k || next.every((b, m) => b === was[m])) return;
		at.forEach((i, m) => (targets[j][i] = next[m]));
	});
}

/**
 * In an extraction, a kicker ending in —— that heads nothing (no body took it) and stands over
 * another column's label (`奋进新征程——` / `简讯` / headline, or a marked `【简讯】` between): pdftotext
 * printed the label between the kicker and its headline, which it set a line apart. The next
 * heading in the gap, past the labels only, that heads a body and has no kicker takes it; a bare
 * label of two to four Han characters read as the kicker's headline is a label again.
 */
function kickersOverLabels(
	elements: GapElement[][],
	headings: GapElement[][],
	targets: number[][],
	bodies: Draft[],
): void {
	const lineOf = (e: GapElement) => (e.type === 'heading' ? e.group.lines[0].number : e.unit.lines[0].number);
	elements.forEach((gap, j) => {
		for (let i = 0; i < headings[j].length; i++) {
			const element = headings[j][i];
			if (element.type !== 'heading' || targets[j][i] !== -1) continue;
			const { group } = element;
			if (group.subheadline) continue;
			const alone = !group.kicker && group.lines.length === 1 && endsWithDash(group.headline);
			const overLabel =
				group.kicker !== undefined &&
				endsWithDash(group.kicker) &&
				group.lines.length === 2 &&
				/^\p{Script=Han}{2,4}$/u.test(group.headline);
			if (!alone && !overLabel) continue;
			const at = gap.indexOf(element);
			let k = at + 1;
			while (gap[k]?.type === 'label') k++;
			if (!overLabel && k === at + 1) continue;
			const next = gap[k];
			if (next?.type !== 'heading' || next.group.kicker || targets[j][headings[j].indexOf(next)] < 0) continue;
			// The headline set tight over what follows it (its byline, or its body's first line): printed
			// in one block with its column, so it heads that body; four characters or more.
			const after = k + 1 < gap.length ? lineOf(gap[k + 1]) : bodies[j]?.paragraphs[0]?.lines[0]?.number;
			if (
				after !== (next.group.lines.at(-1) as Line).number + 1 ||
				[...next.group.headline.replace(/\s/gu, '')].length < 4
			)
				continue;
			next.group.kicker = alone ? group.headline : group.kicker;
			next.group.lines.unshift(group.lines[0]);
			if (overLabel) {
				const label: GapElement = {
					type: 'label',
					unit: { kind: 'label', lines: [group.lines[1]], text: group.headline, bare: true },
				};
				gap.splice(at, 1, label);
			} else gap.splice(at, 1);
			headings[j].splice(i, 1);
			targets[j].splice(i, 1);
			i--;
		}
	});
}

/**
 * A label naming a reporter's visit to the field (`一线见闻`, `记者蹲点`, `新春走基层`: `FIELD_REPORT`,
 * its —— allowed), alone on its line right over a headline that heads a body and has no kicker (set
 * tight, or a blank line apart), is that headline's kicker, not a column label: a column is named by
 * its genre, a visit names the report under it.
 */
function fieldReportKickers(elements: GapElement[][], headings: GapElement[][], targets: number[][]): void {
	elements.forEach((gap, j) => {
		for (let at = 0; at + 1 < gap.length; at++) {
			const [label, next] = [gap[at], gap[at + 1]];
			if (label.type !== 'label' || next.type !== 'heading' || next.group.kicker) continue;
			if (label.unit.lines.length !== 1 || targets[j][headings[j].indexOf(next)] < 0) continue;
			const line = label.unit.lines[0];
			const text = line.text.trim();
			if (!FIELD_REPORT.test(text.replace(/——$/u, '')) || next.group.lines[0].number - line.number > 2) continue;
			next.group.kicker = text;
			next.group.lines.unshift(line);
			gap.splice(at, 1);
		}
	});
}

/**
 * In an extraction, a one-line kicker ending in —— read as the headline of a body, with only
 * bylines and labels between it and the next headline, which heads no body and has no kicker:
 * pdftotext printed the column's byline (or a label) between the kicker and its headline, set a
 * line apart. That headline takes the kicker and heads the body. Where the kicker heads nothing,
 * it stays apart (`kickersOverLabels` asks more evidence there).
 */
function dashKickersOverBylines(elements: GapElement[][], headings: GapElement[][], targets: number[][]): void {
	elements.forEach((gap, j) => {
		for (let i = 0; i < headings[j].length; i++) {
			const element = headings[j][i];
			if (element.type !== 'heading') continue;
			const { group } = element;
			if (group.kicker || group.subheadline || group.lines.length !== 1 || !endsWithDash(group.headline)) continue;
			const at = gap.indexOf(element);
			let k = at + 1;
			while (gap[k]?.type === 'label' || gap[k]?.type === 'byline') k++;
			const next = gap[k];
			if (next?.type !== 'heading' || next.group.kicker) continue;
			const n = headings[j].indexOf(next);
			const [mine, theirs] = [targets[j][i], targets[j][n]];
			if (mine < 0 || theirs >= 0) continue;
			next.group.kicker = group.headline;
			next.group.lines.unshift(group.lines[0]);
			targets[j][n] = mine;
			gap.splice(at, 1);
			headings[j].splice(i, 1);
			targets[j].splice(i, 1);
			i--;
		}
	});
}

/**
 * The banner opening an extraction's first head block. A kicker that runs two lines set tight, a
 * plain line over one ending in —— (a kicker's mark ends its last line, a banner prints none): the
 * first line leaves the kicker, as the page's banner. So does a kicker of one plain line set tight
 * over the headline: pdftotext sets a blank line where the type changes, so a kicker, smaller than
 * its headline, stands a blank line over it (`kickerOverTightHead`), while the banner, in type as
 * large, runs on in its block.
 */
function bannerOverKicker(group: HeadingGroup, warnings: Warning[]): HeadingGroup | undefined {
	const { kicker, lines } = group;
	if (
		kicker !== undefined &&
		!endsWithDash(kicker) &&
		lines.length >= 2 &&
		kicker === lines[0].text.trim() &&
		lines[1].number === lines[0].number + 1
	) {
		const top = lines[0];
		group.kicker = undefined;
		lines.shift();
		warnings.push({
			code: 'banner',
			line: top.number,
			message: `took "${kicker}" as the page banner: a plain line set tight over the page's first headline`,
		});
		return { headline: kicker, lines: [top] };
	}
	if (!kicker || !endsWithDash(kicker) || lines.length < 3) return undefined;
	const [first, second] = lines;
	const top = first.text.trim();
	if (second.number !== first.number + 1 || endsWithDash(top) || kicker !== top + second.text.trim()) return undefined;
	group.kicker = second.text.trim();
	lines.shift();
	warnings.push({
		code: 'banner',
		line: first.number,
		message: `took "${top}" as the page banner: a plain line over a kicker ending in ——`,
	});
	return { headline: top, lines: [first] };
}

/** Whether a body opens with a dateline that names its reporters (`本报讯（记者 X）…`). */
function namedInDateline(body: Draft): boolean {
	return (body.paragraphs[0]?.dateline?.authors.length ?? 0) > 0;
}

/**
 * In an extraction, a signature standing first in its gap, after a body signed already (its byline
 * set over it) and before another head block, closes the piece printed before that body, when that
 * piece has no byline and no reporters in its dateline: the extraction read the signature out
 * after the column beside its text.
 */
function unsignedEarlier(gap: GapElement[], i: number, bodies: Draft[], j: number): number | undefined {
	const element = gap[i];
	if (i !== 0 || element.type !== 'byline' || element.unit.kind !== 'byline' || /摄/u.test(element.unit.text))
		return undefined;
	// A signature: a name after a mark (`文/X`, `◎X`, `□X`), no role (`本报记者`, `X村读者`).
	if (ROLE.test(element.unit.text.replace(/^[^\p{Script=Han}]+/u, ''))) return undefined;
	const k = j - 2;
	return k >= 0 && !namedBy(bodies[k], true) && !namedInDateline(bodies[k]) ? k : undefined;
}

/**
 * Whether a body is signed by a byline already. In an extraction, a role alone (`本报评论员`, its
 * name read out elsewhere) names no one: the name may still come.
 */
function namedBy(body: Draft, extracted: boolean): boolean {
	return extracted
		? body.bylines.some((unit) => unit.kind !== 'byline' || unit.byline.authors.length > 0)
		: body.bylines.length > 0;
}

/** Said of a byline whose head block went to no body. */
const NO_BODY = -1;

/**
 * The body a commentary's signature (`◎X`, `本报评论员 X`) belongs to when it stands right under a
 * headline that the segmentation put on the body before the gap `j` (a commentary printed
 * headline-after-body ends `…。` / headline / `◎X`): that body, if it is not signed yet, neither by
 * a byline nor by a sign-off closing its text (`signedOffBelow`) nor by the reporters its dateline
 * names (`本报讯（记者 X）…`: a story is signed in its head or its dateline, not both), nor a photo
 * (its credit signs it).
 */
function signatureOf(
	gap: GapElement[],
	i: number,
	target: Map<GapElement, number>,
	bodies: Draft[],
	j: number,
): number | undefined {
	const element = gap[i];
	const above = gap[i - 1];
	if (element.type !== 'byline' || element.unit.kind !== 'byline' || !element.unit.byline.commentary) return undefined;
	// Only a headline set under its body: under stacked headlines, a signature opens the body after.
	if (above?.type !== 'heading' || target.get(above) !== j - 1) return undefined;
	const body = bodies[j - 1];
	return body.bylines.length === 0 && !signedInText(body) && !namedInDateline(body) && !body.credit ? j - 1 : undefined;
}

/**
 * Whether a body closes on its writer's signature in its own text (`（记者 王芳）`, `——王芳`, a
 * note run on after its last sentence, a sign-off in brackets on its last line, `（本报记者 王芳 李强）`):
 * it is signed, and a signature after its headline opens the next body.
 */
function signedInText(body: Draft): boolean {
	const last = body.paragraphs.at(-1)?.text ?? '';
	return (
		(readNoteAuthors(last)?.length ?? 0) > 0 ||
		(readBracketSignOff(last)?.length ?? 0) > 0 ||
		(body.paragraphs.length >= 2 && (readClosingSignature(last)?.length ?? 0) > 0) ||
		(readTrailingNoteAuthors(last)?.length ?? 0) > 0 ||
		readBracketSignOff(body.paragraphs.at(-1)?.lines.at(-1)?.text.trim() ?? '') !== undefined
	);
}

/**
 * What the blank lines say about a heading's direction: one set tight (no blank line) above the
 * first line of the body after it, and apart from the body before, heads the body after; one set
 * tight under the body before, and apart from the next, closes it. Only a heading standing first
 * or last in its gap can touch a body.
 */
function tightHint(gap: GapElement[], i: number, before: Draft | undefined, after: Draft | undefined): HeadingHint {
	const element = gap[i];
	if (element.type !== 'heading') return undefined;
	const first = element.group.lines[0].number;
	const last = (element.group.lines.at(-1) as Line).number;
	const above = i === 0 ? before?.paragraphs.at(-1)?.lines.at(-1)?.number : undefined;
	const below = i === gap.length - 1 ? after?.paragraphs[0]?.lines[0]?.number : undefined;
	const up = above !== undefined && above === first - 1;
	const down = below !== undefined && below === last + 1;
	if (down && !up) return 'forward';
	if (up && !down) return 'backward';
	return undefined;
}

/**
 * Makes a bare label of three characters or more the headline of a body that has none: the
 * gap's `first` element (past the credit that closes the body's caption) or its `last`; not a
 * label set tight over a heading, which labels that head block.
 */
function titleFromLabel(
	body: Draft,
	gap: GapElement[],
	where: 'first' | 'last',
	next: Draft | null | undefined = undefined,
): void {
	// Past the credit that closes the body's caption (a label the page set beside the photo may
	// stand before it in the gap).
	const closing = gap.findIndex((e) => e.type === 'credit' && e.unit === body.credit);
	const at = where === 'last' ? gap.length - 1 : closing >= 0 ? closing + 1 : 0;
	const label = gap[at];
	// A label of two characters under a photo labels nothing when another label follows it, the
	// page ends there (`next` null), or the photo under it is titled under its own caption: it is
	// the photo's title (`匠心`), printed under its caption as the next photo's is.
	const labelsNothing =
		where === 'first' &&
		body.credit !== undefined &&
		(gap[at + 1]?.type === 'label' || (at + 1 === gap.length && (next === null || (next && titledUnder(next)))));
	if (
		body.headline ||
		label?.type !== 'label' ||
		label.unit.kind !== 'label' ||
		!label.unit.bare ||
		[...label.unit.text].length < (labelsNothing ? 2 : 3) ||
		// A column's name by its genre (`民生速览`) titles no photo.
		namesColumn(label.unit.text) ||
		// A label set tight over a heading (no blank line) is that head block's column label
		// (`国际简讯` over a brief's headline).
		tightOver(label.unit.lines, gap[at + 1])
	)
		return;
	body.headline = { headline: label.unit.text, lines: [...label.unit.lines] };
	gap.splice(at, 1);
}

/**
 * Makes a bare label of three characters or more the headline of a body that has none, where the
 * label stands set tight over the byline that opens the body (`黄河谣` / `□某某`, no blank line
 * between): a head block over its byline, as a poem's short title stands; a column's label is
 * set apart from the head block it labels, and a body with none of its own takes no title.
 */
function titleOverByline(body: Draft, gap: GapElement[]): void {
	const [label, byline] = gap.slice(-2);
	if (
		body.headline ||
		gap.length < 2 ||
		byline?.type !== 'byline' ||
		label?.type !== 'label' ||
		label.unit.kind !== 'label' ||
		!label.unit.bare ||
		[...label.unit.text].length < 3 ||
		(label.unit.lines.at(-1) as Line).number + 1 !== byline.unit.lines[0].number
	)
		return;
	body.headline = { headline: label.unit.text, lines: [...label.unit.lines] };
	gap.splice(gap.length - 2, 1);
}

/** Whether a photo (a caption its credit closes) took a headline printed under its caption. */
function titledUnder(body: Draft): boolean {
	const first = body.paragraphs[0]?.lines[0]?.number;
	const head = body.headline?.lines[0]?.number;
	return body.credit !== undefined && first !== undefined && head !== undefined && head > first;
}

/**
 * Makes a bare label the headline of a text body (no photo credit) still without one, where the
 * label stands last in the gap over that body, only bylines after it (`金牌榜` / results, `河流` /
 * a poem): a text prints its headline, and a column's label stands over a head block, never in
 * place of it. A photo may print no title, so its label stays, and so does a box of listed points
 * (`数说` over `●…`), which its title labels.
 */
function titleFromLabelOverText(body: Draft, gap: GapElement[]): void {
	// A box of listed points (`数说` over `●…` lines) is labelled by its box title, not headed.
	if (body.headline || body.credit || LIST_MARK.test(body.paragraphs[0]?.text ?? '')) return;
	let at = gap.length - 1;
	while (at >= 0 && gap[at].type === 'byline') at--;
	const label = gap[at];
	// A name of a compound surname read as a label (`司马光华`) signs its text: it is no headline.
	if (
		label?.type !== 'label' ||
		label.unit.kind !== 'label' ||
		!label.unit.bare ||
		isFourCharacterName(label.unit.text)
	)
		return;
	body.headline = { headline: label.unit.text, lines: [...label.unit.lines] };
	gap.splice(at, 1);
}

/** Whether `lines` end on the line right above the first line of a heading `next` (no blank line between). */
function tightOver(lines: Line[], next: GapElement | undefined): boolean {
	return next?.type === 'heading' && (lines.at(-1) as Line).number + 1 === next.group.lines[0].number;
}

/** A heading that reads as a bare column label: one line of two to four Han characters. */
function isBareLabel(group: HeadingGroup): boolean {
	return (
		!group.kicker && !group.subheadline && group.lines.length === 1 && /^\p{Script=Han}{2,4}$/u.test(group.headline)
	);
}

/**
 * A run of photos (captions closed by their credits, no byline) has one title. When its first
 * photo took a heading shaped like a bare column label (2-4 Han characters, `山水之间`) and
 * a later photo of the group (图②…) has a title too, the short one is the run's column label: it
 * becomes the section of every photo of the run, and the title goes to the first photo. Photos of
 * their own (no figure mark) each keep their titles, short as photo titles are (`开渔了`).
 */
function labelPhotoRuns(bodies: Draft[], apart: boolean[]): void {
	const photo = (body: Draft | undefined) => body?.credit !== undefined && body.bylines.length === 0;
	for (let a = 0; a < bodies.length; a++) {
		if (!photo(bodies[a]) || photo(bodies[a - 1])) continue;
		let b = a;
		while (photo(bodies[b + 1])) b++;
		const first = bodies[a];
		const titled = bodies.slice(a + 1, b + 1).find((body) => body.headline);
		// A photo of its own (no later figure of a group, 图②…) has its own title: no label there.
		if (
			!first.headline ||
			!titled?.headline ||
			first.section ||
			!isBareLabel(first.headline) ||
			!needsNoHeadline(titled) ||
			apart[bodies.indexOf(titled)]
		)
			continue;
		const { lines, headline } = first.headline;
		first.section = { kind: 'label', lines, text: headline, bare: true };
		for (let k = a + 1; k <= b; k++) {
			if (bodies[k].section) continue;
			bodies[k].section = first.section;
			bodies[k].sectionCopied = true;
		}
		first.headline = titled.headline;
		titled.headline = undefined;
		a = b;
	}
}

/**
 * In pdftotext's order, a head printed over a photo's caption, with a signed text printed right
 * after the photo's credit (its byline, or its first line where a dateline names its reporters,
 * within three lines of the credit: the credit's block, a blank line, the byline) and left without
 * a headline, no heading or label between the two, is that text's headline: pdftotext read the
 * photo set under the head before the text beside it. A signed text always prints a headline
 * (every one of the open sets' 4,003), while a photo often prints none, so the photo is left
 * untitled.
 */
function headsPastPhotos(bodies: Draft[], elements: GapElement[][]): void {
	bodies.forEach((photo, j) => {
		const text = bodies[j + 1];
		if (text === undefined || !photo.credit || photo.bylines.length > 0 || !photo.headline) return;
		// Signed by a byline, or by its dateline's reporters (`本报讯（记者 X）…`).
		const dated = (text.paragraphs[0]?.dateline?.authors.length ?? 0) > 0;
		if (text.credit || (text.bylines.length === 0 && !dated) || text.headline) return;
		const caption = photo.paragraphs[0]?.lines[0]?.number;
		const head = photo.headline.lines[0]?.number;
		if (caption === undefined || head === undefined || head > caption) return;
		if ((elements[j + 1] ?? []).some((e) => e.type === 'heading' || e.type === 'label')) return;
		const credit = photo.credit.lines.at(-1)?.number ?? 0;
		const byline = (text.bylines[0] ?? text.paragraphs[0]).lines[0]?.number ?? 0;
		if (byline - credit < 1 || byline - credit > 3) return;
		text.headline = photo.headline;
		photo.headline = undefined;
	});
}

/**
 * A title a later photo of a group took (图②…, which never has a title of its own) is the group's
 * title: it goes to the first photo of the run (captions closed by their credits), on any page.
 * A photo of its own keeps the title printed under it, even right under an untitled photo: on a
 * page that prints its titles under their photos, photos of their own each have their title or
 * none.
 */
function titlePhotoGroups(bodies: Draft[], apart: boolean[]): void {
	bodies.forEach((body, j) => {
		// A later photo of a group (图②…) never has a title of its own, whatever the page's order,
		// unless the run's photos are titled apart (`titledApart`).
		if (!needsNoHeadline(body) || apart[j]) return;
		if (!body.credit || !body.headline || body.bylines.length > 0) return;
		let first = j;
		while (
			first > 0 &&
			bodies[first - 1].credit &&
			!bodies[first - 1].headline &&
			bodies[first - 1].bylines.length === 0
		)
			first--;
		if (first === j) return;
		bodies[first].headline = body.headline;
		body.headline = undefined;
	});
}

function splitBodies(units: Unit[], extracted = false): { bodies: Draft[]; gaps: Unit[][] } {
	const bodies: Draft[] = [];
	const gaps: Unit[][] = [[]];
	let open: Draft | undefined;
	// Head blocks stacked over the open body, each a heading and its byline, not yet given a body.
	let stacked = 0;
	// The lines that hold a unit: a gap between two paragraphs is blank only where none stands (a
	// caption may be read before the credit printed over it).
	// Speed: filled by loops, with no array of each unit's numbers made on the way.
	const occupied = new Set<number>();
	for (const unit of units) for (const line of unit.lines) occupied.add(line.number);
	// The open body's wrapped widths, sorted (`inOtherColumn`).
	const widths: BodyWidths = { count: 0, sorted: [] };
	for (const unit of units) {
		if (unit.kind !== 'paragraph') {
			if (open) gaps.push([]);
			open = undefined;
			gaps[gaps.length - 1].push(unit);
			continue;
		}
		// A dateline opens a new article even with no headline or byline between, except right
		// after a box set at the head of the article (an editor's note, a 核心阅读 summary).
		// So does a body printed in a column of another width right after one that ended its sentence.
		// And, in a text dump, a box set at an article's head (`核心阅读`, `编者按：…`): it never runs on
		// from the text above (pdftotext's order may set a box apart from its story's head).
		const other = !extracted && open !== undefined && inOtherColumn(open, unit, widths);
		const signedOff = open !== undefined && closedBySignOff(open);
		const opens =
			unit.dateline ||
			unit.lines[0].opensBody ||
			(extracted && open !== undefined && captionUnderCredit(open, gaps.at(-1)!, unit, occupied)) ||
			(extracted && signedOff) ||
			(!extracted && open && opensHeadBox(unit.text)) ||
			(!extracted &&
				open &&
				((stacked > 1 && setApartBelow(open, unit)) || apartMore(open, unit, occupied) || other || signedOff));
		if (open && opens && open.paragraphs.length > 0 && !headBoxOnly(open)) {
			// The body's last paragraph, set apart above and printed in the new column, opens the new body.
			const moved = other ? leadInNewColumn(open, unit) : undefined;
			if (moved) open.paragraphs.pop();
			gaps.push([]);
			open = undefined;
			stacked--;
			if (moved) {
				bodies.push((open = { paragraphs: [moved], bylines: [] }));
				open.paragraphs.push(unit);
				continue;
			}
		}
		if (!open) {
			if (!opens)
				stacked = gaps.at(-1)!.filter((u, i, gap) => u.kind === 'byline' && gap[i - 1]?.kind === 'heading').length;
			bodies.push((open = { paragraphs: [], bylines: [] }));
			if (signedOff && gaps.at(-1)!.length === 0) open.afterSignOff = true;
		}
		open.paragraphs.push(unit);
	}
	if (open) gaps.push([]);
	return { bodies, gaps };
}

/**
 * A numbered 小标题 read as a heading (no text under it: pdftotext printed its part elsewhere)
 * whose number carries on the numbering of the run of paragraphs above (`（四）` after that run's
 * `（三）`, the part numbered one short with text under it) goes back to the end of that run as
 * its 小标题: no headline opens with the next number of the essay above.
 */
function numberedHeadsBack(units: Unit[], extracted: boolean): Unit[] {
	if (!extracted) return units;
	const out: Unit[] = [];
	let runEnd = -1;
	let last = new Map<string, number>();
	for (const unit of units) {
		if (unit.kind === 'paragraph') {
			if (out.at(-1)?.kind !== 'paragraph') last = new Map();
			const ordinal = ordinalOf(unit.text);
			if (ordinal) last.set(ordinal.style, ordinal.n);
			out.push(unit);
			runEnd = out.length;
			continue;
		}
		const ordinal = unit.kind === 'heading' ? ordinalOf(unit.text) : undefined;
		const before = runEnd > 0 ? out[runEnd - 1] : undefined;
		if (
			ordinal &&
			ordinal.n >= 2 &&
			last.get(ordinal.style) === ordinal.n - 1 &&
			before?.kind === 'paragraph' &&
			ordinalOf(before.text)?.style !== ordinal.style
		) {
			out.splice(runEnd, 0, { kind: 'paragraph', lines: unit.lines, text: unit.text, intertitle: true });
			last.set(ordinal.style, ordinal.n);
			runEnd++;
			continue;
		}
		out.push(unit);
	}
	return out;
}

/**
 * A body's tail that carries on another body's numbered parts: from a paragraph opening with an
 * ordinal (`四、…`, `（三）…`, a numbered 小标题 whole or run into its text) that the body itself
 * has not numbered up to (no ordinal of that style above it in the body), when the nearest body
 * above holding ordinals of that style ends its numbering one short (`三、`). The parts of one
 * article count on in order, so that tail is the rest of the article above, cut off by another
 * story printed between (pdftotext's flow), not this body's text: it moves to the end of that
 * article. A body whose first paragraph is such a part stays (it would be left empty).
 */
function numberedTailsBack(
	split: { bodies: Draft[]; gaps: Unit[][] },
	extracted: boolean,
): { bodies: Draft[]; gaps: Unit[][] } {
	const { bodies } = split;
	if (!extracted) return split;
	const lastOrdinal = (body: Draft, style: string): number | undefined => {
		let last: number | undefined;
		for (const p of body.paragraphs) {
			const ordinal = ordinalOf(p.text);
			if (ordinal?.style === style) last = ordinal.n;
		}
		return last;
	};
	bodies.forEach((body, j) => {
		const seen = new Set<string>();
		for (let i = 0; i < body.paragraphs.length; i++) {
			const ordinal = ordinalOf(body.paragraphs[i].text);
			if (!ordinal || seen.has(ordinal.style)) continue;
			seen.add(ordinal.style);
			if (i === 0 || ordinal.n < 2) continue;
			const above = bodies.slice(0, j).findLastIndex((b) => lastOrdinal(b, ordinal.style) !== undefined);
			if (above < 0 || lastOrdinal(bodies[above], ordinal.style) !== ordinal.n - 1) continue;
			// The part numbered one short has its text under it (a numbered heading last in its body
			// is itself a part cut off), and the tail opens no article of its own (no dateline).
			if (ordinalOf(bodies[above].paragraphs.at(-1)!.text)?.style === ordinal.style) continue;
			if (body.paragraphs.slice(i).some((p) => p.dateline)) continue;
			bodies[above].paragraphs.push(...body.paragraphs.splice(i));
			return;
		}
	});
	return split;
}

/** The most lines a caption set under its credit holds. */
const CAPTION_UNDER_CREDIT_LINES = 4;

/**
 * In a pdftotext extraction, whether the open body is a photo's caption set under its credit, which
 * the paragraph after it does not continue (`…外地。` / `` / `本报记者 任超 摄` / `工人在…作业。` / `` /
 * `点。在调解员…`): the body is one paragraph of at most four lines ending a sentence, the credit
 * last in the gap before it, tight over its first line, a blank line above the credit, and a blank
 * line parts the caption from the paragraph after it. A caption is one paragraph closed by its
 * photo; the text after it, read on past the picture, is another item's.
 */
function captionUnderCredit(
	open: Draft,
	gap: Unit[],
	next: Extract<Unit, { kind: 'paragraph' }>,
	occupied: Set<number>,
): boolean {
	if (open.paragraphs.length !== 1) return false;
	const [caption] = open.paragraphs;
	const credit = gap.at(-1);
	if (credit?.kind !== 'credit' || caption.lines.length > CAPTION_UNDER_CREDIT_LINES) return false;
	const top = credit.lines[0].number;
	const end = (caption.lines.at(-1) as Line).number;
	return (
		(credit.lines.at(-1) as Line).number + 1 === caption.lines[0].number &&
		!occupied.has(top - 1) &&
		top > 1 &&
		endsSentence(caption.lines.at(-1)!.text) &&
		next.lines[0].number > end + 1 &&
		!occupied.has(end + 1)
	);
}

/**
 * Whether a body closes on its writer's sign-off in brackets, a paragraph of one line of its own
 * (`…得到解决。` / `（王芳）`, `（记者 王芳）`) or one wrapped (`wrappedSignOff`), or an interview's note
 * (`（本报记者 王芳采访整理）`), or on a commentary's writer's note in
 * brackets of a line or two (`（作者单位：某市委党校）`), under a paragraph that ends its sentence: a
 * story is signed so at its end, and the text after the sign-off opens another story, whose head
 * stands above or below it. Only the sign-off line and the lines next to it decide.
 */
function closedBySignOff(body: Draft): boolean {
	if (body.paragraphs.length < 2) return false;
	const [before, last] = body.paragraphs.slice(-2);
	if (last.dateline || !endsSentence(before.text)) return false;
	// A commentary closes so on its writer's note in brackets (`（作者单位：某市委党校）`), a line or two.
	if (last.lines.length <= 2 && WRITER_NOTE.test(last.text) && /[）)]$/u.test(last.text)) return true;
	// An interview's note (`（本报记者 王芳采访整理）`) closing it, a line of its own.
	if (
		last.lines.length === 1 &&
		/(?:整理|采写)\s*[）)]$/u.test(last.text) &&
		(readNoteAuthors(last.text)?.length ?? 0) > 0
	)
		return true;
	return (last.lines.length === 1 && readBracketSignOff(last.text) !== undefined) || wrappedSignOff(last);
}

/**
 * Whether a paragraph is set apart from the body above by two blank lines or more (in a text dump),
 * more than any two of that body's paragraphs, under a line that ends a sentence: under head blocks stacked
 * each with its byline (`外贸订单回暖` / `本报记者　…` / `书香满社区` / `本报记者　…` / text /
 * `` / `` / text), the next head block's body starts there.
 */
function setApartBelow(body: Draft, paragraph: Extract<Unit, { kind: 'paragraph' }>): boolean {
	const lines = body.paragraphs.map((p) => [p.lines[0].number, (p.lines.at(-1) as Line).number]);
	const last = body.paragraphs.at(-1)!.lines.at(-1) as Line;
	const blank = paragraph.lines[0].number - last.number - 1;
	const inner = Math.max(0, ...lines.slice(1).map(([start], k) => start - lines[k][1] - 1));
	return blank >= 2 && blank > inner && endsSentence(last.text);
}

/**
 * Whether a paragraph of a text dump is set apart from the body above by three blank lines or more,
 * more than any two of that body's paragraphs, where the body sets its paragraphs apart by blank
 * lines too (two paragraphs or more, each break a blank line or more: a page that sets its items
 * apart by a wider gap than its paragraphs), under a sentence's end (`setApartBelow`): the
 * paragraph opens the next item, whose head stands under it or elsewhere. A body whose paragraphs
 * run on tight (marked by their indent) tells nothing so: a column break or a page number taken
 * out leaves blank lines there. The lines between must hold no unit (`occupied`: a caption read
 * before the credit printed over it is not set apart).
 */
function apartMore(body: Draft, paragraph: Extract<Unit, { kind: 'paragraph' }>, occupied: Set<number>): boolean {
	const { paragraphs } = body;
	if (paragraphs.length < 2) return false;
	const end = (paragraphs.at(-1)!.lines.at(-1) as Line).number;
	for (let n = end + 1; n < paragraph.lines[0].number; n++) if (occupied.has(n)) return false;
	const tight = paragraphs
		.slice(1)
		.some((p, k) => p.lines[0].number === (paragraphs[k].lines.at(-1) as Line).number + 1);
	return !tight && paragraph.lines[0].number - end - 1 >= 3 && setApartBelow(body, paragraph);
}

/**
 * Whether a paragraph of a text dump is wrapped in a column of another width than the body above,
 * which ended its sentence: an article keeps its column's width, so the paragraph opens the next
 * item's body (a story whose head block stands after it, or stacked above with another's). Both
 * must show their width: the body three lines or more that run on, nearly all within a twelfth
 * (at least 1.5 em) of their median, and the paragraph two or more, every one of them that far
 * from the body's median on the same side.
 */
function inOtherColumn(body: Draft, paragraph: Extract<Unit, { kind: 'paragraph' }>, widths: BodyWidths): boolean {
	const last = body.paragraphs.at(-1)!.lines.at(-1) as Line;
	if (!endsSentence(last.text) || headBoxOnly(body)) return false;
	// Speed: the paragraph's own lines first (most wrap no more than once), and the body's widths
	// kept sorted as its paragraphs come (`bodyWidths`), not gathered again for each paragraph.
	const own = wrapped(paragraph.lines);
	if (own.length < 2) return false;
	const runOn = bodyWidths(body, widths);
	if (runOn.length < 3) return false;
	const column = runOn[Math.floor(runOn.length / 2)];
	const near = (width: number, to: number) => Math.abs(width - to) <= Math.max(1.5, Math.max(width, to) / 12);
	let close = 0;
	for (const width of runOn) if (near(width, column)) close++;
	if (close * 4 < runOn.length * 3) return false;
	return (
		own.every((width) => width > column && !near(width, column)) ||
		own.every((width) => width < column && !near(width, column))
	);
}

/** The wrapped widths (`wrapped`) of a body's first `count` paragraphs, in ascending order. */
interface BodyWidths {
	body?: Draft;
	count: number;
	sorted: number[];
}

/** The wrapped widths of all of `body`'s paragraphs in ascending order, `cache` brought up to date with those added since. */
function bodyWidths(body: Draft, cache: BodyWidths): number[] {
	if (cache.body !== body || cache.count > body.paragraphs.length)
		[cache.body, cache.count, cache.sorted] = [body, 0, []];
	const { sorted } = cache;
	for (; cache.count < body.paragraphs.length; cache.count++)
		for (const width of wrapped(body.paragraphs[cache.count].lines)) {
			let at = sorted.length;
			sorted.push(width);
			for (; at > 0 && sorted[at - 1] > width; at--) sorted[at] = sorted[at - 1];
			sorted[at] = width;
		}
	return sorted;
}

/**
 * The last paragraph of `body` when it belongs with `paragraph`, which opens a body in another
 * column (`inOtherColumn`): set apart from the paragraph above it by a blank line, after a sentence's
 * end, and printed at the new column's width, not the body's: its lines that wrap (a single line:
 * that line) within a twelfth of the new column's median and clearly off the body's.
 */
function leadInNewColumn(
	body: Draft,
	paragraph: Extract<Unit, { kind: 'paragraph' }>,
): Extract<Unit, { kind: 'paragraph' }> | undefined {
	const last = body.paragraphs.at(-1) as Extract<Unit, { kind: 'paragraph' }>;
	const above = body.paragraphs.at(-2);
	if (!above || last.dateline || !endsSentence(last.text)) return undefined;
	const end = above.lines.at(-1) as Line;
	if (last.lines[0].number <= end.number + 1 || !endsSentence(end.text)) return undefined;
	const widths =
		last.lines.length === 1 ? [last.lines[0].width + (last.lines[0].indented ? INDENT : 0)] : wrapped(last.lines);
	const median = (list: number[]) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
	const column = median(body.paragraphs.slice(0, -1).flatMap((p) => wrapped(p.lines)));
	const next = median(wrapped(paragraph.lines));
	if (widths.length === 0 || column === undefined || next === undefined) return undefined;
	const near = (width: number, to: number) => Math.abs(width - to) <= Math.max(1.5, Math.max(width, to) / 12);
	return widths.every((width) => near(width, next) && !near(width, column)) ? last : undefined;
}

/**
 * The widths of a paragraph's lines that the typesetter wrapped: each but the last, with a first
 * line's indent, and not a line cut short where the dump breaks the column (a blank line or more
 * before the next).
 */
function wrapped(lines: Line[]): number[] {
	return pushWrapped(lines, []);
}

/** `wrapped`'s widths of `lines` pushed onto `out`, which is returned. */
function pushWrapped(lines: Line[], out: number[]): number[] {
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i];
		if (lines[i + 1].number === line.number + 1) out.push(line.width + (line.indented ? INDENT : 0));
	}
	return out;
}

/** A body so far made only of a box at an article's head: the article's dateline continues it. */
function headBoxOnly(body: Draft): boolean {
	const [first] = body.paragraphs;
	return opensHeadBox(first.text) && body.paragraphs.every((p) => !p.dateline);
}

// A figure mark opening a caption: 图①, 图2.
const FIGURE = /^图[①-⑩\d]/u;

/**
 * A photo's caption is one paragraph, closed by its credit. When the text before a credit runs
 * on from other paragraphs, the last one is a photo of its own (not the article's) if it opens
 * with a figure mark (图②：…), if nothing signs the text before (no byline opens it), if blank
 * lines set it apart from the text above more than that text's paragraphs (`setApart`), or if a
 * title follows the credit while the article has its headline above it (the title is then the
 * photo's): a reporter's article keeps its photo otherwise. A credit for all the pictures of the
 * page (`本版图片均为…摄`) closes the whole group.
 */
function captionsApart(
	{ bodies, gaps }: { bodies: Draft[]; gaps: Unit[][] },
	extracted: boolean,
): { bodies: Draft[]; gaps: Unit[][] } {
	const outBodies: Draft[] = [];
	const outGaps: Unit[][] = [gaps[0]];
	// How many of the page's paragraphs open with a figure mark: a group whose captions are all of them shares one credit.
	const figures = bodies.reduce((n, body) => n + body.paragraphs.filter((p) => FIGURE.test(p.text)).length, 0);
	bodies.forEach((body, j) => {
		const after = gaps[j + 1];
		const caption = body.paragraphs.at(-1)!;
		const split =
			body.paragraphs.length >= 2 &&
			after[0]?.kind === 'credit' &&
			// A credit for all the pictures closes the whole group of captions.
			!creditsAllPictures(after[0].credit) &&
			!caption.intertitle &&
			!caption.dateline &&
			// A writer's note (（作者为…）) closes the text it follows: it captions no photo.
			!WRITER_NOTE.test(caption.text) &&
			// Nor does a story's sign-off in brackets (`（王芳）`, `（记者 王芳）`) on a line of its own under
			// a sentence's end: it names the story's writer, and the credit under it is a picture's.
			!signOffUnderText(body.paragraphs) &&
			// A group's captions numbered in a run share the credit under the last of them.
			!(figureRunsOn(body.paragraphs) && body.paragraphs.length === figures) &&
			(FIGURE.test(caption.text) ||
				setApart(body.paragraphs, after[0]) ||
				// A credit run on at the end of the paragraph's last line (`…传统戏曲。　新华社记者　杜萍　摄`)
				// closes that paragraph alone: a reporter's story ends on no photographer's credit. Not the
				// story's own picture: a caption that says so (`图为…`), or a credit naming the story's reporters.
				(after[0].lines[0].number === (caption.lines.at(-1) as Line).number &&
					endsSentence(caption.text) &&
					!/^图为/u.test(caption.text) &&
					!creditsOwnReporters(after[0], gaps[j])) ||
				!gaps[j].some((u) => u.kind === 'byline') ||
				captionTightOverCredit(body.paragraphs, after[0], extracted) ||
				captionUnderVerse(body.paragraphs, after[0], extracted) ||
				(after[1]?.kind === 'heading' && gaps[j].some((u) => u.kind === 'heading'))) &&
			// A credit set over a title and its caption closes no caption above it, when the text
			// above ends a sentence (nothing there runs on into the credit).
			!(
				endsSentence(caption.lines.at(-1)?.text ?? '') &&
				creditOverTitle(after, bodies[j + 1], gaps[j + 2], extracted && tightUnder(caption, after[0]))
			) &&
			// In a text dump's blank lines, a credit set apart from the text above and tight over a caption is that caption's.
			!(!extracted && creditOverCaption(caption, after, bodies[j + 1], gaps[j + 2]));
		if (split) {
			outBodies.push({ ...body, paragraphs: body.paragraphs.slice(0, -1) }, { paragraphs: [caption], bylines: [] });
			outGaps.push([]);
		} else outBodies.push(body);
		outGaps.push(after);
	});
	return { bodies: outBodies, gaps: outGaps };
}

/**
 * Whether a body closes on a story's sign-off in brackets, one line of its own (`（王芳）`,
 * `（本报记者 王芳 李强）`), under a paragraph that ends its sentence: the sign-off closes that text,
 * so a credit set after it credits a picture and takes no caption from the text.
 */
function signOffUnderText(paragraphs: Extract<Unit, { kind: 'paragraph' }>[]): boolean {
	if (paragraphs.length < 2) return false;
	const [above, last] = paragraphs.slice(-2);
	return last.lines.length === 1 && endsSentence(above.text) && readBracketSignOff(last.text) !== undefined;
}

/**
 * Whether a body is a photo group's captions numbered in a run (`图①…` / `图②…` / `图③…`): every
 * paragraph opens with a figure mark, the first ① and each next one up by one. Where these are
 * all the page's numbered captions, the credit after the last closes the whole group (one credit
 * under a group of pictures), so the last caption is no photo of its own; where the page numbers
 * other captions too, each picture of the series is credited and stands alone.
 */
function figureRunsOn(paragraphs: Extract<Unit, { kind: 'paragraph' }>[]): boolean {
	const numbers = paragraphs.map((p) => (p.dateline || p.intertitle ? undefined : figureNumber(p.text)));
	return numbers.every((n, k) => (k === 0 ? n === 1 : n === (numbers[k - 1] as number) + 1));
}

/** The number of a figure mark opening a caption (`图③：` → 3, `图2：` → 2), if any. */
function figureNumber(text: string): number | undefined {
	const mark = /^图([①-⑩]|\d{1,2})/u.exec(text)?.[1];
	if (mark === undefined) return undefined;
	return /\d/u.test(mark) ? Number(mark) : (mark.codePointAt(0) as number) - 0x2460 + 1;
}

/**
 * In a text dump, whether the last paragraph before a credit is a photo's caption set beside the
 * article: a blank line parts it from the text above, which ends its sentence there, or, tight
 * under that text, it is one line not set in where every paragraph of the text opens set in
 * (`  …` / `…注入了新活力。` / `施工人员在桥梁工地作业。` / `本报记者 王芳 摄`), and the
 * credit stands tight under it (`…注入了新活力。` / `` / `施工人员在桥梁工地作业。` / `受访者供图`).
 * An article's last paragraph runs on from its text; a caption is its own block, closed by its
 * credit, and a caption printed as the article's own picture says so (`图为…`).
 */
function captionTightOverCredit(
	paragraphs: Extract<Unit, { kind: 'paragraph' }>[],
	credit: Unit,
	extracted: boolean,
): boolean {
	if (extracted) return false;
	const caption = paragraphs.at(-1)!;
	const above = paragraphs.at(-2)!;
	const last = caption.lines.at(-1) as Line;
	return (
		credit.lines[0].number === last.number + 1 &&
		(caption.lines[0].number > (above.lines.at(-1) as Line).number + 1 ||
			// Tight under the text, set apart by its indent: the text's paragraphs open set in, the
			// caption's one line does not.
			(caption.lines.length === 1 &&
				!caption.lines[0].indented &&
				paragraphs.length >= 2 &&
				paragraphs.every((p, k) => k === paragraphs.length - 1 || p.lines[0].indented === true))) &&
		endsSentence(above.lines.at(-1)?.text ?? '') &&
		endsSentence(caption.text) &&
		!CAPTION_START.test(caption.text)
	);
}

/**
 * In a text dump, whether the last paragraph before a credit is a photo's caption printed under a
 * poem: every paragraph above it, three or more, is verse (no line of it ends a sentence or a
 * clause), the caption ends its sentence and the credit stands tight under it (`吹绿了河滩上的柳` /
 * `` / `老党员翻开新书` / `` / `11月1日，农民在田间忙着春耕备耕。` / `资料图片`). A poem closes on
 * no photographer's credit; a caption printed as the poem's own picture says so (`图为…`).
 */
function captionUnderVerse(
	paragraphs: Extract<Unit, { kind: 'paragraph' }>[],
	credit: Unit,
	extracted: boolean,
): boolean {
	if (extracted || paragraphs.length < 4) return false;
	const caption = paragraphs.at(-1)!;
	return (
		credit.lines[0].number === (caption.lines.at(-1) as Line).number + 1 &&
		endsSentence(caption.text) &&
		!CAPTION_START.test(caption.text) &&
		paragraphs.slice(0, -1).every((p) => !p.dateline && p.lines.every((l) => !/[。！？；，、：…”」]\s*$/u.test(l.text)))
	);
}

/** Whether a credit names only reporters whose byline stands in the gap before the body (`本报记者 张强` … `张强 摄`). */
function creditsOwnReporters(credit: Unit, gap: Unit[]): boolean {
	if (credit.kind !== 'credit' || credit.credit.authors.length === 0) return false;
	const reporters = gap.flatMap((u) => (u.kind === 'byline' ? u.byline.authors : []));
	return credit.credit.authors.every((name) => reporters.includes(name));
}

/**
 * Whether a credit standing alone between two bodies is set over the caption under it (`…收获很大。`
 * / `` / `新华社发` / `这是…拍摄的…。`): a blank line parts it from the text above, which ends a
 * sentence, and none from the caption under it, one paragraph that no credit of its own closes.
 * It closes no caption above it.
 */
function creditOverCaption(
	above: Extract<Unit, { kind: 'paragraph' }>,
	gap: Unit[],
	next: Draft | undefined,
	closing: Unit[] | undefined,
): boolean {
	if (gap.length !== 1 || next?.paragraphs.length !== 1 || closing?.[0]?.kind === 'credit') return false;
	const [credit] = gap;
	return (
		endsSentence(above.lines.at(-1)?.text ?? '') &&
		(above.lines.at(-1) as Line).number + 1 < credit.lines[0].number &&
		(credit.lines.at(-1) as Line).number + 1 === next.paragraphs[0].lines[0].number
	);
}

/**
 * Whether a credit is set over its photo's title and caption (`王芳摄` / `快乐课堂` / `工人在…。`):
 * the credit, then one heading, each tight over the next, over text of one paragraph (a caption)
 * that no credit of its own closes. With `apart`, a blank line may part the credit from the title:
 * pdftotext sets a credit read tight under the text above (the photo's foot, printed beside that
 * text) apart from the title and caption it reads next (`…振兴。` / `新华社记者 X 摄` / `` / `春耕正忙` / `近日，…。`).
 */
function creditOverTitle(gap: Unit[], next: Draft | undefined, closing: Unit[] | undefined, apart = false): boolean {
	if (gap.length !== 2 || gap[1].kind !== 'heading' || next?.paragraphs.length !== 1) return false;
	if (closing?.[0]?.kind === 'credit') return false;
	const [credit, title] = gap;
	const blank = title.lines[0].number - (credit.lines.at(-1) as Line).number - 1;
	return (
		(blank === 0 || (apart && blank === 1)) &&
		title.lines.length === 1 &&
		(title.lines.at(-1) as Line).number + 1 === next.paragraphs[0].lines[0].number
	);
}

/** Whether a credit is set tight under a paragraph's last line (no blank line between). */
function tightUnder(paragraph: Extract<Unit, { kind: 'paragraph' }>, credit: Unit): boolean {
	return credit.lines[0].number === (paragraph.lines.at(-1) as Line).number + 1;
}

/**
 * Whether the last paragraph before a credit is set apart from the text above it by more blank
 * lines than any two of that text's paragraphs (`…收获很大。` / `` / `` / `运动员在比赛中奋力拼搏。` /
 * `新华社发`): a photo's caption printed beside the article, not the article's last paragraph.
 * Printed above its credit: a caption under the credit (`图为…`) is the article's photo's.
 */
function setApart(paragraphs: Extract<Unit, { kind: 'paragraph' }>[], credit: Unit): boolean {
	const caption = paragraphs.at(-1)!;
	if (caption.lines[0].number > credit.lines[0].number) return false;
	const blanks = (a: Extract<Unit, { kind: 'paragraph' }>, b: Extract<Unit, { kind: 'paragraph' }>): number =>
		b.lines[0].number - a.lines.at(-1)!.number - 1;
	const before = blanks(paragraphs.at(-2)!, caption);
	if (before < 1) return false;
	for (let k = 1; k + 1 < paragraphs.length; k++) if (blanks(paragraphs[k - 1], paragraphs[k]) >= before) return false;
	return true;
}

/**
 * Captions of numbered figures set one after another, then their credits one after another (a
 * layout that prints the credits in a row under the pictures, `图①…` / `图②…` / `新华社发` /
 * `王芳 摄`): the credits go to the captions in order, each right after its own. The run opens
 * with a numbered caption; the paragraphs after it count as captions too (a photo beside it
 * printed without a number, `图①…` / `入夜，老街…` / `王芳 摄` / `李强 摄`), as many as the credits
 * that follow: pdftotext reads the credits set under two pictures side by side after both captions.
 * There (`extracted`) the run may open with a plain caption too (`清晨，…` / `入夜，…` / two credits).
 */
function pairFigureCredits(units: Unit[], extracted: boolean): Unit[] {
	const out = [...units];
	for (let i = 0; i < out.length; i++) {
		let run = 0;
		while (isCaptionLike(out[i + run])) run++;
		let credits = 0;
		while (out[i + run + credits]?.kind === 'credit') credits++;
		// The captions: the whole run of paragraphs (pdftotext's order), else its part from the
		// first numbered caption on.
		let start = i;
		if (!extracted || run !== credits) while (start < i + run && !isFigure(out[start])) start++;
		const captions = i + run - start;
		// Plain paragraphs among the captions pair only where no caption follows the credits
		// unclosed, which the last credit could stand over (a credit set above its photo's caption).
		const after = i + run + credits;
		const plain = out.slice(start, i + run).some((unit) => !isFigure(unit));
		const over = isCaptionLike(out[after]) && out[after + 1]?.kind !== 'credit';
		if (run === 0 || captions < 2 || credits !== captions || (plain && over)) {
			i += Math.max(0, run + credits - 1);
			continue;
		}
		const pairs = out.slice(start, start + 2 * captions);
		// Two captions of two groups side by side (`图①…` / `图①…`, or numbers that do not run on):
		// pdftotext reads their credits from the second back (see `sideBySide`).
		const credited = pairs.slice(captions);
		if (extracted && captions === 2 && sideBySide(pairs[0], pairs[1])) credited.reverse();
		const paired = pairs.slice(0, captions).flatMap((caption, k) => [caption, credited[k]]);
		out.splice(start, 2 * captions, ...paired);
		i = start + 2 * captions - 1;
	}
	return out;
}

/**
 * Whether two numbered captions read one after the other belong to two photos of two groups set
 * side by side: the second's number does not follow the first's (`图①…` / `图①…`, `图③…` /
 * `图⑤…`). Their credits come in the other order in a pdftotext dump, the second photo's first.
 */
function sideBySide(first: Unit, second: Unit): boolean {
	const [a, b] = [figureNumber(first.text), figureNumber(second.text)];
	return a !== undefined && b !== undefined && b !== a + 1;
}

/** A paragraph that may be a photo's caption after a numbered one: no dateline, no 小标题. */
function isCaptionLike(unit: Unit | undefined): boolean {
	return unit?.kind === 'paragraph' && !unit.dateline && !unit.intertitle;
}

function isFigure(unit: Unit | undefined): boolean {
	return unit?.kind === 'paragraph' && !unit.dateline && FIGURE.test(unit.text);
}

// How a photo caption inside an article starts: 图为…, 上图…, 图①….
const CAPTION_START = /^(?:图为|[上下左右]图|图[①-⑩\d])/u;

/**
 * A caption printed under its photo's credit, right after an article (`…。` / `本报记者 X 摄` /
 * `图为…`): the photo is the article's, so the caption is put before the credit, where it joins
 * the article's body and the credit closes it, instead of standing as an item of its own that
 * would take the article's headline.
 */
function captionsBeforeCredits(units: Unit[]): Unit[] {
	const out = [...units];
	for (let i = 1; i + 1 < out.length; i++) {
		const [before, credit, caption] = [out[i - 1], out[i], out[i + 1]];
		if (
			credit.kind !== 'credit' ||
			before.kind !== 'paragraph' ||
			caption.kind !== 'paragraph' ||
			caption.dateline ||
			!CAPTION_START.test(caption.text)
		)
			continue;
		if (out[i + 2]?.kind === 'paragraph') continue;
		// A caption closed by a credit of its own, or a credit closing a figure's caption (图①…),
		// is the next photo of a run, not the article's.
		if (out[i + 2]?.kind === 'credit' || FIGURE.test(before.text)) continue;
		// Only after an article of several paragraphs: after a one-paragraph caption, the next
		// caption is the next photo's (图① … / 图② …).
		if (out[i - 2]?.kind !== 'paragraph') continue;
		[out[i], out[i + 1]] = [caption, credit];
		i++;
	}
	return out;
}

// A commentator's role alone in brackets closing a text (`（本报评论员）`, `（特约评论员）`).
const COMMENTATOR_SIGN_OFF = /^[（(]\s*(?:本报|特约)?评论员\s*[）)]$/u;

/**
 * A story signed at its end in brackets on a line of its own (`…点23个。` / `（王芳）`, `（本报记者
 * 王芳 李强）`): the brackets close its text and are its byline, taken out of its paragraphs, as a
 * paragraph of their own after another or as the last line of its last paragraph, under a line
 * that ends a sentence (a dump with no paragraph breaks). Not in a caption (a body with a photo
 * credit keeps its text).
 */
function signOffApart(body: Draft): void {
	const last = body.paragraphs.at(-1);
	const line = last?.lines.at(-1);
	// A caption keeps its text; a story of several paragraphs closed by its sign-off under a sentence's
	// end is signed there, though a credit the segmentation gave it follows.
	if (!last || !line || (body.credit && !signOffUnderText(body.paragraphs))) return;
	// A sign-off a narrow column wrapped (`（本报记者 王芳 李` / `强）`): a paragraph of its own, its
	// bracket opened on its first line and closed only on its last, signs the body as one line would.
	const wrapped = wrappedSignOff(last);
	const own = last.lines.length === 1 || wrapped;
	if (own ? body.paragraphs.length < 2 : !endsSentence(last.lines.at(-2)?.text ?? '')) return;
	const signOff = wrapped ? last.text.trim() : line.text.trim();
	// A paper's commentary signed by the role alone (`（本报评论员）`) names no one, and is a commentary.
	// So is a writer's name after a dash (`——王芳`), a commentary's signature, or a reporter's role
	// and names (`——新华社记者 王芳`): the byline set at the text's foot.
	// Not where a byline signs the text already: the dash's signature would be a second one.
	const dashed =
		startsWithDash(signOff) && !body.bylines.some((b) => b.kind === 'byline')
			? readClosingSignature(signOff)
			: undefined;
	const commentary =
		COMMENTATOR_SIGN_OFF.test(signOff) || (dashed !== undefined && !ROLE.test(signOff.replace(/^[—－―─\s]+/u, '')));
	const authors = COMMENTATOR_SIGN_OFF.test(signOff) ? [] : (dashed ?? readBracketSignOff(signOff));
	if (!authors || !last.text.endsWith(signOff)) return;
	const byline: Unit = {
		kind: 'byline',
		lines: wrapped ? last.lines : [line],
		text: signOff,
		byline: { text: signOff, authors, commentary },
	};
	const kept = last.text.slice(0, -signOff.length).trimEnd();
	body.paragraphs = own
		? body.paragraphs.slice(0, -1)
		: [...body.paragraphs.slice(0, -1), { ...last, lines: last.lines.slice(0, -1), text: kept }];
	body.bylines.push(byline);
}

/**
 * Whether a paragraph is one bracketed sign-off wrapped over two or three lines: its first line
 * opens the bracket and closes none, its last closes it, no line between closes it, and its text
 * reads as a reporter's sign-off (`（本报记者 王芳 李` / `强）`).
 */
function wrappedSignOff(paragraph: Draft['paragraphs'][number]): boolean {
	// Speed: the line count and the first line's bracket read before any line is trimmed.
	if (paragraph.lines.length < 2 || paragraph.lines.length > 3) return false;
	if (!/^[（(][^（()）]*$/u.test(paragraph.lines[0].text.trim())) return false;
	const lines = paragraph.lines.map((l) => l.text.trim());
	if (!/^[^（()）]*[）)]$/u.test(lines.at(-1) as string)) return false;
	if (lines.slice(1, -1).some((l) => /[（()）]/u.test(l))) return false;
	return readBracketSignOff(paragraph.text.trim()) !== undefined;
}

/**
 * Whether a commentary's signature (`◎王芳`) names its writer beside a credit that names no one, only
 * where the picture came from (`资料图片`, `新华社发`): the picture illustrates the signed piece, which
 * keeps its kind and its writer, as a photo credited so names no photographer to sign it.
 */
function signedBesideSource(body: Draft): boolean {
	if (body.credit?.kind !== 'credit' || body.credit.credit.authors.length > 0 || body.paragraphs.length < 2)
		return false;
	return body.bylines.some((b) => b.kind === 'byline' && b.byline.commentary && b.byline.authors.length > 0);
}

/**
 * The one reporter's sign-off that stands as a whole line among a body's lines (`（本报记者 王芳
 * 李强）`, `（记者 王芳）`), where a PDF extraction set it among its text's lines, its other columns'
 * lines after it: a role opens the brackets, which close the line. Taken out of its paragraph as the
 * body's byline; returns its names. Two sign-offs naming different reporters are two stories' ends,
 * and sign neither.
 */
function signOffAmong(body: Draft): string[] | undefined {
	let found: { names: string[]; line: Line; at: number } | undefined;
	for (const [at, paragraph] of body.paragraphs.entries())
		for (const line of paragraph.lines) {
			const text = line.text.trim();
			if (!/^[（(]/u.test(text) || !/[）)]$/u.test(text) || !ROLE.test(text.slice(1).trim())) continue;
			const names = readBracketSignOff(text);
			if (!names) continue;
			if (found && found.names.join('、') !== names.join('、')) return undefined;
			found ??= { names, line, at };
		}
	if (!found) return undefined;
	const { line, at } = found;
	const paragraph = body.paragraphs[at];
	const text = line.text.trim();
	// The paragraph's text joined the line's words without their spaces: match it space or none.
	const pattern = new RegExp(
		[...text.replace(/\s+/gu, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'),
		'u',
	);
	const match = pattern.exec(paragraph.text);
	if (match && paragraph.lines.length > 1) {
		const kept = (paragraph.text.slice(0, match.index) + paragraph.text.slice(match.index + match[0].length)).trim();
		body.paragraphs = body.paragraphs.map((p, i) =>
			i === at ? { ...p, lines: p.lines.filter((l) => l !== line), text: kept } : p,
		);
		body.bylines.push({
			kind: 'byline',
			lines: [line],
			text,
			byline: { text, authors: found.names, commentary: false },
		});
	}
	return found.names;
}

function kindOf(body: Draft): ItemKind {
	// A reporter's article of several paragraphs keeps its kind when a photo credit closes it:
	// the photo is the article's (a photo item is a caption, or a 摄影报道 signed by its photographer).
	const reported = body.bylines.some((b) => b.kind === 'byline' && !b.byline.commentary && !/摄/.test(b.text));
	if (body.credit && !(reported && body.paragraphs.length >= 2) && !signedBesideSource(body)) return 'photo';
	// A photo story signed by its photographer: `本报记者 王海 摄影报道`.
	if (body.bylines.some((b) => b.kind === 'byline' && /摄影报道$/.test(b.text))) return 'photo';
	return body.bylines.some((b) => b.kind === 'byline' && b.byline.commentary) ? 'commentary' : 'article';
}

function toItem(body: Draft, kind: ItemKind, warnings: Warning[], extracted: boolean): ParsedItem {
	// The first and last line the item holds. Speed: read in one pass, with no array of every line
	// number made and spread into Math.min and Math.max.
	let [firstLine, lastLine] = [Infinity, -Infinity];
	const span = (lines: Line[]) => {
		for (const { number } of lines) {
			if (number < firstLine) firstLine = number;
			if (number > lastLine) lastLine = number;
		}
	};
	for (const p of body.paragraphs) span(p.lines);
	span(body.headline?.lines ?? []);
	for (const b of body.bylines) span(b.lines);
	span(body.credit?.lines ?? []);
	if (body.section && !body.sectionCopied) span(body.section.lines);
	// A photo's authors are its photographers, named by its credit: a reporter's byline beside a
	// caption is the neighbouring story's.
	const photographed = kind === 'photo' && body.credit !== undefined;
	// A story whose dateline names its reporters (`本报讯（记者 X）…`) is signed there alone: a
	// byline the segmentation gave it as well is another item's.
	const named = (body.paragraphs.find((p) => p.dateline)?.dateline?.authors.length ?? 0) > 0;
	const signers =
		photographed || named ? [] : body.bylines.flatMap((b) => (b.kind === 'byline' ? b.byline.authors : []));
	// A story signed by its byline is written by those it names: the credit of a photo the
	// segmentation gave it names the photo's photographer, not one of its authors.
	const credited = body.credit?.kind === 'credit' && !(kind !== 'photo' && signers.length > 0);
	const authors = [
		...signers,
		...(credited && body.credit?.kind === 'credit' ? body.credit.credit.authors : []),
		// The dateline opens the body, or follows the box at its head (an editor's note).
		...(body.paragraphs.find((p) => p.dateline)?.dateline?.authors ?? []),
	];
	// An interview signed by its note (`（本报记者 X采访整理）`) at either end of its body.
	if (authors.length === 0)
		for (const p of [body.paragraphs.at(-1), body.paragraphs[0]])
			authors.push(...(readNoteAuthors(p?.text ?? '') ?? []));
	// Or by its writer's name closing it in a paragraph of its own (`——王芳`, `（王芳）`, `（作者：王芳）`).
	if (authors.length === 0 && body.paragraphs.length >= 2)
		authors.push(...(readClosingSignature(body.paragraphs.at(-1)?.text ?? '') ?? []));
	// Or run on at the end of its last paragraph, where the extraction joined the note to it.
	if (authors.length === 0) authors.push(...(readTrailingNoteAuthors(body.paragraphs.at(-1)?.text ?? '') ?? []));
	// Or by a dateline's brackets opening the text, where the place and date before them went
	// elsewhere (an extraction's pieces): `（记者 X）…`.
	if (authors.length === 0) authors.push(...(readOpeningBracketAuthors(body.paragraphs[0]?.text ?? '') ?? []));
	// Or, in a PDF extraction, by a reporter's sign-off on a line of its own that the extraction set
	// among its text's lines (`（本报记者 王芳 李强）`), its other columns' lines after it.
	if (authors.length === 0 && extracted && kind !== 'photo') authors.push(...(signOffAmong(body) ?? []));
	// Or, in a PDF extraction, by the one dateline's brackets that its text holds anywhere: the
	// extraction set the story's opening among another column's lines. A text dump keeps its order:
	// there only a whole dateline's (`本报某地3月1日电（记者 X）`, `本报讯（记者 X）`) signs, run on
	// after a box at the head (`核心阅读`) with no paragraph break.
	if (authors.length === 0 && kind !== 'photo')
		authors.push(
			...(readInnerBracketAuthors(
				extracted ? body.paragraphs.map((p) => p.text) : body.paragraphs.flatMap((p) => runOnDatelines(p.text)),
			) ?? []),
		);
	// Or by such brackets in the line read as its headline: a dateline's line the extraction set apart.
	if (authors.length === 0 && extracted && kind !== 'photo' && body.headline)
		authors.push(...(readInnerBracketAuthors([body.headline.headline]) ?? []));
	// Or, in a PDF extraction, by a name standing alone that the labels took as its section (a bare
	// name of a common surname, `沈萍`): a column's name is no person's, and the extraction sets a
	// byline spread a word a line among other columns' lines, where it reads as a bare label.
	const labelSigns = extracted && authors.length === 0 && kind !== 'photo' && signedByLabel(body);
	if (labelSigns) authors.push(unspacedName(body.section?.text ?? ''));
	// Or, in a PDF extraction, a reporter's byline spread a word a line, one of its names left alone
	// where the labels took it as the section (`本报记者　王芳` / `` / `李强`, or `王芳` / `` / `通讯员` /
	// `` / `李强`): the name joins the byline, in the page's order.
	const labelJoins = extracted && !labelSigns && kind !== 'photo' && joinedByLabel(body);
	if (labelJoins && body.section) {
		const name = unspacedName(body.section.text);
		const before = body.section.lines[0].number < body.bylines[0].lines[0].number;
		authors.splice(before ? 0 : authors.length, 0, name);
	}
	if (!body.headline) {
		warnings.push({
			code: 'no-headline',
			line: firstLine,
			endLine: lastLine,
			message: `lines ${lineSpan(firstLine, lastLine)}: expects a headline for the item starting "${body.paragraphs[0].text.slice(0, 16)}…" but found none; wrote ${PLACEHOLDER_HEADLINE}, replace it by hand`,
		});
	}
	return {
		headline: body.headline?.headline ?? PLACEHOLDER_HEADLINE,
		headlineMissing: !body.headline,
		kicker: body.headline?.kicker,
		subheadline: body.headline?.subheadline,
		byline: labelSigns
			? body.section?.text
			: body.bylines.length > 0
				? (labelJoins && body.section
						? [...body.bylines, body.section].sort((a, b) => a.lines[0].number - b.lines[0].number)
						: body.bylines
					)
						.map((b) => b.text)
						.join(' ')
				: undefined,
		authors: [...new Set(authors)],
		section: labelSigns || labelJoins ? undefined : body.section?.text,
		sectionCopied: body.sectionCopied === true,
		kind,
		credit: body.credit?.text,
		paragraphs: body.paragraphs.map((p) => p.text),
		intertitles: body.paragraphs.flatMap((p, i) => (p.intertitle ? [i] : [])),
		firstLine,
		lastLine,
	};
}

/**
 * The datelines' brackets a paragraph holds after its first character, each with the words that open
 * a dateline before it: `…到馆。本报东湖3月1日电（记者王芳）近日…` → `日电（记者王芳）`.
 */
function runOnDatelines(text: string): string[] {
	return [...text.matchAll(/(?:\d日电|本报讯|社讯)[\s\u3000]*[（(][^（()）]{3,40}[）)]/gu)].map((m) => m[0]);
}

/** Whether an item's own section label is a bare name standing alone (`沈萍`, `段　刚`), and no byline stands with it. */
function signedByLabel(body: Draft): boolean {
	const label = body.section;
	return (
		label?.kind === 'label' &&
		label.bare &&
		!body.sectionCopied &&
		body.bylines.length === 0 &&
		readsAsSignature(unspacedName(label.text))
	);
}

/**
 * Whether an item's own section label is a bare name standing alone (`李强`) beside a reporter's byline
 * (one that a role opens, `本报记者　王芳`, `通讯员　赵刚`) whose names it does not hold already.
 */
function joinedByLabel(body: Draft): boolean {
	const label = body.section;
	if (label?.kind !== 'label' || !label.bare || body.sectionCopied || body.bylines.length === 0) return false;
	const name = unspacedName(label.text);
	if (!readsAsSignature(name)) return false;
	return body.bylines.every(
		(b) =>
			b.kind === 'byline' &&
			!b.byline.commentary &&
			ROLE.test(b.text.trim()) &&
			b.byline.authors.length > 0 &&
			!b.byline.authors.includes(name),
	);
}

const unspacedName = (text: string) => text.replace(/\s/gu, '');

function unplaced(warnings: Warning[], lines: number[], text: string, what: string): void {
	const first = Math.min(...lines);
	const last = Math.max(...lines);
	warnings.push({
		code: 'unplaced',
		line: first,
		endLine: last === first ? undefined : last,
		message: `line ${lineSpan(first, last)}: could not place ${what}: "${text}"; add it to the right item by hand`,
		text,
	});
}

/**
 * The headline a spare heading that opens an extraction's page (past the page furniture and any
 * column label) is the kicker (引题) of, not the page's banner: the spare (at `at` in its gap) is
 * one phrase (four to sixteen Han characters, no sentence or list mark, a kicker's —— allowed)
 * set one blank line over the heads that follow it, and the first of them set tight over what
 * follows it (its byline, or its body's first line) opens on a character (no list mark: a list's
 * title stands over its first brief) and has no kicker of its own. pdftotext may print other
 * columns' heads, each a blank line apart, between a kicker and its headline. A banner reads
 * otherwise: two phrases set apart by a space, a column label set tight under it, or no head set
 * tight over its story below.
 */
function kickerOverTightHead(
	gap: GapElement[],
	at: number,
	body: Draft | undefined,
): Extract<GapElement, { type: 'heading' }> | undefined {
	const spare = gap[at];
	if (spare?.type !== 'heading') return undefined;
	const { group } = spare;
	if (group.lines.length !== 1 || group.kicker || group.subheadline) return undefined;
	if (!/^[\p{Script=Han}“”‘’·：]{4,16}(?:——)?$/u.test(group.lines[0].text.trim())) return undefined;
	const firstLine = (e: GapElement | undefined) =>
		e ? (e.type === 'heading' ? e.group.lines : e.unit.lines)[0] : body?.paragraphs[0]?.lines[0];
	let end = group.lines[0].number;
	for (let k = at + 1; gap[k]?.type === 'heading'; k++) {
		const head = gap[k] as Extract<GapElement, { type: 'heading' }>;
		const { lines } = head.group;
		if (lines[0].number !== end + 2) return undefined;
		end = (lines.at(-1) as Line).number;
		if (firstLine(gap[k + 1])?.number !== end + 1) continue;
		return !head.group.kicker && /^[\p{Script=Han}“‘]/u.test(lines[0].text.trim()) ? head : undefined;
	}
	return undefined;
}
