import type { Rng } from '../bench/prng.ts';
import { personName, placeName } from '../bench/vocabulary.ts';

/**
 * Bylines, datelines and photo credits as dailies print them. Each returns what the gold
 * records (byline without its marks, the names) and the line as printed.
 */

/** A byline: the gold's byline and authors, and the printed line. */
export interface Byline {
	byline?: string;
	authors: string[];
	print?: string;
}

/** A reporter's byline for a news story: 本报记者 某某, with interns and correspondents. */
export function reporterByline(rng: Rng): Byline {
	const first = personName(rng);
	const forms: (() => Byline)[] = [
		() => ({ byline: `本报记者 ${first}`, authors: [first] }),
		() => {
			const second = personName(rng);
			return { byline: `本报记者 ${first} ${second}`, authors: [first, second] };
		},
		() => {
			const second = personName(rng);
			return { byline: `本报记者 ${first} 实习生 ${second}`, authors: [first, second] };
		},
		() => {
			const second = personName(rng);
			return { byline: `本报记者 ${first} 通讯员 ${second}`, authors: [first, second] };
		},
		() => ({ byline: `本报见习记者 ${first}`, authors: [first] }),
		() => ({ byline: `新华社记者 ${first}`, authors: [first] }),
	];
	const b = rng.pick(forms)();
	const mark = rng.pick(['□', '□', '', '■', '本报讯 ']);
	if (mark === '本报讯 ') return { ...b, print: b.byline };
	return { ...b, print: `${mark}${b.byline}` };
}

/** A commentary's byline: a person (◎某某), a pen name, or 本报评论员 (no author). */
export function commentByline(rng: Rng): Byline {
	if (rng.chance(0.25)) return { byline: '本报评论员', authors: [], print: rng.pick(['本报评论员', '□ 本报评论员']) };
	const name = personName(rng);
	return { byline: name, authors: [name], print: `${rng.pick(['◎', '□', '◎ ', '文/'])}${name}` };
}

/** A dateline opening the first paragraph, and the reporter it names. @example dateline(rng, '华盛顿') */
export function dateline(rng: Rng, city: string, month: number, day: number): { text: string; authors: string[] } {
	const name = personName(rng);
	const form = rng.int(0, 3);
	if (form === 0) return { text: `本报${city}${month}月${day}日电\u3000（记者${name}）`, authors: [name] };
	if (form === 1) return { text: `本报驻${city}记者 ${name} `, authors: [name] };
	if (form === 2) return { text: `新华社${city}${month}月${day}日电（记者${name}）`, authors: [name] };
	return { text: `据新华社${city}${month}月${day}日电 `, authors: [] };
}

/** A photo credit as printed, and the photographers it names. */
export function photoCredit(rng: Rng): { credit: string; authors: string[] } {
	const name = personName(rng);
	return rng.pick<() => { credit: string; authors: string[] }>([
		() => ({ credit: `本报记者 ${name} 摄`, authors: [name] }),
		() => ({ credit: `${name} 摄`, authors: [name] }),
		() => ({ credit: `${name}摄（新华社）`, authors: [name] }),
		() => ({ credit: `${name} 摄（人民视觉）`, authors: [name] }),
		() => ({ credit: '新华社发', authors: [] }),
		() => ({ credit: `${placeName(rng)}融媒体中心供图`, authors: [] }),
		() => ({ credit: '受访者供图', authors: [] }),
		() => ({ credit: '资料图片', authors: [] }),
		() => ({ credit: `新华社记者 ${name} 摄`, authors: [name] }),
	])();
}

/** A literary contributor's byline (副刊): a plain name, or with marks. */
export function writerByline(rng: Rng): Byline {
	const name = personName(rng);
	return { byline: name, authors: [name], print: rng.pick([name, `□ ${name}`, `文/${name}`, `◎${name}`]) };
}

/** A theory essay's author line, and the note on who the author is (printed after the body). */
export function scholarByline(rng: Rng): Byline & { note: string } {
	const name = personName(rng);
	const where = rng.pick(['某大学马克思主义学院', '市委党校', '省社会科学院', '某大学公共管理学院']);
	const post = rng.pick(['教授', '副教授', '研究员', '讲师']);
	return { byline: name, authors: [name], print: name, note: `（作者为${where}${post}）` };
}
