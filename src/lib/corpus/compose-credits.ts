import type { Rng } from '../bench/prng.ts';
import { personName } from '../bench/vocabulary.ts';

/**
 * Bylines, datelines and photo credits in the forms Chinese papers print them, each with the
 * person names it holds (the gold `authors`).
 */

/** Printed text and the names in it. */
export interface Signed {
	text: string;
	authors: string[];
}

const cities = ['北京', '呼和浩特', '包头', '赤峰', '鄂尔多斯', '通辽', '上海', '广州', '成都', '西安', '海拉尔', '乌海'];

/** An article's byline: `本报记者 王芳`, `本报记者 王芳 实习生 李强`, `新华社记者 王芳`, … */
export function articleByline(rng: Rng): Signed {
	const a = personName(rng);
	const b = personName(rng);
	switch (rng.int(0, 8)) {
		case 0:
			return { text: `本报记者 ${a} 实习生 ${b}`, authors: [a, b] };
		case 1:
			return { text: `本报记者 ${a} ${b}`, authors: [a, b] };
		case 2:
			return { text: `本报记者 ${a} 通讯员 ${b}`, authors: [a, b] };
		case 3:
			return { text: `新华社记者 ${a}`, authors: [a] };
		case 4:
			return { text: `见习记者 ${a}`, authors: [a] };
		case 5:
			return { text: `本报通讯员 ${a}`, authors: [a] };
		default:
			return { text: `本报记者 ${a}`, authors: [a] };
	}
}

/** A commentary's signature: a name (printed after ◎), sometimes with a role. */
export function commentaryByline(rng: Rng): Signed {
	const a = personName(rng);
	if (rng.chance(0.15)) return { text: '本报评论员', authors: [] };
	if (rng.chance(0.2)) return { text: `本报评论员 ${a}`, authors: [a] };
	return { text: a, authors: [a] };
}

/** A dateline opening a story: `本报北京6月7日电（记者 王芳）`, with the reporters it names. */
export function dateline(rng: Rng, date: string): Signed {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - 1);
	const when = `${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
	const city = rng.pick(cities);
	const a = personName(rng);
	const b = personName(rng);
	switch (rng.int(0, 4)) {
		case 0:
			return { text: `新华社${city}${when}电（记者${a}、${b}）`, authors: [a, b] };
		case 1:
			return { text: `本报${city}${when}讯（记者 ${a} 通讯员 ${b}）`, authors: [a, b] };
		case 2:
			return { text: `本报讯（记者 ${a}）`, authors: [a] };
		default:
			return { text: `本报${city}${when}电（记者${a}）`, authors: [a] };
	}
}

/** A photo credit: `王芳 摄`, `本报记者 王芳 摄`, `王芳 摄（人民视觉）`, `新华社发`, `受访者供图`, … */
export function photoCredit(rng: Rng): Signed {
	const a = personName(rng);
	switch (rng.int(0, 9)) {
		case 0:
		case 1:
			return { text: `${a} 摄`, authors: [a] };
		case 2:
			return { text: `${a} 摄（人民视觉）`, authors: [a] };
		case 3:
			return { text: `新华社记者 ${a} 摄`, authors: [a] };
		case 4:
			return { text: '新华社发', authors: [] };
		case 5:
			return { text: rng.chance(0.5) ? '受访者供图' : `${rng.pick(['主办方', '本报资料'])}供图`, authors: [] };
		case 6:
			return { text: rng.chance(0.5) ? '资料图片' : '（资料图片）', authors: [] };
		default:
			return { text: `本报记者 ${a} 摄`, authors: [a] };
	}
}

/** An interview note closing a story told in the first person: `（本报记者 王芳采访整理）`. */
export function interviewNote(rng: Rng): Signed {
	const a = personName(rng);
	return { text: `（本报记者 ${a}采访整理）`, authors: [a] };
}
