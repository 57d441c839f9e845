/**
 * How well a headline's words fit each body of its page. A newspaper headline names what its
 * story tells, in the story's own words (`打出为民办事“组合拳”` over `…打出一套为民办实事、解难题的
 * “组合拳”`), so the pairs of Han characters a headline shares with a body, weighed by how few
 * of the page's bodies hold them, say which body it heads.
 */

// A headline's fit to a body is scored against its best body: the worst fit costs this much. It
// stays below a body left without a headline (1), but a chain of headlines each moved onto a
// neighbour's body adds up past one spare heading.
const WEIGHT = 0.45;
// Below this many pairs of characters found in one body only (a best score under this many times
// log(bodies)) a headline's words say nothing: a photo's title (点亮希望) often shares none with
// its caption, or one pair with some story by chance (传承红色精神: 红色).
const MIN_PAIRS = 1.5;

const HAN_RUNS = /\p{Script=Han}+/gu;

/**
 * The pairs of adjacent Han characters in a text, each as one number (the two code points), read
 * run by run.
 */
function pairs(text: string): Set<number> {
	const out = new Set<number>();
	for (const run of text.match(HAN_RUNS) ?? []) {
		let previous = -1;
		for (let i = 0; i < run.length; i++) {
			const code = run.codePointAt(i) as number;
			if (code > 0xffff) i++;
			if (previous >= 0) out.add(previous * 0x110000 + code);
			previous = code;
		}
	}
	return out;
}

/**
 * Which of the pairs `among` (pairs of Han characters) a text holds: a body is read for its
 * headlines' pairs alone. Two adjacent characters that make such a pair are both Han, so one run,
 * and the text is read straight through, a pair looked up only after one of their first characters.
 */
function pairsAmong(
	text: string,
	among: Set<number>,
	firsts: Set<number>,
	firstsInPlane: Uint8Array = inPlane(firsts),
): Set<number> {
	const out = new Set<number>();
	let previous = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.codePointAt(i) as number;
		if (code > 0xffff) i++;
		const first = previous >= 0 && previous <= 0xffff ? firstsInPlane[previous] === 1 : firsts.has(previous);
		if (first && among.has(previous * 0x110000 + code)) out.add(previous * 0x110000 + code);
		previous = code;
	}
	return out;
}

// The flags `inPlane` returns, one table for every call (speed: not 64 KB made and zeroed per page),
// and the codes it last set, cleared on the next call.
const planeFlags = new Uint8Array(0x10000);
let flagged: number[] = [];

/**
 * Which characters of the Basic Multilingual Plane `codes` holds, as a flag by code. Speed: a
 * look-up per character of every body. The table is shared: it holds the last call's codes only.
 */
function inPlane(codes: Set<number>): Uint8Array {
	for (const code of flagged) planeFlags[code] = 0;
	flagged = [...codes].filter((code) => code >= 0 && code <= 0xffff);
	for (const code of flagged) planeFlags[code] = 1;
	return planeFlags;
}

/**
 * Scores of each headline against each body: the sum, over the character pairs the headline
 * shares with the body, of log(bodies / bodies holding the pair): a pair every body holds weighs nothing.
 * @example fitScores(['组合拳'], ['打出“组合拳”。', '其他。'])[0][0] > 0 // true
 */
export function fitScores(headlines: string[], bodies: string[]): number[][] {
	const own = headlines.map((headline) => pairs(headline));
	const wanted = new Set(own.flatMap((set) => [...set]));
	const firsts = new Set([...wanted].map((pair) => Math.floor(pair / 0x110000)));
	const firstsInPlane = inPlane(firsts);
	const held = bodies.map((body) => pairsAmong(body, wanted, firsts, firstsInPlane));
	const count = new Map<number, number>();
	for (const set of held) for (const pair of set) count.set(pair, (count.get(pair) ?? 0) + 1);
	// Speed: each pair's weight taken once per page, and a headline's pairs that no body holds
	// (they add nothing) left out before its bodies are read; the sums keep their order.
	const weight = new Map([...count].map(([pair, bodiesHolding]) => [pair, Math.log(bodies.length / bodiesHolding)]));
	return own.map((mine) => {
		const shared = [...mine].filter((pair) => weight.has(pair));
		return held.map((set) => {
			let score = 0;
			for (const pair of shared) if (set.has(pair)) score += weight.get(pair) as number;
			return score;
		});
	});
}

/**
 * The cost of placing each headline on each body, from its scores: 0 on its best body, up to
 * WEIGHT on a body that shares none of its words; 0 everywhere for a headline whose words fit no
 * body clearly (`clear`).
 */
export function fitCosts(scores: number[][]): number[][] {
	return scores.map((row) => {
		const best = Math.max(0, ...row);
		const isClear = clear(row);
		return row.map((score) => (isClear ? WEIGHT * (1 - score / best) : 0));
	});
}

/** Whether a headline's best score says something: MIN_PAIRS pairs or more found in one body only. */
function clear(row: number[]): boolean {
	return row.length > 1 && Math.max(0, ...row) >= MIN_PAIRS * Math.log(row.length);
}

/**
 * The cost of leaving a headline on no body (a banner, or spare): as much as its worst body when
 * its words fit some body clearly (a banner's words fit no story more than the others), else 0.
 */
export function spareCost(row: number[]): number {
	return clear(row) ? WEIGHT : 0;
}

/**
 * Whether a page's headlines speak of their bodies: most headlines whose words fit some body
 * clearly fit best a body they could head by their place (`reach`: the first and last body
 * within reach of each headline, by the gaps). On a page whose headlines share no more with
 * their own bodies than with others, the best fit falls anywhere, and gives no evidence.
 */
export function fitIsEvidence(scores: number[][], reach: [number, number][]): boolean {
	let near = 0;
	let far = 0;
	scores.forEach((row, h) => {
		if (!clear(row)) return;
		const at = row.indexOf(Math.max(...row));
		if (at >= reach[h][0] && at <= reach[h][1]) near++;
		else far++;
	});
	return near >= 2 && near > 2 * far;
}
