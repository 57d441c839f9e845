import { normalizeChars } from './normalize.ts';

/** A hit in a text: `[start, end)` in UTF-16 offsets of the original text. */
export type Hit = [number, number];

/**
 * Where the query terms (already normalised, from `queryTerms`) occur in `text`, matched on the
 * normalised form so that a Traditional query finds Simplified text; sorted, overlaps merged.
 * @example findHits('額濟納旗的牧民', ['额济纳旗']) // [[0, 4]]
 */
export function findHits(text: string, terms: string[]): Hit[] {
	const chars = normalizeChars(text);
	// Offsets of each code point in the normalised and in the original string.
	const normStart: number[] = [];
	const origStart: number[] = [];
	let n = 0;
	let o = 0;
	for (let i = 0; i < chars.length; i++) {
		normStart.push(n);
		origStart.push(o);
		n += chars[i].length;
		o += text.codePointAt(o)! > 0xffff ? 2 : 1;
	}
	normStart.push(n);
	origStart.push(o);
	const normalised = chars.join('');
	const toIndex = (offset: number) => normStart.indexOf(offset);
	const hits: Hit[] = [];
	for (const term of terms) {
		if (!term) continue;
		for (let at = normalised.indexOf(term); at >= 0; at = normalised.indexOf(term, at + 1)) {
			const from = toIndex(at);
			const to = toIndex(at + term.length);
			if (from >= 0 && to >= 0) hits.push([origStart[from], origStart[to]]);
		}
	}
	hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Hit[] = [];
	for (const hit of hits) {
		const last = merged[merged.length - 1];
		if (last && hit[0] <= last[1]) last[1] = Math.max(last[1], hit[1]);
		else merged.push([...hit]);
	}
	return merged;
}
