/**
 * Matches parsed items to gold items one to one by the most shared body text. Shared text is
 * counted as common character 4-grams (as a multiset), which tracks shared characters closely
 * and costs linear time; pairs are taken greedily from the most shared down.
 */

const GRAM = 4;

/** The multiset of a text's character 4-grams (the text itself when shorter). */
function grams(text: string): Map<string, number> {
	const chars = [...text];
	const out = new Map<string, number>();
	const n = Math.max(1, chars.length - GRAM + 1);
	for (let i = 0; i < n; i++) {
		const gram = chars.slice(i, i + GRAM).join('');
		if (gram !== '') out.set(gram, (out.get(gram) ?? 0) + 1);
	}
	return out;
}

/** How many 4-grams two gram multisets share. */
function shared(a: Map<string, number>, b: Map<string, number>): number {
	let n = 0;
	for (const [gram, count] of a) n += Math.min(count, b.get(gram) ?? 0);
	return n;
}

/**
 * Pairs of indices `[gold, parsed]` for the bodies given (already canonical). A pair needs
 * some shared text; every index appears at most once.
 * @example matchItems(['甲乙丙丁戊'], ['xx', '甲乙丙丁']) // [[0, 1]]
 */
export function matchItems(gold: string[], parsed: string[]): [number, number][] {
	const goldGrams = gold.map(grams);
	const parsedGrams = parsed.map(grams);
	const pairs: { g: number; p: number; score: number; exact: boolean }[] = [];
	goldGrams.forEach((a, g) =>
		parsedGrams.forEach((b, p) => {
			const score = shared(a, b);
			if (score > 0) pairs.push({ g, p, score, exact: gold[g] === parsed[p] });
		}),
	);
	// Exact bodies first, then by shared text; ties by position keep the result stable.
	pairs.sort((x, y) => Number(y.exact) - Number(x.exact) || y.score - x.score || x.g - y.g || x.p - y.p);
	const usedGold = new Set<number>();
	const usedParsed = new Set<number>();
	const out: [number, number][] = [];
	for (const { g, p } of pairs) {
		if (usedGold.has(g) || usedParsed.has(p)) continue;
		usedGold.add(g);
		usedParsed.add(p);
		out.push([g, p]);
	}
	return out.sort((x, y) => x[0] - y[0]);
}
