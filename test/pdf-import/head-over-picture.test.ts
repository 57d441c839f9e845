import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { column, numbered, page, run } from '../support/text-runs.ts';

test('gives a headline set over its story’s photo, a titled photo read between them, to the text under that photo', () => {
	// Under a rule: left, a headline, its photo with caption and credit, then its text; right, a photo
	// with a title of its own set a little higher and its caption beside it, read right after the headline.
	const runs = [
		run('大漠深处绿意浓', 20, 20, 20, true),
		...column(numbered(4, 40), 20, 50),
		run('平安建设见实效', 20, 130, 24, true),
		run('科技助春耕', 20, 160, 24, true),
		run('市民在新建成的公园里散步健身。', 20, 316, 7.5),
		run('受访者供图', 180, 326, 7.5),
		...column(['>本报南京10月18日电（记者陈新、郑娜）今年', ...numbered(9, 1)], 20, 344),
		run('田间管理', 300, 124, 12, true),
		run('村民在田里忙着春耕。', 410, 140, 7.5),
		run('新华社发 戴勇娜 摄', 410, 150, 7.5),
		...column(numbered(16, 20), 250, 198),
	];
	const pictures = [
		{ x: 20, y: 198, width: 216, height: 114 },
		{ x: 300, y: 140, width: 100, height: 44 },
	];
	const result = layoutSplit(page(runs, [{ x: 20, y: 110, width: 500, height: 0.5 }], pictures));
	const story = result.items.find((i) => i.paragraphs[0]?.startsWith('本报南京'));
	expect(story).toMatchObject({ headline: '平安建设见实效科技助春耕', authors: ['陈新', '郑娜'] });
	expect(result.items.find((i) => i.headline === '田间管理')?.kind).toBe('photo');
	expect(result.warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
});

test('gives a headline over its story’s photo, the photo’s caption read into it, to the text under the photo', () => {
	// A headline set across a photo, the photo's caption and credit under the picture, then the story's
	// text under them in the headline's column; another story beside it.
	const runs = [
		run('山村通了快递', 20, 20, 22, true),
		run('村民在家门口取快递。', 20, 176, 7.5),
		run('新华社发', 200, 186, 7.5),
		...column(['>本报南京10月18日电（记者陈新）今年', ...numbered(9, 1)], 20, 200),
		run('社区运动会落幕', 300, 20, 16, true),
		...column(numbered(14, 20), 300, 50),
	];
	const pictures = [{ x: 20, y: 52, width: 220, height: 118 }];
	const result = layoutSplit(page(runs, [], pictures));
	const story = result.items.find((i) => i.paragraphs[0]?.startsWith('本报南京'));
	expect(story).toMatchObject({ headline: '山村通了快递', authors: ['陈新'] });
	const photo = result.items.find((i) => i.paragraphs[0] === '村民在家门口取快递。');
	expect(photo).toMatchObject({ kind: 'photo', headlineMissing: true });
});

test('parts a photo’s title, read as the subheadline of the headline over it, from the story under the photo', () => {
	// A kicker and a headline centred over a photo, the photo's title set right over its picture, its
	// caption and credit under it, then the story's text from the picture's left edge.
	const runs = [
		run('乡村振兴行——', 60, 20, 12),
		run('山村通了快递', 60, 36, 22, true),
		run('田间管理', 20, 66, 12, true),
		run('村民在家门口取快递。', 20, 196, 7.5),
		run('新华社发', 200, 206, 7.5),
		...column(['>本报南京10月18日电（记者陈新）今年', ...numbered(9, 1)], 20, 220),
		run('社区运动会落幕', 300, 20, 16, true),
		...column(numbered(16, 20), 300, 50),
	];
	const pictures = [{ x: 20, y: 82, width: 220, height: 108 }];
	const result = layoutSplit(page(runs, [], pictures));
	const story = result.items.find((i) => i.paragraphs[0]?.startsWith('本报南京'));
	expect(story).toMatchObject({ headline: '山村通了快递', kicker: '乡村振兴行——', authors: ['陈新'] });
	const photo = result.items.find((i) => i.paragraphs[0] === '村民在家门口取快递。');
	expect(photo).toMatchObject({ kind: 'photo', headline: '田间管理' });
});

test('parts a story’s text read on after its photo’s caption from the photo, and gives it the headline over the photo', () => {
	// A headline over a photo, its caption under the picture and the credit over the second column (read after the first), then the
	// story's two columns under them; another story beside.
	const runs = [
		run('文化润民心', 20, 20, 16, true),
		run('运动员在比赛中奋力拼搏。', 20, 136, 7.5),
		run('黎立远 摄', 130, 150, 7.5),
		...column(['本报电（记者毛然）', ...numbered(7, 1, '正文写这。')], 20, 160),
		...column(numbered(8, 20, '正文写这。'), 120, 160),
		run('社区运动会落幕', 300, 20, 16, true),
		...column(numbered(16, 40), 300, 50),
	];
	const pictures = [{ x: 20, y: 42, width: 190, height: 90 }];
	const result = layoutSplit(page(runs, [], pictures));
	const story = result.items.find((i) => i.paragraphs[0]?.startsWith('本报电'));
	expect(story).toMatchObject({ kind: 'article', headline: '文化润民心' });
	expect(story?.paragraphs.join('')).toContain('第27行');
	const photo = result.items.find((i) => i.paragraphs[0] === '运动员在比赛中奋力拼搏。');
	expect(photo).toMatchObject({ kind: 'photo', headlineMissing: true, paragraphs: ['运动员在比赛中奋力拼搏。'] });
});

test('keeps a photo’s title set under its caption apart from the headline of a story framed right under it', () => {
	// A photo, its caption and credit under it, then its title; right under the title, a tinted box (drawn
	// as a picture) holding a story whose headline is set smaller than the title.
	const runs = [
		run('市民在新建成的公园里散步健身。', 20, 146, 7.5),
		run('受访者供图', 160, 156, 7.5),
		run('春到河畔', 40, 172, 20, true),
		run('河畔新居迎来首批住户', 28, 206, 15, true),
		...column(numbered(8, 10), 28, 230),
		...column(numbered(12, 30), 300, 20),
	];
	const pictures = [
		{ x: 20, y: 20, width: 200, height: 120 },
		{ x: 20, y: 198, width: 200, height: 160 },
	];
	const result = layoutSplit(page(runs, [], pictures));
	expect(result.items.slice(0, 2).map((i) => [i.kind, i.headline, i.subheadline])).toEqual([
		['photo', '春到河畔', undefined],
		['article', '河畔新居迎来首批住户', undefined],
	]);
	expect(result.items[1].paragraphs[0]).toMatch(/^第10行/);
});
