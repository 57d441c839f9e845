import { describe, expect, test } from 'vitest';
import { normalize, parsePage } from '../../src/lib/importer/index.ts';
import { joinWrapped } from '../../src/lib/importer/punctuation.ts';
import { parseConserved } from '../support/parse-conserved.ts';

describe('wrapped text', () => {
	test('a number of Han text that the wrap cut joins whole, a space before it or not', () => {
		expect(joinWrapped('各级党组织收集民生实事 6', '24条，党员干部')).toBe('各级党组织收集民生实事 624条，党员干部');
		expect(joinWrapped('共建成项目39', '4个，')).toBe('共建成项目394个，');
		expect(joinWrapped('同比回落 1', '6.5 个百分点')).toBe('同比回落 16.5 个百分点');
	});

	test('a caption wrapped over two lines, its sentence ending on the shorter, keeps its first line: no title', () => {
		const text =
			'社区居民为老人理发\n整理床铺。\n王芳摄（新华社）\n\n夜市热起来\n\n' +
			'　　本报讯　入秋以来，某镇组织农机手抢收玉米，\n全镇两万亩玉米已收获过半。\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headlineMissing ? null : item.headline, item.paragraphs[0]])).toEqual([
			[null, '社区居民为老人理发整理床铺。'],
			['夜市热起来', '本报讯 入秋以来，某镇组织农机手抢收玉米，全镇两万亩玉米已收获过半。'],
		]);
	});

	test('a column name set apart under a headline of lines of one width labels the next item, no wrapped tail', () => {
		const text = [
			'本报讯（记者王芳）入秋以来，某镇组织农机手抢',
			'收玉米，全镇两万亩玉米已收获过半。',
			'',
			'夜市热起来',
			'就业有门路',
			'',
			'山城随笔',
			'',
			'□本报记者 李强',
			'',
			'老街的夜市又开张了，摊主们早早支起了棚子，',
			'附近的居民吃过晚饭就来逛一逛。',
			'',
			'烟火气里的新生活',
			'',
		].join('\n');
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headline, item.section])).toEqual([
			['夜市热起来就业有门路', undefined],
			['烟火气里的新生活', '山城随笔'],
		]);
	});

	test('a dump of unwrapped paragraphs of 40 em or so, short list lines among them, has no column: its two-line head block stays a head', () => {
		const text = [
			'群众路线抓落实',
			'共享工具站走进田间 乡亲笑开颜',
			'',
			'本报讯（记者王芳）入秋以来，某镇组织农机手抢收玉米，全镇两万亩玉米已收获过半，村民们说今年是个丰收年。',
			'',
			'在镇上举行的农机展示会上，十多家企业带来了新机具，前来咨询的群众排起了长队，展会持续到月底。',
			'',
			'成绩一览',
			'',
			'女子铅球：熊国栋（北岭队）15米60',
			'',
			'男子100米：罗平（山阳队）11秒98',
			'',
			'混合团体决赛：海门队4∶2胜东陵队',
			'',
			'男子单打决赛：临海队2∶0胜云州队',
			'',
		].join('\n');
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.kicker, item.headline, item.paragraphs.length])).toEqual([
			['群众路线抓落实', '共享工具站走进田间 乡亲笑开颜', 2],
			[undefined, '成绩一览', 4],
		]);
	});

	test('a line alone between blank lines, not set in and free of clause marks, is a head over the caption under it, not a paragraph’s first line cut by the column', () => {
		const text =
			'本报讯（记者叶凤英）一组数\n据，折射出洛川县产业发展的\n轨迹：新建老旧小区改造项目\n5个，带动就业2142人。眼下，\n苍梧县科技局组建农产品直播\n间，补齐了公共服务短板。\n\n' +
			'安平：综合执法平台上新\n\n' +
			'图为望江镇丰收的果园。\n本报记者 康博文摄\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headlineMissing ? null : item.headline, item.paragraphs])).toEqual([
			[
				'安平：综合执法平台上新',
				[
					'本报讯（记者叶凤英）一组数据，折射出洛川县产业发展的轨迹：新建老旧小区改造项目5个，带动就业2142人。眼下，苍梧县科技局组建农产品直播间，补齐了公共服务短板。',
				],
			],
			[null, ['图为望江镇丰收的果园。']],
		]);
	});

	test('two Latin words or numbers wrapped apart keep their space', () => {
		expect(joinWrapped('COVID', '19')).toBe('COVID 19');
		expect(joinWrapped('the Belt and Road 2', '0 projects')).toBe('the Belt and Road 2 0 projects');
	});

	test('a number cut by the wrap comes out whole in the body', () => {
		const page = parsePage(
			'老区焕发新颜\n\n　　今年以来，各级党组织收集民生实事 6\n24条，党员干部收集民生实事2327条，\n已办结1900条。\n',
		);
		expect(page.items[0].paragraphs).toEqual([
			'今年以来，各级党组织收集民生实事624条，党员干部收集民生实事2327条，已办结1900条。',
		]);
	});

	test('glyphs of the historic scripts a font offset into the Supplementary Multilingual Plane are junk', () => {
		expect(normalize('绿色电力交易规模扩大𐀸\n外贸进出口稳中向好𐃊𐁌𐁕')).toEqual({
			text: '绿色电力交易规模扩大\n外贸进出口稳中向好',
			junk: 4,
			junkLines: [1, 2],
		});
		// Rare Han characters of the Supplementary Ideographic Plane and emoji stay.
		expect(normalize('𠮷野家 😀').text).toBe('𠮷野家 😀');
	});

	test('the headline of a brief wrapped under its list mark keeps its short last line', () => {
		const { items } = parsePage(
			[
				'●引导村民主动参与志',
				'愿服务',
				'阿拉善盟通过强化党建引领',
				'机制、夯实基层战斗堡垒，',
				'重点解决集体经济薄弱的问',
				'题。',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.paragraphs])).toEqual([
			['引导村民主动参与志愿服务', ['阿拉善盟通过强化党建引领机制、夯实基层战斗堡垒，重点解决集体经济薄弱的问题。']],
		]);
	});

	test('a short first line that runs on into the next in mid-word is text, not a photo title over its caption', () => {
		const { items } = parsePage(
			[
				'乌兰图克镇东济村巾',
				'帼志愿服务队队长石瑞',
				'说。',
				'一直以来，“嘎查经济',
				'结构单一、无集体产业，',
				'老百姓思想保守、发展思',
				'路不清”成为制约嘎查集体',
				'经济发展和农牧民增收致',
				'富的瓶颈。',
				'',
				'本报记者 王芳 摄',
				'\f',
			].join('\n'),
		);
		expect(items[0].paragraphs[0]).toBe('乌兰图克镇东济村巾帼志愿服务队队长石瑞说。');
		expect(items.map((i) => i.headline)).not.toContain('乌兰图克镇东济村巾');
	});

	test('a photo title set tight above its caption stays the title', () => {
		const { items } = parsePage(['金秋稻田', '兴安盟扎赉特旗的稻田迎', '来丰收。', '', '本报记者 王芳 摄'].join('\n'));
		expect(items.map((i) => [i.headline, i.paragraphs])).toEqual([['金秋稻田', ['兴安盟扎赉特旗的稻田迎来丰收。']]]);
	});

	test('a headline set tight over a dateline wrapped over two lines stands apart from its text', () => {
		const { items } = parsePage(
			[
				'全球供应链面临新考验',
				'据新华社里约热内卢4月',
				'3日电 据当地媒体报道，有',
				'关国家外长近日在此间举行会',
				'谈，就加强合作交换意见。',
				'\f',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.paragraphs])).toEqual([
			[
				'全球供应链面临新考验',
				['据新华社里约热内卢4月3日电 据当地媒体报道，有关国家外长近日在此间举行会谈，就加强合作交换意见。'],
			],
		]);
	});
});

describe('a headline wrapped over its last characters', () => {
	test("a brief's headline under its list mark keeps the line its wrap left over, above the dateline", () => {
		const page = parsePage(
			[
				'●崇尚向善的浓厚文明乡',
				'风',
				'本报鄂尔多斯11月24日讯（记者 熊婷）社区集中收集',
				'群众关心关注的问题，目前已办结一百余件。',
				'',
				'●把党的温暖送到老百姓心坎',
				'上',
				'本报包头11月24日电（记者 金琳）社区开门纳谏，',
				'围绕群众最关心的问题办实事。',
			].join('\n'),
		);
		expect(page.items.map((i) => [i.headline, i.paragraphs[0].slice(0, 6)])).toEqual([
			['崇尚向善的浓厚文明乡风', '本报鄂尔多斯'],
			['把党的温暖送到老百姓心坎上', '本报包头11'],
		]);
	});

	test('a line under a brief headline that runs wider than it is text, not its wrap', () => {
		const page = parsePage(
			['●社区议事会开起来', '居民们把最急的问题一条一条列出来，再由', '社区逐项落实。'].join('\n'),
		);
		expect(page.items.map((i) => [i.headline, i.paragraphs])).toEqual([
			['社区议事会开起来', ['居民们把最急的问题一条一条列出来，再由社区逐项落实。']],
		]);
	});

	test('a head wrapped at the column over its text, set tight, stands apart however full its first line', () => {
		const text = [
			'推动公共服务设施向乡村延',
			'伸覆盖',
			'　　入秋以来，某镇组织农',
			'机手抢收玉米，全镇两万亩',
			'玉米已收获过半。',
			'　　为了把好事办好，当地',
			'多次召开座谈会，广泛听取',
			'群众意见。',
			'',
			'北沙县新增公交线路4',
			'条',
			'　　本报讯　近日，某县新',
			'开通公交线路4条，方便了',
			'沿线群众出行。',
		].join('\n');
		const page = parseConserved(text);
		expect(page.items.map((i) => [i.headline, i.paragraphs[0].slice(0, 6)])).toEqual([
			['推动公共服务设施向乡村延伸覆盖', '入秋以来，某'],
			['北沙县新增公交线路4条', '本报讯 近日'],
		]);
	});

	test('a headline wrapped onto a tail of three characters over a dateline keeps its tail', () => {
		const text = [
			'　　入秋以来，某镇组织农机手抢收',
			'玉米，全镇两万亩玉米已收获过半。',
			'',
			'粮食安全合作前',
			'景广阔',
			'　　新华社北京7月13日电　多国代表',
			'在会上呼吁加强合作。',
		].join('\n');
		expect(parseConserved(text).items.map((i) => [i.headline, i.paragraphs[0].slice(0, 5)])).toEqual([
			['（无标题）', '入秋以来，'],
			['粮食安全合作前景广阔', '新华社北京'],
		]);
	});

	test('a short line set tight over one full line that ends a sentence heads it', () => {
		const text = [
			'入秋以来，某镇组织农机手抢收玉米，全镇两万亩',
			'玉米已收获过半。',
			'',
			'让地方戏曲走进日常生活',
			'当地计划用三年时间完成全部古建筑的修缮工作。',
		].join('\n');
		expect(parseConserved(text).items.map((i) => [i.headline, i.paragraphs.length])).toEqual([
			['（无标题）', 1],
			['让地方戏曲走进日常生活', 1],
		]);
	});

	test('a paragraph that a dash runs through stays text, its lines filled', () => {
		const text = [
			'　　今年以来，某县多措并举，',
			'各方力量加速汇聚——全县',
			'二十多个单位结对帮扶，成效',
			'明显。',
		].join('\n');
		expect(parsePage(text).items.map((i) => i.paragraphs)).toEqual([
			['今年以来，某县多措并举，各方力量加速汇聚——全县二十多个单位结对帮扶，成效明显。'],
		]);
	});
});

describe('a head wrapped onto a line of one or two characters', () => {
	test('keeps the tail set tight under it: no headline stands on so short a line of its own', () => {
		const { items, banner } = parsePage(
			[
				'新桥今天正式通车',
				'',
				'本报讯（记者王芳）新桥今天通车，',
				'两岸居民出行更方便了。',
				'',
				'夜经济旺起来',
				'——小切口解决大问题，服务更有温',
				'度',
				'',
				'本报讯（记者李明）小区里新建了',
				'健身步道，居民们纷纷点赞。',
				'\f',
			].join('\n'),
		);
		expect(banner).toBeUndefined();
		expect(items.map((i) => [i.headline, i.subheadline])).toEqual([
			['新桥今天正式通车', undefined],
			['夜经济旺起来', '——小切口解决大问题，服务更有温度'],
		]);
	});

	test('a block of two lines holding quotes but no stop or pause, its last line short, is a head, though its first line nearly fills the column', () => {
		const text =
			'第05版：地方\n\n新桥通车方便出行\n\n' +
			'本报讯（记者王芳）\n新桥建成通车后，\n两岸居民往来只需\n几分钟，不少人专\n程赶来走一走。\n\n' +
			'守好“绿色账”\n点亮金名片\n\n' +
			'早些年，麦积镇产\n业单一，年轻人大\n多外出打工；如今\n激活了乡村发展动\n能。一本台账，见\n证了干部群众的辛\n劳。\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => item.headline)).toEqual(['新桥通车方便出行', '守好“绿色账”点亮金名片']);
	});
});
