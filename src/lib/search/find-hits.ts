import { normalizeChars } from './search-form.ts';

/** A hit in a text: `[start, end)` in UTF-16 offsets of the original text. */
export type Hit = [number, number];

/**
 * Where the query terms (already normalised, from `queryTerms`) occur in `text`, matched on the
 * normalised form so that a Traditional query finds Simplified text, and across spaces, since
 * page dumps often set a space around numbers (`调度 1次` holds `调度1次`); sorted, overlaps
 * merged. A hit starts at its first character and ends after its last.
 * @example findHits('額濟納旗的牧民', ['额济纳旗']) // [[0, 4]]
 */
export function findHits(text: string, terms: string[]): Hit[] {
	const chars = normalizeChars(text);
	// The normalised text without spaces, and for each of its code points the offsets of that
	// code point in the normalised string and in the original.
	const normStart: number[] = [];
	const origStart: number[] = [];
	const origEnd: number[] = [];
	let n = 0;
	let o = 0;
	let compact = '';
	for (let i = 0; i < chars.length; i++) {
		const width = text.codePointAt(o)! > 0xffff ? 2 : 1;
		// Spaces are skipped; line breaks stay, so that no hit runs from one block into the next.
		if (!/^[^\S\n]+$/u.test(chars[i])) {
			normStart.push(n);
			origStart.push(o);
			origEnd.push(o + width);
			n += chars[i].length;
			compact += chars[i];
		}
		o += width;
	}
	const hits: Hit[] = [];
	// Terms (from queryTerms) hold no spaces.
	for (const term of terms) {
		if (!term) continue;
		for (let at = compact.indexOf(term); at >= 0; at = compact.indexOf(term, at + 1)) {
			const from = normStart.indexOf(at);
			const last = normStart.findLastIndex((start) => start < at + term.length);
			if (from >= 0 && last >= from) hits.push([origStart[from], origEnd[last]]);
		}
	}
	hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Hit[] = [];
	for (const hit of hits) {
		const previous = merged[merged.length - 1];
		if (previous && hit[0] <= previous[1]) previous[1] = Math.max(previous[1], hit[1]);
		else merged.push([...hit]);
	}
	return merged;
}
