import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/lib/importer/index.ts';
import { parseConserved } from '../support/parse-conserved.ts';

// Item and paragraph boundaries in text dumps: a caption beside an article, a numbered 小标题 standing alone.

describe('a photo caption beside a signed article', () => {
	const page = (caption: string) =>
		parsePage(
			[
				'河湾村修起了新码头',
				'',
				'本报记者 林小雨',
				'',
				'入秋以来，河湾村的渔船陆续',
				'靠岸，新码头迎来第一批客商。',
				'',
				'村支书说，码头建成后，鲜鱼',
				'当天就能运进城里的菜市场。',
				'',
				caption,
				'李青 供图',
			].join('\n'),
		);

	test('a caption set apart by a blank line, its credit tight under it, is a photo of its own', () => {
		const { items } = page('工人在新码头装卸货物。');
		expect(items.map((i) => [i.kind, i.paragraphs.length, i.credit])).toEqual([
			['article', 2, undefined],
			['photo', 1, '李青 供图'],
		]);
		expect(items[1].paragraphs).toEqual(['工人在新码头装卸货物。']);
	});

	test("a caption that says it shows the article's picture (图为…) stays the article's", () => {
		const { items } = page('图为新码头上装卸货物的工人。');
		expect(items.map((i) => [i.kind, i.paragraphs.length, i.credit])).toEqual([['article', 3, '李青 供图']]);
	});
});

describe('a head alone between blank lines that fills its column', () => {
	const body = (head: string) =>
		parsePage(
			[
				'山村里的新学校',
				'',
				'本报记者 林小雨',
				'',
				'今年秋天，山村小学搬进了新',
				'校舍，孩子们有了宽敞的教室。',
				'',
				head,
				'',
				'学校还开设了书法和音乐课，',
				'请来城里的老师每周上课一次。',
			].join('\n'),
		).items[0].paragraphs;

	test('a numbered 小标题 stays a paragraph of its own, not the first line of the text under it', () => {
		expect(body('二、城里老师走进山村课堂')).toEqual([
			'今年秋天，山村小学搬进了新校舍，孩子们有了宽敞的教室。',
			'二、城里老师走进山村课堂',
			'学校还开设了书法和音乐课，请来城里的老师每周上课一次。',
		]);
	});
});

describe('a head alone between blank lines that fills its column, over a numbered caption', () => {
	test('the head is no first line of the caption: a figure mark (图①：) opens a caption', () => {
		const page = parseConserved(
			[
				'村民们每天都会准时收听党史学',
				'习教育广播，在家门口学党史。',
				'',
				'河西区：打出为民办实事组合拳',
				'',
				'图①：志愿者为辖区老人义务理',
				'发。 新华社发',
				'',
				'图②：村民在晒场上翻晒玉米。',
				'李青 摄',
			].join('\n'),
		);
		expect(page.items.map((item) => item.paragraphs[0])).toEqual([
			'村民们每天都会准时收听党史学习教育广播，在家门口学党史。',
			'图①：志愿者为辖区老人义务理发。',
			'图②：村民在晒场上翻晒玉米。',
		]);
		expect(page.items[0].headline).toBe('河西区：打出为民办实事组合拳');
	});
});

// Paragraphs of a text dump: an indented first line and its wrap, then a blank line.
const para = (first: string, second: string) => [`\u3000\u3000${first}`, second, ''];

describe('heads printed under their bodies, each body opened by its byline', () => {
	const page = parsePage(
		[
			'北疆日报',
			'2022年12月17日 星期六',
			'',
			'□新华社记者 唐娜兰',
			'',
			...para('入秋以来，滨海镇的渔船陆续靠岸，新码头', '迎来第一批客商，鲜鱼当天就能运进城里。'),
			...para('镇长说，码头建成后，渔民的收入比往年多', '了两成，年轻人也愿意回到镇上来工作。'),
			'东岭县扎实推进营商环境建设',
			'',
			'■ 快评',
			'',
			'本报评论员',
			'',
			...para('走进山村小学，新校舍里传出琅琅读书声，', '孩子们有了宽敞明亮的教室和新的操场。'),
			...para('学校还开设了书法和音乐课，请来城里的老', '师每周上课一次，家长们都很高兴。'),
			'莫让形式主义改头换面',
			'',
			'新华社记者 冯玲',
			'',
			...para('河湾村的图书室开门了，村民们农闲时都爱', '来这里坐一坐，翻一翻新到的书刊。'),
			...para('图书室还办起了读书会，每月请老师来给村', '民讲一讲种植养殖的新技术。'),
			'南坪乡全力打造数字乡村',
			'',
			'本报记者 图雅 通讯员 蔡军',
			'',
			...para('新修的公路通到了村口，村里的果子不愁卖', '了，收购商的货车一早就开进村来。'),
			...para('村民们说，路通了，日子也就越过越红火了，', '大家对明年的收成都很有信心。'),
			'西岗区持续优化政务服务',
			'',
			'本报见习记者 常涛',
			'',
			...para('社区食堂开张了，老人们在家门口就能吃上', '热乎饭菜，子女们也放心了不少。'),
			...para('食堂还为行动不便的老人送餐上门，每天中', '午准时送到，饭菜荤素搭配。'),
			'北关街道加快建设智慧社区',
			'',
			'日前，河湾村的牧民转场途经草原。',
			'受访者供图',
		].join('\n'),
	);

	test('a head over the next byline, under a body whose own head went to the body above, is that body’s', () => {
		expect(page.items.map((i) => [i.headline, i.authors[0]])).toEqual([
			['东岭县扎实推进营商环境建设', '唐娜兰'],
			['莫让形式主义改头换面', undefined],
			['南坪乡全力打造数字乡村', '冯玲'],
			['西岗区持续优化政务服务', '图雅'],
			['北关街道加快建设智慧社区', '常涛'],
			['（无标题）', undefined],
		]);
	});
});

describe('a quoted exclamation standing alone between two items', () => {
	test('closes the body above as its last paragraph, not a heading', () => {
		const page = parsePage(
			[
				'河湾村修起了新码头',
				'',
				'本报记者 林小雨',
				'',
				...para('入秋以来，河湾村的渔船陆续靠岸，新码头', '迎来第一批客商，鲜鱼当天就能运进城里。'),
				...para('村支书说，码头建成后，渔民的收入比往年', '多了两成，年轻人也愿意回到村里来工作。'),
				'“这回可算盼到了！”',
				'',
				'山村小学搬进新校舍',
				'',
				'本报记者 王海',
				'',
				...para('走进山村小学，新校舍里传出琅琅读书声，', '孩子们有了宽敞明亮的教室和新的操场。'),
			].join('\n'),
		);
		expect(page.banner).toBeUndefined();
		expect(page.items.map((i) => [i.headline, i.paragraphs.at(-1)])).toEqual([
			['河湾村修起了新码头', '“这回可算盼到了！”'],
			['山村小学搬进新校舍', '走进山村小学，新校舍里传出琅琅读书声，孩子们有了宽敞明亮的教室和新的操场。'],
		]);
	});
});

describe('a body in a narrower column after one that ended its sentence', () => {
	test('the paragraph set apart over it at its width opens it, not the body above', () => {
		const { items } = parsePage(
			[
				'河湾村修起了新码头',
				'',
				'本报记者 林小雨',
				'',
				'入秋以来，河湾村的渔船陆续靠岸，新码',
				'头迎来第一批客商，鲜鱼当天就能运进城',
				'里的菜市场，渔民们的脸上笑开了花。',
				'',
				'村支书说，码头建成后，渔民的收入比往',
				'年多了两成，年轻人也愿意回到村里来工',
				'作，村里又热闹起来了，大家都很高兴。',
				'',
				'办事不出村真方便。',
				'村里的便民服务站开',
				'门了，村民们在家门',
				'口就能办理社保、医',
				'保等业务，再也不用',
				'往城里跑了。',
			].join('\n'),
		);
		expect(items.map((i) => i.paragraphs.length)).toEqual([2, 2]);
		expect(items[1].paragraphs[0]).toBe('办事不出村真方便。');
	});
});

describe('a brief printed after ■ under a signed article', () => {
	test('is a brief of its own, not a 小标题 of the article above', () => {
		const { items } = parsePage(
			[
				'简讯',
				'',
				'■文化下乡活动启动',
				'\u3000\u3000剧团走进山村，为村民送上了',
				'一台好戏，台下坐满了观众。',
				'',
				'河湾村修起了新码头',
				'本报记者\u3000林小雨',
				'\u3000\u3000入秋以来，河湾村的渔船陆续',
				'靠岸，新码头迎来第一批客商。',
				'',
				'\u3000\u3000村支书说，码头建成后，鲜鱼',
				'当天就能运进城里的菜市场。',
				'',
				'■冬季长跑比赛举行',
				'\u3000\u3000上千名市民参加了比赛，最小',
				'的选手只有八岁。',
				'',
				'山村小学搬进新校舍',
				'本报记者\u3000王海',
				'\u3000\u3000走进山村小学，新校舍里传出',
				'琅琅读书声，孩子们很高兴。',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.paragraphs.length])).toEqual([
			['文化下乡活动启动', 1],
			['河湾村修起了新码头', 2],
			['冬季长跑比赛举行', 1],
			['山村小学搬进新校舍', 1],
		]);
	});
});

describe('a story signed at its end in brackets', () => {
	const page = (lines: string[]) =>
		parsePage(
			[
				'湖畔小镇开通夜间公交',
				'',
				'入秋以来，湖畔小镇开通了两条夜',
				'班公交线路，每晚运行到十一点。',
				'',
				...lines,
				'',
				'',
				'',
				'山区学校添了新操场',
				'',
				'新操场铺上了塑胶跑道，孩子们课',
				'间有了去处，家长们也放了心。',
			].join('\n'),
		);

	test('a name in brackets on a line of its own, under the last line of the text, is the byline', () => {
		const { items } = page(['居民说，下晚班回家比从前方便', '多了。', '（林青山）']);
		expect(items.map((i) => i.headline)).toEqual(['湖畔小镇开通夜间公交', '山区学校添了新操场']);
		expect(items[0].paragraphs.at(-1)).toBe('居民说，下晚班回家比从前方便多了。');
		expect([items[0].byline, items[0].authors]).toEqual(['（林青山）', ['林青山']]);
	});

	test("a reporter's role and names, in a paragraph of its own", () => {
		const { items } = page(['居民说，下晚班回家比从前方便', '多了。', '', '（本报记者 柳青山 何小舟）']);
		expect(items[0].paragraphs.at(-1)).toBe('居民说，下晚班回家比从前方便多了。');
		expect([items[0].byline, items[0].authors]).toEqual(['（本报记者 柳青山 何小舟）', ['柳青山', '何小舟']]);
	});

	test("an interview's note in brackets stays its text", () => {
		const { items } = page(['居民说，下晚班回家比从前方便', '多了。', '', '（本报记者 柳青山采访整理）']);
		expect(items[0].paragraphs.at(-1)).toBe('（本报记者 柳青山采访整理）');
		expect(items[0].byline).toBeUndefined();
	});
});

describe('a list set one entry to a block (a figures box, a table of results)', () => {
	const page = (entries: string[]) =>
		parsePage(
			[
				'湖畔小镇运动会落幕',
				'',
				'本报记者 林小雨',
				'',
				'为期三天的小镇运动会昨天落下帷幕，八支队',
				'伍的选手同场竞技，看台上坐满了观众。',
				'',
				'赛后成绩',
				'',
				...entries.flatMap((entry) => [entry, '']),
				'山区学校添了新操场',
				'',
				'本报记者 何小舟',
				'',
				'新操场铺上了塑胶跑道，孩子们课间有了去',
				'处，家长们也放了心。',
			].join('\n'),
		);

	test('results (event：result with a figure) are lines of text, not headlines', () => {
		const entries = ['男子跳高：某甲（东湖队）1米92', '女子单打决赛：东湖队3∶1胜西岭队', '男子接力：西岭队3分12秒5'];
		const { items, banner } = page(entries);
		expect(banner).toBeUndefined();
		expect(items.map((i) => i.headline)).toEqual(['湖畔小镇运动会落幕', '赛后成绩', '山区学校添了新操场']);
		expect(items[1].paragraphs).toEqual(entries);
	});

	test('figures (a number and its unit, then a label) are lines of text, not headlines', () => {
		const entries = ['3.5万人 参赛人次', '12.4%：观众人数增幅', '86个 志愿服务岗位'];
		const { items, banner } = page(entries);
		expect(banner).toBeUndefined();
		expect(items.map((i) => i.headline)).toEqual(['湖畔小镇运动会落幕', '赛后成绩', '山区学校添了新操场']);
		expect(items[1].paragraphs).toEqual(entries);
	});

	test('one such line alone is not a list', () => {
		const { items } = page(['男子跳高：东湖队夺冠']);
		expect(items.flatMap((i) => i.paragraphs)).not.toContain('男子跳高：东湖队夺冠');
	});
});

test("a book review's note of the book (《书名》 某某著 某某出版社出版) is its text, not its headline", () => {
	const { items } = parsePage(
		[
			'【书评】',
			'',
			'读《河边往事》',
			'',
			'◎林小雨',
			'',
			'《河边往事》 某某著 某某出',
			'版社出版',
			'',
			'书中写到的那位老船工，尤其令',
			'人动容。读罢全书，才知道那条',
			'河流过了几代人的日子。',
			'',
			'作者以多线并进的结构，写出了',
			'一代人的青春记忆，也写出了一',
			'座小城的变迁。',
		].join('\n'),
	);
	expect(items.map((i) => i.headline)).toEqual(['读《河边往事》']);
	expect(items[0].paragraphs[0]).toMatch(/^《河边往事》/u);
});

describe('a story closed by its sign-off in brackets, more text under it (a text dump)', () => {
	const story = [
		'新码头迎来第一批客商',
		'',
		'入秋以来，河湾村的渔船陆续',
		'靠岸，新码头迎来第一批客商。',
		'',
		'村支书说，码头建成后，鲜鱼',
		'当天就能运进城里的菜市场。',
		'',
	];

	test('the text after the sign-off opens another item, which takes the headline under it', () => {
		const { items } = parsePage(
			[
				...story,
				'（林小雨）',
				'',
				'小事办好了，群众才会信服。干',
				'部多跑腿，群众就少跑路。',
				'',
				'说到底，实事要办到群众的心坎',
				'上，工作才算做到了位。',
				'',
				'■ 周立新',
				'',
				'把小事当大事办',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.authors, i.paragraphs.length])).toEqual([
			['新码头迎来第一批客商', ['林小雨'], 2],
			['把小事当大事办', ['周立新'], 2],
		]);
	});

	test('with no head of its own near it, that text is an untitled item and the next story keeps its head', () => {
		const { items } = parsePage(
			[
				...story,
				'（记者 林小雨）',
				'',
				'小事办好了，群众才会信服。干',
				'部多跑腿，群众就少跑路。',
				'',
				'',
				'老街换新颜',
				'',
				'本报记者 王海',
				'',
				'清晨，老街两旁的店铺陆续开',
				'门，游客渐渐多了起来。',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.authors, i.paragraphs.length])).toEqual([
			['新码头迎来第一批客商', ['林小雨'], 2],
			['（无标题）', [], 1],
			['老街换新颜', ['王海'], 1],
		]);
	});
});

describe("a commentary closed by its writer's note in brackets, a story under it (a text dump)", () => {
	test('the text after the note opens another item, signed by the byline under it and headed by the headline after', () => {
		const { items } = parsePage(
			[
				'【观察】',
				'把小事当大事办',
				'周立新',
				'',
				'小事办好了，群众才会信服。干',
				'部多跑腿，群众就少跑路。',
				'',
				'说到底，实事要办到群众的心坎',
				'上，工作才算做到了位。',
				'',
				'（作者单位：某市委',
				'党校）',
				'',
				'入秋以来，河湾村的渔船陆续',
				'靠岸，新码头迎来第一批客商。',
				'',
				'村支书说，码头建成后，鲜鱼',
				'当天就能运进城里的菜市场。',
				'（本报记者 林小雨）',
				'',
				'【动态】',
				'新码头迎来第一批客商',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.authors, i.paragraphs.length])).toEqual([
			['把小事当大事办', ['周立新'], 3],
			['新码头迎来第一批客商', ['林小雨'], 2],
		]);
	});
});

describe('a story printed after another with no head over it, its signature and then its head under it (a text dump)', () => {
	test('a sign-off in brackets and a head under a brief signed in its dateline: the text before the sign-off is a story of its own', () => {
		const { items } = parsePage(
			[
				'入秋以来，河湾村的渔船陆续靠岸，',
				'新码头迎来第一批客商。',
				'',
				'村支书说，码头建成后，鲜鱼当天',
				'就能运进城里的菜市场。',
				'',
				'（本报记者 林小雨）',
				'',
				'渔港迎来丰收季',
				'',
				'【简讯】',
				'',
				'山村小学搬进新校舍',
				'',
				'本报讯（记者 周明）今年秋天，山村小',
				'学搬进了新校舍，孩子们有了宽敞的教室。',
				'',
				'老街的夜市上周开张，摊主们摆出了各',
				'色小吃，街坊们饭后都来逛一逛。',
				'',
				'（陈晓）',
				'',
				'老街夜市开张了',
				'',
				'社区食堂每天中午供应三菜一汤，老人',
				'凭卡就餐，一顿饭只要八块钱。',
				'',
				'（赵立）',
				'',
				'社区食堂暖人心',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.authors, i.paragraphs.length])).toEqual([
			['渔港迎来丰收季', ['林小雨'], 2],
			['山村小学搬进新校舍', ['周明'], 1],
			['老街夜市开张了', ['陈晓'], 1],
			['社区食堂暖人心', ['赵立'], 1],
		]);
	});

	test('a byline and a head under a commentary signed over its text: the paragraphs set apart by a blank line are a story of their own', () => {
		const { items } = parsePage(
			[
				'【评论员文章】',
				'',
				'把实事办到群众心坎上',
				'',
				'本报评论员',
				'　　办好一件实事，关键在于把功夫',
				'下在平时，把群众的冷暖放在心上。',
				'　　说到底，民生无小事，工作要一',
				'件一件抓落实，才能见到实效。',
				'',
				'　　据了解，县里将继续建设社区食',
				'堂，力争年内覆盖所有村组。',
				'　　老人们说，在家门口就能吃上热',
				'乎饭，日子过得更踏实了。',
				'',
				'本报记者 王芳',
				'',
				'社区食堂开进村',
				'',
				'【快评】',
				'',
				'多一些笨功夫',
				'',
				'　　基层工作没有捷径，多走几步路，',
				'多问几句话，群众的难处就清楚了。',
				'',
				'□ 李强',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.authors, i.paragraphs.length])).toEqual([
			['把实事办到群众心坎上', [], 2],
			['社区食堂开进村', ['王芳'], 2],
			['多一些笨功夫', ['李强'], 1],
		]);
	});
});

describe('items set apart by a wider gap than their paragraphs (a text dump)', () => {
	test('a paragraph set apart by three blank lines under text whose paragraphs stand one blank line apart opens the next item', () => {
		const { items } = parsePage(
			[
				'山村小学搬进新校舍',
				'',
				'',
				'',
				'今年秋天，山村小学搬进了新',
				'校舍，孩子们有了宽敞的教室。',
				'',
				'学校还开设了书法和音乐课，城',
				'里的老师每周来上一次课。',
				'',
				'',
				'',
				'老街的夜市上周开张，摊主们摆',
				'出了各色小吃。',
				'',
				'街坊们饭后都来逛一逛，老街又',
				'热闹起来了。',
				'',
				'',
				'',
				'老街夜市开张了',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.paragraphs.length])).toEqual([
			['山村小学搬进新校舍', 2],
			['老街夜市开张了', 2],
		]);
	});
});

describe('a heading over a list of figures after a signed article (a text dump)', () => {
	test('heads a box of its own, not a 小标题 of the article above', () => {
		const { items } = parsePage(
			[
				'城市运动会落幕',
				'',
				'本报记者 林小雨',
				'',
				'为期五天的城市运动会昨天落幕，来自各区的',
				'选手在田径和游泳项目上展开角逐。',
				'',
				'赛事组委会表示，明年的比赛将增设更多项目。',
				'',
				'田径决赛结果',
				'',
				'男子跳高：周明（东区队）2米05',
				'',
				'女子100米：陈静（西区队）12秒41',
				'',
				'男子铅球：吴涛（南区队）17米36',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.paragraphs.length])).toEqual([
			['城市运动会落幕', 2],
			['田径决赛结果', 3],
		]);
	});
});

describe('a list of figures closing a text of sentences, no head between (a text dump)', () => {
	test('is a box of its own, cut from the story above under its last sentence', () => {
		const entries = [
			'男子跳高：周明（东区队）2米05',
			'女子100米：陈静（西区队）12秒41',
			'男子铅球：吴涛（南区队）17米36',
		];
		const { items } = parsePage(
			[
				'城市运动会落幕',
				'',
				'本报记者 林小雨',
				'',
				'为期五天的城市运动会昨天落幕，来自各区的',
				'选手在田径和游泳项目上展开角逐。',
				'',
				'赛事组委会表示，明年的比赛将增设更多项目。',
				'',
				...entries.flatMap((entry) => [entry, '']),
			].join('\n'),
		);
		expect(items[0].paragraphs).toHaveLength(2);
		expect(items.map((i) => i.paragraphs)).toContainEqual(entries);
	});
});

describe('a heading between a byline and a photo caption (a text dump)', () => {
	test('is a headline, not a 小标题 opening the caption', () => {
		const { items } = parsePage(
			[
				'河湾村修起了新码头',
				'',
				'本报记者 林小雨',
				'',
				'入秋以来，河湾村的渔船陆续靠岸，新码头',
				'迎来第一批客商。',
				'',
				'村支书说，码头建成后，鲜鱼当天就能运进',
				'城里的菜市场。',
				'本报记者 何小舟 文/图',
				'',
				'老街夜市开张了',
				'',
				'工人在新码头装卸货物。 李青摄',
				'',
				'码头上的秋天',
			].join('\n'),
		);
		expect(items.flatMap((i) => i.paragraphs)).not.toContain('老街夜市开张了');
	});
});

describe('a heading over verse after a signed article (a text dump)', () => {
	test('is no 小标题 of the article: the poem under it is an item of its own', () => {
		const verse = [
			'河水慢慢流过村口',
			'灯一盏一盏亮起来',
			'渡船载着晚归的人',
			'风从山口吹过来',
			'老人坐在门前',
			'稻田把秋天铺满山坡',
			'孩子们跑过新修的桥',
			'炊烟升起在黄昏里',
			'我们把日子写进田垄',
		];
		const { items } = parsePage(
			[
				'河湾村修起了新码头',
				'',
				'本报记者 林小雨',
				'',
				'    入秋以来，河湾村的渔',
				'船陆续靠岸，新码头迎',
				'来第一批客商。',
				'',
				'    村支书说，码头建成后，',
				'鲜鱼当天就能运进城里',
				'的菜市场。',
				'',
				'河边的灯',
				'',
				...verse.map((line) => `    ${line}`),
				'□何小舟',
				'',
				'老街夜市开张了',
				'',
				'    本报讯（记者周明）老街',
				'的夜市上周开张，摊主',
				'们摆出了各色小吃。',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.paragraphs.length])).toEqual([
			['河湾村修起了新码头', 2],
			['河边的灯', 9],
			['老街夜市开张了', 1],
		]);
	});
});

describe('a posted correspondent’s byline of two names on a line of its own', () => {
	test('names both reporters and keeps the line out of the text', () => {
		const { items } = parseConserved(
			[
				'港口升级改造提速',
				'本报驻曼谷记者  王甲  李乙',
				'  该国政府日前发布报告称，港口升',
				'级改造领域的投资在过去一年增长',
				'了三成。',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.authors, i.paragraphs[0]?.slice(0, 4)])).toEqual([
			['港口升级改造提速', ['王甲', '李乙'], '该国政府'],
		]);
	});
});

describe('a caption tight under an article whose paragraphs open set in', () => {
	const page = (caption: string) =>
		parseConserved(
			[
				'河湾村修起了新码头',
				'本报记者 林小雨',
				'  入秋以来，河湾村的渔船陆续靠岸，新码头迎来第一批客商，',
				'村里的年轻人也回来了。',
				'  村支书说，码头建成后，鲜鱼当天就能运进城里的菜市场，',
				'渔民的收入比往年多了两成。',
				caption,
				'李青 摄',
			].join('\n'),
		).items;

	test('a line not set in, its credit under it, is a photo of its own', () => {
		const items = page('工人在新码头装卸货物。');
		expect(items.map((i) => [i.kind, i.paragraphs.length, i.credit])).toEqual([
			['article', 2, undefined],
			['photo', 1, '李青 摄'],
		]);
	});

	test('a caption set in as the paragraphs are stays the article’s', () => {
		const items = page('  工人在新码头装卸货物。');
		expect(items.map((i) => [i.kind, i.paragraphs.length])).toEqual([['article', 3]]);
	});
});

describe('a caption and its credit under a poem (a text dump)', () => {
	const page = (caption: string) =>
		parseConserved(
			[
				'河边的灯',
				'',
				'□何小舟',
				'',
				'把心事交给春天',
				'',
				'流过每一个清晨',
				'',
				'摆渡车载着远方的客人',
				'',
				'红旗在村口高高飘扬',
				'',
				'风从云龙街道的山口吹来',
				'',
				'吹绿了河滩上的柳',
				'',
				caption,
				'资料图片',
			].join('\n'),
		).items;

	test('a dated sentence under the verse is a photo of its own', () => {
		const items = page('3月1日，农民在田间忙着春耕备耕。');
		expect(items.map((i) => [i.paragraphs.length, i.credit])).toEqual([
			[6, undefined],
			[1, '资料图片'],
		]);
		expect(items[1].kind).toBe('photo');
	});

	test('a caption that says it shows the poem’s picture (图为…) stays the poem’s', () => {
		const items = page('图为田间忙着春耕备耕的农民。');
		expect(items.map((i) => i.paragraphs.length)).toEqual([7]);
	});
});

describe('a photo titled over its credit', () => {
	test('`X摄` glued, tight under a short title that follows a sentence’s end, is the photo’s credit', () => {
		const { items } = parseConserved(
			[
				'河湾村修起了新码头',
				'',
				'入秋以来，河湾村的渔船陆续',
				'靠岸，新码头迎来第一批客商。',
				'丰收的喜悦',
				'林小雨摄',
				'　　3月3日，农民在田间收割',
				'小麦。',
			].join('\n'),
		);
		expect(items.map((i) => [i.kind, i.headline, i.credit, i.authors])).toEqual([
			['article', '河湾村修起了新码头', undefined, []],
			['photo', '丰收的喜悦', '林小雨摄', ['林小雨']],
		]);
	});
});

describe('a chart printed as lines', () => {
	test('its unit line and figures are furniture, its title heads the caption under them', () => {
		const page = parseConserved(
			[
				'河湾村修起了新码头',
				'',
				'入秋以来，河湾村的渔船陆续',
				'靠岸，新码头迎来第一批客商。',
				'',
				'近五年渔获量变化',
				'',
				'单位：万吨',
				'2019年 98.2',
				'2020年',
				'88',
				'大理 75.8',
				'',
				'　　数据来源：市统计局。',
				'林小雨 制图',
			].join('\n'),
		);
		expect(page.items.map((i) => [i.kind, i.headline, i.paragraphs, i.authors])).toEqual([
			['article', '河湾村修起了新码头', ['入秋以来，河湾村的渔船陆续靠岸，新码头迎来第一批客商。'], []],
			['photo', '近五年渔获量变化', ['数据来源：市统计局。'], ['林小雨']],
		]);
		expect(page.furniture.filter((f) => f.kind === 'chart').map((f) => f.text)).toEqual([
			'单位：万吨',
			'2019年 98.2',
			'2020年',
			'88',
			'大理 75.8',
		]);
	});
});

describe('a chart credited with a colon', () => {
	const page = (above: string) =>
		parseConserved(
			[
				'河湾村修起了新码头',
				'',
				'入秋以来，河湾村的渔船陆续',
				'靠岸，新码头迎来第一批客商。',
				'',
				'近五年渔获量变化',
				'',
				above,
				'制图：林小雨',
			].join('\n'),
		);

	test('`制图：X` tight under its caption’s last sentence is the chart’s credit', () => {
		const { items } = page('　　数据来源：市统计局。');
		expect(items.map((i) => [i.kind, i.headline, i.credit, i.authors])).toEqual([
			['article', '河湾村修起了新码头', undefined, []],
			['photo', '近五年渔获量变化', '制图：林小雨', ['林小雨']],
		]);
	});

	test('under a source line that ends no sentence it stays furniture, with the chart’s box', () => {
		const { furniture } = page('数据来源：市统计局');
		expect(furniture.map((f) => [f.kind, f.text])).toContainEqual(['editor', '制图：林小雨']);
	});
});

describe('two photos’ credits one under the other', () => {
	test('a caption closed by its whole credit keeps it; `X摄` under it credits the next caption', () => {
		const { items } = parseConserved(
			['　　11月9日，农民在田间收割小麦。 本报记者 林小雨摄', '王大海摄', '　　11月17日，居民在社区食堂用餐。'].join(
				'\n',
			),
		);
		expect(items.map((i) => [i.kind, i.credit, i.authors, i.paragraphs])).toEqual([
			['photo', '本报记者 林小雨摄', ['林小雨'], ['11月9日，农民在田间收割小麦。']],
			['photo', '王大海摄', ['王大海'], ['11月17日，居民在社区食堂用餐。']],
		]);
	});
});
