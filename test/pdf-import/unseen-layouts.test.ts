import { expect, test } from 'vitest';
import { checkConservation } from '../../src/lib/importer/index.ts';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { mergeRegions } from '../../src/lib/pdf-import/regions.ts';
import type { TextRun } from '../../src/lib/pdf-import/page-types.ts';
import { column, numbered, page, run } from '../support/text-runs.ts';

// Layouts other than the development corpus's own: each rule is measured in the page's body type.

/** A vertical run of characters (竖排), one under another, from (x, y). */
function vertical(text: string, x: number, y: number, size: number, bold = false): TextRun[] {
	return [...text].map((ch, i) => run(ch, x, y + i * size * 1.1, size, bold));
}

const lines = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => (i === 0 ? '>' : '') + `第${from + i}行正文写在这里，接着往下写。`);

/** A headline at (180, 20) heading two columns of `n` lines each under it, lines 10… and 20…. */
const headedColumns = (n: number) => [
	run('大漠深处绿意浓', 180, 20, 20, true),
	...column(numbered(n, 10), 180, 50),
	...column(numbered(n, 20), 290, 50),
];

test('reads a kicker, headline and subheadline set over six columns before every column, the first and last included', () => {
	// The kicker flush left and shorter than the first column's gutter, the headline and
	// subheadline centred: the gutters are wider than the gaps between the heading's lines.
	const runs = [
		run('开展送书到家——', 20, 20, 14),
		run('牧区新貌：一条路带富一方人', 220, 40, 27, true),
		run('——发现这里有丰富的旅游资源', 300, 72, 13),
		...Array.from({ length: 6 }, (_, c) =>
			column(
				Array.from({ length: 6 }, (_, i) => `第${10 + c * 10 + i}行正文写在这里。`),
				20 + c * 110,
				90,
			),
		).flat(),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		kicker: '开展送书到家——',
		headline: '牧区新貌：一条路带富一方人',
		subheadline: '——发现这里有丰富的旅游资源',
	});
	expect(result.items[0].paragraphs[0].startsWith('第10行')).toBe(true);
});

test('takes the header band over the page’s first rule for furniture, and a jump line out of the story', () => {
	const runs = [
		run('北疆日报', 20, 10, 20, true),
		run('01 要闻', 300, 16, 8),
		run('大漠深处绿意浓', 20, 50, 20, true),
		...column(lines(4), 20, 80),
		// Set apart under the column's end, in small type.
		run('（下转第8版）', 200, 140, 7),
	];
	const result = layoutSplit(page(runs, [{ x: 20, y: 34, width: 500, height: 1 }]));
	expect(result.items).toHaveLength(1);
	expect(result.items[0].headline).toBe('大漠深处绿意浓');
	expect(result.items[0].paragraphs.join('')).not.toMatch(/下转|北疆日报|要闻/);
	expect(result.furniture.map((f) => f.text)).toEqual(['北疆日报', '01 要闻', '（下转第8版）']);
});

test('reads each bulleted bold line over a brief as that brief’s headline, not a 小标题 of the one before', () => {
	const runs = [
		run('●广泛接受社会监督', 20, 20, 10, true),
		...column(lines(3), 20, 36),
		run('●干部基层办实事', 20, 90, 10, true),
		...column(lines(3, 10), 20, 106),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['广泛接受社会监督', '干部基层办实事']);
});

test('reads a short bold line right over a bulleted brief’s headline, in one block with it (`简讯` / `▲…`), as a label, not part of the headline', () => {
	const runs = [
		run('简讯', 24, 20, 10, true),
		run('▲新建志愿服务站点九处', 20, 33, 10, true),
		...column(lines(3), 20, 49),
		run('▲干部基层办实事', 20, 103, 10, true),
		...column(lines(3, 10), 20, 119),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['新建志愿服务站点九处', '干部基层办实事']);
});

test('reads each bold line marked ■ over a brief as that brief’s headline, not a 小标题 of the one before', () => {
	const runs = [
		run('■北沙区开展安全生产检查', 20, 20, 10, true),
		...column(['>本报讯（记者段新）数据显示，', '前三季度居民收入同比增长。'], 20, 36),
		run('■职业技能大赛开幕', 20, 70, 10, true),
		...column(['>本报讯（记者郑悦）为确保质', '量，施工方实行专人负责。'], 20, 86),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['北沙区开展安全生产检查', ['段新']],
		['职业技能大赛开幕', ['郑悦']],
	]);
});

test('reads a vertical headline right of its text as its headline, and a byline wrapped on two lines as a byline', () => {
	const runs = [
		...vertical('守望草原', 200, 20, 18, true),
		run('□新华社记者 戴静', 20, 20, 7),
		run('刚', 20, 29, 7),
		...column(lines(8), 20, 42),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '守望草原', authors: ['戴静刚'] });
});

test('takes a boxed notice for furniture, not an item', () => {
	const runs = [
		run('草原上的那达慕', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		run('更正', 330, 30, 13, true),
		run('本报7日第9版报道中有误，特此更正。', 310, 50, 8),
	];
	const result = layoutSplit(page(runs, [], [{ x: 300, y: 20, width: 200, height: 60 }]));
	expect(result.items.map((i) => i.headline)).toEqual(['草原上的那达慕']);
	expect(result.furniture.map((f) => f.kind)).toEqual(['notice', 'notice']);
});

test('leaves out a region inside another of the same item', () => {
	expect(
		mergeRegions([
			{ x: 18, y: 44, width: 186, height: 134 },
			{ x: 18, y: 73, width: 39, height: 11 },
			{ x: 231, y: 73, width: 186, height: 105 },
		]),
	).toEqual([
		{ x: 18, y: 44, width: 186, height: 134 },
		{ x: 231, y: 73, width: 186, height: 105 },
	]);
});

/** Lines of body text from (x, y), one every `pitch` points. */
const spaced = (texts: string[], x: number, y: number, pitch: number, size = 9) =>
	texts.map((text, i) => run(text, x, y + i * pitch, size));

test('reads a justified dateline’s letter spacing as no space, and the gaps between its runs as word spaces', () => {
	// Justified type: pdfjs reads the spacing between characters as spaces inside a run, and
	// prints each word space as a wider gap between two runs.
	const at = (text: string, x: number, y: number, width: number) => ({ ...run(text, x, y), width });
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		at('本 报 赤 峰 12 月 2 日 讯', 20, 50, 90),
		at('（ 记 者', 20, 64, 29),
		at('范 英', 56, 64, 19),
		at('通 讯 员', 82, 64, 28),
		...column(['曹刚波）达林牙区推出了', '五条新举措，办成实事。'], 20, 78),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item.authors).toEqual(['范英', '曹刚波']);
	expect(item.paragraphs[0]).toMatch(/^本报赤峰12月2日讯（记者 范英 通讯员曹刚波）/u);
});

test('reads a credit wrapping flush right in small type with the page’s leading as one credit', () => {
	// The page is set with a leading of 1.8: the credit's two lines stand further apart than half a line.
	const picture = { x: 20, y: 20, width: 150, height: 100 };
	const runs = [
		...spaced(['图为牧民在草场上放牧。'], 20, 125, 7 * 1.8, 7),
		...spaced(['新华社记者 黎鑫'], 116, 138, 7 * 1.8, 7),
		...spaced(['佳 摄'], 151, 138 + 7 * 1.8, 7 * 1.8, 7),
		run('大漠深处绿意浓', 20, 200, 20, true),
		...spaced(
			Array.from({ length: 6 }, (_, i) => `第${i}行正文写在这里，接着往下写。`),
			20,
			230,
			9 * 1.8,
		),
	];
	const result = layoutSplit(page(runs, [], [picture]));
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['黎鑫佳'] });
});

test('reads a byline wrapped on three lines in a narrow column beside its text as the byline', () => {
	const runs = [
		...vertical('守望草原', 20, 20, 18, true),
		...spaced(['□本报记者', '万梅兰', '通讯员', '斯琴晨'], 20, 110, 12, 8),
		...column(lines(10), 70, 20),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '守望草原', authors: ['万梅兰', '斯琴晨'] });
	expect(item.paragraphs.join('')).not.toMatch(/本报记者/u);
});

test('joins a dateline to the rest of its line across the wide space after it, where the lines under it run across the gap', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		run('本报东京10月16日电', 20, 50),
		run('（记者蒋平）该国', 128, 50),
		...column(['统计部门数据显示，物价涨幅有', '所回落，居民消费稳步恢复。'], 20, 63.5),
		// The next column, a gutter of an em and a half to the right.
		...column(['另一栏的文字写在这里，接着往', '下写，直到这一栏的末尾。'], 222, 50),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item.authors).toEqual(['蒋平']);
	expect(item.paragraphs[0]).toMatch(/^本报东京10月16日电 （记者蒋平）该国统计部门/u);
});

test('joins a dateline after a run-in headline to the rest of its line across the wide space after it', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(['统计部门数据显示，物价涨幅有', '所回落，居民消费稳步恢复。'], 20, 50),
		// A brief: its bold headline runs in, an em before its dateline; the line under starts at the column's edge.
		run('新能源车', 38, 90, 9, true),
		run('本报东京10月16日电', 83, 90),
		run('（记者蒋平）该', 200, 90),
		...column(['统计部门数据显示，物价涨幅有所回落，居民消费稳步', '恢复。'], 20, 103.5),
	];
	const brief = layoutSplit(page(runs)).items.find((i) => i.headline === '新能源车');
	expect(brief?.authors).toEqual(['蒋平']);
	expect(brief?.paragraphs[0]).toMatch(/^本报东京10月16日电 （记者蒋平）该统计部门/u);
});

test('reads the body size from the captions on a page of pictures, so a credit in smaller type names the photographer', () => {
	const pictures = [
		{ x: 20, y: 20, width: 200, height: 120 },
		{ x: 260, y: 20, width: 200, height: 120 },
	];
	const runs = [
		...column(['近日，牧民在草场上放牧，羊群', '像云朵一样散落在草原上。'], 20, 145),
		run('新华社记者 康翔丽 摄', 130, 172, 8),
		...column(['日前，志愿者为老人测量血压，', '送去米面油和常用药品。'], 260, 145),
		run('巴雅尔摄（人民视觉）', 380, 172, 8),
	];
	const result = layoutSplit(page(runs, [], pictures));
	expect(result.items.map((i) => [i.kind, i.authors])).toEqual([
		['photo', ['康翔丽']],
		['photo', ['巴雅尔']],
	]);
});

test('reads a word in small type over a bold heading a little larger than the body as the label of the brief it heads', () => {
	// Briefs under one label each, their headlines bold and a twelfth larger than the body.
	const brief = (y: number, head: string, text: string) => [
		run('国际视点', 20, y, 8.5),
		run(head, 200, y + 14, 9.8, true),
		run(text, 20, y + 30),
	];
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		...brief(160, '气候大会聚焦资金缺口', '本报东京8月16日电（记者朝鲁）据当地媒体报道，物价回落。'),
		...brief(210, '全球供应链面临新考验', '本报内罗毕8月16日电（记者龙英霞）该国统计部门说。'),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.section, i.authors])).toEqual([
		['大漠深处绿意浓', undefined, []],
		['气候大会聚焦资金缺口', '国际视点', ['朝鲁']],
		['全球供应链面临新考验', '国际视点', ['龙英霞']],
	]);
});

test('reads a banner over the page as the banner, not as the headline of a story set to one side under it', () => {
	const runs = [
		// Centred over the page; the first story's headline stands to its left, under its left end.
		run('聚焦通善村高质量发展大会', 180, 20, 30, true),
		run('牛尔镇提升生态保护', 20, 80, 17, true),
		...column(lines(6), 20, 110),
		run('候鸟归来', 400, 80, 21, true),
		...column(lines(6, 20), 400, 110),
	];
	const result = layoutSplit(page(runs));
	expect(result.banner?.text).toBe('聚焦通善村高质量发展大会');
	expect(result.items.map((i) => [i.headline, i.subheadline])).toEqual([
		['牛尔镇提升生态保护', undefined],
		['候鸟归来', undefined],
	]);
});

test('reads a banner centred over the page as the banner where the first story’s headline under it starts left of it, though under part of it', () => {
	const runs = [
		run('实践活动与自身业务工作相结合', 120, 20, 28, true),
		// Flush left on the page, starting four ems left of the banner, under its left part.
		run('带动当地老百姓发家致富', 15, 70, 24, true),
		...column(lines(6), 15, 104),
	];
	const result = layoutSplit(page(runs));
	expect(result.banner?.text).toBe('实践活动与自身业务工作相结合');
	expect(result.items.map((i) => [i.headline, i.subheadline])).toEqual([['带动当地老百姓发家致富', undefined]]);
});

test('reads a bold title in headline type right over a larger lead headline as the page’s banner, not its kicker', () => {
	const runs = [
		run('稳中求进实干争先', 230, 20, 27, true),
		run('广东营商环境迈出新步伐', 160, 60, 34, true),
		...column(lines(6), 20, 110),
	];
	const result = layoutSplit(page(runs));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.banner?.text).toBe('稳中求进实干争先');
	expect(result.items).toHaveLength(1);
	expect(result.items[0].headline).toBe('广东营商环境迈出新步伐');
	expect(result.items[0].kicker).toBeUndefined();
});

test('reads a title in light type over a larger headline as its kicker, however large', () => {
	const runs = [
		run('开展送书到家——', 20, 20, 15),
		run('主动下访问需求', 20, 40, 27, true),
		...column(lines(6), 20, 80),
	];
	const result = layoutSplit(page(runs));
	expect(result.banner).toBeUndefined();
	expect(result.items[0]).toMatchObject({ kicker: '开展送书到家——', headline: '主动下访问需求' });
});

test('reads a byline set flush right under the foot of a commentary as its byline, not the next item’s', () => {
	const runs = [
		run('群众口碑是最好的标尺', 20, 20, 20, true),
		...column(['>第0行正文写在这里，接着写。', ...lines(5, 1).map((l) => l.replace('>', ''))], 20, 50),
		// Flush right with the column (20 + 16 em), under its last line.
		run('□黎爽', 137, 136),
		run('莫让形式主义改头换面', 20, 170, 20, true),
		...column(lines(6, 20), 20, 200),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['群众口碑是最好的标尺', ['黎爽']],
		['莫让形式主义改头换面', []],
	]);
});

test('reads a bare name on a line of its own between a headline and its text as the byline', () => {
	const runs = [run('读书的夜晚', 20, 20, 16, true), run('袁亚英', 20, 42), ...column(lines(6), 20, 66)];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '读书的夜晚', byline: '袁亚英', authors: ['袁亚英'] });
	expect(item.paragraphs[0]).toMatch(/^第0行/u);
});

test('reads a bold label wrapped in a column a few ems wide, over a vertical headline, as the next item’s label', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(8), 20, 50),
		// A strip three ems wide right of the story: `■链` / `接`, then the headline set vertically.
		run('■链', 260, 20, 9, true),
		run('接', 260, 31, 9, true),
		...vertical('牧区新貌', 260, 48, 20, true),
		...column(['牧区的', '路修到', '了家门', '口。'], 260, 146),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['大漠深处绿意浓', '牧区新貌']);
	expect(result.items[1].section).toBe('链接');
	expect(result.items[0].paragraphs.join('')).not.toMatch(/链/u);
});

test('reads a bold line in the body’s type over a commentary’s byline as its label, not a 小标题 closing the story before', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		run('北疆风采', 20, 160, 9, true),
		run('◎本报评论员 白欣晨', 20, 176, 8),
		...column(lines(6, 10), 20, 192),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(2);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/北疆风采/u);
	expect(result.items[1]).toMatchObject({ section: '北疆风采', authors: ['白欣晨'] });
});

test('reads a bold line in the body’s type over a byline and the headline under it, or over a photo’s caption, as the label of the item it opens', () => {
	const overByline = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		run('北疆风采', 20, 160, 9, true),
		run('◎孙敏洋', 20, 176, 8),
		run('成为健全体系之法', 20, 190, 18, true),
		...column(lines(6, 10), 20, 216),
	];
	const first = layoutSplit(page(overByline));
	expect(first.items[0].paragraphs.join('')).not.toMatch(/北疆风采/u);
	expect(first.items[1]).toMatchObject({ section: '北疆风采', headline: '成为健全体系之法' });
	const photo = { x: 20, y: 176, width: 200, height: 80 };
	const overCaption = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		run('乡村振兴', 20, 160, 9, true),
		...column(['图①：牧民在草场上放牧，远处是新建的', '储草棚。'], 20, 260, 7),
		run('本报记者 其其格梅 摄', 150, 280, 6),
	];
	const second = layoutSplit(page(overCaption, [], [photo]));
	expect(second.items[0].paragraphs.join('')).not.toMatch(/乡村振兴/u);
	expect(second.items[1]).toMatchObject({ kind: 'photo', section: '乡村振兴', authors: ['其其格梅'] });
});

test('reads a short line over a bold heading in its own size, a little larger than the body, as the label of the brief it heads', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		run('经济快讯', 20, 130, 10),
		run('消费市场持续回暖', 20, 146, 10, true),
		...column(lines(3, 10), 20, 162),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.section])).toEqual([
		['大漠深处绿意浓', undefined],
		['消费市场持续回暖', '经济快讯'],
	]);
});

test('reads a bold word over a group of briefs, each under a bold heading in smaller type, as their label, each heading a brief’s headline', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		run('民生速览', 20, 130, 12, true),
		run('消费市场持续回暖', 20, 148, 10.5, true),
		...column(lines(3, 10), 20, 166),
		run('老旧小区改造提速', 20, 214, 10.5, true),
		...column(lines(2, 20), 20, 232),
	];
	const result = layoutSplit(page(runs));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.headline, i.section, i.subheadline])).toEqual([
		['大漠深处绿意浓', undefined, undefined],
		['消费市场持续回暖', '民生速览', undefined],
		['老旧小区改造提速', undefined, undefined],
	]);
	expect(result.items[2].paragraphs.join('')).toMatch(/^第20行/u);
	// One heading alone under the word: the word is the headline, the heading its deck.
	const alone = layoutSplit(page(runs.slice(0, -3)));
	expect(alone.items[1]).toMatchObject({ headline: '民生速览', subheadline: '消费市场持续回暖' });
});

test('reads a sign-off set flush right at the foot of a story, wrapped onto a line of its own, as its byline; one set as a paragraph stays text', () => {
	// Justified lines of 15 characters (x 20 to 155); the sign-off starts past the indent and ends at the column's edge.
	const story = (signOff: TextRun[]) => [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(
			['>第一行正文写在这里接着写。', '第二行正文写在这里接着往下写。', '第三行正文写在这里接着往下写。'],
			20,
			50,
		),
		...signOff,
	];
	const [signed] = layoutSplit(page(story([run('（本报记者 吕翔静 采访整', 38, 90.5), run('理）', 137, 104)]))).items;
	expect(signed).toMatchObject({ byline: '（本报记者 吕翔静 采访整理）', authors: ['吕翔静'] });
	expect(signed.paragraphs.join('')).not.toMatch(/采访整理/u);
	// Indented two ems, filling its line and running on flush left: a paragraph, its reporter the author.
	const [plain] = layoutSplit(page(story([run('（本报记者 吕翔静采访整理', 38, 90.5), run('）', 20, 104)]))).items;
	expect(plain.paragraphs.at(-1)).toBe('（本报记者 吕翔静采访整理）');
	expect(plain.authors).toEqual(['吕翔静']);
});

test('reads a sign-off set flush right on a line of its own under a story, or wrapped from a line indented one em, as its byline', () => {
	// Justified lines of 15 characters (x 20 to 155), the last short; the sign-off ends at the column's edge.
	const story = (signOff: TextRun[]) => [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(['>第一行正文写在这里接着写。', '第二行正文写在这里接着往下写。', '第三行写完了。'], 20, 50),
		...signOff,
	];
	// Alone under the text after a gap, starting well past the indent.
	const alonePage = layoutSplit(page(story([run('（本报记者图雅采访整理）', 155 - 12 * 9, 99)])));
	// Every character in one place: the sign-off's brackets stay in the byline.
	expect(checkConservation(alonePage.text, alonePage)).toEqual({ missing: '', extra: '' });
	const [alone] = alonePage.items;
	expect(alone).toMatchObject({ byline: '（本报记者图雅采访整理）', authors: ['图雅'] });
	expect(alone.paragraphs.join('')).toBe('第一行正文写在这里接着写。第二行正文写在这里接着往下写。第三行写完了。');
	// Begun as a paragraph indented one em and filling its line; its last line flush right, in a block of its own.
	const [wrapped] = layoutSplit(page(story([run('（本报记者 李婷瑞 采访整', 29, 90.5), run('理）', 137, 104)]))).items;
	expect(wrapped).toMatchObject({ authors: ['李婷瑞'] });
	expect(wrapped.paragraphs.join('')).not.toMatch(/采访整理/u);
	// A sign-off wrapped back to the left edge stays a paragraph.
	const [plain] = layoutSplit(page(story([run('（本报记者 李婷瑞 采访整', 29, 90.5), run('理）', 20, 104)]))).items;
	expect(plain.paragraphs.at(-1)).toBe('（本报记者 李婷瑞 采访整理）');
});

test('reads a sign-off set flush right on the last line of a story’s block, or begun there and wrapped, as its byline; one run on from the left edge stays text', () => {
	// Justified lines of 15 characters (x 20 to 155), the last short; the sign-off ends at the column's edge.
	const story = (signOff: TextRun[]) => [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(['>第一行正文写在这里接着写。', '第二行正文写在这里接着往下写。', '第三行写完了。'], 20, 50),
		...signOff,
	];
	const text = '第一行正文写在这里接着写。第二行正文写在这里接着往下写。第三行写完了。';
	// On the line right under the text, in its block, starting past the left edge.
	const [set] = layoutSplit(page(story([run('（本报记者 吕翔静 何丽）', 155 - 13 * 9, 90.5)]))).items;
	expect(set).toMatchObject({ byline: '（本报记者 吕翔静 何丽）', authors: ['吕翔静', '何丽'] });
	expect(set.paragraphs.join('')).toBe(text);
	// Begun there, a third of an em in (its spaces narrower than an em), its last line flush right in a block of its own.
	const wrappedPage = layoutSplit(page(story([run('（本报记者 李婷瑞 通讯员 王', 23, 90.5), run('晓）', 140, 104)])));
	expect(checkConservation(wrappedPage.text, wrappedPage)).toEqual({ missing: '', extra: '' });
	const [wrapped] = wrappedPage.items;
	expect(wrapped.authors).toEqual(['李婷瑞', '王晓']);
	expect(wrapped.paragraphs.join('')).toBe(text);
	// Run on from the left edge, the bracket a sentence's note: text.
	const [plain] = layoutSplit(page(story([run('（本报记者 吕翔静 何丽）', 20, 90.5)]))).items;
	expect(plain.paragraphs.at(-1)).toMatch(/（本报记者 吕翔静 何丽）$/u);
});

test('reads a bracketed name on the line under a brief’s one short line, starting past its end, as the brief’s sign-off', () => {
	// A brief run in under its bold headline: one line of text ending at x 164, the sign-off under it at the column's edge (x 290).
	const brief = (signOff: TextRun) => [
		run('●新建志愿服务站点', 20, 20, 9, true),
		run('据了解，今年新建服务点九十个。', 29, 34),
		signOff,
	];
	const [signed] = layoutSplit(page(brief(run('（江丽）', 290 - 4 * 9, 47.5)))).items;
	expect(signed.authors).toEqual(['江丽']);
	expect(signed.paragraphs).toEqual(['据了解，今年新建服务点九十个。']);
	// Starting where the text's line starts, it runs on: text.
	const [plain] = layoutSplit(page(brief(run('（江丽）', 20, 47.5)))).items;
	expect(plain.paragraphs.join('')).toMatch(/（江丽）$/u);
});

test('reads a dateline whose reporter’s name ends a line as naming its author, the word space dropped at the line’s end', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(['>本报驻河内记者 戴强明', '乌兰图克镇的志愿服务队队长', '石瑞说，今年的活动很多。'], 20, 50),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item.authors).toEqual(['戴强明']);
	expect(item.paragraphs.join('')).toMatch(/^本报驻河内记者 戴强明乌兰图克镇/u);
});

test('reads a short line in the body’s type over a byline heading text as the label of the item it opens', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		run('读者来信', 20, 130),
		run('河原嘎查读者 唐杰然', 20, 146, 8),
		...column(lines(3, 10), 20, 162),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(2);
	expect(result.items[1]).toMatchObject({ section: '读者来信', authors: ['唐杰然'] });
	expect(result.items[0].paragraphs.join('')).not.toMatch(/读者来信/u);
});

test('reads a bare name of two characters in small type right under a headline as its byline, not a label opening another item', () => {
	const runs = [
		run('让理论学习走深走实', 20, 20, 20, true),
		run('夏艳', 20, 46, 8),
		run('核心阅读', 20, 64, 10, true),
		...column(lines(6), 20, 80),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '让理论学习走深走实', byline: '夏艳', authors: ['夏艳'] });
	expect(result.items[0].section).toBeUndefined();
});

test('reads a bare name in the body’s type right under a headline, over a box title, as its byline', () => {
	const runs = [
		run('把制度优势转化为治理效能', 20, 20, 18, true),
		run('万峰丽', 20, 44),
		run('核心阅读', 60, 62, 9, true),
		...column(lines(6), 20, 80),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '把制度优势转化为治理效能', authors: ['万峰丽'] });
	expect(item.paragraphs.join('')).not.toMatch(/万峰丽/u);
});

test('reads a byline standing alone after a story’s text, atop the next column, as that story’s byline', () => {
	const runs = [
		run('群众口碑是最好的标尺', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		...column(lines(4, 10), 200, 50),
		run('文/杜东娟', 380, 50, 9),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '群众口碑是最好的标尺', authors: ['杜东娟'] });
	expect(result.warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
});

test('reads a story’s first column set left of its headline, level with it, after the headline: the text starts there', () => {
	// The first column (its dateline opening the story) starts level with the headline, which heads
	// the two columns after it; their foot is level with the first column's.
	const runs = [
		...column(['新华社北京3月2日电（记者李霞）', ...numbered(5, 1)], 20, 20),
		...headedColumns(4),
		// The next story, under both.
		run('乡村夜校开课了', 20, 140, 20, true),
		...column(lines(4, 30), 20, 170),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ headline: '大漠深处绿意浓', authors: ['李霞'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^新华社北京3月2日电（记者李霞）第1行.*第5行.*第10行.*第23行/u);
	expect(result.items[1]).toMatchObject({ headline: '乡村夜校开课了' });
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
});

test('keeps a column under its own headline before the headline of the story beside it, level with that column’s top', () => {
	// The left story's headline stands right over its text: its text is not the right story's.
	const runs = [run('乡村夜校开课了', 20, 0, 14, true), ...column(numbered(6, 1), 20, 20), ...headedColumns(4)];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['乡村夜校开课了', '大漠深处绿意浓']);
	expect(result.items[0].paragraphs.join('')).toMatch(/第6行/u);
});

test('splits a byline in body type wrapped on two lines off the text under it, its first line justified to the column’s edge', () => {
	const runs = [
		run('课后服务暖人心', 20, 20, 14, true),
		// The column is twelve ems wide: the byline's first line fills it, its second stops short.
		run('本报记者', 20, 42),
		run('马然志', 65, 42),
		run('通讯员', 101, 42),
		run('白明萱 常波', 20, 55.5),
		...column(['>这是云溪镇连续第七年', '举办此类活动，群众都说好', '很实在。'], 20, 69),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '课后服务暖人心', authors: ['马然志', '白明萱', '常波'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^这是云溪镇/u);
});

test('splits a one-line byline off the text under it where the next line is indented, though the byline fills its column', () => {
	const runs = [
		run('平安建设见实效', 20, 20, 14, true),
		// The byline is eleven ems wide, as wide as the column's text: only the indent under it ends it.
		run('本报记者 陆兰 钟秀丽', 20, 42),
		...column(['>今年以来，企业还与', '两所职业院校签订了协议', '人才培养协议。'], 20, 55.5),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '平安建设见实效', authors: ['陆兰', '钟秀丽'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^今年以来/u);
});

test('splits a one-line byline justified to fill its column off the text under it, though the text runs on flush left', () => {
	const runs = [
		run('平安建设见实效', 20, 20, 14, true),
		// Its words spread to the column's edge (twelve ems), the text under it not indented.
		run('本报记者', 20, 42),
		run('周立新', 65, 42),
		run('姜晓悦', 101, 42),
		...column(['天刚蒙蒙亮，董军子就骑着', '电动车出了门，开始一天的', '巡查。'], 20, 55.5),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '平安建设见实效', authors: ['周立新', '姜晓悦'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^天刚蒙蒙亮/u);
});

test('keeps a byline filling its column whole where its last name wraps onto a line of its own', () => {
	const runs = [
		run('平安建设见实效', 20, 20, 14, true),
		run('本报记者 尹向兰 黎晨', 20, 42),
		run('亚', 20, 55.5),
		run('天刚蒙蒙亮，董军子就骑着', 20, 75),
		...column(['电动车出了门，开始一天的', '巡查。'], 20, 88.5),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '平安建设见实效', authors: ['尹向兰', '黎晨亚'] });
});

test('splits a byline broken inside a word on two lines, the second hung an em in, off ragged text under it', () => {
	const runs = [
		run('荒坡变成果园', 20, 20, 14, true),
		run('本报记者 蔡涛 实习', 20, 42),
		run('生 郑文鸣', 29, 55.5),
		...column(['>公交线路调整后，居', '民出行更加便捷，一到农', '忙时节，合作社的农机就', '排满了。'], 20, 69),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '荒坡变成果园', authors: ['蔡涛', '郑文鸣'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^公交线路/u);
});

test('reads a bold title a little larger than the body under a brief, in the type of that brief’s own title, as the next brief’s headline', () => {
	const runs = [
		run('社区运动会落幕', 20, 20, 10, true),
		...column(['>统计显示，全年共接待', '游客四千多万人次，实现旅', '游收入两亿元。'], 20, 34),
		// In the type of the first brief's title: the next brief's, not a 小标题 of the first.
		run('白塔区新增公交线路', 20, 84, 10, true),
		...column(['>据介绍，新线路连通了', '城区和几个乡镇，群众出', '行更方便了。'], 20, 98),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['社区运动会落幕', '白塔区新增公交线路']);
	expect(result.items[1].paragraphs.join('')).toMatch(/^据介绍/u);
});

test('reads a short line right over a brief’s title, in type as large or larger, as the column’s label, the title as the headline', () => {
	const runs = [
		run('大漠深处绿意浓', 200, 20, 20, true),
		...column(lines(6), 200, 50),
		// The briefs' column, unmarked: its label, then the first brief's title over its text.
		run('环球简讯', 20, 20, 10.8, true),
		run('农产品展销会举办', 20, 38, 9.9, true),
		...column(['>本报讯（记者冯霞娟）同时，', '在一间不大的工作室里，技术', '人员正在调试新设备。'], 20, 53),
	];
	const result = layoutSplit(page(runs));
	const brief = result.items.find((i) => i.headline === '农产品展销会举办');
	expect(brief).toMatchObject({ section: '环球简讯' });
	expect(brief?.paragraphs.join('')).toMatch(/^本报讯/u);
});

test('reads a story’s first column set left of its headline after the headline also where the column opens with the story’s byline', () => {
	const runs = [
		// The byline level with the headline, the text right under it.
		run('本报记者 戴新 实习生 薛阳', 20, 20),
		...column(numbered(5, 1), 20, 34),
		...headedColumns(4),
		// The next story, under both.
		run('乡村夜校开课了', 20, 140, 20, true),
		...column(lines(4, 30), 20, 170),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['大漠深处绿意浓', ['戴新', '薛阳']],
		['乡村夜校开课了', []],
	]);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第1行.*第5行.*第10行.*第23行正文写在这里。$/u);
});

test('reads a story’s first column set left of its headline after the headline also where the columns under the headline end a line and a half lower', () => {
	const runs = [
		...column(['新华社北京3月2日电（记者李霞）', ...numbered(5, 1)], 20, 20),
		// Five lines each under the headline: their foot a line and a half under the first column's.
		...headedColumns(5),
		run('乡村夜校开课了', 20, 150, 20, true),
		...column(lines(4, 30), 20, 180),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ headline: '大漠深处绿意浓', authors: ['李霞'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^新华社北京3月2日电（记者李霞）第1行.*第5行.*第10行.*第24行/u);
});

test('reads a bare name set as the first line of the text block under a headline, at the body’s line pitch, as the byline', () => {
	// No wider gap under the name than between the text's lines: the name stops far short of the column's edge.
	const text = Array.from({ length: 6 }, (_, i) => `第${i}行正文写在这里，接着往下写。`);
	const runs = [run('读书的夜晚', 20, 20, 16, true), ...column(['袁亚英', ...text], 20, 44)];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '读书的夜晚', byline: '袁亚英', authors: ['袁亚英'] });
	expect(item.paragraphs.join('')).toMatch(/^第0行.*第5行正文写在这里，接着往下写。$/u);
});

test('reads a bare name right under a headline as its byline also where the story’s text begins in a column left of it', () => {
	const runs = [
		// The editor's note begins level with the headline, in the column left of it.
		...column(['编者按：这是第1行', ...numbered(7, 2)], 20, 20),
		run('大漠深处绿意浓', 130, 20, 20, true),
		...column(['李霞', ...numbered(5, 10)], 130, 50),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '大漠深处绿意浓', authors: ['李霞'] });
	expect(result.items[0].paragraphs.join('')).not.toMatch(/李霞/u);
});

test('reads a bold heading in the type of the brief’s own title, after its text, as the next brief’s title', () => {
	// Briefs under a column's label: each title bold and a little larger than the body, in one type.
	const runs = [
		run('民生快讯', 20, 20, 8),
		run('校园周边的安全守护', 20, 36, 9.5, true),
		...column(lines(4), 20, 52),
		run('老旧小区焕新记', 20, 120, 9.5, true),
		...column(lines(4, 10), 20, 136),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((item) => item.headline)).toEqual(['校园周边的安全守护', '老旧小区焕新记']);
	expect(result.items[0]).toMatchObject({ section: '民生快讯' });
	expect(result.items[1].paragraphs.join('')).toMatch(/^第10行.*第13行正文写在这里，接着往下写。$/u);
	const { missing, extra } = checkConservation(result.text, result);
	expect([missing, extra]).toEqual(['', '']);
});

test('reads a bold deck over text under a kicker, larger than the body and smaller than the deck, as its headline', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		// The kicker in the body's type or a little larger, the deck a fifth larger than the body.
		run('奋进新征程——', 20, 160, 9.6),
		run('服务更有温度', 20, 174, 10.8, true),
		...column(lines(4, 10), 20, 192),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(2);
	expect(result.items[1]).toMatchObject({ kicker: '奋进新征程——', headline: '服务更有温度' });
	expect(result.items[1].paragraphs.join('')).toMatch(/^第10行.*第13行正文写在这里，接着往下写。$/u);
	const { missing, extra } = checkConservation(result.text, result);
	expect([missing, extra]).toEqual(['', '']);
});

test('reads small type set over a photo that it covers much of, a credit right under it, as the photo’s caption', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(8), 20, 50),
		// The caption set inside the picture's frame, over a third of it; its credit under it.
		...column(
			['近日，牧民在草原上转场，一路向北走去，', '牛羊成群，绿草如茵，远处雪山连绵起伏，', '一派生机勃勃的景象。'],
			510,
			46,
			8,
		),
		run('本报记者 李霞 摄', 600, 84, 7),
	];
	const result = layoutSplit(page(runs, [], [{ x: 500, y: 40, width: 200, height: 60 }]));
	expect(result.items).toHaveLength(2);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第0行.*第7行正文写在这里，接着往下写。$/u);
	expect(result.items[1]).toMatchObject({ authors: ['李霞'] });
	expect(result.items[1].paragraphs.join('')).toMatch(/^近日，牧民.*景象。$/u);
	const { missing, extra } = checkConservation(result.text, result);
	expect([missing, extra]).toEqual(['', '']);
});

test('ends a paragraph on a line of its own that stops short of its column, set apart over the next block: an editor’s note before the dateline', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(['>编者按：这是一段编者按的文字，', '写在这里，接着往下写，一直写到', '这里为止。'], 20, 50),
		run('——编 者', 20, 100),
		...column(
			['本报北京4月22日讯（记者 余桂', '通讯员夏磊）正文写在这里，接着', '往下写，一直写到这里为止。'],
			20,
			122,
		),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '大漠深处绿意浓', authors: ['余桂', '夏磊'] });
	expect(result.items[0].paragraphs[1]).toBe('——编 者');
	const { missing, extra } = checkConservation(result.text, result);
	expect([missing, extra]).toEqual(['', '']);
});

test('reads a bold heading in the body’s type right under a rule that closes the story above it as the next item’s headline', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		run('让无障碍设施真正“无障碍”', 20, 124, 9, true),
		...column(lines(3, 10), 20, 140),
	];
	const result = layoutSplit(page(runs, [{ x: 20, y: 116, width: 600, height: 1 }]));
	expect(result.items.map((item) => item.headline)).toEqual(['大漠深处绿意浓', '让无障碍设施真正“无障碍”']);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第10行.*第12行正文写在这里，接着往下写。$/u);
	const { missing, extra } = checkConservation(result.text, result);
	expect([missing, extra]).toEqual(['', '']);
});

test('reads a bare name of an uncommon surname, in small type right under the headline over its text, as the byline', () => {
	// `高` opens words too (readsAsSignature leaves it out); right under a headline a label never stands.
	const runs = [run('以调查研究推动工作落实', 20, 20, 20, true), run('高勇', 20, 46, 8), ...column(lines(6), 20, 64)];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '以调查研究推动工作落实', byline: '高勇', authors: ['高勇'] });
	expect(item.paragraphs[0]).toMatch(/^第0行/u);
	// Over the headline, the same word is the column's label.
	const [over] = layoutSplit(
		page([run('高勇', 20, 20, 8), run('以调查研究推动工作落实', 20, 34, 20, true), ...column(lines(6), 20, 64)]),
	).items;
	expect(over.authors).toEqual([]);
});

test('leaves a byline standing alone after a story’s text with that story where the next story’s headline stands far under it', () => {
	const runs = [
		run('把民生账算细算实', 20, 20, 18, true),
		...column(lines(12), 20, 50),
		...column(lines(12, 20), 200, 50),
		// Atop the column beside the story's text; the next story's headline some twenty lines further down.
		run('文/雷春雪', 380, 50, 9),
		run('治理要有温度', 20, 300, 16, true),
		...column(lines(6, 40), 20, 326),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['把民生账算细算实', ['雷春雪']],
		['治理要有温度', []],
	]);
	expect(result.warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
});

test('joins a two-phrase headline whose line runs on past an ideographic space and wraps under its first phrase', () => {
	// `春风吹绿小山村　花开满园` over `香`, over three columns; the space an em of the headline's type.
	const runs = [
		run('春风吹绿小山村', 20, 20, 18, true),
		run('花开满园', 164, 20, 18, true),
		run('香', 20, 42, 18, true),
		...column(numbered(6, 10), 20, 70),
		...column(numbered(6, 20), 120, 70),
		...column(numbered(6, 30), 220, 70),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item.headline).toBe('春风吹绿小山村 花开满园香');
	expect(item.paragraphs.join('')).toMatch(/^第10行/u);
	// Two headlines side by side, each over its own columns, the first wrapped: two stories.
	const apart = [
		run('春风吹绿小', 20, 20, 18, true),
		run('花开满园', 128, 20, 18, true),
		run('山村', 20, 42, 18, true),
		...column(numbered(6, 10), 20, 70),
		...column(numbered(6, 20), 128, 70),
	];
	expect(layoutSplit(page(apart)).items.map((i) => i.headline)).toEqual(['春风吹绿小山村', '花开满园']);
});

test('reads a bare name in the text’s bold type, flush left under a headline centred over the text, as the byline', () => {
	const runs = [
		run('让群众办事更方便', 60, 20, 18, true),
		run('石秀兰', 20, 46, 9, true),
		...column(
			['>第0行正文写在这里，接着往下写，写满一行。', ...numbered(3, 1, '正文写在这里，接着往下写，写满一行呀。')],
			20,
			62,
		),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '让群众办事更方便', authors: ['石秀兰'] });
	expect(item.paragraphs[0]).toMatch(/^第0行/u);
});

test('reads reporters’ names in the text’s bold type flush left over the first column, under a headline centred over three, as the byline', () => {
	const runs = [
		run('边境小村换新颜', 110, 20, 20, true),
		run('石秀兰 邓光明 报道', 20, 48, 9, true),
		...column(numbered(6, 10), 20, 64),
		...column(numbered(6, 20), 125, 64),
		...column(numbered(6, 30), 230, 64),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '边境小村换新颜', authors: ['石秀兰', '邓光明'] });
	expect(item.paragraphs[0]).toMatch(/^第10行/u);
});

test('reads a deck closing on a dash, set right of a vertical headline over its text, as the kicker, not the subheadline', () => {
	const runs = [
		...vertical('守望草原', 20, 20, 18, true),
		run('新春走基层——', 50, 20, 11),
		...column(lines(6), 50, 36),
		...column(lines(6, 10), 300, 36),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '守望草原', kicker: '新春走基层——' });
	expect(item.subheadline).toBeUndefined();
});

test('reads a word over a headline in type larger than the headline’s, or set vertically beside one set across, as the label', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(8), 20, 50),
		// Briefs set smaller than the body, each under the column's label in light type larger than its bold title.
		run('国际视点', 20, 200, 12),
		run('纽约迎来旅游旺季', 20, 216, 11, true),
		...column(numbered(3, 30, '简讯的正文写在这里。'), 20, 232, 8),
		// A label set vertically beside a headline set across.
		...vertical('热点辣评', 300, 200, 11, true),
		run('多些耐心少些急躁', 316, 200, 16, true),
		...column(numbered(4, 40, '评论的正文写在这里。'), 316, 222),
	];
	const result = layoutSplit(page(runs));
	const brief = result.items.find((i) => i.headline === '纽约迎来旅游旺季');
	const comment = result.items.find((i) => i.headline === '多些耐心少些急躁');
	expect(brief).toMatchObject({ section: '国际视点' });
	expect(brief?.kicker).toBeUndefined();
	expect(comment).toMatchObject({ section: '热点辣评' });
	expect(comment?.kicker).toBeUndefined();
});

test('reads a deck right of a vertical headline, over a deck opening with a dash, as its kicker over its subheadline', () => {
	const runs = [
		...vertical('守望草原', 20, 20, 18, true),
		run('推动高质量发展', 50, 20, 12),
		run('——某地法院审结一起案件', 50, 38, 11),
		...column(lines(6), 50, 56),
		...column(lines(6, 10), 300, 56),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({
		headline: '守望草原',
		kicker: '推动高质量发展',
		subheadline: '——某地法院审结一起案件',
	});
});

test('reads the one bold line between two light lines of its size, the one over it closing on a dash, as the headline', () => {
	const runs = [
		run('文化中国行——', 20, 20, 10.5),
		run('调解化解买卖合同纠纷', 20, 36, 10.5, true),
		run('某地法院审结一起民间借贷纠纷案', 20, 52, 10.5),
		...column(lines(6), 20, 70),
		...column(lines(6, 10), 300, 70),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({
		kicker: '文化中国行——',
		headline: '调解化解买卖合同纠纷',
		subheadline: '某地法院审结一起民间借贷纠纷案',
	});
});

test('parts a deck of two lines under a headline, the first closing on a dash, into the kicker and the subheadline', () => {
	const runs = [
		run('把群众的事当成自己的事', 20, 20, 16, true),
		run('推动高质量发展——', 20, 42, 10.5),
		run('也谈农村客运', 20, 56, 10.5),
		...column(lines(6), 20, 74),
		...column(lines(6, 10), 300, 74),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		headline: '把群众的事当成自己的事',
		kicker: '推动高质量发展——',
		subheadline: '也谈农村客运',
	});
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
});

test('reads a deck set vertically right of a vertical headline, read right to left before it, as its kicker', () => {
	const runs = [
		...vertical('乡村快递小哥：', 230, 16, 12),
		...vertical('守望草原', 205, 20, 18, true),
		...column(lines(6), 20, 20),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '守望草原', kicker: '乡村快递小哥：' });
	expect(item.subheadline).toBeUndefined();
});

test('reads a line set across in light type an eighth larger than the body, read right before a vertical headline, as its kicker, not a label', () => {
	const runs = [
		run('科技前沿', 20, 20, 11),
		...column(lines(5), 20, 40),
		...column(lines(5, 10), 190, 40),
		...vertical('一座城的文化记忆', 360, 20, 19, true),
	];
	const result = layoutSplit(page(runs));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ kicker: '科技前沿', headline: '一座城的文化记忆' });
	expect(result.items[0].section).toBeUndefined();
});

test('reads a kicker wrapped on five lines in a narrow column, closing on a dash, right over a headline as its kicker, not text', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		// Seven characters to a line (wider than six ems), five lines, right over the headline.
		...['单位进行全程指', '导推进组织工作', '科学化制度化规', '范化并且落实到', '位——'].map((t, i) =>
			run(t, 200, 20 + i * 14, 11),
		),
		run('收集民情', 200, 95, 20, true),
		run('民意', 200, 118, 20, true),
		...column(lines(6, 10), 200, 146),
	];
	const result = layoutSplit(page(runs));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items).toHaveLength(2);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/单位/u);
	expect(result.items[1]).toMatchObject({
		kicker: '单位进行全程指导推进组织工作科学化制度化规范化并且落实到位——',
		headline: '收集民情民意',
	});
});
