/**
 * The tune6 generator's pages: eight page types (要闻, 理论, 经济, 体育, 副刊, 地方, 调查, 专访), each
 * composed as stories (the gold item and how it is printed: its label's mark, its byline's mark,
 * whether it is boxed) with the page's furniture. Gold conventions: a dateline opens the first
 * paragraph and its reporters are the authors; a byline is as printed without ◎ □ and names the
 * authors (通讯员 too, not 本报评论员); a label without ■ 【】; an essay's author line
 * （作者为…） and a review's book line are body paragraphs; a poem's lines are paragraphs; a photo's
 * caption (上图：… 下图：… or 图①：…) is its paragraphs and its photographers its authors.
 */
import type { GoldItem } from '../corpus-gold/gold.ts';
import type { Dice } from './random.ts';
import {
	bookTitle,
	caption,
	cast,
	headline,
	paragraphs,
	people,
	person,
	region,
	score,
	sentences,
	verses,
	university,
	type Cast,
} from './words.ts';

export const PAGE_TYPES = ['news', 'theory', 'economy', 'sport', 'supplement', 'local', 'survey', 'profile'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** How a story's label is printed. */
export type LabelMark = '■' | '【】' | 'bare';

/** One story: its gold item and how it is printed. */
export interface Story {
	role: 'lead' | 'news' | 'comment' | 'photo' | 'box' | 'essay' | 'poem' | 'notice' | 'qa' | 'results' | 'chart';
	gold: GoldItem;
	labelMark?: LabelMark;
	bylineMark?: '□' | '◎' | '';
	/** Printed in a ruled box (a sidebar). */
	boxed?: boolean;
	/** Grey boxes standing for pictures (a photo) or bars (a chart: their values). */
	pictures?: number;
	bars?: { label: string; value: number }[];
	/** Rough size, for the layout's spans. */
	weight: number;
}

/** One composed page. */
export interface Page {
	date: string;
	weekday: string;
	page: number;
	pageName: string;
	banner?: string;
	paper: string;
	/** Furniture lines of the foot: 本版责编, 版式, 邮箱. */
	footer: string[];
	stories: Story[];
	traits: Set<string>;
}

const PAPER = '朔方日报';
const TEAMS = ['临江队', '松阳队', '南屏队', '鹤山队', '枫林队', '云岭队', '泰和队', '金沙队', '安溪队', '望湖队'];
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];

const pageNames: Record<PageType, string[]> = {
	news: ['要闻', '要闻·综合'],
	theory: ['理论', '理论周刊'],
	economy: ['经济', '经济·产业'],
	sport: ['体育', '体育·综合'],
	supplement: ['副刊', '大地副刊'],
	local: ['地方', '区域·县域'],
	survey: ['民生调查', '读者之声'],
	profile: ['人物', '专访'],
};
const pageRanges: Record<PageType, [number, number]> = {
	news: [1, 4],
	theory: [9, 13],
	economy: [5, 8],
	sport: [14, 16],
	supplement: [18, 20],
	local: [6, 11],
	survey: [7, 12],
	profile: [15, 19],
};

/** Composes page `id` of `type`. */
export function composePage(dice: Dice, type: PageType): Page {
	const year = dice.pick([2024, 2025, 2026]);
	const month = dice.int(1, 12);
	const day = dice.int(1, 28);
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
	const traits = new Set<string>([`type:${type}`, 'furniture']);
	const ctx: Ctx = { dice, month, day, traits };
	const stories = composers[type](ctx);
	const editors = people(dice.fork('editors'), 3);
	const footer = [
		dice.pick([
			`本版责编：${editors[0]}\u3000${editors[1]}`,
			`责任编辑：${editors[0]}`,
			`本版编辑：${editors[0]}\u3000版式设计：${editors[2]}`,
		]),
		...(dice.chance(0.5) ? [dice.pick([`版式：${editors[2]}`, `美编：${editors[2]}`, `校对：${editors[1]}`])] : []),
		...(dice.chance(0.3) ? [`邮箱：desk${dice.int(10, 99)}@shuofang.example`] : []),
	];
	// A correction (更正) now and then: page furniture, no item.
	const fix = dice.fork('correction');
	if (fix.chance(0.15)) {
		const wrong = person(fix);
		footer.push(
			`更正：本报${month}月${fix.int(1, 28)}日第${fix.int(2, 16)}版刊发的稿件中，“${wrong}”应为“${wrong.slice(0, 1)}${person(fix).slice(1)}”。特此更正。`,
		);
		traits.add('correction');
	}
	const banner =
		(type === 'news' || type === 'local') && dice.chance(0.25)
			? dice.pick(['奋力谱写高质量发展新篇章', '聚焦民生实事 办好暖心工程', '县域经济观察', '乡村振兴进行时'])
			: undefined;
	if (banner) traits.add('banner');
	for (const s of stories) {
		const g = s.gold;
		if (g.kicker) traits.add(g.kicker.endsWith('——') ? 'kicker' : 'kicker-plain');
		if (g.subheadline) traits.add(g.subheadline.startsWith('——') ? 'subheadline' : 'subheadline-plain');
		if (g.byline) traits.add('byline');
		if (g.authors.length >= 2 && g.kind !== 'photo') traits.add('byline-two-names');
		if (g.section && s.labelMark)
			traits.add(`label-${({ '■': 'marked', '【】': 'bracketed', bare: 'bare' } as const)[s.labelMark]}`);
		if (g.kind === 'commentary') traits.add('commentary');
		if (g.kind === 'photo') traits.add('photo');
		if (g.credit) traits.add('credit');
		if (s.boxed) traits.add('sidebar-box');
		if (g.intertitles?.length)
			traits.add(/^[一二三四五六]、/.test(g.paragraphs[g.intertitles[0]]) ? 'intertitle-numbered' : 'intertitle-plain');
	}
	const [lo, hi] = pageRanges[type];
	return {
		date,
		weekday,
		page: dice.int(lo, hi),
		pageName: dice.pick(pageNames[type]),
		banner,
		paper: PAPER,
		footer,
		stories,
		traits,
	};
}

interface Ctx {
	dice: Dice;
	month: number;
	day: number;
	traits: Set<string>;
}

const label = (dice: Dice): LabelMark =>
	dice.weighted([
		['■', 2],
		['【】', 2],
		['bare', 1],
	] as const);
const bylineMark = (dice: Dice): '□' | '◎' | '' =>
	dice.weighted([
		['', 3],
		['□', 1],
		['◎', 1],
	] as const);

/** An item with the fields every item has. */
function item(
	kind: GoldItem['kind'],
	head: string | null,
	authors: string[],
	body: string[],
	more: Partial<GoldItem> = {},
): GoldItem {
	return {
		kind,
		headline: head,
		...(more.kicker ? { kicker: more.kicker } : {}),
		...(more.subheadline ? { subheadline: more.subheadline } : {}),
		...(more.byline ? { byline: more.byline } : {}),
		authors,
		...(more.section ? { section: more.section } : {}),
		...(more.credit ? { credit: more.credit } : {}),
		paragraphs: body,
		...(more.intertitles?.length ? { intertitles: more.intertitles } : {}),
	};
}

/** A reporters' byline: 本报记者 甲 乙, 本报记者 甲 通讯员 乙, 本报通讯员 甲. */
function reporters(dice: Dice, stringer: boolean): { byline: string; authors: string[] } {
	const names = people(dice, 3);
	const form = stringer ? dice.int(0, 2) : dice.int(3, 4);
	switch (form) {
		case 0:
			return { byline: `本报记者 ${names[0]} 通讯员 ${names[1]}`, authors: names.slice(0, 2) };
		case 1:
			return { byline: `本报记者 ${names[0]} ${names[1]} 通讯员 ${names[2]}`, authors: names };
		case 2:
			return { byline: `本报通讯员 ${names[0]} ${names[1]}`, authors: names.slice(0, 2) };
		case 3:
			return { byline: `本报记者 ${names[0]}`, authors: [names[0]] };
		default:
			return { byline: `本报记者 ${names[0]} ${names[1]}`, authors: names.slice(0, 2) };
	}
}

/** A dateline opening a first paragraph: 本报岷江3月5日电（记者 甲 通讯员 乙）, or 本报讯（…）. */
function dateline(ctx: Ctx, stringer: boolean): { text: string; authors: string[] } {
	const { dice } = ctx;
	const names = people(dice, 2);
	const who = stringer && dice.chance(0.6) ? `记者 ${names[0]} 通讯员 ${names[1]}` : `记者 ${names[0]}`;
	const authors = who.includes('通讯员') ? names : [names[0]];
	const where = dice.chance(0.3) ? '本报讯' : `本报${region(dice)}${ctx.month}月${ctx.day}日电`;
	ctx.traits.add('dateline');
	return { text: `${where}（${who}）`, authors };
}

/** A news article on `beat`: kicker, subheadline, byline or dateline as drawn. */
function article(
	ctx: Ctx,
	beat: 'news' | 'economy' | 'local' | 'sport' | 'survey',
	size: number,
	opts: { lead?: boolean; stringer?: boolean } = {},
): Story {
	const { dice } = ctx;
	const c = cast(dice, ctx.month);
	const head =
		beat === 'sport' && dice.chance(0.4)
			? `${c.team}${score(dice, true)}胜${dice.pick(TEAMS.filter((t) => t !== c.team))}`
			: headline(dice, beat, c);
	const kicker = dice.chance(opts.lead ? 0.7 : 0.2)
		? dice.chance(0.6)
			? `${headline(dice, 'news', c)}——`
			: headline(dice, 'comment', c)
		: undefined;
	const sub = dice.chance(opts.lead ? 0.6 : 0.15)
		? dice.chance(0.7)
			? `——${headline(dice, beat, c)}`
			: headline(dice, 'news', c)
		: undefined;
	const body = paragraphs(dice, beat, c, size);
	let authors: string[];
	let byline: string | undefined;
	if (dice.chance(0.4)) {
		const d = dateline(ctx, opts.stringer ?? false);
		body[0] = d.text + body[0];
		authors = d.authors;
	} else {
		({ byline, authors } = reporters(dice, opts.stringer ?? false));
	}
	return {
		role: opts.lead ? 'lead' : 'news',
		gold: item('article', head, authors, body, {
			kicker: kicker === head ? undefined : kicker,
			subheadline: sub === head ? undefined : sub,
			byline,
		}),
		bylineMark: bylineMark(dice),
		weight: size + (opts.lead ? 3 : 0),
	};
}

/** A commentary in a named column, signed by a writer or 本报评论员. */
function commentary(ctx: Ctx, columns: string[], staff = true): Story {
	const { dice } = ctx;
	const c = cast(dice, ctx.month);
	const name = person(dice);
	const [byline, authors] = staff && dice.chance(0.3) ? ['本报评论员', []] : [name, [name]];
	return {
		role: 'comment',
		gold: item(
			'commentary',
			headline(dice, 'comment', c),
			authors,
			paragraphs(dice, 'comment', c, dice.int(3, 5), 2, 3),
			{
				byline,
				section: dice.pick(columns),
			},
		),
		labelMark: label(dice),
		bylineMark: bylineMark(dice),
		weight: 4,
	};
}

/** A photo: titled or not, a caption of one or several pictures, a credit. */
function photo(ctx: Ctx, opts: { multi?: boolean; agency?: boolean; titled?: number } = {}): Story {
	const { dice } = ctx;
	const c = cast(dice, ctx.month);
	const count = opts.multi ? dice.int(2, 3) : 1;
	const body: string[] = [];
	if (count === 1) body.push(caption(dice, c) + (dice.chance(0.5) ? sentences(dice, 'local', c, 1)[0] : ''));
	else {
		if (dice.chance(0.6)) body.push(sentences(dice, 'news', c, 1)[0]);
		const marks = dice.chance(0.5)
			? ['图①', '图②', '图③']
			: count === 2
				? [dice.pick(['上图', '左图']), dice.pick(['下图', '右图'])]
				: ['上图', '左下图', '右下图'];
		for (let i = 0; i < count; i++) body.push(`${marks[i]}：${caption(dice, cast(dice, ctx.month))}`);
		ctx.traits.add(marks[0] === '图①' ? 'photo-numbered' : 'photo-placed');
	}
	const names = people(dice, 2);
	const form = opts.agency ? dice.int(3, 4) : dice.int(0, 5);
	const [credit, authors] = [
		[`本报记者 ${names[0]} 摄`, [names[0]]],
		[`${names[0]} 摄`, [names[0]]],
		[`本报通讯员 ${names[0]} ${names[1]} 摄`, names],
		[`新华社记者 ${names[0]} 摄`, [names[0]]],
		['新华社发', []],
		['受访者供图', []],
	][form] as [string, string[]];
	if (authors.length === 0) ctx.traits.add('credit-source');
	const titled = dice.chance(opts.titled ?? 0.6);
	if (!titled) ctx.traits.add('photo-untitled');
	return {
		role: 'photo',
		gold: item('photo', titled ? headline(dice, 'local', c) : null, authors, body, { credit }),
		pictures: count,
		weight: 2 + count,
	};
}

/** A boxed sidebar: 名词解释, 背景链接, 延伸阅读 (a label and a head) or 人物简介 (a head only). */
function sidebar(ctx: Ctx, kind: 'term' | 'background' | 'bio', subject?: string): Story {
	const { dice } = ctx;
	const c = cast(dice, ctx.month);
	if (kind === 'bio') {
		const name = subject ?? person(dice);
		const born = dice.int(1958, 1992);
		const body = [
			`${name}，${born}年生，${region(dice)}人，${dice.pick(['中共党员', '民盟盟员', '无党派人士'])}，现任${university(dice)}${dice.pick(['教授', '研究员', '副教授'])}。`,
			...(dice.chance(0.6)
				? [
						`长期从事${dice.pick(['作物育种', '水资源保护', '乡村教育', '新材料', '传统工艺保护'])}工作，曾获${dice.pick(['省科技进步奖', '全国五一劳动奖章', '全国优秀教师称号'])}。`,
					]
				: []),
		];
		ctx.traits.add('profile-box');
		return { role: 'box', gold: item('article', '人物简介', [], body), boxed: true, weight: 2 };
	}
	const section = kind === 'term' ? '名词解释' : dice.pick(['背景链接', '延伸阅读']);
	const head =
		kind === 'term'
			? `什么是“${dice.pick(['新质生产力', '县域商业体系', '数字乡村', '社区嵌入式服务', '碳足迹'])}”`
			: headline(dice, 'news', c);
	return {
		role: 'box',
		gold: item('article', head, [], paragraphs(dice, kind === 'term' ? 'theory' : 'news', c, dice.int(1, 2), 2, 3), {
			section,
		}),
		labelMark: label(dice),
		boxed: true,
		weight: 2,
	};
}

const composers: Record<PageType, (ctx: Ctx) => Story[]> = {
	news(ctx) {
		const { dice } = ctx;
		const stories = [article(ctx, 'news', dice.int(4, 6), { lead: true })];
		for (let i = dice.int(2, 3); i > 0; i--) stories.push(article(ctx, 'news', dice.int(2, 4)));
		stories.splice(dice.int(1, stories.length), 0, commentary(ctx, ['朔方短评', '晨钟快评', '一事一议']));
		if (dice.chance(0.8)) stories.push(photo(ctx));
		return stories;
	},
	theory(ctx) {
		const { dice } = ctx;
		const c = cast(dice, ctx.month);
		const author = person(dice);
		const body = paragraphs(dice, 'theory', c, 2, 2, 3);
		const intertitles: number[] = [];
		const parts = dice.int(3, 4);
		const titles = dice.sample(
			['把握历史主动', '坚持人民立场', '强化制度保障', '激发创新活力', '筑牢发展根基', '凝聚社会共识'],
			parts,
		);
		for (let i = 0; i < parts; i++) {
			intertitles.push(body.length);
			body.push(`${NUMERALS[i]}、${titles[i]}`);
			body.push(...paragraphs(dice, 'theory', c, dice.int(1, 3), 2, 4));
		}
		body.push(
			dice.chance(0.5)
				? `（作者为${university(dice)}教授）`
				: `（作者单位：${university(dice)}${dice.pick(['马克思主义学院', '公共管理学院', '经济研究所'])}）`,
		);
		ctx.traits.add('author-line');
		const essay: Story = {
			role: 'essay',
			gold: item('article', headline(dice, 'theory', c), [author], body, {
				byline: author,
				section: dice.pick(['理论前沿', '学思践悟', '治理之道']),
				subheadline: dice.chance(0.4)
					? `——${dice.pick(['关于', '对', '试论'])}${dice.pick(['基层治理', '城乡融合', '文化传承', '科技自立'])}的几点思考`
					: undefined,
				intertitles,
			}),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 12,
		};
		const second = person(dice);
		const c2 = cast(dice, ctx.month);
		const short: Story = {
			role: 'essay',
			gold: item(
				'article',
				headline(dice, 'theory', c2),
				[second],
				[
					...paragraphs(dice, 'theory', c2, dice.int(2, 4), 2, 3),
					`（作者为${university(dice)}${dice.pick(['副教授', '研究员', '博士研究生'])}）`,
				],
				{ byline: second, section: dice.pick(['学术随笔', '观点摘编', '青年论坛']) },
			),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 5,
		};
		const stories = [essay, short, sidebar(ctx, 'term')];
		if (dice.chance(0.5)) stories.push(commentary(ctx, ['学习札记', '读书笔记'], false));
		return stories;
	},
	economy(ctx) {
		const { dice } = ctx;
		const stories = [
			article(ctx, 'economy', dice.int(4, 5), { lead: true, stringer: true }),
			article(ctx, 'economy', dice.int(2, 3), { stringer: true }),
		];
		const c = cast(dice, ctx.month);
		const figures = dice.int(3, 4);
		const lines = dice
			.sample(
				[
					'规模以上工业增加值',
					'社会消费品零售总额',
					'固定资产投资',
					'城镇居民人均可支配收入',
					'农村居民人均可支配收入',
					'货物进出口总额',
					'快递业务量',
				],
				figures,
			)
			.map((what) => `●${what}同比增长${dice.int(2, 15)}.${dice.int(1, 9)}%`);
		stories.push({
			role: 'box',
			gold: item(
				'article',
				`前${dice.int(2, 11)}月${c.place}经济运行${dice.pick(['稳中有进', '持续回升', '总体平稳'])}`,
				[],
				[...lines, `数据来源：${c.place.replace(/(市|县|区|镇|乡|村|街道|经开区)$/, '')}统计局`],
				{ section: '数读' },
			),
			labelMark: label(dice),
			boxed: true,
			weight: 3,
		});
		ctx.traits.add('data-box');
		if (dice.chance(0.7)) {
			const drafter = person(dice);
			const start = dice.int(2019, 2021);
			const bars = Array.from({ length: 5 }, (_, i) => ({
				label: String(start + i),
				value: dice.int(18, 48) * 1000 + dice.int(0, 999),
			}));
			stories.push({
				role: 'chart',
				gold: item('photo', `${c.place}近五年居民人均可支配收入（元）`, [drafter], [`数据来源：${c.org}`], {
					credit: `制图：${drafter}`,
				}),
				bars,
				weight: 3,
			});
			ctx.traits.add('chart');
		}
		stories.splice(dice.int(1, stories.length), 0, commentary(ctx, ['经济时评', '市场观察']));
		return stories;
	},
	sport(ctx) {
		const { dice } = ctx;
		const stories = [article(ctx, 'sport', dice.int(3, 5), { lead: true }), article(ctx, 'sport', dice.int(2, 3))];
		const pairs = dice.int(3, 5);
		const lines: string[] = [];
		const teams = dice.shuffle([
			'临江队',
			'松阳队',
			'南屏队',
			'鹤山队',
			'枫林队',
			'云岭队',
			'泰和队',
			'金沙队',
			'安溪队',
			'望湖队',
		]);
		for (let i = 0; i < pairs; i++) lines.push(`${teams[2 * i]}\u3000${score(dice)}\u3000${teams[2 * i + 1]}`);
		stories.push({
			role: 'results',
			gold: item(
				'article',
				dice.pick(['赛果速递', '本轮战报', '联赛积分快讯']),
				[],
				[dice.pick(['本周末联赛战果如下：', '第' + dice.int(3, 20) + '轮比赛结果：']), ...lines],
			),
			boxed: dice.chance(0.5),
			weight: 2,
		});
		ctx.traits.add('scores');
		const c = cast(dice, ctx.month);
		const name = person(dice);
		stories.push({
			role: 'comment',
			gold: item(
				'article',
				headline(dice, 'comment', c),
				[name],
				paragraphs(dice, 'comment', c, dice.int(2, 3), 2, 3),
				{ byline: `本报记者 ${name}`, section: '记者手记' },
			),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 3,
		});
		stories.push(photo(ctx, { agency: true, titled: 0.5 }));
		return stories;
	},
	supplement(ctx) {
		const { dice } = ctx;
		const c = cast(dice, ctx.month);
		const writer = person(dice);
		const prose: Story = {
			role: 'essay',
			gold: item('article', headline(dice, 'prose', c), [writer], paragraphs(dice, 'prose', c, dice.int(4, 7), 1, 3), {
				byline: writer,
				section: dice.pick(['大地漫笔', '心香一瓣', '乡土笔记']),
			}),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 7,
		};
		const poet = person(dice);
		const lines = verses(dice, dice.int(7, 14));
		const poem: Story = {
			role: 'poem',
			gold: item(
				'article',
				dice.pick(['春日书', '村口', '写给母亲', '归来', '山中', '河边', '夜读']) +
					(dice.chance(0.3) ? '（外一首）' : ''),
				[poet],
				lines,
				{
					byline: poet,
					section: dice.pick(['诗风', '诗歌']),
				},
			),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 3,
		};
		ctx.traits.add('poem');
		const critic = person(dice);
		const book = bookTitle(dice);
		const info = `《${book}》，${person(dice)}著，${region(dice)}${dice.pick(['人民出版社', '文艺出版社', '教育出版社'])}出版。`;
		const review = paragraphs(dice, 'review', c, dice.int(3, 4), 2, 3);
		if (dice.chance(0.5)) review.push(info);
		else review.unshift(info);
		ctx.traits.add('book-info');
		const bookReview: Story = {
			role: 'essay',
			gold: item('article', dice.chance(0.5) ? `读《${book}》` : headline(dice, 'review', c), [critic], review, {
				byline: critic,
				section: '读书',
			}),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 5,
		};
		const stories = dice.shuffle([prose, poem, bookReview]);
		if (dice.chance(0.5)) stories.push(photo(ctx, { titled: 0.3 }));
		return stories;
	},
	local(ctx) {
		const { dice } = ctx;
		const stories = [article(ctx, 'local', dice.int(4, 5), { lead: true, stringer: true })];
		for (let i = dice.int(2, 3); i > 0; i--) stories.push(article(ctx, 'local', dice.int(2, 3), { stringer: true }));
		stories.splice(dice.int(1, stories.length), 0, photo(ctx, { multi: true, titled: 0.8 }));
		if (dice.chance(0.4)) stories.push(commentary(ctx, ['基层观察', '县域笔谈']));
		return stories;
	},
	survey(ctx) {
		const { dice } = ctx;
		const c = cast(dice, ctx.month);
		const { byline, authors } = reporters(dice, false);
		const body = paragraphs(dice, 'survey', c, 2, 2, 3);
		const intertitles: number[] = [];
		for (const t of dice.sample(
			['现象：“小问题”困扰大家', '调查：症结出在哪里', '对策：多方合力破题', '追问：监管如何跟上'],
			2,
		)) {
			intertitles.push(body.length);
			body.push(t);
			body.push(...paragraphs(dice, 'survey', c, dice.int(1, 2), 2, 3));
		}
		const report: Story = {
			role: 'lead',
			gold: item('article', headline(dice, 'survey', c), authors, body, {
				byline,
				kicker: dice.chance(0.5) ? '记者调查——' : undefined,
				intertitles,
			}),
			bylineMark: bylineMark(dice),
			weight: 8,
		};
		const asker = person(dice);
		const c2 = cast(dice, ctx.month);
		const qa = [sentences(dice, 'survey', c2, 2).join('')];
		const questions = dice.sample(
			[
				'遇到这种情况，消费者应该怎么维权？',
				'新规实施后，居民办事会有哪些变化？',
				'这项补贴覆盖哪些人群？',
				'如何申请？需要准备哪些材料？',
				'监管部门下一步有什么打算？',
			],
			dice.int(2, 3),
		);
		for (const q of questions) qa.push(`记者：${q}`, `答：${sentences(dice, 'survey', c2, dice.int(2, 3)).join('')}`);
		ctx.traits.add('question');
		const qaStory: Story = {
			role: 'qa',
			gold: item('article', `${dice.pick(['权威解读', '部门回应'])}：${headline(dice, 'comment', c2)}`, [asker], qa, {
				byline: `本报记者 ${asker}`,
				section: dice.pick(['记者追问', '权威解答']),
			}),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 5,
		};
		const reader = person(dice);
		const c3 = cast(dice, ctx.month);
		const letter: Story = {
			role: 'news',
			gold: item(
				'article',
				headline(dice, 'survey', c3),
				[reader],
				paragraphs(dice, 'survey', c3, dice.int(2, 3), 2, 3),
				{
					byline: `${c3.place}读者 ${reader}`,
					section: '读者来信',
				},
			),
			labelMark: label(dice),
			weight: 3,
		};
		ctx.traits.add('letters');
		const stories = [report, qaStory, letter];
		if (dice.chance(0.7)) {
			const issuer = c3.org;
			const kind = dice.pick(['公告', '征稿启事', '招聘启事', '听证公告']);
			stories.push({
				role: 'notice',
				gold: item(
					'article',
					kind,
					[],
					[
						`为${dice.pick(['进一步做好相关工作', '广泛听取群众意见', '充实工作力量'])}，现将有关事项${kind.includes('公告') ? '公告' : '告知'}如下。`,
						`一、时间：${ctx.month}月${dice.int(1, 28)}日至${ctx.month}月${dice.int(1, 28)}日。`,
						`二、联系电话：0${dice.int(100, 999)}-${dice.int(1000000, 9999999)}。`,
						`特此${kind.includes('公告') ? '公告' : '启事'}。`,
						issuer,
					],
				),
				boxed: true,
				weight: 2,
			});
			ctx.traits.add('notice');
		}
		return stories;
	},
	profile(ctx) {
		const { dice } = ctx;
		const c = cast(dice, ctx.month);
		const subject = c.name;
		const reporter = person(dice);
		const body = paragraphs(dice, 'news', c, 2, 2, 3);
		for (const q of dice.sample(
			[
				'当初为什么选择回到家乡？',
				'您觉得最难的是什么？',
				'这些年最大的收获是什么？',
				'对年轻人有什么建议？',
				'下一步还有哪些打算？',
			],
			dice.int(2, 3),
		)) {
			body.push(`记者：${q}`);
			body.push(`${subject}：${sentences(dice, 'interview', c, dice.int(2, 4)).join('')}`);
		}
		ctx.traits.add('interview');
		const interview: Story = {
			role: 'lead',
			gold: item('article', headline(dice, 'interview', c), [reporter], body, {
				byline: `本报记者 ${reporter}`,
				kicker: dice.chance(0.5) ? `访${university(dice)}${dice.pick(['教授', '研究员'])}${subject}` : undefined,
				subheadline: dice.chance(0.5)
					? `——记${c.place}${dice.pick(['乡村教师', '农技专家', '非遗传承人', '返乡创业青年'])}${subject}`
					: undefined,
			}),
			bylineMark: bylineMark(dice),
			weight: 10,
		};
		const stories = [interview, sidebar(ctx, 'bio', subject)];
		if (dice.chance(0.6)) stories.push(sidebar(ctx, 'background'));
		const c2 = cast(dice, ctx.month);
		stories.push({
			role: 'comment',
			gold: item('article', headline(dice, 'comment', c2), [reporter], paragraphs(dice, 'comment', c2, 2, 2, 3), {
				byline: reporter,
				section: '记者手记',
			}),
			labelMark: label(dice),
			bylineMark: bylineMark(dice),
			weight: 3,
		});
		if (dice.chance(0.7)) stories.push(photo(ctx, { titled: 0.2 }));
		return stories;
	},
};

export type { Cast };
