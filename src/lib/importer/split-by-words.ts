import type { Draft } from './assemble-items.ts';
import type { GapElement } from './group-headings.ts';

/** A reading of the page's headings: its cost, and whether the headlines' words were weighed. */
export interface Reading {
	cost: number;
	fitted: boolean;
}

// A split must save at least what a headline left spare, or placed against its words, costs.
const MARGIN = 0.45;
// Readings within this much of the cheapest are equal: the words across the boundary decide.
const EQUAL = 0.05;

/**
 * Splits a run of paragraphs into two bodies where nothing printed between them (no heading,
 * byline or dateline: one item's head block set above its body, the next one's under it) but the
 * headlines' words say two stories meet there: the reading of the whole page with the split, its
 * headlines weighed by their words (`read`), costs clearly less than the reading without. Only on
 * pages whose headlines speak of their bodies; each body is tried at each paragraph boundary, and
 * of the equally cheap boundaries the one whose two sides share the fewest words is taken.
 */
export function splitByWords(
	bodies: Draft[],
	elements: GapElement[][],
	read: (bodies: Draft[], elements: GapElement[][]) => Reading,
): { bodies: Draft[]; elements: GapElement[][] } {
	let current = read(bodies, elements);
	if (!current.fitted) return { bodies, elements };
	let b = bodies;
	let e = elements;
	for (let j = 0; j < b.length; j++) {
		// No reading costs less than nothing: a cheap reading leaves no split to gain by.
		if (current.cost <= MARGIN) break;
		const { paragraphs } = b[j];
		if (paragraphs.length < 2 || b[j].credit) continue;
		const candidates: { bodies: Draft[]; elements: GapElement[][]; reading: Reading; cohesion: number }[] = [];
		for (let k = 1; k < paragraphs.length; k++) {
			if (paragraphs[k].intertitle || paragraphs[k - 1].intertitle) continue;
			const parts: Draft[] = [
				{ ...b[j], paragraphs: paragraphs.slice(0, k) },
				{ paragraphs: paragraphs.slice(k), bylines: [] },
			];
			const nextBodies = [...b.slice(0, j), ...parts, ...b.slice(j + 1)];
			const nextElements = [...e.slice(0, j + 1), [], ...e.slice(j + 1)];
			const reading = read(nextBodies, nextElements);
			if (reading.fitted && reading.cost < current.cost - MARGIN)
				candidates.push({ bodies: nextBodies, elements: nextElements, reading, cohesion: cohesion(paragraphs, k) });
		}
		const cheapest = Math.min(...candidates.map((c) => c.reading.cost));
		const best = candidates
			.filter((c) => c.reading.cost <= cheapest + EQUAL)
			.reduce<(typeof candidates)[number] | undefined>((a, c) => (a && a.cohesion <= c.cohesion ? a : c), undefined);
		if (!best) continue;
		({ bodies: b, elements: e, reading: current } = best);
	}
	return { bodies: b, elements: e };
}

/** The pairs of adjacent Han characters in a text. */
function pairs(text: string): Set<string> {
	const out = new Set<string>();
	const chars = [...text];
	for (let i = 0; i + 1 < chars.length; i++) {
		const pair = chars[i] + chars[i + 1];
		if (/^\p{Script=Han}{2}$/u.test(pair)) out.add(pair);
	}
	return out;
}

/**
 * How much the two paragraphs before boundary `k` and the two after share (Jaccard of their Han
 * character pairs): paragraphs of one story repeat its words, two stories meeting share few.
 */
function cohesion(paragraphs: { text: string }[], k: number): number {
	const before = pairs(
		paragraphs
			.slice(Math.max(0, k - 2), k)
			.map((p) => p.text)
			.join(''),
	);
	const after = pairs(
		paragraphs
			.slice(k, k + 2)
			.map((p) => p.text)
			.join(''),
	);
	let shared = 0;
	for (const pair of before) if (after.has(pair)) shared++;
	return shared / Math.max(1, before.size + after.size - shared);
}
