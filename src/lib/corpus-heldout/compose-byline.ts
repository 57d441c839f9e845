import type { Rng } from '../bench/prng.ts';
import { authorUnits } from './features.ts';
import { fillSlots, type SlotContext } from './fill-slots.ts';
import { personName } from './names.ts';

/** How an item names its authors: a byline, a dateline opening its first paragraph, or both. */
export interface Attribution {
	byline?: string;
	authors: string[];
	/** Text that opens the first paragraph, such as 本报青岭5月3日电 （记者 某某）. */
	dateline?: string;
	xinhua: boolean;
}

function distinctNames(rng: Rng, count: number): string[] {
	const names = new Set<string>();
	while (names.size < count) names.add(personName(rng));
	return [...names];
}

/** A news article's attribution, in one of the many forms papers print. */
export function articleAttribution(rng: Rng, context: SlotContext): Attribution {
	const [a, b] = distinctNames(rng, 2);
	const stem = context.places.city.slice(0, -1);
	const when = `${context.month}月${context.day}日电`;
	const form = rng.int(0, 13);
	switch (form) {
		case 0:
		case 1:
			return { byline: `本报记者 ${a}`, authors: [a], xinhua: false };
		case 2:
			return { byline: `本报记者 ${a}、${b}`, authors: [a, b], xinhua: false };
		case 3:
			return { byline: `本报记者 ${a} 本报通讯员 ${b}`, authors: [a, b], xinhua: false };
		case 4:
			return { byline: `本报通讯员 ${a}`, authors: [a], xinhua: false };
		case 5:
			return { byline: `记者 ${a} 通讯员 ${b}`, authors: [a, b], xinhua: false };
		case 6:
			return { byline: `本报记者 ${a} 实习生 ${b}`, authors: [a, b], xinhua: false };
		case 7:
			return { byline: `见习记者 ${a}`, authors: [a], xinhua: false };
		case 8:
			return { byline: `文/${a}`, authors: [a], xinhua: false };
		case 9:
			return { authors: [a], dateline: `本报${stem}${when} （记者 ${a}）`, xinhua: false };
		case 10:
			return { authors: [a, b], dateline: `新华社北京${when}（记者 ${a}、${b}）`, xinhua: true };
		case 11:
			return { byline: `新华社记者 ${a}`, authors: [a], dateline: `新华社${stem}${when} `, xinhua: true };
		case 12:
			return { byline: `本报记者 ${a}`, authors: [a], dateline: `本报${stem}${when} `, xinhua: false };
		default:
			return { byline: a, authors: [a], xinhua: false };
	}
}

/** A commentary's attribution: a name, the paper's commentator, or a name with its unit. */
export function commentaryAttribution(rng: Rng, context: SlotContext): Attribution {
	const [a] = distinctNames(rng, 1);
	const form = rng.int(0, 6);
	if (form === 0) return { byline: '本报评论员', authors: [], xinhua: false };
	if (form === 1) return { byline: `本报评论员 ${a}`, authors: [a], xinhua: false };
	if (form === 2)
		return {
			byline: `${a}（作者单位：${fillSlots(rng.pick(authorUnits), context, rng)}）`,
			authors: [a],
			xinhua: false,
		};
	if (form === 3) return { byline: `文/${a}`, authors: [a], xinhua: false };
	return { byline: a, authors: [a], xinhua: false };
}

/** A photo credit and the people it names. */
export interface Credit {
	credit: string;
	authors: string[];
	/** Where a wrapped credit breaks, as an index into the credit; 0 when it does not wrap. */
	breakAt: number;
}

/** A photo credit in one of the forms papers print. */
export function photoCredit(rng: Rng): Credit {
	const [a, b] = distinctNames(rng, 2);
	const forms: [string, string[]][] = [
		[`${a} 摄`, [a]],
		[`本报记者 ${a} 摄`, [a]],
		[`${a} 摄（视觉中国）`, [a]],
		[`${a} 摄（人民视觉）`, [a]],
		['新华社发', []],
		[`新华社记者 ${a} 摄`, [a]],
		['受访者供图', []],
		['资料图片', []],
		[`${a}/摄`, [a]],
		[`本报通讯员 ${a} 摄`, [a]],
		[`${a}、${b} 摄`, [a, b]],
		[`图/${a}`, [a]],
	];
	const [credit, authors] = rng.pick(forms);
	let breakAt = 0;
	if (credit.length > 7 && rng.chance(0.3)) {
		const space = credit.indexOf(' ');
		breakAt = space > 0 && rng.chance(0.6) ? space + 1 : Math.max(2, credit.length - rng.int(2, 4));
	}
	return { credit, authors, breakAt };
}
