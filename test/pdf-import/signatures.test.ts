import { checkConservation } from '../../src/lib/importer/index.ts';
import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { toLayoutLines } from '../../src/lib/pdf-import/layout-lines.ts';
import { column, page, run } from '../support/text-runs.ts';

// A story in a column twelve ems wide (20 to 128) under its headline; `last` are its closing lines.
const story = (first: string, last: string[]) =>
	layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...column([first, '第二行正文写在这里接着写', '>第三行正文写在这里接着', '写完了。', ...last], 20, 50),
		]),
	).items;

test('reads a writer’s name closing a story in a paragraph of its own (`——王芳`) as its author', () => {
	const [item] = story('>第一行正文写在这里接着', ['>——王芳']);
	expect(item.headline).toBe('老街焕新颜');
	expect(item.paragraphs.at(-1)).toBe('——王芳');
	expect(item.authors).toEqual(['王芳']);
});

test('reads `（作者：王芳）` closing a story as its author', () => {
	const [item] = story('>第一行正文写在这里接着', ['>（作者：王芳）']);
	expect(item.authors).toEqual(['王芳']);
});

test('reads the reporter in a dateline’s brackets opening the text (`（记者 王芳）…`) as its author', () => {
	const [item] = story('（记者 王芳）近日，正文写', []);
	expect(item.authors).toEqual(['王芳']);
});

test('takes a bracketed sign-off naming only the reporters (`（王芳 李强）`), a paragraph of its own under a story’s text, out of the text as its byline', () => {
	const [item] = story('>第一行正文写在这里接着', ['>（王芳 李强）']);
	expect(item).toMatchObject({ byline: '（王芳 李强）', authors: ['王芳', '李强'] });
	expect(item.paragraphs.at(-1)).toMatch(/写完了。$/u);
});

test('reads no author from an editor’s sign-off (`——编 者`) closing a story', () => {
	const [item] = story('>第一行正文写在这里接着', ['>——编 者']);
	expect(item.authors).toEqual([]);
});

test('reads a byline’s words an ideographic space apart in text type as one line where smaller captions fill most of the page', () => {
	// Captions in 8 pt outweigh the text: an em of 8 pt is narrower than the byline's spaces.
	const captions = Array.from({ length: 8 }, (_, i) =>
		run('图片说明文字写在这里写在这里写在这里。', 300, 300 + i * 12, 8),
	);
	const byline = [run('本报记者', 20, 100), run('潘英', 65, 100), run('白新勇', 92, 100)];
	const lines = toLayoutLines([...captions, ...byline]);
	expect(lines.map((l) => l.text)).toContain('本报记者 潘英 白新勇');
});

test('reads a byline wrapped with its words on a grid of ems (`本报记者　彭华　通讯` / `员　彭鸣　秦霞霞`) as one byline', () => {
	const result = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			run('本报记者', 20, 50),
			run('彭华', 65, 50),
			run('通讯', 92, 50),
			run('员', 20, 63.5),
			run('彭鸣', 38, 63.5),
			run('秦霞霞', 65, 63.5),
			...column(['>第一行正文写在这里接着', '第二行正文写在这里接着写', '写完了。'], 20, 85),
		]),
	);
	expect(result.items).toHaveLength(1);
	expect(result.items[0].authors).toEqual(['彭华', '彭鸣', '秦霞霞']);
	expect(result.items[0].paragraphs).toEqual(['第一行正文写在这里接着第二行正文写在这里接着写写完了。']);
});

test('reads a headline and byline standing beside a column of text, level with its top, as that text’s head, the theme title over the page clear of it', () => {
	const result = layoutSplit(
		page([
			run('秋收图景', 150, 20, 26, true),
			...column(['>第一行正文写在这里接着', '第二行正文写在这里接着写', '>第三行正文写在这里接着', '写完了。'], 20, 80),
			run('服务送上门', 135, 80, 14, true),
			run('本报记者 潘英', 135, 100),
		]),
	);
	expect(result.banner?.text).toBe('秋收图景');
	expect(result.items).toHaveLength(1);
	expect(result.items[0].headline).toBe('服务送上门');
	expect(result.items[0].authors).toEqual(['潘英']);
	expect(result.items[0].paragraphs).toHaveLength(2);
});

test('splits a byline wrapped on three lines in a column a few ems wide off the text under it', () => {
	const result = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...column(['□本报记者', '夏飞伟 实习', '生 谢波', '>中方愿同', '各方一道，', '推动问题得', '到解决。'], 20, 50),
		]),
	);
	expect(result.items).toHaveLength(1);
	expect(result.items[0].authors).toEqual(['夏飞伟', '谢波']);
	expect(result.items[0].paragraphs).toEqual(['中方愿同各方一道，推动问题得到解决。']);
});

// A story under its headline, `names` (runs) on a line of their own right under it.
const named = (names: ReturnType<typeof run>[]) =>
	layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...names,
			...column(['>第一行正文写在这里接着', '第二行正文写在这里接着写', '>第三行正文写在这里接着', '写完了。'], 20, 70),
		]),
	).items;

test('reads a name of two characters padded to three (`王　芳`, two runs an em apart) under a headline as its byline', () => {
	const [item] = named([run('王', 40, 50), run('芳', 58, 50)]);
	expect(item.authors).toEqual(['王芳']);
	expect(item.paragraphs).toHaveLength(2);
});

test('reads two bare names (`王芳　李强`) under a headline as its byline', () => {
	const [item] = named([run('王芳', 40, 50), run('李强', 67, 50)]);
	expect(item.authors).toEqual(['王芳', '李强']);
});

test('reads a padded name set flush right at the foot of a story’s text as its byline', () => {
	const [item] = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			// Its column twelve ems wide (20 to 128), the name flush right with it.
			...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '>第三行正文写在这里接', '写完了。'], 20, 50),
			run('王', 101, 104),
			run('芳', 119, 104),
		]),
	).items;
	expect(item.authors).toEqual(['王芳']);
	expect(item.paragraphs).toEqual(['第一行正文写在这里接第二行正文写在这里接着写', '第三行正文写在这里接写完了。']);
});

test('reads a bare name right under a headline in its own weight or a little larger as its byline, not a 小标题 or a deck', () => {
	const [bold] = named([run('王芳', 60, 44, 9, true)]);
	expect(bold.authors).toEqual(['王芳']);
	expect(bold.paragraphs).toHaveLength(2);
	const [larger] = named([run('王芳', 60, 42, 10.5)]);
	expect(larger.authors).toEqual(['王芳']);
	expect(larger.subheadline).toBeUndefined();
});

test('reads `——王芳` flush left on the last line of a story’s block, under a sentence’s end short of the edge, as a paragraph of its own naming its author', () => {
	const [item] = story('>第一行正文写在这里接着', ['——王芳']);
	expect(item.paragraphs.at(-2)).toBe('第三行正文写在这里接着写完了。');
	expect(item.paragraphs.at(-1)).toBe('——王芳');
	expect(item.authors).toEqual(['王芳']);
});

test('reads a brief’s bracketed sign-off (`（江瑶）`), flush right under its text on a line of its own, as its byline', () => {
	// The brief's headline run in, bold, before its text's first line; the text's last line ends short.
	const runs = [
		run('●东关街道新建服务站点', 20, 20, 9, true),
		run('据了解，今年以来共投入资金七十万元，新建便民服务点九十个。', 128, 20),
		run('市场监管局负责人介绍，计划完成实事六件，已过半。', 20, 33.5),
		run('（江瑶）', 353, 47),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ byline: '（江瑶）', authors: ['江瑶'] });
	expect(item.paragraphs.join('')).toMatch(/已过半。$/u);
});

test('reads a bare name on the line under a poem’s short last line, standing clear right of its lines, as the poem’s author', () => {
	const poem = (x: number) =>
		layoutSplit(
			page([
				run('春天的田野', 20, 20, 20, true),
				...column(['灯下的字亮起来', '风从山口吹来', '黄河水日夜向东', '把心事交给春天'], 20, 50),
				run('林秀英', x, 50 + 4 * 13.5),
			]),
		).items[0];
	const signed = poem(200);
	expect(signed.authors).toEqual(['林秀英']);
	expect(signed.paragraphs.join('')).not.toMatch(/林秀英/u);
	// Flush left under the verse, the name is a line of it.
	expect(poem(20).paragraphs.join('')).toMatch(/林秀英$/u);
});

test('reads reporters’ byline filling the last line of a story’s block, flush right under a sentence’s end, as its byline, also wrapped onto a line of its own', () => {
	const signed = (last: ReturnType<typeof run>[]) =>
		layoutSplit(
			page([
				run('老街焕新颜', 20, 20, 20, true),
				// Its column twelve ems wide (20 to 128); the byline starts a little past its left edge.
				...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '>第三行正文写在这里接', '写完了。'], 20, 50),
				...last,
			]),
		).items[0];
	// Its words an ideographic space apart.
	const words = (y: number, ...texts: [string, number][]) => texts.map(([text, x]) => run(text, x, y));
	const wrapped = signed([
		...words(104, ['本报记者', 29], ['王立新', 74], ['通讯', 110]),
		...words(117.5, ['员', 92], ['李强', 110]),
	]);
	expect(wrapped.authors).toEqual(['王立新', '李强']);
	expect(wrapped.paragraphs).toEqual(['第一行正文写在这里接第二行正文写在这里接着写', '第三行正文写在这里接写完了。']);
	const whole = signed(words(104, ['本报记者', 29], ['王立新', 74], ['李强', 110]));
	expect(whole.authors).toEqual(['王立新', '李强']);
	expect(whole.paragraphs.at(-1)).toBe('第三行正文写在这里接写完了。');
	// Not flush right, the line is text.
	const text = signed(words(104, ['本报记者', 20], ['王立新', 65]));
	expect(text.authors).toEqual([]);
});

test('reads a commentary’s bracketed sign-off naming no one (`（本报评论员）`), flush right under its text, as its byline', () => {
	const [item] = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			// Its column twelve ems wide (20 to 128), the sign-off flush right with it.
			...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '>第三行正文写在这里接', '写完了。'], 20, 50),
			run('（本报评论员）', 65, 104),
		]),
	).items;
	expect(item).toMatchObject({ byline: '（本报评论员）', authors: [], kind: 'commentary' });
	expect(item.paragraphs).toEqual(['第一行正文写在这里接第二行正文写在这里接着写', '第三行正文写在这里接写完了。']);
});

test('reads a name after a square mark (`■王芳`) right under a story’s text, flush right with it, as its byline, not a label', () => {
	const [item] = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			// Its column twelve ems wide (20 to 128), the signature flush right with it.
			...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '>第三行正文写在这里接', '写完了。'], 20, 50),
			run('■王芳', 101, 104),
		]),
	).items;
	expect(item.authors).toEqual(['王芳']);
	expect(item.paragraphs).toEqual(['第一行正文写在这里接第二行正文写在这里接着写', '第三行正文写在这里接写完了。']);
});

test('reads a bare name right over the top of a story’s next column, not flush left with it, as its byline, not text', () => {
	const [item] = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			// Two columns twelve ems wide (20 to 128, 140 to 248); the name over the second, flush right.
			...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '第三行正文写在这里接着写'], 20, 50),
			run('王芳', 230, 36),
			...column(['第四行正文写在这里接着写', '写完了。'], 140, 50),
		]),
	).items;
	expect(item.authors).toEqual(['王芳']);
	expect(item.paragraphs.join('')).not.toMatch(/王芳/u);
});

test('reads a bare name set under a poem past its lines, at its frame’s right edge by a photo, as the poem’s author', () => {
	const runs = [
		run('新书包', 20, 20, 18, true),
		...column(['>第一行正文写在这里接', ...[2, 3, 4, 5].map((n) => `第${n}行正文写在这里接着`), '写完了。'], 20, 50),
		run('写给老党员', 150, 20, 18, true),
		...['把心事交给春天', '老党员翻开新书', '黄河水日夜向东', '流过每一个清晨'].map((line, i) =>
			run(line, 140, 50 + i * 18),
		),
		run('孙帆', 212, 120),
		run('近日，游客在镇上参观。', 345, 45, 8),
		run('本报记者 戴芬 摄', 345, 57, 8),
	];
	const items = layoutSplit(page(runs, [], [{ x: 240, y: 45, width: 100, height: 70 }])).items;
	expect(items.map((i) => [i.headline, i.authors])).toEqual([
		['新书包', []],
		['写给老党员', ['孙帆']],
		['（无标题）', ['戴芬']],
	]);
	expect(items[1].paragraphs.join('')).toBe('把心事交给春天老党员翻开新书黄河水日夜向东流过每一个清晨');
});

test.each([
	['level with the headline', 20, 18, 42],
	['higher than the headline’s top, within four lines over the text', 34, 12, 22],
])(
	'reads a byline set right of a headline, %s, over the text’s top at its last column, as that story’s, not an item of its own',
	(_, headTop, headSize, bylineTop) => {
		const runs = [
			run('雪落无声', 20, headTop, headSize, true),
			run('□孟艳', 262, bylineTop),
			...column(['风从麦田那边吹来', '时间在屋檐上生锈'], 20, 56),
			...column(['种子在黑暗里学会等待', '晚霞铺满了归途'], 140, 56),
			...column(['桥把两岸连成一首歌，', '流过每一个清晨'], 240, 56),
		];
		const items = layoutSplit(page(runs)).items;
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ headline: '雪落无声', authors: ['孟艳'] });
		expect(items[0].paragraphs.join('')).toMatch(/^风从麦田.*流过每一个清晨$/u);
	},
);

// A story in two columns twelve ems wide (20 to 128, 140 to 248), the second shorter; `sign` is a line
// set in smaller type (8 pt) under the foot of the first, ending at `end`.
const footSplit = (sign: string, end: number) =>
	layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...column(
				['>第一行正文写在这里接', '第二行正文写在这里接着写', '第三行正文写在这里接着写', '第四行正文写在这里接着写'],
				20,
				50,
			),
			...column(['第五行正文写在这里接着写', '写完了。'], 140, 50),
			run(sign, end - [...sign].length * 8, 104, 8),
		]),
	);
const footSigned = (sign: string, end: number) => footSplit(sign, end).items;

test('reads a sign-off in smaller type (`——王芳`, `王芳`, a reader’s `某某省某某市读者王芳`) flush right under the foot of a story’s text as its byline, out of the text', () => {
	for (const [sign, author] of [
		['——王芳', '王芳'],
		['王芳', '王芳'],
		// Wider than the column, a reader's place and name, the role word run in or set apart.
		['青海省宝鸡市读者王芳', '王芳'],
		['青海省宝鸡市 读者 欧阳明', '欧阳明'],
	]) {
		const split = footSplit(sign, 248);
		// Every character stays on the page: the byline keeps the sign-off whole, its dash too.
		expect(checkConservation(split.text, split)).toEqual({ missing: '', extra: '' });
		const [item, ...rest] = split.items;
		expect(rest).toEqual([]);
		expect(item.authors).toEqual([author]);
		expect(item.byline).toBe(sign);
		expect(item.paragraphs.at(-1)).toMatch(/写完了。$/u);
	}
	// Not flush right with the text, it is not taken out of the text.
	expect(footSigned('——王芳', 200)[0].paragraphs.at(-1)).toBe('——王芳');
});
