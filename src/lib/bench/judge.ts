/**
 * Graded judgements of the search benchmark, by rule over a generated archive, and the measures
 * computed from them.
 */

/** An item as judged: its normalised text (headline first) and headline, spaces dropped. */
export interface JudgedItem {
	text: string;
	headline: string;
}

/** Whether `text` holds `run`; a number only where it stands whole (120 is not in 1200). */
function holdsRun(text: string, run: string): boolean {
	return /^\d+$/.test(run) ? new RegExp(`(?<!\\d)${run}(?!\\d)`).test(text) : text.includes(run);
}

/**
 * How relevant an item is to a query (all normalised): 3 when its headline holds the query as a
 * run; 2 when its text does, or its headline holds every word of the query apart (the item is
 * about them); 1 when its text holds every word apart; else 0.
 * @example gradeOf({ text: '标题\n杭锦旗不动产登记中心', headline: '标题' }, '杭锦旗登记中心', ['杭锦旗', '登记中心']) // 1
 */
export function gradeOf(item: JudgedItem, query: string, words: string[]): number {
	if (holdsRun(item.headline, query)) return 3;
	if (holdsRun(item.text, query)) return 2;
	if (words.length < 2) return 0;
	if (words.every((w) => holdsRun(item.headline, w))) return 2;
	return words.every((w) => holdsRun(item.text, w)) ? 1 : 0;
}

/** Discounted cumulative gain of graded results, in rank order: Σ (2^g − 1) / log2(rank + 1). */
function dcg(grades: number[]): number {
	return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/**
 * nDCG@k of a ranked list of item ids against the graded judgements (ids not judged are 0): the
 * list's DCG over that of the best possible order of every judged item.
 * @example ndcgAt(['a', 'b'], new Map([['a', 3], ['b', 1]]), 10) // 1
 */
export function ndcgAt(ranked: string[], grades: Map<string, number>, k: number): number {
	const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
	return ideal === 0 ? 0 : dcg(ranked.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal;
}

/** Recall@k: the relevant items (grade ≥ 1) in the first k, over as many as k could hold. */
export function recallAt(ranked: string[], grades: Map<string, number>, k: number): number {
	const relevant = [...grades.values()].filter((g) => g > 0).length;
	if (relevant === 0) return 0;
	return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) > 0).length / Math.min(k, relevant);
}

/** 1 / the rank of the first relevant item, 0 when there is none. */
export function reciprocalRank(ranked: string[], grades: Map<string, number>): number {
	const first = ranked.findIndex((id) => (grades.get(id) ?? 0) > 0);
	return first < 0 ? 0 : 1 / (first + 1);
}
