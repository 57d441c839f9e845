import { checkConservation } from '../../src/lib/importer/index.ts';
import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { column, numbered, page, photoPage, run } from '../support/text-runs.ts';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `图①：第${i}行说明写在这里。`);
/** A story's text lines in the page's body type. */
const body = (n: number) => Array.from({ length: n }, (_, i) => `第${i}行正文写在这里，接着往下写。`);
/**
 * Under a picture (its foot at 200): the credit flush right at the picture's foot, the photo's title and
 * caption under it, then a story's text in two columns.
 */
const photoThenText = [
	run('新华社发', 290, 204, 7.5),
	run('夜色迷人', 20, 214, 10, true),
	run('近日，石门县的农民在田间收割水稻。', 20, 228, 7.5),
	...column(body(6), 20, 250),
	...column(
		body(6).map((l) => `又${l}`),
		170,
		250,
	),
];
/** A story in the page's body type, its headline at `y` and six lines of text under it. */
const story = (y = 200) => [run('大漠深处绿意浓', 20, y, 20, true), ...column(body(6), 20, y + 30)];
/** A story with its headline at the page's top left, in the page's body type. */
const storyAtLeft = [run('大漠深处绿意浓', 20, 20, 20, true), ...column(numbered(8, 0, '正文写在这。'), 20, 50)];

test('reads a credit set flush right and wrapping once in a narrow column as one credit, naming the photographer', () => {
	// A caption in a column 40 pt wide beside its picture; the credit's last word wraps flush right.
	const picture = { x: 20, y: 20, width: 150, height: 100 };
	const runs = [
		...column(lines(4), 180, 20, 7),
		run('本报记者 吴勇坤', 180, 70, 6),
		run('摄', 222, 77, 6),
		// A story below, in the page's body type.
		...story(),
	];
	const content = photoPage(runs, [picture]);
	const result = layoutSplit(content);
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['吴勇坤'] });
	expect(result.items[0].paragraphs.join('')).not.toMatch(/摄/);
});

test('reads small type set over the foot of a photo as its caption, and a tinted box filled with small type as text', () => {
	const photo = { x: 20, y: 20, width: 260, height: 110 };
	const box = { x: 20, y: 300, width: 150, height: 40 };
	const runs = [
		...column(['图为牧民在草场上放牧，远处是新建的', '储草棚。'], 24, 112, 6),
		run('许芳志 摄', 240, 122, 5),
		...story(150),
		// A sidebar in small type on a tint: text, not a caption.
		...column(
			[
				'相关链接：全旗今年新建储草棚一百二十座，',
				'覆盖全部嘎查村，牧民冬春不再缺草料。',
				'各苏木镇配备了专人管护。',
				'明年还将再建八十座。',
			],
			24,
			304,
			6,
		),
	];
	const content = photoPage(runs, [photo, box]);
	const result = layoutSplit(content);
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['许芳志'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^图为牧民/);
	expect(result.items.filter((i) => i.kind === 'photo')).toHaveLength(1);
});

test('reads a headline right under a photo’s caption, with no text of its own, as the photo’s title', () => {
	const photo = { x: 20, y: 20, width: 260, height: 110 };
	const runs = [
		...column(['图为牧民在草场上放牧，远处是新建的', '储草棚。'], 20, 134, 7),
		run('许芳志 摄', 240, 152, 6),
		run('桥通了', 20, 166, 16, true),
		// The next story, under its label.
		run('■乡村振兴', 20, 200, 9, true),
		...story(214),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items.map((i) => [i.kind, i.headline])).toEqual([
		['photo', '桥通了'],
		['article', '大漠深处绿意浓'],
	]);
});

test('reads a credit set vertically beside its photo (竖排, no space before 摄) as the photo’s credit', () => {
	const photo = { x: 20, y: 20, width: 200, height: 110 };
	const runs = [
		...column(['图为牧民在草场上放牧，远处是新建的', '储草棚。'], 20, 134, 7),
		...[...'钟杰霞摄'].map((ch, i) => run(ch, 224, 90 + i * 8, 6)),
		...story(),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['钟杰霞'] });
});

test('reads a headline right under a photo whose caption stands over it as the photo’s title, not the kicker of the next story', () => {
	const photo = { x: 20, y: 40, width: 260, height: 110 };
	const runs = [
		run('图为牧民在草场上放牧，远处是新建的储草棚。', 20, 24, 7),
		run('雪原牧歌', 20, 156, 16, true),
		// The next story, its headline larger, further down.
		run('大漠深处绿意浓', 20, 230, 24, true),
		...column(body(6), 20, 264),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items.map((i) => [i.kind, i.headline, i.kicker, i.section])).toEqual([
		['photo', '雪原牧歌', undefined, undefined],
		['article', '大漠深处绿意浓', undefined, undefined],
	]);
});

test('gives the title under a group of photos stacked in one column, each with its caption and credit, to the first of them', () => {
	// Three photos one under another, each caption set over its foot, the group's title under the last.
	const photos = [0, 1, 2].map((i) => ({ x: 20, y: 20 + i * 130, width: 200, height: 120 }));
	const runs = [
		...photos.flatMap((p, i) => [
			run(`图${'①②③'[i]}：牧民在草场上放牧。`, 22, p.y + 96, 7),
			run(`记者${'甲乙丙'[i]}某 摄`, 160, p.y + 108, 6),
		]),
		run('草原新景', 20, 414, 16, true),
		run('大漠深处绿意浓', 300, 20, 20, true),
		...column(body(6), 300, 50),
	];
	const result = layoutSplit(photoPage(runs, photos, 600, 500));
	expect(result.items.map((i) => [i.kind, i.headlineMissing ? undefined : i.headline])).toEqual([
		['photo', '草原新景'],
		['photo', undefined],
		['photo', undefined],
		['article', '大漠深处绿意浓'],
	]);
});

test('gives a credit printed up the edge of a photo to the caption beside that photo, where captions stand beside a column of photos', () => {
	// Two photos one under the other, each caption right of its photo; the second photo's credit is
	// set vertically inside its right edge, the first's under its caption.
	const photos = [
		{ x: 20, y: 40, width: 150, height: 90 },
		{ x: 20, y: 140, width: 150, height: 90 },
	];
	const runs = [
		run('草原新貌', 20, 10, 16, true),
		...column(['图①：牧民在草场上', '放牧，远处是新建', '的储草棚。'], 180, 100, 7),
		run('余然婷 摄', 206, 131, 6),
		...column(['图②：新修的公路通', '到了牧民家门口。'], 180, 141, 7),
		...[...'史玉刚摄'].map((ch, i) => run(ch, 162, 190 + i * 7, 6)),
		...story(260),
	];
	const result = layoutSplit(photoPage(runs, photos));
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['草原新貌', ['余然婷']],
		['（无标题）', ['史玉刚']],
		['大漠深处绿意浓', []],
	]);
});

test('reads a credit run on after a caption and wrapped onto the next line as one credit', () => {
	// `赵` ends the caption's line, `波庆 摄` starts the next; `文燕波 摄（人民视` / `觉）` likewise.
	const photos = [
		{ x: 20, y: 20, width: 200, height: 100 },
		{ x: 240, y: 20, width: 200, height: 100 },
	];
	const runs = [
		run('牧民转场途经草原，志愿者们分成几个小组为老人送去米面油。', 20, 124, 7),
		run('赵', 217, 124.5, 6),
		run('波庆 摄', 20, 134, 6),
		run('志愿者为老人测量血压。', 240, 124, 7),
		run('文燕波 摄（人民视', 318, 124.5, 6),
		run('觉）', 240, 134, 6),
		...story(),
	];
	const result = layoutSplit(photoPage(runs, photos, 500));
	expect(result.items.map((i) => [i.kind, i.paragraphs.join(''), i.authors])).toEqual([
		['photo', '牧民转场途经草原，志愿者们分成几个小组为老人送去米面油。', ['赵波庆']],
		['photo', '志愿者为老人测量血压。', ['文燕波']],
		['article', expect.stringMatching(/^第0行/u), []],
	]);
	expect(result.items[1].credit).toBe('文燕波 摄（人民视觉）');
});

test('splits a credit run on at the end of a caption’s last line off as the photo’s credit', () => {
	const photo = { x: 20, y: 20, width: 260, height: 100 };
	const runs = [run('日前，杭达托尔镇的志愿者为老人测量血压。 程佳晨摄（新华社）', 20, 124, 7), ...story()];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items[0]).toMatchObject({
		kind: 'photo',
		paragraphs: ['日前，杭达托尔镇的志愿者为老人测量血压。'],
		credit: '程佳晨摄（新华社）',
		authors: ['程佳晨'],
	});
});

test('names the photographer of a credit closing a story without a byline as its author', () => {
	// A story in a tinted box (text covers it: no photo) whose text ends with a credit set flush right.
	const box = { x: 20, y: 40, width: 150, height: 90 };
	const runs = [
		run('组织开展学习教育', 20, 20, 14, true),
		...column(
			Array.from({ length: 8 }, (_, i) => `第${i}行说明写在框里，接着往下写。`),
			22,
			44,
			7,
		),
		run('曹磊坤 摄', 130, 120, 6),
		// The next story, in the page's body type.
		...story(),
	];
	const result = layoutSplit(photoPage(runs, [box]));
	expect(result.items[0]).toMatchObject({ headline: '组织开展学习教育', authors: ['曹磊坤'], credit: '曹磊坤 摄' });
	expect(result.items[1]).toMatchObject({ headline: '大漠深处绿意浓', authors: [] });
});

test('reads a group’s caption set line by line beside its photo, one credit after its last line, as one caption with that credit', () => {
	const picture = { x: 20, y: 20, width: 200, height: 80 };
	const runs = [
		run('黄河岸边', 230, 20, 14, true),
		// The caption's lines stand further apart than the text's: each a block of its own.
		run('游客在河边拍照留念，景色宜人。', 230, 40),
		run('图①：东岸的游客拍照留念。', 230, 57),
		run('图②：西岸的游客拍照留念。', 230, 74),
		run('本版图片均为本报记者 孔海摄', 352, 75, 7),
		// A story below, in the page's body type.
		run('大漠深处绿意浓', 20, 200, 20, true),
		...column(body(8), 20, 230),
	];
	const result = layoutSplit(photoPage(runs, [picture]));
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ headline: '黄河岸边', authors: ['孔海'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/^游客在河边.*图②：西岸的游客拍照留念。$/u);
});

test('gives a credit read after the heading under a caption back to that caption, and the heading to the photo as its title', () => {
	const picture = { x: 20, y: 20, width: 260, height: 100 };
	const runs = [
		...column(
			['图③：牧民在草场上放牧，远处是新建的储草棚，羊群像云朵一样散落在草原上，', '牧民们说今年的草长得好。'],
			20,
			124,
			7,
		),
		// The credit flush right under the caption's last line; the photo's title under it, flush left, its top below the credit's.
		run('（资料图片）', 242, 145, 6),
		run('营造敬老爱幼', 20, 152, 12, true),
		// A story below, in the page's body type.
		run('大漠深处绿意浓', 20, 220, 20, true),
		...column(body(8), 20, 250, 9),
	];
	const result = layoutSplit(photoPage(runs, [picture]));
	expect(result.items[0]).toMatchObject({ kind: 'photo', headline: '营造敬老爱幼', credit: '（资料图片）' });
	expect(result.warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
});

test('parts the captions of two photos side by side at the gutter between the photos, though it is under an em', () => {
	// Two photos 120 pt wide, 6 pt apart; each caption as wide as its photo, so the captions' lines are 6 pt apart too.
	const left = { x: 20, y: 20, width: 120, height: 90 };
	const right = { x: 146, y: 20, width: 120, height: 90 };
	const runs = [
		// Lines and credits closer one under another than the gutter is wide; the second caption is short.
		...column(['图①：牧民在草场上放牧，远处是', '新建的储草棚，羊群像云朵一样', '散落在草原上。'], 20, 114, 8),
		run('林瑞燕 摄', 110, 150, 6),
		run('图②：新修的公路通到了家门口。', 146, 114, 8),
		run('新华社发', 242, 126, 6),
		// A story below, in the page's body type.
		run('大漠深处绿意浓', 20, 200, 20, true),
		...column(body(8), 20, 230, 9),
	];
	const result = layoutSplit(photoPage(runs, [left, right]));
	const photos = result.items.filter((i) => i.kind === 'photo');
	expect(photos.map((p) => [p.paragraphs.join(''), p.credit])).toEqual([
		['图①：牧民在草场上放牧，远处是新建的储草棚，羊群像云朵一样散落在草原上。', '林瑞燕 摄'],
		['图②：新修的公路通到了家门口。', '新华社发'],
	]);
});

test('runs a story on past a photo set into it where a bold 小标题 after the photo heads text in the story’s column', () => {
	const picture = { x: 20, y: 120, width: 200, height: 60 };
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(body(4), 20, 50),
		run('图为牧民在草场上放牧，远处是新建的储草棚。', 20, 184, 7),
		run('资料图片', 190, 194, 6),
		run('三、树立正确的道德观', 20, 212, 10, true),
		...column(
			Array.from({ length: 4 }, (_, i) => `第${4 + i}行正文写在这里，接着往下写。`),
			20,
			230,
		),
	];
	const result = layoutSplit(photoPage(runs, [picture]));
	expect(result.items).toHaveLength(2);
	expect(result.items[0].paragraphs.join('')).toMatch(/三、树立正确的道德观第4行/u);
	expect(result.items[1]).toMatchObject({ kind: 'photo', credit: '资料图片' });
});

test('reads a heading centred right under a photo set into a story as the photo’s title, where the story’s columns run on under it', () => {
	const picture = { x: 20, y: 110, width: 290, height: 60 };
	const col = (from: number, x: number, y: number) =>
		column(
			Array.from({ length: 3 }, (_, i) => `第${from + i}行正文写在这里，接着往下写。`),
			x,
			y,
		);
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...col(1, 20, 50),
		...col(4, 175, 50),
		run('图为牧民在草场上放牧，远处是新建的储草棚。', 20, 174, 7),
		run('黎丽艳 摄', 280, 184, 6),
		run('重温入警誓词', 110, 194, 18, true),
		...col(7, 20, 220),
		...col(6, 175, 220).map((r) => ({ ...r, text: r.text.replace('第', '末') })),
	];
	const result = layoutSplit(photoPage(runs, [picture]));
	expect(result.items.map((i) => i.headline)).toEqual(['大漠深处绿意浓', '重温入警誓词']);
	expect(result.items[0].paragraphs.join('')).toMatch(/第7行/u);
	expect(result.items[1]).toMatchObject({ kind: 'photo', authors: ['黎丽艳'] });
});

test('gives a title set under a photo in its frame, with the caption over the photo, to that photo, not to the caption read next', () => {
	// A frame (a tinted box) holding the caption, the image under it and the title under the image.
	const frame = { x: 200, y: 20, width: 180, height: 170 };
	const image = { x: 205, y: 40, width: 170, height: 120 };
	const runs = [
		run('日前，游客在景区游览。', 205, 26, 8),
		run('本报记者 孟磊 摄', 310, 27, 6),
		run('雪原牧歌', 250, 166, 14, true),
		// Another photo's caption below the frame, at the left.
		run('近日，农民在田间抢收小麦，远处的收割机来回忙碌。', 20, 240, 8),
		run('万艳庆 摄', 190, 250, 6),
		// A story at the left, in the page's body type.
		...storyAtLeft,
	];
	const pictures = [frame, image, { x: 20, y: 260, width: 360, height: 100 }];
	const result = layoutSplit(photoPage(runs, pictures));
	const photos = result.items.filter((i) => i.kind === 'photo');
	expect(photos.map((p) => [p.headlineMissing ? null : p.headline, p.credit])).toEqual([
		['雪原牧歌', '本报记者 孟磊 摄'],
		[null, '万艳庆 摄'],
	]);
});

test('gives a title right under a photo’s credit to that photo where the caption read next stands far from it, and not over a picture', () => {
	const image = { x: 200, y: 20, width: 180, height: 110 };
	const runs = [
		run('日前，游客在景区游览。', 200, 134, 8),
		run('卢秀红摄（新华社）', 280, 146, 6),
		run('春耕忙', 260, 156, 14, true),
		// Another photo's caption far below, at the left, by its own picture.
		run('近日，农民在田间抢收小麦，远处的收割机来回忙碌。', 20, 330, 8),
		run('受访者供图', 160, 340, 6),
		// A story at the left, in the page's body type.
		...storyAtLeft,
	];
	const pictures = [image, { x: 20, y: 220, width: 360, height: 106 }];
	const result = layoutSplit(photoPage(runs, pictures));
	const photos = result.items.filter((i) => i.kind === 'photo');
	expect(photos.map((p) => [p.headlineMissing ? null : p.headline, p.credit])).toEqual([
		['春耕忙', '卢秀红摄（新华社）'],
		[null, '受访者供图'],
	]);
});

test('reads a short line a little larger than the body, between a photo and its caption, as the photo’s title, and a credit run on at the caption’s end as its credit', () => {
	// Body 9 pt; the title bold at 10.8 (1.2×), the caption at 8 with its credit run on.
	const photo = { x: 20, y: 20, width: 200, height: 100 };
	const runs = [
		run('田间管理', 20, 126, 10.8, true),
		...column(['南湖镇的一处街区在夜色中灯火通明。新华社发', '康玉凯摄'], 20, 142, 8),
		// The next story, under the photo.
		...story(190),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ kind: 'photo', headline: '田间管理', authors: ['康玉凯'] });
	expect(result.items[0].paragraphs.join('')).toBe('南湖镇的一处街区在夜色中灯火通明。');
	expect(result.items[1]).toMatchObject({ headline: '大漠深处绿意浓' });
});

test('reads a photo title over its caption, with the credit run on and story text resumed under it, apart from that text', () => {
	// A photo set in a story's column; its title and caption (credit run on), then the story runs on.
	const photo = { x: 20, y: 110, width: 120, height: 80 };
	const text = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `第${i + from}行正文写在这里，接着。`);
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(text(4), 20, 50),
		run('田间管理', 20, 194, 10.8, true),
		run('村民在田间劳作。新华社发 康玉凯摄', 20, 210, 8),
		...column(text(4, 4), 20, 230),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	const title = result.items.find((i) => i.headline === '田间管理');
	expect(title).toMatchObject({ kind: 'photo', authors: ['康玉凯'], paragraphs: ['村民在田间劳作。'] });
	expect(result.items.find((i) => i.headline === '大漠深处绿意浓')?.paragraphs.join('')).toMatch(/第7行/);
});

test('reads a photo’s title over its caption where the photo’s credit, printed on its foot, is read between them', () => {
	// The credit on the photo's foot, right of the title and read after it; the caption, further
	// down, reads as text set smaller than the body.
	const photo = { x: 20, y: 20, width: 240, height: 95 };
	const runs = [
		run('程萱摄（新华社）', 170, 118, 7),
		run('新桥通车', 20, 126, 10.8, true),
		run('这是7月5日拍摄的青石乡城区一角。', 20, 142, 8),
		...story(190),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({
		headline: '新桥通车',
		authors: ['程萱'],
		paragraphs: ['这是7月5日拍摄的青石乡城区一角。'],
	});
	expect(result.items[1]).toMatchObject({ headline: '大漠深处绿意浓' });
});

test('reads a credit set as the first line of a caption’s block, over its text, as the photo’s credit', () => {
	const picture = { x: 200, y: 100, width: 150, height: 100 };
	const runs = [
		...story(20),
		// Over its picture, in small type: the credit's line, then the caption's.
		run('新华社发 龚慧悦摄', 200, 60, 7),
		...column(['这是拍摄的城区一角，街道', '干净整洁。'], 200, 70.5, 7),
	];
	const content = photoPage(runs, [picture]);
	const result = layoutSplit(content);
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ headline: '大漠深处绿意浓', authors: [] });
	expect(result.items[1]).toMatchObject({ kind: 'photo', authors: ['龚慧悦'] });
	expect(result.items[1].paragraphs.join('')).toBe('这是拍摄的城区一角，街道干净整洁。');
});

test('reads a credit set right over a photo’s title and caption as that photo’s, not the story’s read before it', () => {
	const picture = { x: 20, y: 150, width: 150, height: 100 };
	const runs = [
		...story(20),
		// Beside the picture: the credit, the photo's title, its caption.
		run('张华 摄', 180, 150, 8),
		run('夜色迷人', 180, 161, 11, true),
		...column(['志愿者为社区老人测量血压。', '年轻观众明显多了起来。'], 180, 176, 8),
	];
	const content = photoPage(runs, [picture]);
	const result = layoutSplit(content);
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ headline: '大漠深处绿意浓', authors: [] });
	expect(result.items[1]).toMatchObject({ kind: 'photo', headline: '夜色迷人', authors: ['张华'] });
});

test('runs a story on under a photo heading its last column, level with the top of the story’s text in the column before', () => {
	const body = (from: number) => Array.from({ length: 12 }, (_, i) => `第${from + i}行正文写在这里。`);
	const picture = { x: 120, y: 50, width: 90, height: 60 };
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(body(0), 20, 50),
		// The second column: the photo, its caption and credit, then the story's text.
		...column(['施工人员在桥梁建设工地作业。'], 120, 114, 6),
		run('文峰芳摄（新华社）', 156, 122, 6),
		...column(body(20).slice(0, 5), 120, 140),
	];
	const content = photoPage(runs, [picture]);
	const result = layoutSplit(content);
	expect(result.items.map((i) => i.kind)).toEqual(['article', 'photo']);
	expect(result.items[0].paragraphs.join('')).toMatch(/第11行正文写在这里。第20行/u);
	expect(result.items[1]).toMatchObject({ authors: ['文峰芳'] });
});

test('runs a story on under a photo heading its last column where the photo’s credit also stands by a taller picture beside it', () => {
	const body = (from: number) => Array.from({ length: 12 }, (_, i) => `第${from + i}行正文写在这里。`);
	const picture = { x: 120, y: 50, width: 90, height: 60 };
	// The next story's photo, across the gutter from the credit and reaching below the top of the text resumed.
	const tall = { x: 220, y: 50, width: 150, height: 150 };
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(body(0), 20, 50),
		...column(['施工人员在桥梁建设工地作业。'], 120, 114, 6),
		run('文峰芳摄（新华社）', 156, 122, 6),
		...column(body(20).slice(0, 5), 120, 140),
		...column(['图为志愿者为社区老人测量血压。'], 220, 204, 6),
		run('受访者供图', 340, 212, 6),
	];
	const content = photoPage(runs, [picture, tall]);
	const result = layoutSplit(content);
	expect(result.items.map((i) => i.kind)).toEqual(['article', 'photo', 'photo']);
	expect(result.items[0].paragraphs.join('')).toMatch(/第11行正文写在这里。第20行.*第24行正文写在这里。$/u);
	expect(result.items[1]).toMatchObject({ authors: ['文峰芳'] });
});

test('reads small type under a photo’s title, the title right under the picture, as the photo’s caption though it stands further from the picture', () => {
	const picture = { x: 20, y: 20, width: 200, height: 120 };
	const runs = [
		// The credit flush right at the picture's foot, the title flush left under it, the caption under the title.
		run('罗芳杰 摄（人民视觉）', 130, 143, 7.5),
		run('假日时光', 20, 154, 10, true),
		run('演员在乡村舞台上表演传统戏曲。', 20, 168, 7.5),
		// A story beside the photo, in the page's body type.
		run('小切口也能做大文章', 240, 20, 13, true),
		...column(body(12), 240, 40),
	];
	const content = photoPage(runs, [picture], 420);
	const result = layoutSplit(content);
	expect(result.items.map((i) => [i.kind, i.headline, i.authors])).toEqual([
		['photo', '假日时光', ['罗芳杰']],
		['article', '小切口也能做大文章', []],
	]);
	expect(result.items[0].paragraphs).toEqual(['演员在乡村舞台上表演传统戏曲。']);
});

test('runs a story on under a photo set between its headline and its text, the photo with its own title, credit and caption', () => {
	const picture = { x: 20, y: 50, width: 300, height: 150 };
	const runs = [run('古籍修复慢工出细活', 20, 20, 20, true), ...photoThenText];
	const content = photoPage(runs, [picture], 420);
	const result = layoutSplit(content);
	expect(result.items.map((i) => [i.kind, i.headline, i.authors])).toEqual([
		['article', '古籍修复慢工出细活', []],
		['photo', '夜色迷人', []],
	]);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第0行.*又第5行正文写在这里，接着往下写。$/u);
	expect(result.items[1].paragraphs).toEqual(['近日，石门县的农民在田间收割水稻。']);
});

test('reads text by a picture whose line ends in a photo’s credit as a caption with that credit, on a page of pictures where captions read as body type', () => {
	const runs = [
		run('黄河岸边', 20, 20, 15, true),
		...column(
			['图①：翁洲辽旗区的居民在广场上跳舞。', '图②：固林市的冰雕作品吸引游客。', '图③：旗里的一处街景。'],
			260,
			45,
			8,
		),
		run('近日，里仆特临县的游客在景区游览。 夏晨 摄（人民视觉）', 20, 150, 8),
	];
	const pictures = [
		{ x: 20, y: 45, width: 230, height: 100 },
		{ x: 300, y: 100, width: 150, height: 100 },
	];
	const result = layoutSplit(photoPage(runs, pictures, 500, 300));
	const photo = result.items.find((i) => i.paragraphs.join('').startsWith('近日'));
	expect(photo).toMatchObject({ kind: 'photo', authors: ['夏晨'], paragraphs: ['近日，里仆特临县的游客在景区游览。'] });
	expect(result.items.filter((i) => i.paragraphs.join('').includes('图①'))).toHaveLength(1);
	expect(result.items.find((i) => i.paragraphs.join('').includes('图①'))).not.toBe(photo);
});

test('reads the body size on a page where every text stands by a picture from the text that reads as no caption', () => {
	const story = Array.from({ length: 5 }, (_, i) => `第${i}行正文写在这里，往下写。`);
	const runs = [
		run('冬日里的坚守', 20, 20, 20, true),
		// The story's text, in 9.7 pt, right over the first picture.
		...column(story, 20, 50, 9.7),
		// Numbered captions signed by credits, in 9 pt, beside their pictures: more of them than of the story's text.
		...column(['图①：孩子们在雪地里堆雪人，', '参与调研的专家建议要加强', '部门之间的信息共享。'], 160, 135, 9),
		run('石娜涛 摄', 160, 175, 9),
		...column(['图②：孩子们在雪地里堆雪人，', '运动员在比赛中奋力拼搏，', '群众纷纷前来观看比赛。'], 160, 235, 9),
		run('史涛洋 摄', 160, 275, 9),
	];
	const pictures = [
		{ x: 20, y: 135, width: 130, height: 90 },
		{ x: 20, y: 235, width: 130, height: 90 },
	];
	const result = layoutSplit(photoPage(runs, pictures));
	expect(result.items.map((i) => [i.kind, i.authors])).toEqual([
		['article', []],
		['photo', ['石娜涛']],
		['photo', ['史涛洋']],
	]);
});

test('reads a credit flush right at a picture’s foot, right over the photo’s title set flush left under it, as that photo’s', () => {
	const picture = { x: 20, y: 180, width: 200, height: 100 };
	const runs = [
		...story(20),
		// Under the picture: the credit flush right, then the title and the caption flush left, clear of the credit's width.
		run('罗芳杰 摄（人民视觉）', 140, 281, 7),
		run('假日时光', 20, 290, 10, true),
		run('演员在乡村舞台上表演传统戏曲。', 20, 302, 8),
	];
	const content = photoPage(runs, [picture]);
	const result = layoutSplit(content);
	expect(result.items.map((i) => [i.kind, i.headline, i.authors])).toEqual([
		['article', '大漠深处绿意浓', []],
		['photo', '假日时光', ['罗芳杰']],
	]);
});

test('keeps a column of a story beside a photo with the story where the photo’s credit stands beside that column, not under it', () => {
	// A story in two columns eleven characters wide; a photo right of the second column, its credit under it.
	const text = (n: number, from: number) => Array.from({ length: n }, (_, i) => `第${from + i}行正文写满这一栏。`);
	const runs = [
		run('山村通了快递', 0, 20, 16, true),
		...column(text(12, 10), 0, 50),
		...column(text(12, 30), 113, 50),
		run('本报记者 梁兰娟 摄', 236, 114, 8),
		run('工人在南湖市一家企业的', 226, 128, 8),
		run('生产线上作业。', 226, 140, 8),
	];
	const picture = { x: 226, y: 50, width: 100, height: 60 };
	const content = photoPage(runs, [picture]);
	const [story] = layoutSplit(content).items;
	expect(story.headline).toBe('山村通了快递');
	expect(story.paragraphs.join('')).toMatch(/第41行正文写满这一栏。$/u);
	expect(story.authors).toEqual([]);
});

test('runs a story on under a photo set between its headline, with the byline under it, and its text', () => {
	const picture = { x: 20, y: 64, width: 300, height: 136 };
	const runs = [run('古籍修复慢工出细活', 20, 20, 20, true), run('本报记者 段刚', 20, 46, 9), ...photoThenText];
	const content = photoPage(runs, [picture], 420);
	const result = layoutSplit(content);
	expect(result.items.map((i) => [i.kind, i.headline, i.authors])).toEqual([
		['article', '古籍修复慢工出细活', ['段刚']],
		['photo', '夜色迷人', []],
	]);
	expect(result.items[0].paragraphs.join('')).toMatch(/^第0行.*又第5行正文写在这里，接着往下写。$/u);
});

test('gives a credit’s role word run on at the end of its caption’s line, the names past a wide space on the same baseline, to the credit', () => {
	const picture = { x: 20, y: 20, width: 300, height: 150 };
	const runs = [
		run('图②：这是11月2日拍摄的城区一角。 本报记者', 20, 176, 7.5),
		run('雷文刚 通讯员 吕轩波 摄', 220, 176, 7.5),
		...story(220),
	];
	const content = photoPage(runs, [picture], 420);
	const [photo] = layoutSplit(content).items;
	expect(photo).toMatchObject({
		kind: 'photo',
		credit: '本报记者 雷文刚 通讯员 吕轩波 摄',
		authors: ['雷文刚', '吕轩波'],
	});
	expect(photo.paragraphs).toEqual(['图②：这是11月2日拍摄的城区一角。']);
});

test('splits a credit begun on a caption block’s last line, after a sentence’s end, with `摄` wrapped onto the next line, off the caption', () => {
	// A caption in a column 16 ems wide beside its picture; the credit starts a line of its own.
	const picture = { x: 20, y: 20, width: 150, height: 100 };
	const runs = [
		run('图②：志愿者为社区老人测量血压。', 180, 20, 7),
		run('“以前下雨天出门要穿雨靴，现在', 180, 30, 7),
		run('路面平整了，孩子上学也放心。”', 180, 40, 7),
		run('居民薛新丽说。', 180, 50, 7),
		run('本报记者 汤红 通讯员 朱晨', 181, 60, 7),
		run('摄', 279, 70, 7),
		// A story below, in the page's body type.
		...story(),
	];
	const content = photoPage(runs, [picture]);
	const result = layoutSplit(content);
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['汤红', '朱晨'] });
	expect(result.items[0].paragraphs.join('')).toMatch(/居民薛新丽说。$/u);
});

test('runs a story on under a photo in its second column, not into the story over a rule across the page in that column', () => {
	// A story above a rule across the page, in two columns; under the rule a second story, its first column
	// beside a photo heading its second column, the text under the photo in the same column as the first story's.
	const again = (n: number, from: number) => numbered(n, from, '又写在这里，接着往下写。').map((l) => `又${l}`);
	const runs = [
		run('小切口也能做大文章', 20, 20, 16, true),
		...column(body(6), 20, 50),
		...column(again(6, 20), 185, 50),
		run('数据跑路群众少跑腿', 20, 162, 16, true),
		...column(body(12), 20, 190),
		run('近日，青石市的农民在田间收割水稻。', 185, 254, 7.5),
		run('新华社发 姜然磊摄', 245, 264, 7.5),
		...column(again(5, 10), 185, 284),
	];
	const rule = { x: 20, y: 150, width: 340, height: 0.5 };
	const picture = { x: 185, y: 190, width: 150, height: 60 };
	const result = layoutSplit({ width: 420, height: 400, runs, pictures: [picture], rules: [rule] });
	expect(result.items.map((i) => [i.kind, i.headline])).toEqual([
		['article', '小切口也能做大文章'],
		['article', '数据跑路群众少跑腿'],
		['photo', '（无标题）'],
	]);
	expect(result.items[0].paragraphs.join('')).toMatch(/又第25行又写在这里，接着往下写。$/u);
	expect(result.items[1].paragraphs.join('')).toMatch(/又第14行又写在这里，接着往下写。$/u);
});

test('gives a title set closer under a photo’s caption than over the next photo’s picture to the photo over it', () => {
	// Two photos one under the other: the title right under the first one's caption, the second's
	// picture further under the title, its caption beside it; a story under both.
	const runs = [
		run('日前，游客在景区游览。', 20, 124, 8),
		run('卢秀红摄（新华社）', 300, 126, 6),
		run('春耕忙', 20, 140, 14, true),
		run('近日，农民在田间抢收小麦。', 210, 180, 8),
		run('受访者供图', 210, 192, 6),
		...story(330),
	];
	const pictures = [
		{ x: 20, y: 20, width: 360, height: 100 },
		{ x: 20, y: 176, width: 180, height: 100 },
	];
	const result = layoutSplit(photoPage(runs, pictures, 400, 600));
	const photos = result.items.filter((i) => i.kind === 'photo');
	expect(photos.map((p) => [p.headlineMissing ? null : p.headline, p.paragraphs[0]])).toEqual([
		['春耕忙', '日前，游客在景区游览。'],
		[null, '近日，农民在田间抢收小麦。'],
	]);
});

test('reads a short bold line in the text’s type right over a photo’s caption as the photo’s title, not a column label', () => {
	const picture = { x: 20, y: 20, width: 200, height: 120 };
	const runs = [
		run('新华社发', 190, 144, 6.5),
		run('田野金黄', 20, 154, 7.5, true),
		run('近日，石门县的农民在田间收割水稻。', 20, 164, 6.5),
		run('大漠深处绿意浓', 20, 200, 20, true),
		...column(body(6), 20, 230, 7.5),
	];
	const result = layoutSplit(photoPage(runs, [picture], 400, 400));
	expect(result.items.map((i) => [i.kind, i.headline, i.section])).toEqual([
		['photo', '田野金黄', undefined],
		['article', '大漠深处绿意浓', undefined],
	]);
});

test('reads a short bold line set over a photo’s caption with a little more than half a line between them as the photo’s title', () => {
	const picture = { x: 20, y: 20, width: 200, height: 120 };
	const runs = [
		run('传承红色精神', 20, 150, 7.5, true),
		run('近日，石门县的农民在田间收割水稻。 新华社发', 20, 162, 6.5),
		run('大漠深处绿意浓', 20, 200, 20, true),
		...column(body(6), 20, 230, 7.5),
	];
	const result = layoutSplit(photoPage(runs, [picture], 400, 400));
	expect(result.items.map((i) => [i.kind, i.headline, i.section])).toEqual([
		['photo', '传承红色精神', undefined],
		['article', '大漠深处绿意浓', undefined],
	]);
});

test('reads a credit in the body’s type under a caption under its photo as the photo’s credit, on a page of photos whose captions are its body type', () => {
	// Two photos side by side, each with a bold title, a caption of two lines and a credit flush right under the caption,
	// further from the picture than three ems.
	const photo = (x: number, title: string, credit: string) => [
		run(title, x, 128, 9.6, true),
		...column(['近日，志愿者走进社区为老人义诊，', '测量血压，宣讲健康知识。'], x, 142, 8),
		run(credit, x + 170 - [...credit].length * 8, 166, 8),
	];
	const runs = [...photo(20, '田间新绿', '新华社记者 王丽 摄'), ...photo(210, '社区新貌', '本报记者 陈强 摄')];
	const pictures = [
		{ x: 20, y: 20, width: 170, height: 100 },
		{ x: 210, y: 20, width: 170, height: 100 },
	];
	const result = layoutSplit(photoPage(runs, pictures, 400, 200));
	expect(result.items.map((i) => [i.headline, i.authors, i.paragraphs.join('')])).toEqual([
		['田间新绿', ['王丽'], '近日，志愿者走进社区为老人义诊，测量血压，宣讲健康知识。'],
		['社区新貌', ['陈强'], '近日，志愿者走进社区为老人义诊，测量血压，宣讲健康知识。'],
	]);
});

test('reads a credit in the body’s type set flush right with its photo’s edge, a few lines under it past a short caption, as the photo’s credit', () => {
	// Two photos side by side, each with a bold title and a caption of two short lines; the credit ends at the picture's right edge.
	const photo = (x: number, title: string, credit: string) => [
		run(title, x, 125, 9.6, true),
		...column(['近日，志愿者走进社区', '为老人义诊。'], x, 139, 8),
		run(credit, x + 170 - [...credit].length * 8, 163, 8),
	];
	const runs = [...photo(20, '田间新绿', '王丽 摄'), ...photo(210, '社区新貌', '陈强 摄')];
	const pictures = [
		{ x: 20, y: 20, width: 170, height: 100 },
		{ x: 210, y: 20, width: 170, height: 100 },
	];
	const result = layoutSplit(photoPage(runs, pictures, 400, 200));
	expect(result.items.map((i) => [i.headline, i.authors, i.paragraphs.join('')])).toEqual([
		['田间新绿', ['王丽'], '近日，志愿者走进社区为老人义诊。'],
		['社区新貌', ['陈强'], '近日，志愿者走进社区为老人义诊。'],
	]);
});

test('reads a picture agency named alone after a caption’s last sentence (`… 视觉中国`) as the photo’s credit, not caption text', () => {
	const photo = { x: 20, y: 20, width: 200, height: 110 };
	const runs = [
		run('图为牧民在草场上放牧，远处是新建的', 20, 134, 7),
		run('储草棚。 视觉中国', 20, 144, 7),
		...story(),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items[0]).toMatchObject({ kind: 'photo', credit: '视觉中国', authors: [] });
	expect(result.items[0].paragraphs).toEqual(['图为牧民在草场上放牧，远处是新建的储草棚。']);
});

test('drops a photo’s number printed on its picture’s corner (`①`), read or not as a picture, from the story beside it', () => {
	// A story at the left; two photos at the right, each numbered in its top left corner, their numbered captions under them.
	const pictures = [
		{ x: 250, y: 20, width: 60, height: 40 },
		{ x: 315, y: 20, width: 60, height: 40 },
	];
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(body(8), 20, 50),
		run('①', 252, 22, 8),
		run('②', 317, 22, 8),
		run('图①：志愿者在社区为老人义诊。', 250, 70, 7),
		run('图②：农民在田间收割水稻。', 250, 80, 7),
		run('本报记者 陈强 摄', 320, 90, 7),
	];
	const text = (pictured: typeof pictures) =>
		layoutSplit(photoPage(runs, pictured)).items.map((i) => [i.headline, i.paragraphs.join('')]);
	const story = ['大漠深处绿意浓', body(8).join('')];
	expect(text(pictures)[0]).toEqual(story);
	// Where the page reads no picture there, the number stands alone, a square of its own type size: no item's text either.
	expect(text([]).flat().join('')).not.toMatch(/[①②](?!：)/u);
});

test('reads a credit set on a caption’s last line, past a sentence’s end, as the photo’s credit, where captions are the body type', () => {
	// A group's title and numbered captions in the body's type under its pictures, the credit on the last caption's baseline.
	const pictures = [
		{ x: 20, y: 20, width: 100, height: 80 },
		{ x: 125, y: 20, width: 110, height: 80 },
	];
	const runs = [
		run('家门口的新变化', 20, 110, 12, true),
		run('图①：志愿者在社区为老人义诊。', 20, 128),
		run('图②：农民在田间收割水稻。', 20, 141),
		run('本报记者 陈强摄', 155, 141),
		...story(200),
	];
	const result = layoutSplit(photoPage(runs, pictures));
	expect(result.items[0]).toMatchObject({ headline: '家门口的新变化', authors: ['陈强'] });
	expect(result.items[0].paragraphs.join('')).toBe('图①：志愿者在社区为老人义诊。图②：农民在田间收割水稻。');
});

test('splits a credit begun past a caption line’s end, after its last sentence, and wrapped onto its next line off the caption', () => {
	// `本报记` set two ems past the caption's first line, `者 陈强 摄` opening its second.
	const photo = { x: 20, y: 20, width: 200, height: 110 };
	const runs = [
		run('图为牧民在草场上放牧，远处是储草棚。', 20, 134, 7),
		run('本报记', 160, 134, 7),
		run('者 陈强 摄', 20, 144, 7),
		...story(),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['陈强'] });
	expect(result.items[0].paragraphs).toEqual(['图为牧民在草场上放牧，远处是储草棚。']);
});

test('reads a short bold line in the text’s type right over a caption beside its photo, the credit read between them, as the photo’s title', () => {
	// Beside the picture: the title, the credit flush right over the caption's line, then the caption, an em under the title.
	const photo = { x: 20, y: 20, width: 200, height: 100 };
	const runs = [
		run('田间春耕', 230, 30, 9, true),
		run('新华社记者 陈强 摄', 330, 20, 7),
		run('近日，农民在田间忙着春耕备耕。', 230, 44, 7),
		...story(),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items[0]).toMatchObject({ kind: 'photo', headline: '田间春耕', authors: ['陈强'] });
	expect(result.items[0].paragraphs).toEqual(['近日，农民在田间忙着春耕备耕。']);
});

test('reads a title in very large type over a page of photos, each with its caption, as the page’s banner, not the first photo’s title', () => {
	// The title centred at the top; two photos under it, each with its caption and credit.
	const pictures = [
		{ x: 20, y: 80, width: 170, height: 120 },
		{ x: 210, y: 80, width: 170, height: 120 },
	];
	const runs = [
		run('奋进新时代', 130, 20, 28, true),
		run('近日，农民在田间忙着春耕备耕。', 20, 204, 7),
		run('新华社发', 160, 214, 7),
		run('图为志愿者在社区为老人义诊。', 210, 204, 7),
		run('本报记者 陈强 摄', 320, 214, 7),
		...column(body(6), 20, 300),
	];
	const result = layoutSplit(photoPage(runs, pictures, 400, 400));
	expect(result.banner?.text).toBe('奋进新时代');
	expect(result.items.slice(0, 2).map((i) => [i.kind, i.headline])).toEqual([
		['photo', '（无标题）'],
		['photo', '（无标题）'],
	]);
});

test('reads a picture agency alone on a caption’s last line, no space before it, as the photo’s credit, not caption text', () => {
	const photo = { x: 20, y: 20, width: 200, height: 110 };
	const runs = [run('图为牧民在草场上放牧，远处是储草棚。', 20, 134, 7), run('视觉中国', 20, 144, 7), ...story()];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(result.items[0]).toMatchObject({ kind: 'photo', credit: '视觉中国', authors: [] });
	expect(result.items[0].paragraphs).toEqual(['图为牧民在草场上放牧，远处是储草棚。']);
});

test('splits a credit run on after the last of a group’s numbered captions (`图②：… 资料图片`) off as its credit, though they stand clear of the photos', () => {
	// The group's title and numbered captions set under a story, well away from the pictures.
	const pictures = [
		{ x: 20, y: 20, width: 100, height: 80 },
		{ x: 125, y: 20, width: 110, height: 80 },
	];
	const runs = [
		run('家门口的新变化', 20, 150, 12, true),
		run('图①：志愿者在社区为老人义诊。', 20, 168),
		run('图②：农民在田间收割水稻。 资料图片', 20, 181),
		...story(250),
	];
	const result = layoutSplit(photoPage(runs, pictures));
	expect(result.items[0]).toMatchObject({ headline: '家门口的新变化', credit: '资料图片' });
	expect(result.items[0].paragraphs.join('')).toBe('图①：志愿者在社区为老人义诊。图②：农民在田间收割水稻。');
});

test('reads numbered captions stacked in blocks one under another, flush left, as one caption for the group', () => {
	const picture = { x: 20, y: 20, width: 200, height: 150 };
	const runs = [
		// The title and the captions beside the picture, each numbered caption a block of its own.
		run('湖畔新景', 230, 60, 12, true),
		...column(['图①：游客在湖边的步道上', '散步。'], 230, 78, 7.5),
		run('图②：孩子们在草地上放风筝。', 230, 103, 7.5),
		...column(['图③：渔民在码头上整理渔', '网。'], 230, 118, 7.5),
		run('本报记者 林立 摄', 330, 138, 7.5),
		...column(body(8), 20, 200),
	];
	const photos = layoutSplit(photoPage(runs, [picture], 500, 400)).items.filter((i) => i.kind === 'photo');
	expect(photos).toHaveLength(1);
	expect(photos[0]).toMatchObject({
		headline: '湖畔新景',
		authors: ['林立'],
		paragraphs: ['图①：游客在湖边的步道上散步。', '图②：孩子们在草地上放风筝。', '图③：渔民在码头上整理渔网。'],
	});
});

test('keeps a credit run on at the end of a caption as its own where the credit read next stands apart, under the next picture', () => {
	const runs = [
		run('田间新绿', 175, 42, 14, true),
		...column(['图为工作人员在窗口', '办理业务。本报记者', '马佳 摄'], 175, 56, 8),
		// Flush right under the second picture, over its title: that photo's credit.
		run('新华社记者 董悦 摄', 310, 93, 8),
		run('春耕正忙', 250, 105, 14, true),
		run('近日，志愿者为老人义务理发。', 250, 123, 8),
		...column(body(6), 20, 200),
	];
	const pictures = [
		{ x: 20, y: 40, width: 150, height: 80 },
		{ x: 250, y: 40, width: 150, height: 50 },
	];
	const items = layoutSplit(photoPage(runs, pictures, 420, 300)).items;
	expect(items.slice(0, 2).map((i) => [i.headline, i.authors, i.paragraphs])).toEqual([
		['田间新绿', ['马佳'], ['图为工作人员在窗口办理业务。']],
		['春耕正忙', ['董悦'], ['近日，志愿者为老人义务理发。']],
	]);
});

test('gives a credit set beyond a picture from the story read before it to that photo, its title read next', () => {
	const runs = [
		run('安平综合执法', 20, 20, 14, true),
		...column(body(6), 20, 40),
		// Up the picture's right edge, read before the photo's title under the picture.
		run('本报记者康博文摄', 290, 45, 7.5),
		run('白石织密', 180, 105, 12, true),
		run('图为望江镇丰收的果园，游人如织。', 180, 120, 8),
	];
	const items = layoutSplit(photoPage(runs, [{ x: 180, y: 40, width: 100, height: 60 }], 400, 300)).items;
	expect(items.map((i) => [i.headline, i.authors, i.credit ?? null])).toEqual([
		['安平综合执法', [], null],
		['白石织密', ['康博文'], '本报记者康博文摄'],
	]);
});

test('reads a credit set vertically right beside a photo’s caption, level with it, as that photo’s, not the story’s read before it', () => {
	const photo = { x: 150, y: 40, width: 200, height: 80 };
	const runs = [
		run('老街焕新颜', 20, 20, 20, true),
		...column(['>第一行正文写在这', '第二行正文写在这里接', '写完了。'], 20, 50),
		...[...'吕生摄'].map((ch, i) => run(ch, 150, 124 + i * 7, 6)),
		...column(['图①：3月5日，人们参加当地的', '节日庆祝活动。'], 158, 124, 7),
	];
	const result = layoutSplit(page(runs, [], [photo]));
	expect(result.items.map((i) => [i.kind, i.authors])).toEqual([
		['article', []],
		['photo', ['吕生']],
	]);
});

/**
 * A bar chart (a box drawn at 20, 60, 200 × 100): its title over it, its labels and figures printed on it,
 * its source under it; a story beside it.
 */
const chart = (credit: ReturnType<typeof run>[]) => [
	run('大漠深处绿意浓', 300, 20, 20, true),
	...column(body(8), 300, 50),
	run('2023年新能源装机容量', 20, 44, 10, true),
	...column(['佛山', '开封', '单位：万件'], 25, 66, 7),
	run('46.5', 80, 66, 7),
	run('230', 130, 96, 7),
	run('154', 170, 126, 7),
	run('数据来源：省统计局。', 20, 166, 8),
	...credit,
];

test('reads a chart’s title over it as the headline of the chart’s item, its labels and figures as furniture', () => {
	const result = layoutSplit(page(chart([]), [], [{ x: 20, y: 60, width: 200, height: 100 }]));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.headline, i.paragraphs.join('')])).toEqual([
		['2023年新能源装机容量', '数据来源：省统计局。'],
		['大漠深处绿意浓', body(8).join('')],
	]);
	expect(result.furniture.map((f) => f.text)).toEqual(expect.arrayContaining(['46.5', '230', '154']));
});

test('reads a bold line right over a photo, its caption under the photo read next, as the photo’s title; a marked label there stays a label', () => {
	const picture = { x: 20, y: 60, width: 200, height: 100 };
	const runs = (title: string) => [
		run('大漠深处绿意浓', 300, 20, 20, true),
		...column(body(8), 300, 50),
		run(title, 20, 44, 10, true),
		run('近日，石门县的农民在田间收割水稻。', 20, 164, 7.5),
		run('王芳摄', 190, 176, 7.5),
	];
	const titled = layoutSplit(page(runs('夏日里的欢乐'), [], [picture]));
	expect(checkConservation(titled.text, titled)).toEqual({ missing: '', extra: '' });
	expect(titled.items[0]).toMatchObject({
		kind: 'photo',
		headline: '夏日里的欢乐',
		paragraphs: ['近日，石门县的农民在田间收割水稻。'],
		authors: ['王芳'],
	});
	const labelled = layoutSplit(page(runs('■视点'), [], [picture]));
	expect(labelled.items.map((i) => i.headline)).not.toContain('视点');
});

test('reads a photo’s title naming a place before a colon (`烟台：11月好风光`), between the photo and its caption, as its title', () => {
	const photo = { x: 20, y: 20, width: 200, height: 100 };
	const runs = [
		run('烟台：11月好风光', 20, 126, 10.8, true),
		...column(['南湖镇的一处街区在夜色中灯火通明。新华社发', '康玉凯摄'], 20, 142, 8),
		...story(190),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items[0]).toMatchObject({ kind: 'photo', headline: '烟台：11月好风光', authors: ['康玉凯'] });
});

test('reads each title of two charts side by side with its own chart’s caption and credit, though both titles are read first', () => {
	const wide = '正文写在这里，接着往下写到栏的尽头。';
	const charts = [
		{ x: 15, y: 155, width: 257, height: 78 },
		{ x: 286, y: 155, width: 393, height: 58 },
	];
	const runs = [
		// A story over them in four columns, each wider than the gap between the charts.
		run('大漠深处绿意浓', 15, 42, 18, true),
		...[15, 196, 376, 556].flatMap((x, i) => column(numbered(4, i * 4, wide), x, 79, 7.5)),
		run('2023年新能源装机容量', 15, 141, 9.7, true),
		run('2023年储能产业规模', 286, 141, 9.7, true),
		...column(['安顺', '天水', '单位：万件'], 20, 163, 6),
		run('59.4', 68, 211, 6),
		run('463.5', 152, 172, 6),
		run('653', 191, 163, 6),
		...column(['2021年', '2022年', '单位：亿元'], 291, 163, 6),
		run('592.7', 459, 192, 6),
		run('805', 490, 163, 6),
		run('王芳 制图', 653, 214, 6),
		run('数据来源：省统计局。', 286, 225, 6.7),
		run('资料来源：行业协会。', 15, 236, 6.7),
		run('李强 制图', 240, 245, 6),
	];
	// A thin rule under both titles, across the gap between the charts: the titles are read one after the other, before the charts.
	const result = layoutSplit(page(runs, [{ x: 100, y: 153, width: 300, height: 0.5 }], charts));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.headline, i.paragraphs.join(''), i.authors])).toEqual([
		['大漠深处绿意浓', numbered(16, 0, wide).join(''), []],
		['2023年新能源装机容量', '资料来源：行业协会。', ['李强']],
		['2023年储能产业规模', '数据来源：省统计局。', ['王芳']],
	]);
});

test('reads a photo’s title right over its caption with that caption, though another photo’s caption is read between them', () => {
	const wide = '正文写在这里，接着往下写到栏的尽头。';
	const photos = [
		{ x: 15, y: 175, width: 300, height: 225 },
		{ x: 330, y: 175, width: 300, height: 230 },
		{ x: 15, y: 452, width: 285, height: 150 },
		{ x: 330, y: 452, width: 285, height: 150 },
	];
	const runs = [
		// A story over them in three columns.
		run('大漠深处绿意浓', 15, 46, 23, true),
		...[15, 225, 435].flatMap((x, k) => column(numbered(3, k * 3, wide), x, 113)),
		run('曲靖：4月好风光', 15, 404, 10.5, true),
		run('12月21日，居民在社区食堂用餐。 张丹志/摄', 330, 408, 8),
		run('7月21日，志愿者为老人测量血压。', 15, 420, 8),
		run('邹国/摄', 256, 420, 8),
		run('3月8日，农民在田间抢收小麦。 常梅宁 摄', 15, 606, 8),
		run('这是4月15日拍摄的城区一角。 司马东洁 摄', 330, 606, 8),
	];
	// A thin rule across the gutter between the title and its caption: the photo beside is read between them.
	const result = layoutSplit(page(runs, [{ x: 200, y: 416, width: 200, height: 0.5 }], photos));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.slice(0, 3).map((i) => [i.headline, i.paragraphs.join(''), i.authors])).toEqual([
		['大漠深处绿意浓', numbered(9, 0, wide).join(''), []],
		['曲靖：4月好风光', '7月21日，志愿者为老人测量血压。', ['邹国']],
		['（无标题）', '12月21日，居民在社区食堂用餐。', ['张丹志']],
	]);
});

/** A credit set vertically (竖排) as Chromium prints it: every glyph a run of its own, piled on one spot, in reading order. */
const pile = (text: string, x: number, y: number, size = 6) => [...text].map((ch) => run(ch, x, y, size));

test('reads a page of photos stacked one under another, each credit set up its picture’s right edge and read before the caption under it, as one photo each', () => {
	// Three photos, a rule between each two, each its caption under it and its credit set vertically at its top right.
	const pictures = [0, 1, 2].map((k) => ({ x: 20, y: 60 + k * 110, width: 300, height: 90 }));
	const runs = [
		run('城市新貌', 20, 20, 24, true),
		// The lead, one sentence a little larger than the captions: text, not a deck.
		run('随着天气转暖，北塘区的城市更新项目进入施工高峰期。', 30, 48, 8),
		...['康卫摄', '周敏摄', '刘强摄'].flatMap((credit, k) => pile(credit, 326, 62 + k * 110)),
		...[
			'这是苏州城区一角。今年以来，当地接待游客6810万人次。',
			'工作人员在仓库分拣快递。活动吸引了众多群众参与。',
			'市民在公园里晨练。',
		].map((caption, k) => run(caption, 20, 152 + k * 110, 7.5)),
	];
	const rules = [1, 2].map((k) => ({ x: 20, y: 56 + k * 110, width: 320, height: 1 }));
	const content = { ...photoPage(runs, pictures, 400, 420), rules };
	const result = layoutSplit(content);
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.headline, i.authors, i.paragraphs.join('')])).toEqual([
		['城市新貌', [], '随着天气转暖，北塘区的城市更新项目进入施工高峰期。'],
		[expect.any(String), ['康卫'], '这是苏州城区一角。今年以来，当地接待游客6810万人次。'],
		[expect.any(String), ['周敏'], '工作人员在仓库分拣快递。活动吸引了众多群众参与。'],
		[expect.any(String), ['刘强'], '市民在公园里晨练。'],
	]);
});

test('reads a credit set flush right right under a picture as the credit of the caption under it, not of the caption read before', () => {
	// Two photos one under the other; the second's credit on its foot, over its caption.
	const pictures = [
		{ x: 20, y: 20, width: 300, height: 100 },
		{ x: 20, y: 160, width: 300, height: 100 },
	];
	const runs = [
		run('①孩子们在操场上开展趣味运动。今年以来，当地接待游客8981万人次。', 20, 124, 7.5),
		run('武梅摄', 302, 262, 6),
		run('图②：演员在舞台上表演地方戏。', 20, 276, 7.5),
	];
	const result = layoutSplit(photoPage(runs, pictures));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	const photos = result.items.map((i) => [i.authors, i.paragraphs.join('')]);
	expect(photos).toContainEqual([[], '①孩子们在操场上开展趣味运动。今年以来，当地接待游客8981万人次。']);
	expect(photos).toContainEqual([['武梅'], '图②：演员在舞台上表演地方戏。']);
});

test('reads numbered captions each alone under its own picture, its credit run on, as one photo each', () => {
	const pictures = [
		{ x: 20, y: 20, width: 300, height: 100 },
		{ x: 20, y: 160, width: 300, height: 100 },
	];
	const runs = [
		run('图①：近日，在赣州石桥镇，工人在车间调试生产设备。 本报记者 孙俊摄', 20, 124, 7.5),
		run('图②：4月12日，人们参加当地的节日庆祝活动。 戴敏摄', 20, 264, 7.5),
	];
	const result = layoutSplit(photoPage(runs, pictures));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.authors, i.paragraphs.join('')])).toEqual([
		[['孙俊'], '图①：近日，在赣州石桥镇，工人在车间调试生产设备。'],
		[['戴敏'], '图②：4月12日，人们参加当地的节日庆祝活动。'],
	]);
});

test('reads a credit piled on one spot (竖排) whose flat glyph stands high in its cell (`汪一摄`, `一` under an em over the rest) in the order drawn', () => {
	const photo = { x: 20, y: 20, width: 200, height: 110 };
	const runs = [
		run('汪', 224, 26, 7.5),
		run('一', 224, 20.2, 7.5),
		run('摄', 224, 28.2, 7.5),
		run('工作人员在仓库分拣快递。活动吸引了众多群众参与。', 20, 134, 7),
		...story(),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['汪一'] });
});

test('reads a credit piled on one spot (竖排) whose half-width slash stands over an em-wide gap above the rest (`龙海/摄`) in the order drawn, as the credit of the photo whose edge it is set up', () => {
	const photo = { x: 20, y: 20, width: 200, height: 110 };
	const runs = [
		run('龙', 224, 34.3, 8.2),
		run('海', 224, 33.4, 8.2),
		{ ...run('/', 225.1, 20, 8.2), width: 4.3 },
		run('摄', 224, 37.6, 8.2),
		run('图②：这是9月26日拍摄的黄山城区一角。', 20, 134, 7),
		...story(),
	];
	const result = layoutSplit(photoPage(runs, [photo]));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['龙海'] });
	expect(result.items[0].paragraphs).toEqual(['图②：这是9月26日拍摄的黄山城区一角。']);
});

test('gives a credit set up a picture’s right edge, read after the story over the picture, to the photo whose title and caption stand right of it', () => {
	const photo = { x: 20, y: 200, width: 200, height: 160 };
	const runs = [
		run('保定：老街新韵', 20, 20, 20, true),
		...column(body(8), 20, 50),
		...column(body(8), 250, 50),
		...[...'韩永摄'].map((ch) => run(ch, 226, 206, 6)),
		run('9月好风光', 238, 202, 10, true),
		...column(['11月7日，孩子们在操场上开展趣味运动。', '眼下，当地正值旅游旺季。'], 238, 220, 7.5),
	];
	const result = layoutSplit(page(runs, [], [photo]));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.headline, i.authors])).toEqual([
		['保定：老街新韵', []],
		['9月好风光', ['韩永']],
	]);
});

test('splits a credit run on after a caption under its picture off it though a credit read next stands up the edge of the next picture', () => {
	const pictures = [
		{ x: 20, y: 20, width: 300, height: 100 },
		{ x: 20, y: 138, width: 160, height: 120 },
	];
	const runs = [
		run('图④：近日，志愿者为老人测量血压。据介绍，这里已成为远近闻名的打卡地。 资料图片', 20, 124, 7.5),
		...[...'视觉中国'].map((ch) => run(ch, 186, 142, 6)),
		...column(['图⑤：4月5日，人们参加当地的', '节日庆祝活动。'], 200, 140, 7.5),
	];
	const result = layoutSplit(photoPage(runs, pictures));
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	expect(result.items.map((i) => [i.paragraphs.join(''), i.credit])).toEqual([
		['图④：近日，志愿者为老人测量血压。据介绍，这里已成为远近闻名的打卡地。', '资料图片'],
		['图⑤：4月5日，人们参加当地的节日庆祝活动。', '视觉中国'],
	]);
});

test('reads a blank filled rectangle 40 pt wide but under 40 pt high as a photo printed small, its caption and credit under it a photo', () => {
	// A story in two columns; in its second column a grey block 110 × 27 pt with no text on it, a caption and a credit under it.
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(body(10), 20, 50),
		...column(body(3), 170, 50),
		run('日前，永丰市的小学生在课堂上体验传统手工艺。', 170, 130, 7.5),
		run('新华社记者 黎博 摄', 230, 142, 7.5),
	];
	const content = { ...page(runs), fills: [{ x: 170, y: 98, width: 110, height: 27 }] };
	const result = layoutSplit(content);
	expect(result.items).toHaveLength(2);
	expect(result.items[0].paragraphs.join('')).not.toMatch(/手工艺/);
	expect(result.items[1]).toMatchObject({ kind: 'photo', authors: ['黎博'] });
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
	// A tag the same size holding a label is no picture: its label stays a label.
	const tagged = layoutSplit({
		...page([run('简讯', 24, 300, 12, true), ...story(330)]),
		fills: [{ x: 20, y: 296, width: 60, height: 20 }],
	});
	expect(tagged.items.every((i) => i.kind !== 'photo')).toBe(true);
});

test('reads a caption set beside its picture past the credit set up the picture’s edge as the photo’s, not the story’s', () => {
	// A story at the left; right of it a picture, its credit set vertically up its right edge, its caption right of that.
	const picture = { x: 300, y: 50, width: 140, height: 118 };
	const runs = [
		run('奥地利发布数字化转型战略', 20, 20, 18, true),
		...column(body(12), 20, 50),
		// The credit set vertically (竖排), a glyph to a line, 7.5 pt, 12 pt right of the picture.
		...[...'通讯员邓德胜摄'].map((c, i) => run(c, 452, 56 + i * 7.5, 7.5)),
		...column(['11月18日，学生在维也纳', '街头参加节日活动。'], 472, 56, 8),
	];
	const result = layoutSplit(page(runs, [], [picture]));
	const story = result.items.find((i) => i.headline === '奥地利发布数字化转型战略')!;
	expect(story.paragraphs.join('')).not.toMatch(/维也纳/);
	expect(story.authors).toEqual([]);
	const photo = result.items.find((i) => i.kind === 'photo');
	expect(photo).toMatchObject({ authors: ['邓德胜'] });
	expect(photo!.paragraphs.join('')).toMatch(/^11月18日/);
	expect(checkConservation(result.text, result)).toEqual({ missing: '', extra: '' });
});
