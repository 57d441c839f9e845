/**
 * The tune6 generator's dice: the seeded stream of src/lib/bench/prng.ts behind a key, forked by
 * name so that one decision (say the dump's habits) draws the same numbers whatever another draws.
 */
import { createRng, type Rng } from '../bench/prng.ts';

/** A seeded stream with the draws the generator needs. */
export class Dice {
	private readonly rng: Rng;
	private readonly key: string;

	constructor(key: string) {
		this.key = key;
		this.rng = createRng(key);
	}

	/** An independent stream named after this one. */
	fork(name: string): Dice {
		return new Dice(`${this.key}/${name}`);
	}

	/** A float in [0, 1). */
	next(): number {
		return this.rng.next();
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return this.rng.int(min, max);
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.rng.chance(p);
	}

	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T {
		return this.rng.pick(list);
	}

	/** One of `options`, drawn by weight. @example dice.weighted([['a', 3], ['b', 1]]) */
	weighted<T>(options: readonly (readonly [T, number])[]): T {
		const total = options.reduce((sum, [, w]) => sum + w, 0);
		let at = this.next() * total;
		for (const [value, w] of options) {
			at -= w;
			if (at < 0) return value;
		}
		return options[options.length - 1][0];
	}

	/** The list in a new random order. */
	shuffle<T>(list: readonly T[]): T[] {
		const out = [...list];
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(0, i);
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	}

	/** `count` distinct elements of the list (all of it when shorter), in the list's order. */
	sample<T>(list: readonly T[], count: number): T[] {
		const chosen = new Set(this.shuffle(list.map((_, i) => i)).slice(0, count));
		return list.filter((_, i) => chosen.has(i));
	}
}
