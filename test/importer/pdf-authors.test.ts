import { describe, expect, test } from 'vitest';
import { readInnerBracketAuthors } from '../../src/lib/importer/detect-byline.ts';
import { parseConserved } from '../support/parse-conserved.ts';

describe("a dateline's brackets inside a PDF extraction's text", () => {
	test('read the reporters of the one bracket of roles and names a body holds anywhere', () => {
		expect(readInnerBracketAuthors(['这种模式既降低了成本，（记者王芳、李强）近日，新区图书馆开馆。'])).toEqual([
			'王芳',
			'李强',
		]);
		expect(readInnerBracketAuthors(['图书馆开馆。', '成本，（记者 王芳 通讯员 李强）近日…'])).toEqual(['王芳', '李强']);
		// The same bracket twice (a story's opening printed twice over) still names one pair.
		expect(readInnerBracketAuthors(['（记者王芳）近日…', '成本，（记者王芳）近日…'])).toEqual(['王芳']);
		// Two brackets naming others are two stories' openings; brackets of text, or of no role, name no one.
		expect(readInnerBracketAuthors(['成本，（记者王芳）近日…', '（记者李强）图书馆…'])).toBeUndefined();
		expect(readInnerBracketAuthors(['他说，（记者从会上获悉）近日…'])).toBeUndefined();
		expect(readInnerBracketAuthors(['居民（王芳）说，近日…'])).toBeUndefined();
	});

	test("sign an unsigned story of a pdftotext extraction whose dateline's brackets came mid-text", () => {
		// Another column's line (这种模式…) printed before the story's opening, whose place and date went elsewhere.
		const lines = [
			'新区图书馆开馆',
			'',
			'这种模式既降低了成本，',
			'',
			'（记者王芳、李强）近',
			'',
			'日，新区图书馆正式开馆，',
		];
		const page = parseConserved([...lines, '', '每天接待读者上千人次。', '', '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([['新区图书馆开馆', ['王芳', '李强']]]);
		// A text dump keeps its own order: brackets inside the text sign nothing there.
		const text = parseConserved([...lines, '', '每天接待读者上千人次。'].join('\n'));
		expect(text.items.map((i) => i.authors)).toEqual([[]]);
	});

	test("sign an unsigned story with the reporter's bracketed sign-off the extraction ran into its text, taken out of the text", () => {
		// The sign-off closed the story's first column; another column's lines came on after it.
		const lines = [
			...['老街换新颜', '', '施工队清晨进场，铺设新的排水', '管道，两旁的商户照常营业。', ''],
			...['居民们说，下雨天再也不用', '蹚水出门了。街道还新修了口', '', '袋公园，老人们常来这里下棋', ''],
			...['（本报记者 张海涛 李强）', '下一步，街道将继续完善', '服务设施，方便群众出行。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors, i.byline])).toEqual([
			['老街换新颜', ['张海涛', '李强'], '（本报记者 张海涛 李强）'],
		]);
		expect(page.items[0].paragraphs.join('')).not.toContain('记者');
		// A text dump keeps its own order: the brackets inside the text sign nothing there.
		expect(parseConserved(lines.join('\n')).items.map((i) => i.authors)).toEqual([[]]);
	});

	test('sign an unsigned item of a pdftotext extraction with a bare name standing as its second label', () => {
		const lines = [
			...['■民生', '', '新区图书馆开馆', '', '近日，新区图书馆正式开馆，', '每天接待读者上千人次。', ''],
			...['■一线视角', '', '许平', '', '老街换新颜', '', '老街修缮坚持修旧如旧。', '居民们很满意。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors, i.section])).toEqual([
			['新区图书馆开馆', [], '民生'],
			['老街换新颜', ['许平'], '一线视角'],
		]);
		expect(page.warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
		// A text dump keeps it a label that found no free item.
		const text = parseConserved(lines.join('\n').trimEnd());
		expect(text.items.map((i) => i.authors)).toEqual([[], []]);
		expect(text.warnings.filter((w) => w.code === 'unplaced').map((w) => w.text)).toEqual(['许平']);
	});

	test("sign an unsigned item of a pdftotext extraction by a dateline's brackets set apart over its text", () => {
		const lines = [
			'（记者董敏、李强）企业',
			'',
			'不用挤在一起了。问题解决了，群众的心气也顺了。',
			'居民们说，现在办事方便多了。',
		];
		const page = parseConserved([...lines, '', '\f'].join('\n'));
		// The brackets open the text, no headline (classify.ts, piecesAsText).
		expect(page.items.map((i) => [i.headlineMissing, i.authors])).toEqual([[true, ['董敏', '李强']]]);
		expect(page.items[0].paragraphs[0]).toMatch(/^（记者董敏、李强）企业/u);
	});

	test('sign an unsigned item of a pdftotext extraction with a bare name the labels took as its section', () => {
		const page = (label: string, ending: string[]) => [
			...['新区图书馆开馆', '', '本报记者 王芳', '', '近日，新区图书馆正式开馆，', '', '每天接待读者上千人次。'],
			...['', label, '', '老街换新颜', '', '老街修缮坚持修旧如旧。', '', ...ending],
		];
		const signed = parseConserved(page('吴峰', ['\f']).join('\n'));
		expect(signed.items.map((i) => [i.headline, i.authors, i.section ?? null])).toEqual([
			['新区图书馆开馆', ['王芳'], null],
			['老街换新颜', ['吴峰'], null],
		]);
		// A column's name stays a section; a text dump keeps a bare name a label.
		const column = parseConserved(page('民生', ['\f']).join('\n'));
		expect(column.items.map((i) => [i.authors, i.section ?? null])).toEqual([
			[['王芳'], null],
			[[], '民生'],
		]);
		const text = parseConserved(page('吴峰', []).join('\n').trimEnd());
		expect(text.items.map((i) => [i.authors, i.section ?? null])).toEqual([
			[['王芳'], null],
			[[], '吴峰'],
		]);
	});
});

describe("a reporter's byline a pdftotext extraction spread a word a line", () => {
	test('takes back the name the labels took as the section, in the page order', () => {
		const page = (ending: string[]) => [
			...['新区图书馆开馆', '', '近日，新区图书馆正式开馆，', '', '每天接待读者上千人次。', ''],
			...['老街换新颜', '', '王芳', '', '通讯员 李强', '', '老街修缮坚持修旧如旧。', '', '居民们很满意。', ...ending],
		];
		const signed = parseConserved(page(['', '\f']).join('\n'));
		expect(signed.items.map((i) => [i.headline, i.authors, i.byline ?? null, i.section ?? null])).toEqual([
			['新区图书馆开馆', [], null, null],
			['老街换新颜', ['王芳', '李强'], '王芳 通讯员 李强', null],
		]);
		// A text dump keeps a bare name a label.
		const text = parseConserved(page([]).join('\n'));
		expect(text.items.map((i) => [i.authors, i.section ?? null])).toEqual([
			[[], null],
			[['李强'], '王芳'],
		]);
	});
});

describe("a reporter's byline wrapped after its role and again inside the next role", () => {
	test('reads as one byline, the role whole: `□本报记者` / `王芳 通讯` / `员 李强`', () => {
		const lines = [
			'老街换新颜',
			'',
			'□本报记者',
			'王芳 通讯',
			'员 李强',
			'',
			'老街修缮坚持修旧如旧，',
			'居民们很满意。',
		];
		const page = parseConserved([...lines, '', '\f'].join('\n'));
		expect(page.items.map((i) => [i.byline, i.authors, i.paragraphs])).toEqual([
			['本报记者 王芳 通讯员 李强', ['王芳', '李强'], ['老街修缮坚持修旧如旧，居民们很满意。']],
		]);
	});
});

describe('a credit naming a source, cut from its photographer', () => {
	const page = (last: string) =>
		[
			...['图①：游客在西山镇的一处景区游览拍照。', '王芳摄', '', '图②：这是拍摄的东林市城区一角。', '新华社发'],
			...['', '本版责编：李强', '', last, '', '\f'],
		].join('\n');

	test('a name and 摄 that no caption takes goes on the credit before it that names no photographer', () => {
		const joined = parseConserved(page('梁娟摄'));
		expect(joined.items.map((i) => [i.kind, i.credit, i.authors])).toEqual([
			['photo', '王芳摄', ['王芳']],
			['photo', '新华社发 梁娟摄', ['梁娟']],
		]);
	});

	test('a credit with a source of its own is whole, and stays unplaced', () => {
		const apart = parseConserved(page('梁娟 摄（人民视觉）'));
		expect(apart.items.map((i) => [i.credit, i.authors])).toEqual([
			['王芳摄', ['王芳']],
			['新华社发', []],
		]);
		expect(apart.warnings.filter((w) => w.code === 'unplaced').map((w) => w.text)).toEqual(['梁娟 摄（人民视觉）']);
	});
});

describe('credits printed in a run after the captions they close', () => {
	const lines = [
		...['东林新貌', '', '近日，游客在西山镇的一处景区游览拍照。', '', '秋收时节', ''],
		...['近日，农民在田间收割水稻，', '到处是丰收的景象。', '王芳 摄', '', '新华社记者 李强 摄', ''],
		...['老街换新颜', '', '近日，老街修缮工程完工。', '', '居民们纷纷前来散步，', '老人们在树下下棋。', ''],
	];

	test('in a pdftotext extraction, the one set tight closes the last caption, the next the caption before', () => {
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.kind, i.headline, i.credit ?? '', i.authors])).toEqual([
			['photo', '东林新貌', '新华社记者 李强 摄', ['李强']],
			['photo', '秋收时节', '王芳 摄', ['王芳']],
			['article', '老街换新颜', '', []],
		]);
	});
});

describe('a run of more credits than the captions open before it', () => {
	test('in a pdftotext extraction, the first close those captions in order, the rest go on to the next photo', () => {
		const lines = [
			...['③这是11月28日拍摄的城区一角。 本报记者 余溪建摄', '', '④3月13日，人们参加当地的节日庆祝活动。', ''],
			...['图⑤：近日，在石桥镇，茶农在茶园采摘春茶。', '', '陆丹宏 摄', '', '新华社记者 任建志 摄', ''],
			...['马海丹 摄', '', '图⑥：2月12日，人们参加当地的节日庆祝活动。', '', '\f'],
		];
		const page = parseConserved(lines.join('\n'));
		expect(page.items.map((i) => [i.paragraphs[0].slice(0, 3), i.authors])).toEqual([
			['③这是', ['余溪建']],
			['④3月', ['陆丹宏']],
			['图⑤：', ['任建志']],
			['图⑥：', ['马海丹']],
		]);
	});
});

describe('the credits of two photo groups set side by side', () => {
	test('two captions of one number, then two credits: pdftotext read the credits from the second back', () => {
		const lines = [
			...['图①：游客在西山镇的一处景区游览拍照。', '', '图①：工人在东林市一家企业的生产线上作业。', ''],
			...['新华社记者 李强 摄', '', '王芳 摄', '', '\f'],
		];
		const page = parseConserved(lines.join('\n'));
		expect(page.items.map((i) => [i.paragraphs[0].slice(0, 3), i.authors])).toEqual([
			['图①：', ['王芳']],
			['图①：', ['李强']],
		]);
		expect(page.items.map((i) => i.paragraphs[0].slice(3, 5))).toEqual(['游客', '工人']);
	});

	test('numbers that run on pair their credits in order', () => {
		const lines = [
			...['图①：游客在西山镇的一处景区游览拍照。', '', '图②：工人在东林市一家企业的生产线上作业。', ''],
			...['新华社记者 李强 摄', '', '王芳 摄', '', '\f'],
		];
		const page = parseConserved(lines.join('\n'));
		expect(page.items.map((i) => i.authors)).toEqual([['李强'], ['王芳']]);
	});
});

describe('captions each closed by a credit set tight under it', () => {
	test('a credit the caption before cannot take does not go to a caption that has its own credit', () => {
		// The second credit stands under a line read as a heading; the caption before is closed
		// already, and so is the caption after (its credit set tight under its last line).
		const lines = [
			...['图①：游客在新建的湿地公园里散步，', '湖边的步道连成了一圈。', '本报记者 王芳 摄', ''],
			...['湖畔春色正浓', '资料图片', ''],
			...['图②：老街修缮工程完工后，居民们在', '树下下棋聊天。', '新华社记者 李强 摄', ''],
			...['图③：孩子们在社区图书馆里读书，馆', '内设有少儿阅览区。', '赵敏 摄', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.paragraphs[0].slice(0, 3), i.credit, i.authors])).toEqual([
			['图①：', '本报记者 王芳 摄', ['王芳']],
			['图②：', '新华社记者 李强 摄', ['李强']],
			['图③：', '赵敏 摄', ['赵敏']],
		]);
		expect(page.warnings.filter((w) => w.code === 'unplaced').map((w) => w.text)).toEqual(['资料图片']);
	});
});

describe('a byline spread one word a piece', () => {
	test("takes no date's weekday printed among its words for a name", () => {
		const lines = ['老街换新颜', '本报记者', '', '星期五', '', '王芳', ''];
		const body = ['近日，老街修缮工程完工，居民们', '纷纷前来散步，老人们在树下', '下棋，孩子们追逐嬉戏。', '', '\f'];
		const page = parseConserved([...lines, ...body].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([['老街换新颜', ['王芳']]]);
		expect(page.furniture.map((f) => f.text)).toEqual(['星期五']);
	});

	test("reads a byline's mark before the role, the names each a blank line apart", () => {
		const lines = ['老街换新颜', '□本报记者', '', '孙戊', '', '李乙', ''];
		const body = ['近日，老街修缮工程完工，居民们', '纷纷前来散步，老人们在树下', '下棋，孩子们追逐嬉戏。', '', '\f'];
		const page = parseConserved([...lines, ...body].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([['老街换新颜', ['孙戊', '李乙']]]);
	});
});

describe("a dateline's brackets cut by the wrap, on a line of their own", () => {
	test('join the line that completes them, printed after another column', () => {
		const lines = [
			'●新图书馆开馆',
			'',
			'本报重庆3月5日电',
			'（记者王芳',
			'',
			'老街修缮工程顺利完工，居民们',
			'纷纷前来散步。',
			'',
		];
		const rest = ['通讯员李强）近日，东林市新建的', '图书馆正式开馆。', '', '\f'];
		const page = parseConserved([...lines, ...rest].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors, i.paragraphs[0]])).toEqual([
			['新图书馆开馆', ['王芳', '李强'], '本报重庆3月5日电（记者王芳通讯员李强）近日，东林市新建的图书馆正式开馆。'],
		]);
	});
});

/**
 * A pdftotext extraction of two commentaries set side by side: both heads read row by row
 * (`firstHeadline`, `让文明成为一种习惯`, `◎王芳`, `◎李强`), then the first column's text, another
 * story, and the second column's text.
 */
function sideBySideCommentaries(firstHeadline: string) {
	const heads = ['晨光日报', '', firstHeadline, '', '让文明成为一种习惯', '', '◎王芳', '', '◎李强', ''];
	const first = [
		'老街改造已进行了三个月，沿街商户',
		'纷纷说好。整治不能一阵风，要建立长',
		'效机制，让街巷常净常新。',
		'',
	];
	const story = ['新区图书馆开馆', '', '本报记者 赵敏', '', '近日，新区图书馆正式开馆，每天接待'];
	const storyEnd = ['读者上千人次。馆内设有少儿阅览区和', '自习区，市民纷纷前来借阅。', ''];
	const second = [
		'公交车上主动让座，小区里垃圾',
		'分类，文明正在成为城市的日常。',
		'每个人都是文明的参与者，也是',
		'受益者。',
		'',
	];
	return parseConserved([...heads, ...first, ...story, ...storyEnd, ...second, '\f'].join('\n'));
}

describe('the head blocks of two commentaries set side by side, stacked by pdftotext', () => {
	test('each headline goes with the byline of its rank: the first to the first body, the second to a later headless one', () => {
		// pdftotext read both heads row by row (headline, headline, byline, byline), then the first
		// column's text, another story, and the second column's text.
		const page = sideBySideCommentaries('街巷整治要久久为功');
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([
			['街巷整治要久久为功', ['王芳']],
			['新区图书馆开馆', ['赵敏']],
			['让文明成为一种习惯', ['李强']],
		]);
		expect(page.warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
	});
});

describe('two headlines that read as one wrapped, each with a signature under its own mark', () => {
	test('are two head blocks: a wrapped headline has one writer', () => {
		// `切实守护群众的` runs on as a wrapped headline would; the two ◎ signatures under it say the
		// extraction stacked the heads of two commentaries set side by side.
		const page = sideBySideCommentaries('切实守护群众的');
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([
			['切实守护群众的', ['王芳']],
			['新区图书馆开馆', ['赵敏']],
			['让文明成为一种习惯', ['李强']],
		]);
	});
});

describe('a signature standing alone between two texts of a pdftotext extraction', () => {
	test('set tight under the finished text above, a blank line under it, signs that text, not the next', () => {
		const first = [
			'老街换新颜',
			'',
			'近日，老街修缮工程完工，居民们',
			'纷纷前来散步，老人们在树下',
			'下棋，孩子们追逐嬉戏。',
		];
		const second = ['文/孙戊', '', '本报讯 家门口的食堂开张以后，老人', '们吃饭方便了许多。', '', '\f'];
		const page = parseConserved([...first, ...second].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([
			['老街换新颜', ['孙戊']],
			['（无标题）', []],
		]);
	});

	test('so does one first in its gap with a headline after it: the next headline’s text is not its', () => {
		const first = [
			'老街换新颜',
			'',
			'近日，老街修缮工程完工，居民们',
			'纷纷前来散步，老人们在树下',
			'下棋，孩子们追逐嬉戏。',
		];
		const second = ['文/孙戊', '', '社区食堂开张', '', '家门口的食堂开张以后，老人', '们吃饭方便了许多。', '', '\f'];
		const page = parseConserved([...first, ...second].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([
			['老街换新颜', ['孙戊']],
			['社区食堂开张', []],
		]);
	});
});

describe("a writer's name under an end mark (■), tight under a text's last sentence", () => {
	const commentary = [
		'把好事办到实处',
		'',
		'说到底，服务群众要靠实打实的',
		'行动，不能只停留在纸面上。',
		'办好一件事，胜过十句口号。',
		'■ 韩志远',
		'',
		'6月3日，社区志愿者在广场上义诊。',
		'',
	];

	test('signs that text in a pdftotext extraction, and the caption after it stays apart', () => {
		const page = parseConserved([...commentary, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([
			['把好事办到实处', ['韩志远']],
			[expect.any(String), []],
		]);
		expect(page.items[0].paragraphs.join('')).not.toContain('义诊');
	});

	test("is a column's label when it names no person, or stands apart from the text", () => {
		const label = commentary.map((line) => (line === '■ 韩志远' ? '■简讯' : line));
		expect(parseConserved([...label, '\f'].join('\n')).items[0].authors).toEqual([]);
	});
});

describe('a name set tight between a head and its text in a pdftotext extraction', () => {
	test('signs the text, however full the head line over it', () => {
		const lines = [
			'让好政策落到百姓身边',
			'——关于基层服务的几点思考',
			'韩志远',
			'从实践看，服务群众是一项长',
			'期工作，须臾离不开扎实的调',
			'查研究，不能只停留在纸面。',
			'',
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([['让好政策落到百姓身边', ['韩志远']]]);
		expect(page.items[0].paragraphs[0]).toMatch(/^从实践看/u);
	});
});

describe("a photo's credit that the segmentation gave a story signed by its byline", () => {
	test("names the photographer, not one of the story's authors", () => {
		const lines = [
			...['老街换新颜', '', '文/王芳', '', '施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。', ''],
			...['居民们说，下雨天再也不用蹚水出门了。', '', '图为改造后的老街。', '本报记者 李强 摄', ''],
		];
		for (const dump of [[...lines, '\f'].join('\n'), lines.join('\n')]) {
			const page = parseConserved(dump);
			expect(page.items.map((i) => [i.headline, i.authors, i.credit])).toEqual([
				['老街换新颜', ['王芳'], '本报记者 李强 摄'],
			]);
		}
	});
});

describe("a photo's credit tight under a story's text in a pdftotext extraction, then its title and caption", () => {
	test('closes the titled caption under it, not the text above: the story keeps its last paragraph', () => {
		const lines = [
			...['减负要减到实处', '◎韩志远', '', '基层干部反映，一些检查考核名目', '繁多，占去了大量的工作时间。', ''],
			...['对此，各地陆续出台了清理规范的', '具体办法，取得了初步成效。', '', '', '', ''],
			...['下一步，还要把减负的成效体现在群众满意上，让干部把更多精力用在办实事上。', '新华社记者 李强 摄', ''],
			...['雪后初晴', '清晨，游客在公园里赏雪。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors, i.credit ?? null])).toEqual([
			[expect.any(String), ['韩志远'], null],
			['雪后初晴', ['李强'], '新华社记者 李强 摄'],
		]);
		expect(page.items[0].paragraphs.at(-1)).toMatch(/^下一步/u);
	});
});

describe("a story's sign-off in brackets under its last sentence, a photo's credit after it", () => {
	const story = [
		'河畔步道开放',
		'',
		'本月起，沿河步道全线开放，附近',
		'居民每天傍晚都来这里散步。',
		'',
		'步道沿线还新设了十处休息座椅，',
		'老人们走累了可以坐下歇脚。',
		'（杜文海）',
	];

	test('signs the story, and the credit takes no caption from its text', () => {
		const page = parseConserved([...story, '', '新华社发', '', '\f'].join('\n'));
		expect(page.items[0]).toMatchObject({ headline: '河畔步道开放', authors: ['杜文海'], kind: 'article' });
		expect(page.items[0].paragraphs.join('')).not.toContain('杜文海');
	});

	test('so does a reporter’s sign-off set tight over the credit', () => {
		const signed = story.map((line) => (line === '（杜文海）' ? '（记者 杜文海）' : line));
		const page = parseConserved([...signed, '社区供图', '', '\f'].join('\n'));
		expect(page.items[0]).toMatchObject({ authors: ['杜文海'], kind: 'article' });
	});
});

describe("a source credit between a text closed by its signature and a photo's title over its caption", () => {
	const page = [
		'多读一些好书',
		'',
		'读书会每周六在图书馆举行，附近的居民都可以来参加，',
		'不必报名。活动办了三年，常来的读者已有两百多人，',
		'图书馆还为他们开了专门的阅览室。',
		'◎冯晓岚',
		'',
		'资料图片',
		'',
		'湖边的晨读时光',
		'清晨，市民在湖边公园里读书。近年来，当地新建了',
		'多处城市书房。',
		'',
		'\f',
	];

	test('is the photo’s credit: the signed text stays a commentary signed by its writer', () => {
		const parsed = parseConserved(page.join('\n'));
		expect(parsed.items.map((i) => [i.headline, i.kind, i.authors, i.credit])).toEqual([
			['多读一些好书', 'commentary', ['冯晓岚'], undefined],
			['湖边的晨读时光', 'photo', [], '资料图片'],
		]);
	});

	test('not when a blank line sets the signature apart from the text above', () => {
		const apart = [...page.slice(0, 5), '', ...page.slice(5)];
		const parsed = parseConserved(apart.join('\n'));
		expect(parsed.items.find((i) => i.headline === '湖边的晨读时光')?.credit).toBeUndefined();
	});
});

describe("a poet's name closing the verse lines of a pdftotext extraction", () => {
	const page = [
		'近日，社区举办了读书分享会，居民们纷纷上台朗读自己',
		'喜爱的作品，现场气氛热烈。',
		'',
		'故园春早',
		'山坡上的桃花开了',
		'河水绕过村口的老桥',
		'燕子衔来新泥',
		'母亲在灶前生火',
		'炊烟升上了屋顶',
		'我们在田埂上奔跑',
		'林秀文',
		'',
		'责任编辑：王明',
		'',
		'\f',
	];

	test('signs the poem, and is none of its lines', () => {
		const poem = parseConserved(page.join('\n')).items.find((i) => i.headline === '故园春早');
		expect(poem).toMatchObject({ authors: ['林秀文'], kind: 'article' });
		expect(poem?.paragraphs).toHaveLength(6);
	});

	test('a last line that names no one stays a line of the poem', () => {
		const unsigned = page.map((line) => (line === '林秀文' ? '我们回家' : line));
		const poem = parseConserved(unsigned.join('\n')).items.find((i) => i.headline === '故园春早');
		expect(poem?.authors).toEqual([]);
		expect(poem?.paragraphs.at(-1)).toBe('我们回家');
	});
});

describe("a writer's signature tight under the text of a commentary its head signs by a role alone", () => {
	const page = [
		'把小事办实',
		'',
		'本报评论员',
		'',
		'群众的事无小事，一件件办好了，',
		'信任也就一点点攒起来了。办事',
		'要有耐心，更要有恒心。',
		'◎郑立群',
		'',
		'社区夜校本周开课，居民们报名',
		'十分踊跃，不少老人也来了。',
		'',
		'\f',
	];

	test('names that commentary’s writer, not the text below', () => {
		const parsed = parseConserved(page.join('\n'));
		expect(parsed.items.map((i) => [i.headline, i.authors])).toEqual([
			['把小事办实', ['郑立群']],
			['（无标题）', []],
		]);
	});

	test('a reporter’s byline set there does not sign the commentator’s text', () => {
		const reporter = page.map((line) => (line === '◎郑立群' ? '本报记者 郑立群' : line));
		expect(parseConserved(reporter.join('\n')).items[0].authors).toEqual([]);
	});
});

describe('a name tight under the short tail of a wrapped headline in a pdftotext extraction', () => {
	const page = [
		'图书馆新馆开放以来，前来借阅的读者络绎',
		'不绝，周末更是一座难求。',
		'',
		'把好事办进居民',
		'家门口',
		'周海林',
		'通过社区议事会，居民们',
		'提出的停车难问题有了着',
		'落，新的停车场已经启用。',
		'',
		'\f',
	];

	test('signs the story under it and is no part of its headline', () => {
		const item = parseConserved(page.join('\n')).items.find((i) => i.headline.startsWith('把好事'));
		expect(item).toMatchObject({ headline: '把好事办进居民家门口', authors: ['周海林'] });
	});

	test('a tail ending on a pause is running text, not a head', () => {
		const text = page.map((line) => (line === '家门口' ? '家门口，' : line));
		const items = parseConserved(text.join('\n')).items;
		expect(items.some((i) => i.authors.includes('周海林'))).toBe(false);
	});
});

describe('two signatures stacked apart over a body in a pdftotext extraction', () => {
	const page = [
		'月光',
		'',
		'【散文】',
		'',
		'河边的柳树',
		'□陈晓梅',
		'',
		'□孙立平',
		'春天来得早，河边的柳',
		'树已经抽出了新芽，孩子',
		'们在树下追逐嬉戏。',
		'',
		'\f',
	];

	test('the one set tight over the text signs it, the other signs another item', () => {
		const parsed = parseConserved(page.join('\n'));
		const signed = parsed.items.find((i) => i.paragraphs.some((p) => p.startsWith('春天来得早')));
		expect(signed?.authors).toEqual(['孙立平']);
	});

	test('both sign a text none of them stands tight over', () => {
		const apart = page.map((line) => (line === '□孙立平' ? '□孙立平\n' : line));
		const parsed = parseConserved(apart.join('\n'));
		const signed = parsed.items.find((i) => i.paragraphs.some((p) => p.startsWith('春天来得早')));
		expect(signed?.authors).toHaveLength(2);
	});
});

describe('a caption set under its credit in a pdftotext extraction, text read on past the picture under it', () => {
	test('the caption is a photo of its own: the paragraph a blank line under it does not run on into it', () => {
		const lines = [
			...['老街焕新颜', '◎韩志远', '', '基层干部反映，老街改造以后，', '居民出行更方便了。', ''],
			...['本报记者 任超 摄', '工人在青石市一家企业的生产线上', '作业。', ''],
			...['在调解员的耐心劝说下，双方最终', '握手言和。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		const photo = page.items.find((i) => i.credit !== undefined);
		expect(photo).toMatchObject({
			kind: 'photo',
			authors: ['任超'],
			paragraphs: ['工人在青石市一家企业的生产线上作业。'],
		});
	});

	test('keep a byline set tight under its headline with a column label right under it with that headline, in a pdftotext extraction', () => {
		// pdftotext printed a box set beside the head block (its label, its title, its text) right under
		// the byline, before the article's own text.
		const lines = [
			...['把小事办到群众心坎上', '◎王芳', '【相关阅读】', '', '几组数字'],
			...['截至目前，全市新', '建便民服务点82个，', '覆盖全部街道。群众', '办事更方便了。', ''],
			...['近年来，各地把群众身边的小', '事当作大事来办，一件件民生', '实事接连落地，群众的获得感'],
			...['不断增强。办好一件实事，离', '不开体制机制的持续创新。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors, i.section])).toEqual([
			['几组数字', [], '相关阅读'],
			['把小事办到群众心坎上', ['王芳'], undefined],
		]);
	});
});

describe('a head block pdftotext printed over a picture beside it', () => {
	test('keeps its byline with its headline when the headline heads a later body, past the caption after it', () => {
		// The head block (`老街换新颜` / `□新华社记者 江伟`, one block) printed where its column's top
		// stood, over a photo's caption and credit; its body comes after the page's pictures.
		const dump = [
			...[
				'社区书屋开门了',
				'',
				'城西社区的书屋今天开门，居民们排队借书。书屋里有',
				'图书三千册，每天开放到晚上八点。社区工作人员说，',
			],
			...['今后还将增加少儿读物。', '', '修缮老屋顶', '', '街巷更整洁', '', '老街换新颜', '□新华社记者 江伟', ''],
			...[
				'图①：工人在老街修缮屋顶。',
				'',
				'新华社记者 王芳 摄',
				'',
				'图②：居民在新修的步道上散步。',
				'',
				'新华社发',
				'',
			],
			...['■北疆风采', '', '古城的春天', '', '游客在古城墙下赏花，拍照留念。', '', '李强 摄（人民视觉）', ''],
			...['老街的改造从今年春天开始，先后完成了屋顶防水和', '管网更新。如今，街巷整洁，游客络绎不绝。一位老'],
			...['住户说，住了几十年，没想到老街还能这么漂亮。', '', '\f'],
		].join('\n');
		const page = parseConserved(dump);
		const street = page.items.find((i) => i.headline === '老街换新颜');
		expect(street?.authors).toEqual(['江伟']);
		expect(street?.paragraphs[0].startsWith('老街的改造')).toBe(true);
		// The caption stays signed by its credit.
		expect(page.items.find((i) => i.paragraphs[0].startsWith('图①'))?.authors).toEqual(['王芳']);
	});
});

describe("a column label printed again over a commentary's text", () => {
	test('names no writer: the signature under the headline signs the text', () => {
		// `■来论` labels the column; pdftotext printed the label again right over the text, where it
		// reads as a name alone (a signature) after the writer's own `□王芳`.
		const dump = [
			...['■来论', '', '守住底线才能行', '稳致远', '□王芳', '', '来论', '办好一件事，', '胜过喊一百句口'],
			...['号。小切口里有大', '民生，细微处见真', '功夫。', '', '好的作风，是干', '出来的，也是管出'],
			...['来的。对照群众期', '盼找差距，才能有', '的放矢。', '（作者为某中', '学教师）', ''],
			...['让好政策真正落地', '◎本报评论员 李强', '', '发展为了人民，这是一道必答题。群众的急难愁盼，'],
			...['就是工作的着力点。', '', '\f'],
		].join('\n');
		const page = parseConserved(dump);
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([
			['守住底线才能行稳致远', ['王芳']],
			['让好政策真正落地', ['李强']],
		]);
	});
});

describe("a writer's name set tight under a text's last sentence", () => {
	test('signs that text, not the item after the labels under it', () => {
		// `王立` is printed in the text's own block (no blank line above it), a blank line under it,
		// then the next item's column labels and headline: a signature, not a label.
		const dump = [
			...['短评', '', '蹲点调研——', '', '为基层减负要动真格'],
			...['问题在一线发现，办法从一线找到，成效由一线检验。只有把功夫下在平时，', '关键时刻才能顶得上、靠得住。', ''],
			...['民生无小事，枝叶总关情。群众的急难愁盼，就是工作的着力点。创新不是灵', '光一现，而是日积月累的结果。'],
			...['王立', '', '短评', '', '小切口做好大文', '章', '', '【今日谈】', '也要看到，便', '', '民服务涉及方方', ''],
			...['轻人的参与。从长', '', '远看，乡村振兴是', '', '别让形式主义挤占实干时间', '', '遇。制度的生命力', ''],
			...['在于执行。再好的', '', '□李强', '', '\f'],
		].join('\n');
		const page = parseConserved(dump);
		expect(page.items[0].headline).toBe('为基层减负要动真格');
		expect(page.items[0].authors).toEqual(['王立']);
		expect(page.items.slice(1).flatMap((i) => i.authors)).not.toContain('王立');
	});
});

describe("a pdftotext extraction's story closed by its sign-off", () => {
	test('ends where its bracketed sign-off stands under a sentence, one line or wrapped; the text after it is another story', () => {
		const story = ['老街换新颜', '', '施工队清晨进场，铺设新的排水', '管道，商户照常营业。'];
		const after = ['', '“变化是看得见、摸得着的。”', '项目负责人王刚说。', ''];
		// The sign-off under the text, or a block of its own that the column wrapped.
		for (const signOff of [['（本报记者 张海涛 李强）'], ['', '（本报记者 张海涛 李', '强）']]) {
			const lines = [...story, ...signOff, ...after];
			const page = parseConserved([...lines, '\f'].join('\n'));
			expect(page.items[0].headline).toBe('老街换新颜');
			expect(page.items[0].authors).toEqual(['张海涛', '李强']);
			expect(page.items[0].paragraphs).toEqual(['施工队清晨进场，铺设新的排水管道，商户照常营业。']);
			expect(page.items.slice(1).flatMap((i) => i.paragraphs)).toEqual([
				'“变化是看得见、摸得着的。”项目负责人王刚说。',
			]);
		}
	});

	test("ends where an interview's note closes it, a line of its own; the note stays its text", () => {
		const lines = [
			'老街换新颜',
			'',
			'施工队清晨进场，铺设新的排水',
			'管道，商户照常营业。',
			'（本报记者 张海涛采访整理）',
		];
		const page = parseConserved(
			[...lines, '', '“变化是看得见、摸得着的。”', '项目负责人王刚说。', '', '\f'].join('\n'),
		);
		expect(page.items.map((i) => [i.headline, i.authors, i.paragraphs.length])).toEqual([
			['老街换新颜', ['张海涛'], 2],
			[expect.any(String), [], 1],
		]);
	});
});
