import { expect, test } from 'vitest';
import { toLines } from '../../src/lib/importer/lines.ts';
import {
	joinCutRoles,
	joinVertical,
	markSideLabels,
	placeAcrossCredits,
	placeVerticalCredits,
} from '../../src/lib/importer/vertical-lines.ts';
import { unscrambleCredit } from '../../src/lib/importer/detect-credit.ts';
import { parsePage } from '../../src/lib/importer/index.ts';
import { parseConserved } from '../support/parse-conserved.ts';

test('joins a headline dumped one character a line into one line with the first line number', () => {
	const lines = joinVertical(toLines('■乡村振兴\n但\n是\n‘\n人\n老\n’\n□吉日嘎拉'));
	expect(lines.map((l) => l.text)).toEqual(['■乡村振兴', '但是‘人老’', '□吉日嘎拉']);
	expect(lines[1]).toMatchObject({ number: 2, width: 6 });
});

test('reads two vertical runs with one blank line between them as one headline wrapped over two lines', () => {
	const lines = joinVertical(toLines('走\n好\n路\n \n绿\n色\n发\n展\n\n◎\n王\n芳'));
	expect(lines.map((l) => l.text)).toEqual(['走好路', '绿色发展', '', '◎王芳']);
});

test('leaves two single characters and single digits alone', () => {
	expect(joinVertical(toLines('好\n的\n\n1\n2\n3')).map((l) => l.text)).toEqual(['好', '的', '', '1', '2', '3']);
});

test('a vertical headline over its byline heads the item instead of opening its body', () => {
	const page = parsePage(
		'走\n好\n绿\n色\n发\n展\n路\n□本报记者 王芳\n　　村里的路修好了，村民的日子越过越红火。\n　　今年又种下了一片果园。\n',
	);
	expect(page.items).toHaveLength(1);
	expect(page.items[0]).toMatchObject({
		headline: '走好绿色发展路',
		paragraphs: ['村里的路修好了，村民的日子越过越红火。', '今年又种下了一片果园。'],
	});
});

test('a vertical headline as wide as the column heads the story under it instead of running into its text', () => {
	// pdftotext (a form feed ends the page): a story under its headline, then the next story's
	// headline set vertically beside its text, one character a line, as wide as the column joined.
	const page = parsePage(
		[
			'老旧小区换新颜',
			'',
			'本报讯 城南社',
			'区的老旧小区改',
			'造今年春天开始，',
			'已完成屋顶防水。',
			'',
			...'修好家门口路',
			'',
			'村里的路修好了，',
			'村民的日子越过',
			'越红火，秋天就',
			'能挂果。',
			'\f',
		].join('\n'),
	);
	expect(page.items.map((i) => [i.headline, i.paragraphs.join('')])).toEqual([
		['老旧小区换新颜', '本报讯 城南社区的老旧小区改造今年春天开始，已完成屋顶防水。'],
		['修好家门口路', '村里的路修好了，村民的日子越过越红火，秋天就能挂果。'],
	]);
});

test('a column name set upright right above a headline set across is the section, not a kicker', () => {
	const page = parsePage(
		[
			...'评论员观察',
			'别让服务止于形式',
			'◎王芳',
			'　　一到农忙时节，合作社的农机就排满了预约单。',
			'　　问题解决了，群众的心里也亮堂了。',
			'',
		].join('\n'),
	);
	expect(page.items).toHaveLength(1);
	expect(page.items[0]).toMatchObject({ headline: '别让服务止于形式', section: '评论员观察', authors: ['王芳'] });
	expect(page.items[0].kicker).toBeUndefined();
});

test('a two-character column name set upright under a head printed after its body is the section, not the headline’s tail', () => {
	const lines = markSideLabels(joinVertical(toLines('把好事办到心坎上\n快\n评\n\n正文')));
	expect(lines.map((l) => l.text)).toEqual(['把好事办到心坎上', '快评', '', '正文']);
	const page = parsePage(
		[
			'玉米抢收过半',
			'',
			'　　本报讯　入秋以来，某镇组织农机手抢收玉米，全镇两万亩玉米已收获过半。',
			'',
			'　　一到农忙时节，合作社的农机就排满了预约单。',
			'　　问题解决了，群众的心里也亮堂了。',
			'',
			'把好事办到心坎上',
			'快',
			'评',
			'',
		].join('\n'),
	);
	expect(page.items.find((item) => item.headline.startsWith('把好事'))).toMatchObject({
		headline: '把好事办到心坎上',
		section: '快评',
	});
});

test('an upright column name is read as one only in a text dump, not in pdftotext output', () => {
	const lines = markSideLabels(
		joinVertical(toLines('评\n论\n员\n观\n察\n别让服务止于形式\n\n走\n好\n路\n\n◎\n王\n芳')),
	);
	expect(lines.filter((l) => l.sideLabel).map((l) => l.text)).toEqual(['评论员观察']);
});

test('reads a vertical credit whose glyphs came out of order as the credit in order', () => {
	expect(unscrambleCredit('华记者社新万摄秋实')).toBe('新华社记者 万秋实 摄');
	expect(unscrambleCredit('图供者受访')).toBe('受访者供图');
	// the name turned round to open on a common surname
	expect(unscrambleCredit('报记本者摄博文康')).toBe('本报记者 康博文 摄');
	expect(unscrambleCredit('邵娟摄')).toBe('邵娟 摄');
	// a credit already in order, a headline, or a name that opens on no surname: nothing
	expect(unscrambleCredit('受访者供图')).toBeUndefined();
	expect(unscrambleCredit('玉图写好景泉新')).toBeUndefined();
	expect(unscrambleCredit('乌兰萍摄')).toBeUndefined();
	const lines = joinVertical(toLines('标题\n图\n供\n者\n受\n访\n\n正文'));
	expect(lines.map((l) => l.text)).toEqual(['标题', '受访者供图', '', '正文']);
	expect(lines[1]).toMatchObject({ vertical: true, piled: true });
});

test('moves a piled vertical credit under the first caption after it that no credit closes', () => {
	const lines = placeVerticalCredits(
		joinVertical(toLines('图\n供\n者\n受\n访\n\n图为城南街景。\n新华社发\n\n秋收\n近日，农民在田间收割水稻。\n\n正文')),
	);
	expect(lines.map((l) => l.text)).toEqual([
		'',
		'图为城南街景。',
		'新华社发',
		'',
		'秋收',
		'近日，农民在田间收割水稻。',
		'受访者供图',
		'',
		'正文',
	]);
});

test('a piled vertical credit passes a short block of running text for a caption-shaped block after it', () => {
	// A column's line ending its sentence, set apart between blank lines, reads as a caption only
	// where no caption-shaped block (opening on the day, `近日`, `图①`, `这是…`) follows.
	const lines = placeVerticalCredits(
		joinVertical(
			toLines(
				'图\n供\n者\n受\n访\n\n口码头，集装箱吊装作业一派繁忙。\n\n劳动最美\n1月14日，演员在舞台上表演。\n\n正文',
			),
		),
	);
	expect(lines.map((l) => l.text)).toEqual([
		'',
		'口码头，集装箱吊装作业一派繁忙。',
		'',
		'劳动最美',
		'1月14日，演员在舞台上表演。',
		'受访者供图',
		'',
		'正文',
	]);
	const alone = placeVerticalCredits(
		joinVertical(toLines('图\n供\n者\n受\n访\n\n口码头，集装箱吊装作业一派繁忙。\n\n正文')),
	);
	expect(alone.map((l) => l.text)).toEqual(['', '口码头，集装箱吊装作业一派繁忙。', '受访者供图', '', '正文']);
});

test('a piled vertical credit passes a block opening on a dateline: a story opens there, no caption', () => {
	const lines = placeVerticalCredits(
		joinVertical(
			toLines('图\n供\n者\n受\n访\n\n据新华社北京8月14日电 一批项目\n相继落地。\n\n城市的夜\n市民在江边散步。\n\n正文'),
		),
	);
	expect(lines.map((l) => l.text)).toEqual([
		'',
		'据新华社北京8月14日电 一批项目',
		'相继落地。',
		'',
		'城市的夜',
		'市民在江边散步。',
		'受访者供图',
		'',
		'正文',
	]);
});

test('a piled vertical credit tight under a caption, or standing after it, is the next picture’s: it closes no caption', () => {
	// Each upright credit printed at the top of its picture's edge, before the caption, so right
	// under the caption before: every credit moves one caption on.
	const lines = placeVerticalCredits(
		joinVertical(toLines('图\n供\n者\n受\n访\n\n图为城南街景。\n华\n社\n新\n发\n\n近日，农民在田间收割水稻。\n\n正文')),
	);
	expect(lines.map((l) => l.text)).toEqual([
		'',
		'图为城南街景。',
		'受访者供图',
		'',
		'近日，农民在田间收割水稻。',
		'新华社发',
		'',
		'正文',
	]);
});

test('a caption after a piled vertical credit in a pdftotext dump is a photo with that credit', () => {
	// pdftotext (a form feed ends the page): a story, the credit printed upright beside its picture
	// (every glyph on one spot, read out of order), then the photo's title and caption.
	const page = parseConserved(
		[
			'老旧小区换新颜',
			'',
			'本报讯 城南社区的老旧小区',
			'改造今年春天开始，已完成屋',
			'顶防水。',
			'',
			...'报记本者摄芳王',
			'',
			'秋收',
			'近日，农民在田间收割水稻。',
			'\f',
		].join('\n'),
	);
	expect(page.items.at(-1)).toMatchObject({
		kind: 'photo',
		headline: '秋收',
		credit: '本报记者 王芳 摄',
		authors: ['王芳'],
		paragraphs: ['近日，农民在田间收割水稻。'],
	});
});

test('joins a credit whose role word the wrap cut and pdftotext read tail first', () => {
	const lines = joinCutRoles(toLines('技术人员调试智能设备。\n者 蒋安然 摄\n\n本报记\n\n正文'));
	expect(lines.map((l) => l.text)).toEqual(['技术人员调试智能设备。', '本报记者 蒋安然 摄', '', '', '正文']);
	// no role's head under it, or a head that makes no credit: left alone
	expect(joinCutRoles(toLines('者 蒋安然 摄\n\n正文')).map((l) => l.text)).toEqual(['者 蒋安然 摄', '', '正文']);
	expect(joinCutRoles(toLines('者 说得好。\n本报记')).map((l) => l.text)).toEqual(['者 说得好。', '本报记']);
	const page = parseConserved(
		['秋收', '', '11月26日，技术人员调试智能设备。', '者 蒋安然 摄', '', '本报记', '', '\f'].join('\n'),
	);
	expect(page.items[0]).toMatchObject({ kind: 'photo', credit: '本报记者 蒋安然 摄', authors: ['蒋安然'] });
});

test('moves a credit set across that pdftotext read before its caption to under the caption', () => {
	// alone between blank lines, after a story's text (no caption: five lines): to under the
	// caption two blocks on
	const story = '城南社区的老旧\n小区改造今年\n春天开始，已\n完成屋顶防水\n工程。';
	const alone = placeAcrossCredits(toLines(`${story}\n\n王芳 摄\n\n秋收\n\n近日，农民在田间收割水稻。\n\n正文`));
	expect(alone.map((l) => l.text)).toEqual([
		...story.split('\n'),
		'',
		'',
		'秋收',
		'',
		'近日，农民在田间收割水稻。',
		'王芳 摄',
		'',
		'正文',
	]);
	// tight under a story's last line, which opens no caption: moved too
	const tight = placeAcrossCredits(
		toLines('温暖送到心坎上。\n新华社记者 覃丽 摄\n\n点亮希望\n近日，农民在田间忙着春耕。'),
	);
	expect(tight.map((l) => l.text)).toEqual([
		'温暖送到心坎上。',
		'',
		'点亮希望',
		'近日，农民在田间忙着春耕。',
		'新华社记者 覃丽 摄',
	]);
	// tight under a caption, after a caption that no credit closes, or with the caption after it
	// already credited: left alone
	for (const text of [
		'近日，游客在参观。\n王芳 摄\n\n秋收\n近日，农民在田间收割水稻。',
		'近日，游客在参观。\n\n王芳 摄\n\n秋收\n近日，农民在田间收割水稻。',
		`${story}\n\n王芳 摄\n\n秋收\n近日，农民在田间收割水稻。\n李明 摄`,
		`${story}\n\n王芳 摄\n\n他说，日子越过越好。`,
	]) {
		expect(placeAcrossCredits(toLines(text)).map((l) => l.text)).toEqual(toLines(text).map((l) => l.text));
	}
});

test('a caption after a credit set across read a block early in a pdftotext dump is a photo with that credit', () => {
	const page = parseConserved(
		[
			'老旧小区换新颜',
			'',
			'本报讯 城南社区的老旧小区',
			'改造今年春天开始，已完成屋',
			'顶防水。',
			'新华社记者 覃丽 摄',
			'',
			'秋收',
			'',
			'近日，农民在田间收割水稻。',
			'\f',
		].join('\n'),
	);
	expect(page.items.at(-1)).toMatchObject({
		kind: 'photo',
		credit: '新华社记者 覃丽 摄',
		authors: ['覃丽'],
		paragraphs: ['近日，农民在田间收割水稻。'],
	});
	expect(page.items[0].paragraphs.join('')).toContain('顶防水。');
});
