/**
 * The pieces a fresh page is made of: stories (with kicker, subheadline, dateline, 核心阅读,
 * intertitles), briefs, commentaries, essays, interviews, sidebars and photos. Each returns items
 * with their gold and print, and notes the traits it shows.
 */
import type { Rng } from '../bench/prng.ts';
import type { GoldItem } from '../corpus-gold/gold.ts';
import type { FreshItem, ItemPrint } from './fresh-item.ts';
import type { Prose } from './prose.ts';
import { authorNote, intertitle, ownHeadline, personName, personNames, places, question, topics } from './words.ts';

/** What every composer draws from. */
export interface Desk {
	rng: Rng;
	prose: Prose;
	/** The page's date, YYYY-MM-DD: datelines are the day before. */
	date: string;
	traits: Set<string>;
}

const item = (gold: Partial<GoldItem> & Pick<GoldItem, 'headline' | 'paragraphs'>, print: ItemPrint): FreshItem => ({
	gold: { kind: 'article', authors: [], ...gold },
	print,
});

/** A label's marks, noting the trait. */
function labelMark(desk: Desk): ItemPrint['labelMark'] {
	const mark = desk.rng.pick(['square', 'square', 'bracket', 'bare'] as const);
	desk.traits.add({ square: 'label-marked', bracket: 'label-bracketed', bare: 'label-bare' }[mark]);
	return mark;
}

/** A reporter's byline and its authors, or a dateline opening the first paragraph. */
function credit(desk: Desk): { byline?: string; authors: string[]; dateline?: string } {
	const { rng } = desk;
	const names = personNames(rng, 2);
	if (names.length > 1) desk.traits.add('byline-two-names');
	const [, m, d] = desk.date.split('-').map(Number);
	const day = d > 1 ? d - 1 : 28;
	switch (rng.int(0, 5)) {
		case 0:
		case 1:
			desk.traits.add('byline');
			return { byline: `本报记者 ${names.join(' ')}`, authors: names };
		case 2:
			desk.traits.add('byline');
			return {
				byline: `本报记者 ${names[0]}${rng.chance(0.5) ? ` 通讯员 ${personName(rng)}` : ''}`,
				authors: [names[0]],
			};
		case 3:
			desk.traits.add('dateline');
			return { dateline: `本报${rng.pick(places)}${m}月${day}日电（记者${names.join('、')}）`, authors: names };
		case 4:
			desk.traits.add('dateline');
			return { dateline: `新华社${rng.pick(places)}${m}月${day}日电（记者${names.join('、')}）`, authors: names };
		default:
			desk.traits.add('dateline');
			return { dateline: `本报讯（记者 ${names[0]}）`, authors: [names[0]] };
	}
}

/** A story: the lead of a page or one of its others. */
export function story(desk: Desk, lead: boolean): FreshItem {
	const { rng, prose } = desk;
	const gold: GoldItem = { kind: 'article', headline: prose.headline(), authors: [], paragraphs: [] };
	if (rng.chance(lead ? 0.7 : 0.2)) {
		gold.kicker = rng.chance(0.6) ? `聚焦${rng.pick(topics)}——` : ownHeadline(rng);
		desk.traits.add(gold.kicker.endsWith('——') ? 'kicker' : 'kicker-plain');
	}
	if (rng.chance(lead ? 0.6 : 0.2)) {
		gold.subheadline = rng.chance(0.7) ? `——${rng.pick(places)}${rng.pick(topics)}见闻` : ownHeadline(rng);
		desk.traits.add(gold.subheadline.startsWith('——') ? 'subheadline' : 'subheadline-plain');
	}
	const who = credit(desk);
	Object.assign(gold, who.byline ? { byline: who.byline } : {}, { authors: who.authors });
	const paragraphs = prose.paragraphs(rng.int(lead ? 4 : 2, lead ? 8 : 5), lead ? 110 : 80);
	if (who.dateline) paragraphs[0] = who.dateline + paragraphs[0];
	const intertitles: number[] = [];
	if (lead && rng.chance(0.6)) {
		const numbered = rng.chance(0.5);
		desk.traits.add(numbered ? 'intertitle-numbered' : 'intertitle-plain');
		for (let at = 2, n = 0; at < paragraphs.length; at += rng.int(2, 3), n++) {
			paragraphs.splice(at, 0, intertitle(rng, n, numbered));
			intertitles.push(at);
			at++;
		}
	}
	let openingBox = false;
	if (lead && rng.chance(0.35)) {
		desk.traits.add('core-reading');
		paragraphs.unshift('核心阅读', prose.paragraph(70));
		for (let i = 0; i < intertitles.length; i++) intertitles[i] += 2;
		intertitles.unshift(0);
		openingBox = true;
	}
	gold.paragraphs = paragraphs;
	if (intertitles.length) gold.intertitles = intertitles;
	return item(gold, {
		role: lead ? 'lead' : 'story',
		bylineMark: rng.pick(['', '□']),
		bylineAt: 'head',
		openingBox,
	});
}

/** A run of briefs (简讯) under one label, every brief with its headline. */
export function briefs(desk: Desk): FreshItem[] {
	const { rng, prose } = desk;
	desk.traits.add('briefs');
	const section = rng.pick(['简讯', '经济简讯', '本地简讯', '要闻简报']);
	const mark = labelMark(desk);
	return Array.from({ length: rng.int(2, 4) }, (_, i) => {
		const who = credit(desk);
		const body = prose.paragraph(rng.int(50, 110));
		return item(
			{
				headline: prose.headline(),
				section,
				authors: who.authors,
				...(who.byline ? { byline: who.byline } : {}),
				paragraphs: [who.dateline ? who.dateline + body : body],
			},
			{ role: 'brief', labelMark: mark, labelShown: i === 0, bylineAt: 'tail', bylineMark: '' },
		);
	});
}

/** A signed commentary: a short 今日谈-style column or a 人民时评-style one. */
export function commentary(desk: Desk, short: boolean): FreshItem {
	const { rng, prose } = desk;
	desk.traits.add('commentary');
	const name = personName(rng);
	const tail = rng.chance(short ? 0.6 : 0.3);
	const paragraphs = prose.paragraphs(short ? rng.int(2, 3) : rng.int(4, 6), short ? 60 : 100);
	return item(
		{
			kind: 'commentary',
			headline: prose.headline(),
			section: short
				? rng.pick(['今日谈', '快评', '一线视角', '观察'])
				: rng.pick(['人民时评', '评论员观察', '望海楼']),
			byline: name,
			authors: [name],
			paragraphs,
		},
		{
			role: short ? 'column' : 'commentary',
			labelMark: labelMark(desk),
			bylineMark: rng.pick(['◎', '◎', '']),
			bylineAt: tail ? 'tail' : 'head',
			boxed: short,
		},
	);
}

/** An essay: byline over it, intertitles, and （作者为…） as its last paragraph. */
export function essay(desk: Desk): FreshItem {
	const { rng, prose } = desk;
	desk.traits.add('commentary');
	desk.traits.add('author-note');
	const name = personName(rng);
	const paragraphs = prose.paragraphs(rng.int(3, 6), 110);
	const intertitles: number[] = [];
	if (rng.chance(0.5)) {
		desk.traits.add('intertitle-plain');
		paragraphs.splice(2, 0, intertitle(rng, 0, false));
		intertitles.push(2);
	}
	paragraphs.push(authorNote(rng));
	return item(
		{
			kind: 'commentary',
			headline: prose.headline(),
			byline: name,
			authors: [name],
			paragraphs,
			...(intertitles.length ? { intertitles } : {}),
		},
		{ role: 'essay', bylineMark: '', bylineAt: 'head' },
	);
}

/** An interview: an editor's note (——编 者), then questions and answers, signed 采访整理. */
export function interview(desk: Desk): FreshItem {
	const { rng, prose } = desk;
	desk.traits.add('question');
	desk.traits.add('interview-note');
	const reporter = personName(rng);
	const guest = personName(rng);
	const paragraphs: string[] = [];
	const editors = rng.chance(0.6);
	if (editors) {
		desk.traits.add('editors-note');
		paragraphs.push(prose.paragraph(80), '——编 者');
	}
	paragraphs.push(prose.paragraph(70));
	for (let i = rng.int(2, 3); i > 0; i--) paragraphs.push(`问：${question(rng)}`, `答：${prose.paragraph(90)}`);
	paragraphs.push(`（本报记者 ${reporter}采访整理）`);
	return item(
		{
			headline: prose.headline(),
			subheadline: `——访${rng.pick(places)}${rng.pick(topics)}专家${guest}`,
			authors: [reporter],
			paragraphs,
		},
		{ role: 'interview', openingBox: editors },
	);
}

/** A sidebar: 链接, 相关阅读 or 背景, set in a box after the story it serves. */
export function sidebar(desk: Desk): FreshItem {
	const { rng, prose } = desk;
	desk.traits.add('sidebar');
	return item(
		{
			headline: prose.headline(),
			section: rng.pick(['链接', '相关阅读', '背景']),
			paragraphs: prose.paragraphs(rng.int(1, 3), 70),
		},
		{ role: 'sidebar', labelMark: labelMark(desk), boxed: true },
	);
}

const providers = ['受访者', '当地宣传部门', '景区管理处', '县融媒体中心'];

/** One photo, titled or not, with a caption and a credit; `number` is its 图① mark in a group. */
export function photo(desk: Desk, number?: number): FreshItem {
	const { rng, prose } = desk;
	desk.traits.add(number === undefined ? 'photo' : 'photo-group');
	const name = personName(rng);
	const credits: [string, string[], string][] = [
		[`本报记者 ${name}摄`, [name], 'credit'],
		[`新华社记者 ${name}摄`, [name], 'credit'],
		[`${name} 摄`, [name], 'credit'],
		[`${name}摄（人民视觉）`, [name], 'credit-agency'],
		['新华社发', [], 'credit-source'],
		['资料图片', [], 'credit-source'],
		[`${rng.pick(providers)}供图`, [], 'credit-source'],
	];
	const [credit, authors, trait] = rng.pick(credits);
	desk.traits.add(trait);
	const titled = number === undefined && rng.chance(0.6);
	if (!titled) desk.traits.add('photo-untitled');
	const mark = number === undefined ? '' : `图${'①②③④⑤'[number]}：`;
	return item(
		{
			kind: 'photo',
			headline: titled ? prose.headline() : null,
			authors,
			credit,
			paragraphs: [mark + prose.paragraph(rng.int(30, 70))],
		},
		{ role: 'photo', creditAt: rng.pick(['inline', 'line']), pictureHeight: rng.int(90, 200) },
	);
}
