/**
 * The word in `words` nearest to a misspelt `word`, if it is close enough to be a likely typo
 * (at most two edits, and leaving at least two letters alone): `headlne` -> `headline`.
 * @example closestWord('foto', ['article', 'commentary', 'photo']) // 'photo'
 */
export function closestWord(word: string, words: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of words) {
		const d = distance(word.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= 2 && bestDistance < word.length - 1 ? best : undefined;
}

/** Levenshtein distance; words here are short field names, so the plain table is fine. */
function distance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length];
}
