import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { looksExtracted, reorderExtraction } from '../../src/lib/importer/extraction-order.ts';
import { toLines, unspaced } from '../../src/lib/importer/lines.ts';
import { normalize } from '../../src/lib/importer/normalize-dump.ts';
import { parsePage } from '../../src/lib/importer/parse-page.ts';
import { checkConservation } from '../../src/lib/importer/conservation.ts';
import { wordAcross } from '../../src/lib/importer/word-join.ts';
import { createRequire } from 'node:module';
import { parseConserved } from '../support/parse-conserved.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name, 'input.txt'), 'utf8');
const orphaned = fixture('rejoins-a-column-that-pdf-extraction-printed-after-another-story');
const spaced = fixture('rejoins-an-orphaned-column-of-a-page-that-spaces-its-paragraphs');
const inTurn = fixture('rejoins-columns-pdf-extraction-printed-a-line-or-two-in-turn');
const texts = (dump: string) =>
	reorderExtraction(toLines(normalize(dump).text), dump.includes('\f')).map((l) => l.text);

/**
 * A page as pdftotext prints columns set side by side a line at a time: under the `head` lines,
 * row after row, each column's line of that row (none where the column has no line there), a
 * blank line after each, and a form feed closing the page.
 */
const printedInTurn = (head: string[], ...columns: string[][]) =>
	[
		...head,
		...columns[0].flatMap((_, row) => columns.flatMap((column) => (column[row] ? [column[row], ''] : []))),
		'\f',
	].join('\n');

/** That the extraction order reads each column's lines one after another, in order. */
function expectColumnsWhole(dump: string, ...columns: string[][]) {
	const out = texts(dump).filter((t) => t !== '');
	for (const column of columns)
		expect(out.slice(out.indexOf(column[0]), out.indexOf(column[0]) + column.length)).toEqual(column);
}

// The same two paragraphs hard-wrapped at 12 em as a text dump has them: every line after a
// sentence's end is full, none is short by an indent.
const textDump = [
	'城南社区的老旧小区改造从今',
	'年春天开始，先后完成了屋顶',
	'防水、外墙保温和管网更新。',
	'改造前，居民们多次召开议事',
	'会，把最急的问题一条一条列',
	'出来，再由社区和施工单位逐',
	'项落实。如今，小区里新建了',
	'休闲广场。居民们很满意。老',
	'人们在楼下晒太阳、下象棋。',
].join('\n');

describe('pdftotext extractions', () => {
	test('reads a dump whose paragraphs open an indent short of the column as an extraction', () => {
		expect(looksExtracted(toLines(orphaned))).toBe(true);
	});

	test('reads a hard-wrapped text dump as no extraction and leaves its lines as they are', () => {
		const lines = toLines(textDump);
		expect(looksExtracted(lines)).toBe(false);
		expect(reorderExtraction(lines)).toBe(lines);
	});

	test('reads a dump with indented lines as no extraction: pdftotext drops indents', () => {
		const indented = orphaned.replace('改造前，', '\u3000\u3000改造前，');
		expect(looksExtracted(toLines(indented))).toBe(false);
	});

	test('moves a column printed after another story right after the column it continues', () => {
		const texts = reorderExtraction(toLines(orphaned)).map((l) => l.text);
		const at = texts.indexOf('开议事会，把最急的问题一');
		expect(texts[at + 1]).toBe('条一条列出来，再由社区和');
		expect(texts.indexOf('街角书屋开门迎客')).toBeGreaterThan(texts.indexOf('们在广场上追逐嬉戏。'));
	});

	test('reads a dump that ends a page with a form feed as an extraction, its paragraphs indented or not', () => {
		const lines = toLines(normalize(spaced).text);
		expect(looksExtracted(lines)).toBe(false);
		const out = texts(spaced);
		expect(out[out.indexOf('有了说话的地方，也让社区干部找到了工作的方') + 1]).toBe(
			'向。下一步，社区还将把议事会开到楼栋里，',
		);
		expect(texts(spaced.replace('\f', ''))).toEqual(lines.map((l) => l.text));
	});

	test('splits a head line off a body whose first line fills the column, as spaced paragraphs have it', () => {
		const out = texts(spaced);
		expect(out[out.indexOf('●街角书屋开门迎客') + 1]).toBe('');
		expect(parsePage(spaced).items.map((item) => item.headline)).toEqual(['社区议事会开起来', '街角书屋开门迎客']);
	});

	test('splits a head line off a paragraph of two lines, off a box title, and leaves a headline wrapped over its byline whole', () => {
		const page = (...pieces: string[][]) => [...pieces.map((p) => p.join('\n')), '\f'].join('\n\n');
		const dump = page(
			['社区议事会开起来', '城南社区的老旧小区改造从今年春天开始，先后', '完成了屋顶防水、外墙保温和管网更新。'],
			['街角书屋开门迎客', '核心阅读', '三千多册图书免费借阅。'],
			['老旧小区改造让居民', '住得更舒心', '本报记者 王芳'],
			[
				'改造前，居民们多次召开议事会，把问题一条',
				'一条列出来，再由社区和施工单位逐项落实。',
				'如今，小区里新建了休闲广场，居民们很满意。',
			],
		);
		const out = texts(dump);
		const after = (line: string) => out[out.indexOf(line) + 1];
		expect(after('社区议事会开起来')).toBe('');
		expect(after('街角书屋开门迎客')).toBe('');
		expect(after('老旧小区改造让居民')).toBe('住得更舒心');
	});

	test('joins an open column to the piece of its own width the page supports, not to the piece printed next an em wider', () => {
		// Two stories, a 14-em column and a 15-em one, each printed with the other's continuation next to it.
		const a1 = ['城南社区老旧小区改造从今年春', '天开始，先后完成屋顶防水、外', '墙保温和管网更新。此前，居民'];
		const a2 = ['们多次召开议事会，把急的问题', '条条列出来，居民们都很满意。', '小区里新建了广场。'];
		const b1 = ['街角书屋本周开门，三千多册图书', '免费借阅，周末还有故事会，来了', '两百多位读者，社区还请来一位作'];
		const b2 = ['家讲了一堂课，读者们听得很认真', '书屋还将每月办一次读书会，欢迎', '大家来。'];
		const dump = [['社区议事会开起来'], a1, b2, ['街角书屋开门迎客'], b1, a2].map((p) => p.join('\n')).join('\n\n');
		const page = parseConserved(`${dump}\n\n\f`);
		expect(page.items.map((item) => item.paragraphs.join(''))).toEqual([
			[...a1, ...a2].join(''),
			[...b1, ...b2].join(''),
		]);
	});

	test("joins a narrow column printed a line at a time beside a wide one, at a width few of the page's lines share", () => {
		// A long body at 18 em: the 9 em of the narrow column is no width a twelfth of the page's lines share.
		const long =
			'城南社区老旧小区改造从今年春天开始，先后完成屋顶防水、外墙保温和管网更新，居民们都说这件实事办到了心坎上。'.repeat(
				30,
			);
		const body = Array.from({ length: Math.ceil(long.length / 18) }, (_, k) => long.slice(18 * k, 18 * k + 18));
		const a = [
			'街角书屋本周开门迎',
			'客，三千多册图书免',
			'费借阅，周末还有故',
			'事会和手工课，孩子',
			'们放学后常来这里读',
			'书写作业，家长们也',
			'很放心。',
		];
		const b = [
			'河边步道改造完成后，晚上散步的居',
			'民多了起来，不少老人在这里打太极',
			'拳、跳广场舞。社区还在步道两旁种',
			'上了花草，添置了座椅和路灯，方便',
			'大家休息。附近的商户也说，人气旺',
			'了，生意也比过去好做了，大家都很',
			'高兴。',
		];
		const dump = ['社区新闻', '', ...body, '', printedInTurn(['书屋和步道', ''], a, b)].join('\n');
		expectColumnsWhole(dump, a, b);
		parseConserved(dump);
	});

	test("keeps a top line holding an enumeration's pause with its paragraph where a word runs across the join", () => {
		// 16 em over a column of 20: deeper than an indent, but `群|众` runs on into the line under it.
		const body = [
			'志愿服务队打通了宣传群众、教育群',
			'众、关心群众、服务群众“最后一公里”，让',
			'党旗在基层一线高高飘扬。社区还利用微信',
			'群上传和转发学习内容，确保流动党员离乡',
			'不离学。',
		];
		const dump = ['社区议事会开起来', '', ...body, '', '\f'].join('\n');
		expect(texts(dump)).toEqual(['社区议事会开起来', '', ...body, '']);
		expect(parseConserved(dump).items.map((item) => item.paragraphs.join(''))).toEqual([body.join('')]);
	});

	test("keeps a paragraph's first line with it where the wrap pushed its last character on with a closing mark", () => {
		// 10.5 em over a column of 14: short of the indent's 12 em, as `岁。` may not be cut apart and
		// would overfill the line; without the push it runs an indent short of the column.
		const body = [
			'团队成员平均年龄只有6',
			'岁。测试结果显示，新系统的响',
			'应时间缩短至原来的三分之一。',
			'在智能工厂的生产线上，机',
			'械臂精准完成焊接、装配等工',
			'序，效率明显提高了许多。',
		];
		const dump = ['柔性电子研究取得新突破', '本报记者 董一', '', ...body, '', '\f'].join('\n');
		expect(texts(dump)).toEqual(['柔性电子研究取得新突破', '本报记者 董一', '', ...body, '']);
		const { items } = parseConserved(dump);
		expect(items.map((item) => item.headline)).toEqual(['柔性电子研究取得新突破']);
		expect(items[0].paragraphs[0]).toMatch(/^团队成员平均年龄只有6岁。/u);
	});

	test("keeps a top line holding an enumeration's pause with its paragraph, and splits off a numbered 小标题", () => {
		// 15 em over a column of 18, no word across `…可评估、可` / `衡量…`: the pause alone says running text.
		const body = [
			'社区党员提供可检验、可评估、可',
			'衡量的学习交流平台，组织开展各类活动',
			'二十多场，党员群众参与的积极性很高，',
			'大家都说收获很大。',
		];
		expect(texts(['社区议事会开起来', '', ...body, '', '\f'].join('\n'))).toEqual([
			'社区议事会开起来',
			'',
			...body,
			'',
		]);
		const numbered = ['二、集体经济情况', ...body.slice(1)];
		expect(texts([...numbered, '', '\f'].join('\n'))).toEqual([numbered[0], '', ...numbered.slice(1), '']);
	});

	test('joins an open column to its bottom of two lines printed right after it, not to a piece of its width in another story', () => {
		// The column's last two lines, a block of their own, end its paragraph; nothing in the language joins either way.
		const a1 = ['城南社区老旧小区改造从今年春', '天开始，先后完成屋顶防水、外', '墙保温和管网更新。楼里居民们'];
		const a2 = ['都说这件实事办在了心坎上，大', '家很满意。'];
		const b1 = ['街角书屋本周开门，三千多册图', '书免费借阅，周末还有故事会。', '社区还请来一位作家讲课。'];
		const b2 = ['读者们听得很认真，书屋还将每', '月办一次读书会，欢迎大家来。', '一些居民已经报了名。'];
		const dump = [['社区议事会开起来'], a1, a2, ['街角书屋开门迎客'], b1, b2].map((p) => p.join('\n')).join('\n\n');
		const page = parseConserved(`${dump}\n\n\f`);
		expect(page.items.map((item) => item.paragraphs.join(''))).toEqual([
			[...a1, ...a2].join(''),
			[...b1, ...b2].join(''),
		]);
	});

	test('reads a justified line that pdftotext spread with spaces at the width of its column, and joins it where it continues', () => {
		const a1 = ['城南社区老旧小区改造从今年', '春天开始，先后完成了屋顶防', '水和外墙保温，共投入资金达'];
		// 11 em of characters and 9 spaces: 15.5 em as printed, in a column of 13.
		const spread = '1200 万 元 ， 惠 及 居 民 近 千';
		const a2 = ['户。改造前，居民们多次召开', '议事会，把最急的问题一条一', '条列出来，逐项落实。'];
		const b = ['街角书屋本周开门迎客，社区', '为书屋投入资金达1500万', '元，惠及居民近千户，周末还', '有故事会。'];
		const dump = [['城南社区改造见实效'], a1, [spread], a2, ['街角书屋开门迎客'], b];
		const page = parseConserved(`${dump.map((p) => p.join('\n')).join('\n\n')}\n\n\f`);
		expect(page.items.map((item) => item.paragraphs.join(''))).toEqual([
			[...a1, spread.replace(/ /g, ''), ...a2].join(''),
			b.join(''),
		]);
	});

	test('opens a new body where text of another column width follows the end of a sentence, not where the column goes on', () => {
		const wide = [
			'城南社区的老旧小区改造从今年春天开始，',
			'先后完成了屋顶防水、外墙保温和管网更新，',
			'居民们的生活条件明显改善，大家都很满意。',
		];
		const narrow = ['街角书屋本周开门，', '三千多册图书免费借阅，', '周末还有故事会，来了两', '百多位读者。'];
		const dump = (second: string[]) => [wide.join('\n'), second.join('\n'), '\f'].join('\n\n');
		const bodies = (text: string) => parsePage(text).items.map((item) => item.paragraphs.join(''));
		expect(bodies(dump(narrow))).toEqual([wide.join(''), narrow.join('')]);
		// The same width goes on: one story's next paragraph.
		const same = [
			'街角书屋本周开门迎客，三千多册图',
			'书免费借阅，周末还有故事会，来了两百多',
			'位读者，社区还请来作家讲了一堂课。',
		];
		expect(bodies(dump(same))).toHaveLength(1);
	});

	test('reads a lone heading between bodies of two column widths as the headline of the second story, not a 小标题', () => {
		const dump = [
			'社区议事会开起来',
			'本报记者 王芳',
			'',
			'城南社区的老旧小区改造从今年春天开始，',
			'先后完成了屋顶防水、外墙保温和管网更新，',
			'居民们的生活条件明显改善，大家都很满意。',
			'',
			'街角书屋开门迎客',
			'',
			'街角书屋本周开门，',
			'三千多册图书免费借阅，',
			'周末还有故事会，来了两',
			'百多位读者。',
			'',
			'\f',
		].join('\n');
		expect(parsePage(dump).items.map((item) => item.headline)).toEqual(['社区议事会开起来', '街角书屋开门迎客']);
	});

	test('rejoins two columns printed a line or two in turn, each with the next piece but one', () => {
		const out = texts(inTurn);
		const after = (line: string) => out[out.indexOf(line) + 1];
		expect(after('城南社区的老旧小区改造工')).toBe('作从今年春天开始，先后完成了');
		expect(after('屋顶防水、外墙保温和管网的更')).toBe('新，居民们的生活条件明显改善。');
		expect(after('改造前，社区多次召开居民议')).toBe('事会，把居民最急的问题一条一');
		expect(after('条列出来，再由社区和施工单位逐')).toBe('项落实，大家都很满意。');
	});

	test('keeps the round of columns pdftotext printed a line at a time where the vocabulary of the dump favours a pair across rounds', () => {
		// extractions/columns-in-rounds.pdf.txt: what pdftotext (poppler, default mode) extracts
		// from columns-in-rounds.html printed by Chromium on a 1000 × 1400 px page: five narrow justified columns.
		const dump = readFileSync(join(import.meta.dirname, 'extractions', 'columns-in-rounds.pdf.txt'), 'utf8');
		const text = texts(dump).join('');
		expect(text).toContain('托管班每天接待六十多名孩子，报名名额很快就满了。');
		expect(text).toContain('清晨六点，菜市场里已经人来人往，摊主们忙着摆放新鲜蔬菜。');
	});

	// Two columns of 10 em printed a line at a time, in turn: column A's first paragraph ends on its
	// third line (`…防水。`), and its next paragraph opens an indent short of the column.
	const columnA = [
		'城南社区的老旧小区改',
		'造从今年春天开始，先',
		'后完成了屋顶防水。',
		'改造前，社区多次',
		'召开了居民议事会，把',
		'问题一条条列成清单。',
	];
	const columnB = [
		'街角的书屋本周正式开',
		'门迎客，三千多册图书',
		'免费借阅，周末还有故',
		'事会，来了两百多位读',
		'者，大家都说很喜欢这',
		'里的安静和书香气息。',
	];
	const inRounds = (a: string[]) => printedInTurn(['老旧小区焕新颜', ''], a, columnB);

	test('carries a column printed a line at a time across its paragraph break, on the round of its column', () => {
		const dump = inRounds(columnA);
		const out = texts(dump);
		expect(out[out.indexOf('后完成了屋顶防水。') + 1]).toBe('改造前，社区多次');
		expect(out[out.indexOf('者，大家都说很喜欢这') + 1]).toBe('里的安静和书香气息。');
		expect(parseConserved(dump).items.flatMap((item) => item.paragraphs)).toContain(
			'改造前，社区多次召开了居民议事会，把问题一条条列成清单。',
		);
	});

	test("carries a paragraph's first line printed a line at a time on to its column's full line, an indent and digits wider", () => {
		// `截至12月，社区` (7 em) opens a paragraph of the 10-em column: the indent and the two
		// half-width digits leave it three em short of the line that goes on with it. (The other
		// columns' paragraphs open as short, so the page's fragments share its width.)
		const dump = printedInTurn(
			['老旧小区焕新颜', ''],
			columnA.map((line, i) => (i === 3 ? '截至12月，社区' : line)),
			[
				'街角的书屋本周正式开',
				'门迎客，三千多册图书',
				'免费借阅，很受欢迎。',
				'今年3月，书屋',
				'办了故事会，来了两百',
				'多位读者，都说很好。',
			],
			[
				'河边的步道修好以后，',
				'散步的人多了起来。',
				'截至5月，步道',
				'已经接待了十万人次，',
				'周末时更是热闹非凡，',
				'大家都说环境变好了。',
			],
		);
		const out = texts(dump);
		expect(out[out.indexOf('截至12月，社区') + 1]).toBe('召开了居民议事会，把');
		parseConserved(dump);
	});

	test("gathers the words of a byline or credit spread among other columns' rows under its role word", () => {
		const dump = [
			'荒坡变成果园',
			'新华社记者',
			'',
			'胡',
			'',
			'■冬季长跑比赛举行',
			'本报讯（记者宋佳）500多名市民参加了比赛。',
			'',
			'霞',
			'',
			'为了摸清底数，工作人员挨家挨户上门登记，一干就是大半个月。',
			'',
			'通讯员',
			'',
			'这片空地如今成了居民休闲的好去处。',
			'',
			'孙',
			'',
			'新',
			'',
			'本报记者',
			'',
			'王芳',
			'',
			'\f',
		].join('\n');
		const out = texts(dump);
		expect(out.slice(0, 6)).toEqual(['荒坡变成果园', '新华社记者', '', '胡', '', '霞']);
		// A helper's role takes its names along; a reporter's opens another byline, apart.
		expect(out.slice(out.indexOf('通讯员'), out.indexOf('通讯员') + 5)).toEqual(['通讯员', '', '孙', '', '新']);
		expect(out[out.indexOf('本报记者') + 2]).toBe('王芳');
		parseConserved(dump);
	});

	test('carries no column across a sentence end to a line with no pause: a head printed alone opens no paragraph', () => {
		const out = texts(inRounds(columnA.map((line, i) => (i === 3 ? '改造前社区多次' : line))));
		expect(out[out.indexOf('后完成了屋顶防水。') + 1]).toBe('');
	});

	test('joins a fragment to a piece only on the language: a line as wide as the column with no word across stays', () => {
		const dump = inTurn.replace('城南社区的老旧小区改造工\n', '城南社区的老旧小区改造工\n\n社区食堂中午开门迎客了\n');
		const out = texts(dump);
		expect(out[out.indexOf('社区食堂中午开门迎客了') + 1]).toBe('');
		expect(out[out.indexOf('城南社区的老旧小区改造工') + 1]).toBe('作从今年春天开始，先后完成了');
	});

	test('reads the column of a piece that ends in mid-sentence by its full lines, however many short ones stand among them', () => {
		const dump = [
			'一、先听居民怎么说',
			'社区先后召开了六次议事会，',
			'把问题列成清单。',
			'二、再请专家来把关',
			'设计方案前后改了三稿，每稿',
			'都贴出来。',
			'三、施工队伍进场了',
			'施工单位把居民们的意见逐条',
			'',
			'街角书屋本周开门，三千',
			'多册图书免费借阅，周末还有',
			'故事会，来了两百多位读者。',
			'',
			'写进了施工的计划，大家都很',
			'满意，工程进展得也很顺利。',
			'如今小区换了新模样。',
			'\f',
		].join('\n');
		const out = texts(dump);
		expect(out[out.indexOf('施工单位把居民们的意见逐条') + 1]).toBe('写进了施工的计划，大家都很');
	});

	test("joins a column printed apart that opens on a paragraph's last line to the column it ends", () => {
		// The first column ends in mid-sentence; its continuation, printed after another story,
		// opens on that sentence's short last line, then the next paragraph an indent in.
		const dump = [
			'社区先后召开了六次议事会，把',
			'问题一条一条列成清单，再请专',
			'家来把关，设计方案前后改了三',
			'稿，每稿都贴出来请居民提意见',
			'',
			'街角书屋本周开门，三千多',
			'册图书免费借阅，周末还有故事',
			'会，来了两百多位读者。',
			'',
			'和建议。',
			'如今小区换了新模样，老人',
			'们在楼下晒太阳、下象棋，孩子',
			'们在广场上追逐嬉戏。',
			'\f',
		].join('\n');
		const out = texts(dump);
		expect(out[out.indexOf('稿，每稿都贴出来请居民提意见') + 1]).toBe('和建议。');
	});

	// A column left open in mid-sentence at the foot of its piece, and the line the extraction order
	// puts after it ('' where the column is closed there).
	const openColumn = [
		'社区先后召开了六次议事会，把',
		'问题一条一条列成清单，再请专',
		'家来把关，设计方案改了三稿，',
		'大家看了以后都说这个方案很满',
	];
	const lineAfterOpenColumn = (dump: string) => {
		const out = texts(dump);
		return out[out.indexOf(openColumn.at(-1)!) + 1];
	};

	test("closes a column left open in mid-sentence with a paragraph's last line printed over the next paragraph's first", () => {
		// The column's sentence ends on a short line that pdftotext printed after another story,
		// in a piece of two lines whose second opens the next paragraph an indent in.
		const dump = [
			...openColumn,
			'',
			'街角书屋本周开门，三千多',
			'册图书免费借阅，周末还有故事',
			'会，来了两百多位读者。',
			'',
			'意。',
			'如今小区换了新模样，老人',
			'\f',
		].join('\n');
		expect(lineAfterOpenColumn(dump)).toBe('意。');
	});

	test('runs no column left open in mid-sentence on into a story that opens with its dateline', () => {
		const dump = [
			...openColumn,
			'',
			'●街角书屋开门迎客',
			'本报讯（记者林涛）街角书屋本',
			'周开门，三千多册图书免费借阅',
			'，周末还有故事会，来了两百多',
			'位读者，孩子们围坐在一起听。',
			'\f',
		].join('\n');
		expect(lineAfterOpenColumn(dump)).toBe('');
	});

	test('runs no column left open in mid-sentence on into a line under a list mark, which opens an item', () => {
		const dump = [
			...openColumn,
			'',
			'●街角书屋周末开门迎接读者',
			'三千多册图书免费借阅，周末还',
			'有故事会，来了两百多位读者，',
			'孩子们围坐在一起听老师讲。',
			'\f',
		].join('\n');
		expect(lineAfterOpenColumn(dump)).toBe('');
	});

	test("runs no column left open in mid-sentence on into a photo's caption", () => {
		const dump = [
			...openColumn,
			'',
			'图②：街角书屋里，孩子们围坐',
			'在一起听老师讲故事，家长们在',
			'一旁翻看新到的图书，十分安静',
			'本报记者 林涛 摄',
			'\f',
		].join('\n');
		expect(lineAfterOpenColumn(dump)).toBe('');
	});

	test("leaves no sentence open on a brief's head under a list mark, printed tight under the text before it", () => {
		const dump = [
			'社区先后召开了六次议事会，把',
			'问题一条一条列成清单，再请专',
			'家来把关，设计方案改了三稿。',
			'●街角书屋周末开门迎接小读者',
			'',
			'三千多册图书免费借阅，周末还',
			'有故事会，来了两百多位读者，',
			'孩子们围坐在一起听老师讲。',
			'\f',
		].join('\n');
		const out = texts(dump);
		expect(out[out.indexOf('●街角书屋周末开门迎接小读者') + 1]).toBe('');
	});

	test("leaves no sentence open on a reporter's sign-off in brackets, a line of its own under the story", () => {
		const dump = [
			'社区先后召开了六次议事会，把',
			'问题一条一条列成清单，再请专',
			'家来把关，设计方案改了三稿。',
			'（本报通讯员 刘晓燕 陈志明）',
			'',
			'三千多册图书免费借阅，周末还',
			'有故事会，来了两百多位读者，',
			'孩子们围坐在一起听老师讲。',
			'\f',
		].join('\n');
		const out = texts(dump);
		expect(out[out.indexOf('（本报通讯员 刘晓燕 陈志明）') + 1]).toBe('');
	});

	// Three columns of 10 em printed a line at a time, in turn, round after round: the third opens
	// its paragraph two rows down, so the round grows from two pieces to three.
	const roundA = [
		'城南社区的老旧小区改',
		'造从今年春天开始，先',
		'后完成了屋顶防水、外',
		'墙保温和管网更新，居',
		'民们的生活条件明显改',
		'善，大家都十分满意。',
	];
	const roundB = [
		'街角的书屋本周正式开',
		'门迎客，三千多册图书',
		'免费借阅，周末还有故',
		'事会，来了两百多位读',
		'者，孩子们围坐在一起',
		'听老师讲故事。',
	];
	const roundC = ['', '', '清晨六点，菜市', '场里已经人来人往，摊', '主们忙着摆放新鲜的蔬', '菜，吆喝声此起彼伏。'];

	test('keeps the columns printed a line at a time in their order round after round, as the round grows', () => {
		const dump = printedInTurn(['社区新闻', ''], roundA, roundB, roundC);
		expectColumnsWhole(dump, roundA, roundB, roundC.slice(2));
		parseConserved(dump);
	});

	// Seven columns of 10 em printed a line at a time, in turn: each column's next line comes seven
	// pieces on, past the reach of a round of up to six.
	const sevenColumns = [
		['城南社区，老旧小区改', '造从今年春天开始，先', '后完成了屋顶防水、外', '墙保温和管网更新。'],
		['街角书屋，本周正式开', '门迎客，三千多册的图', '书免费借阅，周末还有', '故事会，很受欢迎。'],
		['清晨六点，城东的菜市', '场里已经十分热闹，摊', '贩们在摆放，新鲜的蔬', '菜，还有水果和鸡蛋。'],
		['卫生服务站，今年又新', '添了几台新设备，让居', '民在家门口，就能做体', '检，不用再跑远路。'],
		['河边新修的步道，已全', '部开通，每天傍晚都有', '居民来散步，不少的孩', '子在草地上嬉戏。'],
		['今年夏天，社区里的志', '愿者们，为独居的老人', '送餐上门，解决了吃饭', '难的问题。'],
		['新建的停车场，投入使', '用后，小区里乱停车的', '现象少了，道路也已变', '得更加通畅。'],
	];

	test('keeps a round of seven columns printed a line at a time, each line going on seven pieces later', () => {
		const dump = printedInTurn(['社区新闻', ''], ...sevenColumns);
		expectColumnsWhole(dump, ...sevenColumns);
		parseConserved(dump);
	});

	test('joins no headline seven pieces on in a round of seven columns: a pair that far needs running text', () => {
		// The fourth column's top line holds no pause or stop, as a headline's: the line seven pieces
		// on stays apart from it, though the join would make a word (`…今年又有新` / `添了…`).
		const columns = sevenColumns.map((column, k) => (k === 3 ? ['卫生服务站今年又有新', ...column.slice(1)] : column));
		const out = texts(printedInTurn(['社区新闻', ''], ...columns)).filter((t) => t !== '');
		expect(out[out.indexOf('卫生服务站今年又有新') + 1]).not.toBe('添了几台新设备，让居');
		parseConserved(printedInTurn(['社区新闻', ''], ...columns));
	});

	test('joins a column printed a line at a time to the next column, whose top pdftotext printed before it', () => {
		// The second column starts higher than the first, under the headline's end: its first two
		// lines come before the first column's; the first column ends in mid-word (`人均收` / `入`).
		const first = [
			'城南社区的老旧小区改',
			'造从今年春天开始，先',
			'后完成了屋顶防水、外',
			'墙保温和管网更新，居',
			'民们的生活条件明显改',
			'善，家家户户的人均收',
		];
		const second = [
			'入比去年增加了不少。',
			'街角的书屋本周正式',
			'开门迎客，三千多册图',
			'书免费借阅，周末还有',
			'故事会，来了两百多位',
			'读者。',
		];
		const dump = printedInTurn(['老旧小区焕新颜', '', second[0], '', second[1], ''], first, second.slice(2));
		expectColumnsWhole(dump, [...first, second[0]]);
		parseConserved(dump);
	});

	test('joins a column to a top printed apart on the page’s vocabulary alone only at its cap', () => {
		// The first column ends between two words (`…小区里面的` / `楼道，…`): no word across the join.
		// The pair the join makes (`的楼`) stands twice elsewhere on the page: as often a wrong
		// column's as the right one's, so the top stays apart; three times, and it joins.
		const first = [
			'城南社区的老旧小区改',
			'造从今年春天开始，先',
			'后完成了屋顶防水、外',
			'墙保温和管网更新，居',
			'民们的生活条件明显改',
			'善，新修了小区里面的',
		];
		const second = [
			'楼道，还装上了电梯。',
			'街角的书屋本周正式',
			'开门迎客，三千多册图',
			'书免费借阅，周末还有',
			'故事会，来了两百多位',
			'读者。',
		];
		const others = ['河边的楼房今年刷新了', '外墙，村里的楼房也是', '一样，镇上的楼房都是'];
		expect(wordAcross(first[5], second[0])).toBe(false);
		const page = (times: number) =>
			printedInTurn(
				['老旧小区焕新颜', '', second[0], '', second[1], '', ...others.slice(0, times).flatMap((o) => [o, ''])],
				first,
				second.slice(2),
			);
		const after = (dump: string) => {
			const out = texts(dump).filter((t) => t !== '');
			return out[out.indexOf(first[5]) + 1];
		};
		expect(after(page(2))).not.toBe(second[0]);
		expect(after(page(3))).toBe(second[0]);
		parseConserved(page(2));
		parseConserved(page(3));
	});

	test('carries a column across its paragraph break where the round grows right after it', () => {
		// Column A's first paragraph ends on its third line; from the fourth row on, a column C set
		// between A and B is printed too: A's next paragraph comes as many pieces on as before, and
		// goes on a piece later.
		const a = [
			'城南社区的老旧小区改',
			'造从今年春天开始，先',
			'后完成了屋顶防水。',
			'改造前，社区多次',
			'召开了居民议事会，把',
			'问题一条条列成清单。',
		];
		const b = [
			'街角的书屋本周正式开',
			'门迎客，三千多册图书',
			'免费借阅，周末还有故',
			'事会，来了两百多位读',
			'者，大家都说很喜欢这',
			'里的安静和书香气息。',
		];
		const c = ['', '', '', '清晨六点，菜市', '场里已经人来人往，摊', '主们忙着摆放蔬菜。'];
		const dump = printedInTurn(['社区新闻', ''], a, c, b);
		expectColumnsWhole(dump, a, c.slice(3));
	});

	test('shrinks the round of columns printed a line at a time where one of them ends its paragraph', () => {
		// Three columns in turn; the third's story ends on its third row (a line ending its
		// sentence): from the fourth row on the round is two pieces, and the first two columns
		// keep their lines in order.
		const a = [
			'城南社区的老旧小区改',
			'造从今年春天开始，先',
			'后完成了屋顶防水、外',
			'墙保温和管网更新，居',
			'民们的生活条件明显改',
			'善，家家户户的人均收',
			'入比去年增加了不少，',
			'大家都说日子越过越好',
		];
		const b = [
			'街角的书屋本周正式开',
			'门迎客，三千多册图书',
			'免费借阅，周末还有故',
			'事会，来了两百多位读',
			'者，孩子们围坐在一起',
			'听老师讲故事，家长们',
			'也在一旁认真地听着，',
			'书屋里满是欢声笑语。',
		];
		const c = ['清晨六点，菜市场里已', '经人来人往，摊主们忙', '着摆放新鲜的蔬菜。'];
		const dump = printedInTurn(['社区新闻', ''], a, b, c);
		expectColumnsWhole(dump, a, b, c);
		parseConserved(dump);
	});

	test('continues no open column with a paragraph’s first line two em short of it', () => {
		// Two columns in turn: column A's line ends in mid-sentence; the next piece of the round is
		// column B's paragraph opener (8 em under A's 10), which opens no sentence of A's.
		const a = ['城南社区的老旧小区改', '造从今年春天开始，先', '后完成了屋顶防水、外', '墙保温和管网更新。'];
		const b = ['街角的书屋本周正式开', '门迎客，三千多册图书', '免费借阅。', '周末还有故事会，'];
		const dump = printedInTurn(['社区新闻', ''], a, b);
		const out = texts(dump).filter((t) => t !== '');
		expect(out[out.indexOf(a[2]) + 1]).toBe(a[3]);
		expect(out[out.indexOf(a[3]) + 1]).not.toBe(b[3]);
	});

	test('moves lines without changing or losing any: every line once, with its number', () => {
		const lines = toLines(orphaned);
		const reordered = reorderExtraction(lines).filter((l) => l.text !== '');
		expect(reordered).toHaveLength(lines.filter((l) => l.text !== '').length);
		expect(new Set(reordered)).toEqual(new Set(lines.filter((l) => l.text !== '')));
	});
});

describe('lines', () => {
	test.each([
		['本 报 鄂 尔 多 斯 10 月 22 日 电', '本报鄂尔多斯10月22日电'],
		['749 人 次 ， 惠 及 群 众 5 万 余 人', '749人次，惠及群众5万余人'],
		['学党史践行动 听民意办实事', '学党史践行动 听民意办实事'],
		['记者 王 芳 李 明 摄', '记者 王 芳 李 明 摄'],
		['本 报 评 论 员', '本报评论员'],
		['王 芳 李 明 摄', '王 芳 李 明 摄'],
		['春 夏 秋 冬', '春 夏 秋 冬'],
		['COVID 19 and 5G 网络 建设 同步', 'COVID 19 and 5G 网络 建设 同步'],
	])('takes the spaces out of a line extraction spread a space after every character: %s', (line, expected) => {
		expect(unspaced(line)).toBe(expected);
		expect(toLines(line)[0]).toMatchObject({ text: expected, width: toLines(line)[0].width });
	});

	test('reads a form feed as the page end it is, not as a junk glyph', () => {
		expect(normalize('甲乙\n\f')).toEqual({ text: '甲乙\n', junk: 0, junkLines: [] });
	});
});

describe('words across a join', () => {
	test.each([
		['发展思路逐', '渐清晰', true],
		['交给相关的部', '门限期办结', true],
		['这样的办事速度在包', '渐清晰', false],
		['交给相关的部', '步延长', false],
	])('joining %s and %s makes a word across: %s', (before, after, expected) => {
		expect(wordAcross(before, after)).toBe(expected);
	});

	// wordAcross asks jieba only where the two characters at the join stand side by side in a word
	// of its dictionary and some part of the text across the join may be a word of it (or both are
	// ASCII letters or digits, or both spaces): the answer is jieba's.
	test('reads a word across a join as jieba does, whether it asks jieba or not', () => {
		const require = createRequire(import.meta.url);
		const { Jieba } = require('@node-rs/jieba') as {
			Jieba: { withDict(dict: Uint8Array): { cut(text: string, hmm: boolean): string[] } };
		};
		const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
		const jieba = Jieba.withDict(dict);
		const joins = [
			['发展思路逐', '渐清晰'],
			['这样的办事速度在包', '渐清晰'],
			['交给相关的部', '步延长'],
			['版本号 abc', 'def 已发布'],
			['型号为 4', 'S店'],
			['穿着一件T', '恤衫'],
			['中间有空格 ', ' 继续'],
			['古字𠀀', '文'],
			['文', '𠀀古字'],
			['庆祝中华人民共', '和国成立'],
			['他们在会上发', '言人说'],
			['一个小时的学', '习和讨论'],
			['这是第12', '3号文件'],
		];
		for (const [before, after] of joins) {
			const [left, right] = [before.slice(-6), after.slice(0, 6)];
			let at = 0;
			let across = false;
			for (const word of jieba.cut(left + right, false)) {
				across ||= at < left.length && at + word.length > left.length;
				at += word.length;
			}
			expect([before, after, wordAcross(before, after)]).toEqual([before, after, across]);
		}
	});

	// wordAcross answers without jieba beside a full-width mark: jieba reads each as a word of its own.
	test.each(['，', '、', '“', '”', '《', '）', '●', '—', '…'])('reads no word across a join beside %s', (mark) => {
		const require = createRequire(import.meta.url);
		const { Jieba } = require('@node-rs/jieba') as {
			Jieba: { withDict(dict: Uint8Array): { cut(text: string, hmm: boolean): string[] } };
		};
		const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
		const words = Jieba.withDict(dict).cut(`发展${mark}思路${mark}`, false);
		expect(words.filter((word) => word.includes(mark))).toEqual([mark, mark]);
		expect(wordAcross(`发展思路逐${mark}`, '渐清晰')).toBe(false);
		expect(wordAcross('发展思路逐', `${mark}渐清晰`)).toBe(false);
	});
});

describe('heads printed in the flow of their body', () => {
	// pdftotext (a form feed ends the page) prints a head line right over its body, no blank line.
	const page = (head: string, body: string[]) => parsePage([head, ...body, '\f'].join('\n'));

	// Head lines printed right over their text: the page gives one item, its headline and its text.
	test.each([
		[
			'reads a line as wide as the column, over a paragraph set an indent in, as the headline',
			['群众口碑是最好的标尺'],
			['阿拉善盟通过强化', '党建引领机制、夯实基', '层战斗堡垒，重点解决', '集体经济相对薄弱的问', '题。'],
			'群众口碑是最好的标尺',
		],
		[
			'reads a line wider than a narrow column, over a paragraph set an indent in, as the headline',
			['外贸进出口稳中向好'],
			['该项目投产', '后，预计年产值', '可达十六亿元，', '带动就业两千', '余人。'],
			'外贸进出口稳中向好',
		],
		[
			'splits a headline off a paragraph whose first line the wrap left short of its indent by a character pushed on with its mark',
			['老人吃上热乎饭'],
			['老人们的平均年龄已有8', '岁，社区食堂每天为他们送上热', '乎的饭菜，志愿者还为行动不便', '的老人送餐上门。'],
			'老人吃上热乎饭',
		],
		[
			"keeps a headline's last character wrapped onto a line of its own with the headline",
			['●就是要找到合适的发展路', '径'],
			[
				'流动党员联系难、组织难，为了让学',
				'习覆盖到每一名流动党员，社区积极抓',
				'住节假日在外党员返乡的时间节点，组',
				'织开展学习教育。',
			],
			'就是要找到合适的发展路径',
		],
		[
			'splits a headline wrapped over two lines off a dateline wrapped over two lines',
			['感谢党组织还', '惦记着我们'],
			[
				'本报呼和浩特12月2日',
				'电（记者袁波春）这几天，对阿拉善',
				'盟苏木策克嘎查第一书记唐健来说',
				'是个好日子，商务车终于交付了。',
			],
			'感谢党组织还惦记着我们',
		],
	])('%s', (_, head, text, headline) => {
		const { items } = page(head[0], [...head.slice(1), ...text]);
		expect(items.map((i) => [i.headline, i.paragraphs])).toEqual([[headline, [text.join('')]]]);
	});

	test('keeps a headline set in two even lines together over its dateline, the second no box title', () => {
		const { items } = page('产业提质增效', [
			'绿色成为底色',
			'本报林城8月12日电（记者 许志）近',
			'日，社区集中收集群众关心关注的“急难',
			'愁盼”问题，目前已收集问题和意见建议',
			'一百余件。',
		]);
		expect(items.map((i) => [i.headline, i.authors])).toEqual([['产业提质增效绿色成为底色', ['许志']]]);
	});

	test('keeps a two-phrase headline wrapped inside a phrase whole over its dateline', () => {
		const { items } = page('菜籽油坊开进山村 乡', [
			'亲笑开颜',
			'本报讯（记者韩明',
			'亮）镇里有关负责人表',
			'示，下一步将把更多服',
			'务延伸到村组，把好事',
			'办好、把实事办实，让',
			'村民得到实惠。',
		]);
		expect(items.map((i) => [i.headline, i.authors])).toEqual([['菜籽油坊开进山村 乡亲笑开颜', ['韩明亮']]]);
	});

	test('keeps the wider second phrase of a headline set over its byline with it, no paragraph opening', () => {
		const { items } = page('老街巷焕发生机', [
			'夜市里热闹起来了',
			'□本报记者 林晓 王芳',
			'傍晚时分，老街两侧的',
			'摊位陆续亮起灯，前来',
			'逛街的市民络绎不绝，',
			'商户们忙着招呼客人。',
		]);
		expect(items.map((i) => [i.headline, i.authors])).toEqual([['老街巷焕发生机夜市里热闹起来了', ['林晓', '王芳']]]);
	});

	test('keeps the shorter second phrase of a headline set over its byline with it, no box title', () => {
		const { items } = page('老街巷焕发生机', [
			'夜市热起来',
			'本报记者 林晓',
			'傍晚时分，老街两侧',
			'的摊位陆续亮起灯，前',
			'来逛街的市民络绎不绝',
			'，商户们忙着招呼客人',
			'，生意十分红火。',
		]);
		expect(items.map((i) => [i.headline, i.authors])).toEqual([['老街巷焕发生机夜市热起来', ['林晓']]]);
	});

	test("keeps a headline's last characters wrapped onto a line of their own with it, not a name signed under it", () => {
		const body = [
			'流动党员联系难、组织难，为了让学',
			'习覆盖到每一名流动党员，社区积极抓',
			'住节假日在外党员返乡的时间节点，组',
			'织开展学习教育。',
		];
		expect(page('白淖洛旗：在各单位自查自纠的', ['基础上', ...body]).items.map((i) => i.headline)).toEqual([
			'白淖洛旗：在各单位自查自纠的基础上',
		]);
		expect(page('读书的夜晚', ['罗强娟', ...body]).items.map((i) => i.headline)).toEqual(['读书的夜晚']);
	});

	test('reads a line as wide as the column under a column label, over a paragraph set flush, as the headline', () => {
		const { items } = parsePage(
			[
				'【读者来信】',
				'',
				'家门口的食堂暖了老人心',
				'社区针对行动不便、年老体',
				'弱的老党员，开展送餐上门',
				'活动，赠送了一批书籍。',
				'\f',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.section, i.paragraphs])).toEqual([
			[
				'家门口的食堂暖了老人心',
				'读者来信',
				['社区针对行动不便、年老体弱的老党员，开展送餐上门活动，赠送了一批书籍。'],
			],
		]);
	});

	test('reads the top line of a piece under a kicker alone in its piece as the headline, over a paragraph set flush', () => {
		const { items } = parseConserved(
			[
				'奋进新征程——',
				'',
				'技能培训班开进社区 乡亲笑开颜',
				'截至1月底，全县累计服务群',
				'众诉求5170件，同比增长',
				'30.4%。有关负责人表示，下',
				'一步将加大资金和人才投入。',
				'\f',
			].join('\n'),
		);
		expect(items.map((i) => [i.kicker, i.headline])).toEqual([['奋进新征程——', '技能培训班开进社区 乡亲笑开颜']]);
		expect(items[0].paragraphs.join('')).toMatch(/^截至1月底/u);
	});

	test('reads the top line of a piece of two under a column label as the headline, over the first row of a body read row by row', () => {
		const { items } = parsePage(
			[
				'■人民论坛',
				'',
				'别让形式主义挤占实干时间',
				'从长远看，消费提振是一场接力',
				'',
				'跑，需要一棒接着一棒跑下去。',
				'',
				'以钉钉子精神抓落实，才能积小',
				'',
				'胜为大胜，一步一个脚印向前。',
				'\f',
			].join('\n'),
		);
		expect(items[0].headline).toBe('别让形式主义挤占实干时间');
		expect(items[0].section).toBe('人民论坛');
		expect(items.flatMap((i) => i.paragraphs).join('')).not.toContain('别让');
		// Under a name alone (a byline's word pdftotext printed apart), the two lines stay one piece.
		const lines = texts(['王芳', '', '别让形式主义挤占实干时间', '从长远看，消费提振是一场接力', '\f'].join('\n'));
		expect(lines.slice(0, 4)).toEqual(['王芳', '', '别让形式主义挤占实干时间', '从长远看，消费提振是一场接力']);
	});

	test('reads a line as wide as the column under a bare column label as the headline', () => {
		const { items } = parsePage(
			['财经速递', '', '新能源项目集中开工', '恒通物流公司负责', '人介绍，企业今年的', '订单已排到四季度。', '\f'].join(
				'\n',
			),
		);
		expect(items.map((i) => [i.headline, i.paragraphs])).toEqual([
			['新能源项目集中开工', ['恒通物流公司负责人介绍，企业今年的订单已排到四季度。']],
		]);
	});

	test('reads the line under a column label set tight under the body before as the next headline', () => {
		const { items } = parsePage(
			[
				'企业今年的订单已排到',
				'第四季度，生产线满负',
				'荷运转。',
				'财经速递',
				'',
				'新能源项目集中开工',
				'恒通物流公司负责',
				'人介绍，企业今年的',
				'订单已排到四季度。',
				'\f',
			].join('\n'),
		);
		expect(items.map((i) => i.headline)).toContain('新能源项目集中开工');
		expect(items.at(-1)?.paragraphs).toEqual(['恒通物流公司负责人介绍，企业今年的订单已排到四季度。']);
	});

	test('keeps the first line of a paragraph under a column label in its text when a word runs across the wrap', () => {
		const lines = texts(
			[
				'【读者来信】',
				'',
				'社区在基层治理中充分发挥党建引',
				'领作用，广泛动员群众、组织群众凝',
				'聚群众，办好了一批实事。',
				'\f',
			].join('\n'),
		);
		expect(lines.filter((l) => l !== '')).toEqual([
			'【读者来信】',
			'社区在基层治理中充分发挥党建引',
			'领作用，广泛动员群众、组织群众凝',
			'聚群众，办好了一批实事。',
		]);
		expect(lines.indexOf('领作用，广泛动员群众、组织群众凝')).toBe(lines.indexOf('社区在基层治理中充分发挥党建引') + 1);
	});
});

describe('a head block over its byline', () => {
	test('reads two lines as wide as a narrow column, with no pause, right above a byline as a head block', () => {
		const { items } = parsePage(
			[
				'社区新建了休闲',
				'广场，居民们都',
				'很满意。',
				'',
				'小切口解决大问题',
				'好山好水好风光',
				'□本报记者 王芳',
				'',
				'老人们在楼下晒',
				'太阳、下象棋，',
				'孩子们在广场上',
				'玩耍。',
				'\f',
			].join('\n'),
		);
		expect(items.map((i) => [i.paragraphs, i.authors])).toEqual([
			[['社区新建了休闲广场，居民们都很满意。'], []],
			[['老人们在楼下晒太阳、下象棋，孩子们在广场上玩耍。'], ['王芳']],
		]);
		expect(items[1].headline).toContain('小切口解决大问题');
	});
});

describe('heads printed in a body’s flow', () => {
	test('splits off a head as wide as the column over a dateline: no body line ends right above one', () => {
		const dump = [
			'柳河镇长者食堂让老人吃上热饭',
			'本报柳河5月9日讯（记者 王芳',
			'通讯员 李强）村里的长者食堂',
			'开张后，每天中午坐满了老人，',
			'饭菜按老人口味做，价格也实',
			'惠，子女们在外打工，也放心了',
			'不少，这样的好事值得推广。',
		].join('\n');
		expect(checkConservation(`${dump}\f`, parsePage(`${dump}\f`))).toEqual({ missing: '', extra: '' });
		expect(texts(`${dump}\f`).slice(0, 3)).toEqual(['柳河镇长者食堂让老人吃上热饭', '', '本报柳河5月9日讯（记者 王芳']);
	});
});

describe('a dateline cut by the wrap', () => {
	// pdftotext printed the line that completes the dateline (its row stood higher) before the
	// dateline's first line, which it printed alone after the column.
	const cut = [
		'社区服务再升级',
		'',
		'日电（记者董桂）城东社区',
		'的老旧小区改造从今年春天',
		'开始，先后完成了屋顶防水',
		'和管网更新。',
		'',
		'新华社巴黎3月25',
		'',
		'\f',
	].join('\n');

	test('joins the dateline’s first line to the line that completes it, wherever that was printed', () => {
		const out = texts(cut).filter((t) => t !== '');
		expect(out.slice(0, 3)).toEqual(['社区服务再升级', '新华社巴黎3月25', '日电（记者董桂）城东社区']);
		const page = parsePage(cut);
		expect(page.items[0].headline).toBe('社区服务再升级');
		expect(page.items[0].authors).toEqual(['董桂']);
		expect(page.items[0].paragraphs[0].startsWith('新华社巴黎3月25日电（记者董桂）城东社区')).toBe(true);
		expect(checkConservation(cut, page)).toEqual({ missing: '', extra: '' });
	});

	test('pairs bare datelines with the lines opening their brackets in the order pdftotext printed both', () => {
		const story = (head: string, dateline: string) => [head, dateline, ''];
		const text = (name: string, first: string) => [
			`（记者${name}）${first}`,
			'的老旧小区改造从今年春天',
			'开始，先后完成了屋顶防水',
			'和管网更新。',
			'',
		];
		const dump = [
			...story('社区服务再升级', '本报武汉11月26日电'),
			...story('乡村道路变了样', '本报重庆11月26日电'),
			// (A line between: a dateline right over its brackets' piece is joined by joinDatelines.)
			'责任编辑：王芳',
			'',
			...text('高春远', '城东社区'),
			...text('朱子红', '城西社区'),
			'\f',
		].join('\n');
		const out = texts(dump).filter((t) => t !== '');
		expect(out[out.indexOf('本报武汉11月26日电') + 1]).toBe('（记者高春远）城东社区');
		expect(out[out.indexOf('本报重庆11月26日电') + 1]).toBe('（记者朱子红）城西社区');
	});

	test('reads a dateline’s first line set apart over text as the text’s start, never a headline', () => {
		const dump = [
			'项目建设提速',
			'本报北京8月15日电',
			'',
			'（记',
			'',
			'城西社区的书屋今天开门，居民',
			'们排队借书。',
			'',
			'者王芳、李强）按照计划，相关',
			'工作将于年底前全部完成。城东',
			'社区的老旧小区改造从今年春天',
			'开始，先后完成了屋顶防水。',
			'',
			'\f',
		].join('\n');
		const page = parseConserved(dump);
		expect(page.items[0].headline).toBe('项目建设提速');
		// The bare dateline and its brackets' opening (`（记`) are completed by the line that opens on
		// the rest of the role word (`者王芳、李强）…`), printed after another column's lines.
		expect(page.items[0].paragraphs[0].startsWith('本报北京8月15日电（记者王芳、李强）按照计划')).toBe(true);
		expect(page.items[0].authors).toEqual(['王芳', '李强']);
	});

	test('completes a dateline the wrap cut inside its role word only with the rest of that word', () => {
		const dump = (tail: string, rest: string) =>
			[
				'项目建设提速',
				tail,
				'',
				'城西社区的书屋今天开门，居民',
				'们排队借书。',
				'',
				`${rest}按照计划，相关`,
				'工作将于年底前全部完成。城东',
				'社区的老旧小区改造从今年春天',
				'开始，先后完成了屋顶防水。',
				'',
				'\f',
			].join('\n');
		// `…（记` / `者王芳）`, `…通讯` / `员李强）`: the role word read across the cut.
		const role = parseConserved(dump('本报西安7月15日电（记', '者王芳）')).items[0];
		expect(role.authors).toEqual(['王芳']);
		expect(role.paragraphs[0].startsWith('本报西安7月15日电（记者王芳）按照计划')).toBe(true);
		expect(parseConserved(dump('本报讯（记者王芳 通讯', '员李强）')).items[0].authors).toEqual(['王芳', '李强']);
		// A line opening on 者 or 员 completes no dateline cut elsewhere than in that word.
		const apart = parseConserved(dump('本报西安7月15日电（记者王芳、', '者李强）')).items[0];
		expect(apart.paragraphs[0].startsWith('本报西安7月15日电（记者王芳、者')).toBe(false);
		expect(apart.authors).not.toContain('者李强');
	});

	test('leaves two cut datelines that one line would complete alike where they were printed', () => {
		const one = cut.replace('新华社巴黎3月25', '本报讯（记者王芳').replace('日电（记者董桂）', '通讯员赵明）');
		const alone = texts(one).filter((t) => t !== '');
		expect(alone[alone.indexOf('本报讯（记者王芳') + 1]).toBe('通讯员赵明）城东社区');
		const rivals = one.replace('\f', '本报讯（记者李强\n\n\f');
		const out = texts(rivals).filter((t) => t !== '');
		expect(out[out.indexOf('本报讯（记者王芳') + 1]).not.toBe('通讯员赵明）城东社区');
		expect(out[out.indexOf('本报讯（记者李强') + 1]).not.toBe('通讯员赵明）城东社区');
	});

	test('pairs as many cut datelines as lines completing them alike in the order printed', () => {
		const dump = [
			...['本报讯（记者王芳', '', '本报讯（记者李强', '', '通讯员赵明）城东社区的老旧', ''],
			...['小区改造从今年春天开始。', '', '通讯员孙丽）城西社区的书屋', '', '今天开门，居民排队借书。', '', '\f'],
		].join('\n');
		const out = texts(dump).filter((t) => t !== '');
		expect(out[out.indexOf('本报讯（记者王芳') + 1]).toBe('通讯员赵明）城东社区的老旧');
		expect(out[out.indexOf('本报讯（记者李强') + 1]).toBe('通讯员孙丽）城西社区的书屋');
		const page = parseConserved(dump);
		expect(page.items.map((i) => i.authors)).toEqual([
			['王芳', '赵明'],
			['李强', '孙丽'],
		]);
	});
});

describe('a head block printed after an open column', () => {
	test('a headline over a name signed alone continues no column, however full its line', () => {
		const dump = [
			...['新图书馆开馆', '', '近日，东林市新建的图书馆', '正式开馆，每天接待读者上', '千人次。馆内设有儿童阅览', ''],
			...['老街修缮工程今天顺利完工', '王芳', '“以前下雨天出门要穿雨靴，', '现在路面平整了。”居民说。', ''],
			...['室和自习室，深受读者欢迎。', '', '\f'],
		].join('\n');
		expect(texts(dump).filter((t) => t !== '')).toEqual([
			...['新图书馆开馆', '近日，东林市新建的图书馆', '正式开馆，每天接待读者上', '千人次。馆内设有儿童阅览'],
			...['室和自习室，深受读者欢迎。', '老街修缮工程今天顺利完工', '王芳'],
			...['“以前下雨天出门要穿雨靴，', '现在路面平整了。”居民说。'],
		]);
	});

	test('nor does a headline wrapped over two lines over its byline', () => {
		const dump = [
			...['新图书馆开馆', '', '近日，东林市新建的图书馆', '正式开馆，每天接待读者上', '千人次。馆内设有儿童阅览', ''],
			...[
				'老街修缮工程今天顺利完工',
				'居民出行更便捷',
				'本报记者 王芳',
				'“以前下雨天出门要穿雨靴，',
				'现在路面平整了。”居民说。',
				'',
			],
			...['室和自习室，深受读者欢迎。', '', '\f'],
		].join('\n');
		expect(
			texts(dump)
				.filter((t) => t !== '')
				.slice(4, 6),
		).toEqual(['室和自习室，深受读者欢迎。', '老街修缮工程今天顺利完工']);
	});
});

describe('a dateline cut by the wrap around a word printed apart', () => {
	test('joins the dateline, the role word and the line completing it, against a rival completion', () => {
		const dump = [
			...['据介绍，该项目总投资', '9295万元，预计明年7月建', '', '讯员赵军）统计显示，全年', ''],
			...['本报讯（记者王芳', '', '通', '', '讯员李强）上个月，第一批', '', '成投用。', '', '\f'],
		].join('\n');
		const out = texts(dump);
		const at = out.indexOf('本报讯（记者王芳');
		expect(out.slice(at, at + 3)).toEqual(['本报讯（记者王芳', '通', '讯员李强）上个月，第一批']);
	});
});

describe('a headline alone under its column’s label', () => {
	const dump = (headline: string) =>
		[
			...['东林日报', '', '新图书馆开馆', '', '近日，东林市新建的图书馆', '正式开馆，每天接待读者上'],
			...['千人次。馆内设有儿童阅览', '室和自习室，深受读者欢迎。', ''],
			...['■一家之言', '', headline, '', '站点和便民服务站，社区服', '务站让居民办事更方便。', '', '\f'],
		].join('\n');

	test('continues no column, though it ends in mid-sentence near the column’s width', () => {
		const items = parseConserved(dump('让老街多一个社区服务')).items;
		expect(items.map((i) => i.headline)).toEqual(['新图书馆开馆', '让老街多一个社区服务']);
		expect(items[1].paragraphs).toEqual(['站点和便民服务站，社区服务站让居民办事更方便。']);
	});

	test('a line that holds a pause under the label is running text, as before', () => {
		const out = texts(dump('让老街多一个，社区服务')).filter((t) => t !== '');
		expect(out.slice(-3)).toEqual(['让老街多一个，社区服务', '站点和便民服务站，社区服', '务站让居民办事更方便。']);
	});
});

describe('a head line split off the top of its body', () => {
	test('continues no column printed apart, though it ends in mid-sentence near the column’s width', () => {
		const dump = [
			...['东林日报', '', '新图书馆开馆', '', '近日，东林市新建的图书馆', '正式开馆，每天接待读者上'],
			...['千人次。馆内设有儿童阅览', '室和自习室，深受读者欢迎。', ''],
			...['让老街多一个社区服务', '今年以来，老街社区', '新建了一处便民服务点，', '居民办事不用再跑远路。', ''],
			...['站点和便民服务站，社区服', '务站让居民办事更方便。', '', '\f'],
		].join('\n');
		const out = texts(dump);
		expect(out[out.indexOf('让老街多一个社区服务') + 1]).toBe('');
		expect(parseConserved(dump).items.map((i) => i.headline)).toEqual(['新图书馆开馆', '让老街多一个社区服务']);
	});
});

describe('a sentence’s tail set apart before a photo’s credit', () => {
	// A caption whose last lines the extraction set apart after a full line cut in mid-sentence (a
	// line of quotes reads wider than the column), right before its credit.
	const captions = [
		'城市生活',
		'',
		'老街换新颜',
		'',
		'图①：城南社区的居民在新建的休闲广场上散步，老人们在树下“下',
		'棋”、晒太阳，孩子们在草坪上追逐嬉戏……',
		'',
		'资料图片',
		'',
		'图②：改造后的城南社区，屋顶防水、外墙保温和管网全部更新完',
		'毕，居民们的生活越来越方便。',
		'',
		'资料图片',
		'',
		'图③：改造前，居民们多次召开议事会，共列出问题86条。社区',
		'和施工单位把最急的问题一条一条列出来，再逐项落实，推行《居',
		'民》公约，要在细处、实处上下功夫，坚持“一条一条办”“一户一户访”',
		'“一件一件改”，让老街的面貌焕然一新。',
		'',
		'本报记者 王芳 摄',
		'',
		'\f',
	];

	test('goes back to the caption it closes, which takes the credit', () => {
		const page = parseConserved(captions.join('\n'));
		expect(page.items.map((item) => [item.kind, item.credit])).toEqual([
			['photo', '资料图片'],
			['photo', '资料图片'],
			['photo', '本报记者 王芳 摄'],
		]);
		expect(page.items[2].paragraphs).toEqual([
			'图③：改造前，居民们多次召开议事会，共列出问题86条。社区和施工单位把最急的问题一条一条列出来，再逐项落实，推行《居民》公约，要在细处、实处上下功夫，坚持“一条一条办”“一户一户访”“一件一件改”，让老街的面貌焕然一新。',
		]);
		expect(page.items[2].authors).toEqual(['王芳']);
	});

	test('stays apart after a short line, which ends its text', () => {
		const short = captions.map((line) => (line.startsWith('和施工单位') ? '和施工单位逐项落实' : line));
		const page = parseConserved(short.join('\n'));
		expect(page.items.at(-1)?.paragraphs[0]).toMatch(/^民》公约/);
	});
});

describe('a bare caption’s tail set apart before its credit', () => {
	test('goes back to the caption, which takes the credit printed on its line', () => {
		const page = parseConserved(
			[
				'08 国际新闻',
				'',
				'【观察】',
				'',
				'港口的一天',
				'据当地媒体报道，有关各方近日在此间举行会谈，就合作事宜交换意见。',
				'据外媒报道，该市政府计划在未来五年内投入资金改善城市供水。为推动文化交流从“线上”走',
				'到“线下”，当地多个部门以多种方式开展活动，掀起了读书学习的热潮。港口的货物吞吐量近',
				'期明显回升，航运企业纷纷增开航线。',
				'',
				'南山村的医生为村民免费体检。',
				'“以前看病要跑几十里路，现在',
				'都在家门口看病了。” 本报记者 孙',
				'明月 摄',
				'',
				'\f',
			].join('\n'),
		);
		expect(page.items).toHaveLength(2);
		expect(page.items[1]).toMatchObject({
			kind: 'photo',
			credit: '本报记者 孙明月 摄',
			authors: ['孙明月'],
			paragraphs: ['南山村的医生为村民免费体检。', '“以前看病要跑几十里路，现在都在家门口看病了。”'],
		});
	});
});

describe('a group’s numbered captions under one credit', () => {
	const group = (numbers: string[]) =>
		[
			'04 地方新闻',
			'',
			'春到江南',
			'',
			...numbers.flatMap((n, k) => [`图${n}：河湾村的村民在田里插秧${k}，`, '一片忙碌景象。']),
			'本报记者 李青 摄',
			'',
			'\f',
		].join('\n');

	test('stay one photo item when they count up from ① and are the page’s only captions', () => {
		const page = parseConserved(group(['①', '②', '③']));
		expect(page.items).toHaveLength(1);
		expect(page.items[0]).toMatchObject({ kind: 'photo', headline: '春到江南', credit: '本报记者 李青 摄' });
		expect(page.items[0].paragraphs).toHaveLength(3);
	});

	test('split when the numbers do not run on from ①', () => {
		expect(parseConserved(group(['②', '③'])).items).toHaveLength(2);
	});
});

describe('an interview’s question under ■ wrapped in its column', () => {
	const interview = (question: string[]) =>
		[
			'05 专访',
			'',
			'把小事办到群众心里',
			'本报记者 周明',
			'　　记者来到河湾镇时，镇',
			'里的便民服务中心刚刚开',
			'门，几位老人已经在窗口',
			'前排队办理业务。',
			...question,
			'镇长说，过去群众办事要',
			'跑好几个部门，现在一个',
			'窗口就能办好，大家都说',
			'方便了不少。',
			'',
			'\f',
		].join('\n');

	test('is a paragraph of the body, the item whole', () => {
		const page = parseConserved(interview(['■群众最关心的是哪', '些方面的事情？']));
		expect(page.items).toHaveLength(1);
		expect(page.items[0].headline).toBe('把小事办到群众心里');
		expect(page.items[0].paragraphs).toContain('■群众最关心的是哪些方面的事情？');
	});

	test('wrapped over three lines, too', () => {
		const page = parseConserved(interview(['■下一步如何推进', '当前的基层治理和服务方', '面的工作？']));
		expect(page.items).toHaveLength(1);
		expect(page.items[0].paragraphs).toContain('■下一步如何推进当前的基层治理和服务方面的工作？');
	});
});

describe('a dateline whose date the wrap put on the next line', () => {
	test('opens the body under its headline, its first line no head of its own', () => {
		const page = parseConserved(
			[
				'06 国际新闻',
				'',
				'某国推出农业支持措施',
				'据新华社阿斯塔纳',
				'12月11日电 据当地统计部',
				'门数据，今年前6个月，相',
				'关产品出口额达37.6亿美',
				'元，同比增长了一成多。',
				'',
				'\f',
			].join('\n'),
		);
		expect(page.items).toHaveLength(1);
		expect(page.items[0].headline).toBe('某国推出农业支持措施');
		expect(page.items[0].paragraphs[0]).toMatch(/^据新华社阿斯塔纳12月11日电/u);
	});
});

describe('an interview’s turns cut off their article', () => {
	test('go back to the interview, past a photo printed between', () => {
		const page = parseConserved(
			[
				'07 专访',
				'',
				'让村里的日子越过越红火',
				'本报记者 周明',
				'',
				'问：村里这两年最大的变化是',
				'什么？',
				'答：最大的变化是路通了，村里',
				'的特产能运出去了，群众的收入',
				'也一年比一年高。',
				'',
				'新桥通车',
				'东河上的新桥日前建成通车。',
				'王芳 摄',
				'',
				'问：下一步还有什么打算？',
				'答：我们准备办一个合作社，带',
				'着大家一起把产业做大做强。',
				'',
				'\f',
			].join('\n'),
		);
		expect(page.items.map((item) => item.headline)).toEqual(['让村里的日子越过越红火', '新桥通车']);
		expect(page.items[0].paragraphs).toHaveLength(4);
		expect(page.items[0].paragraphs[2]).toBe('问：下一步还有什么打算？');
	});
});

describe('a photo group’s numbered captions printed apart', () => {
	const dump = (second: string) =>
		[
			'09 文化',
			'',
			'秋收时节',
			'图①：河湾村的村民在田里收割',
			'稻谷。',
			'',
			'让文化走进百姓身边',
			'本报记者 李青',
			'今年以来，河湾镇新建了十个',
			'文化活动室，村民们在家门口就',
			'能看书、下棋、唱戏。',
			'',
			`${second}：孩子们在晒场上帮着翻晒`,
			'玉米。 本报记者 王芳 摄',
			'',
			'\f',
		].join('\n');

	test('join again, the credit under the last closing the group', () => {
		const page = parseConserved(dump('图②'));
		expect(page.items.map((item) => item.headline)).toEqual(['秋收时节', '让文化走进百姓身边']);
		expect(page.items[0]).toMatchObject({ kind: 'photo', credit: '本报记者 王芳 摄' });
		expect(page.items[0].paragraphs).toHaveLength(2);
	});

	test('stay apart when the numbers do not run on', () => {
		expect(parseConserved(dump('图③')).items).toHaveLength(3);
	});
});
