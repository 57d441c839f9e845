import type { Hit } from './find-hits.ts';

/** A piece of an excerpt: plain text, or a hit to mark. */
export interface ExcerptPart {
	text: string;
	hit: boolean;
}

/**
 * Cuts `text` to about `length` characters around the first hit (from the start when there is
 * none) and splits it into plain and hit parts, with … where it was cut.
 * @example excerptParts('甲乙丙丁', [[1, 2]], 10) // [{ text: '甲', hit: false }, { text: '乙', hit: true }, { text: '丙丁', hit: false }]
 */
export function excerptParts(text: string, hits: Hit[], length = 90): ExcerptPart[] {
	const first = hits[0];
	let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
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
