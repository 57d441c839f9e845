import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/lib/importer/index.ts';

// Item and paragraph boundaries in text dumps: a caption beside an article, a numbered 小标题 standing alone.

describe('a photo caption beside a signed article', () => {
	const page = (caption: string) =>
		parsePage(
			[
				'河湾村修起了新码头',
				'',
				'本报记者 林小雨',
				'',
				'入秋以来，河湾村的渔船陆续',
				'靠岸，新码头迎来第一批客商。',
				'',
				'村支书说，码头建成后，鲜鱼',
				'当天就能运进城里的菜市场。',
				'',
				caption,
				'李青 供图',
			].join('\n'),
		);

	test('a caption set apart by a blank line, its credit tight under it, is a photo of its own', () => {
		const { items } = page('工人在新码头装卸货物。');
		expect(items.map((i) => [i.kind, i.paragraphs.length, i.credit])).toEqual([
			['article', 2, undefined],
			['photo', 1, '李青 供图'],
		]);
		expect(items[1].paragraphs).toEqual(['工人在新码头装卸货物。']);
	});

	test("a caption that says it shows the article's picture (图为…) stays the article's", () => {
		const { items } = page('图为新码头上装卸货物的工人。');
		expect(items.map((i) => [i.kind, i.paragraphs.length, i.credit])).toEqual([['article', 3, '李青 供图']]);
	});
});

describe('a head alone between blank lines that fills its column', () => {
	const body = (head: string) =>
		parsePage(
			[
				'山村里的新学校',
				'',
				'本报记者 林小雨',
				'',
				'今年秋天，山村小学搬进了新',
				'校舍，孩子们有了宽敞的教室。',
				'',
				head,
				'',
				'学校还开设了书法和音乐课，',
				'请来城里的老师每周上课一次。',
			].join('\n'),
		).items[0].paragraphs;

	test('a numbered 小标题 stays a paragraph of its own, not the first line of the text under it', () => {
		expect(body('二、城里老师走进山村课堂')).toEqual([
			'今年秋天，山村小学搬进了新校舍，孩子们有了宽敞的教室。',
			'二、城里老师走进山村课堂',
			'学校还开设了书法和音乐课，请来城里的老师每周上课一次。',
		]);
	});
});
