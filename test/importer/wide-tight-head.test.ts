import { describe, expect, test } from 'vitest';
import { parseConserved } from '../support/parse-conserved.ts';

// A narrow column (eleven em) set with no blank line between a head and its text: a line of Han
// characters with no mark, a single em wider than the column, is no text line (text wraps at the
// column's width), so it heads the text under it.

const BEFORE =
	'某县召开秋粮收购工作会议\n\n入秋以来，某镇组织农机\n手抢收玉米，全镇两万亩\n玉米已收获过半，农户们\n的脸上露出了笑容。\n\n';
const BODY = '当下，民生保障正处在爬\n坡过坎的关键阶段。以钉\n钉子精神抓落实，才能积\n小胜为大胜。\n';

describe('a line wider than its narrow column by one em, set tight over text', () => {
	test('under a column label is the headline, not the text’s first line', () => {
		const item = parseConserved(`${BEFORE}记者观察\n别让形式主义挤占实干时间\n${BODY}`).items.at(-1)!;
		expect(item.headline).toBe('别让形式主义挤占实干时间');
		expect(item.paragraphs.join('')).toMatch(/^当下，民生保障/u);
	});

	test('but a line as wide as the column stays text', () => {
		const page = parseConserved(`${BEFORE}记者观察\n别让形式主义挤占实干\n${BODY}`);
		expect(page.items.map((item) => item.headline)).not.toContain('别让形式主义挤占实干');
	});
});

describe('a short line of Han characters at a block’s start over one line twice its width that ends a sentence', () => {
	test('is a brief’s headline over its one-line text, though that line stops short of the column', () => {
		const page = parseConserved(
			'某县召开秋粮收购工作会议\n\n入秋以来，某镇组织农机手抢收玉米，全镇两万亩玉米已收获过半，农户们的脸上露\n出了笑容。\n\n文化快讯\n\n让民族乐器走进日常生活\n夜幕降临，古城墙下灯光亮起，游客们在街巷间漫步。\n\n把民族乐器留在乡土里\n在老街的一间工作室里，几位年轻人正围着师傅学习剪纸艺术。每到周末，剧场里\n座无虚席，不少观众是专程从外地赶来的。\n',
		);
		const item = page.items.find((it) => it.headline === '让民族乐器走进日常生活');
		expect(item?.paragraphs.join('')).toBe('夜幕降临，古城墙下灯光亮起，游客们在街巷间漫步。');
	});
});
