import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/lib/importer/index.ts';
import { parseConserved } from '../support/parse-conserved.ts';

/** The head fields of each item a dump gives and the page's banner, the conservation check passed. */
function heads(text: string) {
	const page = parseConserved(text);
	return {
		banner: page.banner?.text,
		items: page.items.map(({ kicker, headline, subheadline }) => ({ kicker, headline, subheadline })),
	};
}

// Two items whose headlines speak of their bodies, so that the headlines' words weigh on the page.
const LATER =
	'老旧小区改造提速\n\n　　本报讯　今年以来，某县把老旧小区改造作为民生实事来办，\n老旧小区改造三十二个，改造提速惠及居民一万余户。\n\n' +
	'玉米抢收过半\n\n　　本报讯　入秋以来，某镇组织农机手抢收玉米，全镇两万\n亩玉米抢收过半。\n';
const LATER_HEADS = [
	{ kicker: undefined, headline: '老旧小区改造提速', subheadline: undefined },
	{ kicker: undefined, headline: '玉米抢收过半', subheadline: undefined },
];

describe('kickers and subheadlines', () => {
	test('a head block whose kicker ends in ——, set apart over a plain line and a byline, heads the body with that line as its subheadline', () => {
		const text =
			'干部不定期下村入户——\n\n把群众的事办在心坎上\n\n青山镇：找到合适的产业发展路径\n\n□本报记者　王芳\n\n' +
			'　　青山镇党委书记介绍，为了找到合适的产业发展路径，镇里\n组织干部走访农户，青山镇今年新建产业基地三个，产业发展\n路径越走越宽。\n\n' +
			LATER;
		expect(heads(text)).toEqual({
			banner: undefined,
			items: [
				{
					kicker: '干部不定期下村入户——',
					headline: '把群众的事办在心坎上',
					subheadline: '青山镇：找到合适的产业发展路径',
				},
				...LATER_HEADS,
			],
		});
	});

	// pdftotext dumps (a form feed ends the page): heads set a line apart where the type changes.
	const BRIEF = '●冬季长跑比赛举行\n本报讯（记者李强）“以前下雨天出门要穿雨靴，现\n在路面平整了，孩子上学也放心。”\n\f';
	const BRIEF_HEAD = { kicker: undefined, headline: '冬季长跑比赛举行', subheadline: undefined };

	test("in an extraction, a kicker ending in —— over another column's bare label goes to the headline set tight over its body", () => {
		const text =
			'经济\n\n奋进新征程——\n\n简讯\n\n村路变通途　出行更便捷\n本报讯（记者王芳）在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n' +
			BRIEF;
		expect(heads(text).items).toEqual([
			{ kicker: '奋进新征程——', headline: '村路变通途 出行更便捷', subheadline: undefined },
			BRIEF_HEAD,
		]);
	});

	test('in an extraction, a kicker ending in —— over a marked label goes to the headline set tight over its byline', () => {
		const text =
			'经济\n\n记者蹲点——\n\n【产经速览】\n\n村路变通途　书香满社区\n本报记者　王芳\n\n在产业园区，一座座厂房拔地而起，塔吊林立。村口\n新建的文化广场上，几位老人正在下棋。\n\n' +
			BRIEF;
		expect(heads(text).items).toEqual([
			{ kicker: '记者蹲点——', headline: '村路变通途 书香满社区', subheadline: undefined },
			BRIEF_HEAD,
		]);
	});

	test("in an extraction, the page's first phrase one blank line over a headline set tight over its body is that headline's kicker, not the banner", () => {
		const body =
			'本报讯（记者王芳）在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n';
		const text = `经济\n\n2023年5月4日\n\n第07版\n\n稳步推进新建设\n\n村路变通途\n${body}${BRIEF}`;
		expect(heads(text)).toEqual({
			banner: undefined,
			items: [{ kicker: '稳步推进新建设', headline: '村路变通途', subheadline: undefined }, BRIEF_HEAD],
		});
		// Two phrases set apart by a space read as a banner, and so does a phrase over a headline set
		// apart from its body.
		const pair = `经济\n\n2023年5月4日\n\n第07版\n\n稳步推进 新建设\n\n村路变通途\n${body}${BRIEF}`;
		expect(heads(pair).items[0].kicker).toBeUndefined();
		const apart = `经济\n\n2023年5月4日\n\n第07版\n\n稳步推进新建设\n\n村路变通途\n\n${body}${BRIEF}`;
		expect(heads(apart).items[0].kicker).toBeUndefined();
	});

	test("in an extraction, the page's first phrase goes past another column's head set apart to the headline set tight over its body", () => {
		const text =
			'经济\n\n2023年5月4日\n\n第07版\n\n稳步推进新建设\n\n书屋开进村里\n\n村路变通途\n本报讯（记者王芳）在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n' +
			'●读书角建成\n在村口的书屋里，几位老人正在翻看新到的图书，书架上\n摆满了农业技术和文学作品。\n\f';
		const heads0 = heads(text).items.find((item) => item.headline === '村路变通途');
		expect(heads0?.kicker).toBe('稳步推进新建设');
	});

	test('in an extraction, a kicker ending in —— read as a headline, a byline between it and a headline that heads nothing, goes to that headline', () => {
		const body =
			'“原来办这个手续要跑好几趟，现在一次就办完了。”在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n';
		const text = `经济\n\n奋进新征程——\n\n本报记者\n\n王芳\n\n村路变通途\n\n出行更便捷\n\n李强\n\n${body}${BRIEF}`;
		const page = heads(text);
		expect(page.banner).toBeUndefined();
		expect(page.items[0]).toMatchObject({ kicker: '奋进新征程——', headline: '村路变通途' });
	});

	test("in an extraction, a plain line set tight over the page's first kicker ending in —— is the page's banner", () => {
		const body =
			'本报讯（记者王芳）在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n';
		const text = `经济\n\n2023年5月4日\n\n第07版\n\n守护绿水青山 建设美丽家园\n长岭村一线观察——\n\n村路变通途\n${body}${BRIEF}`;
		expect(heads(text)).toEqual({
			banner: '守护绿水青山 建设美丽家园',
			items: [{ kicker: '长岭村一线观察——', headline: '村路变通途', subheadline: undefined }, BRIEF_HEAD],
		});
	});

	test('a line naming a visit to the field, one blank line over a headline set tight over its story, is its kicker, not a column label', () => {
		const first =
			'经济\n\n村路变通途\n本报讯（记者王芳）在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n';
		const text = `${first}一线见闻\n\n产业提质增效\n本报讯（记者许志）入秋以来，某镇组织农机手抢收玉\n米，全镇两万亩玉米抢收过半。\n\n${BRIEF}`;
		const page = parseConserved(text);
		expect(page.items[1]).toMatchObject({ kicker: '一线见闻', headline: '产业提质增效' });
		expect(page.items[1].section).not.toBe('一线见闻');
		// A column named by its genre stays the item's label.
		const label = parseConserved(text.replace('一线见闻', '经济观察'));
		expect(label.items[1]).toMatchObject({ kicker: undefined, headline: '产业提质增效', section: '经济观察' });
	});

	test("in an extraction, a plain line set tight over the page's first headline is the page's banner, not its kicker", () => {
		const body =
			'本报讯（记者王芳）在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n';
		const text = `经济\n\n2023年5月4日\n\n第07版\n\n在希望的田野上\n青山镇扎实推进乡村振兴示范带\n${body}${BRIEF}`;
		expect(heads(text)).toEqual({
			banner: '在希望的田野上',
			items: [{ kicker: undefined, headline: '青山镇扎实推进乡村振兴示范带', subheadline: undefined }, BRIEF_HEAD],
		});
		// A kicker ending in —— keeps its headline.
		const marked = text.replace('在希望的田野上', '在希望的田野上——');
		expect(heads(marked).items[0]).toMatchObject({
			kicker: '在希望的田野上——',
			headline: '青山镇扎实推进乡村振兴示范带',
		});
	});

	test('in an extraction, below the first story, a short line set tight over a longer one is a headline over its subheadline, not a kicker over it', () => {
		const first =
			'经济\n\n村路变通途\n本报讯（记者王芳）在产业园区，一座座厂房拔地而\n起，塔吊林立。村口新建的文化广场上，几位老人正\n在下棋。\n\n';
		const text = `${first}守护绿水青山\n青山镇扎实推进乡村振兴示范带建设\n本报记者\u3000李强\n入秋以来，某镇组织农机手抢收玉米，全镇两万\n亩玉米抢收过半。\n\n${BRIEF}`;
		expect(heads(text).items[1]).toEqual({
			kicker: undefined,
			headline: '守护绿水青山',
			subheadline: '青山镇扎实推进乡村振兴示范带建设',
		});
		// A kicker a blank line over its headline stays the kicker.
		const apart = text.replace('守护绿水青山\n', '守护绿水青山——\n\n');
		expect(heads(apart).items[1]).toMatchObject({
			kicker: '守护绿水青山——',
			headline: '青山镇扎实推进乡村振兴示范带建设',
		});
	});

	test('in an extraction, the kicker stays apart from a headline set apart from everything under it', () => {
		const text =
			'经济\n\n记者蹲点——\n\n【产经速览】\n\n村路变通途　书香满社区\n\n在产业园区，一座座厂房拔地而起，塔吊林立。村口\n新建的文化广场上，几位老人正在下棋。\n\n' +
			BRIEF;
		expect(heads(text).items[0]).toEqual({
			kicker: undefined,
			headline: '村路变通途 书香满社区',
			subheadline: undefined,
		});
	});

	test('a text dump: a kicker ending in ——, two lines free of stops and a dateline set tight in one block are a head block over its story', () => {
		const text =
			'第1版\n\n聚焦民生实事——\n看病更方便  文化润民心\n文化惠民活动覆盖城乡\n　　本报讯（记者萧雨）\n' +
			'说起这些年的变化，老党\n员杜勇打开了话匣子。夜\n幕降临，沿河步道上的路\n灯次第亮起。\n';
		// The head's lines under the kicker are read by the head block's model (headRoles): a
		// headline, or a headline and its plain subheadline.
		const [item] = heads(text).items;
		expect(item.kicker).toBe('聚焦民生实事——');
		expect(`${item.headline}${item.subheadline ?? ''}`).toBe('看病更方便 文化润民心文化惠民活动覆盖城乡');
	});

	test("a text dump: a line naming a report's series (two short names set apart by a middle dot) is the kicker, over its headline or printed under it", () => {
		const over = `乡村行·看变化\n菜园变花园\n本报记者\u3000王芳\n\n\u3000\u3000今年以来，某镇把村里的闲置地块改成了小菜园，村民种菜的积极性很高。\n\n${LATER}`;
		expect(heads(over).items[0]).toEqual({ kicker: '乡村行·看变化', headline: '菜园变花园', subheadline: undefined });
		const under = `菜园变花园  小区换新颜\n乡村行·看变化\n本报记者\u3000王芳\n\n\u3000\u3000今年以来，某镇把村里的闲置地块改成了小菜园，村民种菜的积极性很高。\n\n${LATER}`;
		expect(heads(under).items[0]).toEqual({
			kicker: '乡村行·看变化',
			headline: '菜园变花园 小区换新颜',
			subheadline: undefined,
		});
	});

	test('a text dump in a narrow column: a kicker ending in —— short of the column heads its block, however full the last line, not a column cut over a label', () => {
		const text =
			'■视点\n乡村干部进村入户——\n小院里开起议事会\n推进村务公开规范化常态化\n\n■乡村振兴\n\n某镇：小菜园有了大变化\n\n本报通讯员　王芳\n\n' +
			'　　本报讯　今年以来，某镇把\n村里的闲置地块改成了小菜\n园，分给村民认领种植，村\n民种菜的积极性很高。\n';
		expect(heads(text).items[0]).toEqual({
			kicker: '乡村干部进村入户——',
			headline: '小院里开起议事会',
			subheadline: '推进村务公开规范化常态化',
		});
	});
	test("the page's name opening the page over its number is the page's header, not a series' kicker over the first headline", () => {
		const text =
			'文化·视点\n\n第07版\n\n2023年5月4日\n\n读书点亮乡村生活\n本报记者　王芳\n在村口的书屋里，几位老人正在翻看新到的图书，书架上\n摆满了农业技术和文学作品。\n\n' +
			BRIEF;
		const page = parsePage(text);
		expect(heads(text).items).toEqual([
			{ kicker: undefined, headline: '读书点亮乡村生活', subheadline: undefined },
			BRIEF_HEAD,
		]);
		expect(page.header).toEqual({ pageName: '文化·视点', pageNumber: 7 });
	});

	test("the page's name over the date and the page's number is the page's header, not the first item's label", () => {
		const text =
			'乡村\n\n2023年5月4日\n\n第07版\n\n建设新征程\n\n读书点亮乡村生活\n本报记者　王芳\n在村口的书屋里，几位老人正在翻看新到的图书，书架上\n摆满了农业技术和文学作品。\n\n' +
			BRIEF;
		const page = parsePage(text);
		expect(page.header).toEqual({ pageName: '乡村', pageNumber: 7 });
		expect(page.items[0].section).toBeUndefined();
	});
});
