import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { toLayoutBlocks } from '../../src/lib/pdf-import/layout-blocks.ts';
import { toLayoutLines } from '../../src/lib/pdf-import/layout-lines.ts';
import { readingOrder } from '../../src/lib/pdf-import/reading-order.ts';
import { column, page, photoPage, run } from '../support/text-runs.ts';

test('reads a short bold line right before a label or a headline as a column label, not a 小标题 of the story before: the sign-off stays last', () => {
	const result = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...column(['>第一行正文写在这里接着', '第二行正文写在这里接着写', '写完了。'], 20, 50),
			run('（记者 王芳）', 56, 95),
			run('望海楼', 20, 130, 9, true),
			run('【今日谈】', 150, 130, 9, true),
			run('服务送上门', 150, 150, 18, true),
			...column(['>第一行正文写在这里接着', '第二行正文写在这里接着写', '写完了。'], 150, 180),
		]),
	);
	expect(result.items[0].authors).toEqual(['王芳']);
	expect(result.items[0].paragraphs.join('')).not.toContain('望海楼');
	expect(result.items[1].headline).toBe('服务送上门');
});

test('reads a credit set right over a caption by a picture as that photo’s credit', () => {
	const picture = { x: 20, y: 20, width: 150, height: 100 };
	const result = layoutSplit(
		photoPage(
			[
				run('本报记者 邓思 摄', 250, 20, 8),
				run('图③：近日，社区的居民在广场上跳舞。', 180, 32, 8),
				run('这是第二行说明文字。', 180, 44, 8),
			],
			[picture],
		),
	);
	expect(result.items).toHaveLength(1);
	expect(result.items[0].authors).toEqual(['邓思']);
	expect(result.items[0].paragraphs.join('')).not.toContain('摄');
});

test('splits a caption’s last line reading as a credit on its own (`董海燕摄（人民视觉）`) off as the photo’s credit', () => {
	const picture = { x: 300, y: 20, width: 150, height: 100 };
	const result = layoutSplit(
		page(
			[
				run('老街焕新颜', 20, 20, 20, true),
				...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '写完了。'], 20, 50),
				run('题图：秋山晚照（中国画）', 300, 125, 8),
				run('董海燕摄（人民视觉）', 300, 137, 8),
			],
			[],
			[picture],
		),
	);
	const photo = result.items.find((i) => i.kind === 'photo');
	expect(photo).toMatchObject({ paragraphs: ['题图：秋山晚照（中国画）'], authors: ['董海燕'] });
});

test('reads a byline set flush right on the last line of a story’s block, under its last sentence, as its byline', () => {
	const result = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '写完了。'], 20, 50),
			run('宋兰平 姚超志 报道', 20 + 108 - 9 * 10, 50 + 3 * 13.5),
		]),
	);
	// (The byline's run is ten ems wide with its spaces: it ends flush right with the column, at 128.)
	const [item] = result.items;
	expect(item.authors).toEqual(['宋兰平', '姚超志']);
	expect(item.paragraphs.join('')).not.toContain('报道');
});

test('gives a credit set right under a caption back to it where the reading order read it into the next photo', () => {
	const pictures = [
		{ x: 20, y: 20, width: 150, height: 60 },
		{ x: 180, y: 20, width: 150, height: 60 },
		{ x: 20, y: 200, width: 150, height: 60 },
	];
	const result = layoutSplit(
		photoPage(
			[
				run('图①：第一张照片的说明文字写在这里。', 20, 85, 8),
				run('第一张照片说明的第二行。', 20, 97, 8),
				run('图②：第二张照片的说明。', 180, 85, 8),
				run('侯雪 摄（人民视觉）', 250, 97, 8),
				run('唐敏 摄（人民视觉）', 90, 109, 8),
				run('图③：第三张照片的说明。', 20, 265, 8),
				run('何梅 摄（人民视觉）', 90, 277, 8),
			],
			pictures,
			400,
			400,
		),
	);
	const by = (start: string) => result.items.find((i) => i.paragraphs[0].startsWith(start))?.authors;
	expect(by('图①')).toEqual(['唐敏']);
	expect(by('图②')).toEqual(['侯雪']);
	expect(by('图③')).toEqual(['何梅']);
});

test('joins lines of a character or two stacked flush left up to an em apart (a credit set up a photo’s edge) into one block', () => {
	const runs = [...'本报记者田春英摄'].map((c, i) => run(c, 300, 100 + i * 15, 8));
	const blocks = toLayoutBlocks(toLayoutLines(runs));
	expect(blocks).toHaveLength(1);
	expect(blocks[0].lines.map((l) => l.text).join('')).toBe('本报记者田春英摄');
});

test('reads a posted correspondent’s dateline whose role and name each end a line of a narrow column', () => {
	const result = layoutSplit(
		page([
			run('物价有所缓解', 20, 20, 20, true),
			...column(['>本报驻开罗记', '者白坤向', '同时，建立起四', '级联动的工作', '机制。'], 20, 50),
		]),
	);
	expect(result.items[0].authors).toEqual(['白坤向']);
});

test('reads a sign-off closing a column under a paragraph gap as that column’s end: the columns beside are read first', () => {
	// Two stories side by side; the left one runs on under a gap level with the right one's sign-off.
	const a = { x: 20, y: 50, width: 200, height: 60 };
	const b = { x: 230, y: 50, width: 200, height: 60 };
	const aNext = { x: 20, y: 122, width: 200, height: 40 };
	const signOff = { x: 390, y: 122, width: 40, height: 10 };
	expect(readingOrder([a, b, aNext, signOff])).toEqual([a, aNext, b, signOff]);
});

test('reads the story’s one-line `——编 者` as ending its paragraph: the dateline in the next column opens one and names the reporters', () => {
	const result = layoutSplit(
		page([
			run('老街焕新颜', 20, 20, 20, true),
			...column(['>编者按：第一行正文写', '第二行正文写在这里接着写', '第三行正文写在这里接着写'], 20, 50),
			run('——编 者', 20, 50 + 3 * 13.5 + 4),
			...column(['本报讯（记者王芳）近日，', ...Array(5).fill('第二行正文写在这里接着写'), '写完了。'], 140, 50),
		]),
	);
	expect(result.items[0].authors).toEqual(['王芳']);
});

test('reaches a headline’s span left past a sidebar’s title level with it only up to the sidebar’s frame', () => {
	// The sidebar (its frame 20–200) holds a title level with the story's headline; the story's first columns stand
	// left of its headline, under it, past the frame: the headline is read before them.
	const frame = { x: 20, y: 100, width: 180, height: 120 };
	const result = layoutSplit(
		page(
			[
				run('相关阅读标题', 30, 105, 18, true),
				...column(['第一行侧栏写在这里接着写', '第二行侧栏写在这里接着写', '写完了。'], 30, 130),
				run('让群众少跑腿', 450, 100, 18, true),
				...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '第三行正文写在这里接着写'], 220, 130),
				...column(['第四行正文写在这里接着写', '第五行正文写在这里接着写', '写完了。'], 340, 130),
				...column(['第六行正文写在这里接着写', '第七行正文写在这里接着写', '写完了。'], 460, 130),
			],
			[],
			[frame],
		),
	);
	const story = result.items.find((i) => i.headline === '让群众少跑腿');
	expect(story?.paragraphs.join('')).toMatch(/^第一行正文/u);
});

test('reads the bold, larger line of a stack of decks as its headline, the lighter lines over and under it as kicker and subheadline', () => {
	const result = layoutSplit(
		page([
			run('落实全会精神——', 40, 20, 9.7),
			run('特色农产品走俏市场', 24, 34, 10.8, true),
			run('办事不再跑腿，政策落地见效', 20, 50, 9.7),
			...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '写完了。'], 20, 75),
		]),
	);
	expect(result.items).toHaveLength(1);
	expect(result.items[0]).toMatchObject({
		headline: '特色农产品走俏市场',
		kicker: '落实全会精神——',
		subheadline: '办事不再跑腿，政策落地见效',
	});
});

test('reads a byline set right over a headline, under the column’s label or over the kicker, as that story’s byline', () => {
	const story = (over: ReturnType<typeof run>[]) =>
		layoutSplit(
			page([
				run('老街焕新颜', 20, 20, 20, true),
				...column(['>第一行正文写在这里接着', '第二行正文写在这里接着写', '写完了。'], 20, 50),
				...over,
				run('新城展新貌', 20, 166, 20, true),
				...column(['>第一行正文写在这里接着', '第二行正文写在这里接着写', '写完了。'], 20, 196),
			]),
		).items;
	// The column's label, then the byline right over the headline.
	const labelled = story([run('■人民论坛', 20, 134, 10), run('本报记者 王芳', 20, 152, 8)]);
	expect(labelled).toHaveLength(2);
	expect(labelled[1]).toMatchObject({ headline: '新城展新貌', authors: ['王芳'] });
	expect(labelled[0].authors).toEqual([]);
	// The byline, then the kicker right over the headline.
	const kicked = story([run('◎本报记者 王芳', 20, 134, 8), run('一线见闻——', 20, 148, 10)]);
	expect(kicked).toHaveLength(2);
	expect(kicked[1]).toMatchObject({ headline: '新城展新貌', kicker: '一线见闻——', authors: ['王芳'] });
	// The column's label in the body's type, a word with no punctuation, right over the byline: still the label.
	const worded = story([run('短评', 20, 136, 9), run('□王芳', 20, 152, 8)]);
	expect(worded).toHaveLength(2);
	expect(worded[1]).toMatchObject({ headline: '新城展新貌', section: '短评', authors: ['王芳'] });
	expect(worded[0].paragraphs.join('')).not.toContain('短评');
	// A bare name in small type under the label, right over the headline: the story's writer.
	const named = story([run('■人民论坛', 20, 134, 10), run('欧阳明', 20, 152, 8)]);
	expect(named).toHaveLength(2);
	expect(named[1]).toMatchObject({ headline: '新城展新貌', authors: ['欧阳明'] });
	expect(named[0].authors).toEqual([]);
});

test('reads a chart’s maker (`制图/王芳`, `制图：王芳`, `王芳 制图`) under its caption as its credit, as a photographer’s', () => {
	for (const credit of ['制图/王芳', '制图：王芳', '王芳 制图']) {
		const chart = { x: 20, y: 20, width: 150, height: 100 };
		const result = layoutSplit(
			photoPage([run('数据来源：市统计局。', 20, 124, 8), run(credit, 170 - [...credit].length * 8, 136, 8)], [chart]),
		);
		expect(result.items).toHaveLength(1);
		expect(result.items[0]).toMatchObject({ credit, authors: ['王芳'], paragraphs: ['数据来源：市统计局。'] });
	}
});

test('splits a chart’s maker run on after its caption’s last sentence, past a space (`…。 制图：王芳`), off as its credit', () => {
	const chart = { x: 300, y: 20, width: 150, height: 100 };
	const split = (caption: string) =>
		layoutSplit(
			page(
				[
					run('老街焕新颜', 20, 20, 20, true),
					...column(['>第一行正文写在这里接', '第二行正文写在这里接着写', '写完了。'], 20, 50),
					run(caption, 300, 124, 8),
				],
				[],
				[chart],
			),
		).items.at(-1)!;
	expect(split('数据来源：市统计局。 制图：王芳')).toMatchObject({
		credit: '制图：王芳',
		authors: ['王芳'],
		paragraphs: ['数据来源：市统计局。'],
	});
	// Not a sentence's words after the space.
	expect(split('数据来源：市统计局。 王芳说了').authors).toEqual([]);
});

test('reads a line stopping an em short over a line opening with one character and a comma as text, not a byline: the word was carried down with its mark', () => {
	const result = layoutSplit(
		page([
			run('记者回访：整改到位', 20, 20, 18, true),
			...column(['记者回访时看', '到，问题已经得', '到解决，居民纷', '纷点赞。'], 20, 50),
		]),
	);
	expect(result.items).toHaveLength(1);
	expect(result.items[0].authors).toEqual([]);
	expect(result.items[0].paragraphs.join('')).toBe('记者回访时看到，问题已经得到解决，居民纷纷点赞。');
});
