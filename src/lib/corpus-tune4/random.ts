/**
 * The tune4 generator's own seeded random numbers (mulberry32): the same seed gives the same
 * page on every machine, so a second run writes the same bytes.
 */
export class Rng {
	private state: number;
	/** Sentences already used on the page, so a page does not repeat itself. */
	readonly seen = new Set<string>();

	/** A generator for `seed` (any integer; mixed so near seeds diverge at once). */
	constructor(seed: number) {
		this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ (seed >>> 13)) >>> 0;
		for (let i = 0; i < 4; i++) this.next();
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. @example new Rng(1).int(1, 6) */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)];
	}

	/** An element chosen by weight: `weighted([['a', 3], ['b', 1]])` gives a three times in four. */
	weighted<T>(choices: readonly (readonly [T, number])[]): T {
		const total = choices.reduce((sum, [, w]) => sum + w, 0);
		let at = this.next() * total;
		for (const [value, w] of choices) if ((at -= w) < 0) return value;
		return choices[choices.length - 1][0];
	}

	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(list: readonly T[]): T[] {
		const out = [...list];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	}

	/** `n` distinct elements of a list (all of it when shorter). */
	sample<T>(list: readonly T[], n: number): T[] {
		return this.shuffle(list).slice(0, n);
	}
}

/**
 * A seed for page `n`, drawing attempt `attempt`, of the corpus seeded `seed`.
 * @example pageSeed(4, 1, 0) !== pageSeed(5, 1, 0)
 */
export function pageSeed(n: number, seed: number, attempt: number): number {
	return (Math.imul(n, 2654435761) ^ Math.imul(seed, 40503) ^ Math.imul(attempt + 1, 97531)) >>> 0;
}
