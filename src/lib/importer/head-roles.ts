import type { Line } from './lines.ts';
import { continuesHeading, endsWithDash, startsWithDash } from './punctuation.ts';
import { wordAcross } from './word-join.ts';

/** A part of a head block printed without the —— that would say what it is. */
export type HeadingRole = 'kicker' | 'subheadline';

/** One part of a head block: its lines, its role (none for the headline), and whether the role is a guess. */
export interface HeadBlockPart {
	lines: Line[];
	role?: HeadingRole;
	/** An unmarked kicker or subheadline was read, or nearly: the editor should look. */
	guessed?: boolean;
}

/** The role of each line of a head block: kicker, headline or subheadline. */
type LineRole = 'K' | 'H' | 'S';

// A reading within this much of the best one, either with parts no —— marks, leaves the parts a guess.
const GUESS_MARGIN = 0.5;

/**
 * Reads the roles of the lines of a head block set tight (kicker? headline subheadline*), by
 * scoring every reading the order allows and taking the best (a block has at most four lines, so
 * at most sixteen readings). The evidence is what any paper's head shows, never its words alone:
 * - marks: a line ending in —— ends the kicker, a line starting with —— starts the subheadline;
 *   a line of eight characters or more ending in a colon ends the kicker (`全国劳动模范张三：`);
 * - wrapping: the lines of one part wrapped over lines share its width, the last no wider (a
 *   wrap fills each line but the last), so a part whose lines widen, or a narrow line between
 *   wide ones, is two parts (`某旗全力打造基层治理体系` / `钱袋子鼓起来` / `绿色成为底色`: a kicker
 *   over a headline set in two lines); a headline of two phrases set a phrase to a line may
 *   widen by a little, or wrap each phrase at one width (`平安建设见` / `实效` / `日子红火了`);
 * - a line that cannot end a part (`…的`, `，`) runs on; a part of at most three characters is
 *   a wrap's tail, not a kicker or subheadline of its own;
 * - a subheadline pauses where the headline does not (`老区焕发新颜` / `绿色成为底色，群众得到实惠`),
 *   after a clause of its own: a line opening with one or two characters and a pause is a wrap's tail
 *   (`从人居环境入` / `手，让群众赏心悦目`),
 *   or names the report it heads (`来自某村的报道`, `…调查`, `记某某`);
 * - a kicker is set no wider than its headline, a subheadline no wider than the headline above;
 * - in a text dump, a line that only names a place (`某某街道`) is the subject of the headline it
 *   opens, not a kicker printed without its ——;
 * - a kicker ending in —— may be printed under its headline (H+ K+ S*, at a small cost); in a text
 *   dump, a block's last line ending in —— read as a headline or subheadline breaks its mark;
 * - in a text dump, lines one blank line apart are parts of one head only as a headline's wrap or
 *   where —— marks them; else they are two heads stacked, read apart (`apartAt`);
 * - in a text dump, a headline runs to twenty characters at most: lines of seven or more that would
 *   make a longer one, each a phrase of its own, are two parts, the wider over the narrower a kicker
 *   over its headline (`longHeadline`);
 * - a place and its colon open a headline: in a text dump such a line is never the wrap of the line
 *   above, and a place, its colon and one to three characters over a line (`某镇：特` / `色产业园上新`)
 *   are a headline's start cut by its wrap, however short of its measure (`placeCutOver`);
 * - in a text dump, a whole two-phrase line over the block's last line, a plain phrase stating a
 *   figure, no —— in the block, is the headline over its subheadline (`twoPhraseOverLast`).
 * Unmarked kickers and subheadlines cost a little, so a block with no evidence stays one headline.
 */
export function headRoles(lines: Line[], dump = false): HeadBlockPart[] {
	if (lines.length === 1) return [{ lines }];
	const readings = candidateRoles(lines.length).map((roles) => ({
		roles,
		score: scoreRoles(lines, roles, dump),
	}));
	readings.sort((a, b) => b.score - a.score);
	const best = readings[0];
	const apart = dump ? apartAt(lines, best.roles) : -1;
	if (apart > 0) return [...headRoles(lines.slice(0, apart), dump), ...headRoles(lines.slice(apart), dump)];
	const guessed =
		unmarkedParts(lines, best.roles, false) > 0 ||
		readings.some(
			(r) =>
				r !== best &&
				best.score - r.score < GUESS_MARGIN &&
				(unmarkedParts(lines, r.roles) > 0 || unmarkedParts(lines, best.roles) > 0),
		);
	return partsOf(best.roles).map(({ role, start, end }) => ({
		lines: lines.slice(start, end),
		...(role === 'K' && { role: 'kicker' as const }),
		...(role === 'S' && { role: 'subheadline' as const }),
		...(guessed && { guessed }),
	}));
}

/**
 * Where a reading of a head block breaks between two lines one blank line apart into unmarked
 * parts, or keeps a kicker or subheadline over the blank line: the index of the line after the
 * blank, or -1 (lines further apart, with other text between, are left to the reading). A head
 * block's parts are set tight, so such lines are two heads stacked (a headline over the next
 * item's), not a kicker over its headline nor a headline over its subheadline; a headline wrapped
 * with a blank line inside stays whole, and so do parts that —— marks (`某某——` / `` / `headline`).
 * (A head block runs over a blank line where the dump's blank lines fall inside paragraphs too.)
 */
function apartAt(lines: Line[], roles: LineRole[]): number {
	for (let i = 1; i < lines.length; i++) {
		if (lines[i].number !== lines[i - 1].number + 2 || (roles[i - 1] === 'H' && roles[i] === 'H')) continue;
		if (roles[i - 1] !== roles[i] && (endsWithDash(lines[i - 1].text) || startsWithDash(lines[i].text))) continue;
		return i;
	}
	return -1;
}

/** Every role sequence of n lines the order allows: K* H+ S*, or H+ K+ S* (a kicker printed under its headline). */
function candidateRoles(n: number): LineRole[][] {
	const out: LineRole[][] = [];
	for (let k = 0; k < n; k++)
		for (let h = 1; k + h <= n; h++) {
			const rest = Array<LineRole>(n - k - h).fill('S');
			out.push([...Array<LineRole>(k).fill('K'), ...Array<LineRole>(h).fill('H'), ...rest]);
			if (k > 0) out.push([...Array<LineRole>(h).fill('H'), ...Array<LineRole>(k).fill('K'), ...rest]);
		}
	return out;
}

/** The runs of one role in a sequence, as line ranges. */
function partsOf(roles: LineRole[]): { role: LineRole; start: number; end: number }[] {
	const parts: { role: LineRole; start: number; end: number }[] = [];
	roles.forEach((role, i) => {
		const last = parts.at(-1);
		if (last && last.role === role) last.end = i + 1;
		else parts.push({ role, start: i, end: i + 1 });
	});
	return parts;
}

/**
 * How many kickers and subheadlines of a reading no —— marks; with `shaped` false, not counting
 * a subheadline whose shape says what it is (it pauses where the headline does not, or names its report).
 */
function unmarkedParts(lines: Line[], roles: LineRole[], shaped = true): number {
	return partsOf(roles).filter(
		({ role, start, end }) =>
			(role === 'K' && !endsKicker(lines[end - 1].text)) ||
			(role === 'S' &&
				!startsWithDash(lines[start].text) &&
				(shaped || start === 0 || !subheadlineShaped(lines[start - 1], lines[start]))),
	).length;
}

// What a report's subheadline names it, first or last: `记某村党支部书记`, `…调查`, `…见闻`; and a
// commentary's, what it takes up: `也谈…`, `从…说起`.
const REPORT_SUBHEADLINE =
	/^记\p{Script=Han}|^也谈\S|^从\S.*说起$|(?:调查|见闻|纪实|侧记|综述|速写|手记|札记|记事|探访|巡礼|扫描|一瞥|报道|故事)$/u;
const PAUSE = /[，,]/;
// A head part that sets a place before its words (`尔拉社区：年老体弱的老党员`).
const PLACE_COLON = /^\p{Script=Han}{2,8}[：:]\p{Script=Han}/u;
// A line that is only a place's name (`某某街道`, `某某镇`, `某某嘎查`): no verb, no topic of its own.
const PLACE_ONLY = /^\p{Script=Han}{2,8}(?:街道|社区|嘎查|苏木|镇|乡|村|县|区|市|旗|盟|州)$/u;
// Any pause or clause mark inside a line.
const ANY_PAUSE = /[，,、；;]/;

// The weights of the evidence, set by hand (docs/importer.md, the head block).
const W = {
	/** A mark placed against its reading: a line ending in —— not ending the kicker, … */
	markBroken: 10,
	/** A kicker or subheadline printed without its ——. */
	unmarked: 1,
	/** Both a kicker and a subheadline printed without ——: a head marks at least one of its extra parts. */
	bothUnmarked: 1.5,
	/** A part whose lines do not read as one text wrapped at one width. */
	notWrapped: 3,
	/** Each line of a kicker, or of a subheadline printed without ——, after its first: a head's part set in even lines is its headline. */
	extraLine: 0.5,
	/** A break between parts where the line before cannot end one (`…的`, a quote left open), or next to a part of 1-3 characters. */
	runsOn: 3,
	/** A break between two lines of one width (within 1 em), no —— marking it: even lines are one part's. */
	evenLines: 1,
	/** A subheadline that pauses where the headline does not, or names its report. */
	subheadlineShape: 3,
	/** A kicker that pauses (`这几天，…`): text, not a head's first part. */
	pausedKicker: 1,
	/**
	 * A kicker, printed without ——, that is only a place's name (`某某街道` / `全力打造…`): the subject
	 * of the headline it opens, set a phrase to a line, not a kicker (a kicker says something).
	 */
	placeKicker: 3,
	/** A line ending in a colon inside a part, not ending the kicker. */
	colonInside: 1,
	/**
	 * A line opening with a place and its colon (`某社区：…`) read as the wrap of the line above: it opens a
	 * part (in a text dump under any line, `建设新征程` / `某镇：特` / `色产业园上新`; in an extraction, whose
	 * order may set another column's line over it, only under another such line).
	 */
	placeOpens: 2,
	/**
	 * In an extraction, a kicker set tight in one block with its headline, past the page's first head
	 * block: pdftotext sets a blank line where the type changes, so a kicker, smaller than its
	 * headline, stands a blank line over it (every one of the open sets' extractions' 407 kickers),
	 * and the line over a headline in its block is the headline's own first line, or the headline
	 * over its subheadline; at the page's top it may be the banner (`bannerOverKicker`).
	 */
	tightKicker: 3,
	/** A kicker narrower than its headline's first line. */
	narrowerKicker: 0.5,
	/**
	 * A line that holds a whole two-phrase headline (`外贸订单回暖　服务送上门`) wrapped on into the next
	 * line: more than a plain kicker costs, so such a line over a headline set a phrase to a line
	 * (`学党史 办实事` / `夜经济旺起来` / `办事不再跑腿`) is its kicker. So too read as a subheadline
	 * wrapped on (`美丽乡村行` / `办事不再跑断腿  一张清单管到底` / `某乡推进老旧小区改造`: the kicker, the
	 * headline and its subheadline, not a headline over a subheadline of two lines).
	 */
	wholeHeadlineRunsOn: 1.5,
	/** A subheadline narrower than the line above it. */
	narrowerSubheadline: 0.25,
	/**
	 * In a text dump, a line of its own over the headline naming a reporter's visit to the field
	 * (`FIELD_REPORT`: `一线见闻`, `记者蹲点`): the kicker printed without its ——, not a headline's first line.
	 */
	fieldReport: 1.5,
	/** A kicker (ending in ——) printed under its headline, not above it. */
	kickerUnder: 2,
	/** A block's last line ending in —— read as a headline or subheadline: a kicker's mark with nothing under it. */
	lastMarkBroken: 3,
	/** A line naming a report's series (`走基层·看变化`, `SERIES`) read as a headline's or subheadline's: it is the kicker. */
	seriesNotKicker: 3,
	/** A headline of lines that each hold a phrase of their own, running past a headline's length (`longHeadline`). */
	longHeadline: 2.5,
	/**
	 * A kicker no narrower than its headline (within half an em) where the two run past a headline's
	 * length, in a text dump's own order: the headline, set in the largest type, holds the fewest
	 * characters of the head's measure, so the wider line over it is its kicker, not a headline over
	 * its subheadline (not where both open with a place and its colon: a head and its subheadline,
	 * each naming its place, `柳河镇：…` / `长者食堂：…`).
	 */
	widerKicker: 0.5,
	/**
	 * In a text dump, a whole two-phrase headline read as the kicker of the block's last line, a plain
	 * phrase stating a figure, no —— in the block (`twoPhraseOverLast`): the line is its subheadline.
	 */
	twoPhraseKicker: 1.5,
};

// A line naming the series a report runs in, two short names set apart by a middle dot
// (`走基层·看变化`, `见证·变迁`): a kicker, above its headline or printed under it, never a
// headline's wrap nor a subheadline (a headline sets no such dot between two short names).
export const SERIES = /^\p{Script=Han}{2,5}[·・]\p{Script=Han}{2,5}$/u;

/**
 * A line naming a reporter's visit to the field, the genre of the report under it (`一线见闻`,
 * `某镇见闻`, `记者蹲点`, `一线调研`, `新春走基层`): a kicker over its headline, not a column's label
 * nor a headline's first line (a headline says what happened, not how it was gathered).
 */
export const FIELD_REPORT = /^(?:\p{Script=Han}{2,4}见闻|\p{Script=Han}{2}(?:蹲点|调研|走基层))$/u;

// A headline runs to twenty characters at most: a head part longer than that, over lines of seven
// characters or more each, holds two parts (an unmarked kicker over its headline).
const HEADLINE_MAX = 20;
// A line opening with a particle that starts no phrase (`的学习交流平台`): a wrap cut it from the line above.
const OPENS_ON_PARTICLE = /^[的地得了着过]/u;
const WHOLE_LINE = 7;

// Two phrases of three or more Han characters each, set apart by a space: a whole two-phrase
// headline (a wrap that cut its second phrase leaves a tail of three characters or fewer).
const TWO_PHRASES = /^\p{Script=Han}{3,}[ \u3000]+\p{Script=Han}{3,}$/u;

/** The score of one reading of a head block: higher is likelier. */
function scoreRoles(lines: Line[], roles: LineRole[], dump: boolean): number {
	let score = 0;
	const parts = partsOf(roles);
	// A headline set vertically in columns (`vertical-lines.ts`) breaks each column at the column's
	// height, not at a measure: its widths say nothing of its parts.
	const vertical = lines.every((line) => line.vertical);
	for (const { role, start, end } of parts) {
		const part = lines.slice(start, end);
		// A kicker under its headline, only where its —— says what it is (some pages print the
		// kicker after the headline): the order costs a little.
		if (role === 'K' && start > 0) score -= endsKicker(part.at(-1)!.text) ? W.kickerUnder : W.markBroken;
		if (role === 'K' && !endsKicker(part.at(-1)!.text)) score -= W.unmarked;
		if (!dump && role === 'K' && lines[0].belowFirstBody) score -= W.tightKicker;
		if (role === 'S' && !startsWithDash(part[0].text)) score -= W.unmarked;
		if (!vertical && !(dump && placeCutOver(part))) score -= W.notWrapped * wrapMisfit(part);
		if (role === 'K' || (role === 'S' && !startsWithDash(part[0].text))) score -= W.extraLine * (part.length - 1);
		if (role === 'K' && PAUSE.test(part.map((line) => line.text).join(''))) score -= W.pausedKicker;
		if (dump && role === 'K' && part.length === 1 && !endsKicker(part[0].text) && PLACE_ONLY.test(part[0].text))
			score -= W.placeKicker;
		if (dump && role === 'H' && !vertical && longHeadline(part)) score -= W.longHeadline;
		if (
			dump &&
			role === 'K' &&
			start === 0 &&
			end < lines.length &&
			part.length === 1 &&
			FIELD_REPORT.test(part[0].text)
		)
			score += W.fieldReport;
		if (dump && role !== 'K' && part.some((line) => SERIES.test(line.text))) score -= W.seriesNotKicker;
	}
	if (unmarkedParts(lines, roles) >= 2) score -= W.bothUnmarked;
	if (dump && roles.at(-1) !== 'K' && endsWithDash(lines.at(-1)!.text)) score -= W.lastMarkBroken;
	const partText = (i: number): string => {
		const { start, end } = parts.find((p) => p.start <= i && i < p.end)!;
		return lines
			.slice(start, end)
			.map((line) => line.text)
			.join('');
	};
	for (let i = 0; i + 1 < lines.length; i++) {
		const [a, c] = [lines[i], lines[i + 1]];
		const [ra, rc] = [roles[i], roles[i + 1]];
		// Marks are kept: a line ending in —— ends the kicker, one starting with —— starts the subheadline.
		if (endsWithDash(a.text) && !(ra === 'K' && rc !== 'K')) score -= W.markBroken;
		if (startsWithDash(c.text) && !(rc === 'S' && ra !== 'S')) score -= W.markBroken;
		// A line ending in a colon over another (`全国劳动模范张三：` / `做群众的贴心人`) ends the kicker:
		// a headline wrapped over lines breaks at its measure, seldom right after a colon.
		if (ra === rc && endsWithColon(a.text)) score -= W.colonInside;
		if (ra === rc) {
			if ((dump || PLACE_COLON.test(a.text)) && PLACE_COLON.test(c.text) && !endsWithDash(c.text))
				score -= W.placeOpens;
			// A whole two-phrase headline on its line: the line under it, four characters or more, is
			// no wrap of it (`小区添活力  科技助春耕` / `全市2个项目集中开工`).
			// In a text dump's own order only: pdftotext may set another column's line under a head.
			// A line opening with a place and its colon opens a headline of its own, under a kicker.
			if (dump && ra !== 'K' && wholeHeadlineOver(a, c)) score -= W.wholeHeadlineRunsOn;
			continue;
		}
		const marked = endsWithDash(a.text) || startsWithDash(c.text) || (ra === 'K' && endsWithColon(a.text));
		if (
			!marked &&
			(continuesHeading(a.text, c.text) ||
				leftOpen(partText(i)) ||
				chars(partText(i)) <= 3 ||
				chars(partText(i + 1)) <= 3 ||
				tailBeforePause(c.text) ||
				(dump && a.width + 1 <= c.width && cutInWord(a.text, c.text)))
		)
			score -= W.runsOn;
		// Even lines are one part's, but a whole two-phrase line over a headline is its kicker: no wrap
		// runs on from it. Under a whole two-phrase headline, an even line is still its wrap, not a
		// plain subheadline (that reading raised spurious subheadlines on pages it was not tuned on),
		// unless a kicker marked with —— stands right over that headline: the head's top is then
		// certain, the headline whole on its line, and the even line under it its subheadline
		// (`某某行——` / `菜园变花园　小区换新颜` / `某镇三个片区改造完工`).
		if (
			!marked &&
			Math.abs(a.width - c.width) <= 1 &&
			!(dump && ra === 'K' && wholeHeadlineOver(a, c)) &&
			// A line naming the report's genre (`新春走基层`, `FIELD_REPORT`) opening the block is its kicker
			// however even its width: no headline opens so.
			!(dump && ra === 'K' && i === 0 && FIELD_REPORT.test(a.text)) &&
			!(
				dump &&
				ra === 'H' &&
				wholeHeadlineOver(a, c) &&
				((i > 0 && roles[i - 1] === 'K' && endsKicker(lines[i - 1].text)) || twoPhraseOverLast(lines, i))
			)
		)
			score -= W.evenLines;
		if (rc === 'S' && !startsWithDash(c.text) && subheadlineShaped(a, c)) score += W.subheadlineShape;
		if (dump && ra === 'K' && rc === 'H' && twoPhraseOverLast(lines, i)) score -= W.twoPhraseKicker;
		if (vertical) continue;
		if (ra === 'K' && a.width + 1 <= c.width) score += W.narrowerKicker;
		if (
			dump &&
			ra === 'K' &&
			rc === 'H' &&
			a.width + 0.5 >= c.width &&
			!TWO_PHRASES.test(a.text) &&
			!PLACE_COLON.test(a.text) &&
			!PLACE_COLON.test(c.text) &&
			longHeadline([a, c])
		)
			score += W.widerKicker;
		if (rc === 'S' && a.width >= c.width + 1) score += W.narrowerSubheadline;
	}
	return score;
}

/**
 * Line i of a head block is a whole two-phrase headline (`小区添活力  科技助春耕`) over the block's
 * last line, a plain phrase stating a figure (`全市2个项目集中开工`, `8项举措助力企业发展`), and no ——
 * marks the block: the line under is the subheadline's fact, not a headline under a two-phrase
 * kicker (a headline under a kicker seldom holds a figure: 5 of the open sets' 677). Without the
 * figure, such a line under a two-phrase line is as often the headline under its kicker
 * (`学党史 见行动` / `社区食堂开进老街巷`; the held-out dumps said so of a rule without it).
 */
function twoPhraseOverLast(lines: Line[], i: number): boolean {
	return (
		i + 2 === lines.length &&
		TWO_PHRASES.test(lines[i].text) &&
		!TWO_PHRASES.test(lines[i + 1].text) &&
		FIGURE.test(lines[i + 1].text) &&
		!lines.some((line) => endsWithDash(line.text) || startsWithDash(line.text))
	);
}

// A figure in a line: a digit, ASCII or full-width.
const FIGURE = /[0-9０-９]/u;

/**
 * In a text dump, a break that falls inside a word or a phrase, so a headline's wrap, never the
 * edge between two parts of a head (asked of a line an em or more narrower than the one under it, where a short
 * kicker or label and a wrap cut short look alike; a chance word across a wider line's end,
 * `…果园连成片` / `山更绿了，…`: 片山, says nothing against the widths): a word of the dictionary runs across it (`某某举` / `办技术论坛`:
 * 举办), or the line above opens with a place and its colon and holds one to three characters after
 * it (`某某：河湖` / `巡护队上新`): a kicker or label says a phrase of its own, not a place with a
 * word's start.
 */
export function cutInWord(above: string, line: string): boolean {
	return PLACE_CUT.test(above) || wordAcross(above, line);
}

// A place and its colon with one to three Han characters after it: a headline's start, cut by its wrap.
const PLACE_CUT = /^\p{Script=Han}{2,8}[：:]\p{Script=Han}{1,3}$/u;

/**
 * In a text dump, a part of two lines whose first holds a place, its colon and one to three
 * characters (`某某：特` / `色产业园上新`): a headline's start cut by its wrap, whatever the widths (a
 * dump may break a headline short of its measure); the two lines are one headline's, not a kicker
 * over a line of its own.
 */
function placeCutOver(part: Line[]): boolean {
	return part.length === 2 && PLACE_CUT.test(part[0].text);
}

/**
 * A line holding a whole two-phrase headline (`小区添活力  科技助春耕`) over a line of four characters
 * or more that opens with no place and colon nor a particle: the line under it is no wrap of it (a wrap that cut its
 * second phrase leaves a short tail), but a part of its own.
 */
export function wholeHeadlineOver(a: Line, c: Line): boolean {
	return TWO_PHRASES.test(a.text) && chars(c.text) >= 4 && !PLACE_COLON.test(c.text) && !OPENS_ON_PARTICLE.test(c.text);
}

/**
 * A headline of two lines or more that runs past twenty characters, each line holding seven or more
 * (`某旗全力打造数字政府建设` / `某镇扎实推进县域商业体系`): a headline is seldom that long, so the
 * lines are a kicker printed without its —— over the headline. A wrap that leaves a short tail
 * (`某县多措并举推进老旧小区改造让居民` / `住得更舒心`) stays one headline.
 */
function longHeadline(part: Line[]): boolean {
	return (
		part.length >= 2 &&
		chars(part.map((line) => line.text).join('')) > HEADLINE_MAX &&
		part.every((line) => chars(line.text) >= WHOLE_LINE && !ANY_PAUSE.test(line.text)) &&
		part.every((line, i) => i === 0 || !cutByWrap(part[i - 1].text, line.text))
	);
}

/**
 * A break that a wrap made inside a phrase: the line above ends on a phrase of one to three
 * characters after a space (`…办公室 企业` / `组成工作组…`: a two-phrase headline's second phrase cut
 * short), or the line opens with a particle that ends no phrase's start (`的学习交流平台`).
 */
function cutByWrap(above: string, line: string): boolean {
	return /[ \u3000]\p{Script=Han}{1,3}$/u.test(above) || OPENS_ON_PARTICLE.test(line);
}

/**
 * How far lines are from reading as one text wrapped at one width: 0 when every line but the
 * last is as wide as the first (within 1 em: a wrap that avoids breaking a word or number may
 * fall a character short) and the last no wider (half an em for a hanging mark); 1 when a line
 * between runs wider or narrower, or the last runs 3 em or more wider; ½ when the last is wider
 * by less (a headline set centred may break short of its measure, `青山村建起了` / `四十块共享菜园`);
 * a headline of two phrases set a phrase to a line fits nearly as well (`phrasesMisfit`).
 */
function wrapMisfit(part: Line[]): number {
	if (part.length < 2) return 0;
	const misfit = oneWrapMisfit(part);
	return misfit === 0 ? 0 : Math.min(misfit, phrasesMisfit(part));
}

/** `wrapMisfit` for lines read as one text wrapped at one width. */
function oneWrapMisfit(part: Line[]): number {
	const width = part[0].width;
	if (part.slice(1, -1).some((line) => Math.abs(line.width - width) > 1)) return 1;
	const over = part.at(-1)!.width - width;
	return over <= 0.5 ? 0 : over < 3 ? 0.5 : 1;
}

// One phrase of a head (three to eight Han characters, no space or mark): a line of its own.
const PHRASE = /^\p{Script=Han}{3,8}$/u;

// A head of two phrases set on lines of their own fits nearly as well as one wrap: a plain kicker
// or subheadline still reads within the guess margin (the editor is asked).
const PHRASES_MISFIT = 0.1;

/**
 * `wrapMisfit` for a headline of two phrases, each set on lines of its own: small when both phrases
 * stand whole on one line each, the second at most two em wider (a head set centred breaks
 * between its phrases, not at a measure: `书香满社区` / `课后服务暖人心`), or when each phrase
 * is wrapped at one shared width, the first ending short and the second opening on a line as wide
 * as the first's (`平安建设见` / `实效` / `日子红火了`);
 * otherwise 1.
 */
function phrasesMisfit(part: Line[]): number {
	if (part.length === 2) {
		const [a, b] = part;
		return PHRASE.test(a.text) && PHRASE.test(b.text) && b.width - a.width <= 2 ? PHRASES_MISFIT : 1;
	}
	const width = part[0].width;
	for (let j = 1; j < part.length; j++) {
		const [first, second] = [part.slice(0, j), part.slice(j)];
		if (part[j - 1].width >= width - 1 || Math.abs(second[0].width - width) > 1) continue;
		if (chars(first.map((l) => l.text).join('')) < 3 || chars(second.map((l) => l.text).join('')) < 3) continue;
		if (oneWrapMisfit(first) === 0 && oneWrapMisfit(second) === 0) return PHRASES_MISFIT;
	}
	return 1;
}

/** A line under a headline's last that reads as a subheadline: it pauses where the line above does not, or names its report. */
function subheadlineShaped(before: Line, line: Line): boolean {
	return (pausesAsAClause(line.text) && !ANY_PAUSE.test(before.text)) || namesItsReport(before, line);
}

/**
 * A line opening with one or two characters before a pause (`手，让群众…`, `工程，让…`): the tail of
 * the line above, cut by a wrap (a head's own clause runs longer, `搬得出，稳得住`).
 */
function tailBeforePause(text: string): boolean {
	const pause = PAUSE.exec(text);
	return pause !== null && chars(text.slice(0, pause.index)) <= 2;
}

/**
 * A line that pauses after a clause of its own, three characters or more (`绿色成为底色，群众得到实惠`,
 * `搬得出，稳得住`): one or two before the pause are the tail of the line above, cut by a wrap
 * (`…老旧小区改造` / `工程，让群众住得更舒心`).
 */
function pausesAsAClause(text: string): boolean {
	return PAUSE.test(text) && !tailBeforePause(text);
}

/**
 * A line naming the report its head block heads (`来自某村的报道`, `某区基层治理调查`,
 * `记某村党支部书记`), no narrower than the line above it or six characters or more (a
 * wrapped headline's tail is short), not a question or exclamation, not ending in a kicker's
 * —— (`记者蹲点——`).
 */
export function namesItsReport(before: Line, line: Line): boolean {
	return (
		REPORT_SUBHEADLINE.test(line.text) &&
		(line.width >= before.width || chars(line.text) >= 6) &&
		!/[！？!?]$/u.test(line.text) &&
		!endsWithDash(line.text)
	);
}

/**
 * A line ending in a colon (`全国劳动模范张三：`), as a kicker naming whose words the headline
 * gives does: eight characters or more, no digit (a short place or topic before a colon,
 * `某某区：`, opens the headline it heads, and a number before one is furniture's, `热线：`).
 */
function endsWithColon(text: string): boolean {
	return /[：:]$/u.test(text) && chars(text) >= 8 && !/\d/u.test(text);
}

/** A kicker's last line, marked as one: ending in —— or a colon, or naming its series (`SERIES`). */
function endsKicker(text: string): boolean {
	return endsWithDash(text) || endsWithColon(text) || SERIES.test(text);
}

/** True when a text opens a quote or bracket it does not close (`“党员志愿者就像` / `我们的亲人”`). */
function leftOpen(text: string): boolean {
	const count = (re: RegExp): number => text.match(re)?.length ?? 0;
	return count(/[“‘「『（(《〈]/gu) > count(/[”’」』）)》〉]/gu);
}

function chars(text: string): number {
	return [...text.replace(/\s/g, '')].length;
}
