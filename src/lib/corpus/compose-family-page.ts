import type { Corpus } from '../bench/corpus.ts';
import { createRng, type Rng } from '../bench/prng.ts';
import { personName } from '../bench/vocabulary.ts';
import { article, briefs, commentary, photos, sidebar, type ItemContext } from './compose-item.ts';
import { headline, textSource } from './compose-text.ts';
import { itemContexts, pageDay, pageGold, printedDate } from './page-frame.ts';
import type { Family, PageModel, PrintedItem } from './page-model.ts';

/**
 * Composes a page of one of the layout families, set as Chinese dailies set their pages: a news
 * page (a lead story with its kicker, headline and subheadline stack, stories of mixed widths,
 * boxed sidebars, a column of ● briefs, photos, notices), an opinion page (commentaries under
 * vertical headlines, a long theory piece, a 背景 box), a feature page (one long story in parts
 * with its boxes and photos, often continued on another page) and a picture page (图片版: many
 * photos under a theme). Jump lines (`（下转第2版）`, `（上接第1版）`) and notice boxes are
 * furniture. Pure and deterministic: the page id seeds its own stream, apart from composePage's.
 */

/** What a family page is composed from. */
export interface FamilyPageOptions {
	/** The page id, `dev-0241`; it seeds the page. */
	id: string;
	corpus: Corpus;
	/** A prefix of the seed, so that two corpora from the same ids differ. */
	seed: string;
}

const papers = ['北疆日报', '草原晚报', '河套时报', '塞上日报', '阴山日报'];
const pageNames: Record<Family, string[]> = {
	news: ['要闻', '综合', '经济', '社会', '旗县新闻', '民生', '城事'],
	opinion: ['评论', '理论', '观点', '思想周刊'],
	feature: ['深度', '专题', '文化', '生态', '乡村振兴'],
	pictures: ['图片', '视觉', '图片新闻', '摄影'],
};

/** Composes the family page `id`. @example composeFamilyPage({ id: 'dev-0241', corpus, seed: 'corpus-dev' }).layout?.family */
export function composeFamilyPage({ id, corpus, seed }: FamilyPageOptions): PageModel {
	const rng = createRng(`${seed}:family:${id}`);
	const { day, date } = pageDay(rng);
	const roll = rng.next();
	const family: Family = roll < 0.45 ? 'news' : roll < 0.65 ? 'opinion' : roll < 0.82 ? 'feature' : 'pictures';
	const columns = family === 'pictures' ? rng.int(4, 6) : rng.int(4, 8);
	const page = family === 'news' && rng.chance(0.3) ? 1 : rng.int(2, 16);
	const pageName = page === 1 ? '要闻' : rng.pick(pageNames[family]);
	const traits = new Set<string>([`family:${family}`, columns <= 5 ? 'pdf:columns-4-5' : 'pdf:columns-6-8']);
	const source = textSource(rng, corpus, date.slice(0, 4));
	const context = itemContexts(source, date, traits);
	const other = () => (page === 1 ? rng.int(2, 8) : rng.pick([1, page + 1, page - 1].filter((n) => n >= 1)));
	const items = compose[family](context, rng, traits);
	// Jump lines: the lead runs on to another page, a story comes from another.
	const lead = items[0];
	if (lead.role === 'lead' && rng.chance(family === 'feature' ? 0.5 : 0.3)) {
		lead.jumpTo = rng.pick([`（下转第${other()}版）`, `下转第${other()}版`, `（转第${other()}版）`]);
		traits.add('jump-line');
	}
	const continued = items.find((item, i) => i > 0 && item.role === 'article');
	if (continued && page > 1 && rng.chance(0.25)) {
		continued.jumpFrom = rng.pick([`（上接第${page - 1}版）`, `上接第${rng.int(1, page - 1)}版`]);
		traits.add('jump-line');
	}
	const banner = family === 'pictures' || (family === 'news' && rng.chance(0.2)) ? headline(source) : undefined;
	if (banner) traits.add('banner');
	const paper = rng.pick(papers);
	const notices = family !== 'pictures' && rng.chance(0.35) ? [notice(rng, paper)] : undefined;
	if (notices) traits.add('notice');
	const { top, bottom } = furniture(rng, paper, day, page, pageName);
	traits.add('furniture');
	return {
		gold: pageGold({
			id,
			date,
			page,
			pageName: top.some((line) => line.includes(pageName)) ? pageName : undefined,
			banner,
			traits,
			items,
		}),
		items,
		paper,
		furniture: { top, bottom },
		layout: { family, columns },
		...(notices && { notices }),
	};
}

type Composer = (context: () => ItemContext, rng: Rng, traits: Set<string>) => PrintedItem[];

const compose: Record<Family, Composer> = {
	/** A lead with its full head stack, then stories, boxed sidebars, briefs, commentaries and photos. */
	news(context, rng, traits) {
		const items: PrintedItem[] = [article(context(), true, { stack: rng.chance(0.7) })];
		traits.add('lead-stack');
		const count = rng.int(4, 9);
		while (items.length < count + 1) {
			const roll = rng.next();
			if (roll < 0.38) items.push(article(context(), false));
			else if (roll < 0.52 && items.at(-1)?.role === 'article') items.push(boxed(context(), rng, traits));
			else if (roll < 0.66) items.push(...bulletBriefs(context(), traits));
			else if (roll < 0.78) items.push(vertical(commentary(context()), rng, 0.4, traits));
			else items.push(...photos(context()));
		}
		return items;
	},
	/** Commentaries, many under vertical headlines, a long theory piece in parts, a 背景 box. */
	opinion(context, rng, traits) {
		const items: PrintedItem[] = [];
		if (rng.chance(0.5)) items.push(article(context(), true, { parts: rng.int(2, 4) }));
		else items.push(vertical(commentary(context()), rng, 0.3, traits));
		if (rng.chance(0.6) && items[0].role === 'lead') items.push(boxed(context(), rng, traits));
		for (let i = rng.int(2, 5); i > 0; i--) items.push(vertical(commentary(context()), rng, 0.65, traits));
		if (rng.chance(0.3)) items.push(article(context(), false));
		return items;
	},
	/** One long story in parts, with photos and two boxes, and a short item or two. */
	feature(context, rng, traits) {
		const items: PrintedItem[] = [article(context(), true, { stack: rng.chance(0.5), parts: rng.int(3, 4) })];
		traits.add('lead-stack');
		items.push(...photos(context()));
		for (let i = rng.int(1, 2); i > 0; i--) items.push(boxed(context(), rng, traits));
		if (rng.chance(0.5)) items.push(...photos(context()));
		if (rng.chance(0.5)) items.push(vertical(commentary(context()), rng, 0.5, traits));
		if (rng.chance(0.4)) items.push(article(context(), false));
		return items;
	},
	/** 图片版: four to nine photo groups under the page's theme, sometimes a short story. */
	pictures(context, rng, traits) {
		const items: PrintedItem[] = [];
		for (let i = rng.int(4, 9); i > 0; i--) items.push(...photos(context()));
		if (rng.chance(0.4)) items.push(article(context(), false));
		traits.add('picture-page');
		return items;
	},
};

/** A sidebar boxed beside or under the story before it: 链接, 相关阅读, 背景, 延伸阅读. */
function boxed(context: ItemContext, rng: Rng, traits: Set<string>): PrintedItem {
	const item = sidebar(context, ['链接', '相关阅读', '背景', '延伸阅读', '新闻链接']);
	item.placement = rng.pick(['left', 'right', 'bottom'] as const);
	traits.add('sidebar-box');
	return item;
}

/** A column of briefs under 简讯 with ● heads. */
function bulletBriefs(context: ItemContext, traits: Set<string>): PrintedItem[] {
	const items = briefs(context);
	for (const item of items) item.headlineMark = '●';
	traits.add('briefs-bullet');
	return items;
}

/**
 * Sets a commentary's headline vertically with probability `p`: not one with a character twice
 * in a row (in its headline or byline), as pdftotext can merge the two into one.
 */
function vertical(item: PrintedItem, rng: Rng, p: number, traits: Set<string>): PrintedItem {
	if (rng.chance(p) && !/(.)\1/u.test(`${item.gold.headline}|${item.gold.byline ?? ''}`)) {
		item.vertical = true;
		traits.add('vertical-headline');
	}
	return item;
}

/** A boxed notice: a subscription call, a correction, a public notice. */
function notice(rng: Rng, paper: string): string[] {
	const phone = `0471-${rng.int(2_000_000, 6_999_999)}`;
	return rng.pick([
		[`欢迎订阅《${paper}》`, `全国各地邮局均可订阅 邮发代号${rng.int(15, 16)}-${rng.int(1, 99)}`, `订阅热线：${phone}`],
		['广告', `${paper}广告中心`, `广告热线：${phone}`],
		['更正', `本报${rng.int(1, 28)}日第${rng.int(1, 12)}版报道中有误，特此更正。`],
		['遗失声明', `${personName(rng)}不慎遗失身份证，声明作废。`, `联系电话：${phone}`],
	]);
}

/** Header and footer furniture in the forms dailies print them. */
function furniture(rng: Rng, paper: string, day: Date, page: number, pageName: string): { top: string[]; bottom: string[] } {
	const pad = String(page).padStart(2, '0');
	const dateText = printedDate(day);
	const editor = personName(rng);
	const designer = personName(rng);
	const top = rng.pick([
		[`第${pad}版：${pageName}`, dateText],
		[dateText, `${pageName}`, `${pad}`],
		[`${paper} ${dateText}`, `第${page}版 ${pageName}`],
		[`${pad} ${pageName}`, `责编：${editor} 版式设计：${designer}`, dateText],
		[`${dateText} 第${pad}版 ${pageName}`],
	]);
	const bottom = top.some((line) => line.includes(editor))
		? []
		: rng.pick([
				[`责任编辑：${editor}`],
				[`本版责编：${editor} 版式设计：${designer}`],
				[`责任编辑：${editor} 美术编辑：${designer} 校对：${personName(rng)}`],
				[`责编：${editor}`, `版式：${designer}`],
				[],
			]);
	return { top, bottom };
}
