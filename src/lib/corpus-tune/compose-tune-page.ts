import { goldPage } from '../corpus-gold/gold.ts';
import { createRng, type Rng } from '../bench/prng.ts';
import { personName, placeName } from '../bench/vocabulary.ts';
import { proseSource } from './fill-prose.ts';
import {
	brief,
	commentary,
	essay,
	interviewNote,
	letter,
	literaryEssay,
	newsStory,
	photo,
	photoGroup,
	poem,
	sidebar,
	type ItemContext,
} from './compose-tune-items.ts';
import { pickHabits } from './pick-habits.ts';
import { layOut } from './lay-out-page.ts';
import { pdfTraits, textTraits } from './habit-traits.ts';
import type { TuneFurniture, TuneItem, TunePage } from './tune-model.ts';

/**
 * One page of the tune corpus from its number: a page type (front page, 要闻, 理论, 国际, 经济,
 * 社会, 评论, 副刊, 图片, 专版), its items in reading order, its furniture, its layout and the
 * habits of the tool that dumped it. Pure: the same number and sample give the same page.
 */

/** The page types, with the desk whose prose they use and the names printed in their headers. */
export const pageTypes = [
	{ type: 'front', desk: 'news', names: ['要闻'] },
	{ type: 'news', desk: 'news', names: ['要闻', '综合新闻', '时政'] },
	{ type: 'theory', desk: 'theory', names: ['理论', '学习', '思想'] },
	{ type: 'world', desk: 'world', names: ['国际', '国际新闻', '环球'] },
	{ type: 'economy', desk: 'economy', names: ['经济', '财经', '经济周刊'] },
	{ type: 'society', desk: 'society', names: ['社会', '地方', '民生', '旗县新闻'] },
	{ type: 'opinion', desk: 'opinion', names: ['评论', '观点'] },
	{ type: 'culture', desk: 'culture', names: ['副刊', '文艺', '北疆文苑'] },
	{ type: 'pictures', desk: 'society', names: ['图片', '视觉', '影像'] },
	{ type: 'special', desk: 'news', names: ['专版', '特刊', '专题'] },
] as const;

/** A page type's name. */
export type PageType = (typeof pageTypes)[number]['type'];

const papers = ['北疆日报', '河套晨报', '草原日报', '黄河都市报', '阴山日报'];
const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** The page of a corpus number (1-based): types cycle so every type gets its share. @example composeTunePage(1, sentences).gold.id // 'tu-0001' */
export function composeTunePage(n: number, sample: readonly string[], attempt = 0): TunePage {
	// A page whose PDF text loses a paragraph is drawn again with the next attempt's seed.
	const rng = createRng(attempt === 0 ? `tune-${n}` : `tune-${n}-${attempt}`);
	const spec = pageTypes[(n - 1) % pageTypes.length];
	const year = rng.int(2016, 2024);
	const month = rng.int(1, 12);
	const day = rng.int(1, 28);
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const page = spec.type === 'front' ? 1 : rng.int(2, 16);
	const pageName = rng.pick(spec.names);
	const ctx: ItemContext = { rng, prose: proseSource(rng, sample), month, day, heads: new Set() };
	const traits = new Set<string>();
	const items = composeItems(spec.type, ctx, traits);
	const banner = pickBanner(rng, spec.type);
	const furniture = composeFurniture(rng, { type: spec.type, date, page, pageName, weekday: weekdayOf(date) }, items);
	const habits = pickHabits(rng, spec.type);
	const rows = layOut(rng, items, spec.type);
	for (const item of items) noteTraits(item, traits);
	for (const trait of [...textTraits(habits), ...pdfTraits(rows)]) traits.add(trait);
	if (banner) traits.add('banner');
	if (furniture.boxes.length > 0) traits.add('furniture-box');
	traits.add(`page:${spec.type}`);
	const id = `tu-${String(n).padStart(4, '0')}`;
	return {
		gold: goldPage(
			{ id, date, page, pageName, banner },
			[...traits].sort(),
			items.map((i) => i.gold),
		),
		desk: spec.desk,
		items,
		furniture,
		rows,
		habits,
		width: rng.pick([1000, 1100, 1200, 1300]),
	};
}

/** The weekday of a date, as printed in a date line. */
function weekdayOf(date: string): string {
	return weekdays[new Date(`${date}T12:00:00Z`).getUTCDay()];
}

/** The items of a page type, in reading order. */
function composeItems(type: PageType, ctx: ItemContext, traits: Set<string>): TuneItem[] {
	const { rng } = ctx;
	const items: TuneItem[] = [];
	const some = (least: number, most: number, make: () => TuneItem) => {
		for (let i = rng.int(least, most); i > 0; i--) items.push(make());
	};
	switch (type) {
		case 'front': {
			const lead = newsStory(ctx, 'news', 'lead');
			if (rng.chance(0.6)) {
				lead.jumpOut = rng.pick([
					`（下转第${rng.int(2, 4)}版）`,
					`下转第${rng.int(2, 4)}版`,
					`（转${rng.int(2, 4)}版）`,
				]);
				traits.add('jump-line');
			}
			items.push(lead);
			if (rng.chance(0.7)) {
				const c = commentary(ctx, 'lead');
				c.gold.byline = '本报评论员';
				c.gold.authors = [];
				c.bylinePrint = rng.pick(['本报评论员', '□ 本报评论员', '本 报 评 论 员']);
				items.push(c);
			}
			some(2, 4, () => newsStory(ctx, 'news', rng.chance(0.5) ? 'story' : 'short'));
			if (rng.chance(0.7)) items.splice(rng.int(1, items.length), 0, photo(ctx, rng.chance(0.6)));
			break;
		}
		case 'news': {
			if (rng.chance(0.4)) {
				const continued = newsStory(ctx, 'news', 'story');
				continued.jumpIn = rng.pick([`（上接第1版）`, '上接第1版', '（紧接第1版）']);
				traits.add('jump-line');
				items.push(continued);
			}
			some(3, 6, () => newsStory(ctx, 'news', rng.pick(['story', 'short', 'short'] as const)));
			if (rng.chance(0.5)) items.splice(rng.int(0, items.length), 0, photo(ctx, rng.chance(0.5)));
			if (rng.chance(0.4)) items.push(commentary(ctx, 'column'));
			break;
		}
		case 'theory': {
			some(1, 2, () => essay(ctx));
			if (rng.chance(0.6)) items.push(commentary(ctx, 'column'));
			if (rng.chance(0.4)) items.push(sidebar(ctx, 'theory'));
			break;
		}
		case 'world': {
			some(2, 4, () => newsStory(ctx, 'world', rng.pick(['story', 'short'] as const)));
			if (rng.chance(0.5)) items.splice(1, 0, sidebar(ctx, 'world'));
			if (rng.chance(0.6)) items.splice(rng.int(0, items.length), 0, photo(ctx, rng.chance(0.4)));
			const label = rng.pick(['国际简讯', '简讯', '环球快览', '国际视点']);
			const inline = rng.chance(0.5);
			some(3, 6, () => brief(ctx, 'world', label, inline));
			traits.add(inline ? 'briefs-inline-lead' : 'briefs');
			break;
		}
		case 'economy': {
			some(2, 4, () => newsStory(ctx, 'economy', rng.pick(['story', 'story', 'short'] as const)));
			if (rng.chance(0.6)) items.splice(rng.int(1, items.length), 0, sidebar(ctx, 'economy'));
			if (rng.chance(0.4)) items.push(photo(ctx, true));
			if (rng.chance(0.5)) {
				const label = rng.pick(['经济快讯', '市场动态', '财经速递']);
				some(2, 4, () => brief(ctx, 'economy', label, rng.chance(0.3)));
				traits.add('briefs');
			}
			break;
		}
		case 'society': {
			items.push(newsStory(ctx, 'society', 'story'));
			if (rng.chance(0.6)) items.push(interviewNote(ctx));
			if (rng.chance(0.6)) items.push(letter(ctx));
			some(1, 3, () => newsStory(ctx, 'society', 'short'));
			if (rng.chance(0.6)) items.splice(rng.int(0, items.length), 0, photo(ctx, rng.chance(0.5)));
			if (rng.chance(0.4)) {
				const inline = rng.chance(0.5);
				some(2, 5, () => brief(ctx, 'society', rng.pick(['本地简讯', '民生快讯', undefined]), inline));
				traits.add(inline ? 'briefs-inline-lead' : 'briefs');
			}
			break;
		}
		case 'opinion': {
			some(3, 6, () => commentary(ctx, rng.chance(0.3) ? 'lead' : 'column'));
			if (rng.chance(0.4)) items.push(letter(ctx));
			break;
		}
		case 'culture': {
			some(1, 3, () => literaryEssay(ctx));
			some(1, 3, () => poem(ctx));
			if (rng.chance(0.4)) items.splice(rng.int(0, items.length), 0, photo(ctx, true));
			break;
		}
		case 'pictures': {
			items.push(photoGroup(ctx, rng.int(2, 4)));
			some(2, 4, () => photo(ctx, rng.chance(0.6)));
			if (rng.chance(0.3)) items.push(newsStory(ctx, 'society', 'short'));
			break;
		}
		case 'special': {
			some(2, 4, () => newsStory(ctx, 'news', rng.pick(['story', 'short'] as const)));
			some(0, 2, () => photo(ctx, rng.chance(0.5)));
			if (rng.chance(0.4)) items.push(sidebar(ctx, 'news'));
			break;
		}
	}
	return items;
}

/** A banner (通栏) over the page, on the pages that carry one. */
function pickBanner(rng: Rng, type: PageType): string | undefined {
	const chance = type === 'special' ? 0.9 : type === 'front' || type === 'news' ? 0.2 : 0.05;
	if (!rng.chance(chance)) return undefined;
	return rng.pick([
		'奋进新征程 建功新时代',
		'学习贯彻全会精神',
		`聚焦${placeName(rng)}高质量发展`,
		'喜迎自治区成立纪念日',
		'新春走基层',
		'在希望的田野上',
	]);
}

/** The page's furniture: header lines, footer lines (editors), and boxes (导读, sponsor, chart labels). */
function composeFurniture(
	rng: Rng,
	at: { type: PageType; date: string; page: number; pageName: string; weekday: string },
	items: TuneItem[],
): TuneFurniture {
	const [y, m, d] = at.date.split('-').map(Number);
	const pp = String(at.page).padStart(2, '0');
	const paper = rng.pick(papers);
	const dateLine = rng.pick([
		`${y}年${m}月${d}日 ${at.weekday}`,
		`${y}年${m}月${d}日\u3000${at.weekday}`,
		`${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`,
	]);
	const pageLine = rng.pick([
		`第${pp}版：${at.pageName}`,
		`${pp} ${at.pageName}`,
		`第${at.page}版 ${at.pageName}`,
		`${at.pageName} ${pp}`,
		`${pp}版 ${at.pageName}`,
	]);
	const header =
		at.type === 'front'
			? [paper, rng.pick(['中共某某市委机关报', '今日16版', `今日${rng.pick([8, 12, 16, 20])}版`]), dateLine, pageLine]
			: rng.pick([[pageLine, dateLine], [dateLine, paper, pageLine], [pageLine], [`${paper} ${dateLine}`, pageLine]]);
	const editors = [
		`责任编辑：${personName(rng)}`,
		rng.chance(0.6) ? `版式设计：${personName(rng)}` : `美术编辑：${personName(rng)}`,
	];
	const footer = rng.chance(0.5) ? [editors.join('  ')] : rng.chance(0.5) ? editors : [`本版责编：${personName(rng)}`];
	if (rng.chance(0.3)) footer.push(String(at.page));
	const boxes: TuneFurniture['boxes'] = [];
	if (at.type === 'front' && rng.chance(0.7)) {
		const lines = [rng.pick(['导读', '今日导读', '本期导读'])];
		for (let i = rng.int(2, 4); i > 0; i--)
			lines.push(
				`${rng.pick(['●', '◆', '·', ''])}${placeName(rng)}${rng.pick(['推进', '建设', '打造'])}${rng.pick(['智慧社区', '现代农业园', '物流枢纽', '文化街区'])} （第${rng.int(2, 12)}版）`,
			);
		boxes.push({ after: rng.int(0, Math.max(0, items.length - 1)), lines });
	}
	if (at.type === 'special') {
		boxes.push({
			after: items.length - 1,
			lines: [
				rng.pick([
					`本版由${placeName(rng)}委宣传部协办`,
					`主办：${placeName(rng)}人民政府  承办：${placeName(rng)}融媒体中心`,
					`${placeName(rng)}文化旅游局 合办`,
				]),
			],
		});
	}
	if (at.type === 'economy' && rng.chance(0.6)) {
		boxes.push({
			after: rng.int(0, items.length - 1),
			lines: [
				`图表：${rng.pick(['前5月', '一季度', '上半年'])}${rng.pick(['工业增加值增速', '社会消费品零售总额', '进出口总额'])}`,
				`数据来源：${rng.pick(['市统计局', '海关总署', '国家统计局'])}`,
				`制图：${personName(rng)}`,
			],
		});
	}
	if (rng.chance(0.08))
		boxes.push({
			after: items.length - 1,
			lines: ['更正', `本报${m}月${Math.max(1, d - 1)}日第${rng.int(2, 8)}版刊发的稿件中有误，特此更正。`],
		});
	return { header, footer, boxes };
}

/** Records the traits an item shows on its page. */
function noteTraits(item: TuneItem, traits: Set<string>): void {
	const g = item.gold;
	if (g.kicker) traits.add(g.kicker.endsWith('——') ? 'kicker' : 'kicker-plain');
	if (g.subheadline) traits.add(g.subheadline.startsWith('——') ? 'subheadline' : 'subheadline-plain');
	if (g.byline) traits.add(g.authors.length > 1 ? 'byline-two-names' : 'byline');
	if (item.bylineAt === 'bottom') traits.add('byline-after-body');
	if (g.section) traits.add('section-label');
	if (g.kind === 'commentary') traits.add('commentary');
	if (g.intertitles?.length) traits.add('intertitles');
	if (g.paragraphs[0]?.startsWith('编者按')) traits.add('editors-note');
	if (g.paragraphs[0] === '核心阅读') traits.add('core-reading');
	if (g.paragraphs.includes('——编 者')) traits.add('editors-sign-off');
	if (/电[\u3000 ]?（记者|^本报驻|^据新华社/.test(g.paragraphs[0] ?? '')) traits.add('dateline');
	if (item.role === 'photo') traits.add(g.headline === null ? 'photo-untitled' : 'photo');
	if (item.role === 'photo-group') traits.add('photo-group');
	if (g.credit && /新华社|视觉|供图|资料/.test(g.credit)) traits.add('credit-agency');
	if (item.role === 'poem') traits.add('poem');
	if (item.role === 'sidebar') traits.add('sidebar');
	if (item.role === 'letter') traits.add('letter');
	if (g.paragraphs.at(-1)?.endsWith('采访整理）')) traits.add('interview-note');
	if (item.headLines.length > 1) traits.add('two-line-headline');
}
