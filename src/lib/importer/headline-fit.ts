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
 * Which of the numbered pairs (pairs of Han characters, `byFirst`) a text holds, as a flag by
 * number, each pair it holds counted once in `count`: a body is read for its headlines' pairs alone. Two adjacent characters that make such a
 * pair are both Han, so one run, and the text is read straight through, a pair looked up only
 * after one of their first characters.
 */
function pairsAmong(text: string, numbered: Map<number, number>, seconds: number[][], count: Int32Array): Uint8Array {
	const holds = new Uint8Array(numbered.size);
	const hold = (number: number) => {
		if (holds[number] === 1) return;
		holds[number] = 1;
		count[number]++;
	};
	let previous = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.codePointAt(i) as number;
		if (code > 0xffff) i++;
		if (previous > 0xffff) {
			const number = numbered.get(previous * 0x110000 + code);
			if (number !== undefined) hold(number);
		} else if (previous >= 0 && firstAt[previous] !== 0) {
			const list = seconds[firstAt[previous] - 1];
			for (let k = 0; k < list.length; k += 2)
				if (list[k] === code) {
					hold(list[k + 1]);
					break;
				}
		}
		previous = code;
	}
	return holds;
}

// Where each character of the Basic Multilingual Plane that opens a numbered pair finds its
// seconds (`byFirst`: one more than the index of its list, 0 for none): one table for every call
// (speed: not 256 KB made and zeroed per page), and the codes it last set, cleared on the next call.
const firstAt = new Int32Array(0x10000);
let firstsSet: number[] = [];

/**
 * The numbered pairs by their first character, for those of the Basic Multilingual Plane (a pair
 * opening outside it is looked up whole): each list holds a second character and its pair's
 * number, in turn, found through `firstAt`. The table is shared: it holds the last call's pairs only.
 */
function byFirst(numbered: Map<number, number>): number[][] {
	for (const code of firstsSet) firstAt[code] = 0;
	firstsSet = [];
	const seconds: number[][] = [];
	for (const [pair, number] of numbered) {
		const first = Math.floor(pair / 0x110000);
		if (first > 0xffff) continue;
		if (firstAt[first] === 0) {
			seconds.push([]);
			firstAt[first] = seconds.length;
			firstsSet.push(first);
		}
		seconds[firstAt[first] - 1].push(pair % 0x110000, number);
	}
	return seconds;
}

/**
 * Scores of each headline against each body: the sum, over the character pairs the headline
 * shares with the body, of log(bodies / bodies holding the pair): a pair every body holds weighs nothing.
 * @example fitScores(['组合拳'], ['打出“组合拳”。', '其他。'])[0][0] > 0 // true
 */
export function fitScores(headlines: string[], bodies: string[]): number[][] {
	const own = headlines.map((headline) => pairs(headline));
	// Speed: each pair the headlines hold is numbered once (a pair is a number past the small
	// integers, slow to hash), and the bodies are read, counted and scored by those numbers.
	const numbered = new Map<number, number>();
	for (const set of own) for (const pair of set) if (!numbered.has(pair)) numbered.set(pair, numbered.size);
	const seconds = byFirst(numbered);
	// How many bodies hold each pair.
	const count = new Int32Array(numbered.size);
	const held = bodies.map((body) => pairsAmong(body, numbered, seconds, count));
	// Speed: each pair's weight taken once per page, and a headline's pairs that no body holds
	// (they add nothing) left out before its bodies are read; the sums keep their order.
	const weight = Array.from(count, (bodiesHolding) => Math.log(bodies.length / bodiesHolding));
	return own.map((mine) => {
		const shared = [...mine].map((pair) => numbered.get(pair) as number).filter((number) => count[number] > 0);
		return held.map((holds) => {
			let score = 0;
			for (const number of shared) if (holds[number] === 1) score += weight[number];
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
