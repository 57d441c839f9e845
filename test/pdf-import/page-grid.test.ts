import { expect, test } from 'vitest';
import { blockRole } from '../../src/lib/pdf-import/block-role.ts';
import { toLayoutBlocks } from '../../src/lib/pdf-import/layout-blocks.ts';
import { toLayoutLines } from '../../src/lib/pdf-import/layout-lines.ts';
import { headSpans } from '../../src/lib/pdf-import/head-span.ts';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import type { Box, PdfPageContent, TextRun } from '../../src/lib/pdf-import/page-types.ts';
import { BODY, column, numbered, run } from '../support/text-runs.ts';

// Rules read from a page's own evidence (its column grid, the ranks of its type sizes, its pictures),
// on layouts unlike the development corpus's: five columns 120 pt apart, body type 9 pt.
const PITCH = 120;

/** `n` full lines (twelve characters, a column's width, for numbers of two digits) numbered from `from`. */
const lines = (n: number, from: number) => numbered(n, from, '正文写满这一栏。');

const page = (runs: TextRun[], pictures: Box[] = []): PdfPageContent => ({
	width: 640,
	height: 900,
	runs,
	pictures,
	rules: [],
});

test('reads a headline centred over a row of columns before the first column, whose one short paragraph ends far from the next', () => {
	const runs = [
		run('全旗各地各部门将', 300, 40, 18, true),
		// The byline under the headline's left end, the lead's first paragraph a short question.
		run('□本报记者 萧艳', 20, 64, 7),
		run('如何办？', 20 + 2 * BODY, 78),
		...[1, 2, 3, 4].flatMap((c) => column(lines(2, c * 10), 20 + c * PITCH, 78)),
		// The story's columns run on under the lead's row.
		...[0, 1, 2, 3, 4].flatMap((c) => column(lines(6, 50 + c * 10), 20 + c * PITCH, 130)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '全旗各地各部门将', authors: ['萧艳'] });
	// The question first, then the row's columns, then the columns under them, each read down.
	expect(result.items[0].paragraphs.join('')).toMatch(/^如何办？第10行.*第41行.*第50行正文写满这一栏。第51行/);
});

test('reads a headline centred over all the columns before its subheadline, byline and first column set left under it', () => {
	// The headline centred over the five columns (20 to 608 pt); its subheadline and byline under its foot, left of it,
	// over the first column only.
	const runs = [
		run('某地发布数字经济新规划', 314 - 11 * 12, 40, 24, true),
		run('——某地见闻', 20, 70, 10.5),
		run('□本报记者 汤明', 20, 86, 8),
		...[0, 1, 2, 3, 4].flatMap((c) => column(lines(6, 10 + c * 10), 20 + c * PITCH, 108)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		headline: '某地发布数字经济新规划',
		subheadline: '——某地见闻',
		authors: ['汤明'],
	});
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行.*第15行.*第20行.*第50行/);
});

test.each([
	['beside it and a little higher', 131],
	['under it, over the 核心阅读 box title heading the first column', 154],
])('takes a deck under a headline for the subheadline, the byline in the first column %s', (_, bylineTop) => {
	// Four columns 117 pt wide, 134 pt apart; the subheadline centred over the second and third.
	const runs = [
		run('实践活动工作方案——', 16, 72, 15.6),
		run('志愿服务队以村为家', 46, 94, 33, true),
		run('——党史学习教育开展以来', 136, 135, 14.6),
		run('本报记者 胡辉瑞', 16, bylineTop, 8.8),
		run('核心阅读', 16, 170, 10.7, true),
		...column(lines(8, 10), 16, 183),
		...[1, 2, 3].flatMap((c) => column(lines(9, 10 + c * 10), 16 + c * 134, 169)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		kicker: '实践活动工作方案——',
		headline: '志愿服务队以村为家',
		subheadline: '——党史学习教育开展以来',
		authors: ['胡辉瑞'],
	});
	expect(result.items[0].paragraphs.slice(0, 2)).toEqual(['核心阅读', expect.stringMatching(/^第10行/)]);
});

test('runs a story’s text on under a photo set across its columns, and keeps the photo an item of its own', () => {
	const picture = { x: 20, y: 160, width: 3 * PITCH - 10, height: 90 };
	const runs = [
		run('过去办理业务要跑好多个窗口', 20, 20, 22, true),
		...[0, 1, 2].flatMap((c) => column(lines(5, 10 + c * 10), 20 + c * PITCH, 56)),
		run('广泛接受社会监督', 20, 132, 20, true),
		run('图为志愿者走进社区。', 20, 254, 8),
		run('本报记者 杜波 摄', 260, 255, 7),
		...[0, 1, 2].flatMap((c) => column(lines(3, 60 + c * 10), 20 + c * PITCH, 276)),
	];
	const result = layoutSplit(page(runs, [picture]));
	expect(result.items.map((i) => [i.kind, i.headline])).toEqual([
		['article', '过去办理业务要跑好多个窗口'],
		['photo', '广泛接受社会监督'],
	]);
	const body = result.items[0].paragraphs.join('');
	expect(body).toMatch(/^第10行/);
	expect(body).toMatch(/第82行正文写满这一栏。$/);
	expect(result.items[1].paragraphs).toEqual(['图为志愿者走进社区。']);
});

test('reads a heading wrapped on many lines in a narrow column as a heading, not text in larger type', () => {
	const [kicker] = toLayoutBlocks(
		toLayoutLines(column(['单位进行全', '程指导推进', '组织工作科', '学化制度化', '规范化——'], 20, 20, 11)),
	);
	expect(blockRole(kicker, BODY)).toBe('deck');
	// The same words across a wide column of sentences are text.
	const [text] = toLayoutBlocks(
		toLayoutLines(
			column(['单位进行全程指导。推进组织工作', '科学化制度化规范化。', '又一句。', '再一句。', '末句。'], 20, 20, 11),
		),
	);
	expect(blockRole(text, BODY)).toBe('body');
});

/** A vertical run of characters (竖排), one under another, from (x, y). */
function vertical(text: string, x: number, y: number, size: number, bold = false): TextRun[] {
	return [...text].map((ch, i) => run(ch, x, y + i * size * 1.1, size, bold));
}

test('reads a vertical headline right of a column as that column’s story, not the end of the story read before it', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(6, 10 + c * 10), 20 + c * PITCH, 56)),
		// A column of its own at the right, its headline and byline set vertically right of it.
		...column(lines(9, 50), 400, 20),
		...vertical('◎本报评论员', 512, 30, 6),
		...vertical('营业执照现场打印', 522, 20, 14, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['牧区新貌', '营业执照现场打印']);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/第50行/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行/);
});

test('keeps a vertical headline with the text right beside it when another story’s column stands left of it', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(9, 10 + c * 10), 20 + c * PITCH, 56)),
		...vertical('营业执照现场打印', 372, 56, 14, true),
		...column(lines(9, 50), 400, 56),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['牧区新貌', '营业执照现场打印']);
	expect(result.items[0].paragraphs.join('')).toMatch(/第38行正文写满这一栏。$/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行/);
});

test('reads a vertical headline set at its frame’s right edge, past blank space, before the story whose columns end far left of it', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(4, 10 + c * 10), 20 + c * PITCH, 56)),
		// Under it, a commentary: its label and byline, three columns ending some 26 ems short of its vertical headline.
		run('■一线视角', 20, 130, 10, true),
		run('◎夏远娟', 20, 146, BODY),
		...[0, 1, 2].flatMap((c) => column(lines(4, 50 + c * 10), 20 + c * PITCH, 162)),
		...vertical('办实事贵在实', 600, 130, 14, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['牧区新貌', []],
		['办实事贵在实', ['夏远娟']],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第73行正文写满这一栏。$/);
});

test('keeps a signature under a commentary’s last column with its text when its vertical headline, right of the columns, is read after it', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(4, 10 + c * 10), 20 + c * PITCH, 56)),
		// Under it, a commentary: its label over three columns, the writer's name signing off under the last of them,
		// below the foot of its vertical headline set right of the columns.
		run('■一线视角', 20, 130, 8),
		...[0, 1, 2].flatMap((c) => column(lines(8, 50 + c * 10), 20 + c * PITCH, 146)),
		run('◎夏远娟', 332, 256, BODY),
		...vertical('办实事贵在实', 400, 146, 14, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['牧区新貌', []],
		['办实事贵在实', ['夏远娟']],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第77行正文写满这一栏。$/);
});

test('leaves a row of another story’s columns to that story when a vertical headline heads the narrow column beside it', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		// A row of four columns, its tops level, the last within twelve ems of the headline at the right.
		...[0, 1, 2, 3].flatMap((c) => column(lines(6, 10 + c * 10), 20 + c * PITCH, 80)),
		// A commentary in a narrow column starting higher: its label, its text, its headline set vertically right of it.
		run('■人民时评', 496, 40, 10, true),
		...column(numbered(12, 50, '写满一栏。'), 496, 56),
		...vertical('办实事贵在实', 584, 40, 14, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['牧区新貌', '办实事贵在实']);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行.*第45行正文写满这一栏。$/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第61行写满一栏。$/);
});

test('takes a commentary’s columns in one row before its vertical headline, the first led by its byline’s role and the last a character narrower', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(4, 10 + c * 10), 20 + c * PITCH, 56)),
		// The label, then three columns whose text tops are level: the first under a short line (`本报评论员`) run in over it.
		run('■人民时评', 20, 130, 10, true),
		...column(['本报评论员', ...lines(8, 50)], 20, 146),
		...column(lines(8, 60), 140, 159.5),
		...column(numbered(8, 70, '正文写满一栏。'), 260, 159.5),
		...vertical('办实事贵在实', 372, 146, 14, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.section])).toEqual([
		['牧区新貌', undefined],
		['办实事贵在实', '人民时评'],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第77行正文写满一栏。$/);
});

test('reads a commentary’s vertical label and its byline over its text before its vertical headline set right of its columns', () => {
	const short = (n: number, from: number) => Array.from({ length: n }, (_, i) => `第${from + i}行评论正文。`);
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(4, 10 + c * 10), 20 + c * PITCH, 56)),
		// Under it: the column's label set vertically, the writer's bare name over the first of two narrow columns, the headline right of them.
		...vertical('人民时评', 20, 130, 10, true),
		run('孙刚峰', 34, 130, BODY),
		...column(short(8, 50), 34, 146),
		...column(short(8, 60), 124, 130),
		...vertical('让规则成为习惯', 215, 130, 14, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['牧区新貌', []],
		['让规则成为习惯', ['孙刚峰']],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第67行评论正文。$/);
});

/**
 * A vertical headline as Chromium prints `writing-mode: vertical-rl`: every glyph a run of its
 * own drawn on one spot, in reading order, its baseline off by a point or two.
 */
function piled(text: string, x: number, y: number, size: number): TextRun[] {
	return [...text].map((ch, i) => run(ch, x, y + [1, -1, 2, 0, -2][i % 5], size, true));
}

test('reads a vertical headline whose glyphs are piled on one spot in the order they are drawn, as the headline of the text left of it', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(6, 10 + c * 10), 20 + c * PITCH, 56)),
		...column(lines(9, 50), 400, 30),
		...piled('营业执照现场打印', 522, 26, 14),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['牧区新貌', '营业执照现场打印']);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行/);
});

test('reads a piled vertical headline whose colon is set high in its cell, over the glyphs before it, in the order drawn', () => {
	// `石门：` piled at one spot, the colon drawn last but set half an em higher; the rest an em further down.
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(6, 10 + c * 10), 20 + c * PITCH, 56)),
		...column(lines(9, 50), 400, 30),
		...piled('石门', 522, 36, 14),
		run('：', 522, 29, 14, true),
		...piled('河湖巡护队上新', 522, 50, 14),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['牧区新貌', '石门：河湖巡护队上新']);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行/);
});

test('reads a framed box whose headline and byline fill its first column, its text starting level with them in the next, as one story', () => {
	// The frame bars every cut inside it; the text's columns start a hair higher than the headline.
	const frame = { x: 10, y: 100, width: 600, height: 200 };
	const runs = [
		run('【读者来信】', 20, 110, 8),
		run('一条热线连民心', 20, 132, 16, true),
		run('武安连拉区读者 傅强', 20, 156, 8),
		...[0, 1, 2].flatMap((c) => column(lines(11, 10 + c * 20), 170 + c * 140, 130)),
	];
	const result = layoutSplit(page(runs, [frame]));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '一条热线连民心', authors: ['傅强'], section: '读者来信' });
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行/);
});

test('reads a headline with its subheadline and byline stacked under it, centred over columns that start further left, before the first column', () => {
	const runs = [
		run('钱袋子鼓起来', 200, 20, 24, true),
		run('——小切口解决大问题', 190, 50, 10),
		run('□本报记者 乔伟刚', 210, 66, 7),
		// The gutters wider than the gap under the byline.
		...[0, 1, 2, 3].flatMap((c) => column(lines(6, 10 + c * 10), 20 + c * 130, 82)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '钱袋子鼓起来', subheadline: '——小切口解决大问题' });
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行/);
});

/** A line of single characters, each a run of its own, `pitch` apart (letter-spaced to fill a narrow column). */
function spaced(text: string, x: number, y: number, pitch: number, size = BODY): TextRun[] {
	return [...text].map((ch, i) => run(ch, x + i * pitch, y, size));
}

test('joins a line letter-spaced wider than an em in a column a few characters wide, but not two such columns across their gutter', () => {
	// A column 5 characters wide (20 to 65): its second line has three characters spread over it, each its own run.
	const narrow = [run('学习贯彻首', 20, 20), ...spaced('《条例', 20, 33.5, 19), run('先要抓好宣', 20, 47)];
	expect(toLayoutLines(narrow).map((l) => l.text)).toEqual(['学习贯彻首', '《条例', '先要抓好宣']);
	// A number among them: `1000` `余` `场`.
	const number = [
		run('开展各类活动的次数很多', 20, 20),
		run('1000', 20, 33.5),
		run('余', 66, 33.5),
		run('场', 85, 33.5),
		run('（次）。近日，昆都仑区', 20, 47),
	];
	expect(toLayoutLines(number).map((l) => l.text.replace(/\s/gu, ''))).toEqual([
		'开展各类活动的次数很多',
		'1000余场',
		'（次）。近日，昆都仑区',
	]);
	// Two columns 3 characters wide with a gutter of an em, as wide as the spacing: no line crosses the gutter.
	const columns = [
		run('充、统', 20, 20),
		run('联一化', 56, 20),
		...spaced('筹推', 20, 33.5, 18),
		...spaced('三书', 56, 33.5, 18),
		run('进、一', 20, 47),
		run('记、签', 56, 47),
	];
	const lines = toLayoutLines(columns).map((l) => l.text);
	expect(lines.some((l) => l.includes('推') && l.includes('三'))).toBe(false);
	expect(lines.filter((l) => /^筹\s*推$|^三\s*书$/u.test(l))).toHaveLength(2);
});

test('reads two stories side by side each down its own columns, where the gap under their bylines is wider than the gutter between them', () => {
	// Over them a story whose third column is set an em wider: the page's column grid there reaches
	// nearly to the second story's edge, the lower story's own column does not.
	const wide = (n: number, from: number) => Array.from({ length: n }, (_, i) => `第${from + i}行正文写满这一栏啊。`);
	const runs = [
		run('上层报道的标题', 20, 20, 18, true),
		...column(lines(4, 10), 20, 50),
		...column(lines(4, 20), 140, 50),
		...column(wide(4, 30), 260, 50),
		run('【今日谈】', 20, 140, 10, true),
		run('既要速度也要温度', 20, 156, 15, true),
		run('□邹华霞', 20, 176, BODY),
		run('【人民时评】', 384, 140, 10, true),
		run('把功夫下在平时', 384, 156, 15, true),
		run('□傅悦', 384, 176, BODY),
		// The text 13 pt under the bylines, the gutter between the stories 16 pt.
		...[0, 1, 2].flatMap((c) => column(lines(4, 40 + c * 10), 20 + c * PITCH, 198)),
		...[0, 1].flatMap((c) => column(lines(4, 70 + c * 10), 384 + c * PITCH, 198)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['上层报道的标题', []],
		['既要速度也要温度', ['邹华霞']],
		['把功夫下在平时', ['傅悦']],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第40行.*第63行正文写满这一栏。$/);
	expect(result.items[2].paragraphs.join('')).toMatch(/^第70行.*第83行正文写满这一栏。$/);
});

test('reads two stories side by side down their own columns where the cut under their headlines, set at different heights, is wider than the gutter', () => {
	// The left story's headline lower, its byline 6 pt under it; the right story's two-line headline
	// higher, its text starting right under it; the gutter between the stories 5 pt.
	const runs = [
		run('难题有人管', 20, 115, 16, true),
		run('新华社记者 吕一轩', 20, 137, BODY),
		...column(lines(8, 10), 20, 150),
		...column(lines(8, 20), 140, 150),
		run('数据跑路群众', 253, 100, 13, true),
		run('少跑腿', 253, 115, 13, true),
		...column(lines(10, 50), 253, 139),
		// A photo heading the right story's second column, its caption under it.
		run('图为市民在服务大厅办理业务。', 366, 203, 7),
	];
	const result = layoutSplit(page(runs, [{ x: 366, y: 139, width: 108, height: 60 }]));
	expect(result.items.map((i) => [i.headline, i.authors]).slice(0, 2)).toEqual([
		['难题有人管', ['吕一轩']],
		['数据跑路群众少跑腿', []],
	]);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行.*第27行正文写满这一栏。$/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第59行正文写满这一栏。$/);
});

test('reads two stories side by side down their columns where a line of the first hangs its comma across the narrow gutter', () => {
	// Columns 108 pt wide, 112 pt apart (a gutter of 4 pt); the first column's fifth line hangs a comma 9 pt past its edge.
	const first = [...lines(4, 10), '出务工的年轻人陆续回来了，', ...lines(3, 15)];
	const runs = [
		run('第一篇报道', 20, 20, 16, true),
		run('第二篇报道', 132, 20, 16, true),
		...column(first, 20, 44),
		...column(lines(3, 50), 132, 44),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['第一篇报道', '第二篇报道']);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行.*第17行正文写满这一栏。$/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第52行正文写满这一栏。$/);
});

test('leaves the last column of the story read before a vertical headline with that story, where the headline’s own story opens with its vertical label and byline', () => {
	const narrow = (n: number, from: number) => Array.from({ length: n }, (_, i) => `第${from + i}行评。`);
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		// The story's four columns; its last stands under ten ems left of the commentary's vertical headline.
		...[0, 1, 2, 3].flatMap((c) => column(lines(5, 10 + c * 10), 20 + c * PITCH, 56)),
		// The commentary: its label set vertically, its byline over its one narrow column, its headline right of it.
		...vertical('评论员观察', 502, 20, 10, true),
		run('□丁华丽', 516, 20, BODY),
		...column(narrow(20, 50), 516, 36),
		...vertical('守护烟火气', 574, 20, 16, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['牧区新貌', []],
		['守护烟火气', ['丁华丽']],
	]);
	expect(result.items[0].paragraphs.join('')).toMatch(/第44行正文写满这一栏。$/u);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行/u);
});

test('reads a vertical headline before all its story’s columns in a row, the first further than twelve ems off, with the label and the name over them', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(4, 10 + c * 10), 20 + c * PITCH, 56)),
		// The commentary: a bold label set across and the writer's name over the first of its two columns, the headline right of the second.
		run('■热点辣评', 20, 130, 10, true),
		run('唐丽', 20, 146, BODY),
		...column(lines(8, 50), 20, 162),
		...column(lines(8, 60), 20 + PITCH, 162),
		...vertical('让创新活力竞相迸发', 300, 130, 14, true),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => [i.headline, i.authors, i.section, i.kicker, i.subheadline])).toEqual([
		['牧区新貌', [], undefined, undefined, undefined],
		['让创新活力竞相迸发', ['唐丽'], '热点辣评', undefined, undefined],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第67行正文写满这一栏。$/u);
});

test('reads a vertical headline before its story’s text where a label set vertically stands right beside it, not text', () => {
	const runs = [
		run('牧区新貌', 20, 20, 24, true),
		...[0, 1, 2].flatMap((c) => column(lines(4, 10 + c * 10), 20 + c * PITCH, 56)),
		// The commentary: its label and byline over its column, its headline right of it, the next column's label set vertically beside that.
		run('■观点', 400, 130, 10, true),
		run('□谭伟', 400, 146, BODY),
		...column(lines(9, 50), 400, 162),
		...vertical('多些耐心少些急躁', 512, 130, 14, true),
		...vertical('评论员观察', 540, 130, 10, true),
	];
	const result = layoutSplit(page(runs));
	// (The label, with no story after it here, is left as it falls.)
	expect(result.items.slice(0, 2).map((i) => [i.headline, i.authors])).toEqual([
		['牧区新貌', []],
		['多些耐心少些急躁', ['谭伟']],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第50行.*第58行正文写满这一栏。$/u);
});

test('reads a headline set centred over its columns beside another from its first column, the byline atop it', () => {
	// Two stories side by side, each headline centred over its own columns: the first over two, the second
	// over three, its first column (under the byline) standing clear of the headline's left end.
	const runs = [
		run('基层治理出新招', 66.5, 30, 18),
		run('边境小村', 393.5, 30, 18),
		run('文/曾玉', 20, 58),
		run('文/田静洋', 260, 58),
		...[0, 1, 2, 3, 4].flatMap((c) => column(numbered(6, 10 + c * 10, '正文写这一栏。'), 20 + c * PITCH, 80)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((item) => [item.headline, item.authors])).toEqual([
		['基层治理出新招', ['曾玉']],
		['边境小村', ['田静洋']],
	]);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第30行.*第40行.*第50行/);
});

test('spans a headline centred over its own column beside others in its row, though the page grid reads that column wider, over that column', () => {
	// Three stories side by side, each headline centred over one column; a wide story further down starts at the
	// second column's edge, so that the grid reads the second column as wide as it.
	const runs = [
		run('基层治理', 41.5, 30, 14),
		run('把心上', 168.5, 30, 14),
		run('边境小村', 281.5, 30, 14),
		run('魏伟玲', 140, 58),
		...[0, 1].flatMap((c) => column(numbered(6, 10 + c * 10, '正文写这一栏。'), 20 + c * PITCH, 80)),
		...column(numbered(8, 30, '正文写这一栏。'), 260, 58),
		run('另一篇', 140, 190, 14),
		...column(numbered(3, 70, '正文写得很宽很宽，一直写到右边的栏里去。'.repeat(2)), 140, 220),
	];
	const blocks = toLayoutBlocks(toLayoutLines(runs));
	const head = blocks.find((b) => b.lines[0].text === '把心上')!;
	expect(headSpans(blocks, [], BODY).get(head)).toMatchObject({ x: 140, width: 99 });
});

test('spans a headline down over its byline set under it past its left edge, over a later column', () => {
	// The cut under the headline would otherwise read the first columns before the byline.
	const runs = [
		run('让孩子腰包鼓起来', 229.5, 30, 20),
		run('本报记者 金宇航', 270, 58),
		...[0, 1, 2, 3, 4].flatMap((c) => column(numbered(6, 10 + c * 10, '正文写这一栏。'), 20 + c * PITCH, 80)),
	];
	const blocks = toLayoutBlocks(toLayoutLines(runs));
	const head = blocks.find((b) => b.lines[0].text === '让孩子腰包鼓起来')!;
	expect(headSpans(blocks, [], BODY).get(head)).toMatchObject({ x: 20, y: 30, height: 37 });
});

test('spans a headline down over its deck in light type a little over head size, and the byline under it', () => {
	// The deck (1.24 times the body) is no heading of its own: the stack passes it to the byline set in from the left.
	const runs = [
		run('三江口养老驿站上新', 20, 30, 24, true),
		run('——记项目负责人', 20, 60, 11.2),
		run('本报记者 金宇航', 150, 76),
		...[0, 1, 2, 3, 4].flatMap((c) => column(numbered(6, 10 + c * 10, '正文写这一栏。'), 20 + c * PITCH, 95)),
	];
	const blocks = toLayoutBlocks(toLayoutLines(runs));
	const head = blocks.find((b) => b.lines[0].text === '三江口养老驿站上新')!;
	expect(headSpans(blocks, [], BODY).get(head)).toMatchObject({ y: 30, height: 55 });
});

test('reads a column starting right under the foot of a headline stack set right of it, nothing under that stack, after the headline', () => {
	const runs = [
		run('物流降本减负', 60, 10, 16, true),
		run('本报记者 彭晨建', 70, 32),
		...[0, 1].flatMap((c) => column(numbered(6, 10 + c * 10, '正文写这一栏。'), 20 + c * PITCH, 60)),
		// The second story's text, left of its headline and byline, starting under their foot, its top not level with the first's.
		...column(numbered(5, 50, '正文写这一栏。'), 270, 50),
		run('小微企业贷款', 400, 10, 16, true),
		run('□本报记者 任峰鑫', 405, 30),
	];
	const items = layoutSplit(page(runs)).items;
	expect(items.map((i) => [i.headline, i.authors])).toEqual([
		['物流降本减负', ['彭晨建']],
		['小微企业贷款', ['任峰鑫']],
	]);
	expect(items[1].paragraphs.join('')).toMatch(/^第50行.*第54行正文写这一栏。$/u);
});

test('spans a headline no further left than a smaller heading level with it, over the columns between', () => {
	// Two stories side by side: one headed by a line a little over the body's type over its three columns, the
	// other's headline, level with it, flush left over its own two columns (their text starting a little lower).
	const runs = [
		run('雅加达举办论坛', 20, 200, 10.5),
		...[0, 1, 2].flatMap((c) => column(lines(5, 10 + c * 10), 20 + c * PITCH, 216)),
		run('另一城市举办公共卫生论坛', 380, 200, 15),
		...[3, 4].flatMap((c) => column(lines(8, 10 + c * 10), 20 + c * PITCH, 222)),
	];
	const blocks = toLayoutBlocks(toLayoutLines(runs));
	const head = blocks.find((b) => b.lines[0].text === '另一城市举办公共卫生论坛')!;
	expect(headSpans(blocks, [], BODY).get(head)?.x ?? head.x).toBe(380);
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['雅加达举办论坛', '另一城市举办公共卫生论坛']);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行.*第14行.*第20行.*第34行正文写满这一栏。$/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第40行.*第57行正文写满这一栏。$/);
});

test('reads a byline under a headline set left of its short text after the headline, before the text beside it', () => {
	// The headline beside its text's first lines, the byline under its foot, under the foot of the text beside:
	// a cut across under that text would read the byline after it.
	const runs = [
		run('办实事要落', 20, 100, 15),
		run('到实处', 20, 118, 15),
		run('文/本报记者 康永', 20, 144, 7.5),
		// Set close by the headline, the gutter to the second column wider.
		...[0, 1].flatMap((c) => column(lines(2, 10 + c * 10), 100 + c * 140, 100)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '办实事要落到实处', authors: ['康永'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行.*第21行正文写满这一栏。$/);
});

test('reads a column under the foot of a heading set past a column rule with its own story, not after that heading', () => {
	// A photo's title beside the story's last column, its foot right over that column's top: the rule parts them.
	// (Without the rule, the column is the text of the heading over its shoulder.)
	const runs = [
		run('秘鲁加快港口升级', 20, 30, 18),
		...column(lines(4, 10), 20, 60),
		...column(lines(4, 14), 20, 123),
		...column(lines(8, 20), 140, 60),
		run('点亮希望', 260, 45, 12.7, true),
	];
	const rule = { x: 253, y: 42, width: 1, height: 120 };
	const ruled = layoutSplit({ ...page(runs), rules: [rule] });
	expect(ruled.items[0].headline).toBe('秘鲁加快港口升级');
	expect(ruled.items[0].paragraphs.join('')).toMatch(/^第10行.*第17行.*第20行.*第27行正文写满这一栏。$/);
	const open = layoutSplit(page(runs));
	expect(open.items.map((i) => i.headline)).toEqual(['秘鲁加快港口升级', '点亮希望']);
});

test('reads a column running on past a paragraph gap beside a headline stack set right of it with its own story', () => {
	// The second column's next paragraph starts right under the foot of the stack beside it (a headline and its
	// byline, the text right of them): it runs on from the paragraph right over it, not that headline's text.
	const runs = [
		run('新材料按下快进键', 20, 30, 14, true),
		...column(lines(8, 10), 20, 50),
		...column(lines(2, 20), 140, 50),
		...column(lines(5, 22), 140, 81),
		run('数说北斗导航', 260, 55, 13.5, true),
		run('□本报记者 徐涵军', 260, 74, 7.5),
		...[0, 1].flatMap((c) => column(lines(3, 40 + c * 10), 380 + c * 120, 50)),
	];
	const result = layoutSplit(page(runs));
	expect(result.items.map((i) => i.headline)).toEqual(['新材料按下快进键', '数说北斗导航']);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第10行.*第21行.*第26行正文写满这一栏。$/);
	expect(result.items[1].paragraphs.join('')).toMatch(/^第40行.*第52行正文写满这一栏。$/);
});
