import type { Rng } from '../bench/prng.ts';
import type { Places } from './names.ts';

/** The fixed values an item's templates share: its places, people and two numbers. */
export interface SlotContext {
	places: Places;
	people: { 甲: string; 乙: string; 丙: string };
	n1: number;
	n2: number;
	month: number;
	day: number;
}

const fixed: Record<string, (c: SlotContext) => string> = {
	市: (c) => c.places.city,
	县: (c) => c.places.county,
	镇: (c) => c.places.town,
	村: (c) => c.places.village,
	企: (c) => c.places.firm,
	甲: (c) => c.people.甲,
	乙: (c) => c.people.乙,
	丙: (c) => c.people.丙,
	n1: (c) => String(c.n1),
	n2: (c) => String(c.n2),
};

/** Fills a template's slots: places and people from the context, fresh numbers from the generator. */
export function fillSlots(template: string, context: SlotContext, rng: Rng): string {
	return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
		if (fixed[name]) return fixed[name](context);
		if (name === '数') return String(rng.int(3, 96));
		if (name === '大数') return String(rng.int(1200, 48000));
		if (name === '百') return `${rng.int(2, 28)}.${rng.int(1, 9)}%`;
		if (name === '小') return `${rng.int(1, 9)}.${rng.int(1, 9)}`;
		if (name === '月') return String(context.month);
		if (name === '日') return String(context.day);
		throw new Error(`fillSlots expects a known slot but found ${whole} in “${template}”`);
	});
}

/** The people named in a template's fixed person slots, in order of first use. */
export function peopleIn(template: string, context: SlotContext): string[] {
	const names: string[] = [];
	for (const match of template.matchAll(/\{([甲乙丙])\}/g)) {
		const name = context.people[match[1] as '甲' | '乙' | '丙'];
		if (!names.includes(name)) names.push(name);
	}
	return names;
}
