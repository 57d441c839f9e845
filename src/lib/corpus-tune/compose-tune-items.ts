import type { Rng } from '../bench/prng.ts';
import { personName, placeName } from '../bench/vocabulary.ts';
import type { GoldItem } from '../corpus-gold/gold.ts';
import { foreignCities, verseLines, type Desk } from './desk-prose.ts';
import type { ProseSource } from './fill-prose.ts';
import { headline, kicker, subheadline } from './make-heads.ts';
import { commentByline, dateline, photoCredit, reporterByline, scholarByline, writerByline } from './make-bylines.ts';
import type { TuneItem } from './tune-model.ts';

/**
 * The items of a tune page, one builder per role. Each builder decides the gold and how the item
 * is printed; the page composer decides which items a page holds.
 */

/** What every builder needs: the page's random stream, prose and date, and the heads used so far. */
export interface ItemContext {
	rng: Rng;
	prose: ProseSource;
	month: number;
	day: number;
	/** Headlines already on the page, so none repeats. */
	heads: Set<string>;
}

/** Column labels a desk prints over its stories. */
const deskLabels: Record<Desk, string[]> = {
	news: ['视点', '基层声音', '新闻深一度', '走基层', '一线调查'],
	world: ['国际视点', '环球走笔', '国际观察', '驻外记者手记'],
	economy: ['经济观察', '市场观察', '产业一线', '数据看变化'],
	society: ['民生', '记者调查', '身边事', '社会观察'],
	theory: ['学习札记', '理论前沿'],
	culture: ['文化', '书香'],
	opinion: ['观点'],
};

/** Chinese numerals for numbered intertitles. */
const numerals = [...'一二三四五六七八九十'];

/** A headline not yet on the page. */
function freshHead(ctx: ItemContext, desk: Desk): string[] {
	for (let i = 0; i < 12; i++) {
		const lines = headline(ctx.rng, desk);
		const key = lines.join('');
		if (!ctx.heads.has(key)) {
			ctx.heads.add(key);
			return lines;
		}
	}
	const lines = [`${placeName(ctx.rng)}${headline(ctx.rng, desk).join('')}`];
	ctx.heads.add(lines.join(''));
	return lines;
}

/** A section label as printed, from its bare name. */
function printSection(rng: Rng, name: string): string {
	return rng.pick([`■${name}`, `【${name}】`, name, `■ ${name}`, `▲${name}`]);
}

/** A gold item with the defaults filled in. */
function gold(kind: GoldItem['kind'], head: string[] | null, paragraphs: string[]): GoldItem {
	return { kind, headline: head === null ? null : head.join(' '), authors: [], paragraphs };
}

/** Paragraphs of running text. */
function body(ctx: ItemContext, desk: Desk, least: number, most: number, sentences = 4): string[] {
	const count = ctx.rng.int(least, most);
	return Array.from({ length: count }, () => ctx.prose.paragraph(desk, sentences));
}

/** A news story: head stack (kicker, headline, subheadline), byline or dateline, body. */
export function newsStory(ctx: ItemContext, desk: Desk, size: 'lead' | 'story' | 'short'): TuneItem {
	const { rng } = ctx;
	const head = freshHead(ctx, desk);
	const paragraphs = body(
		ctx,
		desk,
		size === 'lead' ? 6 : size === 'story' ? 3 : 1,
		size === 'lead' ? 10 : size === 'story' ? 7 : 3,
	);
	const item = gold('article', head, paragraphs);
	const tune: TuneItem = { gold: item, role: size === 'lead' ? 'lead' : 'story', headLines: head, bylineAt: 'top' };
	if (rng.chance(size === 'lead' ? 0.8 : 0.3)) item.kicker = kicker(rng);
	if (rng.chance(size === 'lead' ? 0.7 : 0.25)) item.subheadline = subheadline(rng);
	if (desk === 'world' && rng.chance(0.8)) {
		const d = dateline(rng, rng.pick(foreignCities), ctx.month, ctx.day);
		paragraphs[0] = d.text + paragraphs[0];
		item.authors = d.authors;
	} else if (rng.chance(0.15)) {
		const d = dateline(rng, rng.pick(['北京', placeName(rng)]), ctx.month, ctx.day);
		paragraphs[0] = d.text + paragraphs[0];
		item.authors = d.authors;
	} else if (rng.chance(0.85)) {
		const b = reporterByline(rng);
		item.byline = b.byline;
		item.authors = b.authors;
		tune.bylinePrint = b.print;
	}
	if (size !== 'lead' && rng.chance(0.25)) {
		const name = rng.pick(deskLabels[desk]);
		item.section = name;
		tune.sectionPrint = printSection(rng, name);
	}
	if (size !== 'short' && rng.chance(0.3)) {
		// Intertitles: plain phrases, or numbered ones.
		const numbered = rng.chance(0.4);
		const at: number[] = [];
		for (let i = 1; i < paragraphs.length - 1 && at.length < 3; i += rng.int(2, 3)) at.push(i + at.length);
		at.forEach((index, n) => {
			const phrase = headline(rng, desk === 'news' ? 'news' : desk).join('');
			paragraphs.splice(index, 0, numbered ? `${numerals[n]}、${phrase}` : phrase);
		});
		if (at.length > 0) item.intertitles = at;
	}
	return tune;
}

/** A commentary: label, headline, byline (◎ or 本报评论员), an optional editor's note. */
export function commentary(ctx: ItemContext, size: 'lead' | 'column'): TuneItem {
	const { rng } = ctx;
	const head = freshHead(ctx, 'opinion');
	const paragraphs = body(ctx, 'opinion', size === 'lead' ? 5 : 3, size === 'lead' ? 8 : 5, 3);
	const item = gold('commentary', head, paragraphs);
	const b = commentByline(rng);
	item.byline = b.byline;
	item.authors = b.authors;
	const tune: TuneItem = {
		gold: item,
		role: 'commentary',
		headLines: head,
		bylinePrint: b.print,
		bylineAt: rng.chance(0.3) ? 'bottom' : 'top',
	};
	if (rng.chance(0.6)) {
		const name = rng.pick(['今日谈', '快评', '观察者言', '声音', '微言', '本报时评', '知行合一', '观潮', '人民论坛']);
		item.section = name;
		tune.sectionPrint = printSection(rng, name);
	}
	if (rng.chance(0.2)) {
		// 编者按: the note opens the item, in a box, and is signed off by the editors.
		paragraphs.unshift(`编者按：${ctx.prose.paragraph('opinion', 2)}本版今起推出系列评论，敬请关注。`);
		tune.boxedHead = [0];
	}
	return tune;
}

/** A theory essay: author, 核心阅读 box, numbered or plain intertitles, the author's note at the end. */
export function essay(ctx: ItemContext): TuneItem {
	const { rng } = ctx;
	const head = freshHead(ctx, 'theory');
	const b = scholarByline(rng);
	const paragraphs: string[] = [];
	const intertitles: number[] = [];
	const tune: TuneItem = { gold: gold('article', head, paragraphs), role: 'essay', headLines: head, bylineAt: 'top' };
	if (rng.chance(0.4)) {
		intertitles.push(0);
		paragraphs.push('核心阅读', ctx.prose.paragraph('theory', 3));
		tune.boxedHead = [0, 1];
	}
	paragraphs.push(...body(ctx, 'theory', 1, 2));
	const numbered = rng.pick(['一、', '（一）', '']);
	const parts = rng.int(2, 4);
	for (let n = 0; n < parts; n++) {
		intertitles.push(paragraphs.length);
		const phrase = rng.pick([
			`深刻把握${rng.pick(['理论创新', '基层治理', '系统观念', '调查研究', '文化传承'])}的${rng.pick(['时代内涵', '实践要求', '内在逻辑', '价值意蕴'])}`,
			`在${rng.pick(['守正创新', '学思践悟', '为民服务', '担当作为'])}中${rng.pick(['开创新局面', '展现新作为', '彰显新担当'])}`,
		]);
		paragraphs.push(
			numbered === '一、'
				? `${numerals[n]}、${phrase}`
				: numbered === '（一）'
					? `（${numerals[n]}）${phrase}`
					: phrase,
		);
		paragraphs.push(...body(ctx, 'theory', 2, 4));
	}
	paragraphs.push(b.note);
	Object.assign(tune.gold, { byline: b.byline, authors: b.authors, intertitles });
	tune.bylinePrint = rng.pick([b.print, `□${b.print}`, `◎${b.print}`]);
	if (rng.chance(0.5)) {
		tune.gold.kicker = rng.pick(['学思践悟', '理论视野', '深入学习贯彻', '思想纵横']);
	}
	return tune;
}

/** A brief (简讯): a short headline or bold lead-in, one paragraph, under a shared column label. */
export function brief(ctx: ItemContext, desk: Desk, label: string | undefined, inline: boolean): TuneItem {
	const { rng } = ctx;
	const head = [freshHead(ctx, desk).join('')];
	let text = ctx.prose.paragraph(desk, 3);
	const item = gold('article', head, []);
	if (desk === 'world' || rng.chance(0.3)) {
		const d = dateline(rng, desk === 'world' ? rng.pick(foreignCities) : placeName(rng), ctx.month, ctx.day);
		text = d.text + text;
		item.authors = d.authors;
	}
	item.paragraphs = [text];
	if (label) item.section = label;
	return {
		gold: item,
		role: 'brief',
		headLines: head,
		bylineAt: 'top',
		inlineLead: inline,
		sectionPrint: label,
	};
}

/** A single photo: a title or none, a caption, a credit. */
export function photo(ctx: ItemContext, titled: boolean): TuneItem {
	const { rng } = ctx;
	const head = titled
		? [
				rng.pick([
					'传承红色精神',
					'重温历史',
					'点亮希望',
					'麦收时节',
					'雪原牧歌',
					'夜色温柔',
					'春耕忙',
					'候鸟归来',
					'开渔了',
					'桥通了',
				]),
			]
		: null;
	if (head && ctx.heads.has(head[0])) head[0] = `${placeName(rng)}${head[0]}`;
	if (head) ctx.heads.add(head[0]);
	const caption = `${rng.pick(['近日，', `${ctx.month}月${ctx.day}日，`, '日前，', ''])}${placeName(rng)}${rng.pick([
		'的农民在田间抢收小麦',
		'的游客在景区游览',
		'的工人在生产线上忙碌',
		'的孩子们在社区书屋读书',
		'的牧民转场途经草原',
		'的志愿者为老人测量血压',
		'的施工人员在桥梁工地作业',
	])}。${rng.chance(0.5) ? ctx.prose.paragraph('society', 1) : ''}`;
	const c = photoCredit(rng);
	const item = gold('photo', head, [caption]);
	item.credit = c.credit;
	item.authors = c.authors;
	return { gold: item, role: 'photo', headLines: head ?? [], bylineAt: 'top', creditPrint: c.credit };
}

/** A photo group (组图): one title, captions marked 图①…, one credit line for all. */
export function photoGroup(ctx: ItemContext, count: number): TuneItem {
	const { rng } = ctx;
	const head = [rng.pick(['丰收的田野', '城市的夜晚', '草原那达慕', '运河新貌', '冰雪季', '黄河岸边'])];
	ctx.heads.add(head[0]);
	const marks = [...'①②③④⑤⑥'];
	const paragraphs = rng.chance(0.6) ? [ctx.prose.paragraph('society', 2)] : [];
	for (let i = 0; i < count; i++)
		paragraphs.push(
			`图${marks[i]}：${placeName(rng)}${rng.pick(['一景', '的居民在广场上跳舞', '的游客拍照留念', '的果农采摘苹果', '的冰雕作品吸引游人', '新建的大桥'])}。`,
		);
	const names = [personName(rng), personName(rng)];
	const credit = rng.pick([
		`本版图片均为本报记者 ${names[0]}摄`,
		`图①②：${names[0]} 摄；其余：新华社发`,
		`本报记者 ${names[0]} ${names[1]} 摄影报道`,
	]);
	const item = gold('photo', head, paragraphs);
	item.credit = credit;
	item.authors = credit.includes('其余') || credit.includes('均为') ? [names[0]] : names;
	return { gold: item, role: 'photo-group', headLines: head, bylineAt: 'top', creditPrint: credit };
}

/** A poem: short verse lines, each its own paragraph, stanzas apart. */
export function poem(ctx: ItemContext): TuneItem {
	const { rng } = ctx;
	const head = freshHead(ctx, 'culture');
	const lines: string[] = [];
	const breaks: number[] = [];
	const stanzas = rng.int(2, 4);
	const pool = [...verseLines];
	for (let s = 0; s < stanzas; s++) {
		if (s > 0) breaks.push(lines.length);
		for (let l = rng.int(3, 5); l > 0 && pool.length > 0; l--)
			lines.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
	}
	const b = writerByline(rng);
	const item = gold('article', head, lines);
	Object.assign(item, { byline: b.byline, authors: b.authors });
	return { gold: item, role: 'poem', headLines: head, bylineAt: 'top', bylinePrint: b.print, breaksBefore: breaks };
}

/** A literary essay (散文) for the 副刊. */
export function literaryEssay(ctx: ItemContext): TuneItem {
	const head = freshHead(ctx, 'culture');
	const b = writerByline(ctx.rng);
	const item = gold('article', head, body(ctx, 'culture', 4, 8, 3));
	Object.assign(item, { byline: b.byline, authors: b.authors });
	const tune: TuneItem = { gold: item, role: 'story', headLines: head, bylineAt: 'top', bylinePrint: b.print };
	if (ctx.rng.chance(0.4)) {
		const name = ctx.rng.pick(['散文', '心香一瓣', '人间烟火', '草原笔记', '随笔']);
		item.section = name;
		tune.sectionPrint = printSection(ctx.rng, name);
	}
	return tune;
}

/** A 链接/相关阅读/背景 sidebar: a label, a short title, one or two paragraphs. */
export function sidebar(ctx: ItemContext, desk: Desk): TuneItem {
	const { rng } = ctx;
	const name = rng.pick(['链接', '相关阅读', '背景', '延伸阅读', '新闻链接', '数据']);
	const head = [
		rng.pick([
			`什么是${rng.pick(['专项债', '数字乡村', '碳排放权交易', '河长制', '网格化管理'])}`,
			`${placeName(rng)}的${rng.pick(['由来', '变迁', '历史'])}`,
			'这些数字值得关注',
		]),
	];
	ctx.heads.add(head[0]);
	const item = gold('article', head, body(ctx, desk, 1, 2, 3));
	item.section = name;
	return {
		gold: item,
		role: 'sidebar',
		headLines: head,
		bylineAt: 'top',
		sectionPrint: rng.pick([`【${name}】`, name, `■${name}`]),
	};
}

/** A reader's letter (读者来信) with the editors' reply signed ——编 者. */
export function letter(ctx: ItemContext): TuneItem {
	const { rng } = ctx;
	const head = freshHead(ctx, 'society');
	const name = personName(rng);
	const paragraphs = [...body(ctx, 'society', 2, 3, 3)];
	if (rng.chance(0.6)) paragraphs.push(`编者：${ctx.prose.paragraph('opinion', 2)}`, '——编 者');
	const item = gold('article', head, paragraphs);
	const place = placeName(rng);
	Object.assign(item, { byline: `${place}读者 ${name}`, authors: [name], section: '读者来信' });
	return {
		gold: item,
		role: 'letter',
		headLines: head,
		bylineAt: rng.chance(0.5) ? 'bottom' : 'top',
		bylinePrint: `${place}读者 ${name}`,
		sectionPrint: rng.pick(['读者来信', '【读者来信】', '■读者来信']),
	};
}

/**
 * A first-person account written down by a reporter: （本报记者 某某 采访整理） after the body. The note is
 * the story's own text (its last paragraph, as in the dev corpus and the importer), and names its author.
 */
export function interviewNote(ctx: ItemContext): TuneItem {
	const { rng } = ctx;
	const head = freshHead(ctx, 'society');
	const name = personName(rng);
	const note = `（本报记者 ${name} 采访整理）`;
	const item = gold('article', head, [...body(ctx, 'society', 3, 5, 3), note]);
	item.authors = [name];
	if (rng.chance(0.6))
		item.kicker = `${placeName(rng)}${rng.pick(['社区网格员', '乡村教师', '快递小哥', '护林员'])} ${personName(rng)}：`;
	return {
		gold: item,
		role: 'story',
		headLines: head,
		bylineAt: 'top',
	};
}
