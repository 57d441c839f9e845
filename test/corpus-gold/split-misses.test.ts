import { expect, test } from 'vitest';
import type { GoldItem } from '../../src/lib/corpus-gold/gold.ts';
import { countMisses, diagnoseFile } from '../../src/lib/corpus-gold/split-misses.ts';
import type { ScoredItem } from '../../src/lib/corpus-gold/score-split.ts';

const gold = (headline: string | null, body: string, authors: string[] = []): GoldItem => ({
	kind: 'article',
	headline,
	authors,
	paragraphs: [body],
});
const parsed = (headline: string | null, body: string, authors: string[] = []): ScoredItem => ({
	headline: headline ?? '（无标题）',
	headlineMissing: headline === null,
	authors,
	kind: 'article',
	paragraphs: [body],
});

test('names a headline given to the neighbouring body and the body left without one', () => {
	const misses = diagnoseFile([gold('甲标题', '甲正文一二三四五'), gold('乙标题', '乙正文一二三四五')], {
		items: [parsed(null, '甲正文一二三四五'), parsed('甲标题', '乙正文一二三四五')],
		banner: '乙标题',
	});
	expect(misses.map((m) => m.categories)).toEqual([
		['headline-missing', 'headline-to-neighbour'],
		['neighbour-headline'],
	]);
	expect(misses[1].detail).toMatch(/gold in banner/);
});

test('tells merged, over-split and absorbed bodies apart, and counts by category', () => {
	const misses = diagnoseFile(
		[gold('甲', '甲正文一二三四五'), gold('乙', '乙正文一二三四五'), gold('丙', '丙正文一二三四五六七八')],
		{
			items: [
				parsed('甲', '甲正文一二三四五乙正文一二三四五'),
				parsed('丙', '丙正文一二三'),
				parsed(null, '四五六七八'),
			],
		},
	);
	expect(misses.map((m) => m.categories)).toEqual([['merged'], ['absorbed'], ['over-split']]);
	expect(countMisses(misses)).toEqual([
		['absorbed', 1],
		['merged', 1],
		['over-split', 1],
	]);
});

test('reports a photo given a headline and wrong authors, and nothing for an exact item', () => {
	const misses = diagnoseFile([gold(null, '图为某地风景一二三'), gold('丁', '丁正文一二三四', ['张三'])], {
		items: [parsed('某标题', '图为某地风景一二三'), parsed('丁', '丁正文一二三四', ['李四'])],
	});
	expect(misses.map((m) => m.categories)).toEqual([['spurious-headline'], ['authors']]);
	expect(diagnoseFile([gold('丁', '丁正文')], { items: [parsed('丁', '丁 正文')] })).toEqual([]);
});

test('tells a body whose pieces are out of order from one with other text', () => {
	const misses = diagnoseFile([gold('甲', '甲正文一二三，四五六七。'), gold('乙', '乙正文一二三，四五六七。')], {
		items: [parsed('甲', '四五六七。甲正文一二三，'), parsed('乙', '乙正文一二三，八九十。')],
	});
	expect(misses.map((m) => m.categories)).toEqual([['body-reordered'], ['body-differs']]);
	expect(misses[0].detail).toBe('body missing “甲正文一二三，四五六七。” extra “四五六七。甲正文一二三，” at start');
});
