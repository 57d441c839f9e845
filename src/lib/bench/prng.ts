/**
 * A small seeded pseudo-random generator (mulberry32). The benchmark must produce the same
 * archive for the same seed on every machine, so nothing here reads Math.random or the clock.
 */

/** Draws numbers and choices from one deterministic stream. */
export interface Rng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both ends included. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T;
	/** True with probability `p`. */
	chance(p: number): boolean;
}

/** 32-bit FNV-1a hash of a string, used to derive seeds from names such as a date. */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A generator seeded with a number or a string. @example createRng('2021-06-08').int(4, 8) */
export function createRng(seed: number | string): Rng {
	let state = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (list) => {
			if (list.length === 0) throw new Error('pick expects a non-empty list but found an empty one');
			return list[Math.floor(next() * list.length)];
		},
		chance: (p) => next() < p,
	};
}
