import { describe, expect, test } from 'vitest';
import {
	detectByline,
	detectCredit,
	detectDateline,
	detectFurniture,
	detectLabel,
	isNumberedIntertitle,
	slugify,
	uniqueSlugs,
} from '../../src/lib/importer/index.ts';
import {
	readBracketSignOff,
	readClosingSignature,
	readerSignature,
	readNoteAuthors,
	readOpeningBracketAuthors,
	readTrailingNoteAuthors,
} from '../../src/lib/importer/detect-byline.ts';
import { readsAsSignature, signatureNames } from '../../src/lib/importer/detect-names.ts';
import { creditsAllPictures, detectChartCredit, splitTrailingCredit } from '../../src/lib/importer/detect-credit.ts';
import { endsSentence, endsWithDash, startsWithDash } from '../../src/lib/importer/punctuation.ts';

describe('bylines', () => {
	test.each([
		['□本报记者 王甲', '本报记者 王甲', ['王甲'], false],
		['□见习记者 李乙', '见习记者 李乙', ['李乙'], false],
		['本报记者 张丙 实习生 赵丁', '本报记者 张丙 实习生 赵丁', ['张丙', '赵丁'], false],
		['◎孙戊', '孙戊', ['孙戊'], true],
		['本报通讯员 周己', '本报通讯员 周己', ['周己'], false],
		['新华社记者 鞠 鹏', '新华社记者 鞠 鹏', ['鞠鹏'], false],
		['本报记者宋庚', '本报记者宋庚', ['宋庚'], false],
		['◎本报评论员', '本报评论员', [], true],
		// A paper's commentary department signs with no name.
		['本报评论部', '本报评论部', [], true],
		['本报记者 王海 摄影报道', '本报记者 王海 摄影报道', ['王海'], false],
		['新华社评论员', '新华社评论员', [], true],
		['本报特约评论员 韩辛', '本报特约评论员 韩辛', ['韩辛'], true],
		// A name signed alone, with no reporter's role, signs an opinion piece.
		['□孙戊', '孙戊', ['孙戊'], true],
		['文/孙戊', '文/孙戊', ['孙戊'], false],
		// What each name did, with a slash or a colon; a job named alone between names.
		['文/孙戊 图/李乙', '文/孙戊 图/李乙', ['孙戊', '李乙'], false],
		['本报记者 王甲/文 李乙/图', '本报记者 王甲/文 李乙/图', ['王甲', '李乙'], false],
		['作者：孙戊', '作者：孙戊', ['孙戊'], false],
		['记者 王甲 摄影 李乙', '记者 王甲 摄影 李乙', ['王甲', '李乙'], false],
		// Broadcasters, news sites and media centres before the role.
		['中央广播电视总台记者 王甲', '中央广播电视总台记者 王甲', ['王甲'], false],
		['人民网记者 王甲', '人民网记者 王甲', ['王甲'], false],
		['本报融媒体记者 王甲', '本报融媒体记者 王甲', ['王甲'], false],
		['中国青年报记者 王甲', '中国青年报记者 王甲', ['王甲'], false],
		['澎湃新闻记者 王甲', '澎湃新闻记者 王甲', ['王甲'], false],
		// A transliterated name's parts joined by a dot as other fonts give it.
		['本报记者 阿依古丽‧买买提', '本报记者 阿依古丽‧买买提', ['阿依古丽‧买买提'], false],
		['本报记者 阿依古丽．买买提', '本报记者 阿依古丽．买买提', ['阿依古丽．买买提'], false],
		// A magazine's, station's or site's own reporter; a senior reporter.
		['本刊记者 王甲', '本刊记者 王甲', ['王甲'], false],
		['本台记者 王甲', '本台记者 王甲', ['王甲'], false],
		['本报高级记者 王甲', '本报高级记者 王甲', ['王甲'], false],
		['本报资深记者 王甲', '本报资深记者 王甲', ['王甲'], false],
		// A correspondent posted abroad, the post's name of any length.
		['本报驻开罗记者 王甲', '本报驻开罗记者 王甲', ['王甲'], false],
		['本报驻布宜诺斯艾利斯记者 王甲', '本报驻布宜诺斯艾利斯记者 王甲', ['王甲'], false],
		// A signature with a note on its writer in brackets.
		['◎孙戊（作者为某大学教授）', '孙戊（作者为某大学教授）', ['孙戊'], true],
		// A note on its writer makes a name a signature without a mark.
		['孙戊（作者为某大学教授）', '孙戊（作者为某大学教授）', ['孙戊'], true],
		['巴特尔（作者单位：某市委党校）', '巴特尔（作者单位：某市委党校）', ['巴特尔'], true],
		['孙戊（作者简介：某大学教授）', '孙戊（作者简介：某大学教授）', ['孙戊'], true],
		// Who wrote the text and took its pictures.
		['文/图 孙戊', '文/图 孙戊', ['孙戊'], false],
		['文·图/孙戊', '文·图/孙戊', ['孙戊'], false],
		['图文/孙戊 李乙', '图文/孙戊 李乙', ['孙戊', '李乙'], false],
		['□文/图 本报记者 孙戊', '文/图 本报记者 孙戊', ['孙戊'], false],
		// A letter signed by its reader, with where the reader lives.
		['某某社区读者 孙戊', '某某社区读者 孙戊', ['孙戊'], false],
		['读者 孙戊', '读者 孙戊', ['孙戊'], false],
		// The place set off from 读者 by a space, or the name glued to 读者.
		['湖南省某某市 读者 孙戊', '湖南省某某市 读者 孙戊', ['孙戊'], false],
		['湖南省某某市读者孙戊', '湖南省某某市读者孙戊', ['孙戊'], false],
		// A label's mark before a reporter's role.
		['■本报记者 孙戊', '本报记者 孙戊', ['孙戊'], false],
		// A label's mark before a writer's prefix.
		['■文/孙戊', '文/孙戊', ['孙戊'], false],
		['◆作者：孙戊', '作者：孙戊', ['孙戊'], false],
		['◆ 记者 孙戊 通讯员 李乙', '记者 孙戊 通讯员 李乙', ['孙戊', '李乙'], false],
		// A label's mark set apart by a space from a writer's name alone: a signature.
		['■ 孙戊', '孙戊', ['孙戊'], true],
		['■ 孙戊己 李乙', '孙戊己 李乙', ['孙戊己', '李乙'], true],
		// Two-character names padded to three cells, four or six lone characters in a row.
		['本报记者　王　甲　李　乙', '本报记者　王　甲　李　乙', ['王甲', '李乙'], false],
		['本报记者 王 甲 李 乙 张 丙', '本报记者 王 甲 李 乙 张 丙', ['王甲', '李乙', '张丙'], false],
		// Where or how the story was filed, after the names.
		['本报记者 孙戊 北京报道', '本报记者 孙戊 北京报道', ['孙戊'], false],
		['本报记者 孙戊 发自上海', '本报记者 孙戊 发自上海', ['孙戊'], false],
		['本报记者 孙戊 综合报道', '本报记者 孙戊 综合报道', ['孙戊'], false],
		['本报全媒体记者 孙戊', '本报全媒体记者 孙戊', ['孙戊'], false],
		['本报记者 孙戊 李乙 文/图', '本报记者 孙戊 李乙 文/图', ['孙戊', '李乙'], false],
		// A role or a job set off from the names by a colon or a bar.
		['记者：孙戊', '记者：孙戊', ['孙戊'], false],
		['本报记者｜孙戊 通讯员｜李乙', '本报记者｜孙戊 通讯员｜李乙', ['孙戊', '李乙'], false],
		['文｜孙戊', '文｜孙戊', ['孙戊'], false],
		['文 | 孙戊 图 | 李乙', '文 | 孙戊 图 | 李乙', ['孙戊', '李乙'], false],
		// A writer's word set off by a space or a middle dot alone, before names of common surnames.
		['文　孙戊', '文　孙戊', ['孙戊'], false],
		['作者 孙戊 李乙', '作者 孙戊 李乙', ['孙戊', '李乙'], false],
		['撰文 孙戊', '撰文 孙戊', ['孙戊'], false],
		['文·孙戊', '文·孙戊', ['孙戊'], false],
		// A translator, a teller and the one who wrote the account up: every person named.
		['编译：孙戊', '编译：孙戊', ['孙戊'], false],
		['口述：孙戊 整理：李乙', '口述：孙戊 整理：李乙', ['孙戊', '李乙'], false],
		['孙戊 编译', '孙戊 编译', ['孙戊'], false],
		['孙戊 口述 李乙 整理', '孙戊 口述 李乙 整理', ['孙戊', '李乙'], false],
		// The writer's job after the name, by a slash or a space alone; 执笔 before it.
		['孙戊/文', '孙戊/文', ['孙戊'], false],
		['孙戊 文 李乙 图', '孙戊 文 李乙 图', ['孙戊', '李乙'], false],
		['执笔：孙戊', '执笔：孙戊', ['孙戊'], false],
		// Two names of two run together where a wrap took the space between them; a name of four of
		// one person (a compound surname, a transliteration) stays whole.
		['本报记者 孙戊李乙', '本报记者 孙戊李乙', ['孙戊', '李乙'], false],
		['本报记者 欧阳明月', '本报记者 欧阳明月', ['欧阳明月'], false],
		// Two names of three run together, each opening with a common surname.
		['本报记者 孙戊己李乙丙', '本报记者 孙戊己李乙丙', ['孙戊己', '李乙丙'], false],
		['本报记者 巴特尔欣', '本报记者 巴特尔欣', ['巴特尔欣'], false],
		// A job glued to the name before or after it where a wrap took the space.
		['记者 孙戊摄影 李乙', '记者 孙戊摄影 李乙', ['孙戊', '李乙'], false],
		['记者 孙戊 摄影李乙', '记者 孙戊 摄影李乙', ['孙戊', '李乙'], false],
		// Names with what the byline signs or where from after them, and no role: a reporter's.
		['孙戊　报道', '孙戊　报道', ['孙戊'], false],
		['孙戊 李乙 北京报道', '孙戊 李乙 北京报道', ['孙戊', '李乙'], false],
		['孙戊 采写', '孙戊 采写', ['孙戊'], false],
		// The genre of a commentator's piece alone: the role signing with no name (文章 names no one).
		['评论员文章', '评论员文章', [], true],
		['本报评论员文章', '本报评论员文章', [], true],
	])('reads %s as a byline', (line, text, authors, commentary) => {
		expect(detectByline(line)).toEqual({ text, authors, commentary });
	});
	test.each([
		'记者了解到，这个村已经脱贫。',
		'见习记者的稿件',
		'本报记者',
		'□本报通讯员',
		'他是一名记者',
		'评论员说',
		'作者：这篇文章写得好，',
		'记者（左）在采访',
		'文明实践站 王甲',
		'图书馆 王甲',
		// A label's mark before a name alone is a column label's (■观潮), not a signature's.
		'■孙戊',
		// Nor a column's name set apart from its mark: it opens with no common surname.
		'■ 观潮',
		'■ 随笔',
		// A column's name under a mark, however it ends: 手记, 观察, 者言 name no person.
		'▲驻外记者手记',
		'广大读者纷纷表示',
		'读者孙戊',
		'全年接待读者',
		'这座城市读者众多',
		'▲观察者言',
		'□国际观察',
		// ▲ signs only with a role: before a short name alone it marks a column (▲基层声音).
		'▲基层声音',
		// A column named for the reporter's work: no name follows the role there.
		'记者蹲点',
		'记者调查',
		'记者：您好',
		'记者：这项工作进展如何？',
		// An interview's question wrapped at the column's edge: one run of five characters or more.
		'记者：村民最关心',
		'本报记者：下一步如何推进',
		// Only a note on the writer signs a name without a mark.
		'孙戊（左）',
		'孙戊（某大学教授）',
		// A head set letter-spaced after 文, and a word after 作者, name no one.
		'文 化 强 国',
		'作者 简介',
		'文 明 乡 风',
		'整理 归档',
		// Pictures alone after a name: a photo's credit, not a byline.
		'孙戊/图',
		'孙戊 摄影',
		// A word before 报道 that names no person: a column's or a headline's.
		'两会 报道',
		'新闻 报道',
		// Under a label's mark, the genre of a commentator's piece is the column's label.
		'■评论员文章',
	])('does not take %s for a byline', (line) => {
		expect(detectByline(line)).toBeUndefined();
	});
});

test('reads a photo credit standing alone or in parentheses', () => {
	expect(detectCredit('本报记者 韩甲 摄')).toEqual({ text: '本报记者 韩甲 摄', authors: ['韩甲'] });
	expect(detectCredit('（新华社记者 鞠 鹏 摄）')?.authors).toEqual(['鞠鹏']);
	expect(detectCredit('大家一起摄')).toBeUndefined();
	expect(detectCredit('图/王海')).toEqual({ text: '图/王海', authors: ['王海'] });
	expect(detectCredit('图片：王海 李雨')?.authors).toEqual(['王海', '李雨']);
	expect(detectCredit('图｜王海')?.authors).toEqual(['王海']);
	// 摄影 set off by a space alone, and a paper's picture desk before the photographer or an agency.
	expect(detectCredit('摄影 王海')?.authors).toEqual(['王海']);
	expect(detectCredit('光明图片／王海')?.authors).toEqual(['王海']);
	expect(detectCredit('光明图片/视觉中国')).toEqual({ text: '光明图片/视觉中国', authors: [] });
	// A picture agency named alone on the credit's line, as in brackets.
	for (const agency of ['视觉中国', '人民视觉']) expect(detectCredit(agency)).toEqual({ text: agency, authors: [] });
	expect(splitTrailingCredit('孩子们在操场上做游戏。  视觉中国')?.credit.text).toBe('视觉中国');
	expect(detectCredit('视觉中国发布')).toBeUndefined();
	expect(splitTrailingCredit('市民在公园里观看彩虹。 摄影：王海')?.credit.authors).toEqual(['王海']);
	expect(splitTrailingCredit('市民在公园里观看彩虹。 光明图片／王海')?.credit.authors).toEqual(['王海']);
	// A name padded to three cells needs no space before 摄: no sentence is set so.
	expect(detectCredit('王　海摄')?.authors).toEqual(['王海']);
	expect(detectCredit('王海摄')).toBeUndefined();
	for (const source of ['新华社发', '（新华社发）', '受访者供图', '（资料图片）'])
		expect(detectCredit(source)).toEqual({ text: source, authors: [] });
	for (const text of ['图为志愿者在社区', '新华社发布消息', '资料显示']) expect(detectCredit(text)).toBeUndefined();
	// A bracket left open is the first line of a credit wrapped over two (`（资料图` / `片）`).
	expect(detectCredit('（资料图')).toBeUndefined();
	// A chart's credit, as a photo's: `X 制图`, `制图/X` (`制图：X` is an editor's credit, furniture).
	expect(detectCredit('王海 制图')).toEqual({ text: '王海 制图', authors: ['王海'] });
	expect(detectCredit('制图/王海')?.authors).toEqual(['王海']);
	expect(detectCredit('制图：王海')).toBeUndefined();
	expect(detectCredit('绘制图')).toBeUndefined();
});

test("reads a reader's signature as ROLE reads it, any place or none only where it stands says it signs (placed)", () => {
	expect(readerSignature('湖南省某某市 读者 孙戊')).toBe('湖南省某某市读者 孙戊');
	expect(readerSignature('湖南省某某市读者孙戊')).toBe('湖南省某某市读者 孙戊');
	for (const text of ['某某单位读者孙戊', '读者孙戊', '湖南省某某市读者某某'])
		expect(readerSignature(text)).toBeUndefined();
	expect(readerSignature('某某单位读者孙戊', true)).toBe('某某单位读者 孙戊');
	expect(readerSignature(' 读者孙戊 ', true)).toBe('读者 孙戊');
	expect(readerSignature('湖南省某某市读者某某', true)).toBeUndefined();
});

test("reads a chart's maker in every form the text and layout paths share, the name a person's", () => {
	for (const text of ['制图/王海', '制图：王海', '王海 制图', '制图王海', '王海制图'])
		expect(detectChartCredit(text)).toEqual({ text, authors: ['王海'] });
	expect(detectChartCredit(' 制图：欧阳明月 ')).toEqual({ text: '制图：欧阳明月', authors: ['欧阳明月'] });
	// Not a name a person signs with, nor the slash of a vertical credit before 制图 (the layout's own reading).
	for (const text of ['制图：统计局', '绘制图', '/制图王海', '制图：王海、李强'])
		expect(detectChartCredit(text)).toBeUndefined();
});

test('reads a credit for all the pictures of a page or group, by their numbers or in brackets', () => {
	const cases: [string, string[]][] = [
		['本版图片均为本报记者 王甲摄', ['王甲']],
		['（本版图片均为本报记者 王甲摄）', ['王甲']],
		['图①②：王甲 摄；其余：新华社发', ['王甲']],
		// The parts set apart by a space alone; `X摄` needs no space there, the numbers say it is a credit.
		['图①②：本报记者 王甲摄 图③：新华社发', ['王甲']],
		['图①：王甲摄 图②：李乙摄', ['王甲', '李乙']],
		['图①、②：王甲摄；图③：李乙摄', ['王甲', '李乙']],
	];
	for (const [text, authors] of cases) {
		const credit = detectCredit(text);
		expect(credit).toEqual({ text, authors });
		expect(credit && creditsAllPictures(credit)).toBe(true);
	}
	// Two captions side by side on one line are no credit.
	expect(detectCredit('图①：游客在湖边赏花 图②：孩子们在放风筝')).toBeUndefined();
});

test('reads a credit naming its source before the photographer, and the photographer as its author', () => {
	for (const credit of [
		'新华社发（王甲 摄）',
		'新华社发 王甲 摄',
		'（新华社发 王甲 摄）',
		'中新社发（王甲 李乙 摄）',
		'新华社发（王甲摄）',
	])
		expect(detectCredit(credit)).toEqual({
			text: credit,
			authors: credit.includes('李乙') ? ['王甲', '李乙'] : ['王甲'],
		});
	// Set apart after the caption's last sentence, `X摄` needs no space before 摄; run on, it does.
	expect(splitTrailingCredit('游客在公园里赏花。 王甲摄')?.credit).toEqual({ text: '王甲摄', authors: ['王甲'] });
	expect(splitTrailingCredit('游客在公园里赏花。王甲摄')).toBeUndefined();
	expect(splitTrailingCredit('游客在公园里赏花。 新华社发（王甲 摄）')).toEqual({
		caption: '游客在公园里赏花。',
		credit: { text: '新华社发（王甲 摄）', authors: ['王甲'] },
	});
	// A bracket left open is a wrapped credit's first line.
	expect(detectCredit('（新华社发 王甲 摄')).toBeUndefined();
	expect(detectCredit('新华社发布的消息显示')).toBeUndefined();
	// A name glued to 摄 is safe with the agency named after it.
	expect(detectCredit('王甲摄（新华社）')).toEqual({ text: '王甲摄（新华社）', authors: ['王甲'] });
	for (const text of ['王甲摄', '大家一起摄（左）']) expect(detectCredit(text)).toBeUndefined();
});

test('reads a credit naming the organisation or agency that supplied the picture, with no author', () => {
	for (const credit of [
		'某县委宣传部供图',
		'视觉中国供图',
		'CFP供图',
		'（人民视觉）',
		'资料照片',
		'图片来源：视觉中国',
		'图片由某公司提供',
	])
		expect(detectCredit(credit)).toEqual({ text: credit, authors: [] });
	// A person who supplied it is its author.
	expect(detectCredit('王甲 供图')?.authors).toEqual(['王甲']);
	// A body line wrapped inside 提供图书 is no credit.
	for (const text of ['为学校的孩子们提供图', '（人民视觉', '人民视觉中国']) expect(detectCredit(text)).toBeUndefined();
});

test.each([
	'一、广开言路听意见',
	'十二、坚持问题导向',
	'（三）主动下访问需求',
	'(四) 夯实基础',
	'3．为民服务解难题',
	'12、压实责任',
	'1. 摸清底数',
	'第一，坚持党的领导',
])('reads %s as a numbered 小标题', (line) => {
	expect(isNumberedIntertitle(line)).toBe(true);
});

test.each([
	'2021年的重点工作',
	'1.2万余人次受益',
	'一图读懂条例',
	'十九届五中全会精神',
	'第一书记的一天',
	'2020、2021两年',
	'一、',
])('does not take %s for a numbered 小标题', (line) => {
	expect(isNumberedIntertitle(line)).toBe(false);
});

test('reads a dateline and the reporters in its parentheses', () => {
	expect(detectDateline('本报北京1月1日电（记者 王甲 李乙）今天')).toEqual({
		text: '本报北京1月1日电（记者 王甲 李乙）',
		authors: ['王甲', '李乙'],
	});
	expect(detectDateline('新华社北京12月31日电 今天')?.authors).toEqual([]);
	// A date in full-width digits or Han numerals; reporters in square brackets.
	expect(detectDateline('本报北京６月８日电（记者 王甲）今天')?.authors).toEqual(['王甲']);
	expect(detectDateline('本报北京六月八日电（记者 王甲）今天')?.authors).toEqual(['王甲']);
	expect(detectDateline('本报讯【记者 王甲】今天')?.authors).toEqual(['王甲']);
	// No date: read only with a role in the brackets.
	expect(detectDateline('本报北京电（记者 王甲）今天')).toEqual({ text: '本报北京电（记者 王甲）', authors: ['王甲'] });
	expect(detectDateline('新华社电（记者 王甲 李乙）今天')?.authors).toEqual(['王甲', '李乙']);
	expect(detectDateline('光明日报讯（记者 王甲）今天')?.authors).toEqual(['王甲']);
	expect(detectDateline('本报北京电（王甲）今天')).toBeUndefined();
	// Pieces of a dateline a PDF extraction cut and ran on after another line read as none.
	expect(detectDateline('本报记者电（记者 王甲）今天')).toBeUndefined();
	expect(detectDateline('某某日报电（记者 王甲）今天')).toBeUndefined();
	// Wrapped between a name and the next role, the two come back glued.
	expect(detectDateline('本报包头1月6日讯（记者 王甲通讯员 李乙）今天')?.authors).toEqual(['王甲', '李乙']);
	// Also after a padded name, whose last character comes back glued to the role.
	expect(detectDateline('本报北京12月5日电 （记者 王 甲实习生 李 乙） 今天')?.authors).toEqual(['王甲', '李乙']);
	// And with no space left at all, each role glued to the names on both sides of it.
	expect(detectDateline('本报讯（记者王甲通讯员李乙）今天')?.authors).toEqual(['王甲', '李乙']);
	expect(detectDateline('本报讯（记者王甲通讯员李乙实习生张丙）今天')?.authors).toEqual(['王甲', '李乙', '张丙']);
	// Not a word that is no name: the reading fails whole.
	expect(detectDateline('本报讯（记者王甲的通讯员）今天')?.authors).toEqual([]);
	expect(detectDateline('1月1日，记者来到')).toBeUndefined();
	// A posted correspondent's role and name, the text run on after them.
	expect(detectDateline('本报驻日内瓦记者 孙戊 该国统计部门数据显示')).toEqual({
		text: '本报驻日内瓦记者 孙戊',
		authors: ['孙戊'],
	});
	expect(detectDateline('新华社驻开罗记者 王甲 李乙 当地时间')?.authors).toEqual(['王甲', '李乙']);
	expect(detectDateline('本报驻日内瓦记者孙戊说')).toBeUndefined();
	// A line of the role and names alone is a byline: its last name is no text run on.
	expect(detectDateline('本报驻曼谷记者  王甲  李乙')).toBeUndefined();
	expect(detectDateline('本报驻利马记者  王甲  司马俊杰')).toBeUndefined();
	// Words of text at the line's end are no name.
	expect(detectDateline('本报驻东京记者 王甲 联合国')?.authors).toEqual(['王甲']);
	// Roles and names run on into the text without parentheses, closed by 报道.
	expect(detectDateline('本报讯　记者王甲　通讯员李乙报道：今年以来')).toEqual({
		text: '本报讯　记者王甲　通讯员李乙报道：',
		authors: ['王甲', '李乙'],
	});
	expect(detectDateline('本报北京1月1日电 记者王甲报道 今天')?.authors).toEqual(['王甲']);
	expect(detectDateline('记者 王甲 报道：近日')).toEqual({ text: '记者 王甲 报道：', authors: ['王甲'] });
	expect(detectDateline('本报记者　王甲　李乙　报道　近日')?.authors).toEqual(['王甲', '李乙']);
	// A space between the role and the names is enough where 报道 is glued to the last name.
	expect(detectDateline('本报记者　王甲报道：近日')?.authors).toEqual(['王甲']);
	expect(detectDateline('本报记者王甲 报道：近日')?.authors).toEqual(['王甲']);
	// Not a sentence that reports: alone, the names must be set apart by spaces; and every word a role or a name.
	expect(detectDateline('记者近日报道：今年')).toBeUndefined();
	expect(detectDateline('据新华社报道，今年')).toBeUndefined();
	expect(detectDateline('有关部门 报道 了')).toBeUndefined();
	expect(detectDateline('新华社北京12月31日电 今天有报道称')?.authors).toEqual([]);
});

test('reads reporters run on after a dateline without brackets, up to the space before the text', () => {
	expect(detectDateline('新华社北京12月5日电　记者王甲、李乙　近日，记者走进牧区')).toEqual({
		text: '新华社北京12月5日电　记者王甲、李乙',
		authors: ['王甲', '李乙'],
	});
	expect(detectDateline('本报讯 实习生 王 甲 通讯员 李乙 近日')?.authors).toEqual(['王甲', '李乙']);
	// Glued to the text, the last name has no end: only a line read alone ends it.
	expect(detectDateline('本报讯　记者　王甲　通讯员　李乙近日，记者')?.authors).toEqual([]);
	expect(detectDateline('本报讯　记者　王甲　通讯员　李乙', true)?.authors).toEqual(['王甲', '李乙']);
	// Not a sentence: a role with no name, or text that is no name.
	expect(detectDateline('本报讯　记者近日走访了牧区')?.authors).toEqual([]);
	expect(detectDateline('新华社北京12月5日电　记者从有关部门获悉，今年')?.authors).toEqual([]);
});

test('reads an agency credited without place or date as a dateline', () => {
	expect(detectDateline('据新华社电　近日，联合国有关机构')).toEqual({ text: '据新华社电', authors: [] });
	expect(detectDateline('据新华社报道，今年')).toBeUndefined();
});

test('recognises page furniture but not a sentence that mentions a date', () => {
	expect(detectFurniture('第05版：要闻', false)).toMatchObject({
		kind: 'page-header',
		pageName: '要闻',
		pageNumber: 5,
	});
	expect(detectFurniture('第五版 经济', false)).toMatchObject({ pageName: '经济', pageNumber: 5 });
	expect(detectFurniture('责任编辑：王甲', false)?.kind).toBe('editor');
	expect(detectFurniture('本版责编：李红  美编：张伟  校对：赵敏', false)?.kind).toBe('editor');
	expect(detectFurniture('版面设计：王乙', false)?.kind).toBe('editor');
	expect(detectFurniture('设计让城市更美好', false)).toBeUndefined();
	expect(detectFurniture('12', true)?.kind).toBe('page-number');
	expect(detectFurniture('转第二版的稿件', false)).toBeUndefined();
	expect(detectFurniture('12', false)).toBeUndefined();
	expect(detectFurniture('2021年6月8日，记者来到村里。', false)).toBeUndefined();
});

test("reads a page header whose name joins two words with a middle dot, alone or on the date's line", () => {
	expect(detectFurniture('第07版：要闻·综合', true)).toMatchObject({
		kind: 'page-header',
		pageName: '要闻·综合',
		pageNumber: 7,
	});
	expect(detectFurniture('第12版：文化·副刊 东方日报 2022年3月4日 星期五', false)).toMatchObject({
		kind: 'page-header',
		pageName: '文化·副刊',
		pageNumber: 12,
	});
	expect(detectFurniture('东方日报·2022年3月4日', false)?.kind).toBe('paper-name');
});

test('reads jump lines and a running header of number and page name as furniture, not as headlines', () => {
	expect(detectFurniture('（下转第2版）', false)?.kind).toBe('jump');
	expect(detectFurniture('上接第1版', false)?.kind).toBe('jump');
	expect(detectFurniture('（转第五版）', false)?.kind).toBe('jump');
	expect(detectFurniture('转变作风见实效', false)).toBeUndefined();
	expect(detectFurniture('05 观点', true)).toMatchObject({ kind: 'page-header', pageNumber: 5, pageName: '观点' });
	expect(detectFurniture('理论05', true)).toMatchObject({ kind: 'page-header', pageNumber: 5, pageName: '理论' });
	// A news desk's telephone and a mailbox for contributions, nothing but the number or address.
	expect(detectFurniture('新闻热线：010-12345678', false)?.kind).toBe('notice');
	expect(detectFurniture('投稿邮箱：news@example.cn', false)?.kind).toBe('notice');
	expect(detectFurniture('投稿邮箱：请写明姓名', false)).toBeUndefined();
	// The page's name joining two words with a middle dot, and the name before its 第N版.
	expect(detectFurniture('11 社会·民生', true)).toMatchObject({ pageNumber: 11, pageName: '社会·民生' });
	expect(detectFurniture('法治社会 第15版', false)).toMatchObject({ pageNumber: 15, pageName: '法治社会' });
	expect(detectFurniture('内蒙古日报 2021年6月8日 星期二 第05版 党建', false)).toMatchObject({
		pageNumber: 5,
		pageName: '党建',
	});
	// A body line wrapped after a number is set tight in its paragraph, never alone.
	expect(detectFurniture('体经济示范点67', false)).toBeUndefined();
});

test("reads a special page's sponsors and a masthead of any kind of paper as furniture, not as headlines", () => {
	expect(detectFurniture('本版由某市委宣传部协办', false)?.kind).toBe('sponsor');
	expect(detectFurniture('主办：某县人民政府 承办：某县融媒体中心', false)?.kind).toBe('sponsor');
	expect(detectFurniture('由点到面推进协办机制', false)).toBeUndefined();
	expect(detectFurniture('由政府主办的展会吸引万人参观，', false)).toBeUndefined();
	expect(detectFurniture('南方都市报 2024年12月7日 星期六', false)?.kind).toBe('paper-name');
	expect(detectFurniture('河套晨报', true)?.kind).toBe('paper-name');
	// A corner's page number and name on the header line with the date; never without the date.
	expect(detectFurniture('17　经济　2020年12月5日　星期六', false)).toEqual({
		kind: 'page-header',
		pageNumber: 17,
		pageName: '经济',
	});
	expect(detectFurniture('17 经济 发展', false)).toBeUndefined();
	expect(detectFurniture('情报', true)).toBeUndefined();
});

test('reads marked labels always and bare labels only when asked', () => {
	expect(detectLabel('■观点')).toBe('观点');
	expect(detectLabel('【声音】')).toBe('声音');
	expect(detectLabel('视野', true)).toBe('视野');
	expect(detectLabel('视野')).toBeUndefined();
	expect(detectLabel('重温历史', true)).toBeUndefined();
	for (const label of ['〖声音〗', '〔声音〕', '［声音］', '【 声音 】']) expect(detectLabel(label)).toBe('声音');
	expect(detectLabel('〔声音】')).toBe('声音');
	// Corner brackets set a column's name too (`「小评论」`); a longer line in them is not a label.
	expect(detectLabel('「小评论」')).toBe('小评论');
	expect(detectLabel('「某区新增公交线路七条惠及沿线居民」')).toBeUndefined();
	// ▲ before a column's short name; a brief's headline under it is longer.
	expect(detectLabel('▲驻外记者手记')).toBe('驻外记者手记');
	expect(detectLabel('▲某市启动全民健身月活动')).toBeUndefined();
	// ■ likewise: a column's name is at most six characters, a brief's headline longer.
	expect(detectLabel('■新春走基层')).toBe('新春走基层');
	expect(detectLabel('■某区新增公交线路7条')).toBeUndefined();
});

test('makes pinyin slugs cut at a word boundary and unique on the page', () => {
	expect(slugify('打出为民办事“组合拳”')).toBe('da-chu-wei-min-ban-shi-zu-he-quan');
	expect(slugify('G20 峰会在杭州举行')).toBe('g20-feng-hui-zai-hang-zhou-ju-xing');
	expect(slugify('。。。')).toBe('item');
	const long = slugify('学党史践行动听民意办实事学党史践行动听民意办实事');
	expect(long.length).toBeLessThanOrEqual(48);
	expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	expect(uniqueSlugs(['a', 'a', 'a'])).toEqual(['a', 'a-2', 'a-3']);
});

describe("a dateline's brackets opening the text", () => {
	test('read the reporters of brackets of roles and names that open a paragraph', () => {
		expect(readOpeningBracketAuthors('（记者杜建）记者在现场看到，工人们正在检测。')).toEqual(['杜建']);
		expect(readOpeningBracketAuthors('（记者 王芳 通讯员 李强）近日，西山镇修通了路。')).toEqual(['王芳', '李强']);
		// Brackets that hold no role, or hold the whole paragraph (a note), or text, are no dateline's.
		expect(readOpeningBracketAuthors('（王芳）近日，西山镇修通了路。')).toBeUndefined();
		expect(readOpeningBracketAuthors('（本报记者 王芳）')).toBeUndefined();
		expect(readOpeningBracketAuthors('（记者从会上获悉）近日，西山镇修通了路。')).toBeUndefined();
	});
});

describe('interview notes', () => {
	test('read the reporter of a note standing alone or run on at the end of the last paragraph', () => {
		expect(readNoteAuthors('（本报记者 孔凡英采访整理）')).toEqual(['孔凡英']);
		expect(readTrailingNoteAuthors('村里的路也修好了。（本报记者 孔凡英采访整理）')).toEqual(['孔凡英']);
		expect(readTrailingNoteAuthors('他说（见右图）')).toBeUndefined();
		expect(readTrailingNoteAuthors('村里的路也修好了。')).toBeUndefined();
		// A story signed at its end with a role and names in brackets, as briefs are.
		expect(readNoteAuthors('（本报记者 孔凡英）')).toEqual(['孔凡英']);
		expect(readTrailingNoteAuthors('村里的路也修好了。（记者 孔凡英 王甲）')).toEqual(['孔凡英', '王甲']);
		expect(readTrailingNoteAuthors('村里的路也修好了。（新华社）')).toBeUndefined();
		expect(readTrailingNoteAuthors('村里的路也修好了。（王甲 李乙）')).toBeUndefined();
		// Two names of two and three characters run together, where a join took the space between them.
		expect(readNoteAuthors('（本报记者 王芳孔雨菲）')).toEqual(['王芳', '孔雨菲']);
		expect(readNoteAuthors('（本报记者 孔雨菲王芳）')).toEqual(['孔雨菲', '王芳']);
		// A transliterated name of five characters is one person's.
		expect(readNoteAuthors('（本报记者 吉日嘎拉芳）')).toEqual(['吉日嘎拉芳']);
		// Where the note says how the text was taken down: 根据采访, 根据录音.
		expect(readNoteAuthors('（本报记者 孔凡英根据采访整理）')).toEqual(['孔凡英']);
		expect(readNoteAuthors('（本报记者 王甲 李乙根据录音整理）')).toEqual(['王甲', '李乙']);
		// A writer's note is no signature.
		expect(readNoteAuthors('（作者为某大学教授）')).toBeUndefined();
	});

	test("read a writer's name closing a text after a dash or in brackets, not an editor's sign-off", () => {
		expect(readClosingSignature('——孔凡英')).toEqual(['孔凡英']);
		expect(readClosingSignature('―― 王 甲')).toEqual(['王甲']);
		expect(readClosingSignature('（孔凡英）')).toEqual(['孔凡英']);
		expect(readClosingSignature('（作者：王甲　李乙）')).toEqual(['王甲', '李乙']);
		expect(readClosingSignature('（文/王甲）')).toEqual(['王甲']);
		expect(readClosingSignature('（撰文：王甲）')).toEqual(['王甲']);
		expect(readClosingSignature('——编 者')).toBeUndefined();
		expect(readClosingSignature('（完）')).toBeUndefined();
		expect(readClosingSignature('（作者为某大学教授）')).toBeUndefined();
		expect(readClosingSignature('——记某村党支部书记')).toBeUndefined();
		// A reporter's role and names after the dash; a role run on into words is a subheadline.
		expect(readClosingSignature('——新华社记者 王甲')).toEqual(['王甲']);
		expect(readClosingSignature('——本报记者　王甲　李乙')).toEqual(['王甲', '李乙']);
		expect(readClosingSignature('——记者手记')).toBeUndefined();
		expect(readClosingSignature('——本报记者走基层')).toBeUndefined();
	});
});

test('reads a dash set as em dashes, horizontal bars, box-drawing lines or full-width hyphens', () => {
	for (const dash of ['——', '――', '──', '－－']) {
		expect(startsWithDash(`${dash}记某村党支部书记`)).toBe(true);
		expect(endsWithDash(`在希望的田野上${dash}`)).toBe(true);
		expect(endsSentence(`他说${dash}`)).toBe(true);
	}
	// A rule of dashes alone opens nothing; one dash is no 破折号; a dash alone ends no text before it.
	for (const text of ['────────', '—记某村', '——']) expect(startsWithDash(text)).toBe(false);
	expect(endsWithDash('——')).toBe(false);
});

test('reads a sentence end behind any closing quotes and brackets, on a line or a long paragraph', () => {
	const long = '城南社区的老旧小区改造从今年开始。'.repeat(40);
	for (const text of ['他说。', '他说。”', '好！）’', '他说——”', '——', `${long}他说？」』`])
		expect(endsSentence(text)).toBe(true);
	for (const text of ['', '”', '他说”', '他说，”', '他说—', `${long}他说`, `${long}—”`])
		expect(endsSentence(text)).toBe(false);
	expect(endsWithDash(`${long}在希望的田野上——`)).toBe(true);
	expect(endsWithDash(`${long}——`)).toBe(true);
});

test('reads a bare line as a signature only when it opens with a common surname', () => {
	expect(readsAsSignature('袁春英')).toBe(true);
	expect(readsAsSignature('声音')).toBe(false);
	expect(readsAsSignature('快评')).toBe(false);
	expect(readsAsSignature('王家的')).toBe(false);
	// Less common surnames too, but none that opens a column's name: 焦点, 关注, 党建.
	expect(readsAsSignature('乔甲')).toBe(true);
	expect(readsAsSignature('詹乙丙')).toBe(true);
	for (const name of ['赖甲', '傅乙丙', '萧甲']) expect(readsAsSignature(name)).toBe(true);
	// All of the hundred most common: 高, 常, 康 and 易 too.
	for (const name of ['高甲', '常乙丙', '康甲', '易乙丙']) expect(readsAsSignature(name)).toBe(true);
	for (const label of ['焦点', '关注', '党建', '文化']) expect(readsAsSignature(label)).toBe(false);
	// A compound surname before a given name of one or two characters.
	expect(readsAsSignature('欧阳甲')).toBe(true);
	expect(readsAsSignature('司马甲乙')).toBe(true);
	expect(readsAsSignature('欧阳')).toBe(false);
});

test('reads the names of a bare line of signatures, each of a common surname', () => {
	expect(signatureNames('王甲　李乙')).toEqual(['王甲', '李乙']);
	expect(signatureNames('王 甲 李 乙')).toEqual(['王甲', '李乙']);
	expect(signatureNames('焦点 访谈')).toBeUndefined();
	expect(signatureNames('本报记者 王甲')).toBeUndefined();
});

test('a sign-off in brackets with the writer-and-pictures mark after the names (（本报记者 王芳 文/图）) names the reporter', () => {
	expect(readBracketSignOff('（本报记者 王芳 文/图）')).toEqual(['王芳']);
	expect(readBracketSignOff('（文/图 本报记者 王芳）')).toEqual(['王芳']);
	expect(readBracketSignOff('（图/文）')).toBeUndefined();
});

describe('namesColumn', () => {
	test('a forum column (`国际论坛`, `人民论坛`) names its genre; a headline about a forum does not', async () => {
		const { namesColumn } = await import('../../src/lib/importer/classify.ts');
		expect(namesColumn('国际论坛')).toBe(true);
		expect(namesColumn('人民论坛')).toBe(true);
		expect(namesColumn('雅加达举行国际能源论坛')).toBe(false);
	});
});
