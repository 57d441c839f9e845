import { expect, test } from 'vitest';
import { toLayoutBlocks } from '../../src/lib/pdf-import/layout-blocks.ts';
import { toLayoutLines } from '../../src/lib/pdf-import/layout-lines.ts';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import type { PdfPageContent, TextRun } from '../../src/lib/pdf-import/page-types.ts';
import { BODY, column, numbered, run } from '../support/text-runs.ts';

// Gaps on one baseline: which part a line (an ideographic space, a byline's spaced name) and which
// part two columns (a gutter, however narrow); and a byline on the line right under a story's last.

const page = (runs: TextRun[]): PdfPageContent => ({ width: 640, height: 900, runs, pictures: [], rules: [] });

/** `n` full lines of a column twelve characters wide. */
const lines = (n: number, from: number) => numbered(n, from, '正文写满这一栏。');

test('reads a headline of two phrases an ideographic space apart as one headline, also where a gutter runs under the space', () => {
	// Two columns 130 pt apart (a gutter of 22 pt); the space between the phrases (an em of 24 pt) stands over the gutter.
	const runs = [
		run('出行更便捷', 0, 20, 24, true),
		run('老街焕新颜', 144, 20, 24, true),
		...column(lines(4, 10), 0, 56),
		...column(lines(4, 20), 130, 56),
	];
	expect(
		toLayoutLines(runs)
			.filter((l) => l.size === 24)
			.map((l) => l.text),
	).toEqual(['出行更便捷 老街焕新颜']);
	const [item] = layoutSplit(page(runs)).items;
	expect(item.headline).toBe('出行更便捷 老街焕新颜');
});

test('joins two phrases of a headline where a line of text under them runs across the gap', () => {
	const runs = [
		run('出行更便捷', 20, 20, 24, true),
		run('老街焕新颜', 160, 20, 24, true),
		...column(['第一行正文从左边写到右边，横跨标题的两个短语之间的空白处。', '第二行正文。'], 20, 56),
	];
	expect(toLayoutLines(runs)[0].text).toBe('出行更便捷 老街焕新颜');
});

test('keeps two headlines side by side apart, and headlines wrapped in two columns', () => {
	// Each headline over its own column, a gutter under the gap between them.
	const side = [
		run('出行更便捷', 0, 20, 20, true),
		run('老街焕新颜', 130, 20, 20, true),
		...column(lines(4, 10), 0, 50),
		...column(lines(4, 20), 130, 50),
	];
	expect(
		toLayoutLines(side)
			.filter((l) => l.size === 20)
			.map((l) => l.text),
	).toEqual(['出行更便捷', '老街焕新颜']);
	// Two headlines wrapped in narrow columns: the gap is an em only by chance.
	const wrapped = [
		run('活动开展以', 0, 20, 20, true),
		run('来', 0, 45, 20, true),
		run('虽然我年纪', 120, 20, 20, true),
		run('大了', 120, 45, 20, true),
	];
	expect(toLayoutLines(wrapped).map((l) => l.text)).toEqual(['活动开展以', '虽然我年纪', '来', '大了']);
});

test("reads a byline whose name stands an em after 本报记者 (an ideographic space) as one byline, the story's lines under it wider", () => {
	const runs = [
		run('书香满社区', 20, 20, 16, true),
		run('本报记者', 20, 44),
		run('田子欣', 20 + 5 * BODY, 44),
		...column(['>比赛第6分钟，主队利用一', '次快速反击首先破门。据悉，相', '关部门还将出台配套措施。'], 20, 58),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '书香满社区', authors: ['田子欣'] });
	expect(item.paragraphs.join('')).toMatch(/^比赛第6分钟/u);
});

test('keeps two columns apart at a narrow gutter where a line of the first hangs its comma into it', () => {
	// Columns 108 pt wide, 122 pt apart (a gutter of 14 pt); the first column's third line hangs a comma 9 pt past its edge.
	const runs = [
		...column(
			['销号一件。这一做法被写进', '了当地的工作手册，成为基', '来，学习的目的全在于运用，', '层干部的“必修课”。近年'],
			0,
			20,
		),
		...column(
			['>按照计划，相关工作将', '于年底前全部完成。理论的', '的深化又推动理论创新。在', '生命力在于指导实践，实践'],
			122,
			20,
		),
	];
	runs[2].width = 117;
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toContain('来，学习的目的全在于运用，');
	expect(texts).toContain('的深化又推动理论创新。在');
});

test('keeps two columns apart at a narrow gutter where the second column’s baselines sit a hair higher than the first’s', () => {
	// Columns 108 pt wide, 114 pt apart (a gutter of 6 pt); the second column set 1.5 pt higher, so its runs come first on each line.
	const second = column(lines(4, 20), 114, 18.5);
	const runs = [...column(lines(4, 10), 0, 20), ...second];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toEqual(expect.arrayContaining(['第11行正文写满这一栏。', '第21行正文写满这一栏。']));
	expect(texts).toHaveLength(8);
});

test('keeps two columns apart at a narrow gutter where a line of the first hangs its full stop past the middle of the gutter', () => {
	// Columns 108 pt wide, 114 pt apart (a gutter of 6 pt); the first column's second line hangs its 。 9 pt into the gutter.
	// The second column's lines a hair lower, a paragraph's blank line level with the hung line.
	const runs = [
		...column(['第10行正文写满这一栏。', '出务工的年轻人陆续回来了。', '第12行正文写满这一栏。'], 0, 20),
		run('第20行正文写满这一栏。', 114, 21.5),
		run('第22行正文写满这一栏。', 114, 48.5),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toEqual(expect.arrayContaining(['第10行正文写满这一栏。', '第20行正文写满这一栏。']));
	expect(texts).toHaveLength(5);
});

test('keeps a byline apart from the line across a narrow gutter where the column under it starts with an indented paragraph', () => {
	// The second column: a byline, then two paragraphs indented two ems; its next full line is four lines down.
	const runs = [
		...column(lines(6, 10), 0, 20),
		run('新华社记者 崔云', 114, 21.5),
		...column(['>另据了解，面对新情况。', '>新问题，基层干部需要', '不断提高本领，学习的目的'], 114, 39.5),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toContain('第10行正文写满这一栏。');
	expect(texts).toContain('新华社记者 崔云');
});

test('keeps two columns apart under a byline set across both, where lines over or under end where the first column does and start where the second does', () => {
	// Columns 108 pt wide, 122 pt apart (a gutter of 14 pt, an em and a half); the byline's words run over the gutter.
	const runs = [
		run('本报记者', 0, 20),
		run('胡红佳', 45, 20),
		run('通讯员', 81, 20),
		run('罗轩阳', 117, 20),
		run('吴丽红', 153, 20),
		...column(lines(4, 10), 0, 38),
		...column(lines(4, 20), 122, 38),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toEqual(expect.arrayContaining(['第10行正文写满这一栏。', '第20行正文写满这一栏。']));
	expect(texts).toHaveLength(9);
});

test('keeps two columns apart under a byline set across both where the second column’s line under the gap starts a paragraph indented two ems', () => {
	const runs = [
		// The byline's words an em apart, its last word over the gutter.
		run('本报记者', 0, 20),
		run('赖秀', 45, 20),
		run('实习生', 81, 20),
		run('张宇', 117, 20),
		// The first column opening with a paragraph indented two ems: its first line and the line across the gap make a short line.
		...column(['>目前，首批试点工作啊', ...lines(3, 11)], 0, 38),
		// The second column: a paragraph's short last line, then a paragraph indented two ems.
		...column(['断提高本领。', '>在长坪区，类似的变', '化正在一个个村庄里发生。', '第23行正文写满这一栏。'], 122, 38),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toEqual(expect.arrayContaining(['目前，首批试点工作啊', '断提高本领。']));
});

test('keeps a line hanging its comma into a gutter apart from the next column’s line where only a byline’s words cross the gutter', () => {
	// Columns 108 pt wide, 122 pt apart; the byline's words an em apart, one of them over the gutter.
	const runs = [
		run('本报记者', 0, 20),
		run('金琪博', 45, 20),
		run('通讯员', 81, 20),
		run('孙立娟', 117, 20),
		// The first column's first line indented two ems, hanging its comma 9 pt past the edge; the second column 5 pt after it.
		...column(['>在一间不大的工作室里，', ...lines(3, 11)], 0, 36),
		...column(lines(4, 20), 122, 36),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toEqual(expect.arrayContaining(['在一间不大的工作室里，', '第20行正文写满这一栏。']));
});

test('spaces a line of full words with runs an em apart where nothing over or under it has an edge in the gaps', () => {
	// A credit under a caption: `本报记者　文　丽　摄`.
	const runs = [
		run('日前，小学生在课堂上体验传统手工艺。', 20, 20, 7.5),
		run('本报记者', 100, 31, 7.5),
		run('文', 137.5, 31, 7.5),
		run('丽', 152.5, 31, 7.5),
		run('摄', 167.5, 31, 7.5),
	];
	expect(toLayoutLines(runs).map((l) => l.text.replace(/\s/gu, ''))).toEqual([
		'日前，小学生在课堂上体验传统手工艺。',
		'本报记者文丽摄',
	]);
});

test('reads a marked byline on the line right under a commentary’s text, flush left, as its byline signing it off', () => {
	const runs = [
		run('用心回应群众期待', 20, 20, 16, true),
		...column(['>据悉，人社局把办事指南', '印成了小册子，放在每个服', '务窗口供群众取阅。'], 20, 44),
		run('◎赵英波', 20, 44 + 3 * BODY * 1.5),
		run('荒坡变成果园', 160, 20, 16, true),
		...column(['>为了摸清底数，工作人员挨', '家挨户上门登记。'], 160, 44),
	];
	const items = layoutSplit(page(runs)).items;
	expect(items.map((i) => [i.headline, i.authors])).toEqual([
		['用心回应群众期待', ['赵英波']],
		['荒坡变成果园', []],
	]);
	expect(items[0].paragraphs.join('')).toMatch(/取阅。$/u);
});

test('reads a marked byline under text set ragged right, its last line reaching the column’s edge, as the byline signing it off', () => {
	const runs = [
		run('用心回应群众期待', 20, 20, 16, true),
		// Ragged right: the paragraph's last line ends a sentence at the column's edge.
		...column(['>据悉，人社局把办事', '指南印成了小册子，放在', '每个服务窗口供取阅。”'], 20, 44),
		run('◎朱红新', 20, 44 + 3 * BODY * 1.5),
	];
	const items = layoutSplit(page(runs)).items;
	expect(items.map((i) => [i.headline, i.authors])).toEqual([['用心回应群众期待', ['朱红新']]]);
	expect(items[0].paragraphs.join('')).toMatch(/取阅。”$/u);
});

test('joins a byline’s words an ideographic space apart (an em, give or take a twentieth) into one line, text under it', () => {
	const runs = [
		run('本报记者', 27, 130),
		run('丁慧远', 72, 130),
		run('通讯员', 108, 130),
		run('许文', 36, 144.3),
		// Its edge a hair right of the first word's end, as pdfjs measures it.
		run('余艳静', 63.01, 144.3),
		run('不少年轻人通过网络直', 45, 158.6),
		run('播，把家乡的特产卖到了全', 27, 172.8),
		// The next column, past a gutter of 14 pt.
		...column(['办结一件销号一件。说起这', '些年的变化，老党员史洋打', '开了话匣子。'], 149, 130),
	];
	expect(toLayoutLines(runs).map((l) => l.text.replace(/\s/gu, ''))).toContain('本报记者丁慧远通讯员');
});

test('keeps the spaces of names padded to three characters (`韩 刚 冯 博`) on a byline’s line under its role word, and joins a letter-spaced line elsewhere', () => {
	// Each character its own run an em apart: two names of two characters, each padded with a space.
	const byline = [
		run('本报记者', 27, 130),
		run('黎', 72, 130),
		run('敏', 90, 130),
		run('通讯员', 108, 130),
		...['韩', '刚', '冯', '博'].map((ch, i) => run(ch, 36 + i * 18, 143.5)),
		run('不少年轻人通过网络直', 45, 158.6),
		run('播，把家乡的特产卖到了全', 27, 172.8),
	];
	expect(
		toLayoutLines(byline)
			.slice(0, 2)
			.map((l) => l.text),
	).toEqual(['本报记者 黎 敏 通讯员', '韩 刚 冯 博']);
	// The same line under text: letter-spaced type, read without its spaces.
	const text = [
		run('不少年轻人通过网络直播', 27, 130),
		...['韩', '刚', '冯', '博'].map((ch, i) => run(ch, 36 + i * 18, 143.5)),
	];
	expect(toLayoutLines(text).map((l) => l.text)).toEqual(['不少年轻人通过网络直播', '韩刚冯博']);
});

test('splits a byline wrapped after its role word (`本报记者` / `许文 余艳静`), the second line hung in, off ragged text', () => {
	const runs = [
		run('服务送上门', 20, 20, 16, true),
		run('本报记者', 20, 44),
		run('许文 余艳静', 29, 44 + BODY * 1.5),
		...column(['>不少年轻人通过网络直', '播，把家乡的特产卖到了全', '国各地。'], 20, 44 + BODY * 3),
	];
	const items = layoutSplit(page(runs)).items;
	expect(items.map((i) => [i.headline, i.authors])).toEqual([['服务送上门', ['许文', '余艳静']]]);
	expect(items[0].paragraphs.join('')).toMatch(/^不少年轻人/u);
});

test('reads a dateline whose place is a paragraph of its own (both its lines indented), its reporters’ bracket starting the next', () => {
	const runs = [
		run('老手艺新传人', 20, 20, 16, true),
		// Indented two ems, the bracket one em (the ideographic space after the place wrapped as an indent).
		run('本报南宁8月11日电', 38, 44),
		run('（记者廖洋、戴霞晓）', 29, 44 + BODY * 1.5),
		...column(['值得一提的是，这是金川区连', '续第八年举办此类活动。'], 20, 44 + BODY * 3),
	];
	const items = layoutSplit(page(runs)).items;
	expect(items.map((i) => [i.headline, i.authors])).toEqual([['老手艺新传人', ['廖洋', '戴霞晓']]]);
});

test('keeps a short first line apart from the line across the gutter where only a byline overhanging its column crosses the gap', () => {
	// Columns ten characters wide, 104 pt apart (a gutter of 14 pt, about an em and a half); the byline
	// over the first runs 4 pt past the second column's left edge, a column's text under it.
	const runs = [
		run('本报驻新德里记者', 0, 40),
		run('曾萍鸣', 81, 40),
		...column(['>天刚蒙蒙亮，郝佳', '就骑着电动车出了门，', '开始一天的巡查。“有'], 0, 54),
		...column(['增长了8.7%。', '>在一间不大的工作', '室里，几名技术人员正'], 104, 54),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toContain('天刚蒙蒙亮，郝佳');
	expect(texts).toContain('增长了8.7%。');
	expect(texts).toContain('本报驻新德里记者 曾萍鸣');
});

test('keeps the lines of two columns apart under a byline set across both, over a paragraph’s indented first line', () => {
	// Columns eleven characters wide, 113 pt apart (a gutter of 14 pt); the byline over the first runs
	// on 22 pt into the second, ending halfway along the second column's first line.
	const runs = [
		run('本报记者 邵琪宇 通讯员 孙新', 0, 40),
		...column(['>该负责人介绍，今年', '将重点抓好8个方面的工', '>他们在实践中摸索出'], 0, 54),
		...column(['关键是要有人拉一把。”', '方凯感慨地说。沈丽告诉', '记者，他们计划明年再扩'], 113, 54),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toContain('该负责人介绍，今年');
	expect(texts).toContain('关键是要有人拉一把。”');
});

test('reads a byline running past its column’s edge into the gutter, right over the column’s text, as the byline', () => {
	// A column fourteen characters wide; the byline over it twenty characters wide.
	const runs = [
		run('古籍修复慢工出细活', 0, 20, 16, true),
		run('本报记者 熊桂阳 通讯员 蒋超桂 余平慧', 0, 44),
		...column(
			['图书馆里总是坐满了前来读书的', '市民。', '>据悉，相关部门还将出台配', '套措施，进一步细化操作流程。'],
			0,
			58,
		),
	];
	const [item] = layoutSplit(page(runs)).items;
	expect(item).toMatchObject({ headline: '古籍修复慢工出细活', authors: ['熊桂阳', '蒋超桂', '余平慧'] });
	expect(item.paragraphs.join('')).toMatch(/^图书馆里/u);
});

test('keeps a column’s short first line (a paragraph’s end, `了。`) apart from the line across a narrow gutter that hangs its full stop, and in its own column’s block', () => {
	// Columns 108 pt wide, 122 pt apart (a gutter of 14 pt); the first column's first line hangs its 。 9 pt into the gutter.
	const runs = [
		...column(['在每个服务窗口供群众取阅。', ...lines(5, 11)], 0, 20),
		...column(
			['了。', '>村口新建的文化广场', '上，几个孩子正围着健身器', '材追逐嬉戏。又一句写满了', '第24行正文写满这一栏。'],
			122,
			20,
		),
	];
	const texts = toLayoutLines(runs).map((l) => l.text);
	expect(texts).toContain('在每个服务窗口供群众取阅。');
	expect(texts).toContain('了。');
	const blocks = toLayoutBlocks(toLayoutLines(runs));
	expect(blocks.map((b) => b.lines.map((l) => l.text).join(''))).toEqual([
		expect.stringMatching(/^在每个服务窗口供群众取阅。第11行/u),
		expect.stringMatching(/^了。村口新建的文化广场上，/u),
	]);
});

test('joins a headline whose first line runs on past an ideographic space and wraps centred under it, over columns that do not part under the space', () => {
	const short = (n: number, from: number) => numbered(n, from, '正文。');
	// Over three columns: the second ends in the gap, the third starts past the second phrase.
	const across = [
		run('乡村路越走越宽', 0, 20, 20, true),
		run('民生', 160, 20, 20, true),
		run('有新招', 70, 45, 20, true),
		...column(short(6, 10), 0, 80),
		...column(short(6, 20), 80, 80),
		...column(short(6, 30), 172, 80),
	];
	expect(layoutSplit(page(across)).items.map((i) => i.headline)).toEqual(['乡村路越走越宽 民生有新招']);
	// A paragraph's indented first line starting where the second phrase does is no column's edge.
	const indented = [
		run('带来新变化', 0, 20, 20, true),
		run('路越', 120, 20, 20, true),
		run('走越宽', 50, 45, 20, true),
		...column(numbered(6, 10, '正文写。'), 0, 80),
		...column(['第20行正文写。', '第21行。', '>第22行正', '第23行正文写。'], 102, 80),
	];
	expect(layoutSplit(page(indented)).items.map((i) => i.headline)).toEqual(['带来新变化 路越走越宽']);
});

test('parts a column’s line from the next column’s one-line start an em away, though the em comes out a hair short in floating point', () => {
	// Runs placed as a PDF places them: the gap between the two is 9.749999593749976 pt, the em 9.74999959375.
	const size = 9.74999959375;
	const at = (text: string, x: number, y: number, width: number): TextRun => ({
		text,
		x,
		y,
		width,
		height: size,
		size,
		bold: false,
	});
	const runs = [
		at('行的全民健身运动会上，海门', 427.4999821875, 256.16998932624995, 126.74999471875002),
		at('队选手贾娜夺得女子跳远冠', 427.4999821875, 268.9199887949999, 126.74999471875002),
		at('军。', 563.9999765, 256.16998932624995, 19.4999991875),
	];
	expect(toLayoutLines(runs).map((l) => l.text)).toEqual([
		'行的全民健身运动会上，海门',
		'军。',
		'队选手贾娜夺得女子跳远冠',
	]);
});

test('parts two columns at a narrow gutter under a byline set across it, their edges showing under the first line', () => {
	// The byline over both columns' tops crosses the gutter; the second column's left edge shows in the lines under.
	const runs = [
		run('本报驻利马记者 刘一鸣', 180, 53),
		...column(numbered(5, 10, '写满这栏。'), 154, 69),
		...column(numbered(5, 20, '写满这栏。'), 243, 69),
	];
	const lines = toLayoutLines(runs);
	expect(lines.filter((l) => l.y > 60).map((l) => l.text)).toEqual(
		[10, 20, 11, 21, 12, 22, 13, 23, 14, 24].map((n) => `第${n}行写满这栏。`),
	);
});
