import type { Hit } from './find-hits.ts';

/** A piece of an excerpt: plain text, or a hit to mark. */
export interface ExcerptPart {
	text: string;
	hit: boolean;
}

/** Where an excerpt of `length` characters starts when it is cut around a hit starting at `from`. */
const startAround = (from: number, length: number) => Math.max(0, from - Math.floor(length / 3));

/**
 * The hit to cut the excerpt around: the one whose excerpt shows the most hit characters, the
 * first of those on a tie. A query of several terms (a pasted sentence, `“急难愁盼”问题`) then
 * shows the passage that holds them, not a short term's first, lone occurrence.
 */
function anchorOf(hits: Hit[], length: number): Hit | undefined {
	let best: Hit | undefined;
	let most = -1;
	for (const hit of hits) {
		const start = startAround(hit[0], length);
		const shown = hits.reduce(
			(sum, [from, to]) => sum + Math.max(0, Math.min(to, start + length) - Math.max(from, start)),
			0,
		);
		if (shown > most) [best, most] = [hit, shown];
	}
	return best;
}

/**
 * Cuts `text` to about `length` characters around its hits (see anchorOf; from the start when
 * there is none) and splits it into plain and hit parts, with … where it was cut.
 * @example excerptParts('甲乙丙丁', [[1, 2]], 10) // [{ text: '甲', hit: false }, { text: '乙', hit: true }, { text: '丙丁', hit: false }]
 */
export function excerptParts(text: string, hits: Hit[], length = 90): ExcerptPart[] {
	const anchor = anchorOf(hits, length);
	let start = anchor ? startAround(anchor[0], length) : 0;
	const end = Math.min(text.length, start + length);
	start = Math.max(0, Math.min(start, end - length));
	const parts: ExcerptPart[] = [];
	const push = (s: string, hit: boolean) => s && parts.push({ text: s, hit });
	if (start > 0) push('…', false);
	let at = start;
	for (const [from, to] of hits) {
		if (to <= start || from >= end) continue;
		push(text.slice(at, Math.max(at, from)), false);
		push(text.slice(Math.max(at, from), Math.min(to, end)), true);
		at = Math.min(to, end);
	}
	push(text.slice(at, end), false);
	if (end < text.length) push('…', false);
	return parts;
}
