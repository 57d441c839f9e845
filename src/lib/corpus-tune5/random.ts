/**
 * The tune5 generator's random numbers: the seeded stream of src/lib/bench/prng.ts with the few
 * helpers the composer, the dump and the layout need (weighted picks, shuffles, samples).
 */
import { createRng, type Rng } from '../bench/prng.ts';

/** A seeded stream with helpers. */
export class Dice {
	private readonly rng: Rng;
	constructor(seed: string) {
		this.rng = createRng(seed);
	}
	/** A float in [0, 1). */
	next(): number {
		return this.rng.next();
	}
	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return this.rng.int(min, max);
	}
	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T {
		return this.rng.pick(list);
	}
	/** True with probability p. */
	chance(p: number): boolean {
		return this.rng.chance(p);
	}
	/** One key of a table of weights. */
	weighted<T extends string>(weights: Record<T, number>): T {
		const entries = Object.entries(weights) as [T, number][];
		const total = entries.reduce((sum, [, w]) => sum + w, 0);
		let at = this.next() * total;
		for (const [key, w] of entries) {
			at -= w;
			if (at < 0) return key;
		}
		return entries[entries.length - 1][0];
	}
	/** A shuffled copy. */
	shuffle<T>(list: readonly T[]): T[] {
		const out = [...list];
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(0, i);
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	}
	/** `count` distinct elements (fewer when the list is shorter). */
	sample<T>(list: readonly T[], count: number): T[] {
		return this.shuffle(list).slice(0, count);
	}
	/** A child stream, so that one part of a page drawing more does not move the others. */
	fork(name: string): Dice {
		return new Dice(`${this.int(0, 2 ** 31)}:${name}`);
	}
}
