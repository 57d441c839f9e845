import heads from './heads.json' with { type: 'json' };
import type { Rng } from '../bench/prng.ts';
import { placeName } from '../bench/vocabulary.ts';
import { foreignCities, type Desk } from './desk-prose.ts';

/**
 * Headlines, kickers (引题) and subheadlines (副题) in the manner of each desk. A headline is
 * returned as its printed lines: one line, or a two-part headline set on two lines.
 */

const {
	verbs,
	objects,
	halves,
	worldHeads,
	economyHeads,
	societyHeads,
	theoryHeads,
	cultureHeads,
	opinionHeads,
	kickers,
} = heads;

/** Fills the slots of a head template. */
function fill(rng: Rng, template: string): string {
	return template
		.replace(/\{P\}/g, () => placeName(rng))
		.replace(/\{C\}/g, () => rng.pick(foreignCities))
		.replace(/\{n\}/g, () => String(rng.int(3, 18)));
}

/** A headline of the desk, as its printed lines. @example headline(rng, 'news') // ['达拉特旗扎实推进重点项目建设'] */
export function headline(rng: Rng, desk: Desk): string[] {
	switch (desk) {
		case 'world':
			return [fill(rng, rng.pick(worldHeads))];
		case 'economy':
			return [fill(rng, rng.pick(economyHeads))];
		case 'society':
			return [fill(rng, rng.pick(societyHeads))];
		case 'theory':
			return [rng.pick(theoryHeads)];
		case 'culture':
			return [rng.pick(cultureHeads)];
		case 'opinion':
			return [rng.pick(opinionHeads)];
		default:
			if (rng.chance(0.45)) {
				const a = rng.pick(halves);
				const b = rng.pick(halves.filter((h) => h !== a));
				return rng.chance(0.5) ? [a, b] : [`${a} ${b}`];
			}
			return [placeName(rng) + rng.pick(verbs) + rng.pick(objects)];
	}
}

/** A kicker (引题) as printed: plain, or ending in ——. */
export function kicker(rng: Rng): string {
	const text = rng.chance(0.5) ? rng.pick(kickers) : `${placeName(rng)}${rng.pick(verbs)}${rng.pick(objects)}`;
	return rng.chance(0.5) ? `${text}——` : text;
}

/** A subheadline (副题) as printed: starting with —— or plain. */
export function subheadline(rng: Rng): string {
	const text = rng.pick([
		() => `${placeName(rng)}${rng.pick(verbs)}${rng.pick(objects)}见闻`,
		() => `${placeName(rng)}${rng.pick(objects)}调查`,
		() => `来自${placeName(rng)}的报道`,
		() => `${rng.pick(halves)}，${rng.pick(halves)}`,
	])();
	return rng.chance(0.65) ? `——${text}` : text;
}
