import { describe, expect, test } from 'vitest';
import { readsAsTextPiece } from '../../src/lib/importer/classify.ts';
import { parseConserved } from '../support/parse-conserved.ts';

describe("heads in a pdftotext extraction's order", () => {
	test('a piece of text with a pause the way a sentence has one is no head', () => {
		expect(readsAsTextPiece('参与调研的专家建议，')).toBe(true);
		expect(readsAsTextPiece('截至目前，全')).toBe(true);
		expect(readsAsTextPiece('4134名，为产业发展注入')).toBe(true);
		expect(readsAsTextPiece('“我们要做的，就是把群众')).toBe(true);
		// Two whole phrases side by side, a subheadline's dash before them: a head's pause.
		expect(readsAsTextPiece('脚下有泥，心中有光')).toBe(false);
		expect(readsAsTextPiece('——办事不再跑腿，好山好水好风光')).toBe(false);
		expect(readsAsTextPiece('新区图书馆开馆')).toBe(false);
	});

	test("a piece of another column's text set apart between a head and its text stays text", () => {
		const lines = [
			...['新区图书馆开馆', '', '近日，新区图书馆正式开馆，', '每天接待读者上千人次。', ''],
			...['截至目前，全', '', '市已累计完成改造800户，', '惠及群众2000余人。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['新区图书馆开馆']);
		expect(page.items[0].paragraphs.join('')).toContain('截至目前，全');
	});

	test('a line with no punctuation over a byline is its head, not the end of a column left open', () => {
		const lines = [
			...['新区图书馆开馆', '本报记者 王芳', ''],
			...[
				'近日，新区图书馆正式开馆，每天接',
				'待读者上千人次。馆内设有儿童阅览',
				'区和自习区，周末还举办各类讲座和',
				'',
			],
			...['夜市热起来', '本报记者 李强', ''],
			...['入夜，老街的夜市热闹起来，摊', '位一个挨着一个，游客络绎不绝。据', '介绍，夜市共有摊位一百多个。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.authors])).toEqual([
			['新区图书馆开馆', ['王芳']],
			['夜市热起来', ['李强']],
		]);
		expect(page.items[0].paragraphs.join('')).toMatch(/讲座和$/u);
	});

	test('a head split off the top of its text stays apart however full it runs for a first line', () => {
		// Ten em over a column of thirteen: an indented first line's width, within the column's reach.
		const lines = [
			'政策如何惠及小微企业',
			...['走进洛川县的田间地头，志愿', '者们正在耐心讲解。企业负责', '人秦丽介绍，沙湾县已推出共'],
			...['享工具站22处，办事效率明显', '提高。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['政策如何惠及小微企业']);
		expect(page.items[0].paragraphs.join('')).toMatch(/^走进洛川县/u);
	});

	test('a top line of Han characters short of the text under it by more than an indent is a head', () => {
		// The line under the head fills its column of 14 em, then a paragraph of two lines ends.
		const lines = [
			'把实事算得更细一些',
			...['早些年，村里的垃圾随意堆放，', '村容村貌较差。', '走进云岭镇的合作社仓库，'],
			...['志愿者们正在耐心讲解。社区', '食堂也开了起来，老人们吃上', '了热饭。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['把实事算得更细一些']);
		expect(page.items[0].paragraphs[0]).toBe('早些年，村里的垃圾随意堆放，村容村貌较差。');
	});

	test('a head short of its column may quote a phrase', () => {
		const lines = [
			'老旧小区“焕新”记',
			...['早些年，村里的垃圾随意堆放，', '村容村貌较差。', '走进云岭镇的合作社仓库，'],
			...['志愿者们正在耐心讲解。社区', '食堂也开了起来，老人们吃上', '了热饭。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['老旧小区“焕新”记']);
		expect(page.items[0].paragraphs[0]).toBe('早些年，村里的垃圾随意堆放，村容村貌较差。');
	});

	test('a top line short of the widest running line under it by more than an indent is a head', () => {
		// The first paragraph opens with a quote and ends on the next line; the third line fills the column.
		const lines = [
			'家门口就业让生活更便利',
			...['“以前办事要跑好几趟，现在在', '家门口就能办好。”居民朱晶丹说。', '社区工作人员董浩夏告诉记者，每'],
			...['逢周末，前来咨询的居民络绎不', '绝。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['家门口就业让生活更便利']);
		expect(page.items[0].paragraphs.join('')).toMatch(/^“以前办事/u);
	});

	test('a short top line over one line of text that runs on in the next piece is a head', () => {
		const lines = [
			...['小切口做好大文章', '答好这份答卷，需要久久为功的定力。好的作', ''],
			...['风，是干出来的，也是管出来的。推进这项工作，既', '要算经济账，也要算民生账。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['小切口做好大文章']);
		expect(page.items[0].paragraphs.join('')).toMatch(/^答好这份答卷.*好的作风，/u);
	});

	test('a column left open in mid-sentence does not go on in a head split off the next text', () => {
		const lines = [
			...[
				'近日，新区图书馆正式开馆，每天接',
				'待读者上千人次。馆内设有儿童阅览',
				'区和自习区，周末还举办各类讲座和',
				'',
			],
			...['夜市热起来', '入夜，老街的夜市热闹起来，摊', ''],
			...['位一个挨着一个，游客络绎不绝。据', '介绍，夜市共有摊位一百多个。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['（无标题）', '夜市热起来']);
		expect(page.items[0].paragraphs.join('')).toMatch(/讲座和$/u);
		expect(page.items[1].paragraphs.join('')).toMatch(/^入夜.*摊位一个挨着/u);
	});

	test('a running line, or a first line set in, over its column stays text', () => {
		// A column of 14 em: a full line of Han characters alone, then a first line an indent short.
		const lines = [
			...['村里的广场修好以后每到傍晚跳', '舞的人就多了，孩子们也有了玩', '耍的地方。', ''],
			...['党员志愿者把农资送到了家', '门口，大家都说方便多了。今年', '以来，服务队走访了全部农户。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => i.headlineMissing)).toEqual([true]);
		expect(page.items[0].paragraphs.map((p) => p.slice(0, 5))).toEqual(['村里的广场', '党员志愿者']);
	});

	test('the start of a dateline the extraction cut from the rest of it is no head', () => {
		const cut = [
			'冰雪运动热起来',
			'',
			'新华社成都10月',
			'10日电',
			'',
			'（记者杜建）讲解员带着参观者',
			'一边走一边介绍。',
			'',
		];
		const page = parseConserved([...cut, '\f'].join('\n'));
		expect(page.items.map((i) => i.headline)).toEqual(['冰雪运动热起来']);
		expect(page.items[0].paragraphs.join('')).toContain('新华社成都10月10日电');
	});
});

describe("a dateline alone on its line in a pdftotext extraction's order", () => {
	test('is the start of its text, no column label over the head', () => {
		// `本报讯` over its reporters' bracket, each a piece of its own, over text printed a row at a time.
		const lines = [
			...['家门口的农村客运', '', '本报讯', ''],
			...['（记者袁子杰、董伟敏）今年以来，西宁经开区把农村客运列为民生', ''],
			...[
				'实事，已惠及居民3036户。党史学习教育开展以来，昆都仑区扎实开展好党史学习',
				'教育，加强顶层设计，聚焦为民服务。',
				'',
			],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		expect(page.items.map((i) => [i.headline, i.section])).toEqual([['家门口的农村客运', undefined]]);
		expect(page.items[0].paragraphs.join('')).toMatch(/^本报讯/u);
	});
});

describe("narrow pieces among heads in a pdftotext extraction's order", () => {
	test('a narrow piece of text among heads joins the text after them, no item of its own', () => {
		const lines = [
			...['新区图书馆开馆', '', '近日，新区图书馆正式开馆，', '每天接待读者上千人次。', ''],
			...['立基层联系', '', '点，广泛深', '', '入群众听取', ''],
			...['社区食堂开张', '', '近日，社区食堂正式开张，', '每天接待老人上百人次。', ''],
		];
		const page = parseConserved([...lines, '\f'].join('\n'));
		const own = page.items.filter((i) => i.paragraphs.join('') === '点，广泛深');
		expect(own).toEqual([]);
		expect(page.items.some((i) => i.paragraphs.join('').includes('点，广泛深'))).toBe(true);
	});
});

describe("a head over a photo and a signed text in a pdftotext extraction's order", () => {
	const photo = ['日前，北沙乡的小学生在课堂', '上体验传统手工艺。', '', '新华社记者 陆宇英 摄', ''];
	const text = [
		...['本报记者 雷晓佳', ''],
		...['近日，老街改造工程全面完工，', '沿街店铺陆续开门迎客。据介绍，', '改造共涉及房屋一百多间。', ''],
	];
	const read = (lines: string[]) =>
		parseConserved([...lines, '\f'].join('\n')).items.map((i) => [
			i.kind,
			i.headlineMissing ? null : i.headline,
			i.authors,
		]);

	test('heads the signed text printed right after the photo, the photo left untitled', () => {
		expect(read(['老街焕新颜', '', ...photo, ...text])).toEqual([
			['photo', null, ['陆宇英']],
			['article', '老街焕新颜', ['雷晓佳']],
		]);
	});

	test('heads a text signed in its dateline printed right after the photo', () => {
		const dated = ['本报讯（记者 雷晓佳）近日，老街改造工程全', '面完工，沿街店铺陆续开门迎客。', ''];
		expect(read(['老街焕新颜', '', ...photo, ...dated])).toEqual([
			['photo', null, ['陆宇英']],
			['article', '老街焕新颜', ['雷晓佳']],
		]);
	});

	test("stays the photo's where the text is printed further on (page furniture between)", () => {
		expect(read(['老街焕新颜', '', ...photo, '本版责编：韩海霞', '', ...text])).toEqual([
			['photo', '老街焕新颜', ['陆宇英']],
			['article', null, ['雷晓佳']],
		]);
	});
});
