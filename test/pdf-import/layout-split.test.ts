import { expect, test } from 'vitest';
import { checkConservation } from '../../src/lib/importer/index.ts';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import type { Box, PdfPageContent, TextRun } from '../../src/lib/pdf-import/page-types.ts';
import { readingOrder } from '../../src/lib/pdf-import/reading-order.ts';

const BODY = 10;

/** A run of text at (x, y) in type of `size` points, one character `size` wide. */
function run(text: string, x: number, y: number, size = BODY, bold = false): TextRun {
	return { text, x, y, width: text.length * size, height: size, size, bold };
}

/** A column of body lines from (x, y): each line 12 pt under the last; a leading '>' marks an indented first line. */
function column(lines: string[], x: number, y: number): TextRun[] {
	return lines.map((line, i) =>
		line.startsWith('>') ? run(line.slice(1), x + 2 * BODY, y + i * 12) : run(line, x, y + i * 12),
	);
}

function page(runs: TextRun[], rules: Box[] = []): PdfPageContent {
	return { width: 600, height: 800, runs, pictures: [], rules };
}

test('reads a story set in two columns under its headline: kicker, headline, byline, paragraphs by indent, one region per column', () => {
	const runs = [
		run('改革再出发——', 20, 20, 14),
		run('大漠深处绿意浓', 20, 40, 28, true),
		run('□本报记者 王立新', 20, 76, 8),
		...column(['>第一段开头写在这里，', '接着写到本栏末尾，', '>第二段从左栏开始，'], 20, 90),
		...column(['转到右栏继续写完。', '>第三段在右栏另起，', '在这里结束。'], 250, 90),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	const [item] = result.items;
	expect(item).toMatchObject({
		kicker: '改革再出发——',
		headline: '大漠深处绿意浓',
		byline: '本报记者 王立新',
		authors: ['王立新'],
		kind: 'article',
		paragraphs: [
			'第一段开头写在这里，接着写到本栏末尾，',
			'第二段从左栏开始，转到右栏继续写完。',
			'第三段在右栏另起，在这里结束。',
		],
	});
	expect(result.review).toEqual([[]]);
	// Every run stands inside one of the item's regions, and the right column is a region of its own.
	const inside = (r: TextRun) =>
		result.regions[0].some(
			(b) => r.x >= b.x && r.y >= b.y && r.x + r.width <= b.x + b.width + 0.1 && r.y + r.height <= b.y + b.height + 0.1,
		);
	expect(runs.every(inside)).toBe(true);
	expect(result.regions[0].filter((b) => b.x === 250)).toEqual([{ x: 250, y: 90, width: 110, height: 34 }]);
});

test('makes a photo item of a caption under a headline, closes it with its credit, and gives it its picture as a region', () => {
	const runs = [
		run('草原上的那达慕', 20, 20, 20, true),
		run('图为选手在赛马场上飞驰。', 20, 200, 8),
		run('本报记者 陈春艳 摄', 150, 214, 7),
		run('邻栏新闻', 300, 20, 20, true),
		...column(['>邻栏的正文写在这里，比图片说明长一些。', '再写一行正文。'], 300, 50),
	];
	const picture = { x: 20, y: 45, width: 250, height: 150 };
	// A tinted panel behind text is no photo: it stays out of every region.
	const box = { x: 10, y: 226, width: 270, height: 40 };
	const boxed = [run('方框', 20, 236, 20, true), ...column(['>方框里的正文写在这里。'], 20, 250)];
	const { items, regions } = layoutSplit({ ...page([...runs, ...boxed]), pictures: [picture, box] });
	expect(regions[0]).toContainEqual(picture);
	expect(regions.flat()).not.toContainEqual(box);
	expect(items[0]).toEqual(
		expect.objectContaining({
			kind: 'photo',
			headline: '草原上的那达慕',
			credit: '本报记者 陈春艳 摄',
			authors: ['陈春艳'],
			paragraphs: ['图为选手在赛马场上飞驰。'],
		}),
	);
});

test('gives text the layout shows no headline for the placeholder and a review reason', () => {
	const { items, review, warnings } = layoutSplit(page(column(['>没有标题的一段文字，', '写在这里。'], 20, 20)));
	expect(items[0]).toMatchObject({ headlineMissing: true, paragraphs: ['没有标题的一段文字，写在这里。'] });
	expect(review[0]).toEqual(['the layout shows no headline for this item']);
	expect(warnings.map((w) => w.code)).toEqual(['no-headline']);
});

test('takes a column label for the next item and page furniture apart from every item', () => {
	const runs = [
		run('第03版：经济', 20, 5, 8),
		run('■一线观察', 20, 30, 8, true),
		run('牧区新事', 20, 44, 20, true),
		...column(['>正文一段写在这里，', '正文比页眉长。'], 20, 70),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toEqual([expect.objectContaining({ section: '一线观察', headline: '牧区新事' })]);
	expect(result.header).toEqual({ pageName: '经济', pageNumber: 3 });
	expect(result.furniture.map((f) => f.text)).toEqual(['第03版：经济']);
});

test('reads columns left to right before the story under them, where a rule across the page parts them', () => {
	const a = { x: 0, y: 0, width: 90, height: 100 };
	const b = { x: 110, y: 0, width: 90, height: 60 };
	const rule = { x: 0, y: 101, width: 200, height: 1 };
	const c = { x: 110, y: 104, width: 90, height: 50 };
	const d = { x: 0, y: 104, width: 90, height: 50 };
	expect(readingOrder([c, rule, d, b, a]).filter((box) => box !== rule)).toEqual([a, b, d, c]);
	// A column rule between two columns bars a cut across them.
	const left = [
		{ x: 0, y: 0, width: 90, height: 10 },
		{ x: 0, y: 20, width: 90, height: 10 },
	];
	const right = [
		{ x: 110, y: 0, width: 90, height: 10 },
		{ x: 110, y: 20, width: 90, height: 10 },
	];
	const columnRule = { x: 100, y: 0, width: 1, height: 30 };
	expect(readingOrder([...left, ...right, columnRule]).filter((box) => box !== columnRule)).toEqual([
		...left,
		...right,
	]);
});

test('takes a marked label set in kicker-size type over a headline for the next item’s column label, not its kicker', () => {
	const runs = [
		run('【相关阅读】', 20, 20, 11),
		run('牧区新事', 20, 36, 20, true),
		...column(['>正文一段写在这里，', '正文比标签长一些。'], 20, 62),
	];
	const { items } = layoutSplit(page(runs));
	expect(items).toEqual([expect.objectContaining({ section: '相关阅读', headline: '牧区新事' })]);
	expect(items[0].kicker).toBeUndefined();
});

test('reads a bold line a little larger heading the next column of a story as its 小标题, not a new headline', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 24, true),
		run('核心阅读', 20, 56, 11, true),
		...column(['>第一段开头写在这里，', '接着写到本栏末尾。', '>第二段在左栏写完。'], 20, 72),
		run('二、提升党员干部的党性', 250, 56, 11, true),
		...column(['>右栏的正文写在这里，', '在这里结束。'], 250, 72),
	];
	const { items } = layoutSplit(page(runs));
	expect(items).toHaveLength(1);
	expect(items[0].paragraphs).toContain('二、提升党员干部的党性');
	expect(items[0].intertitles).toContain(items[0].paragraphs.indexOf('二、提升党员干部的党性'));
});

test('reads briefs set smaller than the body on a page without pictures: each bold heading over them is a headline, not a caption’s', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 24, true),
		...column(['>第一段开头写在这里，', '接着写到本栏末尾，', '>第二段在这里结束。', '再写一行正文。'], 20, 56),
		run('●简讯一', 20, 120, 11.5, true),
		run('本报讯（记者 王立新）第一条简讯的正文。', 20, 136, 9),
		run('●简讯二', 20, 156, 11.5, true),
		run('本报讯（记者 陈春艳）第二条简讯的正文。', 20, 172, 9),
	];
	const { items } = layoutSplit(page(runs));
	expect(items.map((i) => [i.kind, i.headline, i.authors])).toEqual([
		['article', '大漠深处绿意浓', []],
		['article', '简讯一', ['王立新']],
		['article', '简讯二', ['陈春艳']],
	]);
});

test('runs a paragraph on past a line that leaves a bracket open and fills its line, though the next line starts an em in', () => {
	// A brief's dateline wrapped at its ideographic space, which the next line keeps as an indent.
	const runs = [
		run('职业技能大赛开幕', 20, 20, 12, true),
		run('本报讯（记者夏思', 38, 40),
		run('通讯员何轩新）为了', 29, 53.5),
		...column(['摸清底数，工作人员挨', '家挨户上门登记，一干', '就是大半个月。'], 20, 67),
	];
	const result = layoutSplit({ width: 400, height: 400, runs, pictures: [], rules: [] });
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({ headline: '职业技能大赛开幕', authors: ['夏思', '何轩新'] });
	expect(result.items[0].paragraphs).toHaveLength(1);
});

test('reads a line opening with a dash under a headline as its subheadline, though set half again as large as the body', () => {
	const runs = [
		run('小院里的大事', 150, 20, 28, true),
		// Set flush right under it, apart, the reporters' line flush left over the text.
		run('——记山前村党支部书记林木', 330, 60, 16),
		run('王林 李木 报道', 20, 84, 10, true),
		...column(['>第一段开头写在这里，接着写', '到本段末尾。', '>第二段从这里开始，在这里', '结束。'], 20, 100),
		...column(['>第三段开头写在这里，接着写', '到本段末尾。', '>第四段从这里开始，在这里', '结束。'], 200, 100),
	];
	const [item, ...rest] = layoutSplit(page(runs)).items;
	expect(rest).toEqual([]);
	expect(item).toMatchObject({ headline: '小院里的大事', subheadline: '——记山前村党支部书记林木' });
});

test('reads a short bold line in the body type right over a headline at a column top as the column’s name, not a 小标题 of the story before', () => {
	const runs = [
		run('让好日子传承下去', 20, 20, 18, true),
		...column(['>第一行正文写在这里接', '第二行正文写在这里接着', '写完了。'], 20, 50),
		run('记者手记', 170, 20, 9, true),
		run('把根扎在泥土里', 170, 32, 13.5, true),
		...column(['>记得那年深秋，燕子', '又回来了，河面上浮着', '一层薄薄的雾。'], 170, 56),
	];
	const items = layoutSplit(page(runs)).items;
	expect(items.map((i) => [i.headline, i.section ?? null])).toEqual([
		['让好日子传承下去', null],
		['把根扎在泥土里', '记者手记'],
	]);
	expect(items[0].paragraphs.join('')).not.toMatch(/记者手记/u);
});

test('reads a column running on mid-sentence from the story beside it, read after a brief’s headline set to its right, as that story’s next column', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 40, 28, true),
		...column(['>第一段开头写在这里', '接着写到本栏末尾还', '没有写完这一句话。', '>第二段从这里开始写'], 20, 100),
		...column(['到第二栏继续写下去', '一直写到本栏的末尾', '>第三段在第二栏另起', '写到这一栏的最后还在写'], 140, 100),
		...column(['没有写完，转到三栏', '才把这一句话写完。', '>第四段写完这一栏', '的最后一句话还没有写'], 260, 100),
		// The story's last column, set higher beside its headline, runs on mid-sentence, flush left.
		...column(['完，就在这一栏接着', '写完了这一句话。'], 380, 80),
		run('■新增公交线路', 500, 60, 12, true),
		...column(['>简讯的正文写', '两行写完了。'], 500, 80),
	];
	// A column rule parts the briefs from the story.
	const result = layoutSplit(page(runs, [{ x: 494, y: 56, width: 0.5, height: 80 }]));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.headline, i.paragraphs])).toEqual([
		[
			'大漠深处绿意浓',
			[
				'第一段开头写在这里接着写到本栏末尾还没有写完这一句话。',
				'第二段从这里开始写到第二栏继续写下去一直写到本栏的末尾',
				'第三段在第二栏另起写到这一栏的最后还在写没有写完，转到三栏才把这一句话写完。',
				'第四段写完这一栏的最后一句话还没有写完，就在这一栏接着写完了这一句话。',
			],
		],
		['新增公交线路', ['简讯的正文写两行写完了。']],
	]);
});

test('reads text under a photo set in the next column as the story’s, where its last column ends beside it mid-sentence', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 40, 28, true),
		// The story's first column runs down past the photo's foot, its last line full and mid-sentence.
		...column(['>第一段开头写在这里', ...Array(14).fill('这一段写了一行又一行'), '一直写到本栏的末尾还有'], 20, 100),
		run('图为草原上的新课堂。', 140, 220, 8),
		run('王立新 摄', 140, 232, 7),
		...column(['还没有写完这一句话', '就在这一栏写完了。', '>第三段在这里写完。'], 140, 250),
	];
	const picture = { x: 140, y: 130, width: 110, height: 85 };
	const result = layoutSplit({ ...page(runs), pictures: [picture] });
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.headline, i.paragraphs])).toEqual([
		[
			'大漠深处绿意浓',
			[
				`第一段开头写在这里${'这一段写了一行又一行'.repeat(14)}一直写到本栏的末尾还有还没有写完这一句话就在这一栏写完了。`,
				'第三段在这里写完。',
			],
		],
		['（无标题）', ['图为草原上的新课堂。']],
	]);
});
