import { expect, test } from 'vitest';
import { toLines } from '../../src/lib/importer/lines.ts';
import { joinVertical, markSideLabels } from '../../src/lib/importer/vertical-lines.ts';
import { parsePage } from '../../src/lib/importer/index.ts';

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
