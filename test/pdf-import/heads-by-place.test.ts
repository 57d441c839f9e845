import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import type { TextRun } from '../../src/lib/pdf-import/page-types.ts';
import { BODY, column, numbered, page, run } from '../support/text-runs.ts';

const lines = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `第${from + i}行正文写在这里，接着往下写。`);

/** A brief whose bold headline runs in: its text goes on after it on the same line. */
function brief(head: string, y: number, from: number): TextRun[] {
	const width = [...head].length * BODY;
	return [
		run(head, 20, y, BODY, true),
		run('本报讯 正文接着标题写。', 20 + width + BODY, y),
		...column(lines(2, from), 20, y + BODY * 1.5),
	];
}

test('reads a bold headline with its brief’s text running on after it on the same line as that brief’s headline', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		...brief('一条热线连民心', 120, 10),
		...brief('社区里的红色代办员', 170, 20),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['大漠深处绿意浓', '一条热线连民心', '社区里的红色代办员']);
	expect(result.items[1].paragraphs[0].startsWith('本报讯')).toBe(true);
});

test('reads a run-in headline’s text from its own line first, where only its last words wrap under the headline', () => {
	// The first line runs from an em after the headline to the column's right edge; the last words, `人。`, wrap under
	// the headline, clear of that line: a cut down between them would read them first.
	const first = '本报讯 该项目投产后，预计年产值可达二亿元';
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		run('一条热线连民心', 20, 120, BODY, true),
		run(first, 92, 120),
		run('人。', 20, 133.5),
		...brief('社区里的红色代办员', 160, 20),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['大漠深处绿意浓', '一条热线连民心', '社区里的红色代办员']);
	expect(result.items[1].paragraphs.join('')).toBe(`${first}人。`);
});

test('reads a bold line a little larger than the body after a brief whose title runs in as the next brief’s headline, not a 小标题', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		...brief('一条热线连民心', 120, 10),
		run('社区里的红色代办员', 20, 160, 10, true),
		...column(lines(3, 20), 20, 176),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['大漠深处绿意浓', '一条热线连民心', '社区里的红色代办员']);
	expect(result.items[1].paragraphs.join('')).not.toMatch(/红色代办员/u);
});

test('reads a word or two on a line of their own over a headline as the column’s label, not its kicker', () => {
	const runs = [run('民生快讯', 20, 20, 10), run('一条热线连民心', 20, 40, 18, true), ...column(lines(4), 20, 66)];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '一条热线连民心', section: '民生快讯' });
	expect(result.items[0].kicker).toBeUndefined();
});

test('reads a word or two a little larger than the body set tight over a headline as its kicker, one standing off it as the column’s label', () => {
	// The body in 9 pt; the line over the headline in 9.6 pt, light: under a fifth of an em over it a kicker, an em over it a label.
	const story = (gap: number) => [
		run('深入学习贯彻', 20, 20, 9.6),
		run('在守正创新中开辟新境界', 20, 29.6 + gap, 16),
		...column(lines(4), 20, 56 + gap),
	];
	const tight = layoutSplit(page(story(5)));
	expect(tight.items).toHaveLength(1);
	expect(tight.items[0]).toMatchObject({ kicker: '深入学习贯彻', headline: '在守正创新中开辟新境界' });
	expect(tight.items[0].section).toBeUndefined();
	const apart = layoutSplit(page(story(10)));
	expect(apart.items).toHaveLength(1);
	expect(apart.items[0]).toMatchObject({ section: '深入学习贯彻', headline: '在守正创新中开辟新境界' });
	expect(apart.items[0].kicker).toBeUndefined();
});

test('reads a word or two in light type an eighth larger than the body right over a headline as its kicker, a byline over it the story’s', () => {
	const runs = [
		run('□本报记者 魏鸣', 20, 6, 8),
		run('新春走基层', 20, 20, 11),
		run('一条热线连民心', 60, 36, 18, true),
		...column(lines(4), 20, 62),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ kicker: '新春走基层', headline: '一条热线连民心', authors: ['魏鸣'] });
	expect(result.items[0].section).toBeUndefined();
});

test('reads lines a little larger than the body, tight over and under a headline, as its kicker and subheadline', () => {
	// The body in 9 pt, kicker and subheadline in 9.5 pt: a step too slight for size alone.
	const runs = [
		run('学党史 办实事——', 120, 20, 9.5),
		run('老区焕发新颜 群众得到实惠', 40, 34, 24, true),
		run('绿色成为底色，群众得到实惠', 100, 62, 9.5),
		...column(lines(6), 20, 80),
		...column(lines(6, 10), 250, 80),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		kicker: '学党史 办实事——',
		headline: '老区焕发新颜 群众得到实惠',
		subheadline: '绿色成为底色，群众得到实惠',
	});
});

test('reads a line a little larger than the body, centred under a short headline and wider than it, as its subheadline', () => {
	// The headline wraps short; the subheadline, centred under it, runs past both its edges.
	const runs = [
		run('老区焕发新颜', 100, 34, 24, true),
		run('——绿色成为底色群众得到实惠的见闻与思考', 77, 62, 9.5),
		...column(lines(6), 20, 80),
		...column(lines(6, 10), 250, 80),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		headline: '老区焕发新颜',
		subheadline: '——绿色成为底色群众得到实惠的见闻与思考',
	});
});

test('reads a deck centred under a headline before the story’s first column, which starts left of the deck, under its byline', () => {
	// The headline and its deck are centred over the second column; the byline and the text start in the first.
	const runs = [
		run('学习体会的几点思考', 150, 20, 20, true),
		run('——读书笔记的几点体会', 185, 48, 10),
		run('□李明', 20, 64),
		...column(lines(6), 20, 80),
		...column(lines(6, 10), 180, 80),
		...column(lines(6, 20), 340, 80),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		headline: '学习体会的几点思考',
		subheadline: '——读书笔记的几点体会',
		authors: ['李明'],
	});
	expect(result.items[0].paragraphs[0].startsWith('第0行')).toBe(true);
});

test('reads a line with no sentence in it, under the headline but over the top of every column of its story, as its deck, not text', () => {
	// The deck set over the last column, a line above the columns' common top.
	const runs = [
		run('学习体会的几点思考', 150, 20, 20, true),
		...column(lines(6), 20, 80),
		...column(lines(6, 10), 180, 80),
		run('——来自基层一线的报告', 340, 62),
		...column(lines(6, 20), 340, 80),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '学习体会的几点思考', subheadline: '——来自基层一线的报告' });
	expect(result.items[0].paragraphs.join('')).not.toMatch(/报告/u);
});

test('reads two lines a little larger than the body, tight over a headline, as its kicker, not the end of the column before', () => {
	// A story in the first column; in the second, a kicker naming a person wrapped on two lines, in 9.6 pt.
	const runs = [
		run('快递进村怎么走', 20, 20, 16, true),
		...column(lines(12), 20, 44),
		run('兰河清嘎查快递小哥', 250, 20, 9.6),
		run('陈峰雪：', 250, 33, 9.6),
		run('一条热线连民心', 250, 48, 18, true),
		...column(lines(8, 20), 250, 74),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.kicker, i.headline])).toEqual([
		[undefined, '快递进村怎么走'],
		['兰河清嘎查快递小哥陈峰雪：', '一条热线连民心'],
	]);
	expect(result.items[0].paragraphs.join('')).toMatch(/第11行正文写在这里，接着往下写。$/);
});

test('reads a bold 小标题 wrapped on two lines with wide leading as one 小标题', () => {
	// Lines 11 pt apart on a gap of 0.8 em: more leading than the body's, and no other line of its size to learn it from.
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(4), 20, 50),
		run('一、固尔翁河苏木不断', 20, 110, 10, true),
		run('转变工作作风', 20, 128, 10, true),
		...column(lines(4, 10), 20, 146),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	const { paragraphs, intertitles } = result.items[0];
	expect(intertitles.map((i) => paragraphs[i])).toEqual(['一、固尔翁河苏木不断转变工作作风']);
});

test('reads a commentator’s byline letter-spaced across its column as the byline of a commentary', () => {
	const runs = [
		run('治理要有温度', 20, 20, 18, true),
		// 本报评论员 justified to the column's width, as a short line set flush both sides prints.
		run('本 报 评 论 员', 20, 44, 9),
		...column(lines(5), 20, 58),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ kind: 'commentary', byline: '本报评论员' });
	expect(result.items[0].paragraphs[0]).toMatch(/^第0行/);
});

test('reads a byline set a little larger than the body as a byline, not a subheadline', () => {
	const runs = [
		run('治理要有温度', 20, 20, 18, true),
		run('新华社记者 于燕军', 20, 44, 10),
		...column(lines(5), 20, 60),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '治理要有温度', authors: ['于燕军'] });
	expect(result.items[0].subheadline).toBeUndefined();
});

test('starts a paragraph at a line indented by one em, also after a line that fills its column', () => {
	const full = '第一段正文写在这里接着往下写满一行。';
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column([full, full, full], 20, 50),
		run('（本报记者 孔晓强采访整理）', 20 + 9, 50 + 3 * 13.5),
	];
	const result = layoutSplit(page(runs));
	expect(result.items[0].paragraphs).toEqual([full.repeat(3), '（本报记者 孔晓强采访整理）']);
	expect(result.items[0].authors).toEqual(['孔晓强']);
});

test('reads a letter’s signature set flush right at the foot of its text, wrapped on two lines, as its byline', () => {
	// A column eight ems wide (20 to 92); the signature's lines end at its right edge.
	const runs = [
		run('夜市又热闹起来', 20, 20, 18, true),
		run('读者来信正文', 38, 50),
		run('在这里接着往下写', 20, 63.5),
		run('到这里为止。', 20, 77),
		run('固伊社区读', 47, 90.5),
		run('者 姜涛秀', 47, 104),
	];
	const result = layoutSplit(page(runs));
	expect(result.items[0]).toMatchObject({ byline: '固伊社区读者 姜涛秀', authors: ['姜涛秀'] });
	expect(result.items[0].paragraphs.join('')).toBe('读者来信正文在这里接着往下写到这里为止。');
});

test('reads a subheadline a little larger than the body, flush left under its headline and running longer than it, as its subheadline', () => {
	const runs = [
		run('校园周边的安全守护', 20, 20, 15, true),
		run('——村美民富业兴，服务更有温度，群众得到实惠', 20, 39, 9.5),
		...column(lines(6), 20, 56),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		headline: '校园周边的安全守护',
		subheadline: '——村美民富业兴，服务更有温度，群众得到实惠',
	});
});

test('splits a byline off the first line of a narrow column of justified text, though it stops short of the edge by under two ems', () => {
	// The column nine characters wide; the byline eight, its text running on flush left under it.
	const runs = [
		run('一条热线连民心', 20, 20, 16, true),
		run('■本报记者 高海萍', 20, 44, BODY),
		...column(['针对老旧小区停车难', '的问题，社区腾出空', '地，新增停车位。'], 20, 44 + BODY * 1.5),
	].map((r) => (r.text === '■本报记者 高海萍' ? { ...r, width: 8 * BODY } : r));
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '一条热线连民心', authors: ['高海萍'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^针对老旧/);
});

test('reads two stories side by side, headlines in a row each narrower than its columns, story by story', () => {
	// Columns eleven characters wide with gutters of 13 pt: the first story's two at 0 and 112, the second's at 224 and 336.
	const col = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `${tag}${i}行正文写满这一栏。`);
	const runs = [
		run('荒坡变成果园', 0, 20, 16, true),
		run('订单排满月古籍修复', 224, 20, 16, true),
		...column(col('甲', 8), 0, 46),
		...column(col('乙', 8), 112, 46),
		...column(col('丙', 10), 224, 46),
		...column(col('丁', 10), 336, 46),
	];
	const [first, second] = layoutSplit(page(runs)).items;
	expect(first.headline).toBe('荒坡变成果园');
	expect(first.paragraphs.join('')).toMatch(/^甲0.*乙7行正文写满这一栏。$/u);
	expect(second.headline).toBe('订单排满月古籍修复');
	expect(second.paragraphs.join('')).toMatch(/^丙0.*丁9行正文写满这一栏。$/u);
});

test('reads two commentaries side by side story by story where the first’s headline spans to its column’s full width, close to the second’s', () => {
	// The first story's columns at 0, 112 and 224, the second's at 336 and 448; lower down the column at
	// 224 runs a character wider (to 332), so the first headline spans to 4 pt short of the second.
	const col = (tag: string, n: number, wide = false) =>
		Array.from({ length: n }, (_, i) => `${tag}${i}行正文写满这一栏${wide ? '了' : ''}。`);
	const runs = [
		run('既要速度也要温度', 0, 20, 16, true),
		run('把功夫下在平时', 336, 20, 16, true),
		run('□邹华霞', 0, 42),
		run('□傅悦', 336, 42),
		...column(col('甲', 8), 0, 57),
		...column(col('乙', 8), 112, 57),
		...column(col('丙', 8), 224, 57),
		...column(col('丁', 8), 336, 57),
		...column(col('戊', 8), 448, 57),
		run('另一篇', 0, 300, 16, true),
		...column(col('己', 8, true), 224, 330),
	];
	const [first, second] = layoutSplit(page(runs)).items;
	expect(first).toMatchObject({ headline: '既要速度也要温度', authors: ['邹华霞'] });
	expect(first.paragraphs.join('')).toMatch(/^甲0.*丙7行正文写满这一栏。$/u);
	expect(second).toMatchObject({ headline: '把功夫下在平时', authors: ['傅悦'] });
	expect(second.paragraphs.join('')).toMatch(/^丁0.*戊7行正文写满这一栏。$/u);
});

// A letter in a column twelve ems wide (20 to 128), an editor's sign-off standing apart under its
// text, and the line given set under the sign-off.
const signedOff = (last: TextRun) => [
	run('夜市又热闹起来', 20, 20, 18, true),
	run('读者来信正文写在这里', 38, 50),
	run('接着往下写接着往下写满了', 20, 63.5),
	run('到这里为止。', 20, 77),
	run('——编 者', 29, 104),
	last,
];

test('reads a signature set flush right under an editor’s sign-off, on the last line of a short block at a text’s foot, as its byline', () => {
	const result = layoutSplit(page(signedOff(run('固伊社区读者 姜涛秀', 38, 117.5))));
	expect(result.items[0]).toMatchObject({ byline: '固伊社区读者 姜涛秀', authors: ['姜涛秀'] });
	expect(result.items[0].paragraphs).toEqual(['读者来信正文写在这里接着往下写接着往下写满了到这里为止。', '——编 者']);
});

test('keeps a last line that fills its block’s width after a short line as text when it does not read as names', () => {
	const result = layoutSplit(page(signedOff(run('大家一起来看看吧。', 47, 117.5))));
	expect(result.items[0].authors).toEqual([]);
	expect(result.items[0].paragraphs.join('')).toContain('大家一起来看看吧。');
});

test('reads a story’s headline under a rule across the page as a headline, not the subheadline of the theme title over the rule', () => {
	// Under the page's header, its theme title centred over a rule across the page; under the rule, two
	// stories side by side.
	const lines = (n: number, from: number) => Array.from({ length: n }, (_, i) => `第${from + i}行正文写在这里。`);
	const runs = [
		run('河套晨报 2022年9月28日 星期三', 20, 10, 10),
		run('聚焦乡村高质量发展', 150, 40, 30, true),
		run('山村稳步推进乡村振兴', 20, 92, 19.5, true),
		...column(lines(10, 1), 20, 122),
		run('社区运动会圆满落幕', 460, 92, 19.5, true),
		...column(lines(10, 20), 460, 122),
	];
	const rules = [
		{ x: 20, y: 28, width: 860, height: 0.5 },
		{ x: 20, y: 81, width: 860, height: 0.5 },
	];
	const result = layoutSplit(page(runs, rules));
	expect(result.items.map((i) => [i.headline, i.subheadline])).toEqual([
		['山村稳步推进乡村振兴', undefined],
		['社区运动会圆满落幕', undefined],
	]);
});

test('reads two stories side by side apart where a byline under one headline leaves the gap under the row wider than the gutter', () => {
	// Headlines in one row; a bare name under the first; the first story in two columns, the second in
	// one, the gutter between the stories narrower than the gap between the name and the text.
	const rows = (n: number, from: number) => Array.from({ length: n }, (_, i) => `第${from + i}行正文写在这。`);
	const runs = [
		run('稳岗就业有保障', 20, 20, 16, true),
		run('蔡鸣', 20, 40, 9),
		...column(rows(12, 10), 20, 60),
		...column(rows(12, 30), 116, 60),
		run('订单排满月', 212, 20, 16, true),
		...column(rows(12, 50), 212, 60),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors, i.paragraphs.join('').match(/第\d+行/gu)?.length])).toEqual([
		['稳岗就业有保障', ['蔡鸣'], 24],
		['订单排满月', [], 12],
	]);
});

test('reads a bold heading in the body’s size over text set wider than the story read before it as the next story’s headline', () => {
	// A story in two narrow columns under its headline; under them, flush left, a bold line in the body's
	// size over text set across both columns: a story of its own, not a 小标题 of the first.
	const wide = Array.from({ length: 3 }, (_, i) => `第${50 + i}行通栏正文写在这里，一行写得很长很长，横跨两栏。`);
	const runs = [
		run('社区里的红色代办员', 20, 20, 20, true),
		...column(numbered(4, 10, '正文写满这一栏。'), 20, 50),
		...column(numbered(4, 20, '正文写满这一栏。'), 140, 50),
		run('让设施真正方便群众', 20, 120, 9, true),
		...column(wide, 20, 134),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['社区里的红色代办员', '让设施真正方便群众']);
	expect(result.items[0].paragraphs.join('')).toMatch(/第23行正文写满这一栏。$/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行/);
});

test('reads a short bold line level with another column’s marked label, both over headlines, as a label too, not the text of the story read before', () => {
	// Two stories side by side under a rule across the page, each headed by a label, their headlines not level.
	const t = (n: number, k: number) =>
		`第${k}行` + '正文写在这里接着往下写一直写到这里再往下接着写满一行'.slice(0, n - 3 - String(k).length) + '。';
	const col = (x: number, y: number, n: number, lines: number, k: number) =>
		Array.from({ length: lines }, (_, i) => run(t(n, k + i), x, y + i * 15.75, 10.5));
	const runs = [
		run('声音', 21.7, 408.6, 11.2, true),
		run('■基层党建', 525.7, 408.6, 11.2, true),
		run('办实事要办到心坎上', 18, 429.3, 15, true),
		...col(18, 470.8, 29, 1, 10),
		...col(18, 492.5, 46, 4, 20),
		run('干部沉下去记心上', 522, 429.7, 18.7, true),
		...col(522, 456.5, 19, 4, 30),
		...col(746, 456.5, 19, 3, 40),
		...col(970, 456.5, 19, 2, 50),
	];
	const rules = [{ x: 18, y: 399, width: 1155, height: 0.7 }];
	const result = layoutSplit(page(runs, rules));
	expect(result.items.map((i) => i.headline)).toEqual(['办实事要办到心坎上', '干部沉下去记心上']);
	expect(result.items.flatMap((i) => i.paragraphs).join('')).not.toMatch(/声音/u);
});

test('reads a line in the body’s type ending on a dash right over a headline as its kicker, one opening with a dash right under it as its subheadline', () => {
	const runs = [
		run('新春走基层——', 20, 20),
		run('让群众少跑腿', 20, 34, 20),
		run('——安西旗明确集体经济发展路子', 20, 62),
		run('本报记者 郝涵霞', 20, 80),
		...column(lines(6), 20, 100),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		kicker: '新春走基层——',
		headline: '让群众少跑腿',
		subheadline: '——安西旗明确集体经济发展路子',
		authors: ['郝涵霞'],
	});
	expect(result.items[0].paragraphs.join('')).toMatch(/^第0行/);
});
