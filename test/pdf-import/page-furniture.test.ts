import { checkConservation } from '../../src/lib/importer/index.ts';
import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { column, page, run } from '../support/text-runs.ts';

const lines = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => (i === 0 ? '>' : '') + `第${from + i}行正文写在这里，接着往下写。`);

test('takes a list of the paper’s contents with page numbers, and the title over it, out of the story beside it', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		run('导读', 20, 160, 9, true),
		...column(
			['◆林区建设物流枢纽 （第11版）◆锦二拉县建设', '智慧社区 （第8版）城西打造文化街区', '（第10版）'],
			20,
			174,
		),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/导读|第11版/);
	expect(result.furniture.map((f) => f.kind)).toContain('contents');
});

test('takes a contents list set an entry to a block, its title over it in larger type, for furniture, not a headline over the story read next', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		run('今日导读', 20, 50, 14, true),
		run('林区建设物流枢纽（第11版）', 36, 70, 9),
		run('锦二拉县建设智慧社区——（第8版）', 36, 88, 9),
		...column(['城西多蓝市打造文化街区', '（第10版）'], 36, 106),
		...column(lines(6), 20, 140),
	];
	const result = layoutSplit(page(runs));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items).toHaveLength(1);
	expect(result.items[0].headline).toBe('大漠深处绿意浓');
	expect(result.items[0].paragraphs.join('')).not.toMatch(/导读|版）/u);
	expect(result.furniture.map((f) => f.text)).toEqual(
		expect.arrayContaining(['今日导读', '林区建设物流枢纽（第11版）', '城西多蓝市打造文化街区（第10版）']),
	);
});

test('takes a jump line wrapped on two lines in a narrow column for furniture', () => {
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		...column(['（下转第', '3版）'], 100, 150),
	];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/下转/);
});

test('takes the header band over the page’s first rule for furniture, also where its date wraps on two lines', () => {
	const runs = [
		run('北疆日报', 300, 10, 30, true),
		...column(['中共某某市委机关报', '2016.02.05'], 20, 10, 8),
		run('大漠深处绿意浓', 20, 60, 20, true),
		...column(lines(4), 20, 90),
	];
	const result = layoutSplit(page(runs, [{ x: 20, y: 44, width: 500, height: 1 }]));
	expect(result.items).toHaveLength(1);
	expect(result.items[0].headline).toBe('大漠深处绿意浓');
	expect(result.furniture.map((f) => f.text)).toContain('中共某某市委机关报\n2016.02.05'.replace('\n', ''));
});

test('takes the editors’ credit set in the body’s type at the page’s foot for furniture', () => {
	const runs = [run('大漠深处绿意浓', 20, 20, 20, true), ...column(lines(6), 20, 50), run('责任编辑：梁亚', 20, 200)];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/责任编辑/);
});

test('takes a chart’s source and maker, two lines of small type under it, for furniture', () => {
	const chart = { x: 20, y: 140, width: 200, height: 80 };
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(lines(6), 20, 50),
		run('图表：上半年社会消费品零售总额', 20, 224, 8, true),
		...column(['数据来源：市统计局', '制图：廖勇'], 20, 236, 8),
	];
	const result = layoutSplit(page(runs, [], [chart]));
	expect(result.items).toHaveLength(1);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/数据来源|制图/);
});

test('takes a jump line saying where the story came from (`（紧接第1版）`) at the head of its text for furniture', () => {
	const runs = [run('大漠深处绿意浓', 20, 20, 20, true), run('（紧接第1版）', 20, 44), ...column(lines(6), 20, 66)];
	const result = layoutSplit(page(runs));
	expect(result.items).toHaveLength(1);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/紧接/u);
});

test('takes the page’s editors’ line for furniture also where it is set larger than the captions that set the body’s type', () => {
	// A page of photos: each caption in 6.7 pt by its picture, the editors' line at the foot in 8 pt.
	const pictures = [
		{ x: 20, y: 40, width: 300, height: 120 },
		{ x: 20, y: 200, width: 300, height: 120 },
	];
	const runs = [
		run('学党史 办实事', 100, 10, 24, true),
		...column(['图①：近日，东松乡团委组织党员干部走进纪念馆，瞻仰', '革命遗迹，缅怀革命先烈。'], 20, 164, 6.7),
		run('本报记者 范琳旭 摄', 250, 184, 6.7),
		...column(['图②：近日，和和市志愿者为辖区老人义务理发，老人', '们连声道谢。'], 20, 324, 6.7),
		run('新华社记者 陆华 摄', 250, 344, 6.7),
		run('责任编辑：覃伟然 版式设计：梁涵', 20, 380, 8),
	];
	const result = layoutSplit({ ...page(runs), pictures });
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => i.paragraphs.join(''))).not.toContainEqual(expect.stringMatching(/责任编辑/));
	expect(result.furniture.map((f) => f.kind)).toContain('editor');
});
